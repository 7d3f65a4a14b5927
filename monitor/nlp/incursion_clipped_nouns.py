"""Craft nouns a desk's note clips after a listed count: "6 acft, 7 PLAN, 2 official" lists
the official ships as "9 PLAN" lists the navy's. Kept apart from the noun phrase reader
(incursion_phrases.py), which asks it at one word."""

from .incursion_tokens import Token

_LIST_BREAKS = {",", ";", "/", "|"}


def official_ships_clipped(words: list[Token], j: int) -> bool:
    """Whether "official" at j ends a listed count in digits with its noun clipped, as a note
    lists the report ("6 acft, 7 PLAN, 2 official"): the official ships, as "9 PLAN" is the
    navy's. A count written as a word ("one official said") is a person."""
    if words[j].low != "official" or j < 2 or not words[j - 1].text.isdigit():
        return False
    listed = words[j - 2].low in _LIST_BREAKS
    ends = j + 1 == len(words) or words[j + 1].low in _LIST_BREAKS | {")"}
    return listed and ends
