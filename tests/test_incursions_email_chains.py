"""Incursion facts in analysts' e-mail chains and news briefings: a reply that copies a report's
rows under the day alone ("7/14: 19 aircraft, 6 PLAN vessels, no official ships"), a look-back
line whose subject is the day ("Tue 10 Dec was 47 aircraft and 12 PLAN"), a figure the writer
disowns ("which is not an MND figure"), and an aggregator item's headline over its snippet."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.incursion_helpers import facts_at

JULY_16 = datetime(2025, 7, 16, 14, 20, tzinfo=UTC)
DEC_11 = datetime(2024, 12, 11, 0, 45, tzinfo=UTC)

ROWS_REPLY = """RE: Dataset QA -- rows 7/14 and 7/15

Thanks, fixed. Both rows now match the MND releases:

{first}: 19 aircraft, 6 PLAN vessels, no official ships.
{second}: 31 aircraft, 8 PLAN, 2 official ships. 22 crossed the median line and entered the ADIZ.

Rafael
"""


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [
            ("7/14", "7/15"),
            ("Mon 14 Jul", "Tue 15 Jul"),
            ("July 14", "July 15"),
            ("14 Jul", "15 Jul"),
        ]
    )
)
def test_a_replys_rows_headed_by_their_day_alone_are_the_ministrys_report_of_that_day(
    heads: tuple[str, str],
) -> None:
    # The rows name no zone and no ministry; the line before them names the ministry's
    # releases, so each count is the report's total around Taiwan, on the row's own day.
    text = ROWS_REPLY.format(first=heads[0], second=heads[1])
    assert facts_at(text, JULY_16) == [
        (2, "official ships", "around Taiwan", "Taiwan", "2025-07-15"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-07-14"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-07-15"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2025-07-14"),
        (22, "aircraft", "ADIZ", "Taiwan", "2025-07-15"),
        (22, "aircraft", "median line", "Taiwan", "2025-07-15"),
        (31, "aircraft", "around Taiwan", "Taiwan", "2025-07-15"),
    ]


def test_a_row_with_its_window_in_brackets_is_of_its_day() -> None:
    text = (
        "Taiwan's Ministry of National Defense has the figures up.\n\n"
        "Clean version for the chart:\n"
        "Thu 23 May (as of 5 p.m.): 49 aircraft, 19 navy ships; 35 aircraft across the median"
        " line.\n"
        "Fri 24 May (6 a.m. Thu to 6 a.m. Fri): 62 aircraft, 27 navy ships.\n"
    )
    assert facts_at(text, datetime(2024, 5, 24, 2, 15, tzinfo=UTC)) == [
        (19, "navy vessels", "around Taiwan", "Taiwan", "2024-05-23"),
        (27, "navy vessels", "around Taiwan", "Taiwan", "2024-05-24"),
        (35, "aircraft", "median line", "Taiwan", "2024-05-23"),
        (49, "aircraft", "around Taiwan", "Taiwan", "2024-05-23"),
        (62, "aircraft", "around Taiwan", "Taiwan", "2024-05-24"),
    ]


def test_rows_headed_by_a_day_in_a_text_that_names_no_ministry_are_no_report_around_taiwan() -> (
    None
):
    # A Senkaku tally by the Japan Coast Guard: the day-headed row is not Taiwan's report.
    text = (
        "Japan Coast Guard tally near the Senkaku Islands:\n\n"
        "3/9: 4 China Coast Guard ships in the contiguous zone.\n"
    )
    facts = facts_at(text, datetime(2026, 3, 10, 3, 0, tzinfo=UTC))
    assert all(zone != "around Taiwan" for _, _, zone, _, _ in facts)


TRACKER = """Subject: Daily PLA tracker -- Wed 11 Dec

MND (6am Tue - 6am Wed): 27 aircraft / 11 PLAN / 4 official ships. 19 aircraft into the ADIZ.
Look-back: {day} was 47 aircraft and 12 PLAN.

The naval build-up is still the bigger story -- the wires are counting around 90 ships across \
the region, which is not an MND figure, so please don't quote it as one.
"""


@settings(max_examples=3, deadline=None)
@given(st.sampled_from(["Tue 10 Dec", "Tuesday", "Tuesday, Dec. 10"]))
def test_a_look_back_whose_subject_is_the_day_is_that_days_report(day: str) -> None:
    # The wires' 90 ships are disowned as a report's figure: no fact.
    assert facts_at(TRACKER.format(day=day), DEC_11) == [
        (4, "official ships", "around Taiwan", "Taiwan", "2024-12-11"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2024-12-11"),
        (12, "navy vessels", "around Taiwan", "Taiwan", "2024-12-10"),
        (19, "aircraft", "ADIZ", "Taiwan", "2024-12-11"),
        (27, "aircraft", "around Taiwan", "Taiwan", "2024-12-11"),
        (47, "aircraft", "around Taiwan", "Taiwan", "2024-12-10"),
    ]


def test_a_day_as_subject_of_something_else_than_a_count_is_no_report() -> None:
    text = "MND tracked 27 aircraft around Taiwan. The weather on Tuesday was 47 degrees."
    assert facts_at(text, DEC_11) == [(27, "aircraft", "around Taiwan", "Taiwan", "2024-12-11")]


BRIEFING = """Evening Briefing

Apple News · Evening Briefing · Monday, January 24

{number}China flies 39 warplanes into Taiwan's air defence zone
The Guardian — Taiwan's air force scrambled jets on Sunday after 39 Chinese aircraft entered the \
southwestern corner of its air defence identification zone, the island's defence ministry said {end}

{number2}Tokyo reports record Covid cases as Omicron spreads
The Japan Times — …
"""


@settings(max_examples=4, deadline=None)
@given(st.booleans(), st.sampled_from(["…", "."]))
def test_an_aggregators_item_headline_is_of_the_day_its_snippet_tells(
    numbered: bool, end: str
) -> None:
    # The headline repeats its snippet's figure (rule 4), cut short with an ellipsis or not,
    # numbered or not: one fact, of Sunday, not of the briefing's Monday.
    text = BRIEFING.format(
        number="1. " if numbered else "", number2="2. " if numbered else "", end=end
    )
    assert facts_at(text, datetime(2022, 1, 24, 11, 0, tzinfo=UTC)) == [
        (39, "aircraft", "ADIZ", "Taiwan", "2022-01-23")
    ]


def test_a_numbered_count_line_over_a_sentence_that_does_not_repeat_it_keeps_its_count() -> None:
    # A numbered line of a report's list is no aggregator's headline: the sentence after it
    # tells another figure (Hypothesis found this shape), so the line's count stands.
    text = (
        "PLA activities around Taiwan\n\nPLA aircraft and vessels operating around Taiwan were "
        "detected from 6 a.m. Tuesday to 6 a.m. Wednesday.\n\n2. PLA aircraft detected: 7\n"
        " The busiest day this year was March 2, when it tracked 61 aircraft."
    )
    assert facts_at(text, datetime(2026, 3, 11, 9, 0, tzinfo=UTC)) == [
        (7, "aircraft", "around Taiwan", "Taiwan", "2026-03-11")
    ]
