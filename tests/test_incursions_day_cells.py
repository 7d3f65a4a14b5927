"""A weekly table flattened into one line of a scanned page ("Tue 16 aircraft 6 ships | Wed 9
aircraft 5 ships | ... | Sat 13 aircraft 4 ships"): each cell is its weekday's report, the
abbreviation read as the day it labels (rule 8). Written for these tests in the shape of the
blind-60 weekly page; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

SUNDAY = datetime(2026, 1, 18, 0, 0, tzinfo=UTC)
LEAD = (
    "On Tuesday, the Ministry of National Defense reported 16 Chinese military aircraft and "
    "six navy vessels in the 24 hours to 6am; none crossed the median line.\n\nTABLE\n"
)
TUESDAYS = [
    (6, "navy vessels", "around Taiwan", "Taiwan", "2026-01-13"),
    (16, "aircraft", "around Taiwan", "Taiwan", "2026-01-13"),
]


def test_each_cell_of_a_flattened_week_is_its_days_report() -> None:
    text = (
        LEAD
        + "Tue  16 aircraft  6 ships | Wed  9 aircraft  5 ships | Fri  — | Sat  13 aircraft  4 ships"
    )
    assert facts_at(text, SUNDAY) == sorted(
        [
            *TUESDAYS,
            (5, "navy vessels", "around Taiwan", "Taiwan", "2026-01-14"),
            (9, "aircraft", "around Taiwan", "Taiwan", "2026-01-14"),
            (4, "navy vessels", "around Taiwan", "Taiwan", "2026-01-17"),
            (13, "aircraft", "around Taiwan", "Taiwan", "2026-01-17"),
        ]
    )


def test_an_abbreviation_inside_a_sentence_is_no_day() -> None:
    text = LEAD.replace("TABLE\n", "") + "The Sun 9 aircraft story ran on page two."
    assert facts_at(text, SUNDAY) == TUESDAYS


# the cells after Tuesday's, as a week's table runs
_DAYS = {"Fri": "2026-01-16", "Wed": "2026-01-14", "Thu": "2026-01-15", "Sat": "2026-01-17"}


@settings(max_examples=8, deadline=None)
@given(label=st.sampled_from(sorted(_DAYS)), count=st.integers(2, 60))
def test_any_weekday_label_dates_its_cell(label: str, count: int) -> None:
    text = LEAD + f"Tue  16 aircraft  6 ships | {label}  {count} aircraft"
    facts = facts_at(text, SUNDAY)
    assert (count, "aircraft", "around Taiwan", "Taiwan", _DAYS[label]) in facts
