"""Where a sentence's words of one kind stand, listed once a sentence, not walked once a count.

Rules ask of each count whether a word of some kind stands before or after it in its sentence:
a verb of telling, a semicolon, a foreign type's designator, a zone. Walking the sentence again
for each count made a feed's endless sentence of thousands of counts ("■ MND: 16 Chinese
aircraft and 5 ships" line after line with no full stop) quadratic to read. Each kind's
positions are listed the first time a rule asks, then bisected.

The grammar never changes a sentence's list of words once made, so the list itself is the key;
the cache holds it, so that its id is not another list's while kept.
"""

from bisect import bisect_left
from collections.abc import Callable

from .incursion_tokens import Token

# Whether the word at a position is of the kind: asked of every position of the sentence once.
Kind = Callable[[list[Token], int], bool]

_KEPT = 8  # sentences' lists of words: the grammar reads a sentence at a time
_POSITIONS: dict[int, tuple[list[Token], dict[Kind, list[int]]]] = {}


def positions(words: list[Token], kind: Kind) -> list[int]:
    """The positions of the words of the kind, in order."""
    kept = _POSITIONS.get(id(words))
    if kept is None or kept[0] is not words:
        if len(_POSITIONS) >= _KEPT:
            _POSITIONS.clear()
        kept = _POSITIONS[id(words)] = (words, {})
    found = kept[1].get(kind)
    if found is None:
        found = kept[1][kind] = [at for at in range(len(words)) if kind(words, at)]
    return found


def last_before(words: list[Token], kind: Kind, end: int) -> int | None:
    """The position of the last word of the kind before `end`, if any."""
    found = positions(words, kind)
    before = bisect_left(found, end)
    return found[before - 1] if before else None


def first_from(words: list[Token], kind: Kind, start: int) -> int | None:
    """The position of the first word of the kind at or after `start`, if any."""
    found = positions(words, kind)
    after = bisect_left(found, start)
    return found[after] if after < len(found) else None
