"""A line that lists only the types of a total the sentence before gave ("On Thursday, four
Chinese aircraft were reported in the ADIZ." "TRUE. Two J-16s and two Su-30s, according to the
ministry's map."): a quiz's answer or a recap names the types without a verb, and they are the
total's breakdown, no count of their own (docs/evaluation-sets.md). The list's figures are
written as "some" when they add up to a figure of the sentence before; a list that adds up to
no figure there is left, for it may be all the text gives."""

import re

from .incursion_fact_checks import uncounted
from .incursion_words import NUMBER_WORDS

_FIGURE = r"\d{1,3}|[A-Za-z]+"
# A type designator as the PLA's are written: "J-16s", "Su-30s", "Y-8", "KJ-500", "H-6K".
_TYPE = r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?"
_ITEM = rf"({_FIGURE})\s+{_TYPE}"
# The whole line is the list, after a verdict or a label perhaps ("TRUE.", "Answer:"), and
# before a source ("according to the ministry's map", "per the MND").
_LIST = re.compile(
    rf"\s*(?:[A-Z]+[.:!]\s+)?{_ITEM}(?:(?:,\s*|\s+and\s+|\s+plus\s+|,\s+and\s+){_ITEM})+"
    r"(?:,\s+(?:according to|per|says|said)\b[^.;]*)?\.?\s*$"
)
_ITEMS = re.compile(_ITEM)
_REACH = 4  # sentences back: "four aircraft ...", a line break, "TRUE.", then the list
_VERDICT = re.compile(r"\s*[A-Z]+[.:!]\s*")
_NUMBER = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+)\b")


def without_type_lists(sentences: list[str]) -> list[str]:
    """The sentences, each that lists the types of the total before it uncounted."""
    kept = list(sentences)
    for index in range(1, len(sentences)):
        if not _LIST.match(sentences[index]):
            continue
        parts = [_value(m.group(1)) for m in _ITEMS.finditer(sentences[index])]
        before = {_value(m.group()) for m in _NUMBER.finditer(_told_before(sentences, index))}
        if None not in parts and sum(p for p in parts if p is not None) in before:
            kept[index] = uncounted(sentences[index])
    return kept


def _told_before(sentences: list[str], index: int) -> str:
    """The sentence before the list, past the blanks of a line break and a verdict the splitter
    cut off ("TRUE."), a few sentences back at most."""
    for before in reversed(sentences[max(0, index - _REACH) : index]):
        if before.strip() and not _VERDICT.fullmatch(before):
            return before
    return ""


def _value(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
