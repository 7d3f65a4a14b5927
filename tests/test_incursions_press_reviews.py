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


THURSDAY_MORNING = datetime(2025, 4, 3, 0, 30, tzinfo=UTC)
FIRST_PAPER = (
    "The Liberty Times, quoting the defence ministry's report for the 24 hours to 6 a.m. "
    "Wednesday, counts 68 Chinese aircraft and 19 navy vessels around Taiwan."
)


@pytest.mark.parametrize(
    "second_paper",
    [
        "The China Times, citing military sources, says 74 aircraft were operating around "
        "Taiwan on Wednesday.",
        "UNITED DAILY NEWS: Uses a narrower window, reporting that the ministry detected 74 "
        "aircraft around Taiwan on Wednesday.",
        "The Taipei Times puts the count at 74 aircraft around Taiwan on Wednesday.",
    ],
)
def test_each_papers_figure_is_kept_when_papers_disagree(second_paper: str) -> None:
    facts = facts_at(f"{FIRST_PAPER}\n\n{second_paper}", THURSDAY_MORNING)
    assert (68, "aircraft", "around Taiwan", "Taiwan", "2025-04-02") in facts
    assert (74, "aircraft", "around Taiwan", "Taiwan", "2025-04-02") in facts


@pytest.mark.parametrize(
    "second",
    [
        "The ministry said 74 aircraft were operating around Taiwan on Wednesday.",  # no paper
        "The Liberty Times adds that 74 aircraft were operating around Taiwan on Wednesday.",
        "The China Times, citing military sources, also says 68 aircraft were operating around "
        "Taiwan on Wednesday.",  # the same figure is one fact
    ],
)
def test_one_figure_stands_unless_another_paper_gives_another(second: str) -> None:
    facts = facts_at(f"{FIRST_PAPER}\n\n{second}", THURSDAY_MORNING)
    assert [f for f in facts if f[1] == "aircraft"] == [
        (68, "aircraft", "around Taiwan", "Taiwan", "2025-04-02")
    ]


TUESDAY_MORNING = datetime(2021, 2, 9, 0, 30, tzinfo=UTC)


def test_a_paper_that_writes_no_figure_of_its_own_adds_none() -> None:
    text = (
        "TOKYO — Tuesday's Yomiuri Shimbun puts the Senkakus on page one: two China Coast Guard "
        "ships entered Japan's territorial waters on Monday.\n\nThe Sankei Shimbun puts the "
        "number of Chinese ships around the islands at four, counting two that stayed in the "
        "contiguous zone.\n\nThe Global Times says the China Coast Guard ships patrolled the "
        "territorial waters of the Diaoyu Islands."
    )
    assert facts_at(text, TUESDAY_MORNING) == [
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2021-02-08"),
        (2, "official ships", "territorial waters", "Senkaku Islands", "2021-02-08"),
    ]
