"""A closing aside that sets the counts before it in a pattern: "On Friday ... four China Coast
Guard ships were sailing in the contiguous zone, part of a presence that has been near-continuous
this year", "..., a pattern that has held since January". Its period ("this year", "since
January") is the pattern's, and no scope of the day's counts it follows (rule 5 is for figures
that sum a period, not for a day's figure described as one of many)."""

from collections.abc import Callable

from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token
from .incursion_zones import zone_at

# "part of a presence", "the latest in a pattern", "one of a series": how an aside opens on
# the pattern it places the day's counts in.
_PLACINGS = (("part", "of"), ("the", "latest", "in"), ("one", "of"), ("the", "last", "in"))
_ARTICLES = {"a", "an", "the"}
_RELATIVES = {"that", "which"}
_NOUN_REACH = 3  # "a near-daily maritime presence that"


def pattern_asides(tokens: list[Token]) -> set[int]:
    """Indices of the closing asides that describe a pattern ("..., part of a presence that
    has been near-continuous this year."), from the comma to the sentence's end. Nothing
    counted, named as craft or as a zone may follow the comma (", the two ships that had left"
    points back at craft, ", the number that crossed the median line" tells where they went):
    only commas after the last such word are tried, so the reading stays linear."""
    # Few commas open a pattern, and only where one does is it asked what the words before
    # and after tell: searched from the end, only up to the last word that tells of craft.
    openings = [
        i for i, token in enumerate(tokens) if token.text == "," and _opens_a_pattern(tokens, i + 1)
    ]
    after = _after_the_last(tokens, len(tokens), _tells_of_craft) if openings else 0
    placed: int | None = None  # after the last zone named, found only when a comma needs it
    for i in openings:
        if i >= after:
            return set(range(i, len(tokens)))
        # ", part of a pattern of patrols that began after two Chinese fishermen died ...
        # while fleeing a Taiwanese patrol boat": an aside that says outright it places the
        # counts in a pattern may tell of other people and boats, so long as it names no zone
        # they entered. A zone tells of craft, so the last one is never after `after`.
        if _placed_outright(tokens, i + 1):
            placed = placed if placed is not None else _after_the_last(tokens, after, _zoned)
            if i >= placed:
                return set(range(i, len(tokens)))
    return set()


def _after_the_last(
    tokens: list[Token], end: int, tells: Callable[[list[Token], int], bool]
) -> int:
    """The index after the last token before `end` that `tells` holds for, or 0."""
    return next((j + 1 for j in range(end - 1, -1, -1) if tells(tokens, j)), 0)


def _zoned(tokens: list[Token], j: int) -> bool:
    return zone_at(tokens, j) is not None


def _placed_outright(tokens: list[Token], i: int) -> bool:
    """Whether "part of" or "the latest in" opens the words from i: "one of" may be a share."""
    return any(
        tuple(token.low for token in tokens[i : i + len(placing)]) == placing
        for placing in _PLACINGS
        if placing != ("one", "of")
    )


def _tells_of_craft(tokens: list[Token], j: int) -> bool:
    return (
        number_at(tokens, j) is not None
        or head_at(tokens, j) is not None
        or zone_at(tokens, j) is not None
    )


def _opens_a_pattern(tokens: list[Token], i: int) -> bool:
    """Whether the words from i name a pattern the clause before belongs to: an article, at
    most a few words, then "that" or "which"."""
    for placing in _PLACINGS:
        if tuple(token.low for token in tokens[i : i + len(placing)]) == placing:
            i += len(placing)
            break
    if i >= len(tokens) or tokens[i].low not in _ARTICLES:
        return False
    reach = tokens[i + 2 : i + 2 + _NOUN_REACH]
    return any(token.low in _RELATIVES for token in reach)
