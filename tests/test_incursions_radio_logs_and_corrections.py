"""Radio logs, corrections boxes, entertainment and money columns (the shapes of blind-101 to
blind-103): a day written beside a UTC clock is read on Taipei's clock; a piece of copy's figure
that the next sentence's source replaces is read as the source's; a later teller's clause is of
the day it writes, if only as its telling's; ships still inside as of a later day are that
day's, told in a relative clause or by "The two ships"; a clause of another country's craft and
a habit's "as it has every morning this year" are no scope of the counts. Written for these
tests; the real spaCy model and pipeline."""

from datetime import UTC, datetime

import pytest
from conftest import CI_EXAMPLES
from fact_invariants import assert_facts_keep_the_rules, mixes, read_facts
from hypothesis import given, settings
from incursion_helpers import facts_at

TUESDAY = datetime(2024, 3, 12, 4, 10, tzinfo=UTC)
AROUND = ("around Taiwan", "Taiwan")
TERRITORIAL = ("territorial waters", "Senkaku Islands")
CONTIGUOUS = ("contiguous zone", "Senkaku Islands")


@pytest.mark.parametrize(
    "window",
    [
        "(period to 0600 local, i.e. 2200Z yesterday)",
        "(to 06:00 Taipei time, which is 2200Z Monday)",
        "- the 24 hours to 2200 UTC on Monday -",
        "for the 24 hours ending 22:00 UTC yesterday",
    ],
)
def test_a_day_written_beside_a_utc_clock_is_read_on_taipeis_clock(window: str) -> None:
    text = (
        "Log\n\n"
        "0012Z 243.000 AM: ROCAF ground station repeating the warning, weak.\n\n"
        f"MND sheet as posted this morning {window}:\n"
        "PLA aircraft: 19\n"
        "PLAN vessels: 7\n"
        "Of the 19 aircraft, 12 crossed the median line.\n\n"
        "Note for newer members: the MND count is for the 24 h to 06:00 Taiwan time."
    )
    assert facts_at(text, TUESDAY) == [
        (7, "navy vessels", *AROUND, "2024-03-12"),
        (12, "aircraft", "median line", "Taiwan", "2024-03-12"),
        (19, "aircraft", *AROUND, "2024-03-12"),
    ]


def test_a_utc_clock_before_16_00_keeps_its_day() -> None:
    text = (
        "Taiwan's defence ministry said 14 Chinese military aircraft were detected around "
        "Taiwan on Monday, in a report posted at 0130Z Monday."
    )
    assert facts_at(text, TUESDAY) == [(14, "aircraft", *AROUND, "2024-03-11")]


@pytest.mark.parametrize(
    ("piece", "source"),
    [
        (
            "A report on Tuesday's Chinese military activity said",
            "The Ministry of National Defense's",
        ),
        ("An article on Wednesday said that", "The ministry's"),
        ("Our graphic on Thursday's front page gave", "The correct"),
    ],
)
def test_a_pieces_figure_a_corrections_box_replaces_is_read_as_the_right_one(
    piece: str, source: str
) -> None:
    text = (
        "Corrections and clarifications\n\n"
        f"{piece} 37 aircraft had been detected around Taiwan on Tuesday. {source} figure was "
        "27. Of those, 19 crossed the median line, as the report correctly said."
    )
    assert facts_at(text, datetime(2025, 7, 5, 1, 15, tzinfo=UTC)) == [
        (19, "aircraft", "median line", "Taiwan", "2025-07-01"),
        (27, "aircraft", *AROUND, "2025-07-01"),
    ]


def test_a_reports_figure_beside_another_measure_is_no_correction() -> None:
    text = (
        "The ministry's report said 12 of the aircraft crossed the median line on Tuesday. "
        "The total was 30, the most this month."
    )
    facts = facts_at(text, datetime(2025, 7, 2, 1, tzinfo=UTC))
    assert (12, "aircraft", "median line", "Taiwan", "2025-07-01") in facts


@pytest.mark.parametrize("joined", ["while", "and"])
def test_a_later_tellers_clause_is_of_the_day_of_its_telling(joined: str) -> None:
    text = (
        "The Japan Coast Guard reported four Chinese government ships in the contiguous zone "
        f"around the Senkaku Islands on Thursday, {joined} Taiwan's defence ministry said on "
        "Friday it had tracked 22 Chinese military aircraft around Taiwan, 16 of which crossed "
        "the median line."
    )
    assert facts_at(text, datetime(2024, 7, 19, 8, tzinfo=UTC)) == [
        (4, "official ships", *CONTIGUOUS, "2024-07-18"),
        (16, "aircraft", "median line", "Taiwan", "2024-07-19"),
        (22, "aircraft", *AROUND, "2024-07-19"),
    ]


