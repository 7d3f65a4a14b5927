"""A closing aside that sets the counts before it in a pattern: "On Friday ... four China Coast
Guard ships were sailing in the contiguous zone, part of a presence that has been near-continuous
this year", "..., a pattern that has held since January". Its period ("this year", "since
January") is the pattern's, and no scope of the day's counts it follows (rule 5 is for figures
that sum a period, not for a day's figure described as one of many)."""

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
    has been near-continuous this year."), from the comma to the sentence's end."""
    for i, token in enumerate(tokens):
        if token.text == "," and _opens_a_pattern(tokens, i + 1):
            return set(range(i, len(tokens)))
    return set()


def _opens_a_pattern(tokens: list[Token], i: int) -> bool:
    """Whether the words from i name a pattern the clause before belongs to: an article, at
    most a few words, then "that" or "which", and nothing counted or named as craft up to the
    sentence's end (", the two ships that had left" points back at craft, ", the number that
    crossed the median line" tells where they went: no pattern)."""
    words = [token.low for token in tokens]
    for placing in _PLACINGS:
        if tuple(words[i : i + len(placing)]) == placing:
            i += len(placing)
            break
    if i >= len(tokens) or words[i] not in _ARTICLES:
        return False
    relative = next(
        (j for j in range(i + 2, min(i + 2 + _NOUN_REACH, len(tokens))) if words[j] in _RELATIVES),
        None,
    )
    if relative is None:
        return False
    return not any(
        number_at(tokens, j) is not None
        or head_at(tokens, j) is not None
        or zone_at(tokens, j) is not None
        for j in range(i, len(tokens))
    )
