"""A correction that puts the right figure or day in place of one the text gave before: a
teacher's note under a student's draft ("the ministry's figure was 23 aircraft, not 32"), an
editor's margin ("the report was for Sunday (Nov. 28), not Saturday"), a reader's reply. The
draft's sentence is read with the right word in place of the wrong one, so its fact is the one
the correction gives; the correction's own "not 32" is then uncounted as any figure denied is
(incursion_fact_checks.py).

A correction replaces a word of its kind only (a figure for a figure, a weekday for a weekday),
and only in the sentences before it; each word written before the last correction is looked up
once among the words corrected, so the pass stays linear in the text.
"""

import re
from bisect import bisect_right
from collections import defaultdict

from .incursion_time_words import WEEKDAYS
from .incursion_words import NUMBER_WORDS, TENS, UNIT_WORDS

_NUMBER = r"\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?"
_DAY = "|".join(WEEKDAYS)
# "23 aircraft, not 32", "was 23, not 32": the right figure, a noun perhaps, then the wrong one.
_FIGURE_FOR_FIGURE = re.compile(rf"\b({_NUMBER})(?:\s+([a-z]+))?,\s+not\s+({_NUMBER})\b", re.I)
# "for Sunday (Nov. 28), not Saturday": the right day, its date perhaps, then the wrong one.
_DAY_FOR_DAY = re.compile(rf"\b({_DAY})(?:\s*\([^()\n]{{0,20}}\))?,\s+not\s+({_DAY})\b", re.I)
# A figure that counts what follows it ("32 Chinese military aircraft"), no clock ("6 a.m.").
_COUNTS_SOMETHING = re.compile(r"\s+(?![ap]\.?m\b)[A-Za-z]")
_NOUN_REACH = 40  # characters: "32 Chinese military aircraft" for "23 aircraft, not 32"
_WORD = re.compile(r"\b(?:\d{1,3}(?:,\d{3})*|[A-Za-z]+)\b")


def with_corrections(sentences: list[str]) -> list[str]:
    """The sentences with each word a later correction names as wrong read as the right one."""
    corrections = [
        (index, right, wrong, noun)
        for index, sentence in enumerate(sentences)
        for right, wrong, noun in _corrections_in(sentence)
    ]
    if not corrections:
        return sentences
    # Each wrong word's corrections, in order: a word takes the first correction after it.
    by_wrong: defaultdict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for index, right, wrong, noun in corrections:
        by_wrong[wrong.lower()].append((index, right, noun))
    last = max(index for index, *_ in corrections)
    edits: defaultdict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for index, sentence in enumerate(sentences[:last]):
        for word in _WORD.finditer(sentence):
            found = by_wrong.get(word.group().lower())
            later = bisect_right(found, index, key=lambda correction: correction[0]) if found else 0
            if not found or later == len(found):
                continue
            _, right, noun = found[later]
            if not _a_figure(word.group()) or _counts(sentence, word, noun):
                edits[index].append((word.start(), word.end(), right))
    corrected = list(sentences)
    for index, spans in edits.items():
        text, pieces, at = sentences[index], [], 0
        for start, end, right in spans:
            pieces += [text[at:start], right]
            at = end
        corrected[index] = "".join(pieces) + text[at:]
    return corrected


def _corrections_in(sentence: str) -> list[tuple[str, str, str | None]]:
    """Each (right, wrong, noun) the sentence corrects; the noun the right figure counts, if
    it names one, is what the wrong figure must count too."""
    # Both corrections write ", not", which most sentences do not: their patterns, tried at
    # every word, are left unread. IGNORECASE matches these letters only as their two cases.
    if "not" not in sentence.lower():
        return []
    found = [
        (m.group(1), m.group(3), m.group(2))
        for m in _FIGURE_FOR_FIGURE.finditer(sentence)
        if _a_figure(m.group(1)) and _a_figure(m.group(3))
    ]
    return found + [(m.group(1), m.group(2), None) for m in _DAY_FOR_DAY.finditer(sentence)]


def _counts(sentence: str, word: re.Match[str], noun: str | None) -> bool:
    """Whether a figure counts something, the noun named if any: not "6 a.m."."""
    if _COUNTS_SOMETHING.match(sentence, word.end()) is None:
        return False
    after = sentence[word.end() : word.end() + _NOUN_REACH].lower()
    return noun is None or re.search(rf"\b{re.escape(noun.lower())}\b", after) is not None


def _a_figure(word: str) -> bool:
    # "Twenty-seven crossed, not 21": a subject who corrects an interviewer says the figure
    # as spoken, its tens and units joined by a hyphen.
    tens, _, units = word.lower().partition("-")
    return word[0].isdigit() or word.lower() in NUMBER_WORDS or tens in TENS and units in UNIT_WORDS
