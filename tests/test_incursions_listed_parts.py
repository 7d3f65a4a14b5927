"""Incursion facts whose parts are listed: a single aircraft named with "a" beside counted ones
("a Y-8 aircraft and three J-10 fighters", rule 3's sum), and a listed count whose noun is left
out ("17 sorties by PLA aircraft and nine by drones"). Written for these tests in the shapes of
the blind-54 research notes; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

FRIDAY = datetime(2021, 1, 8, 8, 0, tzinfo=UTC)
TUESDAY = "2021-01-05"
THURSDAY = "2021-01-07"
SINGLE_TYPES = ["Y-8 anti-submarine aircraft", "KJ-500 early-warning plane", "H-6K bomber"]
COUNTED_TYPES = ["J-10 fighters", "J-16 fighter jets", "Su-30 fighters"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def test_a_single_aircraft_beside_counted_ones_is_one_part_of_the_sum() -> None:
    text = (
        "The activity has continued into January: on Tuesday, Jan. 5, a Y-8 anti-submarine "
        "aircraft and three J-10 fighters entered the southwestern ADIZ."
    )
    assert facts_at(text, FRIDAY) == [(4, "aircraft", "ADIZ", "Taiwan", TUESDAY)]


def test_the_types_of_a_group_already_counted_add_no_count() -> None:
    text = (
        "Two Chinese navy ships sailed into Taiwan's contiguous zone on Thursday. The ships, a "
        "Type 052D destroyer and a Type 054A frigate, stayed about 20 nautical miles offshore."
    )
    assert facts_at(text, FRIDAY) == [(2, "navy vessels", "contiguous zone", "Taiwan", THURSDAY)]


def test_a_type_described_alone_is_still_no_count() -> None:
    text = "The ministry said a Y-8 anti-submarine plane entered the ADIZ on Thursday."
    assert facts_at(text, FRIDAY) == []


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(SINGLE_TYPES),
    st.sampled_from(COUNTED_TYPES),
    st.sampled_from(sorted(NUMBER_WORDS)),
    st.booleans(),
)
def test_a_single_aircraft_and_a_counted_group_in_either_order_give_their_sum(
    single: str, counted: str, count: int, single_first: bool
) -> None:
    parts = [f"a {single}", f"{NUMBER_WORDS[count]} {counted}"]
    listed = " and ".join(parts if single_first else parts[::-1])
    text = f"The defence ministry said {listed} entered Taiwan's ADIZ on Thursday."
    assert facts_at(text, FRIDAY) == [(count + 1, "aircraft", "ADIZ", "Taiwan", THURSDAY)]


def test_a_listed_count_of_sorties_by_another_craft_is_that_crafts_fact() -> None:
    text = (
        "Taiwan's MND counted 17 sorties by PLA aircraft and nine by drones in the 24 hours to "
        "6 a.m. Thursday, along with seven PLAN ships."
    )
    assert facts_at(text, FRIDAY) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", THURSDAY),
        (9, "drones", "around Taiwan", "Taiwan", THURSDAY),
        (17, "aircraft", "around Taiwan", "Taiwan", THURSDAY),
    ]


def test_a_count_followed_by_by_and_no_craft_is_no_fact() -> None:
    text = "Shares fell 3% and then 2 by the close on Thursday as PLA aircraft flew near Taiwan."
    assert facts_at(text, FRIDAY) == []


def test_a_count_by_other_craft_after_a_count_of_appearances_gives_no_fact() -> None:
    text = (
        "In March, the ministry logged 412 sorties by Chinese military aircraft around Taiwan, "
        "243 appearances by People's Liberation Army Navy vessels and 38 by China Coast Guard "
        "ships."
    )
    assert facts_at(text, FRIDAY) == []


def test_a_counted_type_whose_noun_the_next_part_gives_is_part_of_the_sum() -> None:
    text = (
        "■ Monday (28 Dec): two J-10 and two J-16 fighters and one Y-8 technical "
        "reconnaissance aircraft entered the southwest ADIZ"
    )
    published = datetime(2020, 12, 29, 3, 0, tzinfo=UTC)
    assert facts_at(text, published) == [(5, "aircraft", "ADIZ", "Taiwan", "2020-12-28")]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["J-10", "J-16", "Su-30", "H-6K"]),
    st.sampled_from(COUNTED_TYPES),
    st.sampled_from(sorted(NUMBER_WORDS)),
    st.sampled_from(sorted(NUMBER_WORDS)),
)
def test_a_type_named_bare_before_another_counted_part_adds_its_count(
    bare: str, counted: str, first: int, second: int
) -> None:
    listed = f"{NUMBER_WORDS[first]} {bare} and {NUMBER_WORDS[second]} {counted}"
    text = f"Chinese military pressure went on. The ministry said {listed} entered its ADIZ on Thursday."
    assert facts_at(text, FRIDAY) == [(first + second, "aircraft", "ADIZ", "Taiwan", THURSDAY)]
