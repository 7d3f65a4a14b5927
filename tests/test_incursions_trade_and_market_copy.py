"""Incursion facts in the copy of trade papers, forecasting markets, community newsletters and
political mail (the voices of blind-98 to blind-100): the daily report told in passing, between
paragraphs about fruit, trains or a fundraising deadline. A reader charts the same facts as from
a wire story: the latest report's window is of the copy's day, a day's figure keeps its day
beside a period's tally, and a pattern's period is not the day's."""

from datetime import UTC, datetime

import pytest
from conftest import CI_EXAMPLES
from fact_invariants import assert_facts_keep_the_rules, mixes, read_facts
from hypothesis import given, settings
from incursion_helpers import around_taiwan, facts_at

THURSDAY = datetime(2025, 1, 23, 3, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "before",
    [
        "Both say seats are gone until Monday; standing tickets are not.",
        "Officials met growers in Pingtung on Monday.",
        "The Coast Guard Administration said two China Coast Guard ships passed through the "
        "prohibited waters east of Matsu's Beigan on Monday.",
    ],
)
@pytest.mark.parametrize(
    "report",
    [
        "On my phone was the Ministry of National Defense's morning report: 14 Chinese military "
        "aircraft and six PLA Navy ships around Taiwan in the 24 hours to 6 a.m.",
        "The Ministry of National Defense's morning report listed 14 PLA aircraft and six navy vessels "
        "around Taiwan.",
    ],
)
def test_the_latest_reports_window_is_of_the_copys_day(before: str, report: str) -> None:
    facts = facts_at(f"{before}\n\n{report}", THURSDAY)
    assert around_taiwan(14, "aircraft", "2025-01-23") in facts
    assert around_taiwan(6, "navy vessels", "2025-01-23") in facts


def test_a_day_the_report_was_told_on_keeps_its_window() -> None:
    text = (
        "Taiwan's defence ministry said on Tuesday that China had begun drills.\n\n"
        "In the 24 hours to 6 a.m., it counted 14 aircraft and six navy ships around Taiwan."
    )
    facts = facts_at(text, THURSDAY)
    assert around_taiwan(14, "aircraft", "2025-01-21") in facts


@pytest.mark.parametrize(
    ("scene", "report"),
    [
        (
            "Senator LIM: On Tuesday Taiwan's defence ministry reported 31 Chinese military "
            "aircraft around Taiwan. What has Defence made of it?",
            "Ms Ong: We read the same figures: 31 aircraft, as well as nine navy vessels, in the "
            "same 24-hour period.",
        ),
        (
            "The hearing at the Kaohsiung District Court began on Tuesday with the defence "
            "calling its first witness.",
            "Counsel held up that morning's Ministry of National Defense report: 31 Chinese "
            "aircraft and nine navy vessels around Taiwan in the 24 hours to 6am.",
        ),
    ],
)
def test_a_window_that_points_back_is_of_the_day_told_before(scene: str, report: str) -> None:
    """A window named "the same 24-hour period" or "that morning's report" is of the day told before."""
    facts = facts_at(f"{scene}\n\n{report}", THURSDAY)
    assert around_taiwan(9, "navy vessels", "2025-01-21") in facts
    assert around_taiwan(9, "navy vessels", "2025-01-23") not in facts


def test_a_diarys_day_heading_dates_the_window_under_it() -> None:
    text = (
        "Seven mornings\n\nMONDAY. 6.40am. The defence ministry's post lands before the kettle "
        "has boiled: 14 PLA aircraft and six navy vessels around Taiwan in the 24 hours to 6am."
        "\n\nTHURSDAY. Thirty-three aircraft, nine PLAN ships."
    )
    facts = facts_at(text, datetime(2025, 8, 10, 12, 0, tzinfo=UTC))
    assert around_taiwan(14, "aircraft", "2025-08-04") in facts


def test_a_us_story_keeps_its_own_day_for_the_mornings_report() -> None:
    text = (
        "DES MOINES — That pressure was on display again Tuesday. Taiwan's defense ministry "
        "said more than 30 Chinese military aircraft had operated around the island in the "
        "preceding 24 hours."
    )
    facts = facts_at(text, datetime(2025, 9, 16, 21, 40, tzinfo=UTC))
    assert facts == [around_taiwan(30, "aircraft", "2025-09-16")]


def test_a_fundraising_emails_this_morning_is_its_us_day() -> None:
    text = (
        "Friend,\n\nThis morning Taiwan's defense ministry reported that 29 People's Liberation "
        "Army aircraft were operating around Taiwan over the past 24 hours.\n\nChip in $10.\n\n"
        "Paid for by Pacific Deterrence PAC and not authorized by any candidate or candidate's "
        "committee."
    )
    facts = facts_at(text, datetime(2025, 8, 20, 16, 45, tzinfo=UTC))
    assert facts == [around_taiwan(29, "aircraft", "2025-08-20")]


@pytest.mark.parametrize(
    "tally",
    [
        ", and has tracked more than 400 sorties so far this year.",
        ", and more than 400 so far this year.",
    ],
)
def test_a_days_figure_keeps_its_day_beside_a_periods_tally(tally: str) -> None:
    text = (
        "Taiwan's Defense Ministry reported 24 Chinese military aircraft around Taiwan in the "
        f"24 hours to 6 a.m. Friday. The ministry had counted 32 aircraft on Wednesday{tally}"
    )
    facts = facts_at(text, datetime(2026, 2, 13, 6, 30, tzinfo=UTC))
    assert around_taiwan(32, "aircraft", "2026-02-11") in facts


