"""Incursion facts as architecture, pet, board-game, campus, endurance-sport and literary copy
tells them in passing (blind-107 to blind-109): days pointed back to ("On the same day,", "the
previous day" that opens a window, "an hour before Saturday's race"), a day's measure with its
noun left out ("it had counted thirty-nine"), a streak's ships measured after a semicolon or a
dash ("; there were four of them"), and the asides, headings and lists that sum nothing or
count no craft ("during the two-day exercise", "part of a pattern of patrols", "a dozen more"
dogs, "January's totals: ..., and 28 balloons")."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at

CONTIGUOUS = ("contiguous zone", "Senkaku Islands")
TERRITORIAL = ("territorial waters", "Senkaku Islands")
KINMEN = ("restricted waters", "Kinmen")


@pytest.mark.parametrize(
    "window",
    ["since 6 a.m. the previous day", "since 6am the day before", "from 6 a.m. the previous day"],
)
def test_a_window_opened_the_day_before_dates_the_shares_after_it(window: str) -> None:
    text = (
        "On Tuesday the ministry said it had detected eleven sorties by Chinese aircraft and six"
        f" PLA Navy ships operating around Taiwan {window}; seven of the aircraft crossed the"
        " median line and entered the southwestern air defense identification zone."
    )
    assert facts_at(text, datetime(2025, 11, 11, 7, tzinfo=UTC)) == sorted(
        [
            around_taiwan(11, "aircraft", "2025-11-11"),
            around_taiwan(6, "navy vessels", "2025-11-11"),
            (7, "aircraft", "median line", "Taiwan", "2025-11-11"),
            (7, "aircraft", "ADIZ", "Taiwan", "2025-11-11"),
        ]
    )


@pytest.mark.parametrize("opening", ["On the same day,", "The same day,", "On the same morning,"])
def test_an_opening_same_day_dates_its_clause_and_not_the_day_written_later(opening: str) -> None:
    text = (
        "Hundreds of people lined the road outside Ueno Zoo early on Tuesday to say goodbye to"
        f" the twin pandas. {opening} four China Coast Guard ships sailed in the contiguous zone"
        " around the Senkaku Islands, the Japan Coast Guard said, and two of them had entered"
        " Japanese territorial waters on Monday before leaving several hours later."
    )
    assert facts_at(text, datetime(2026, 1, 27, 7, tzinfo=UTC)) == [
        (2, "official ships", *TERRITORIAL, "2026-01-26"),
        (4, "official ships", *CONTIGUOUS, "2026-01-27"),
    ]


@pytest.mark.parametrize(
    "opening", ["The same afternoon,", "The same day,", "On the same evening,"]
)
def test_a_same_day_a_paragraph_on_is_the_last_day_the_story_wrote(opening: str) -> None:
    # A feature's scene on Tuesday, a sentence of background, then the day's incursion in the
    # next paragraph: "the same afternoon" is Tuesday's, not the Wednesday of the dateline.
    text = (
        "KINMEN, Sept. 3 (Harbour Notes) — Volunteers on Tuesday hauled 2 tonnes of nets off the"
        " beach at Guningtou. The clean-up has run every autumn since 2019.\n\n"
        f"{opening} three China Coast Guard ships entered Kinmen's restricted waters, the Coast"
        " Guard Administration said. Taiwanese cutters escorted them out."
    )
    assert facts_at(text, datetime(2025, 9, 3, 8, tzinfo=UTC)) == [
        (3, "official ships", *KINMEN, "2025-09-02")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "An hour before Saturday's Kinmen half marathon set off,",
        "Two hours after Saturday's Kinmen half marathon set off,",
        "Minutes before Saturday's harbour swim started,",
    ],
)
def test_hours_around_a_days_event_are_that_day(opening: str) -> None:
    text = (
        "On Sunday, four China Coast Guard ships entered Japan's territorial waters around the"
        f" Senkaku Islands. {opening} two China Coast Guard ships entered Kinmen's restricted"
        " waters off Liaoluo Bay, the Coast Guard Administration said."
    )
    assert facts_at(text, datetime(2025, 11, 17, 8, tzinfo=UTC)) == [
        (2, "official ships", *KINMEN, "2025-11-15"),
        (4, "official ships", *TERRITORIAL, "2025-11-16"),
    ]


@pytest.mark.parametrize(
    "measures",
    [
        "On Saturday it had counted thirty-nine; on Sunday, sixteen.",
        "On Saturday it counted thirty-nine, and on Sunday, sixteen.",
        "On Saturday it had tracked 39. On Sunday it tracked 16.",
    ],
)
def test_a_days_measure_counted_with_its_noun_left_out(measures: str) -> None:
    text = (
        "On Monday the ministry said 56 People's Liberation Army aircraft had flown into Taiwan's"
        f" air defense identification zone, the most since it began publishing. {measures}"
    )
    got = facts_at(text, datetime(2021, 10, 4, 11, tzinfo=UTC))
    assert got == [
        (16, "aircraft", "ADIZ", "Taiwan", "2021-10-03"),
        (39, "aircraft", "ADIZ", "Taiwan", "2021-10-02"),
        (56, "aircraft", "ADIZ", "Taiwan", "2021-10-04"),
    ]


@pytest.mark.parametrize(
    "other",
    [
        "as the aircraft carrier Shandong sailed in the western Pacific about 60 nautical miles"
        " southeast of Orchid Island",
        "as the carrier Shandong steamed through the western Pacific",
    ],
)
def test_a_counts_own_adiz_keeps_its_place_beside_another_crafts_waters(other: str) -> None:
    text = (
        "The Ministry of National Defense said 61 Chinese military aircraft and 12 navy vessels"
        " had been detected around Taiwan in the 24 hours to 6 a.m. Thursday. Twenty-eight of"
        f" the aircraft entered the southwestern and southeastern ADIZ, the ministry said, {other}."
    )
    assert facts_at(text, datetime(2023, 9, 14, 6, tzinfo=UTC)) == sorted(
        [
            around_taiwan(61, "aircraft", "2023-09-14"),
            around_taiwan(12, "navy vessels", "2023-09-14"),
            (28, "aircraft", "ADIZ", "Taiwan", "2023-09-14"),
        ]
    )


@pytest.mark.parametrize("event", ["two-day", "three-day", "four-day"])
def test_an_exercise_named_after_a_windows_counts_sums_nothing(event: str) -> None:
    text = (
        "Between 6 a.m. Thursday and 6 a.m. Friday the Ministry of National Defense detected 45"
        " PLA aircraft, 16 navy vessels and eight official ships around Taiwan, during the"
        f' {event} "Joint Sword-2024A" exercise announced by the Eastern Theater Command.'
    )
    assert facts_at(text, datetime(2024, 5, 24, 5, tzinfo=UTC)) == sorted(
        [
            around_taiwan(45, "aircraft", "2024-05-24"),
            around_taiwan(16, "navy vessels", "2024-05-24"),
            around_taiwan(8, "official ships", "2024-05-24"),
        ]
    )


@pytest.mark.parametrize("quantity", ["several", "many", "multiple"])
def test_missiles_fired_into_a_vague_number_of_areas_around_taiwan(quantity: str) -> None:
    text = (
        "The People's Liberation Army fired 11 Dongfeng ballistic missiles into"
        f" {quantity} areas to the north, east and south of Taiwan on Thursday afternoon,"
        " Taiwan's Ministry of National Defense said."
    )
    assert facts_at(text, datetime(2022, 8, 5, 3, tzinfo=UTC)) == [
        (11, "missiles", "around Taiwan", "Taiwan", "2022-08-04")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese government ships were in the contiguous zone around the Senkakus on Wednesday"
        " for the 66th straight day, the Japan Coast Guard said; there were four of them.",
        "Chinese government ships have patrolled the contiguous zone around the Senkakus almost"
        " daily since 2012 — on Wednesday, the Japan Coast Guard said, there were four.",
        "China Coast Guard ships have been in the contiguous zone around the Senkaku Islands on"
        " every day of the year so far; as of noon on Wednesday, four were there.",
        "China Coast Guard ships have been in the contiguous zone around the Senkaku Islands on"
        " every day of the year so far — as of 9 a.m. Wednesday, there were four.",
    ],
)
def test_a_streaks_ships_measured_after_a_break_are_that_days(text: str) -> None:
    assert facts_at(text, datetime(2021, 4, 21, 6, tzinfo=UTC)) == [
        (4, "official ships", *CONTIGUOUS, "2021-04-21")
    ]


def test_ships_just_outside_in_the_contiguous_zone_are_in_it() -> None:
    text = (
        "Four China Coast Guard ships sailed into Japanese territorial waters around the Senkaku"
        " Islands on Tuesday. Others lingered just outside, in the contiguous zone; as of"
        " Wednesday noon there were three of them."
    )
    assert facts_at(text, datetime(2026, 4, 16, 17, tzinfo=UTC)) == [
        (3, "official ships", *CONTIGUOUS, "2026-04-15"),
        (4, "official ships", *TERRITORIAL, "2026-04-14"),
    ]


@pytest.mark.parametrize(
    "more",
    [
        "has three adopted dogs of her own and fosters a dozen more",
        "owns two old greyhounds and fosters four more",
    ],
)
def test_more_of_another_noun_counts_no_craft(more: str) -> None:
    text = (
        "On Tuesday, four China Coast Guard ships entered Kinmen's restricted waters, Taiwan's"
        " Coast Guard Administration said. Beijing's Taiwan Affairs Office said on Wednesday that"
        f" the patrols were aimed at maintaining order. Hung, a retired schoolteacher, {more}."
    )
    assert facts_at(text, datetime(2024, 3, 14, 2, tzinfo=UTC)) == [
        (4, "official ships", *KINMEN, "2024-03-12")
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "part of a pattern of patrols that began after two Chinese fishermen died in February"
        " while fleeing a Taiwanese patrol boat",
        "part of a campaign that began in February after two Chinese fishermen died",
    ],
)
def test_an_aside_placing_the_count_in_a_pattern_sums_nothing(aside: str) -> None:
    text = (
        "On Thursday, Taiwan's Coast Guard Administration said four China Coast Guard ships had"
        f" entered Kinmen's restricted waters, {aside}."
    )
    assert facts_at(text, datetime(2024, 7, 20, 2, tzinfo=UTC)) == [
        (4, "official ships", *KINMEN, "2024-07-18")
    ]


@pytest.mark.parametrize("heading", ["January's totals:", "Monthly tally:"])
def test_a_tally_headings_list_is_the_periods_to_its_last_item(heading: str) -> None:
    text = (
        f"{heading} 372 PLA aircraft and 162 navy vessels around Taiwan, and 28 balloons, most"
        " of them drifting across the Strait in the first half of the month. On the last day of"
        " the month, Wednesday, it counted 14 aircraft and nine ships."
    )
    assert facts_at(text, datetime(2024, 2, 2, 4, tzinfo=UTC)) == sorted(
        [
            around_taiwan(14, "aircraft", "2024-01-31"),
            around_taiwan(9, "navy vessels", "2024-01-31"),
        ]
    )


@pytest.mark.parametrize("interval", ["Eleven days after", "Twelve days after", "10 days after"])
def test_a_record_told_of_an_event_past_rule_8s_week_gives_no_fact(interval: str) -> None:
    text = (
        f'{interval} "Joint Sword-2024B", when the Ministry of National Defense logged a record'
        " 153 PLA aircraft in a single day, the morning report has settled back into its"
        " ordinary shape. Today's, for the 24 hours to 6 a.m., in the ministry's own layout:\n\n"
        "PLA aircraft: 26 sorties\n"
        "PLAN vessels: 7\nOfficial ships: 1"
    )
    assert facts_at(text, datetime(2024, 10, 25, 2, tzinfo=UTC)) == sorted(
        [
            around_taiwan(26, "aircraft", "2024-10-25"),
            around_taiwan(7, "navy vessels", "2024-10-25"),
            around_taiwan(1, "official ships", "2024-10-25"),
        ]
    )


@pytest.mark.parametrize(
    "label",
    [
        "Sorties that crossed the median line and entered the N, C, SW and E ADIZ",
        "Aircraft that crossed the median line and entered the northern and central ADIZ",
    ],
)
def test_a_bulletin_label_with_a_relative_clause_names_its_zones(label: str) -> None:
    text = (
        "The morning report, in the ministry's own layout, for the 24 hours to 6 a.m.:\n\n"
        f"PLA aircraft: 26 sorties\nPLAN vessels: 7\n{label}: 18"
    )
    assert facts_at(text, datetime(2024, 10, 25, 2, tzinfo=UTC)) == sorted(
        [
            around_taiwan(26, "aircraft", "2024-10-25"),
            around_taiwan(7, "navy vessels", "2024-10-25"),
            (18, "aircraft", "ADIZ", "Taiwan", "2024-10-25"),
            (18, "aircraft", "median line", "Taiwan", "2024-10-25"),
        ]
    )


@pytest.mark.parametrize("wording", ["source wording", "wording"])
def test_a_feeds_table_reads_each_row_as_the_sources_line(wording: str) -> None:
    text = (
        "Data row ingested at 09:07 local from the Ministry of National Defense (MND) daily"
        " release.\n\nWindow: 06:00 on 20 June to 06:00 on 21 June (UTC+8).\n\n"
        f"field | value | {wording}\n"
        'aircraft_total | 27 | "PLA aircraft operating around Taiwan"\n'
        'aircraft_crossing | 16 | "crossed the median line and entered the north, central,'
        ' southwest and east ADIZ"\n'
        'navy_vessels | 9 | "PLAN vessels"\n'
        'official_ships | 1 | "official ships"'
    )
    assert facts_at(text, datetime(2024, 6, 21, 4, 20, tzinfo=UTC)) == sorted(
        [
            around_taiwan(27, "aircraft", "2024-06-21"),
            around_taiwan(9, "navy vessels", "2024-06-21"),
            around_taiwan(1, "official ships", "2024-06-21"),
            (16, "aircraft", "ADIZ", "Taiwan", "2024-06-21"),
            (16, "aircraft", "median line", "Taiwan", "2024-06-21"),
        ]
    )


def test_a_relative_label_under_a_months_tally_is_the_months() -> None:
    text = (
        "Taiwan's Ministry of National Defense (MND) counted 412 Chinese military aircraft"
        " sorties around the island in January, according to our tally of its daily reports.\n"
        "- Aircraft that crossed the median line or entered the ADIZ: 298\n"
        "The ministry's report on Friday, Jan. 30, listed 18 aircraft and seven navy ships."
    )
    assert facts_at(text, datetime(2026, 2, 1, 10, tzinfo=UTC)) == sorted(
        [
            around_taiwan(18, "aircraft", "2026-01-30"),
            around_taiwan(7, "navy vessels", "2026-01-30"),
        ]
    )


def test_more_before_a_verb_are_more_of_the_craft() -> None:
    text = (
        "Taiwan's Coast Guard Administration said four China Coast Guard vessels entered the"
        " restricted waters off Kinmen in two formations on Saturday morning, and that two more"
        " sailed into the prohibited waters around Matsu's Nangan island the same afternoon."
    )
    assert facts_at(text, datetime(2024, 12, 15, 8, tzinfo=UTC)) == [
        (2, "official ships", "restricted waters", "Matsu", "2024-12-14"),
        (4, "official ships", *KINMEN, "2024-12-14"),
    ]
