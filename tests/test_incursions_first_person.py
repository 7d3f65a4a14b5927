"""Diaries, columns, annual reports and event write-ups that retell the defence ministry's
figures: the shapes of blind-63 and blind-64. A diary's week of lines that never names China
still counts China's craft when one line has them cross the median line; a report window a
later clause states dates the counts after it, not the day the sentence opened with; a day
that opens a telling ("This morning the ministry said ...") is the telling's when the events
told write their own, and a day that bounds a period ("the total since Friday") is none; and
a figure set off as an example (", say, 40 aircraft") or a war game's scenario is no sighting.
Written for these tests; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

SUNDAY_MORNING = datetime(2025, 8, 10, 2, 0, tzinfo=UTC)  # Sunday 10 August, 10:00 in Taipei
TUESDAY_MORNING = datetime(2026, 1, 27, 3, 0, tzinfo=UTC)  # Tuesday 27 January, 11:00 in Taipei


def test_a_diary_of_the_islands_figures_counts_each_mornings_line() -> None:
    # China is never named: the median line that one line's aircraft cross is China's alone.
    text = (
        "A week of mornings\n\n"
        "I write down the Taiwanese figures every morning before I open the shop.\n\n"
        "Monday: 14 aircraft, 6 navy ships, 1 official ship.\n"
        "Tuesday: 9 aircraft, 7 ships. Windy; the ferry was cancelled.\n"
        "Wednesday: 22 aircraft, 11 of them across the median line. 8 ships.\n\n"
        "That makes 45 aircraft for the three days I wrote down."
    )
    assert facts_at(text, SUNDAY_MORNING) == [
        (1, "official ships", "around Taiwan", "Taiwan", "2025-08-04"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-08-04"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-08-05"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-08-06"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-08-05"),
        (11, "aircraft", "median line", "Taiwan", "2025-08-06"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-08-04"),
        (22, "aircraft", "around Taiwan", "Taiwan", "2025-08-06"),
    ]


def test_a_shop_diary_that_crosses_no_median_line_counts_nothing() -> None:
    # Nothing says whose craft these are: no China, no defence ministry, no median line.
    text = (
        "A week of mornings\n\n"
        "I write down the figures every morning before I open the shop.\n\n"
        "Monday: 14 aircraft, 6 ships.\nTuesday: 9 aircraft, 7 ships."
    )
    assert facts_at(text, SUNDAY_MORNING) == []


@settings(max_examples=8, deadline=None)
@given(
    opening=st.sampled_from(["On Monday", "On Monday,", "Yesterday"]),
    end=st.sampled_from(["today", "Tuesday"]),
    aircraft=st.integers(2, 120),
)
def test_a_window_a_later_clause_states_dates_its_counts(
    opening: str, end: str, aircraft: int
) -> None:
    text = (
        "Notes from the harbour\n\n"
        f"{opening} Beijing launched another round of drills around Taiwan, and in the 24 "
        f"hours to 6 a.m. {end} Taipei counted {aircraft} aircraft."
    )
    assert facts_at(text, TUESDAY_MORNING) == [
        (aircraft, "aircraft", "around Taiwan", "Taiwan", "2026-01-27")
    ]


def test_a_count_before_a_later_window_keeps_its_own_day() -> None:
    text = (
        "Ministry update\n\n"
        "On Monday, 20 Chinese aircraft entered Taiwan's ADIZ, the ministry said, and in the "
        "24 hours to 6 a.m. today it counted 31 aircraft around Taiwan."
    )
    assert facts_at(text, TUESDAY_MORNING) == [
        (20, "aircraft", "ADIZ", "Taiwan", "2026-01-26"),
        (31, "aircraft", "around Taiwan", "Taiwan", "2026-01-27"),
    ]


@settings(max_examples=6, deadline=None)
@given(
    opening=st.sampled_from(["This morning", "On Tuesday,", "Today"]),
    teller=st.sampled_from(["Taiwan's Ministry of National Defense", "the ministry in Taipei"]),
)
def test_a_day_that_opens_a_telling_is_not_the_day_told(opening: str, teller: str) -> None:
    text = (
        "Scramble bells I no longer hear\n\n"
        f"{opening} {teller} said more than 30 Chinese aircraft had flown into its air "
        "defence identification zone on Monday, the largest number since January."
    )
    assert facts_at(text, TUESDAY_MORNING) == [(30, "aircraft", "ADIZ", "Taiwan", "2026-01-26")]


def test_a_period_since_a_day_leaves_the_opening_day_the_counts() -> None:
    text = (
        "Briefing\n\n"
        "On Monday Taiwan reported 52 Chinese military aircraft in its air defense zone, and "
        "the total since Friday is nearly 150."
    )
    assert facts_at(text, TUESDAY_MORNING) == [(52, "aircraft", "ADIZ", "Taiwan", "2026-01-26")]


def test_a_day_that_opens_a_telling_is_the_counts_day_when_they_write_none() -> None:
    text = (
        "Ministry update\n\n"
        "On Monday, the ministry said 30 Chinese aircraft entered its air defence "
        "identification zone."
    )
    assert facts_at(text, TUESDAY_MORNING) == [(30, "aircraft", "ADIZ", "Taiwan", "2026-01-26")]


def test_a_figure_given_as_an_example_is_no_sighting() -> None:
    text = (
        "Short course: ADIZs, EEZs and the median line\n\n"
        "How to read a daily report: a worked exercise asks what it would mean if, say, 40 "
        "aircraft were reported with 25 crossing the median line of the Taiwan Strait."
    )
    assert facts_at(text, TUESDAY_MORNING) == []


def test_a_war_games_scenario_is_no_sighting() -> None:
    text = (
        "Tabletop exercise report: lawmakers play out a Taiwan quarantine\n\n"
        "On day two the scenario escalated: the control team had the PLA fire 20 missiles "
        "into waters east of Taiwan and send 60 aircraft across the median line."
    )
    assert facts_at(text, TUESDAY_MORNING) == []