def test_a_later_tellers_window_dates_the_counts_of_its_clause() -> None:
    text = (
        "On Sunday, four China Coast Guard ships were in the contiguous zone around the Senkaku "
        "Islands, Japan's coast guard said, and Taiwan's Ministry of National Defense reported "
        "26 Chinese military aircraft and nine navy vessels around Taiwan in the 24 hours to "
        "6 a.m. Tuesday."
    )
    assert facts_at(text, datetime(2026, 1, 27, 8, tzinfo=UTC)) == [
        (4, "official ships", *CONTIGUOUS, "2026-01-25"),
        (9, "navy vessels", *AROUND, "2026-01-27"),
        (26, "aircraft", *AROUND, "2026-01-27"),
    ]


def test_a_stay_told_in_a_relative_clause_before_another_days_clause_is_the_later_days() -> None:
    text = (
        "Three China Coast Guard ships that entered Japan's territorial waters near the Senkakus "
        "on Monday were still inside as of Tuesday morning, the Japan Coast Guard said, while on "
        "Sunday four Chinese government ships had been spotted in the contiguous zone."
    )
    assert facts_at(text, datetime(2025, 12, 2, 7, tzinfo=UTC)) == [
        (3, "official ships", *TERRITORIAL, "2025-12-02"),
        (4, "official ships", *CONTIGUOUS, "2025-11-30"),
    ]


@pytest.mark.parametrize("subject", ["The two ships", "These Chinese vessels", "The ships"])
def test_ships_pointed_back_at_and_still_inside_are_counted_where_they_stand(
    subject: str,
) -> None:
    text = (
        "Two China Coast Guard ships entered Japanese territorial waters near the Senkaku "
        "Islands on Monday and approached a fishing boat, the coast guard said. "
        f"{subject} were still in the waters off Minamikojima as of Tuesday morning, the "
        "headquarters said, and two more were sailing in the contiguous zone."
    )
    assert facts_at(text, datetime(2021, 2, 16, 6, tzinfo=UTC)) == [
        (2, "official ships", *CONTIGUOUS, "2021-02-16"),
        (2, "official ships", *TERRITORIAL, "2021-02-16"),
    ]


@pytest.mark.parametrize(
    "other",
    [
        "Japanese fighter jets were scrambled again this week",
        "US destroyers have sailed through the strait twice this month",
    ],
)
def test_a_clause_of_another_countrys_craft_is_no_scope_of_the_counts(other: str) -> None:
    text = (
        "On Thursday the Japan Coast Guard said four Chinese coast guard ships were in the "
        f"contiguous zone around the Senkaku Islands, and {other}."
    )
    assert facts_at(text, datetime(2025, 7, 10, 8, 40, tzinfo=UTC)) == [
        (4, "official ships", *CONTIGUOUS, "2025-07-10")
    ]


@pytest.mark.parametrize(
    "habit",
    ["as it has every morning this year", "as it has done on most days this month"],
)
def test_a_habit_the_report_keeps_is_no_period_of_its_counts(habit: str) -> None:
    text = (
        f"On Monday morning the Ministry of National Defense posted its daily chart {habit}: "
        "15 Chinese military aircraft, eight navy ships and one official ship around Taiwan "
        "in the previous 24 hours."
    )
    assert facts_at(text, datetime(2025, 12, 15, 3, tzinfo=UTC)) == [
        (1, "official ships", *AROUND, "2025-12-15"),
        (8, "navy vessels", *AROUND, "2025-12-15"),
        (15, "aircraft", *AROUND, "2025-12-15"),
    ]


def test_a_periods_sum_after_a_habit_is_still_a_sum() -> None:
    text = (
        "The ministry has posted its chart every morning, as it has since 2022. It counted "
        "more than 3,000 sorties around Taiwan this year."
    )
    assert facts_at(text, datetime(2025, 12, 15, 3, tzinfo=UTC)) == []


@pytest.mark.parametrize("window", ["(to 06:00)", "(to 6 a.m.)", "(0600 cut-off)"])
def test_a_days_line_with_its_windows_note_is_that_days(window: str) -> None:
    text = (
        "Weekend MND figures, copied for the logbook\n\n"
        "Our Monday round-up of Taiwan's defence ministry sheets.\n\n"
        f"Saturday {window}: 17 aircraft, 8 PLAN ships, 1 official ship.\n"
        f"Sunday {window}: 5 aircraft, 6 PLAN ships.\n"
        f"Monday {window}: 22 aircraft, 7 PLAN ships."
    )
    assert facts_at(text, datetime(2025, 3, 24, 3, tzinfo=UTC)) == [
        (1, "official ships", *AROUND, "2025-03-22"),
        (5, "aircraft", *AROUND, "2025-03-23"),
        (6, "navy vessels", *AROUND, "2025-03-23"),
        (7, "navy vessels", *AROUND, "2025-03-24"),
        (8, "navy vessels", *AROUND, "2025-03-22"),
        (17, "aircraft", *AROUND, "2025-03-22"),
        (22, "aircraft", *AROUND, "2025-03-24"),
    ]


