"""Diplomatic cables and threat-intelligence notes: telegraphic copy with numbered, marked
paragraphs ("1. (SBU) SUMMARY: ..."), a dotted table whose sub-row starts with a dash, a look
back at an earlier day's report named by its day, a month's roundup of summed daily reports,
and the words of a cyber desk ("subscribers of two carriers") beside the day's figures."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

CABLE = """UNCLAS AIT TAIPEI 000812

SUBJECT: PLA ACTIVITY SNAPSHOT -- THURSDAY 9 APRIL 2026

1. (U) Taiwan MND figures for the 24 hours ending 0600L 9 APR, from the ministry's graphic:

   PLA aircraft (total) ........................ 27
   -- crossed median line/entered ADIZ (N, SW) .. 17
   PLAN vessels ................................ 8

2. (SBU) For comparison, Tuesday 7 APR snapshot: 14 aircraft, 5 PLAN vessels.

3. (SBU) COMMENT: Post will report any change in the format. END COMMENT.
"""
THURSDAY = datetime(2026, 4, 9, 2, 0, tzinfo=UTC)


def test_a_cables_marked_paragraphs_table_and_look_back_are_read() -> None:
    # The paragraph's number and marking ("2. (SBU)") hide nothing; the dashed sub-row under
    # the total is its crossing; the look back names its day, within a week (rule 8).
    assert facts_at(CABLE, THURSDAY) == sorted(
        [
            (27, "aircraft", "around Taiwan", "Taiwan", "2026-04-09"),
            (17, "aircraft", "median line", "Taiwan", "2026-04-09"),
            (17, "aircraft", "ADIZ", "Taiwan", "2026-04-09"),
            (8, "navy vessels", "around Taiwan", "Taiwan", "2026-04-09"),
            (14, "aircraft", "around Taiwan", "Taiwan", "2026-04-07"),
            (5, "navy vessels", "around Taiwan", "Taiwan", "2026-04-07"),
        ]
    )


def test_a_flash_reports_window_opened_today_is_todays() -> None:
    text = (
        "FLASH SITREP -- AIT TAIPEI\n\n1. (SBU) At 1700L MND said that from 0900 today it had "
        "detected 18 PLA aircraft, of which 11 crossed the median line."
    )
    assert facts_at(text, THURSDAY) == [
        (11, "aircraft", "median line", "Taiwan", "2026-04-09"),
        (18, "aircraft", "around Taiwan", "Taiwan", "2026-04-09"),
    ]


def test_a_report_named_by_its_day_is_that_days() -> None:
    text = (
        "1. (SBU) MND said three PRC balloons crossed the median line in the 24 hours to "
        "0600 April 9.\n\n2. (SBU) MND's Tuesday (April 7) report had logged one balloon, "
        "north of Keelung."
    )
    assert facts_at(text, THURSDAY) == [
        (1, "balloons", "around Taiwan", "Taiwan", "2026-04-07"),
        (3, "balloons", "median line", "Taiwan", "2026-04-09"),
    ]


def test_a_lull_the_count_ended_adds_nothing_up() -> None:
    text = (
        "1. (C) SUMMARY: Taiwan's MND reported that on April 8 three J-16 fighters and one "
        "KJ-500 entered the southwestern corner of Taiwan's ADIZ, ending a four-day pause. "
        "END SUMMARY."
    )
    assert facts_at(text, THURSDAY) == [(4, "aircraft", "ADIZ", "Taiwan", "2026-04-08")]


def test_a_kind_among_all_the_forces_and_one_set_apart_are_read() -> None:
    text = (
        "MND's report counted three official ships among the forces operating around Taiwan, "
        "alongside 12 PLA aircraft. MND also tracked 4 drones around Taiwan, counted "
        "separately from the aircraft; 2 of them entered the southwestern ADIZ."
    )
    assert facts_at(text, THURSDAY) == [
        (2, "drones", "ADIZ", "Taiwan", "2026-04-09"),
        (3, "official ships", "around Taiwan", "Taiwan", "2026-04-09"),
        (4, "drones", "around Taiwan", "Taiwan", "2026-04-09"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2026-04-09"),
    ]


def test_a_logs_offset_names_its_own_day() -> None:
    text = (
        "• MND (report to 06:00 UTC+8 today): 9 PLA aircraft around Taiwan.\n"
        "• On Wednesday (8 Apr) MND logged 2 balloons crossing the median line."
    )
    assert facts_at(text, THURSDAY) == [
        (2, "balloons", "median line", "Taiwan", "2026-04-08"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2026-04-09"),
    ]


ROUNDUP = """MONTHLY THREAT BULLETIN — MARCH 2026

