"""A lede's bound ("More than 30 PLA aircraft again") gives way to the exact figure the body
states for the same craft, zone and day, and a thought experiment's count ("if 20 aircraft
cross the median line ...") is no sighting. Written for these tests in the shapes of the
blind-56 spotters' posts; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

WEDNESDAY = datetime(2026, 7, 15, 3, 0, tzinfo=UTC)
DAY = "2026-07-15"
BOUNDS = ["More than", "Over", "At least", "About", "Nearly", "Some"]


@settings(max_examples=12, deadline=None)
@given(bound=st.sampled_from(BOUNDS), exact=st.integers(28, 34))
def test_an_exact_figure_in_the_body_outranks_the_ledes_bound(bound: str, exact: int) -> None:
    text = (
        f"{bound} 30 PLA aircraft again. The MND says {exact} aircraft and eight PLAN ships were "
        "around Taiwan in the period ending 6 a.m. on Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", DAY),
        (exact, "aircraft", "around Taiwan", "Taiwan", DAY),
    ]


def test_a_bound_stays_the_fact_when_no_exact_figure_follows() -> None:
    text = "The MND says more than 30 PLA aircraft were around Taiwan in the 24 hours to 6 a.m."
    assert facts_at(text, WEDNESDAY) == [(30, "aircraft", "around Taiwan", "Taiwan", DAY)]


def test_a_far_smaller_figure_after_a_bound_is_no_replacement_for_it() -> None:
    # A figure far from the bound is a part or another sum, and the first figure stays.
    text = (
        "More than 30 PLA aircraft were around Taiwan in the 24 hours to 6 a.m., the MND said. "
        "Later it said 12 aircraft had been around Taiwan."
    )
    assert facts_at(text, WEDNESDAY) == [(30, "aircraft", "around Taiwan", "Taiwan", DAY)]


def test_an_exact_figure_first_is_not_displaced_by_a_later_bound() -> None:
    text = (
        "The MND says 33 PLA aircraft were around Taiwan in the 24 hours to 6 a.m. Wednesday. "
        "That is more than 30 aircraft around Taiwan for the third day."
    )
    assert facts_at(text, WEDNESDAY) == [(33, "aircraft", "around Taiwan", "Taiwan", DAY)]


@settings(max_examples=10, deadline=None)
@given(
    opening=st.sampled_from(["Hypotheticals, since people ask: if", "Hypothetically, if", "If"]),
    count=st.sampled_from(["20", "twenty", "all 12"]),
)
def test_a_count_a_condition_opens_on_is_no_sighting(opening: str, count: str) -> None:
    figure = count.split()[-1]
    text = (
        "The median line. The MND still counts crossings.\n\n"
        f"{opening} {count} aircraft cross the median line and all {figure} enter the ADIZ, the "
        f"MND reports one number, {figure}, for both. It does not add them."
    )
    assert facts_at(text, WEDNESDAY) == []


def test_a_report_that_asks_if_a_share_was_fighters_keeps_its_counts() -> None:
    # "if" inside the report's clause asks about the count: the sentence's counts stand.
    text = (
        "The MND reported 17 PLA aircraft around Taiwan in the 24 hours to 6 a.m. Wednesday but "
        "did not say if 10 of the aircraft were fighters."
    )
    assert facts_at(text, WEDNESDAY) == [(17, "aircraft", "around Taiwan", "Taiwan", DAY)]


@settings(max_examples=12, deadline=None)
@given(
    single=st.sampled_from(["Y-8", "Y-8 ASW", "KJ-500 AEW", "Y-9"]),
    count=st.sampled_from([("two", 2), ("4", 4), ("eleven", 11)]),
)
def test_a_single_type_opening_a_sum_is_one_of_its_parts(
    single: str, count: tuple[str, int]
) -> None:
    written, value = count
    text = f"The MND says a {single} and {written} J-10s entered the southwestern ADIZ today."
    assert facts_at(text, WEDNESDAY) == [(value + 1, "aircraft", "ADIZ", "Taiwan", DAY)]


def test_a_type_after_a_that_opens_no_sum_is_still_no_count() -> None:
    text = (
        "Types on the map: J-16, J-10C, KJ-500, Y-8 ASW, plus a Z-9 off the southwest. The MND "
        "reported 12 PLA aircraft around Taiwan in the 24 hours to 6 a.m. Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [(12, "aircraft", "around Taiwan", "Taiwan", DAY)]


@settings(max_examples=10, deadline=None)
@given(
    subset=st.sampled_from(["two BZK-005 UAVs", "two drones", "three J-16 fighters"]),
    clause=st.sampled_from(["flew a loop to the east", "flew around the island", "were armed"]),
)
def test_a_subset_with_its_own_verb_is_around_taiwan_only_as_part_of_the_total(
    subset: str, clause: str
) -> None:
    text = (
        "The MND's report (24 hours to 6 a.m. Wednesday) lists 19 PLA aircraft and 6 PLAN ships "
        f"around Taiwan, including {subset} that {clause}."
    )
    assert facts_at(text, WEDNESDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", DAY),
        (19, "aircraft", "around Taiwan", "Taiwan", DAY),
    ]


def test_a_subset_that_enters_a_zone_of_its_own_is_that_zones_fact() -> None:
    text = (
        "The MND reported 19 PLA aircraft around Taiwan in the 24 hours to 6 a.m. Wednesday, "
        "including 11 that crossed the median line."
    )
    assert facts_at(text, WEDNESDAY) == [
        (11, "aircraft", "median line", "Taiwan", DAY),
        (19, "aircraft", "around Taiwan", "Taiwan", DAY),
    ]


@settings(max_examples=8, deadline=None)
@given(
    day=st.sampled_from([("on Sunday afternoon", "2026-07-12"), ("on Tuesday", "2026-07-14")]),
    ships=st.sampled_from(["six PLA Navy ships operated", "six warships were detected"]),
)
def test_a_while_clause_of_no_day_is_of_the_day_of_the_clause_before(
    day: tuple[str, str], ships: str
) -> None:
    written, iso = day
    text = (
        "Taiwan's Defence Ministry said on Wednesday that eight J-16 fighters and four J-10 "
        f"fighters had entered the south-western ADIZ {written}, while {ships} around Taiwan."
    )
    assert facts_at(text, WEDNESDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", iso),
        (12, "aircraft", "ADIZ", "Taiwan", iso),
    ]


def test_a_subset_of_an_uncounted_total_that_operated_around_taiwan_is_the_days_figure() -> None:
    text = (
        "Taiwan's defense authority said dozens of PLA aircraft had been observed near the "
        "island, including more than 20 aircraft that operated around Taiwan since the early "
        "morning."
    )
    assert facts_at(text, WEDNESDAY) == [(20, "aircraft", "around Taiwan", "Taiwan", DAY)]


def test_more_of_the_count_before_in_a_while_clause_keeps_that_counts_day() -> None:
    text = (
        "Three China Coast Guard ships entered the restricted waters off Matsu's Dongyin island "
        "on Tuesday, while two others sailed into Kinmen's prohibited waters at about the same "
        "time, the Coast Guard Administration said on Wednesday."
    )
    assert facts_at(text, WEDNESDAY) == [
        (2, "official ships", "restricted waters", "Kinmen", "2026-07-14"),
        (3, "official ships", "restricted waters", "Matsu", "2026-07-14"),
    ]
