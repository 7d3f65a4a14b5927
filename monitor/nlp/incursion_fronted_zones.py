"""A zone set before the count it holds. Japanese and Chinese write where before what
(「接続水域内で、中国海警局の船４隻が航行」), and a translation keeps the order: "In the connected
water area around the Senkaku Islands, China Sea Police Bureau ships 4 ships are navigating".
The zone is the first claim's when a locative preposition opens the sentence or a clause
and a comma closes the phrase before the count; "Outside the territorial sea, in the
connected water area, two ships ..." keeps the zone entered, not the one denied."""

from bisect import bisect_left

from .incursion_phrases import head_at
from .incursion_tokens import Token
from .incursion_words import NAVY_WORDS, OFFICIAL_WORDS

Zone = tuple[int, str | None, bool]  # position, zone, negated
Place = tuple[int, str]

_LOCATIVES = {"in", "within", "inside"}
_DETERMINERS = {"the", "our", "its"}


def fronted_zone(
    words: list[Token], zones: list[Zone], places: list[Place], first: int
) -> tuple[list[Zone], list[Place]] | None:
    """The zone and places of a locative phrase before the count at `first`, given the zones
    and places the sentence names, in order; None when no such phrase opens the claim."""
    zones_before = zones[: bisect_left(zones, first, key=lambda zone: zone[0])]
    entered = [zone for zone in zones_before if not zone[2]]
    if not entered:
        return None
    at = entered[-1][0]
    before = at - 1 - (at > 0 and words[at - 1].low in _DETERMINERS)
    named = {position for position, _ in places}
    while before in named:  # "in Kinmen restricted waters": the waters' island before them
        before -= 1
    if before < 0 or words[before].low not in _LOCATIVES:
        return None
    # The phrase opens the sentence or a clause after a comma ("As of 8 o'clock, in the ...");
    # after a verb ("vessels were present in the contiguous zone on 352 days, ...") it is that
    # verb's place, and the count after the comma is another clause's. A note without verbs
    # may name the craft first: "CCG in Kinmen restricted waters on Friday, four ships".
    if before > 0 and words[before - 1].low != "," and not _names_craft_alone(words, before):
        return None
    # the comma that closes the phrase: the count stands in the clause after it
    comma = next((i for i in range(at, first) if words[i].low == ","), None)
    if comma is None:
        return None
    held = places[bisect_left(places, at, key=lambda place: place[0]) :]
    return [entered[-1]], [place for place in held if place[0] < comma]


def _names_craft_alone(words: list[Token], end: int) -> bool:
    """Whether the words before `end` are only a craft's name opening the sentence ("CCG
    ships") or their service's ("CCG")."""
    if end == 1 and words[0].low in OFFICIAL_WORDS | NAVY_WORDS:
        return True
    head = head_at(words, 0)
    return head is not None and head.craft is not None and head.last == end - 1
