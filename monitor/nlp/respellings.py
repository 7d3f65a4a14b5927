"""A one-word name written with one letter slipped: a vowel for another ("Taichong" for
"Taichung") or two neighbouring letters swapped ("Ishbia" for "Ishiba"). Such slips keep a
name's length and shape, so the article's right spelling makes them plain where the fuzzy
ratio, on a short name, would not.
"""

from __future__ import annotations

VOWELS = frozenset("aeiou")
# Five letters are too few: "Chang", "Cheng" and "Chung" are three families, not slips.
MIN_LETTERS = 6


def one_letter_slipped(name: str, word: str) -> bool:
    """Whether `word` is `name` with one vowel changed for another, or two neighbouring
    letters swapped, never the first letter: a first letter changed is another name. A vowel
    only, and never the last letter, for a consonant changed ("Marines"/"Mariner") or an end
    changed ("Korean"/"Koreas") makes another word, not a slip."""
    if len(name) != len(word) or len(name) < MIN_LETTERS or name == word or name[:1] != word[:1]:
        return False
    differ = _differences(name, word)
    if len(differ) == 1:
        at = differ[0]
        return 0 < at < len(name) - 1 and {name[at], word[at]} <= VOWELS
    return neighbours_swapped(name, word)


def neighbours_swapped(name: str, word: str) -> bool:
    """Whether `word` is `name` with two neighbouring letters swapped, never the first, at any
    length: the caller decides how short a name may be."""
    if len(name) != len(word) or name[:1] != word[:1]:
        return False
    differ = _differences(name, word)
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and name[differ[0]] == word[differ[1]]
        and name[differ[1]] == word[differ[0]]
    )


def _differences(name: str, word: str) -> list[int]:
    return [i for i, (a, b) in enumerate(zip(name, word, strict=True)) if a != b]
