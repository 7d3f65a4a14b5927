"""Money columns, radio sheets, map notes and market copy (the leftovers of blind-98 and
blind-101 to blind-103): ships of one kind are no breakdown of another's; "the balloon" opens
its own clause after ", and"; the day a running tally began and a period a relative clause
opens on ("a weekend in which") give the counts no day and make them a sum; ships counted over
several events after ", involving" are a sum; a place outside the list joined to Taiwan's own
coast keeps the count; a record on the newest report's day is its figure (rule 8); "the day of
the ceremony" is the one day the story told before; a repeated number that counts craft beside
things that are no craft is a figure of speech; a day's line labelled in words before its day,
and a row's value in brackets, are counted. Written for these tests; the real spaCy model and
pipeline."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import facts_at

TUESDAY = datetime(2024, 1, 23, 4, 0, tzinfo=UTC)
TODAY = "2024-01-23"
SUNDAY = "2024-01-21"
AROUND = ("around Taiwan", "Taiwan")


def facts(text: str) -> list[tuple[int, str, str, str, str]]:
    return facts_at(text, TUESDAY)


@pytest.mark.parametrize(
    "listed",
    [
        "11 PLA aircraft, 9 navy vessels, 3 official ships and, listed separately, 2 drones",
        "11 PLA aircraft, 9 PLAN vessels, 3 coast guard ships and, as usual, 2 drones",
    ],
)
def test_ships_of_another_kind_are_no_breakdown_of_the_ships_before(listed: str) -> None:
    text = f"Taiwan's MND, for the 24 hours to 06:00 today: {listed}."
    assert facts(text) == [
        (2, "drones", *AROUND, TODAY),
        (3, "official ships", *AROUND, TODAY),
        (9, "navy vessels", *AROUND, TODAY),
        (11, "aircraft", *AROUND, TODAY),
    ]


@pytest.mark.parametrize("conjunction", ["and", "but", "while"])
def test_the_craft_opening_a_joined_clause_is_its_subject(conjunction: str) -> None:
    text = (
        "The Ministry of National Defense said on Tuesday that 11 Chinese military aircraft and "
        "one balloon had been detected around Taiwan over the previous 24 hours. Five of the "
        f"aircraft crossed the median line, {conjunction} the balloon also crossed the median "
        "line, about 90 nautical miles northwest of Keelung."
    )
    assert facts(text) == [
        (1, "balloons", *AROUND, TODAY),
        (1, "balloons", "median line", "Taiwan", TODAY),
        (5, "aircraft", "median line", "Taiwan", TODAY),
        (11, "aircraft", *AROUND, TODAY),
    ]


@pytest.mark.parametrize(
    "tally",
    [
        "— by our tally the 20th the ministry has reported since Dec. 7",
        ", the third it has logged since early January 2",
    ],
)
def test_the_day_a_ranked_tally_began_is_no_day_of_the_count(tally: str) -> None:
    text = (
        "Taiwan's MND reported 8 Chinese aircraft around the island in the 24 hours to 6 a.m. "
        f"today. One balloon was also logged, crossing west of Keelung {tally}."
    )
    assert facts(text) == [(1, "balloons", *AROUND, TODAY), (8, "aircraft", *AROUND, TODAY)]


@pytest.mark.parametrize(
    "period",
    [
        "closing a weekend in which two more balloons drifted across from the mainland",
        "ending a week during which two balloons crossed the island",
    ],
)
def test_counts_of_a_relative_clause_on_a_period_are_its_sum(period: str) -> None:
    text = (
        "Taiwan's Ministry of National Defense reported nine Chinese military aircraft and six "
        f"warships around Taiwan in the 24 hours to 6 a.m. on Tuesday, {period}."
    )
    assert facts(text) == [(6, "navy vessels", *AROUND, TODAY), (9, "aircraft", *AROUND, TODAY)]


def test_a_count_writing_its_own_day_in_a_periods_clause_keeps_it() -> None:
    text = (
        "The paper was published in a week when two China Coast Guard ships that entered the "
        "territorial sea around the Senkakus on Monday left only on Wednesday."
    )
    assert facts(text) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2024-01-22")
    ]


@pytest.mark.parametrize("participle", ["involving", "totalling"])
def test_ships_counted_over_several_events_after_a_comma_are_a_sum(participle: str) -> None:
    text = (
        "December at the Senkakus: the month in numbers\n\nThe 11th Regional Coast Guard "
        "Headquarters' December figures: China Coast Guard ships were in the contiguous zone "
        "around the Senkaku Islands on all 31 days, with 124 ship-days in total; there were "
        f"four intrusions into Japanese territorial waters, {participle} 10 ships. The Chinese "
        "ships' unbroken run of days in the zone continues."
    )
    assert facts(text) == []


@pytest.mark.parametrize(
    "where",
    [
        "southwest of Pratas and off the east coast",
        "near Pratas Island and off Taiwan's southern coast",
    ],
)
def test_a_place_outside_the_list_joined_to_taiwans_coast_keeps_the_count(where: str) -> None:
    text = (
        "Today's row (24 h to 06:00, 23 Jan 2024):\nPLA aircraft around Taiwan: 14.\n"
        f"Drones: 3, operating {where}.\nPLAN ships: 6"
    )
    assert (3, "drones", *AROUND, TODAY) in facts(text)


def test_a_place_outside_the_list_alone_still_gives_no_fact() -> None:
    text = (
        "Today's row (24 h to 06:00, 23 Jan 2024):\nPLA aircraft around Taiwan: 14.\n"
        "Drones: 3, operating southwest of Pratas.\nPLAN ships: 6"
    )
    assert not [fact for fact in facts(text) if fact[1] == "drones"]


@pytest.mark.parametrize("record", ["a record for a single day", "a new single-day high"])
def test_a_record_on_the_newest_reports_day_is_its_figure(record: str) -> None:
    text = (
        "Taiwan's Defense Ministry said 56 Chinese military aircraft entered the southwest ADIZ "
        f"on Monday, {record}, after 38 on Saturday and 16 on Sunday. Monday's formations "
        "included 38 J-16 fighters and 12 H-6K bombers, the ministry said."
    )
    assert facts(text) == [
        (16, "aircraft", "ADIZ", "Taiwan", SUNDAY),
        (38, "aircraft", "ADIZ", "Taiwan", "2024-01-20"),
        (56, "aircraft", "ADIZ", "Taiwan", "2024-01-22"),
    ]


def test_a_record_before_the_newest_report_is_still_background() -> None:
    text = (
        "Taiwan's Defense Ministry said 56 Chinese military aircraft entered the southwest ADIZ "
        "on Sunday, a record for a single day. On Monday it counted 21 aircraft in the ADIZ."
    )
    assert facts(text) == [(21, "aircraft", "ADIZ", "Taiwan", "2024-01-22")]


def test_a_record_the_story_tells_with_no_other_days_count_is_still_background() -> None:
    text = (
        "Chinese military activity around Taiwan peaked again this week. The ministry's report "
        "on Monday counted a record 153 aircraft. Here is a guide to the terms."
    )
    assert facts(text) == []


@pytest.mark.parametrize("event", ["ceremony", "final", "premiere"])
def test_the_day_of_the_storys_own_event_is_the_day_it_told(event: str) -> None:
    text = (
        "A drama about a pilot's daughter won the Grand Prize at the Taipei Film Awards on "
        f"Sunday night.\n\nOn the day of the {event} Taiwan's Ministry of National Defence said "
        "five Chinese military aircraft had entered the southwestern corner of its air defence "
        "identification zone."
    )
    assert facts(text) == [(5, "aircraft", "ADIZ", "Taiwan", SUNDAY)]


@pytest.mark.parametrize(
    "figure",
    [
        "For teachers: two carriers, two straits, two reporting governments.",
        "In short: three destroyers, three harbours, three captains.",
    ],
)
def test_a_repeated_number_counting_craft_beside_other_things_is_no_sighting(
    figure: str,
) -> None:
    text = (
        "Taiwan's Ministry of National Defense said it had detected 24 Chinese military aircraft "
        "around the island in the 24 hours to 6 a.m. on Tuesday. Japan's Joint Staff reported a "
        f"second group passing the Miyako Strait on Monday. {figure}"
    )
    assert facts(text) == [(24, "aircraft", *AROUND, TODAY)]


def test_a_repeated_count_of_craft_on_several_days_is_still_counted() -> None:
    text = (
        "Chinese coast guard ships sailed in the contiguous zone around the Senkaku Islands "
        "every day: four on Sunday, four on Monday, four on Tuesday."
    )
    assert len(facts(text)) == 3


@pytest.mark.parametrize("label", ["Last day of the month", "Final entry"])
def test_a_days_line_labelled_in_words_before_its_day_is_counted(label: str) -> None:
    text = (
        "Monthly summary, compiled from Taiwan's MND daily reports.\n"
        "PLA aircraft around Taiwan in January: 347.\nBalloons: 6.\n"
        f"{label}, Sunday: 12 aircraft and 8 vessels."
    )
    assert facts(text) == [
        (8, "navy vessels", *AROUND, SUNDAY),
        (12, "aircraft", *AROUND, SUNDAY),
    ]


@pytest.mark.parametrize("record", ["row", "entry"])
def test_a_records_value_in_brackets_is_counted(record: str) -> None:
    text = (
        "3) Senkakus, China Coast Guard. No notice yet for today. "
        f"Sunday's {record} (two ships in the contiguous zone) has been archived."
    )
    assert facts(text) == [(2, "official ships", "contiguous zone", "Senkaku Islands", SUNDAY)]
