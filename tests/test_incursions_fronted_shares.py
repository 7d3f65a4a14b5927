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


# A report that counts ships, cutters, drones and balloons first and aircraft last: a bare
# count after "Of the CRAFT," must take the partitive's craft, not the aircraft named last.
MIXED_LEAD = (
    "Taiwan's defence ministry said it tracked seven PLA Navy vessels, five China Coast Guard "
    "cutters, four drones, three balloons and 38 Chinese military aircraft around the island "
    "in the 24 hours to 6 a.m. on Thursday. "
)
MIXED_TOTALS = [
    (7, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    (5, "official ships", "around Taiwan", "Taiwan", TODAY),
    (4, "drones", "around Taiwan", "Taiwan", TODAY),
    (3, "balloons", "around Taiwan", "Taiwan", TODAY),
    (38, "aircraft", "around Taiwan", "Taiwan", TODAY),
]
SHIPS_FIRST_LEAD = (
    "Taiwan's defence ministry said it detected nine PLA Navy ships and 47 Chinese military "
    "aircraft operating around the island in the 24 hours to 6 a.m. on Thursday. "
)
_SHIP_ACTS = [("crossed the median line", "median line"),
              ("entered Taiwan's contiguous zone", "contiguous zone"),
              ("sailed into Taiwan's territorial waters", "territorial waters")]  # fmt: skip
_AIR_ACTS = [("crossed the median line", "median line"), ("entered the ADIZ", "ADIZ")]
_FRONTED = [("PLA Navy vessels", "navy vessels", _SHIP_ACTS), ("warships", "navy vessels", _SHIP_ACTS),
            ("cutters", "official ships", _SHIP_ACTS), ("drones", "drones", _AIR_ACTS),
            ("balloons", "balloons", _AIR_ACTS)]  # fmt: skip
_SHARES = [(2, "two"), (3, "three"), (2, "2"), (3, "3")]


@settings(max_examples=16, deadline=None)
@given(fronted=st.sampled_from(_FRONTED), share=st.sampled_from(_SHARES), data=st.data())
def test_a_fronted_share_is_of_the_craft_its_own_noun_names(
    fronted: tuple[str, str, list[tuple[str, str]]], share: tuple[int, str], data: st.DataObject
) -> None:
    noun, what, acts = fronted
    act, zone = data.draw(st.sampled_from(acts))
    text = MIXED_LEAD + f"Of the {noun}, {share[1]} {act}."
    assert facts(text) == sorted(MIXED_TOTALS + [(share[0], what, zone, "Taiwan", TODAY)])


@settings(max_examples=8, deadline=None)
@given(
    noun=st.sampled_from(["ships", "vessels", "navy ships"]),
    share=st.sampled_from(_SHARES),
    act=st.sampled_from(["crossed the median line", "sailed across the median line"]),
)
def test_a_fronted_share_of_ships_after_aircraft_counts_ships(
    noun: str, share: tuple[int, str], act: str
) -> None:
    """ "Of the vessels, two crossed the median line" after "nine navy ships and 47 aircraft":
    the vessels crossed, never the aircraft named last."""
    text = SHIPS_FIRST_LEAD + f"Of the {noun}, {share[1]} {act}."
    assert facts(text) == sorted(
        TOTALS + [(share[0], "navy vessels", "median line", "Taiwan", TODAY)]
    )


@settings(max_examples=12, deadline=None)
@given(
    share=st.sampled_from(_SHARES),
    fronted=st.booleans(),
    noun=st.sampled_from(["warships", "ships", "navy vessels"]),
    zone=st.sampled_from(
        [
            ("Taiwan's contiguous zone", "contiguous zone"),
            ("Taiwan's territorial waters", "territorial waters"),
        ]
    ),  # fmt: skip
)
def test_a_share_of_a_reported_total_in_taiwans_sea_zone_is_its_fact(
    share: tuple[int, str], fronted: bool, noun: str, zone: tuple[str, str]
) -> None:
    """ "Of the warships, two entered Taiwan's contiguous zone", as "Two of the warships"."""
    said = (
        f"Of the {noun}, {share[1]} entered"
        if fronted
        else f"{share[1].capitalize()} of the {noun} entered"
    )
    text = LEAD + f"{said} {zone[0]}."
    assert facts(text) == sorted(TOTALS + [(share[0], "navy vessels", zone[1], "Taiwan", TODAY)])


def test_a_sea_zone_whose_coast_goes_unnamed_gives_no_fact() -> None:
    """A report around Taiwan does not make every sea zone Taiwan's: a headline's "two ships
    enter contiguous zone" or a lawyer's "a warship's entry into the territorial sea" names no
    coast, and a fact with an invented place would show in the day's lines."""
    text = (
        "Two ships enter contiguous zone\n\n"
        + LEAD
        + "Under the law of the sea, the mere entry of a warship into the territorial sea is "
        "not an armed attack."
    )
    assert facts(text) == sorted(TOTALS)


def test_counts_paired_respectively_keep_their_days() -> None:
    """ "Of the aircraft, 28 and 11 respectively entered ...": each count is its own day's."""
    text = (
        "Taiwan's defence ministry said on Monday it had detected 57 PLA aircraft in the 24 "
        "hours to 6 a.m. Sunday, and 28 aircraft in the following 24 hours ending at 6 a.m. "
        "Monday. Of the aircraft, 28 and 11 respectively entered the southwestern part of the "
        "air defence identification zone, the ministry said."
    )
    published = datetime(2023, 1, 9, 12, tzinfo=UTC)
    found = {(count, zone, day) for count, _, zone, _, day in facts_at(text, published)}
    assert (28, "ADIZ", "2023-01-08") in found and (11, "ADIZ", "2023-01-09") in found
