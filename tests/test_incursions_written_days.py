"""Incursion facts in a speech's transcript or a letter carried by a newsletter: the text dates
when it was delivered or written ("Delivered Thursday, April 9, 2026", "wrote on Wednesday,
May 20:"), and the speaker's "this morning" is of that day, not of the day the newsletter was
posted. An analyst charting the figure on the posting day would shift it by a day or more."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 4, 10, 13, 0, tzinfo=UTC)  # Friday the 10th in Taipei
WEEKDAYS = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@given(st.integers(min_value=4, max_value=10), st.integers(min_value=2, max_value=40))
def test_this_morning_in_a_transcript_is_the_day_it_was_delivered(day: int, count: int) -> None:
    text = (
        "NAVAL ACADEMY FOREIGN AFFAIRS CONFERENCE\n"
        f"Delivered {WEEKDAYS[day - 4]}, April {day}, 2026, Alumni Hall\n\n"
        f"This morning Taiwan's Ministry of National Defense reported {count} PLA aircraft "
        "operating around Taiwan."
    )
    assert facts(text) == [(count, "aircraft", "around Taiwan", "Taiwan", f"2026-04-{day:02}")]


def test_today_in_a_letter_is_the_day_it_was_written() -> None:
    text = (
        'Shipmates,\n\nCDR Jenna Kowalczyk wrote on Wednesday, April 8: "Just back from a '
        "Taiwan Strait transit. On Tuesday Taiwan's MND said the PLA ran a patrol with 45 "
        "aircraft. Today's report is calmer: 11 aircraft and 9 ships.\""
    )
    assert facts(text) == sorted([
        (45, "aircraft", "around Taiwan", "Taiwan", "2026-04-07"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2026-04-08"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2026-04-08"),
    ])  # fmt: skip


def test_a_date_whose_weekday_is_wrong_dates_nothing() -> None:
    # April 8 is a Wednesday: a date at odds with its weekday is no dating of the letter, and
    # "today" stays the day the newsletter was posted.
    text = (
        'She wrote on Monday, April 8: "This morning the ministry reported 11 PLA aircraft '
        'around Taiwan."'
    )
    assert facts(text) == [(11, "aircraft", "around Taiwan", "Taiwan", "2026-04-10")]
