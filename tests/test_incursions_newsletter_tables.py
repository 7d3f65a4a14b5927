"""Tables that newsletters flatten to text: a slash-split column that counts part of the one
before it ("aircraft / of which into ADIZ / PLAN ships") over rows a run of dots leads to, a
list's day glossed in brackets ("Friday, Oct. 1 (the PRC's National Day) — 38"), and a column
a line above glosses with "means"."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")
JUNE = datetime(2023, 6, 5, 2, 0, tzinfo=UTC)
OCTOBER = datetime(2021, 10, 5, 7, 0, tzinfo=UTC)


def test_a_part_column_is_the_zone_fact_of_the_column_before() -> None:
    text = (
        "THIS WEEK IN THE STRAIT\n"
        "Here is the week as Taiwan's Ministry of National Defense reported it (24 hrs to "
        "6 a.m. on the date shown; aircraft / of which into ADIZ / PLAN ships):\n\n"
        "  Fri 6/2 ...... 7 / 2 / 5\n"
        "  Sat 6/3 ...... 16 / 9 / 8\n\n"
        "Week to date: 70 aircraft."
    )
    assert facts_at(text, JUNE) == sorted(
        [
            (7, "aircraft", *AROUND, "2023-06-02"),
            (2, "aircraft", "ADIZ", "Taiwan", "2023-06-02"),
            (5, "navy vessels", *AROUND, "2023-06-02"),
            (16, "aircraft", *AROUND, "2023-06-03"),
            (9, "aircraft", "ADIZ", "Taiwan", "2023-06-03"),
            (8, "navy vessels", *AROUND, "2023-06-03"),
        ]
    )


@settings(max_examples=10, deadline=None)
@given(
    st.integers(min_value=10, max_value=60),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=12),
    st.sampled_from([" ...... ", ": "]),
    st.sampled_from(["of which into ADIZ", "of them entered ADIZ", "of which in the ADIZ"]),
)
def test_the_part_never_counts_as_a_craft_of_its_own(
    total: int, part: int, ships: int, leader: str, column: str
) -> None:
    """Whatever the row leads with and however the part column is worded, the part is the
    aircraft's ADIZ fact, and the ships stay the third column."""
    text = (
        f"PLA activity reported by Taiwan's MND (aircraft / {column} / PLAN ships):\n"
        f"Sat 6/3{leader}{total} / {part} / {ships}\n"
    )
    assert facts_at(text, JUNE) == sorted(
        [
            (total, "aircraft", *AROUND, "2023-06-03"),
            (part, "aircraft", "ADIZ", "Taiwan", "2023-06-03"),
            (ships, "navy vessels", *AROUND, "2023-06-03"),
        ]
    )


def test_a_glossed_day_keeps_the_zone_its_list_opens_with() -> None:
    text = (
        "Taiwan reported more PLA aircraft this week.\n"
        "The ministry's count of PLA aircraft entering the southwestern ADIZ:\n"
        "  Friday, Oct. 1 (the PRC's National Day) — 38\n"
        "  Saturday, Oct. 2 — 39\n"
        "Two-day total: 77."
    )
    assert facts_at(text, OCTOBER) == [
        (38, "aircraft", "ADIZ", "Taiwan", "2021-10-01"),
        (39, "aircraft", "ADIZ", "Taiwan", "2021-10-02"),
    ]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["National Day", "the PRC's National Day", "a holiday", "drill ends"]))
def test_any_short_gloss_leaves_the_day_an_entry(gloss: str) -> None:
    text = (
        "Taiwan reported more PLA aircraft this week.\n"
        "The ministry's count of PLA aircraft entering the ADIZ:\n"
        f"  Friday, Oct. 1 ({gloss}) — 38\n"
        "  Saturday, Oct. 2 — 39\n"
    )
    assert (38, "aircraft", "ADIZ", "Taiwan", "2021-10-01") in facts_at(text, OCTOBER)


def test_a_dateline_agency_is_no_gloss() -> None:
    """ "March 20 (Focus Taiwan) —" is the day of the telling; the ships' day is Monday."""
    text = (
        "TAIPEI, March 20 (Focus Taiwan) — Ocean Affairs Council Minister Kuan Bi-ling said "
        'Coast Guard Administration cutters would "continue to expel" Chinese ships from '
        "Kinmen's restricted waters, after four China Coast Guard ships entered them off "
        "Kinmen's east coast on Monday and were escorted out within two hours."
    )
    published = datetime(2024, 3, 20, 10, 30, tzinfo=UTC)
    assert facts_at(text, published) == [
        (4, "official ships", "restricted waters", "Kinmen", "2024-03-18")
    ]


def test_a_column_glossed_with_means_counts_its_zones() -> None:
    text = (
        'Our usual table, copied from the MND\'s daily reports. "Median line/ADIZ" means '
        "aircraft the ministry says crossed the median line and entered the ADIZ.\n"
        "Date of report | PLA aircraft | Median line/ADIZ | PLAN ships\n"
        "Mon Oct 6 | 15 | 9 | 7\n"
    )
    published = datetime(2025, 10, 11, 2, 0, tzinfo=UTC)
    assert facts_at(text, published) == sorted(
        [
            (15, "aircraft", *AROUND, "2025-10-06"),
            (9, "aircraft", "median line", "Taiwan", "2025-10-06"),
            (9, "aircraft", "ADIZ", "Taiwan", "2025-10-06"),
            (7, "navy vessels", *AROUND, "2025-10-06"),
        ]
    )
