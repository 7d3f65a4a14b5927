"""Crossings counted as the craft that made them. Newsrooms write the ministry's figure as a
noun: "37 aircraft around Taiwan and 22 median-line crossings", "24 crossings of the median
line". A crossing of the median line is an aircraft's (the ministry counts the aircraft that
crossed), so the phrase is read as "22 aircraft crossing the median line": its own count, of
its own zone, not a zone lent to the count before it."""

import re

from .incursion_words import NUMBER_WORDS, TENS, UNIT_WORDS

_LINE = r"(?:median|cent(?:er|re))[- ]line"
_CROSSINGS = re.compile(
    rf"\b(?P<count>\d{{1,3}}(?:,\d{{3}})*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+"
    rf"(?:{_LINE}\s+crossings|crossings\s+of\s+the\s+{_LINE})\b",
    re.I,
)


def with_crossings_as_craft(sentence: str) -> str:
    """The sentence with each counted crossing of the median line written as aircraft crossing
    it: "22 median-line crossings" as "22 aircraft crossing the median line"."""
    # Every match writes "cro(ssings)" and "med(ian)" or "cent(er)", which most sentences do
    # not: the pattern, tried at every word, is left unread. IGNORECASE matches these letters
    # only as their two cases, so the lower-case sentence holds them wherever it matches.
    low = sentence.lower()
    if "cro" not in low or ("med" not in low and "cent" not in low):
        return sentence
    return _CROSSINGS.sub(_as_craft, sentence)


def _as_craft(crossings: re.Match[str]) -> str:
    count = crossings["count"]
    if not _a_number(count):
        return crossings.group()
    return f"{count} aircraft crossing the median line"


def _a_number(word: str) -> bool:
    tens, _, units = word.lower().partition("-")
    return word[0].isdigit() or word.lower() in NUMBER_WORDS or tens in TENS and units in UNIT_WORDS