@pytest.mark.parametrize(
    "share",
    [
        "Eight of them crossed the median line.",
        "Eight of the aircraft crossed the median line.",
    ],
)
def test_a_share_of_a_lists_line_does_not_end_the_list(share: str) -> None:
    text = (
        "DATA NOTE, Strait Tracker\n\n"
        "Today's row (24 h to 06:00, 20 Jan 2026):\n"
        f"PLA aircraft around Taiwan: 14. {share}\n"
        "PLAN ships: 6\n"
        "Official ships: 1\n\n"
        "Map consequences: drone tracks are drawn as dotted lines."
    )
    assert facts_at(text, datetime(2026, 1, 20, 2, 50, tzinfo=UTC)) == [
        (1, "official ships", *AROUND, "2026-01-20"),
        (6, "navy vessels", *AROUND, "2026-01-20"),
        (8, "aircraft", "median line", "Taiwan", "2026-01-20"),
        (14, "aircraft", *AROUND, "2026-01-20"),
    ]


@pytest.mark.parametrize("name", ["ML/ADIZ", "Crossed"])
def test_a_column_an_equals_sign_defines_reads_as_its_definition(name: str) -> None:
    text = (
        "Weekly table: MND daily rows\n\n"
        "Each row is one MND report of PLA activity around Taiwan (24 hours to 06:00 on the "
        "date shown). "
        f"{name} = aircraft that crossed the median line and entered the ADIZ.\n\n"
        f"date | aircraft | {name} | PLAN vessels\n"
        "Mon 15 Sep | 11 | 6 | 7\n"
        "Tue 16 Sep | 26 | 18 | 8\n"
    )
    facts = facts_at(text, datetime(2025, 9, 19, 8, tzinfo=UTC))
    assert (11, "aircraft", *AROUND, "2025-09-15") in facts
    assert (7, "navy vessels", *AROUND, "2025-09-15") in facts
    assert (6, "aircraft", "median line", "Taiwan", "2025-09-15") in facts
    assert (11, "aircraft", "median line", "Taiwan", "2025-09-15") not in facts


@pytest.mark.parametrize(
    "crossings", ["22 median-line crossings", "22 crossings of the median line"]
)
def test_crossings_counted_are_aircraft_that_crossed_the_median_line(crossings: str) -> None:
    text = (
        "On Monday, when the ministry reported 37 Chinese aircraft around Taiwan and "
        f"{crossings}, the sheet gained two rows instead of one."
    )
    assert facts_at(text, datetime(2023, 11, 3, 3, tzinfo=UTC)) == [
        (22, "aircraft", "median line", "Taiwan", "2023-10-30"),
        (37, "aircraft", *AROUND, "2023-10-30"),
    ]


def test_crossings_since_january_are_a_sum() -> None:
    text = (
        "By our count the ministry has logged well over 1,000 median-line crossings since "
        "January, and 24 aircraft crossed the median line on Tuesday."
    )
    assert facts_at(text, datetime(2024, 6, 1, 2, 30, tzinfo=UTC)) == [
        (24, "aircraft", "median line", "Taiwan", "2024-05-28")
    ]


@pytest.mark.parametrize(
    "contradicted",
    ["The story underneath said something else", "The ministry's release said otherwise"],
)
def test_a_quoted_headline_its_source_contradicts_gives_no_fact(contradicted: str) -> None:
    text = (
        "Readers' editor: the headline that merged two numbers\n\n"
        'Tuesday\'s front page told readers that "41 warplanes cross median line". '
        f"{contradicted}, and the story was right.\n\n"
        "The Ministry of National Defense's report on Tuesday said 41 aircraft of the PLA had "
        "been tracked around Taiwan in the preceding 24 hours, and that 24 of them had crossed "
        "the median line."
    )
    assert facts_at(text, datetime(2024, 6, 1, 2, 30, tzinfo=UTC)) == [
        (24, "aircraft", "median line", "Taiwan", "2024-05-28"),
        (41, "aircraft", *AROUND, "2024-05-28"),
    ]


