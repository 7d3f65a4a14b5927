"""A day told in a clause about another event than the counts' ("a surge that began on
Monday", "the drills that ended on Monday") is that event's day, not the count's, when the
sentence gives the count a day of its own ("On Wednesday, the ministry reported"). Written for
these tests in the shapes of wire copy; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY_MORNING = datetime(2026, 2, 12, 8, 0, tzinfo=UTC)  # Thursday 12 February, in Taipei
LEDE = (
    "TAIPEI (Reuters) — Taiwan's defence ministry said 19 Chinese military aircraft were "
    "detected around the island in the 24 hours to 6 a.m. Thursday.\n\n"
)


@settings(max_examples=8, deadline=None)
@given(
    event=st.sampled_from(
        [
            "during a surge that began on Monday",
            "during a surge which began Monday",
            "in a deployment that started early on Monday",
            "as a carrier group's voyage that began on Monday went on",
            "during drills that ended on Monday",
            "during drills that began on Monday",
        ]
    )
)
def test_a_count_keeps_its_own_day_beside_the_day_another_event_began_or_ended(
    event: str,
) -> None:
    text = LEDE + f"On Wednesday, the ministry reported 44 aircraft and 11 navy ships {event}."
    assert facts_at(text, THURSDAY_MORNING) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2026-02-11"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2026-02-12"),
        (44, "aircraft", "around Taiwan", "Taiwan", "2026-02-11"),
    ]


def test_a_count_told_after_its_own_day_keeps_it_beside_an_events_start() -> None:
    text = LEDE + (
        "The ministry said on Wednesday it had tracked 44 aircraft and 11 navy ships around "
        "Taiwan in a deployment that started on Monday."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2026-02-11"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2026-02-12"),
        (44, "aircraft", "around Taiwan", "Taiwan", "2026-02-11"),
    ]


def test_an_events_end_that_is_the_only_day_written_stays_the_counts_day() -> None:
    # No day of the count's own: what it counted may well be the surge, which ended on Monday.
    text = (
        "TAIPEI — Taiwan's defence ministry said it tracked 44 Chinese aircraft around the "
        "island during a surge that ended on Monday."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (44, "aircraft", "around Taiwan", "Taiwan", "2026-02-09"),
    ]
