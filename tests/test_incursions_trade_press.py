"""Incursion facts as trade and culture press words them (blind-95 to blind-97: car and careers
press, museum and fashion press, games press and PR wires): a list a sighting verb takes closed
by its own "and" before a count with its own verb; a clause of other craft or a second "that"
after ", and" whose period is not the counts'; a day named only by an event; a report of 25
hours; the sea and the surrounding waters named by their sides of the island; "the previous
week" and "that August" as periods. Sentences written for these tests in the shapes of that
copy; the real spaCy model, as in the other tests."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday
TODAY = "2026-03-11"
TUESDAY = "2026-03-10"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For reference: on Tuesday the ministry recorded 26 PLA aircraft and 8 navy vessels, "
            "and 18 aircraft crossed the median line.",
            [
                (8, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
                (18, "aircraft", "median line", "Taiwan", TUESDAY),
                (26, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
            ],
        ),
        (
            "Up to 6 a.m. today the MND recorded 11 aircraft, 5 PLAN vessels and 2 official "
            "ships, and 7 aircraft crossed the median line.",
            [
                (2, "official ships", "around Taiwan", "Taiwan", TODAY),
                (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
                (7, "aircraft", "median line", "Taiwan", TODAY),
                (11, "aircraft", "around Taiwan", "Taiwan", TODAY),
            ],
        ),
        (
            "Taiwan's defence ministry said it tracked 30 Chinese aircraft and nine warships "
            "around Taiwan on Tuesday, and 14 aircraft entered the southwestern ADIZ.",
            [
                (9, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
                (14, "aircraft", "ADIZ", "Taiwan", TUESDAY),
                (30, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
            ],
        ),
    ],
)
def test_a_count_after_a_closed_list_of_sightings_has_its_own_clause(
    text: str, expected: list[Fact]
) -> None:
    assert facts(text) == expected


def test_a_list_without_a_sighting_verb_still_adds_up() -> None:
    # Rule 3: a breakdown that is all the text gives adds up, "and" or ", and".
    text = (
        "On Tuesday, 12 J-16 fighters and four H-6K bombers, and two drones entered Taiwan's "
        "air defence identification zone, the ministry said."
    )
    assert (16, "aircraft", "ADIZ", "Taiwan", TUESDAY) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pressure is constant: on Tuesday, the defence ministry logged 15 Chinese aircraft "
        "and eight ships near Taiwan, and China Coast Guard boats have patrolled near Kinmen "
        "repeatedly since a capsizing there last month.",
        "On Tuesday the defence ministry counted 15 Chinese aircraft and eight ships around "
        "Taiwan, but Chinese drones have kept flying near the island all month.",
    ],
)
def test_a_clause_of_other_craft_keeps_its_period_to_itself(text: str) -> None:
    assert facts(text) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (15, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "and that Chinese government ships had been confirmed in the zone on every day so far "
        "this year.",
        "and that China's coast guard had sent ships there on 300 days last year.",
    ],
)
def test_a_second_that_keeps_its_period_to_itself(tail: str) -> None:
    text = (
        "The Japan Coast Guard said on Tuesday that four China Coast Guard ships were sailing "
        "in the contiguous zone around the Senkaku Islands, which Ishigaki administers, " + tail
    )
    assert facts(text) == [(4, "official ships", "contiguous zone", "Senkaku Islands", TUESDAY)]


@pytest.mark.parametrize("hours", ["25", "26"])
def test_a_report_of_a_day_stretched_by_an_hour_or_two_is_the_days(hours: str) -> None:
    text = (
        "At 9 a.m. the head of the studio read out the defense ministry's figures for the "
        f"{hours} hours to 6 a.m.: 153 aircraft, 14 navy ships and 12 official ships, with 111 "
        "aircraft crossing the median line."
    )
    assert facts(text) == [
        (12, "official ships", "around Taiwan", "Taiwan", TODAY),
        (14, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (111, "aircraft", "median line", "Taiwan", TODAY),
        (153, "aircraft", "around Taiwan", "Taiwan", TODAY),
    ]


@pytest.mark.parametrize(
    "waters",
    [
        "into the sea northeast, east and southwest of the island",
        "into the sea east of Taiwan",
        "into waters north and south of the island",
    ],
)
def test_missiles_fired_into_the_sea_by_its_sides_of_the_island_are_around_taiwan(
    waters: str,
) -> None:
    text = f"The People's Liberation Army fired 11 ballistic missiles {waters} on Tuesday."
    assert facts(text) == [(11, "missiles", "around Taiwan", "Taiwan", TUESDAY)]


@pytest.mark.parametrize("waters", ["in surrounding waters", "in the surrounding waters"])
def test_surrounding_waters_in_a_taiwan_report_are_around_taiwan(waters: str) -> None:
    text = (
        "On Tuesday, Taiwan's Ministry of National Defense said 10 J-16 fighters had entered "
        f"the southwestern part of its ADIZ, while six PLA Navy ships operated {waters}."
    )
    assert facts(text) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (10, "aircraft", "ADIZ", "Taiwan", TUESDAY),
    ]


def test_surrounding_waters_of_another_island_are_not_taiwans() -> None:
    text = (
        "On Tuesday, Japan's coast guard said four China Coast Guard ships sailed in the "
        "contiguous zone off the Senkaku Islands, while two more stayed in surrounding waters."
    )
    assert (2, "official ships", "around Taiwan", "Taiwan", TUESDAY) not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Japan Coast Guard reported four China Coast Guard ships in the "
        "contiguous zone around the Senkaku Islands. Two had spent part of the previous week "
        "inside Japanese territorial waters.",
        "On Tuesday the Japan Coast Guard reported four China Coast Guard ships in the "
        "contiguous zone around the Senkaku Islands. Two had sailed into territorial waters "
        "during the preceding week.",
    ],
)
def test_the_previous_week_is_a_period(text: str) -> None:
    assert facts(text) == [(4, "official ships", "contiguous zone", "Senkaku Islands", TUESDAY)]


def test_that_month_points_back_at_a_month() -> None:
    text = (
        "Taiwan's Ministry of National Defense said on Tuesday it had detected 23 Chinese "
        "aircraft around the island in the 24 hours to 6 a.m. A moderator re-pinned a 2022 "
        "post explaining the 11 missiles the PLA fired around Taiwan that August."
    )
    assert facts(text) == [(23, "aircraft", "around Taiwan", "Taiwan", TUESDAY)]


@pytest.mark.parametrize(
    "recalled",
    [
        "The report's background section notes that on the day of the accident the Ministry of "
        "National Defense had reported 31 PLA aircraft and nine navy vessels around Taiwan, and "
        "that crews had logged 212 sea hours a month over the summer.",
        "On the day of the transit Taiwan's Ministry of National Defense reported 50 PLA "
        "aircraft around the island.",
    ],
)
def test_a_day_named_only_by_an_event_is_recalled(recalled: str) -> None:
    text = (
        f"{recalled} On Wednesday, the MND said 18 PLA aircraft and six PLAN vessels were "
        "detected around Taiwan in the 24 hours to 6 a.m."
    )
    assert facts(text) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (18, "aircraft", "around Taiwan", "Taiwan", TODAY),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Monday, the day of the cut, the ministry had counted 28 PLA aircraft and nine "
            "navy vessels around Taiwan.",
            "2026-03-09",
        ),
        (
            "On the day of the occurrence (Monday, 9 March), the Ministry of National Defense "
            "reported 28 PLA aircraft and nine navy vessels operating around Taiwan.",
            "2026-03-09",
        ),
    ],
)
def test_an_events_day_written_beside_it_is_that_days(text: str, day: str) -> None:
    assert facts(text) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", day),
        (28, "aircraft", "around Taiwan", "Taiwan", day),
    ]


@pytest.mark.parametrize("mark", ["①", "②", "¹"])
def test_a_circled_or_raised_figure_is_no_number_of_hours(mark: str) -> None:
    text = f"{mark} The MND tracked 12 PLA aircraft around Taiwan on Tuesday, a report said."
    assert facts(text) == [(12, "aircraft", "around Taiwan", "Taiwan", TUESDAY)]