@pytest.mark.parametrize(
    "comment",
    [
        "figures that would have led bulletins a year ago",
        "numbers that would have made headlines last year",
    ],
)
def test_a_dashed_comment_on_the_figures_is_no_scope_of_them(comment: str) -> None:
    text = (
        "The ministry in Taipei said on Thursday that 12 Chinese military aircraft and 7 ships "
        "had operated around Taiwan, eight of the aircraft crossing the median line - "
        f"{comment}."
    )
    assert facts_at(text, datetime(2022, 8, 26, 3, 40, tzinfo=UTC)) == [
        (7, "navy vessels", *AROUND, "2022-08-25"),
        (8, "aircraft", "median line", "Taiwan", "2022-08-25"),
        (12, "aircraft", *AROUND, "2022-08-25"),
    ]


@pytest.mark.parametrize("form", ["posted as an image", "published as a graphic"])
def test_a_report_posted_as_a_picture_still_counts_what_it_shows(form: str) -> None:
    text = (
        f"The ministry's Tuesday report, {form}, showed 26 PLA aircraft, 8 PLAN vessels and "
        "4 official ships around Taiwan."
    )
    assert facts_at(text, datetime(2025, 12, 9, 7, 30, tzinfo=UTC)) == [
        (4, "official ships", *AROUND, "2025-12-09"),
        (8, "navy vessels", *AROUND, "2025-12-09"),
        (26, "aircraft", *AROUND, "2025-12-09"),
    ]


def test_a_picture_that_shows_craft_is_still_no_count() -> None:
    text = "A ministry image posted on Tuesday showed two Chinese J-16 fighters over the strait."
    assert facts_at(text, datetime(2025, 12, 9, 7, 30, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    "total",
    [
        "248 PLA aircraft and 89 naval vessel-sightings around Taiwan",
        "248 PLA aircraft around the island",
    ],
)
def test_a_named_share_of_a_months_total_is_of_the_month(total: str) -> None:
    text = (
        "Monthly review: PLA activity around Taiwan, January 2025\n\n"
        f"In January 2025 Taiwan's Ministry of National Defense recorded {total}, of which "
        "154 aircraft entered the ADIZ."
    )
    assert facts_at(text, datetime(2025, 2, 3, tzinfo=UTC)) == []


def test_a_named_share_of_a_days_total_is_still_the_days() -> None:
    text = (
        "Taiwan's Ministry of National Defense said it tracked 24 PLA aircraft around Taiwan "
        "on Tuesday, of which 15 aircraft entered the ADIZ."
    )
    assert facts_at(text, datetime(2025, 6, 10, 3, tzinfo=UTC)) == [
        (15, "aircraft", "ADIZ", "Taiwan", "2025-06-10"),
        (24, "aircraft", *AROUND, "2025-06-10"),
    ]


@pytest.mark.parametrize(
    "text",
    ["12 aircraft crossed the median line. 1 and", "19 aircraft crossed the median line, 1 and",
     "Of the 19 aircraft, 12 crossed the median line. Official ships: 1 and"],
)  # fmt: skip
def test_a_text_cut_off_after_a_count_and_and_keeps_the_facts_before(text: str) -> None:
    """A feed's summary may stop mid-sentence; the figures before the cut are read all the
    same (the cut "1 and" once read past the end of the sentence and raised)."""
    assert facts_at(text, TUESDAY) == facts_at(text[: text.rindex("1 and")], TUESDAY)


# Pieces of the layouts above, to be cut up and put together in any order.
PIECES = [
    "Log", "0012Z 243.000 AM: ROCAF ground station repeating the warning, weak.",
    "PLA aircraft: 19", "PLAN vessels: 7", "Of the 19 aircraft, 12 crossed the median line",
    "(period to 0600 local, i.e. 2200Z yesterday)", "for the 24 hours ending 22:00 UTC yesterday",
    "Note for newer members: the MND count is for the 24 h to 06:00 Taiwan time",
    "Corrections and clarifications", "An article on Wednesday said that",
    "37 aircraft had been detected around Taiwan on Tuesday", "The correct figure was 27",
    "Of those, 19 crossed the median line, as the report correctly said",
    "The Japan Coast Guard reported four Chinese government ships in the contiguous zone",
    "Three China Coast Guard ships that entered Japan's territorial waters near the Senkakus "
    "on Monday were still inside as of Tuesday morning", "the Japan Coast Guard said",
    "Japanese fighter jets were scrambled again this week",
    "as it has every morning this year", "Eight of them crossed the median line",
    "Today's row (24 h to 06:00, 20 Jan 2026):", "Official ships: 1",
]  # fmt: skip


@settings(max_examples=CI_EXAMPLES // 4)
@given(mixes(PIECES))
def test_any_mix_of_logs_and_corrections_gives_facts_within_the_rules(text: str) -> None:
    assert_facts_keep_the_rules(text, read_facts(text, TUESDAY))
