"""Flights counted as the aircraft that flew them (monitor/nlp/incursion_flights.py), only when
the sentence names those aircraft: an airline's flights are no incursion. Real spaCy model and
the real pipeline, as a user's article is read."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY = datetime(2024, 8, 22, 11, 0, tzinfo=UTC)


def test_aircraft_that_made_flights_are_counted_by_the_flights() -> None:
    text = (
        "Chinese military aircraft made 23 flights around Taiwan on Thursday, according to "
        "Taiwanese officials."
    )
    assert facts_at(text, THURSDAY) == [(23, "aircraft", "around Taiwan", "Taiwan", "2024-08-22")]


def test_flights_by_aircraft_named_after_them_are_counted() -> None:
    text = "The ministry tracked 23 flights by PLA aircraft around Taiwan on Thursday."
    assert facts_at(text, THURSDAY) == [(23, "aircraft", "around Taiwan", "Taiwan", "2024-08-22")]


def test_an_airlines_flights_are_no_count_of_aircraft() -> None:
    text = "Airlines cancelled 400 flights around Taiwan on Thursday as PLA aircraft flew drills."
    assert facts_at(text, THURSDAY) == []


@given(
    count=st.integers(min_value=2, max_value=150),
    flyers=st.sampled_from(["Chinese military aircraft", "PLA aircraft", "Chinese warplanes"]),
    verb=st.sampled_from(["made", "flew", "conducted"]),
)
def test_any_count_of_flights_flown_by_aircraft_is_counted(
    count: int, flyers: str, verb: str
) -> None:
    text = f"{flyers} {verb} {count} flights around Taiwan on Thursday, the ministry said."
    assert facts_at(text, THURSDAY) == [
        (count, "aircraft", "around Taiwan", "Taiwan", "2024-08-22")
    ]
