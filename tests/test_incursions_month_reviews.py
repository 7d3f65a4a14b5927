"""Incursion facts in a month's review: the month's totals and a share of them give none, the
busiest day recalled gives none (rule 8), and the last day's report told after a semicolon is
that day's fact. Written for these tests in the shapes of the blind-54 research notes; the real
spaCy model and pipeline."""

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

# Wednesday, Feb. 1: Tuesday is Jan. 31, the last day of the month reviewed.
FEBRUARY_FIRST = datetime(2023, 2, 1, 9, 0, tzinfo=UTC)
TUESDAY = "2023-01-31"
PERIODS = ["in January", "this month", "so far this year", "last month"]


def test_the_last_days_report_after_the_busiest_day_recalled_is_its_own_fact() -> None:
    text = (
        "Taiwan's Ministry of National Defense recorded 339 Chinese military aircraft and 110 "
        "navy ships around the island in January, with 130 of the aircraft entering the ADIZ. "
        "The busiest day was Jan. 8, when 57 aircraft and four ships were tracked; on Tuesday, "
        "the last day of the month, the ministry reported 11 aircraft and three ships. "
        "December's tally, for comparison, was 370 aircraft."
    )
    assert facts_at(text, FEBRUARY_FIRST) == [
        (3, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (11, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


def test_a_share_told_after_the_peaks_semicolon_without_a_day_is_the_peaks() -> None:
    text = (
        "The busiest day was Jan. 28, when 57 Chinese aircraft were tracked around Taiwan; 20 of "
        "them crossed the median line."
    )
    assert facts_at(text, FEBRUARY_FIRST) == []


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(PERIODS), st.integers(100, 400), st.integers(10, 99))
def test_a_share_of_a_periods_total_in_its_sentence_gives_no_fact(
    period: str, total: int, share: int
) -> None:
    text = (
        f"Taiwan's Ministry of National Defense recorded {total} Chinese military aircraft "
        f"around the island {period}, with {share} of the aircraft entering the ADIZ."
    )
    assert facts_at(text, FEBRUARY_FIRST) == []


def test_a_share_of_a_days_total_in_its_sentence_is_still_a_fact() -> None:
    text = (
        "Taiwan's Ministry of National Defense recorded 39 Chinese military aircraft around the "
        "island on Tuesday, with 13 of the aircraft entering the ADIZ."
    )
    assert facts_at(text, FEBRUARY_FIRST) == [
        (13, "aircraft", "ADIZ", "Taiwan", TUESDAY),
        (39, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from([
        "January, as published by the Ministry of National Defense (MND):",
        "January 2023, from the MND's releases:",
        "A. Headline figures (from MND daily reports, 1–31 Jan)",
        "Headline figures (MND daily reports, Jan. 1-31):",
    ]),
    st.integers(100, 500),
)  # fmt: skip
def test_labelled_lines_under_a_months_heading_give_no_fact(heading: str, total: int) -> None:
    # A show daily's or a hospital's monthly summary: the lines under a heading that opens
    # with the month, or spans its days, are the month's sums (rule 5), dated on no day.
    text = (
        f"BY THE NUMBERS\n\n{heading}\n"
        f"- PLA aircraft detected around Taiwan: {total}\n"
        "- of which crossed the median line or entered the ADIZ: 99\n"
        "- PLAN ships detected: 86"
    )
    assert facts_at(text, FEBRUARY_FIRST) == []


@pytest.mark.parametrize(
    "heading",
    [
        "What the MND logged in January 2023:",
        "Figures compiled from the ministry's daily reports for January:",
        "January 2023, as published by the Ministry of National Defense (MND):",
        "Headline figures (MND daily reports, Jan. 1 – 31):",
    ],
)
def test_a_months_heading_read_by_its_first_and_last_words_gives_no_fact(heading: str) -> None:
    # A heading that ends with the month (its year before the colon or not), or opens with it
    # and its year, or spans its days with a spaced dash: the lines under it are the month's.
    text = f"{heading}\n- PLA aircraft detected around Taiwan: 321\n- PLAN ships detected: 86"
    assert facts_at(text, FEBRUARY_FIRST) == []


def test_a_daily_window_heading_still_dates_its_lines() -> None:
    # "24 hours to 6 a.m." is a day's window, not a range of a month's days.
    text = (
        "Taiwan MND, 24 hours to 6 a.m. Wednesday, Feb. 1:\n"
        "- PLA aircraft detected around Taiwan: 21\n"
        "- PLAN ships detected: 6"
    )
    assert facts_at(text, FEBRUARY_FIRST) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2023-02-01"),
        (21, "aircraft", "around Taiwan", "Taiwan", "2023-02-01"),
    ]
