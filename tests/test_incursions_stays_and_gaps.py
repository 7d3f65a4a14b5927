"""Stays dated where rule 9 counts them when a later clause or sentence tells their entry or the
day they stood on, and counts whose verb, zone or craft a clause leaves to the one before:
"..., and two Y-8s on Sunday", "Sunday was quieter, with 16", "on Tuesday there were four"."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import facts_at

PUBLISHED = datetime(2026, 1, 28, 7, 0, tzinfo=UTC)  # a Wednesday
SUNDAY, MONDAY, TUESDAY, WEDNESDAY = "2026-01-25", "2026-01-26", "2026-01-27", "2026-01-28"


@pytest.mark.parametrize(
    ("second", "count"),
    [("two Y-8 anti-submarine aircraft", 2), ("four J-10 fighters", 4), ("five PLA aircraft", 5)],
)
def test_a_later_days_count_with_its_craft_and_no_verb_went_where_the_first_did(
    second: str, count: int
) -> None:
    text = (
        "The Ministry of National Defense said three Chinese aircraft entered the southwestern "
        f"corner of Taiwan's air defence identification zone on Monday, and {second} on Tuesday."
    )
    assert facts_at(text, PUBLISHED) == sorted(
        [(3, "aircraft", "ADIZ", "Taiwan", MONDAY), (count, "aircraft", "ADIZ", "Taiwan", TUESDAY)]
    )


def test_a_later_days_count_with_a_verb_of_its_own_keeps_it() -> None:
    text = (
        "The Ministry of National Defense said 12 Chinese aircraft entered Taiwan's ADIZ on "
        "Tuesday, and two ships were spotted around Taiwan on Wednesday."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "navy vessels", "around Taiwan", "Taiwan", WEDNESDAY),
        (12, "aircraft", "ADIZ", "Taiwan", TUESDAY),
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "some flying around the south of the island past Taitung toward the Pacific",
        "a few heading on toward the Bashi Channel",
        "one of them continuing into the western Pacific",
    ],
)
def test_a_place_outside_the_list_in_a_parts_trailing_clause_leaves_the_count_in_its_zones(
    aside: str,
) -> None:
    text = (
        "The Ministry of National Defense said 37 Chinese military aircraft were detected "
        "around Taiwan between 6 a.m. Tuesday and 6 a.m. Wednesday. Twenty-one of the aircraft "
        f"crossed the median line and entered the southwestern ADIZ, {aside}."
    )
    assert facts_at(text, PUBLISHED) == [
        (21, "aircraft", "ADIZ", "Taiwan", WEDNESDAY),
        (21, "aircraft", "median line", "Taiwan", WEDNESDAY),
        (37, "aircraft", "around Taiwan", "Taiwan", WEDNESDAY),
    ]


@pytest.mark.parametrize("edge", ["along their outer limit", "along the boundary of the waters"])
def test_an_ordinal_craft_that_kept_to_the_edge_of_the_waters_is_not_counted_in_them(
    edge: str,
) -> None:
    text = (
        "MATSU — Two China Coast Guard ships entered the restricted waters off Dongyin on "
        f"Wednesday morning and a third sailed {edge} northeast of Beigan, Taiwan's Coast Guard "
        "Administration said."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "official ships", "restricted waters", "Matsu", WEDNESDAY)
    ]


@pytest.mark.parametrize(
    "told", ["On Tuesday, the coast guard said,", "The coast guard said on Tuesday"]
)
def test_a_stay_told_as_of_a_time_alone_stands_on_the_day_the_sentence_reports(told: str) -> None:
    text = (
        f"{told} two China Coast Guard ships that entered Japanese territorial waters off "
        "Minamikojima in the Senkaku Islands on Sunday evening had not left as of noon. Four "
        "others were in the contiguous zone."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", TUESDAY),
        (4, "official ships", "contiguous zone", "Senkaku Islands", TUESDAY),
    ]


@pytest.mark.parametrize(
    ("waters", "facts"),
    [
        ("the adjacent contiguous zone", [(2, "official ships", "contiguous zone")]),
        ("the neighbouring contiguous zone", [(2, "official ships", "contiguous zone")]),
        ("waters adjacent to the contiguous zone", []),
    ],
)
def test_an_adjacent_zone_is_the_zone_and_waters_adjacent_to_it_are_not(
    waters: str, facts: list[tuple[int, str, str]]
) -> None:
    text = (
        "NAHA, Okinawa (Kyodo) -- The Japan Coast Guard reported continued Chinese activity near "
        f"the Senkaku Islands on Wednesday. Two other CCG ships were sailing in {waters}."
    )
    assert [f[:3] for f in facts_at(text, PUBLISHED)] == facts


@pytest.mark.parametrize(
    "entry",
    [
        "The ships entered on Monday night and left on Wednesday morning, the coast guard said.",
        "The two ships had entered the waters on Monday night and left on Wednesday, it said.",
        "The Chinese vessels entered on Monday evening and left before dawn on Wednesday.",
    ],
)
def test_a_stay_whose_entry_the_next_sentence_tells_is_counted_on_the_day_it_began(
    entry: str,
) -> None:
    text = (
        "TOKYO — The Foreign Ministry lodged a protest with the Chinese Embassy on Wednesday after "
        "two China Coast Guard ships stayed in Japanese territorial waters around the Senkaku "
        f"Islands for more than 30 hours. {entry} As of noon Wednesday, four Chinese government "
        "ships were in the contiguous zone."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", MONDAY),
        (4, "official ships", "contiguous zone", "Senkaku Islands", WEDNESDAY),
    ]


def test_a_stays_length_within_this_week_is_one_stay_dated_by_its_entry() -> None:
    text = (
        "NAHA — Two Chinese coast guard ships chased a Japanese fishing boat inside Japanese "
        "territorial waters near the Senkaku Islands for more than 30 hours this week, the Japan "
        "Coast Guard said on Wednesday. The Chinese ships entered the waters around Minamikojima "
        "on Monday morning and left on Tuesday afternoon, it said."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", MONDAY)
    ]


@pytest.mark.parametrize("joint", [", and", "; and", ", while"])
def test_a_stay_told_of_a_later_clauses_ships_leaves_the_first_clauses_day_alone(
    joint: str,
) -> None:
    text = (
        "Three China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands "
        f"on Monday, the Japan Coast Guard said{joint} two others that entered Japanese "
        "territorial waters on Sunday had not left as of Wednesday morning."
    )
    assert facts_at(text, PUBLISHED) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", WEDNESDAY),
        (3, "official ships", "contiguous zone", "Senkaku Islands", MONDAY),
    ]
