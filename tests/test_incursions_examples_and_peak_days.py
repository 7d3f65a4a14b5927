"""A condition's example ("if, for example, 30 aircraft are reported and 20 crossed the median
line") and a peak day the text does not date ("On the busiest single day the ministry counted
more than 100 aircraft") are no sightings, while a report's own count beside them stays.
Written for these tests in the shapes of the blind-70 explainers and worksheets; the real spaCy
model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

TUESDAY = datetime(2026, 2, 3, 8, 0, tzinfo=UTC)
DAY = "2026-02-03"
REPORT = "The MND tracked 14 PLA aircraft around Taiwan in the 24 hours to 6 a.m. on Tuesday."


@settings(max_examples=10, deadline=None)
@given(
    example=st.sampled_from(["for example", "for instance"]),
    total=st.sampled_from(["30", "thirty", "45"]),
)
def test_a_conditions_example_figures_are_no_sighting(example: str, total: str) -> None:
    text = (
        f"{REPORT}\n\nHow to read a daily report: if, {example}, {total} aircraft are reported "
        'and 20 "crossed the median line", most flew east of the line.'
    )
    assert facts_at(text, TUESDAY) == [(14, "aircraft", "around Taiwan", "Taiwan", DAY)]


def test_an_example_day_cited_without_a_condition_is_still_a_sighting() -> None:
    # "for example" alone cites a day that was seen: only a condition's example is invented.
    text = (
        "Activity rose this week. On Tuesday, for example, 45 PLA aircraft were tracked around "
        "Taiwan, the MND said."
    )
    assert facts_at(text, TUESDAY) == [(45, "aircraft", "around Taiwan", "Taiwan", DAY)]


@settings(max_examples=12, deadline=None)
@given(
    opening=st.sampled_from(["On the busiest single day", "On the busiest day", "The highest day"]),
    count=st.sampled_from(["more than 100", "71", "sixty"]),
)
def test_an_undated_peak_day_gives_no_fact(opening: str, count: str) -> None:
    verb = "saw" if opening.startswith("The") else "the ministry counted"
    text = f"{REPORT} December was busier. {opening} {verb} {count} PLA aircraft around Taiwan."
    assert facts_at(text, TUESDAY) == [(14, "aircraft", "around Taiwan", "Taiwan", DAY)]


def test_the_latest_day_is_no_peak() -> None:
    # "the latest day" is the newest report, no record: its count stands.
    text = "On the latest day of the drills, the MND counted 33 PLA aircraft around Taiwan."
    assert facts_at(text, TUESDAY) == [(33, "aircraft", "around Taiwan", "Taiwan", DAY)]


@settings(max_examples=8, deadline=None)
@given(label=st.sampled_from(["Quietest:", "Calmest:", "Busiest:", "The quietest day was"]))
def test_a_month_roll_ups_extreme_day_leaves_its_last_days_report(label: str) -> None:
    text = (
        "Our roll-up of the ministry's January releases.\n\nAircraft around Taiwan: 388 across "
        f"the month. {label} Jan. 4, with just two aircraft.\n\nThe month ended with 16 PLA "
        "aircraft and six vessels on Saturday, Jan. 31, and nine of those aircraft crossed the "
        "median line."
    )
    assert facts_at(text, datetime(2026, 2, 1, 2, 0, tzinfo=UTC)) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2026-01-31"),
        (9, "aircraft", "median line", "Taiwan", "2026-01-31"),
        (16, "aircraft", "around Taiwan", "Taiwan", "2026-01-31"),
    ]
