"""Incursion facts of counts that point at others or at a period: ships reported "along with" the
aircraft of another day than the telling's, and a period before ", as" that times its own clause, not the counts after it. Written for
these tests in the shapes of the blind-51 trade-press briefs; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

SATURDAY = datetime(2024, 7, 13, 2, 0, tzinfo=UTC)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS = {name: f"2024-07-{8 + index:02d}" for index, name in enumerate(WEEKDAYS)}
CRAFT = {"balloons": "balloons", "drones": "drones", "warships": "navy vessels"}


def facts(text: str, published: datetime = SATURDAY) -> list[Fact]:
    return facts_at(text, published)


def test_ships_reported_along_with_aircraft_are_of_their_day_not_the_tellings() -> None:
    text = (
        "The refinery kept loading gasoil on schedule, shipping agents said on Saturday, after "
        "Taiwan's defence ministry reported 45 Chinese military aircraft around the island on "
        "Friday, 26 of them entering the ADIZ, along with eight warships."
    )
    assert facts(text) == sorted([
        (45, "aircraft", "around Taiwan", "Taiwan", "2024-07-12"),
        (26, "aircraft", "ADIZ", "Taiwan", "2024-07-12"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2024-07-12"),
    ])  # fmt: skip


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(WEEKDAYS), st.integers(2, 9))
def test_a_joined_count_takes_the_day_its_group_was_reported_on(weekday: str, ships: int) -> None:
    text = (
        f"Traders said on Saturday, after the defence ministry reported 30 Chinese aircraft "
        f"around Taiwan on {weekday}, along with {ships} warships."
    )
    assert facts(text) == sorted([
        (30, "aircraft", "around Taiwan", "Taiwan", DAYS[weekday]),
        (ships, "navy vessels", "around Taiwan", "Taiwan", DAYS[weekday]),
    ])  # fmt: skip


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["this week", "this month", "this year"]))
def test_a_period_before_as_times_its_own_clause_not_the_counts_after_it(period: str) -> None:
    text = (
        f"TOKYO — A congressional delegation visiting Japan {period} was briefed on Chinese "
        "military flights, as Taiwan's defense ministry reported Friday that 30 Chinese "
        "aircraft and 8 naval vessels had operated near the island over the previous 24 hours."
    )
    assert facts(text) == sorted([
        (30, "aircraft", "around Taiwan", "Taiwan", "2024-07-12"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2024-07-12"),
    ])  # fmt: skip


def test_a_period_of_craft_counted_before_as_still_covers_them() -> None:
    text = (
        "Chinese aircraft flew 300 sorties around Taiwan this month, as Beijing stepped up "
        "pressure, the ministry said."
    )
    assert facts(text) == []
