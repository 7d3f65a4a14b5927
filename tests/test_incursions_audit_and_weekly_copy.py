"""Incursion facts in the shapes of government audit reports' coverage and newsweekly copy
(blind-88): a coast guard's count closed by its teller before a clause of the year so far, and a
weekday's count whose noun is left out after the same verb counted craft with it."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.incursion_helpers import facts_at

THURSDAY = datetime(2025, 3, 27, 13, 0, tzinfo=UTC)
WEEKLY = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)  # a Thursday


@pytest.mark.parametrize(
    "next_clause",
    [
        "Chinese government ships have been seen there on 86 days so far this year",
        "30 Chinese ships have entered territorial waters there so far this year",
    ],
)
def test_a_count_its_teller_closed_is_no_part_of_the_years_tally_after_it(
    next_clause: str,
) -> None:
    """The year's clause names no day's fact, with or without a count of its own."""
    text = (
        "Pressure on both allies continued. Four China Coast Guard ships sailed in the "
        "contiguous zone around the Senkaku Islands on Thursday, the Japan Coast Guard said, "
        f"and {next_clause}."
    )
    assert facts_at(text, THURSDAY) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-27")
    ]


def test_a_weekdays_bare_count_after_the_same_verb_counts_the_craft_named_before() -> None:
    text = (
        "Chinese pressure has not let up. Last Thursday, January 8th, the ministry counted 19 "
        "aircraft; on Tuesday it counted 11, along with six ships."
    )
    assert facts_at(text, WEEKLY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2026-01-13"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2026-01-13"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2026-01-08"),
    ]


@given(
    st.sampled_from(["counted", "tracked", "logged", "reported"]),
    st.sampled_from(["Chinese aircraft", "PLA aircraft", "Chinese military aircraft"]),
    st.integers(2, 60),
    st.integers(2, 60),
)
def test_the_second_count_of_a_repeated_verb_is_of_the_same_craft(
    verb: str, noun: str, first: int, second: int
) -> None:
    """Any verb of counting, any way of naming the craft, any two figures: the figure after
    the verb's second use counts what the first counted, on its own day."""
    text = (
        f"Taiwan's defence ministry {verb} {first} {noun} around Taiwan on Monday; on Tuesday "
        f"it {verb} {second}."
    )
    facts = facts_at(text, WEEKLY)
    assert (second, "aircraft", "around Taiwan", "Taiwan", "2026-01-13") in facts
    assert (first, "aircraft", "around Taiwan", "Taiwan", "2026-01-12") in facts


@given(st.sampled_from(["so far this year", "since January", "this month"]), st.integers(2, 9))
def test_a_told_count_keeps_its_day_whatever_period_the_next_clause_names(
    period: str, ships: int
) -> None:
    text = (
        f"{ships} China Coast Guard ships sailed in the contiguous zone around the Senkaku "
        f"Islands on Thursday, the Japan Coast Guard said, and Chinese ships have been seen "
        f"there on 86 days {period}."
    )
    assert facts_at(text, THURSDAY) == [
        (ships, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-27")
    ]
