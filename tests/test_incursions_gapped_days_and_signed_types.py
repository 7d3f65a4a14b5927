"""Two shapes of a count whose words are cut short: a later day's clause that keeps only its
day and a limited number ("and on Sunday just nine,"), whose craft and zone are those counted
before it; and a flight-ops notice's "12 x J-16 and 4 x H-6K", a count, a multiplication sign
and one type, which sums as "12 J-16s and 4 H-6Ks" does (rule 3)."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

PUBLISHED = datetime(2026, 3, 9, 4, 0, tzinfo=UTC)  # a Monday
SATURDAY, SUNDAY, MONDAY = "2026-03-07", "2026-03-08", "2026-03-09"


def test_a_later_days_clause_with_just_its_number_counts_the_craft_before() -> None:
    text = (
        "On Saturday, Taiwan's defence ministry reported 13 Chinese military aircraft around "
        "Taiwan, and on Sunday just nine, the ministry said."
    )
    assert facts_at(text, PUBLISHED) == [
        (9, "aircraft", "around Taiwan", "Taiwan", SUNDAY),
        (13, "aircraft", "around Taiwan", "Taiwan", SATURDAY),
    ]


def test_the_gapped_day_clause_may_end_at_its_stop_with_only_before_the_number() -> None:
    text = "Taiwan's defence ministry said 22 PLA aircraft entered the ADIZ on Monday, and on Sunday only 16."
    assert facts_at(text, PUBLISHED) == [
        (16, "aircraft", "ADIZ", "Taiwan", SUNDAY),
        (22, "aircraft", "ADIZ", "Taiwan", MONDAY),
    ]


def test_a_day_and_a_number_with_a_verb_between_them_are_no_count() -> None:
    text = (
        "Taiwan's defence ministry reported 22 PLA aircraft around Taiwan on Monday, and on "
        "Sunday its spokesman turned just 61, friends said."
    )
    assert facts_at(text, PUBLISHED) == [(22, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


def test_a_notices_multiplied_types_sum_to_one_count_of_aircraft() -> None:
    text = (
        "1. MND reports 28 PLA aircraft and four ships operating around Taiwan in the 24 hours "
        "to 0600 local Monday. 12 x J-16 and 4 x H-6K crossed the median line."
    )
    assert facts_at(text, PUBLISHED) == [
        (4, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (16, "aircraft", "median line", "Taiwan", MONDAY),
        (28, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_sign_before_no_designator_counts_nothing() -> None:
    text = "The hangar measures 12 x 40 metres, the ministry said on Monday."
    assert facts_at(text, PUBLISHED) == []


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=40),
    second=st.integers(min_value=2, max_value=40),
    sign=st.sampled_from(["x", "×"]),
    types=st.sampled_from([("J-16", "H-6K"), ("J-10", "Y-8"), ("Su-30", "KJ-500")]),
)
def test_multiplied_types_always_sum_to_their_counts(
    first: int, second: int, sign: str, types: tuple[str, str]
) -> None:
    text = (
        f"The ministry said {first} {sign} {types[0]} and {second} {sign} {types[1]} "
        "entered the ADIZ on Monday."
    )
    assert facts_at(text, PUBLISHED) == [(first + second, "aircraft", "ADIZ", "Taiwan", MONDAY)]
