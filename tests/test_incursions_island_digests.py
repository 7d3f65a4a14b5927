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
