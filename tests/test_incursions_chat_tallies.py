"""Tallies typed as a chat message or a jotted note: a sum written as an equation ("J-16 x6,
KJ-500 x1, plus 3 drones = 11 in all") is its total, and pairs of craft and count ("PLAN ships
6, official ships 1") are counts. And a fleet's size ("it has three carriers") beside a daily
report is no count of craft operating that day."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")
PUBLISHED = datetime(2026, 1, 14, 2, 30, tzinfo=UTC)
DAY = "2026-01-14"


def test_a_chat_digest_reads_the_sum_and_the_pairs() -> None:
    text = (
        "PENGHU FAMILIES OF THE FLEET – group digest\n\n"
        "[08:47] Admin Lin: MND numbers for 6 a.m. yesterday to 6 a.m. today are up.\n"
        "[08:49] Admin Lin: PLA aircraft: J-16 x6, KJ-500 x1, Y-9 x1, plus 3 drones = 11 in "
        "all. 8 of them crossed the median line and went into the northern and central ADIZ.\n"
        "[08:50] Admin Lin: PLAN ships 6, official ships 1.\n"
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [
            (11, "aircraft", *AROUND, DAY),
            (8, "aircraft", "median line", "Taiwan", DAY),
            (8, "aircraft", "ADIZ", "Taiwan", DAY),
            (6, "navy vessels", *AROUND, DAY),
            (1, "official ships", *AROUND, DAY),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=4),
    st.sampled_from([", plus ", " + ", ", "]),
    st.sampled_from([" in all", " total", ""]),
)
def test_a_sum_is_its_total_whatever_its_terms(terms: list[int], joint: str, tail: str) -> None:
    """The terms of a typed sum, however they are joined, are a breakdown: only the total,
    written after "=", is a fact, and the drones among the terms are none of their own."""
    parts = [f"J-{10 + i} x{count}" for i, count in enumerate(terms[:-1])]
    written = joint.join([*parts, f"{terms[-1]} drones"])
    total = sum(terms)
    text = (
        "MND numbers for 6 a.m. yesterday to 6 a.m. today are up.\n"
        f"PLA aircraft: {written} = {total}{tail}.\n"
    )
    assert facts_at(text, PUBLISHED) == [(total, "aircraft", *AROUND, DAY)]


def test_a_fleets_size_is_no_count_of_the_day() -> None:
    text = (
        "In 1958 the PLA had no navy worth the name. Today it has three carriers and the "
        "world's largest fleet by hull count.\n\n"
        "In the 24 hours to 6 a.m. Friday, Taiwan's Ministry of National Defense said, 12 PLA "
        "aircraft and eight PLAN vessels operated around Taiwan."
    )
    published = datetime(2025, 8, 22, 4, 30, tzinfo=UTC)
    assert facts_at(text, published) == [
        (8, "navy vessels", *AROUND, "2025-08-22"),
        (12, "aircraft", *AROUND, "2025-08-22"),
    ]


def test_craft_a_force_has_around_taiwan_still_count() -> None:
    text = "The PLA now has 20 ships around Taiwan, the Defense Ministry said on Wednesday."
    assert facts_at(text, PUBLISHED) == [(20, "navy vessels", *AROUND, DAY)]