1. Kinetic indicators (source: Taiwan MND daily reports, summed)
- PLA aircraft detected around Taiwan: 344
- PLAN vessels: 210
- Official ships: 17

2. Cyber indicators
- Spoofed SMS alerts reached subscribers of at least two carriers.

On Tuesday, 31 March, MND counted 21 PLA aircraft around Taiwan.
"""


def test_a_roundup_of_summed_daily_reports_gives_only_its_days_report() -> None:
    # The month's sums are no day's figures (rule 5), and telephone carriers are no ships.
    published = datetime(2026, 4, 2, 1, 0, tzinfo=UTC)
    assert facts_at(ROUNDUP, published) == [
        (21, "aircraft", "around Taiwan", "Taiwan", "2026-03-31")
    ]


def test_a_record_of_the_drill_days_before_is_background() -> None:
    text = (
        "1. J2 briefed that Monday's drill encircled Taiwan. J2 noted the single-day total of "
        "153 aircraft that Taiwan reported for the drill is a record.\n\n2. AIT relayed MND's "
        "Thursday release: 27 PLA aircraft around Taiwan."
    )
    assert facts_at(text, THURSDAY) == [(27, "aircraft", "around Taiwan", "Taiwan", "2026-04-09")]


MARKINGS = ["U", "SBU", "C", "S", "S//NF", "U//FOUO", "C//REL"]


@settings(max_examples=20)
@given(
    st.integers(1, 19),
    st.sampled_from(MARKINGS),
    st.sampled_from(["", "SUMMARY: ", "Comment: "]),
    st.integers(2, 40),
)
def test_a_paragraphs_marking_never_changes_its_facts(
    number: int, marking: str, section: str, count: int
) -> None:
    paragraph = f"MND said it had detected {count} PLA aircraft around Taiwan on Wednesday."
    marked = f"SUBJECT: PLA ACTIVITY\n\n{number}. ({marking}) {section}{paragraph}"
    assert facts_at(marked, THURSDAY) == facts_at(paragraph, THURSDAY) != []


@given(st.sampled_from(["SUBJECT", "SUBJ", "Subject"]), st.integers(min_value=3, max_value=12))
def test_a_cables_subject_line_is_its_headline_and_counts_no_total_of_its_own(
    label: str, count: int
) -> None:
    # The subject line sums up the body ("MND DETAILS EIGHT AIRCRAFT" of the eight that entered
    # the ADIZ): read as a headline, its count without a zone is the body's, not a total around
    # Taiwan.
    parts = ["one J-16 fighter"] + ["two J-10 fighters"] * ((count - 1) // 2)
    parts += ["one Y-8 aircraft"] * ((count - 1) % 2)
    cable = (
        "C O N F I D E N T I A L AIT TAIPEI 001511\n\n"
        f"{label}: PLA ADIZ ENTRIES RESUME AFTER BRIEF LULL; MND DETAILS {count} AIRCRAFT\n\n"
        "1. (C) SUMMARY: Taiwan's MND reported that on November 8 "
        f"{', '.join(parts[:-1])} and {parts[-1]} entered the southwestern corner of Taiwan's "
        "ADIZ. END SUMMARY.\n"
    )
    published = datetime(2021, 11, 9, 7, 0, tzinfo=UTC)
    assert facts_at(cable, published) == [(count, "aircraft", "ADIZ", "Taiwan", "2021-11-08")]
