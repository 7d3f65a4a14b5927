"""A further count with its own day and no noun: "11 PLA aircraft entered the ADIZ on Tuesday,
and two more on Thursday" tells two facts, eleven aircraft on Tuesday and two on Thursday, that
share the craft and the act. The grammar gives a sentence one day, so the further count is
written as a sentence of its own: the first clause again, with its count and its day swapped
for the further count and its day ("... said two PLA aircraft entered the ADIZ on Thursday").
"""

import re

from .incursion_time_words import MONTH_PATTERN, WEEKDAY_PATTERN
from .incursion_words import CRAFT_NOUN_PATTERN, NUMBER_WORDS_PATTERN

_DAY = rf"(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS_PATTERN})"
# The further count, "more" and its day, after the first clause's day (_DAY_AT_END). Only the
# further count is searched for, so a long line is read in one pass; one space or a comma opens
# it, as "\s+" would be tried again at every space of a long run of them.
_MORE = re.compile(
    rf"(?:,\s*|\s)and\s+(?P<count>{_COUNT})\s+more\s+(?P<day>on\s+{_DAY})\b(?P<rest>[^\n]*)",
    re.I,
)
_DAY_AT_END = re.compile(rf"\bon\s+{_DAY}$", re.I)
# "The ministry said on Saturday it had tracked 21 aircraft in the ADIZ, and five more on
# Sunday": the first clause's one day, written before its count, is the day swapped.
_DAY_WRITTEN = re.compile(rf"\bon\s+{_DAY}\b", re.I)
# The first clause's count of craft: a few words may stand between ("11 People's Liberation
# Army aircraft", "two Y-8 anti-submarine aircraft"). A number inside a word is a type's or a
# serial's ("Y-8", "BZK-005"), never the count, so the count stands on its own.
_CRAFT_COUNT = re.compile(
    rf"(?<![\w.-])(?P<count>{_COUNT})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?(?:{CRAFT_NOUN_PATTERN})\b",
    re.I,
)


FURTHER_COUNT_MARK = re.compile(r"more\s+on\s", re.I)  # "and two more on Friday"


def further_counts_as_sentences(sentences: list[str]) -> list[str]:
    """The sentences, a further count with its own day split off as a sentence of its own."""
    return [part for sentence in sentences for part in _split(sentence)]


def _split(sentence: str) -> list[str]:
    more = _MORE.search(sentence)
    if more is None:
        return [sentence]
    line_start = sentence.rfind("\n", 0, more.start()) + 1
    first = sentence[line_start : more.start()].rstrip()
    craft = _CRAFT_COUNT.search(first)
    if craft is None:
        return [sentence]
    count, rest = more["count"], first[craft.end("count") :]
    if _DAY_AT_END.search(first):
        further = first[: craft.start("count")] + count + _DAY_AT_END.sub(more["day"], rest)
    elif len(days := list(_DAY_WRITTEN.finditer(first, 0, craft.start("count")))) == 1:
        day = days[0]
        before = first[: day.start()] + more["day"] + first[day.end() : craft.start("count")]
        further = before + count + rest
    else:
        return [sentence]
    further += more["rest"]
    return [sentence[: more.start()] + ".", " " + further + sentence[more.end() :]]
