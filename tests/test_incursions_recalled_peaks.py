"""A day's report beside a peak it is measured against: the count stays the day's ("26 aircraft in
the 24 hours to 6 a.m. Tuesday, below this year's peak of 41 on Jan. 2" had lost the 26 to the
peak's period), and a share after a sentence that recalls the peak ("Nine of the aircraft crossed
the median line") is a share of the day's total, not of the peak's day (rule 8).
"""

from datetime import UTC, datetime

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import around_taiwan, facts_at

TUESDAY = datetime(2026, 1, 13, 8, tzinfo=UTC)
WINDOW = (
    "Taiwan's defence ministry said it detected 26 Chinese military aircraft around Taiwan in "
    "the 24 hours to 6 a.m. Tuesday"
)
DAYS_TOTAL = around_taiwan(26, "aircraft", "2026-01-13")
NINE_CROSSED = (9, "aircraft", "median line", "Taiwan", "2026-01-13")


@pytest.mark.parametrize(
    "compared",
    [
        "below this year's peak of 41 on Jan. 2",
        "well short of last year's record of 153",
        "far under the year's high of 41",
        "below the 41 of Jan. 2, this year's peak",
        "the same as this year's average",
    ],
)
def test_a_windows_count_measured_against_a_peak_stays_the_days(compared: str) -> None:
    assert facts_at(f"{WINDOW}, {compared}.", TUESDAY) == [DAYS_TOTAL]


def test_a_count_with_a_period_of_its_own_after_the_comparison_stays_a_tally() -> None:
    text = (
        "The ministry has tracked 300 Chinese aircraft around Taiwan, more than in all of "
        "January last year, so far this month."
    )
    assert facts_at(text, TUESDAY) == []


@pytest.mark.parametrize(
    "peak",
    [
        "The count was well below this year's peak of 41 on Jan. 9.",
        "This year's peak came on Jan. 9, when 41 aircraft were tracked.",
        "The busiest day so far this year was Jan. 9, with 41 aircraft.",
    ],
)
def test_a_share_after_a_recalled_peak_is_of_the_days_total(peak: str) -> None:
    text = f"{WINDOW}. {peak} Nine of the aircraft crossed the median line."
    assert facts_at(text, TUESDAY) == [NINE_CROSSED, DAYS_TOTAL]


def test_a_share_after_a_recalled_days_own_count_is_still_of_that_day() -> None:
    text = (
        f"{WINDOW}. On Sunday, the ministry had reported 30 aircraft. Nine of them crossed the "
        "median line."
    )
    assert facts_at(text, TUESDAY) == [
        (9, "aircraft", "median line", "Taiwan", "2026-01-11"),
        DAYS_TOTAL,
        around_taiwan(30, "aircraft", "2026-01-11"),
    ]


# A generated family: how the day's report is written, what it is measured against, what
# sentence recalls the peak, and the share that follows.
LEADS = [
    WINDOW,
    "The Ministry of National Defense tracked 26 PLA aircraft around the island on Tuesday",
    "Twenty-six Chinese military aircraft were detected around Taiwan between 6 a.m. Monday and "
    "6 a.m. Tuesday, the ministry said",
]
DEGREES = ["below", "well below", "well short of", "far under", "fewer than", "less than"]
RECORDS = [
    "this year's peak of 41", "the year's high of 41", "this month's peak of 41 on Jan. 2",
    "the peak of 41 on Jan. 2", "last year's record of 153", "this year's average",
    "the 41 of Jan. 2, this year's peak",
]  # fmt: skip
PEAKS = [
    "", " The count was well below this year's peak of 41 on Jan. 2.",
    " This year's peak came on Jan. 2, when 41 aircraft were tracked.",
    " The busiest day so far this year was Jan. 2, with 41 aircraft.",
]  # fmt: skip


@settings(max_examples=CI_EXAMPLES * 2)
@given(
    st.sampled_from(LEADS),
    st.sampled_from(DEGREES),
    st.sampled_from(RECORDS),
    st.sampled_from(PEAKS),
    st.booleans(),
)
def test_the_days_facts_survive_any_peak_they_are_measured_against(
    lead: str, degree: str, record: str, peak: str, share: bool
) -> None:
    text = f"{lead}, {degree} {record}.{peak}"
    text += " Nine of the aircraft crossed the median line." if share else ""
    expected = [NINE_CROSSED, DAYS_TOTAL] if share else [DAYS_TOTAL]
    assert facts_at(text, TUESDAY) == expected
