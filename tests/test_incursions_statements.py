"""Incursion facts in the statements Washington issues about Taiwan's reports (a member of
Congress "today released the following statement after ..."), and in the asides such
statements carry: the day they count from, a spy balloon of last year, a supposition. Written
for these tests in the shapes of the blind-50 passages; the real spaCy model and pipeline."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

TUESDAY = "2025-06-10"
# 16:20 UTC on Tuesday: noon in Washington, already Wednesday in Taipei.
TUESDAY_AFTERNOON_IN_WASHINGTON = datetime(2025, 6, 10, 16, 20, tzinfo=UTC)


def test_a_members_statement_of_today_reads_its_window_on_the_us_day() -> None:
    text = (
        "WASHINGTON – Today, Rep. Young Kim (R-Calif.) released the following statement after "
        "Taiwan's Ministry of National Defense (MND) reported that 37 People's Liberation Army "
        "aircraft and 11 PLA Navy vessels were detected around Taiwan between 6 a.m. Monday and "
        "6 a.m. Tuesday. According to MND, 26 of the aircraft crossed the median line."
    )
    assert facts_at(text, TUESDAY_AFTERNOON_IN_WASHINGTON) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (26, "aircraft", "median line", "Taiwan", TUESDAY),
        (37, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


def test_the_report_a_statement_quotes_as_today_is_of_the_day_it_was_issued() -> None:
    text = (
        "WASHINGTON – Sen. Jim Risch (R-Idaho) and Sen. Jeanne Shaheen (D-N.H.) today issued "
        "the following statement. “Taiwan's Ministry of National Defense reported 33 military "
        "aircraft and 12 PLA Navy ships around the island today.”"
    )
    evening = datetime(2025, 6, 10, 21, 30, tzinfo=UTC)  # Wednesday 05:30 in Taipei
    assert facts_at(text, evening) == [
        (12, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (33, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


def test_a_wire_story_without_congress_keeps_taipeis_day() -> None:
    text = (
        "Taiwan's Ministry of National Defense said today that it had detected 21 Chinese "
        "military aircraft around Taiwan."
    )
    assert facts_at(text, TUESDAY_AFTERNOON_IN_WASHINGTON) == [
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-06-11"),
    ]


def test_the_day_a_statement_calls_is_not_the_day_of_the_counts_it_answers() -> None:
    text = (
        "WASHINGTON — Congressman Ryan Zinke (R-Mont.) today called on the administration to "
        "share more of what it learned from last year's spy balloon with Taiwan, after Taiwan's "
        "Ministry of National Defense reported that four PRC balloons crossed the median line "
        "of the Taiwan Strait on Monday."
    )
    assert facts_at(text, TUESDAY_AFTERNOON_IN_WASHINGTON) == [
        (4, "balloons", "median line", "Taiwan", "2025-06-09"),
    ]


def test_a_balloon_seen_a_year_ago_is_no_count_of_the_day() -> None:
    text = (
        "Taiwan's defense ministry said it tracked 11 Chinese military aircraft around Taiwan "
        "on Tuesday. A year ago people in Montana looked up and saw a Chinese spy balloon "
        "drifting over an air force base."
    )
    assert facts_at(text, TUESDAY_AFTERNOON_IN_WASHINGTON) == [
        (11, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


def test_last_years_total_is_still_a_tally() -> None:
    text = (
        "Taiwan's defense ministry said last year's total of 5,100 Chinese aircraft entered "
        "the ADIZ, and it tracked 11 aircraft around Taiwan on Tuesday."
    )
    assert (5100, "aircraft", "ADIZ", "Taiwan", TUESDAY) not in facts_at(
        text, TUESDAY_AFTERNOON_IN_WASHINGTON
    )


def test_a_count_an_if_supposes_is_no_sighting() -> None:
    text = (
        "The admiral said Chinese aircraft flew more than 5,000 sorties near Taiwan last year. "
        "“If 150 aircraft came across the median line tomorrow, we would see it, but we would "
        "have hours, not days,” he said."
    )
    assert facts_at(text, TUESDAY_AFTERNOON_IN_WASHINGTON) == []


@settings(max_examples=8)
@given(minutes=st.integers(min_value=0, max_value=23 * 60 + 59))
def test_a_members_statement_counts_from_its_us_day_at_any_hour(minutes: int) -> None:
    """Whatever the hour of Washington's Tuesday the statement is stamped with (Wednesday in
    Taipei from 16:00 UTC), the window to 6 a.m. Tuesday is Tuesday's report."""
    published = datetime(2025, 6, 10, 5, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    text = (
        "WASHINGTON – Rep. Young Kim (R-Calif.) today released a statement after Taiwan's "
        "Ministry of National Defense reported that 37 Chinese aircraft were detected around "
        "Taiwan between 6 a.m. Monday and 6 a.m. Tuesday."
    )
    assert facts_at(text, published) == [(37, "aircraft", "around Taiwan", "Taiwan", TUESDAY)]
