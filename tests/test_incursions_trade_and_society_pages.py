"""Incursion facts as astronomy, drinks-trade, art-market, freight, society and pharmaceutical
copy words them (blind-110 to blind-112): a share of a count that had "first crossed" the median
line; a craft a news alert is "about" as a topic, no sighting; a day followed by "after" and a
clause that tells an earlier day's count; a count set off by "from Dec. 7 onward" as a tally; a
total "between Friday and Monday" as a tally; a city's carriers as airlines; a report ranked in
a year ("the first report of 2026") as that day's; a bare count in a bulletin's line as the
line's craft. Sentences written for these tests in the shapes of that
copy; the real spaCy model, as in the other tests."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, around_taiwan, facts_at

PUBLISHED = datetime(2026, 4, 7, 6, 30, tzinfo=UTC)  # a Tuesday
TODAY = "2026-04-07"
MONDAY = "2026-04-06"
REPORT = (
    "Taiwan's Ministry of National Defense said 22 PLA aircraft were operating around Taiwan "
    "in the 24 hours to 6 a.m. Tuesday. "
)


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "share",
    [
        "Fifteen of the aircraft entered the ADIZ, and six of them had first crossed the "
        "median line.",
        "Fifteen of the aircraft entered the ADIZ; six of them first crossed the median line.",
        "Fifteen of the aircraft entered the ADIZ, six of which had first crossed the median line.",
    ],
)
def test_a_share_that_had_first_crossed_the_median_line_is_a_fact(share: str) -> None:
    assert facts(REPORT + share) == [
        (6, "aircraft", "median line", "Taiwan", TODAY),
        (15, "aircraft", "ADIZ", "Taiwan", TODAY),
        around_taiwan(22, "aircraft", TODAY),
    ]


def test_the_first_crossing_of_the_year_is_still_an_ordinal() -> None:
    text = REPORT + "Six of the aircraft crossed the median line, the first such crossing in May."
    assert (6, "aircraft", "median line", "Taiwan", TODAY) in facts(text)


@pytest.mark.parametrize(
    "topic",
    [
        "a news alert about a Chinese spy plane",
        "a question about a Chinese drone",
        "questions regarding a Chinese balloon",
    ],
)
def test_a_craft_a_story_is_about_is_no_sighting(topic: str) -> None:
    text = (
        f"The newlyweds boarded the ship on Tuesday with 86 guests, a cake and {topic}. "
        "Fourteen Chinese military aircraft were detected around Taiwan in the 24 hours to "
        "6 a.m. Tuesday, the Ministry of National Defense said."
    )
    assert facts(text) == [around_taiwan(14, "aircraft", TODAY)]


def test_about_before_a_number_is_still_a_hedge() -> None:
    text = "The ministry said about 12 Chinese aircraft were detected around Taiwan on Tuesday."
    assert facts(text) == [around_taiwan(12, "aircraft", TODAY)]


@pytest.mark.parametrize(
    "opening",
    [
        "Biotech shares fell on Tuesday morning after",
        "Airlines rerouted flights on Tuesday after",
        "Freight rates rose on Tuesday afternoon after",
    ],
)
def test_a_count_after_a_days_after_keeps_its_own_day(opening: str) -> None:
    text = (
        f"{opening} the Ministry of National Defense said the People's Liberation Army had "
        "fired seven ballistic missiles into waters around Taiwan on Monday."
    )
    assert facts(text) == [(7, "missiles", "around Taiwan", "Taiwan", MONDAY)]


def test_a_count_before_a_days_after_keeps_the_first_day() -> None:
    text = (
        "The ministry said 14 Chinese aircraft entered the ADIZ on Tuesday after 20 did on Monday."
    )
    assert (14, "aircraft", "ADIZ", "Taiwan", TODAY) in facts(text)


@pytest.mark.parametrize(
    "period", ["from Dec. 7 onward", "from early December onwards", "from Dec. 7 onwards"]
)
def test_a_count_set_off_from_a_day_onward_is_a_tally(period: str) -> None:
    text = (
        "The Taiwan Skywatch newsletter added up the Ministry of National Defense's daily "
        "reports for December: 312 People's Liberation Army aircraft, 158 PLA Navy vessel "
        f"sightings and, {period}, 17 balloons. On Monday the ministry reported 12 aircraft "
        "around Taiwan in the 24 hours to 6 a.m."
    )
    published = datetime(2024, 1, 2, 3, 0, tzinfo=UTC)
    assert facts_at(text, published) == [around_taiwan(12, "aircraft", "2024-01-01")]


@pytest.mark.parametrize(
    "span", ["between Friday and Monday", "from Friday to Monday", "between Monday and Thursday"]
)
def test_a_total_between_two_weekdays_is_a_tally(span: str) -> None:
    text = (
        "Taiwan's Defense Ministry said 56 Chinese military aircraft entered its air defense "
        f"identification zone on Monday. A total of 149 aircraft were reported {span}."
    )
    published = datetime(2021, 10, 5, 8, 0, tzinfo=UTC)
    assert facts_at(text, published) == [(56, "aircraft", "ADIZ", "Taiwan", "2021-10-04")]


def test_a_window_between_two_clock_times_is_the_reports_day() -> None:
    text = (
        "Taiwan's defence ministry said it tracked 17 Chinese aircraft around Taiwan between "
        "6 a.m. Monday and 6 a.m. Tuesday."
    )
    assert facts(text) == [around_taiwan(17, "aircraft", TODAY)]


@pytest.mark.parametrize(
    "airlines",
    ["two Taipei carriers", "three Japanese carriers", "two Hong Kong carriers"],
)
def test_a_citys_or_another_nations_carriers_are_no_navy_ships(airlines: str) -> None:
    text = (
        f"Dispatchers at {airlines} said routes to Anchorage had been clear. Taiwan's defence "
        "ministry said on Tuesday it had detected 23 Chinese military aircraft and eight navy "
        "ships in the 24 hours to 6 a.m."
    )
    assert facts(text) == [
        around_taiwan(8, "navy vessels", TODAY),
        around_taiwan(23, "aircraft", TODAY),
    ]


@pytest.mark.parametrize(
    "report",
    [
        "The ministry's first report of 2026, published on Friday, showed",
        "The ministry's first update of the year, on Friday, showed",
        "Its second report of 2026, published on Friday, listed",
    ],
)
def test_a_report_ranked_in_a_year_reports_its_day(report: str) -> None:
    text = (
        f"{report} nine Chinese aircraft, six navy vessels and one official ship around Taiwan "
        "in the 24 hours to 6 a.m., with five of the aircraft entering the ADIZ."
    )
    published = datetime(2026, 1, 2, 3, 0, tzinfo=UTC)  # a Friday
    day = "2026-01-02"
    assert facts_at(text, published) == [
        around_taiwan(1, "official ships", day),
        (5, "aircraft", "ADIZ", "Taiwan", day),
        around_taiwan(6, "navy vessels", day),
        around_taiwan(9, "aircraft", day),
    ]


def test_the_years_tally_stays_a_tally() -> None:
    text = (
        "The ministry recorded 5,709 sorties by Chinese military aircraft around Taiwan in 2025. "
        "On Friday it reported nine aircraft around Taiwan in the 24 hours to 6 a.m."
    )
    published = datetime(2026, 1, 2, 3, 0, tzinfo=UTC)
    assert facts_at(text, published) == [around_taiwan(9, "aircraft", "2026-01-02")]


@pytest.mark.parametrize(
    "part", ["of which 2 were drones", "2 of them drones", "including 2 drones"]
)
def test_a_bare_count_in_a_bulletins_line_is_of_the_lines_craft(part: str) -> None:
    text = (
        "Figures to 06:00 on 7 April, as published by Taiwan's Ministry of National Defense "
        f"(MND):\n• PLA aircraft: 11, {part}; 8 entered the ADIZ (north, southwest)\n"
        "• PLAN vessels: 6"
    )
    assert facts(text) == [
        around_taiwan(6, "navy vessels", TODAY),
        (8, "aircraft", "ADIZ", "Taiwan", TODAY),
        around_taiwan(11, "aircraft", TODAY),
    ]


def test_a_share_of_drones_in_a_bulletins_line_stays_drones() -> None:
    text = (
        "Air/sea (Taiwan MND, 24 h to 06:00 UTC+8 today)\n"
        "- 19 PLA aircraft and 9 PLAN ships around Taiwan.\n"
        "- MND also tracked 3 drones around Taiwan, counted separately from the aircraft; 2 of "
        "them entered the southwestern ADIZ."
    )
    assert (2, "drones", "ADIZ", "Taiwan", TODAY) in facts(text)


def test_a_bare_count_in_a_balloons_line_stays_balloons() -> None:
    text = (
        "PLA activities around Taiwan between 0600 April 6 and 0600 April 7, 2026 (UTC+8):\n"
        "1. PLA aircraft: 9 sorties (4 crossed the median line and entered the northern ADIZ)\n"
        "2. PLAN vessels: 5\n"
        "3. Balloons: 2 (1 crossed the median line)"
    )
    assert (1, "balloons", "median line", "Taiwan", TODAY) in facts(text)
