"""Counts that take the day of the count they are part of: "125 aircraft were detected on
Monday, 90 of which entered the ADIZ, and 34 were still there to 6 a.m. Tuesday" has the 90
among the 125, of Monday; "four ships sailed in the zone on Monday and two of them entered the
territorial sea, the coast guard said Tuesday" has the two of Monday too."""

from .incursion_claims import Reading
from .incursion_tokens import Token


def date_relative_parts(tokens: list[Token], reading: Reading) -> None:
    """Gives a part of the count before it, "of which" ("90 of which entered the ADIZ") or
    "of them" ("two of them entered"), the day of that count, where it writes none of its own."""
    if len(reading.claims) < 2:
        return  # a part needs a count before it
    words = [tokens[i].low for i in reading.visible]  # claims index these
    for before, claim in zip(reading.claims, reading.claims[1:], strict=False):
        part = claim.reference or words[claim.first + 1 : claim.first + 3] == ["of", "which"]
        if claim.day is None and part:
            claim.day = before.day
