"""A correction that puts the right figure or day in place of one the text gave before: a
teacher's note under a student's draft ("the ministry's figure was 23 aircraft, not 32"), an
editor's margin ("the report was for Sunday (Nov. 28), not Saturday"), a reader's reply. The
draft's sentence is read with the right word in place of the wrong one, so its fact is the one
the correction gives; the correction's own "not 32" is then uncounted as any figure denied is
(incursion_fact_checks.py).

A correction replaces a word of its kind only (a figure for a figure, a weekday for a weekday),
and only in the sentences before it: the words written before are indexed once, so each
correction costs the occurrences it replaces.
"""

import re
from collections import defaultdict

from .incursion_words import NUMBER_WORDS, WEEKDAYS

_NUMBER = r"\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?"
_DAY = "|".join(WEEKDAYS)
# "23 aircraft, not 32", "was 23, not 32": the right figure, a noun perhaps, then the wrong one.
_FIGURE_FOR_FIGURE = re.compile(rf"\b({_NUMBER})(?:\s+[a-z]+)?,\s+not\s+({_NUMBER})\b", re.I)
# "for Sunday (Nov. 28), not Saturday": the right day, its date perhaps, then the wrong one.
_DAY_FOR_DAY = re.compile(rf"\b({_DAY})(?:\s*\([^()\n]{{0,20}}\))?,\s+not\s+({_DAY})\b", re.I)
# A figure that counts what follows it ("32 Chinese military aircraft"), no clock ("6 a.m.").
_COUNTS_SOMETHING = re.compile(r"\s+(?![ap]\.?m\b)[A-Za-z]")
_WORD = re.compile(r"\b(?:\d{1,3}(?:,\d{3})*|[A-Za-z]+)\b")


def with_corrections(sentences: list[str]) -> list[str]:
    """The sentences with each word a later correction names as wrong read as the right one."""
    corrections = [
        (index, right, wrong)
        for index, sentence in enumerate(sentences)
        for right, wrong in _corrections_in(sentence)
    ]
    if not corrections:
        return sentences
    last = max(index for index, *_ in corrections)
    at: defaultdict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for index, sentence in enumerate(sentences[:last]):
        for word in _WORD.finditer(sentence):
            if not _a_figure(word.group()) or _COUNTS_SOMETHING.match(sentence, word.end()):
                at[word.group().lower()].append((index, word.start(), word.end()))
    edits: defaultdict[int, dict[tuple[int, int], str]] = defaultdict(dict)
    for index, right, wrong in corrections:
        for written, start, end in at.get(wrong.lower(), []):
            if written < index:
                edits[written][start, end] = right
    corrected = list(sentences)
    for index, spans in edits.items():
        text = sentences[index]
        for (start, end), right in sorted(spans.items(), reverse=True):
            text = text[:start] + right + text[end:]
        corrected[index] = text
    return corrected


def _corrections_in(sentence: str) -> list[tuple[str, str]]:
    found = [
        (m.group(1), m.group(2))
        for m in _FIGURE_FOR_FIGURE.finditer(sentence)
        if _a_figure(m.group(1)) and _a_figure(m.group(2))
    ]
    return found + [(m.group(1), m.group(2)) for m in _DAY_FOR_DAY.finditer(sentence)]


def _a_figure(word: str) -> bool:
    return word[0].isdigit() or word.lower() in NUMBER_WORDS
