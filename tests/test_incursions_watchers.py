"""The craft that watch are no craft watched: the subject of "had tracked", "have shadowed" or
"tracked a survey vessel" is the teller's own patrol ship, and it makes no story a day's report
of China's craft; "12 aircraft tracked around Taiwan", a passive cut short, still counts them."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at

FRIDAY = datetime(2026, 5, 8, 9, tzinfo=UTC)


@pytest.mark.parametrize("verb", ["had shadowed", "have tracked", "has monitored"])
def test_the_tellers_patrol_ships_that_watched_are_no_chinese_craft(verb: str) -> None:
    text = (
        f"Taiwan's coast guard said two of its patrol ships {verb} a Chinese survey vessel off "
        "the island's east coast on Thursday."
    )
    assert facts_at(text, FRIDAY) == []


def test_a_cutter_that_tracked_a_ship_makes_no_days_report() -> None:
    text = (
        "The coast guard said one of its cutters had tracked a Chinese research ship on "
        "Thursday. The ship's owner operates 14 vessels out of Ningbo."
    )
    assert facts_at(text, FRIDAY) == []


def test_chinas_craft_that_shadowed_a_ship_are_still_counted() -> None:
    text = (
        "Two PLA frigates had shadowed the destroyer around Taiwan on Thursday, the ministry said."
    )
    assert facts_at(text, FRIDAY) == [around_taiwan(2, "navy vessels", "2026-05-07")]


def test_craft_that_had_been_tracked_are_counted() -> None:
    text = "The ministry said 12 Chinese aircraft had been tracked around Taiwan on Thursday."
    assert facts_at(text, FRIDAY) == [around_taiwan(12, "aircraft", "2026-05-07")]


@pytest.mark.parametrize(
    "watched",
    [
        "tracked a Chinese survey vessel",
        "spotted a Chinese research ship",
        "detected the Chinese ship",
    ],
)
def test_the_tellers_ships_that_watched_in_the_simple_past_are_no_chinese_craft(
    watched: str,
) -> None:
    text = (
        f"The coast guard said three of its cutters {watched} east of Green Island on "
        "Thursday. The operator of the survey vessel runs 11 ships out of Xiamen."
    )
    assert facts_at(text, FRIDAY) == []


def test_craft_tracked_around_the_island_are_counted_as_a_passive_cut_short() -> None:
    text = "The ministry said it logged 12 Chinese aircraft tracked around Taiwan on Thursday."
    assert facts_at(text, FRIDAY) == [around_taiwan(12, "aircraft", "2026-05-07")]


def test_a_craft_spotted_a_distance_off_is_counted_as_a_passive_cut_short() -> None:
    """ "spotted 80 nautical miles northwest of Keelung": a distance places it, no object."""
    text = (
        "Taiwan's defence ministry said on Friday morning it had detected 21 aircraft and 6 "
        "vessels, plus one balloon spotted 80 nautical miles northwest of Keelung."
    )
    assert (1, "balloons", "around Taiwan", "Taiwan", "2026-05-08") in facts_at(text, FRIDAY)