@pytest.mark.parametrize(
    "aside",
    [
        "part of a presence that has been near-continuous this year",
        "a presence that has lasted since January",
        "the latest in a pattern that has held since the spring",
    ],
)
def test_a_pattern_the_days_ships_belong_to_sets_no_period_on_them(aside: str) -> None:
    text = (
        "On Friday the Japan Coast Guard said four China Coast Guard ships were sailing in the "
        f"contiguous zone around the Senkaku Islands, {aside}."
    )
    facts = facts_at(text, datetime(2024, 11, 29, 8, 0, tzinfo=UTC))
    assert facts == [(4, "official ships", "contiguous zone", "Senkaku Islands", "2024-11-29")]


def test_an_aside_that_tells_where_craft_went_is_no_pattern() -> None:
    text = (
        "24 — Chinese military aircraft that Taiwan's Ministry of National Defense said it "
        "tracked around the island in the 24 hours to 6 a.m. Tuesday.\n\n17 — Of those "
        "aircraft, the number that crossed the Taiwan Strait median line, according to the "
        "ministry."
    )
    facts = facts_at(text, datetime(2026, 1, 13, 13, 0, tzinfo=UTC))
    assert (17, "aircraft", "median line", "Taiwan", "2026-01-13") in facts


@pytest.mark.parametrize("habit", ["on most days", "on many days"])
def test_what_the_pla_kept_on_most_days_is_no_days_report(habit: str) -> None:
    text = (
        "The PLA also kept between five and 10 navy vessels around Taiwan "
        f"{habit}.\n\nThe ministry's latest report, issued Tuesday morning, listed 10 Chinese "
        "aircraft and six navy vessels around Taiwan."
    )
    facts = facts_at(text, datetime(2025, 2, 4, 4, 0, tzinfo=UTC))
    assert facts == sorted([around_taiwan(10, "aircraft", "2025-02-04"), around_taiwan(6, "navy vessels", "2025-02-04")])  # fmt: skip


@pytest.mark.parametrize(
    "by", ["by Chinese military aircraft and drones", "of PLA aircraft and drones"]
)
def test_sorties_by_aircraft_and_drones_are_aircraft(by: str) -> None:
    text = (
        "Between 6 a.m. Thursday and 6 a.m. Friday the Ministry of National Defense counted 23 "
        f"sorties {by} around Taiwan."
    )
    facts = facts_at(text, datetime(2025, 9, 26, 3, 0, tzinfo=UTC))
    assert facts == [around_taiwan(23, "aircraft", "2025-09-26")]


@pytest.mark.parametrize(
    "scene",
    [
        "I went on Wednesday 2 April, and the queue was reading its phones. The defence "
        "ministry's report for the 24 hours to 6 a.m. that morning listed 76 PLA aircraft.",
        "April 1: The ministry reports 38 aircraft.\n\nApril 2: Beijing declares the drills "
        "complete. The morning report lists 76 PLA aircraft around Taiwan.",
        "The Ministry of National Defense's report on Wednesday morning made for grim reading. In "
        "the 24 hours to 6am, 76 Chinese military aircraft were tracked around Taiwan.",
    ],
)
def test_a_day_written_in_the_reports_paragraph_dates_its_window(scene: str) -> None:
    facts = facts_at(scene, datetime(2025, 4, 4, 8, 0, tzinfo=UTC))
    assert around_taiwan(76, "aircraft", "2025-04-02") in facts


def test_a_day_written_before_a_habit_keeps_its_figure() -> None:
    text = (
        "This morning Taiwan's defence ministry reported that 30 Chinese military aircraft had "
        "operated around Taiwan over the previous 24 hours. On Sunday it was 20 aircraft, and on "
        "most days in between, a dozen or so."
    )
    facts = facts_at(text, datetime(2024, 11, 21, 9, 30, tzinfo=UTC))
    assert around_taiwan(20, "aircraft", "2024-11-17") in facts


# Pieces of the copy above, to be cut up and put together in any order.
PIECES = [
    "Both say seats are gone until Monday; standing tickets are not",
    "The Coast Guard Administration said two China Coast Guard ships passed through the "
    "prohibited waters east of Matsu's Beigan on Monday",
    "On my phone was the Ministry of National Defense's morning report:",
    "14 Chinese military aircraft and six PLA Navy ships around Taiwan",
    "in the 24 hours to 6 a.m.", "THURSDAY. Thirty-three aircraft, nine PLAN ships",
    "said more than 30 Chinese military aircraft had operated around the island",
    "and has tracked more than 400 sorties so far this year",
    "part of a presence that has been near-continuous this year",
    "24 — Chinese military aircraft that Taiwan's Ministry of National Defense said it tracked",
    "17 — Of those aircraft, the number that crossed the Taiwan Strait median line",
    "The PLA also kept between five and 10 navy vessels around Taiwan",
    "April 1: The ministry reports 38 aircraft", "Chip in $10", "Friend,",
]  # fmt: skip


@settings(max_examples=CI_EXAMPLES // 4)
@given(mixes(PIECES))
def test_any_mix_of_trade_and_market_copy_gives_facts_within_the_rules(text: str) -> None:
    assert_facts_keep_the_rules(text, read_facts(text, THURSDAY))
