"""News recaps, corrections boxes, war-risk advisories and duty logs (the shapes of blind-90):
a viral post's figure that "No ministry said so" disowns gives no fact; the figure a
corrections box says "we said" is read as the agency's; a bullet closed by a part that had left
its zone adds no zone; "a daily report can say 30 aircraft" is an example; a log line opening on
"Includes" and a line of types adding up to the total before are breakdowns. Written for these
tests; the real spaCy model and pipeline."""

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


def test_a_pair_that_had_left_the_territorial_sea_closing_a_bullet_adds_no_zone() -> None:
    text = (
        "WEEKLY THREAT ADVISORY - EAST CHINA SEA | 08 JUN 2026\n\n"
        "• Two CCG ships that entered Japanese territorial waters around the Senkakus on "
        "Saturday morning left on Monday after roughly 60 hours, per the Japan Coast Guard.\n"
        "• As of noon Monday, four CCG ships were in the contiguous zone, including the pair "
        "that had just left the territorial sea."
    )
    assert facts_at(text, datetime(2026, 6, 8, 5, 0, tzinfo=UTC)) == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-06-06"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2026-06-08"),
    ]


def test_what_a_daily_report_can_say_is_an_example_not_a_count() -> None:
    text = (
        "UNDERWRITERS' PRIMER | 2 June 2025\n\n"
        'Clients keep asking why a daily report can say 30 aircraft "entered" something '
        "without anyone being shot at. Worked example: on Sunday the MND reported 11 Chinese aircraft "
        "around Taiwan."
    )
    assert facts_at(text, datetime(2025, 6, 2, 6, 0, tzinfo=UTC)) == [
        (11, "aircraft", "around Taiwan", "Taiwan", "2025-06-01")
    ]


@settings(max_examples=6, deadline=None)
@given(part=st.sampled_from(["4 drones", "three drones", "two Y-8s"]))
def test_a_log_line_that_opens_on_includes_is_a_breakdown(part: str) -> None:
    text = (
        "DUTY LOG - handover 15/10/25\n\n"
        "Taiwan MND, period ending 0600 each day:\n"
        f"- Wed 15 Oct: 30 aircraft, 11 ships. Includes {part} and a KJ-500.\n"
    )
    assert facts_at(text, datetime(2025, 10, 15, 2, 30, tzinfo=UTC)) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-10-15"),
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-10-15"),
    ]


@settings(max_examples=6, deadline=None)
@given(
    first=st.sampled_from(["Two J-16s", "2 J-16s", "Three J-10s"]),
    source=st.sampled_from(["", ", according to the ministry's map", ", per the MND"]),
)
def test_a_line_of_types_adding_up_to_the_total_before_is_its_breakdown(
    first: str, source: str
) -> None:
    count = 5 if first.startswith("Three") else 4
    text = (
        "TRUE-OR-FALSE ROUND | July 24, 2021\n\n"
        f"3. TRUE OR FALSE: On Thursday, {count} Chinese aircraft were reported in the ADIZ.\n"
        f"TRUE. {first} and two Su-30s{source}.\n"
    )
    assert facts_at(text, datetime(2021, 7, 24, 2, 0, tzinfo=UTC)) == [
        (count, "aircraft", "ADIZ", "Taiwan", "2021-07-22")
    ]
