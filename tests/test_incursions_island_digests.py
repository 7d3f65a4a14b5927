"""An island paper's digest and a reception's situation box: a day awaited after the counts
("..., ahead of the inauguration on May 20") is no day of theirs, and a box's bracketed part
with its own count ("PLA aircraft ........ 11 (entered ADIZ: 6)") is that zone's fact, not the
total's. Written for these tests in the shapes of the blind-84 community papers and protocol
copy; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

TUESDAY = datetime(2024, 5, 14, 6, 0, tzinfo=UTC)
EVENTS = ["President-elect Lai Ching-te's inauguration", "the Han Kuang drills", "the summit"]


@settings(max_examples=8, deadline=None)
@given(event=st.sampled_from(EVENTS), day=st.sampled_from(["May 20", "Friday", "June 2"]))
def test_a_day_awaited_after_the_counts_leaves_them_the_reports_day(event: str, day: str) -> None:
    text = (
        "FISHING — The fishery committee agreed on Friday to extend the night-time rules.\n\n"
        "TAIWAN — Taiwan's defense ministry counted 11 PLA aircraft and 6 ships around Taiwan "
        f"in the 24 hours to 6 a.m. Tuesday, ahead of {event} on {day}."
    )
    assert facts_at(text, TUESDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-05-14"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2024-05-14"),
    ]


def test_a_release_still_due_keeps_no_day() -> None:
    # The rule this sits beside: "Monday's is due" is a release to come, not a day counted.
    text = (
        "Sunday's MND release counted four PLA aircraft around Taiwan; Monday's is due "
        "around 1700 JST."
    )
    assert facts_at(text, TUESDAY) == [(4, "aircraft", "around Taiwan", "Taiwan", "2024-05-12")]


@settings(max_examples=8, deadline=None)
@given(total=st.integers(8, 40), share=st.integers(1, 7))
def test_a_bracketed_part_with_its_own_count_is_the_zones_fact(total: int, share: int) -> None:
    text = (
        "SITUATION BOX (Ministry of National Defense, 06:00 today)\n"
        f"PLA aircraft ........ {total} (entered ADIZ: {share})\n"
    )
    facts = facts_at(text, TUESDAY)
    assert (share, "aircraft", "ADIZ", "Taiwan", "2024-05-14") in facts
    assert (total, "aircraft", "ADIZ", "Taiwan", "2024-05-14") not in facts


@settings(max_examples=6, deadline=None)
@given(clock=st.sampled_from(["11:20 a.m.", "09:05", "3:40 p.m."]))
def test_a_note_telling_the_hour_keeps_the_bulletins_zone(clock: str) -> None:
    """A note's clock ("crossed median line northwest of Keelung at 11:20 a.m.") is no part
    count: the line is the balloon around Taiwan and across the median line."""
    text = (
        "Period: 0600 May 13 to 0600 May 14 (UTC+8)\n"
        "- PLA aircraft: 14 sorties\n"
        f"- Balloons: 1 (crossed median line northwest of Keelung at {clock} May 13, "
        "disappeared soon after)\n"
    )
    facts = facts_at(text, TUESDAY)
    assert (1, "balloons", "median line", "Taiwan", "2024-05-14") in facts
    assert (1, "balloons", "around Taiwan", "Taiwan", "2024-05-14") in facts


SATURDAY = datetime(2025, 2, 15, 2, 0, tzinfo=UTC)


@settings(max_examples=6, deadline=None)
@given(nil=st.sampled_from(["-", "–"]), leader=st.sampled_from([" .. ", " ...... "]))
def test_a_typed_weeks_table_with_a_zone_column_gives_each_days_facts(
    nil: str, leader: str
) -> None:
    text = (
        "Each line is the Ministry of National Defense morning report for that date (24 hours "
        'to 6 a.m.). "Into ADIZ" = PLA aircraft that entered Taiwan\'s ADIZ.\n\n'
        "DATE ........ AIRCRAFT / INTO ADIZ / SHIPS / BALLOONS\n"
        f"Mon 10 Feb{leader}12 / 7 / 6 / {nil}\n"
        f"Tue 11 Feb{leader}9 / 4 / 7 / 1\n"
        "WEEK ........ 21 / 11 / 13 / 1\n"
    )
    assert facts_at(text, SATURDAY) == [
        (1, "balloons", "around Taiwan", "Taiwan", "2025-02-11"),
        (4, "aircraft", "ADIZ", "Taiwan", "2025-02-11"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-02-10"),
        (7, "aircraft", "ADIZ", "Taiwan", "2025-02-10"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-02-11"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-02-11"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-02-10"),
    ]


def test_a_situation_box_stamped_with_the_ministrys_hour_counts_around_taiwan() -> None:
    text = (
        "SITUATION BOX (Ministry of National Defense, 06:00 today)\n"
        "PLA aircraft ........ 11 (entered ADIZ: 6)\n"
        "PLAN vessels ........ 6\n"
        "Official ships ...... 2\n"
    )
    assert facts_at(text, TUESDAY) == [
        (2, "official ships", "around Taiwan", "Taiwan", "2024-05-14"),
        (6, "aircraft", "ADIZ", "Taiwan", "2024-05-14"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-05-14"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2024-05-14"),
    ]


def test_an_aside_bracketed_after_the_full_stop_is_no_part_of_the_days_figures() -> None:
    text = (
        "LOOKING BACK\n"
        "Sun 19 — MND 06:00 report: 12 PLA aircraft, 7 PLAN vessels around Taiwan. (Week's "
        "total: 97 aircraft — the ministry's tally, not ours.)\n"
    )
    monday = datetime(2025, 10, 20, 1, 30, tzinfo=UTC)
    assert facts_at(text, monday) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-10-19"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-10-19"),
    ]


def test_a_run_of_days_counts_is_each_days_report() -> None:
    text = (
        "The week's numbers from the Ministry of National Defense were the talk of the "
        "terrace: Sunday, 14 PLA aircraft, of which 5 crossed the median line; Tuesday, 9 "
        "aircraft and 7 ships."
    )
    wednesday = datetime(2025, 4, 30, 3, 0, tzinfo=UTC)
    assert facts_at(text, wednesday) == [
        (5, "aircraft", "median line", "Taiwan", "2025-04-27"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-04-29"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-04-29"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-04-27"),
    ]


@settings(max_examples=6, deadline=None)
@given(modal=st.sampled_from(["may", "might", "can", "could"]))
def test_what_a_reader_may_see_on_any_day_is_no_sighting(modal: str) -> None:
    text = (
        "By 11, on a clear day, you "
        f"{modal} see the white hull of a China Coast Guard cutter sitting off Dongyin, at the "
        "edge of Matsu's restricted waters. On Monday two China Coast Guard ships entered "
        "Matsu's restricted waters, the CGA said."
    )
    assert facts_at(text, TUESDAY) == [
        (2, "official ships", "restricted waters", "Matsu", "2024-05-13")
    ]
