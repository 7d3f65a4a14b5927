"""Incursion facts in the shapes of an audit report's flattened table, a budget office's key
figures, a newsweekly's look back at the week, and a telling's own day (blind-88's second
round)."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tests.incursion_helpers import facts_at

HEARING = datetime(2025, 7, 17, 7, 0, tzinfo=UTC)  # a Thursday
WEEKLY_PRESS = datetime(2026, 3, 12, 17, 0, tzinfo=UTC)  # Thursday in London, Friday in Taipei


def test_a_flattened_tables_combined_zone_column_gives_one_fact_per_zone() -> None:
    text = (
        "Legislators quoted the MND's daily releases (activity around Taiwan, 24 hours to "
        "6 a.m. on each date):\n"
        "Mon 7/14 — PLA aircraft 18 | PLA Navy ships 7 | crossed median line / entered ADIZ 12\n"
        "Tue 7/15 — aircraft 10 | ships 5 | official ships 3 | crossed / entered 6\n"
        "Wed 7/16 — ships 9 (aircraft figure not yet released at press time)\n\n"
        "The minister said flight hours could not be budgeted like office supplies."
    )
    assert facts_at(text, HEARING) == [
        (3, "official ships", "around Taiwan", "Taiwan", "2025-07-15"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-15"),
        (6, "aircraft", "ADIZ", "Taiwan", "2025-07-15"),
        (6, "aircraft", "median line", "Taiwan", "2025-07-15"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-07-14"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-07-16"),
        (10, "aircraft", "around Taiwan", "Taiwan", "2025-07-15"),
        (12, "aircraft", "ADIZ", "Taiwan", "2025-07-14"),
        (12, "aircraft", "median line", "Taiwan", "2025-07-14"),
        (18, "aircraft", "around Taiwan", "Taiwan", "2025-07-14"),
    ]


@given(st.integers(5, 60), st.integers(2, 4), st.integers(2, 15))
def test_key_figures_that_write_their_period_in_the_label_count_their_craft(
    aircraft: int, entered: int, ships: int
) -> None:
    """Any figures: the window in the label is the count's day, and "same period" the line's
    before."""
    text = (
        "[KEY FIGURES]\n"
        f"• PLA aircraft around Taiwan, 24 hours to 6 a.m. Thursday: {aircraft}, with "
        f"{entered} entering the ADIZ\n"
        f"• PLA Navy vessels, same period: {ships}\n\n"
        "The Budget Center proposed freezing part of the drone budget."
    )
    assert facts_at(text, HEARING) == sorted(
        [
            (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-07-17"),
            (entered, "aircraft", "ADIZ", "Taiwan", "2025-07-17"),
            (ships, "navy vessels", "around Taiwan", "Taiwan", "2025-07-17"),
        ]
    )


def test_a_week_in_numbers_stamped_before_its_day_in_taipei_lists_the_past_weeks_days() -> None:
    text = (
        "THE WEEK IN NUMBERS\n\n"
        "The daily tallies from Taiwan's defence ministry:\n\n"
        "• Friday: 16 aircraft, seven ships.\n"
        "• Monday: 22 aircraft, of which 9 crossed the median line.\n"
        "• Wednesday: not yet published as we went to press.\n"
    )
    assert facts_at(text, WEEKLY_PRESS) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2026-03-06"),
        (9, "aircraft", "median line", "Taiwan", "2026-03-09"),
        (16, "aircraft", "around Taiwan", "Taiwan", "2026-03-06"),
        (22, "aircraft", "around Taiwan", "Taiwan", "2026-03-09"),
    ]


def test_a_week_in_review_stamped_on_its_day_in_taipei_keeps_that_days_report() -> None:
    text = "Week in review\n\n• Friday: 16 PLA aircraft around Taiwan.\n"
    friday_morning = datetime(2026, 3, 13, 3, 0, tzinfo=UTC)
    assert facts_at(text, friday_morning) == [
        (16, "aircraft", "around Taiwan", "Taiwan", "2026-03-13")
    ]


@given(st.sampled_from(["said", "announced", "reported"]), st.integers(2, 9))
def test_a_count_a_teller_told_on_a_day_is_of_that_day(verb: str, balloons: int) -> None:
    text = (
        "TAIPEI — The Control Yuan said on Wednesday it had opened a probe into balloon "
        f"tracking, after the Ministry of National Defense {verb} on Tuesday that {balloons} "
        "balloons had crossed the median line."
    )
    wednesday = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)
    assert facts_at(text, wednesday) == [
        (balloons, "balloons", "median line", "Taiwan", "2024-01-09")
    ]
