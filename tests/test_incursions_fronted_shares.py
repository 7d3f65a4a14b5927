"""Incursion facts of a share fronted by its partitive, "Of the aircraft, 30 crossed ...", when
an aside stands between the partitive and its count: a relative clause listing the craft's
types, a description of some of them, a teller. The share is the same as with nothing between.
Sentences written for these tests in the shapes of wire copy; the real spaCy model, as in the
other tests."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 7, 9, 8, 0, tzinfo=UTC)  # a Thursday
TODAY = "2026-07-09"
LEAD = (
    "Taiwan's defence ministry said it detected 47 Chinese military aircraft and nine navy "
    "ships operating around the island in the 24 hours to 6 a.m. on Thursday. "
)
TOTALS = [
    (47, "aircraft", "around Taiwan", "Taiwan", TODAY),
    (9, "navy vessels", "around Taiwan", "Taiwan", TODAY),
]


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


def test_a_share_after_a_relative_clause_listing_types_keeps_its_zones() -> None:
    text = LEAD + (
        "Of the aircraft, which included Su-30 fighters, Y-8 anti-submarine planes and WZ-7 "
        "drones, 29 crossed the median line and entered the southwest of the air defence "
        "identification zone."
    )
    assert sorted(facts(text)) == sorted(TOTALS + [
        (29, "aircraft", "median line", "Taiwan", TODAY),
        (29, "aircraft", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


def test_counts_of_types_inside_the_aside_are_no_facts_of_their_own() -> None:
    text = LEAD + (
        "Of the aircraft, which included 18 J-10 fighters, six H-6K bombers and two drones, "
        "33 entered the air defence identification zone."
    )
    assert sorted(facts(text)) == sorted(TOTALS + [(33, "aircraft", "ADIZ", "Taiwan", TODAY)])


_ASIDES = [
    "which included J-16 fighters, KJ-500 early-warning planes and Z-9 helicopters",
    "most of them fighters",
    "the ministry said",
    "which took off from bases in Fujian and Zhejiang",
]


@settings(max_examples=8, deadline=None)
@given(aside=st.sampled_from(_ASIDES), share=st.integers(min_value=2, max_value=46))
def test_any_aside_before_a_fronted_share_leaves_the_share_as_it_reads_without_it(
    aside: str, share: int
) -> None:
    plain = facts(LEAD + f"Of the aircraft, {share} crossed the median line.")
    assert facts(LEAD + f"Of the aircraft, {aside}, {share} crossed the median line.") == plain
    assert (share, "aircraft", "median line", "Taiwan", TODAY) in plain
