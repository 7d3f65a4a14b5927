"""Periods a daily report's counts are only held against, or whose reports it quotes, give the
counts no period of their own: "23 aircraft ..., fewer than during the two days of drills",
"this week's figures from the ministry, which reported 26 aircraft ... between 6 a.m. Monday
and 6 a.m. Tuesday". Written for these tests in the shapes of blind-96's newsletters; the real
spaCy model and pipeline."""

from datetime import UTC, datetime

import pytest
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
