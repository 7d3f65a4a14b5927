"""A press review's day of the papers is the day they came out, not the day of the figures
they report: "Tuesday's Yomiuri Shimbun puts the Senkakus on page one: two China Coast Guard
ships entered Japan's territorial waters on Monday" is Monday's fact, and so is "The Liberty
Times leads Wednesday's front page with the ministry's report: 21 aircraft ... in the 24 hours
to 6 a.m. Tuesday" Tuesday's. Written for these tests in the shapes of the blind-92 morning
press reviews; the real spaCy model and pipeline."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import facts_at

WEDNESDAY_MORNING = datetime(2024, 6, 19, 0, 30, tzinfo=UTC)  # 8:30 a.m. Wednesday in Taipei
TUESDAY = "2024-06-18"


@pytest.mark.parametrize(
    "edition",
    [
        "Wednesday's Liberty Times leads with the coast guard's report that",
        "The Liberty Times leads Wednesday with the coast guard's report that",
        "The Liberty Times leads its Wednesday edition with the coast guard's report that",
        "Wednesday's papers lead with the coast guard's report that",
        "The Liberty Times puts Kinmen on its front page on Wednesday, reporting that",
        "Taiwan's Wednesday papers all carry the coast guard's report that",
    ],
)
def test_the_day_of_an_edition_dates_no_count(edition: str) -> None:
    text = (
        f"TAIPEI — {edition} four China Coast Guard ships entered the restricted waters off "
        "Kinmen at around 2 p.m. on Tuesday before leaving two hours later."
    )
    assert facts_at(text, WEDNESDAY_MORNING) == [
        (4, "official ships", "restricted waters", "Kinmen", TUESDAY)
    ]


@pytest.mark.parametrize(
    "edition",
    [
        "The Liberty Times leads Wednesday's front page with the ministry's latest report:",
        "Wednesday's Taipei Times runs the ministry's latest report on page 3:",
        "The Sankei Shimbun is the only daily to put Taiwan on its front page on Wednesday, "
        "reporting that",
    ],
)
def test_a_window_the_paper_reports_dates_its_counts(edition: str) -> None:
    text = (
        f"{edition} 21 Chinese military aircraft and eight navy vessels were tracked around "
        "Taiwan in the 24 hours to 6 a.m. Tuesday, and 13 of the aircraft crossed the median "
        "line."
    )
    assert facts_at(text, WEDNESDAY_MORNING) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", TUESDAY),
        (13, "aircraft", "median line", "Taiwan", TUESDAY),
        (21, "aircraft", "around Taiwan", "Taiwan", TUESDAY),
    ]


@pytest.mark.parametrize(
    "report",
    [
        "Wednesday's report counted 21 Chinese aircraft around Taiwan.",
        "The ministry's daily report on Wednesday counted 21 Chinese aircraft around Taiwan.",
        "On Wednesday the ministry led the count with 21 Chinese aircraft around Taiwan.",
    ],
)
def test_a_reports_own_day_still_dates_its_counts(report: str) -> None:
    assert facts_at(report, WEDNESDAY_MORNING) == [
        (21, "aircraft", "around Taiwan", "Taiwan", "2024-06-19")
    ]
