"""A breakdown set off by commas after the count it breaks down: "three aircraft, two J-16s
and a Y-8, entered the zone". The counts between the commas are the types of the count before,
a breakdown (rule 3), not more craft to add to it."""

from .incursion_claims import Claim
from .incursion_ship_kinds import of_another_kind
from .incursion_tokens import Token

# Nouns that count craft of any type: what a breakdown by type can follow.
_GENERAL_NOUNS = {"aircraft", "planes", "sorties", "ships", "vessels", "boats"}
_BREAKDOWN_REACH = 12  # "two J-16 fighters, a KJ-500 and a Y-8 plane": the tokens set off


def mark_appositive_breakdowns(words: list[Token], claims: list[Claim]) -> None:
    """Mark as parts the counts set off by commas right after a count of craft in general,
    when all are of its craft and add up to no more than it. Each search is bounded, so this
    stays linear in the sentence's length."""
    for index, total in enumerate(claims):
        if not total.count or total.craft is None or words[total.last].low not in _GENERAL_NOUNS:
            continue
        start = total.last + 2
        if start >= len(words) or words[start - 1].low != ",":
            continue
        closing = _closing_comma(words, start)
        if closing is None:
            continue
        parts, after = [], index + 1
        while after < len(claims) and claims[after].last < closing:
            parts.append(claims[after])
            after += 1
        # the breakdown opens at the comma, and the clause after it is no more of a list:
        # "30 aircraft, 12 J-16s, and six ships" lists on
        opens = bool(parts) and parts[0].first == start
        listed = after < len(claims) and claims[after].first == closing + 1
        if not opens or listed or _lists_on(words, closing + 1):
            continue
        same = all(part.craft == total.craft and not of_another_kind(total, part) for part in parts)
        if same and sum(part.count or 0 for part in parts) <= total.count:
            for part in parts:
                part.part = True


def _lists_on(words: list[Token], i: int) -> bool:
    return i < len(words) and words[i].low in ("and", "or", "plus")


def _closing_comma(words: list[Token], start: int) -> int | None:
    """The comma closing what opens at `start`, within reach and before the clause ends."""
    for i in range(start, min(len(words), start + _BREAKDOWN_REACH)):
        if words[i].low in (".", ";", ":"):
            return None
        if words[i].low == ",":
            return i
    return None
