"""Counts told in prose that points back: a sentence of its own that compares the count before
with another day's ("That was up from two on Friday"), a weekday compared back, an emphatic
"did report" after a day with no aircraft, a verbless opening line that is a broadcast's
headline, and a situation report's "Ref" line for an earlier day under the day's own lines."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

AROUND = ("around Taiwan", "Taiwan")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_a_count_compared_back_takes_the_craft_and_zone_of_the_sentence_before() -> None:
    text = (
        "On Wednesday, Taiwan's defence ministry said, 17 Chinese military aircraft entered the "
        "island's air defence identification zone. That was up from just three on Monday. "
        "Analysts put the rise down to the end of the holiday."
    )
    assert facts_at(text, datetime(2025, 3, 13, 9, tzinfo=UTC)) == sorted(
        [
            (17, "aircraft", "ADIZ", "Taiwan", "2025-03-12"),
            (3, "aircraft", "ADIZ", "Taiwan", "2025-03-10"),
        ]
    )


@settings(max_examples=6, deadline=None)
@given(st.integers(2, 6), st.integers(11, 40), st.integers(1, 9))
def test_a_weekday_compared_back_is_before_the_day_it_is_compared_with(
    back: int, count: int, before: int
) -> None:
    # Published late on a Thursday (UTC): it is Friday in Taipei, and a weekday compared back
    # from Tuesday's count is of the week before that Tuesday, never after it.
    tuesday = datetime(2021, 3, 9, tzinfo=UTC).date()
    compared = WEEKDAYS[(1 - back) % 7]
    text = (
        f"On Tuesday, Taiwan's defence ministry said, {count} Chinese military aircraft entered "
        f"the island's ADIZ. That was up from {before} on {compared}."
    )
    facts = facts_at(text, datetime(2021, 3, 11, 17, tzinfo=UTC))
    days = {fact[4] for fact in facts if fact[0] == before}
    assert days and all(day < tuesday.isoformat() for day in days)


def test_an_emphatic_report_after_a_day_with_no_aircraft_counts_its_ships() -> None:
    text = (
        "Weekend notes\n\n"
        "The ministry reported no Chinese aircraft at all around the island on Sunday. "
        "It did report six ships and one drone, which loitered east of Hualien."
    )
    assert facts_at(text, datetime(2024, 8, 27, 3, tzinfo=UTC)) == sorted(
        [(6, "navy vessels", *AROUND, "2024-08-25"), (1, "drones", *AROUND, "2024-08-25")]
    )


def test_a_verbless_opening_line_is_a_headline_with_no_count_of_its_own() -> None:
    text = (
        "RADIO NEWS - TUESDAY - 7 A.M.\n\n"
        "Another Chinese balloon over the Taiwan Strait. The Ministry of National Defense says "
        "one balloon crossed the median line west of Hsinchu overnight.\n\n"
        "The ministry also reported 11 PLA aircraft and six navy ships around Taiwan in the "
        "twenty-four hours to six this morning."
    )
    assert facts_at(text, datetime(2024, 2, 6, tzinfo=UTC)) == sorted(
        [
            (1, "balloons", "median line", "Taiwan", "2024-02-06"),
            (11, "aircraft", *AROUND, "2024-02-06"),
            (6, "navy vessels", *AROUND, "2024-02-06"),
        ]
    )


def test_a_ref_line_under_the_days_lines_is_the_earlier_days_entry() -> None:
    text = (
        "SITREP 20 MAR 2025 / 0900 TPE\n"
        "Source: ROC MND, activity around Taiwan, 24 h to 0600 local\n\n"
        "- PLA aircraft: 16 (ADIZ: 9)\n"
        "- PLAN: 7\n"
        "- Ref 17 MAR (Mon): 41 aircraft / 30 in ADIZ, joint combat readiness patrol\n"
    )
    assert facts_at(text, datetime(2025, 3, 20, 1, tzinfo=UTC)) == sorted(
        [
            (16, "aircraft", *AROUND, "2025-03-20"),
            (9, "aircraft", "ADIZ", "Taiwan", "2025-03-20"),
            (7, "navy vessels", *AROUND, "2025-03-20"),
            (41, "aircraft", *AROUND, "2025-03-17"),
            (30, "aircraft", "ADIZ", "Taiwan", "2025-03-17"),
        ]
    )


def test_a_week_told_day_by_day_after_a_colon_gives_each_days_counts() -> None:
    text = (
        "TAIPEI (CNA) -- Lawmakers questioned the ministry's drone reporting on Thursday.\n\n"
        "Activity around Taiwan this week, according to the ministry: on Monday, 38 PLA "
        "aircraft and 11 ships were detected; on Tuesday, 24 aircraft."
    )
    assert facts_at(text, datetime(2026, 4, 16, 6, tzinfo=UTC)) == sorted(
        [
            (38, "aircraft", *AROUND, "2026-04-13"),
            (11, "navy vessels", *AROUND, "2026-04-13"),
            (24, "aircraft", *AROUND, "2026-04-14"),
        ]
    )
