"""Days that belong to one part of a sentence only: a later teller's clause ("..., and the coast
guard said two ships entered ... on Wednesday") dates its own counts, not the ministry's before
it; a day-before phrase set off after a written date ("On 11 September 2025, the day
before this section was last updated, ...") tells what the date was, and moves no count off it;
and the day an event began ("as part of the drills it launched on Monday") is not its counts'.
Written for these tests in the shapes of the blind-53 and blind-55 passages; the real spaCy
model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY_MORNING = datetime(2026, 2, 12, 8, 0, tzinfo=UTC)  # Thursday 12 February, in Taipei


def test_a_later_tellers_day_dates_only_that_tellers_counts() -> None:
    text = (
        "TAIPEI (CNA) — The Cabinet on Thursday approved new export curbs.\n\n"
        "The Defense Ministry said 15 Chinese aircraft and five ships had been detected around "
        "Taiwan as of 6 a.m., and the coast guard said two China Coast Guard ships had briefly "
        "entered Kinmen's restricted waters on Wednesday."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (2, "official ships", "restricted waters", "Kinmen", "2026-02-11"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2026-02-12"),
        (15, "aircraft", "around Taiwan", "Taiwan", "2026-02-12"),
    ]


def test_one_tellers_day_at_the_end_still_dates_all_its_counts() -> None:
    # No second teller: the day written at the end is the day of every count.
    text = (
        "The Defense Ministry said 15 Chinese aircraft and five ships were detected around "
        "Taiwan on Wednesday."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (5, "navy vessels", "around Taiwan", "Taiwan", "2026-02-11"),
        (15, "aircraft", "around Taiwan", "Taiwan", "2026-02-11"),
    ]


@settings(max_examples=12, deadline=None)
@given(
    teller=st.sampled_from(["the coast guard", "the Coast Guard Administration", "the CGA"]),
    joining=st.sampled_from(["and", "while"]),
    weekday=st.sampled_from([("Monday", "2026-02-09"), ("Tuesday", "2026-02-10")]),
)
def test_any_second_teller_keeps_its_day_to_itself(
    teller: str, joining: str, weekday: tuple[str, str]
) -> None:
    name, day = weekday
    text = (
        "The Cabinet on Thursday approved new export curbs. The Defense Ministry said 15 Chinese "
        f"aircraft had been detected around Taiwan as of 6 a.m., {joining} {teller} said two "
        f"China Coast Guard ships had entered Kinmen's restricted waters on {name}."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (2, "official ships", "restricted waters", "Kinmen", day),
        (15, "aircraft", "around Taiwan", "Taiwan", "2026-02-12"),
    ]


def test_a_day_before_phrase_after_a_date_describes_the_date() -> None:
    text = (
        "On 11 September 2025, the day before this section was last updated, the ministry said "
        "30 Chinese aircraft and seven naval vessels had been detected around Taiwan, 20 of the "
        "aircraft entering the ADIZ."
    )
    assert facts_at(text, datetime(2025, 9, 12, 6, 0, tzinfo=UTC)) == [
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-09-11"),
        (20, "aircraft", "ADIZ", "Taiwan", "2025-09-11"),
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-09-11"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    date=st.sampled_from(["11 September 2025", "September 11", "Sept. 11, 2025", "11 September"]),
    phrase=st.sampled_from(["the day before the vote", "a day earlier than the drills began"]),
)
def test_any_day_before_phrase_set_off_after_a_date_keeps_the_date(date: str, phrase: str) -> None:
    text = (
        f"On {date}, {phrase}, the ministry said 30 Chinese aircraft were detected around Taiwan."
    )
    assert facts_at(text, datetime(2025, 9, 12, 6, 0, tzinfo=UTC)) == [
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-09-11"),
    ]


def test_a_day_before_phrase_without_a_date_still_recalls_the_day_before() -> None:
    text = "The day before, the ministry had said 30 Chinese aircraft were detected around Taiwan."
    assert facts_at(text, datetime(2025, 9, 12, 6, 0, tzinfo=UTC)) == [
        (30, "aircraft", "around Taiwan", "Taiwan", "2025-09-11"),
    ]


@given(more=st.sampled_from(["two more", "two more CCG ships"]))
def test_more_ships_joined_by_while_are_of_the_day_of_the_clause_before(more: str) -> None:
    # "said on Thursday" dates the telling; the ships of both clauses came on Wednesday.
    text = (
        "TAIPEI — Taiwan's Coast Guard Administration said on Thursday that three China Coast "
        f"Guard ships entered restricted waters off Kinmen on Wednesday, while {more} sailed "
        "into prohibited waters near Dongyin in the Matsu islands."
    )
    published = datetime(2025, 2, 27, 9, 0, tzinfo=UTC)  # a Thursday
    assert facts_at(text, published) == [
        (2, "official ships", "restricted waters", "Matsu", "2025-02-26"),
        (3, "official ships", "restricted waters", "Kinmen", "2025-02-26"),
    ]


@settings(max_examples=6, deadline=None)
@given(
    event=st.sampled_from(
        [
            "the drills it launched on Tuesday",
            "the exercises that began on Tuesday",
            "the live-fire drills Beijing announced on Tuesday",
        ]
    )
)
def test_the_day_an_event_began_is_not_the_day_of_a_count_told_in_it(event: str) -> None:
    text = (
        "PINGTAN, Fujian — Tourists on the shore saw trails of rockets climbing east shortly "
        "after noon on Thursday.\n\nThe Eastern Theater Command said later that the PLA Rocket "
        f"Force had fired seven ballistic missiles into waters around Taiwan as part of {event}."
    )
    assert facts_at(text, THURSDAY_MORNING) == [
        (7, "missiles", "around Taiwan", "Taiwan", "2026-02-12")
    ]
