"""Briefs that restate each release they draw on by the day it covers ("The release for Monday,
June 3, listed 9 aircraft"), stays still going on the day a report is told as of (rule 9),
whether one sentence tells the entry and the stay (also through a relative clause: "ships that
entered ... were still inside") or the next sentence opens with its "as of",
and one coast guard ship stressed as "a single" ship."""

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")
TERRITORIAL = ("territorial waters", "Senkaku Islands")


def test_a_release_named_by_its_day_gives_that_days_figures() -> None:
    text = (
        "Update, June 4, 2024: MND's release for Tuesday, June 4, listed 22 PLA aircraft and 8"
        " PLAN ships around Taiwan. The release for Monday, June 3, listed 9 aircraft and 6"
        " ships. Figures for the drills of May 23-24 are discussed in the main text."
    )
    assert facts_at(text, datetime(2024, 6, 4, 16, tzinfo=UTC)) == sorted(
        [
            (22, "aircraft", *AROUND, "2024-06-04"),
            (8, "navy vessels", *AROUND, "2024-06-04"),
            (9, "aircraft", *AROUND, "2024-06-03"),
            (6, "navy vessels", *AROUND, "2024-06-03"),
        ]
    )


def test_a_stay_told_in_the_sentence_of_its_entry_is_counted_where_it_stands() -> None:
    text = (
        "According to the Japan Coast Guard, two China Coast Guard vessels entered Japanese"
        " territorial waters around the Senkaku Islands on Sunday, November 16, and had not"
        " left as of 10 a.m. on Wednesday, November 19, one of the longest intrusions on record."
    )
    assert facts_at(text, datetime(2025, 11, 19, 20, tzinfo=UTC)) == [
        (2, "official ships", *TERRITORIAL, "2025-11-19")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two China Coast Guard ships that entered Japanese territorial waters off Uotsuri Island"
        " at about 4:50 a.m. on Wednesday were still inside as of 10 a.m. Thursday, the Japan"
        " Coast Guard said.",
        "Two China Coast Guard ships, which entered Japanese territorial waters near the Senkaku"
        " Islands at 5 a.m. on Wednesday, were still there as of noon Thursday.",
    ],
)
def test_a_stay_of_ships_a_relative_clause_tells_is_counted_where_it_stands(text: str) -> None:
    assert facts_at(text, datetime(2026, 3, 19, 2, 30, tzinfo=UTC)) == [
        (2, "official ships", *TERRITORIAL, "2026-03-19")
    ]


def test_a_stay_that_ended_is_still_the_day_it_began() -> None:
    text = (
        "Two China Coast Guard vessels entered Japanese territorial waters around the Senkaku"
        " Islands on Sunday, November 16, and left on Wednesday, November 19."
    )
    assert facts_at(text, datetime(2025, 11, 19, 20, tzinfo=UTC)) == [
        (2, "official ships", *TERRITORIAL, "2025-11-16")
    ]


@settings(max_examples=8, deadline=None)
@given(st.integers(2, 5), st.sampled_from(["noon", "9 a.m.", "10 a.m."]))
def test_a_sentence_opening_with_as_of_tells_the_stay_on_that_day(count: int, time: str) -> None:
    """ "As of noon Thursday they were still inside": the stay is Thursday's, not Wednesday's."""
    text = (
        f"- {count} China Coast Guard vessels intruded into Japanese territorial waters off the"
        f" Senkaku Islands on Wednesday morning.\n"
        f"As of {time} Thursday they were still inside, and patrol boats were shadowing them.\n"
    )
    assert facts_at(text, datetime(2025, 6, 19, 5, tzinfo=UTC)) == [
        (count, "official ships", *TERRITORIAL, "2025-06-19")
    ]


def test_a_single_coast_guard_ship_is_one() -> None:
    text = (
        "On Tuesday morning, the CGA said, two China Coast Guard vessels entered the restricted"
        " waters off Dongyin. On Sunday a single Chinese coast guard ship had sailed into the"
        " prohibited waters near Nangan, for about ninety minutes."
    )
    assert facts_at(text, datetime(2024, 11, 20, 8, tzinfo=UTC)) == sorted(
        [
            (2, "official ships", "restricted waters", "Matsu", "2024-11-19"),
            (1, "official ships", "restricted waters", "Matsu", "2024-11-17"),
        ]
    )
