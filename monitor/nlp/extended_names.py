"""A name whose last words are misspelt ("Japan Coast Gaurd"): the model's span stops at the
last word it knows ("Japan"), so the misspelt words after it never reach the linker. When the
words after it complete a knowledge-base name that starts with the span's words, each word as
written or with one slip (a letter more, less or changed, or two swapped), the span is that
name. Word by word, so a right word for another ("Minister" for "Ministry") or a name that
goes on ("Xiang Yang Hong 10") is no slip.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from rapidfuzz.distance import OSA

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold

# Up to three capitalised words right after the span, on its line.
_FOLLOWING = re.compile(r"(?: [A-Z][a-z]+){1,3}")
MIN_SLIPPED_LETTERS = 5  # a slip in a shorter word makes another word
_BY_FIRST_WORD: dict[str, dict[str, list[str]]] = {}  # knowledge-base digest -> word -> names


def extended_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each mention followed by words no other mention takes, over those that complete it."""
    starts = sorted(m.start for m in mentions)
    found = []
    for m in mentions:
        after = _FOLLOWING.match(text, m.end)
        words = after.group().split() if after else []
        # Another mention starting inside the words after this one takes them.
        taken = not after or _starts_within(starts, m.end, m.end + len(after.group()))
        extended = None if taken or m.kind != "name" else _completed(m.text, words, kb)
        if extended is None:
            found.append(m)
            continue
        name, entity_id = extended
        found.append(relinked(replace(m, text=name, end=m.start + len(name)), entity_id, kb))
    return found


def _starts_within(starts: list[int], after: int, before: int) -> bool:
    """Whether a sorted start lies strictly between `after` and `before`."""
    at = bisect_right(starts, after)
    return at < len(starts) and starts[at] < before


def _completed(written: str, words: list[str], kb: KnowledgeBase) -> tuple[str, str] | None:
    """The longest run of `words` that, after `written`, is a misspelling of one knowledge-base
    name beginning with `written`'s words (a right spelling the model would have read)."""
    opening = fold(written).split()
    names = _names_by_first_word(kb).get(opening[0], []) if opening else []
    for count in range(len(words), 0, -1):
        added = [fold(word) for word in words[:count]]
        ids = {
            kb.index[name] for name in names
            if name.split() == [*opening, *name.split()[len(opening):]]
            and _slipped_words(name.split()[len(opening):], added)
        }  # fmt: skip
        if len(ids) == 1:
            return " ".join([written, *words[:count]]), ids.pop()
    return None


def _slipped_words(right: list[str], written: list[str]) -> bool:
    """Whether `written` is `right` word for word, with at least one word slipped once."""
    if len(right) != len(written) or right == written:
        return False
    return all(
        a == b or (len(a) >= MIN_SLIPPED_LETTERS and OSA.distance(a, b) == 1)
        for a, b in zip(right, written, strict=True)
    )


def _names_by_first_word(kb: KnowledgeBase) -> dict[str, list[str]]:
    if kb.digest not in _BY_FIRST_WORD:
        grouped: dict[str, list[str]] = {}
        for name in kb.index:
            if " " in name:
                grouped.setdefault(name.split()[0], []).append(name)
        _BY_FIRST_WORD[kb.digest] = grouped
    return _BY_FIRST_WORD[kb.digest]
