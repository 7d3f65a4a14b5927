"""Periods a daily report's counts are only held against, or whose reports it quotes, give the
counts no period of their own: "23 aircraft ..., fewer than during the two days of drills",
"this week's figures from the ministry, which reported 26 aircraft ... between 6 a.m. Monday
and 6 a.m. Tuesday". Written for these tests in the shapes of blind-96's newsletters; the real
spaCy model and pipeline."""

from datetime import UTC, datetime, timedelta

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

MONDAY = datetime(2024, 5, 27, 6, 0, tzinfo=UTC)  # a Monday in Taipei


@pytest.mark.parametrize(
    "comparison",
    [
        "fewer than during the two days of drills",
        "more than in April",
        "down from last week",
        "up from earlier in the month",
    ],
)
def test_a_period_the_count_is_compared_with_is_not_its_own(comparison: str) -> None:
    text = (
        "Visitors kept coming. In the 24 hours to 6 a.m. on Saturday, the ministry counted 23 Chinese "
        f"aircraft and 15 navy ships around Taiwan, {comparison}."
    )
    assert facts_at(text, MONDAY) == [
        (15, "navy vessels", "around Taiwan", "Taiwan", "2024-05-25"),
        (23, "aircraft", "around Taiwan", "Taiwan", "2024-05-25"),
    ]


def test_a_compared_period_that_states_its_figure_still_recalls_it() -> None:
    text = (
        "In the 24 hours to 6 a.m. on Saturday, the ministry counted 23 Chinese aircraft around Taiwan, "
        "down from last week, when it counted 40."
    )
    assert facts_at(text, MONDAY) == [(23, "aircraft", "around Taiwan", "Taiwan", "2024-05-25")]


@pytest.mark.parametrize("period", ["this week's figures", "this week's reports"])
def test_a_periods_reports_count_the_window_the_sentence_states(period: str) -> None:
    text = (
        f"Staff preparing the shipment have been watching {period} from Taiwan's Ministry of "
        "National Defense, which reported 26 Chinese aircraft and nine naval vessels operating "
        "around Taiwan between 6 a.m. Friday and 6 a.m. Saturday; 17 of the aircraft entered "
        "Taiwan's air defence identification zone."
    )
    assert facts_at(text, MONDAY) == [
        (9, "navy vessels", "around Taiwan", "Taiwan", "2024-05-25"),
        (17, "aircraft", "ADIZ", "Taiwan", "2024-05-25"),
        (26, "aircraft", "around Taiwan", "Taiwan", "2024-05-25"),
    ]


def test_a_weeks_figures_with_no_window_stay_its_tally() -> None:
    text = (
        "This week's figures from Taiwan's Ministry of National Defense add up to 96 Chinese "
        "aircraft around Taiwan."
    )
    assert facts_at(text, MONDAY) == []


# The rule above as a property (profiles in tests/conftest.py): whatever period a daily report's
# counts are held against, with no figure of its own, the counts are the report's day's.
COMPARISONS = [
    "fewer than during the two days of drills", "more than in April", "down from last week",
    "up from earlier in the month", "fewer than in March", "more than a week earlier",
    "down from the previous day", "up from the weekend", "compared with last month",
    "fewer than over the Lunar New Year holiday",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=CI_EXAMPLES // 4)
@given(
    st.sampled_from(COMPARISONS),
    st.sampled_from(WEEKDAYS),
    st.integers(2, 60),
    st.integers(2, 30),
)
def test_any_period_a_report_is_compared_with_leaves_its_counts_on_its_day(
    comparison: str, weekday: str, aircraft: int, ships: int
) -> None:
    text = (
        f"In the 24 hours to 6 a.m. on {weekday}, the ministry counted {aircraft} Chinese "
        f"aircraft and {ships} navy ships around Taiwan, {comparison}."
    )
    # MONDAY is the report's date; a weekday named is this week's, Monday itself today.
    day = (MONDAY - timedelta(days=(MONDAY.weekday() - WEEKDAYS.index(weekday)) % 7)).date()
    assert facts_at(text, MONDAY) == sorted(
        [
            (aircraft, "aircraft", "around Taiwan", "Taiwan", day.isoformat()),
            (ships, "navy vessels", "around Taiwan", "Taiwan", day.isoformat()),
        ]
    )
