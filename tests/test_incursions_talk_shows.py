"""Incursion facts in political talk shows and panels, summarised or transcribed, and in the
defence-tech and venture press that sets the ministries' figures beside its deals: the host's
recap and the guests' remarks repeat the figures read from the screen, the screen names the
report by its day ("Saturday's report up beside it: 21 aircraft") or its stamp ("MND daily
report, 6 a.m. Thursday"), and the trade's words use craft nouns for firms ("three drone
makers"). An analyst charts each day's figures once, on the day they are of."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2025, 11, 18, 12, 30, tzinfo=UTC)  # a Tuesday evening show

TODAYS = (
    "The first graphic on the panel was the Ministry of National Defense's morning report: 26 "
    "Chinese military aircraft and seven navy vessels around Taiwan in the 24 hours to 6 a.m. "
    "Tuesday, with 14 of the aircraft crossing the median line and entering the ADIZ.\n\n"
)
TODAYS_FACTS = [
    (7, "navy vessels", "around Taiwan", "Taiwan", "2025-11-18"),
    (14, "aircraft", "ADIZ", "Taiwan", "2025-11-18"),
    (14, "aircraft", "median line", "Taiwan", "2025-11-18"),
    (26, "aircraft", "around Taiwan", "Taiwan", "2025-11-18"),
]

ANOTHER_DAY = "On Friday, the premier had promised a special budget for drones.\n\n"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "recap",
    [
        "Closing, the host recapped: 26 aircraft, seven ships, 14 across the line — and a "
        "minister who would not say whether Saturday's drill was over.",
        "The host's recap: twenty-six aircraft over the line on Saturday, seven navy ships, and a "
        "budget still stuck in the legislature.",
        "The host's recap: \"Saturday, seven ships inside the zone. Today, twenty-six aircraft "
        'around Taiwan. And nobody in the cabinet wants to talk about it."',
        "HOST: That's where we leave it. To recap: 26 aircraft on Saturday, fourteen of them into "
        "the zone, and a hotline that nobody answers.",
        "Before the break, she summed up: 26 aircraft today, seven ships on Friday, and a "
        "ministry that calls it routine.",
        "The closing board: 26 aircraft around Taiwan, seven navy ships, and talks that Beijing "
        "says are off.",
        "He closed the segment by reading the ministry's figures a second time — 26 aircraft, "
        "seven ships, 14 across the line — and noting that the vote is on Saturday.",
    ],
)
def test_a_recap_repeats_the_days_figures_and_adds_none(recap: str) -> None:
    # the recap follows a sentence that wrote another day, which it must not take
    assert facts(TODAYS + ANOTHER_DAY + recap) == TODAYS_FACTS


def test_a_recap_that_tells_a_figure_first_is_read_as_any_sentence() -> None:
    text = (
        "Weekend recap: Saturday's report had 36 Chinese military aircraft and 12 navy ships "
        "around Taiwan in the 24 hours to 6 a.m."
    )
    assert facts(text) == [
        (12, "navy vessels", "around Taiwan", "Taiwan", "2025-11-15"),
        (36, "aircraft", "around Taiwan", "Taiwan", "2025-11-15"),
    ]


@pytest.mark.parametrize(
    "remark",
    [
        '"Twenty-six is a message to Tokyo," said a retired admiral on the panel.',
        '"Twenty-six aircraft is a quiet day," said a researcher at the institute.',
        'A Kinmen legislator was unmoved. "Kinmen is tired of being the stage. Seven ships '
        'come, seven ships go, and the fishermen stay in port."',
    ],
)
def test_a_guests_remark_on_a_figure_told_is_no_count_of_its_own(remark: str) -> None:
    assert facts(TODAYS + ANOTHER_DAY + remark) == TODAYS_FACTS


def test_a_quoted_report_keeps_the_share_of_its_total() -> None:
    text = (
        "The production team put the ministry's paragraph on screen in full:\n\n"
        '"18 PLA aircraft, 7 PLAN vessels and 1 official ship operating around Taiwan were '
        "detected up until 6 a.m. today. 12 out of 18 aircraft crossed the median line and "
        'entered the northern and southwestern ADIZ."'
    )
    assert (12, "aircraft", "median line", "Taiwan", "2025-11-18") in facts(text)
    assert (18, "aircraft", "around Taiwan", "Taiwan", "2025-11-18") in facts(text)


@pytest.mark.parametrize(
    ("report", "day"),
    [
        ("Then she put Saturday's report up beside it: 21 aircraft", "2025-11-15"),
        ("The screen showed Saturday's graphic: 21 aircraft", "2025-11-15"),
        ("Sunday's count: 21 aircraft", "2025-11-16"),
    ],
)
def test_a_report_named_by_its_day_before_a_colon_gives_that_days_figures(
    report: str, day: str
) -> None:
    found = facts(TODAYS + report + ", 13 of which crossed the median line.")
    assert (21, "aircraft", "around Taiwan", "Taiwan", day) in found
    assert (13, "aircraft", "median line", "Taiwan", day) in found


@pytest.mark.parametrize("measure", ["the count had been", "the figure was", "the tally was"])
def test_the_measure_named_again_for_other_days_is_in_its_zone(measure: str) -> None:
    text = (
        "Ten PLA aircraft entered the southwestern corner of Taiwan's ADIZ on Tuesday, according "
        f"to the Defense Ministry. The host reminded viewers that {measure} 13 aircraft on "
        "Sunday and 15 on Saturday."
    )
    assert facts(text) == [
        (10, "aircraft", "ADIZ", "Taiwan", "2025-11-18"),
        (13, "aircraft", "ADIZ", "Taiwan", "2025-11-16"),
        (15, "aircraft", "ADIZ", "Taiwan", "2025-11-15"),
    ]


def test_the_measure_named_again_after_a_share_is_the_total_around_taiwan() -> None:
    text = (
        "In the 24 hours to 6 a.m. today, 27 aircraft and 11 vessels of the People's Liberation "
        "Army operated around Taiwan. Nineteen of those aircraft crossed the median line and "
        "entered our air defense identification zone. On Sunday the number was 50 aircraft."
    )
    assert (50, "aircraft", "around Taiwan", "Taiwan", "2025-11-16") in facts(text)
    assert all(fact[0] != 50 or fact[2] == "around Taiwan" for fact in facts(text))


@pytest.mark.parametrize(
    "stamp",
    [
        "MND daily report, 6 a.m. Tuesday",
        "MND morning update, 6 a.m. Tuesday",
        "Ministry of National Defense daily report, 06:00 Tuesday",
    ],
)
def test_a_reports_stamp_over_its_lines_gives_the_days_totals(stamp: str) -> None:
    text = (
        "Shield AI flew its drone for officials at Jiupeng on Monday.\n\n"
        f"THE BACKDROP\n{stamp}\nAircraft: 18\nDrones (listed separately): 2\nPLAN vessels: 7\n"
        "Official ships: 1\n\nThe company declined to name its partner."
    )
    assert facts(text) == [
        (1, "official ships", "around Taiwan", "Taiwan", "2025-11-18"),
        (2, "drones", "around Taiwan", "Taiwan", "2025-11-18"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-11-18"),
        (18, "aircraft", "around Taiwan", "Taiwan", "2025-11-18"),
    ]


@pytest.mark.parametrize(
    "carrier",
    [
        "as the carrier Shandong steamed through the western Pacific",
        "as the destroyer Nanchang sailed past Yonaguni",
    ],
)
def test_other_craft_moving_elsewhere_leave_the_counts_around_taiwan(carrier: str) -> None:
    text = (
        "Taiwan's Ministry of National Defense logged 17 PLA aircraft and eight vessels on "
        "Friday; and, in the 24 hours to 6 a.m. Sunday, 68 aircraft and 10 navy ships "
        f"{carrier}."
    )
    assert facts(text) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-11-14"),
        (10, "navy vessels", "around Taiwan", "Taiwan", "2025-11-16"),
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-11-14"),
        (68, "aircraft", "around Taiwan", "Taiwan", "2025-11-16"),
    ]


@pytest.mark.parametrize("clause", ["this reporter visited", "we called", "that the drill began"])
def test_the_weekday_a_clause_picks_out_is_the_day_of_the_counts(clause: str) -> None:
    text = (
        f"On the Friday {clause}, the ministry counted 34 Chinese military aircraft and nine "
        "navy vessels around Taiwan."
    )
    assert facts(text) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-11-14"),
        (34, "aircraft", "around Taiwan", "Taiwan", "2025-11-14"),
    ]


def test_five_more_on_a_later_day_after_a_told_day_are_that_days_in_the_same_zone() -> None:
    text = (
        "Taiwan's defence ministry said on Saturday it had tracked 21 Chinese aircraft in the "
        "southwestern part of its air defence identification zone, and five more on Sunday."
    )
    assert facts(text) == [
        (5, "aircraft", "ADIZ", "Taiwan", "2025-11-16"),
        (21, "aircraft", "ADIZ", "Taiwan", "2025-11-15"),
    ]


@pytest.mark.parametrize(
    "record",
    [
        "opened with the record 153 aircraft the ministry tracked during the one-day drill",
        "noted that the figures stayed well below the record 153 aircraft of October 2024",
    ],
)
def test_the_record_named_beside_the_days_report_is_background(record: str) -> None:
    text = (
        f"On TVBS, the host {record}, then turned to Tuesday's report: 27 PLA aircraft and nine "
        "navy vessels around Taiwan in the 24 hours to 6 a.m., with 18 of the aircraft crossing "
        "the median line into the ADIZ."
    )
    assert facts(text) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-11-18"),
        (18, "aircraft", "ADIZ", "Taiwan", "2025-11-18"),
        (18, "aircraft", "median line", "Taiwan", "2025-11-18"),
        (27, "aircraft", "around Taiwan", "Taiwan", "2025-11-18"),
    ]


@pytest.mark.parametrize(
    "trade",
    [
        '"This is the demand signal," wrote a partner at a fund that has backed three drone makers.',
        "Two drone startups in Taichung closed seed rounds this month.",
        "The panel replayed last weekend's incident, when a Chinese destroyer cut across the bow "
        "of a US destroyer in the strait.",
    ],
)
def test_craft_nouns_of_the_trade_and_of_incidents_count_nothing(trade: str) -> None:
    sunday = "On Sunday, the ministry had reported 37 aircraft.\n\n"
    assert facts(TODAYS + sunday + trade) == sorted(
        [*TODAYS_FACTS, (37, "aircraft", "around Taiwan", "Taiwan", "2025-11-16")]
    )


@pytest.mark.parametrize("item", ["ONE MORE THING.", "Two more questions for the panel."])
def test_one_more_thing_is_no_further_craft(item: str) -> None:
    text = TODAYS + (
        "SENKAKUS. Three China Coast Guard ships were in the contiguous zone around the Senkaku "
        f"Islands on Monday, the Japan Coast Guard said.\n\n{item} A Taipei startup that builds "
        "decoy drones is closing a bridge round."
    )
    senkakus = (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-11-17")
    assert facts(text) == sorted([*TODAYS_FACTS, senkakus])


def test_a_report_line_named_by_its_craft_is_no_count_that_dates_the_post_above() -> None:
    text = (
        '"6:00 a.m. MND update: 2 PRC balloons, 1 of them crossed the median line. 10 PLA '
        "aircraft, 5 PLAN ships. We're hiring RF engineers.\"\n\n"
        "The balloon line has been a fixture of the winter reports since December; with the "
        "election on Saturday, founders say the posts get more attention than their launches."
    )
    assert facts(text) == [
        (1, "balloons", "median line", "Taiwan", "2025-11-18"),
        (2, "balloons", "around Taiwan", "Taiwan", "2025-11-18"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-11-18"),
        (10, "aircraft", "around Taiwan", "Taiwan", "2025-11-18"),
    ]


def test_drones_another_state_saw_over_the_same_weekend_take_no_zone_from_before() -> None:
    text = (
        TODAYS + "Japan's Joint Staff, for its part, reported two Chinese drones flying between "
        "Yonaguni and Taiwan over the same weekend."
    )
    assert facts(text) == TODAYS_FACTS


def test_a_craft_reworded_after_a_dash_is_no_part_of_a_list() -> None:
    text = (
        "The first item on the late-night panel was not a poll but a balloon — or, as the "
        "Ministry of National Defense put it in its morning report, two PRC balloons that "
        "crossed the median line northwest of Keelung."
    )
    assert facts(text) == [(2, "balloons", "median line", "Taiwan", "2025-11-18")]


def test_a_quoted_post_after_a_headline_tells_the_figures_it_sums_up() -> None:
    text = (
        "PLA combat patrol near Taiwan; 26 aircraft tracked\n\n"
        "TAIPEI, Nov 18 - China staged a joint combat readiness patrol near Taiwan on Tuesday.\n\n"
        '"MND: 26 PLA aircraft, 7 PLAN ships in past 24 hrs to 0600. 14 crossed median line '
        "& entered ADIZ,\" a defence reporter wrote on X, citing the ministry's morning release."
    )
    assert facts(text) == TODAYS_FACTS


def test_a_lone_craft_closing_a_list_of_a_days_figures_is_counted() -> None:
    text = (
        "HOST: Here is the week of Chinese activity, as the Ministry of National Defense "
        "reported it each morning, for the 24 hours to 6 a.m. that day.\n\n"
        "Monday, November 17: 12 aircraft, four navy ships.\n"
        "Tuesday, November 18: 26 aircraft, seven navy ships, one official ship, and a balloon.\n"
    )
    assert (1, "balloons", "around Taiwan", "Taiwan", "2025-11-18") in facts(text)
