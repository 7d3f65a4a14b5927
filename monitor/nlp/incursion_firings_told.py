"""The firing of missiles told after their count: "Airlines rerouted flights on Friday, the
second day of drills in which China fired 11 missiles into waters around the island. The
ministry said the missiles were launched on Thursday afternoon" counts the 11 on Thursday, the
day the sentence after tells they were fired, not the day of the news that told of them (rule
8), as a stay's entry told after its count is its day (incursion_stay_entries.py)."""

from datetime import date, timedelta
from typing import TYPE_CHECKING

from .incursion_claims import Reading
from .incursion_tokens import tokenize

if TYPE_CHECKING:
    from .incursion_story import Incursion

_FIRING = {"launched", "fired"}
_MISSILES = {"missiles", "rockets"}
_VERB_REACH = 3  # "the missiles were launched", "the missiles had been fired"
_WEEK = timedelta(days=7)


def days_of_firings(
    sentence: str, reading: Reading, day: date, fired: "list[Incursion]"
) -> dict[int, date]:
    """The day each missile fact of the sentence before (`fired`) moves to when this sentence,
    of `day`, counts nothing anew and tells that the missiles counted were fired: within the
    week before their day (rule 8)."""
    if any(claim.count is not None and not claim.reference for claim in reading.claims):
        return {}
    pointing = next((c for c in reading.claims if c.reference and c.craft == "missiles"), None)
    if pointing is None:
        return {}
    lows = [token.low for token in tokenize(sentence)]
    told = any(
        low in _FIRING and _MISSILES & set(lows[max(0, at - _VERB_REACH) : at])
        for at, low in enumerate(lows)
    )
    if not told:
        return {}
    return {
        id(fact): day
        for fact in fired
        if day < fact.day <= day + _WEEK and pointing.count in (None, fact.count)
    }
