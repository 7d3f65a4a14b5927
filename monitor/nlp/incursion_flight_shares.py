"""Shares of flights and crossings pointed back to: "nine of those flights crossed the median
line". Aircraft fly flights and ferries make crossings, and so do airlines and ferry lines:
"those flights" are the flights last counted, aircraft's where aircraft were named as flying
them ("Chinese military aircraft made 23 flights", incursion_flights.py) and a trade's where
they were counted with no craft ("China Airlines said it had rerouted 40 flights, and nine of
those flights crossed the median line on the M503 route"). Where the story counted none, the
share takes the craft named last, as "nine of them" does."""

from .incursion_flights import flights_flown
from .incursion_phrases import number_at
from .incursion_tokens import Token

TRIPS = {"flights", "crossings"}
_MODIFIER_REACH = 2  # "40 scheduled flights", "12 extra ferry crossings"


def may_count_trips(sentence: str) -> bool:
    """Whether a sentence may count flights or crossings: most name neither, and need no look."""
    return "flights" in sentence or "crossings" in sentence


def trips_counted(tokens: list[Token]) -> list[tuple[int, bool]]:
    """Where the sentence counts flights or crossings ("40 flights"), and whether aircraft
    were named as flying them: only flights are flown, crossings of the median line are read
    as the aircraft that crossed it before this (incursion_crossings.py)."""
    counted = []
    for k, token in enumerate(tokens):
        if token.low not in TRIPS:
            continue
        numbers = [j for j in range(max(0, k - 1 - _MODIFIER_REACH), k) if number_at(tokens, j)]
        if numbers:
            flown = token.low == "flights" and flights_flown(tokens, numbers[-1], k) is not None
            counted.append((k, flown))
    return counted


def flown_before(counted: list[tuple[int, bool]], at: int, before: bool | None) -> bool | None:
    """Whether the flights last counted before token `at` were aircraft's: the sentence's own
    count if it has one there, else `before`, the story's last (None: none counted)."""
    earlier = [flown for position, flown in counted if position < at]
    return earlier[-1] if earlier else before
