"""Newsletters and corrections boxes that take a figure back in the next sentence: a viral
post's figure that "No ministry said so" disowns gives no fact, and the figure a corrections box
says "we said" is read as the one the agency gave. Written for these tests (the shapes of
blind-90); the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

SATURDAY = datetime(2023, 10, 21, 3, 0, tzinfo=UTC)
CORRECTIONS_DAY = datetime(2025, 5, 17, 5, 0, tzinfo=UTC)


def test_a_viral_posts_figure_that_no_ministry_gave_is_no_fact() -> None:
    text = (
        "WEEK IN REVIEW\n\n"
        "In the 24 hours to 6 a.m. Thursday, Taiwan's Ministry of National Defense reported 18 "
        "PLA aircraft around Taiwan.\n\n"
        "The one that didn't matter: a viral post claiming 70 Chinese warplanes crossed the "
        "median line on Monday. No ministry said so. It was a screenshot from September."
    )
    assert facts_at(text, SATURDAY) == [(18, "aircraft", "around Taiwan", "Taiwan", "2023-10-19")]


@settings(max_examples=8, deadline=None)
@given(
    wrong=st.sampled_from(["five", "six", "seven", "eight"]),
    right=st.sampled_from(["two", "three", "four"]),
    agency=st.sampled_from(["The Coast Guard Administration's", "The CGA's", "The agency's"]),
)
def test_the_figure_we_said_is_read_as_the_agencys(wrong: str, right: str, agency: str) -> None:
    text = (
        "CORRECTIONS | May 17, 2025\n\n"
        f"In Wednesday's quiz we said {wrong} China Coast Guard ships entered Kinmen's "
        f"restricted waters on Tuesday. {agency} figure was {right}; the other ships stayed "
        "outside the line. The answer has been changed online."
    )
    count = ["two", "three", "four"].index(right) + 2
    assert facts_at(text, CORRECTIONS_DAY) == [
        (count, "official ships", "restricted waters", "Kinmen", "2025-05-13")
    ]
