"""A report's figure told as what the figure was: "Today's figure from the ministry was 13
aircraft", "Wednesday's numbers came in at 17 aircraft and 12 ships", "the morning report
listed seven aircraft". Opinion pages and testimony argue from the day's report this way, with
no verb of sighting and no zone: the counts are the report's totals, around Taiwan, as after
"the ministry tracked" (docs/evaluation-sets.md, `incursions`).

Kept apart from the grammar (incursion_grammar.py): it only adds where such a figure is told
to the marks of sighting the grammar already reads.
"""

import re
from bisect import insort

from . import incursion_time_words as tw
from .incursion_labels import REPORT_NOUNS
from .incursion_phrases import number_at
from .incursion_scopes import Marks
from .incursion_tokens import Token

# What a report's figure is called ("figure", "tally"), besides the report itself.
FIGURE_NOUNS = REPORT_NOUNS | {"figure", "figures", "count", "tally", "numbers", "reading"}
# The verbs that give a figure's value: "was 13", "stood at 20", "came in at 17", "came to 9".
_COPULAS = {"was", "were", "is", "are", "stood", "came"}
_LINKS = {"at", "in", "to"}  # "stood at", "came in at", "came to"
# "The latest figures are in — 21 aircraft", "the numbers are in: 9 ships": a dash or a colon
# after the copula and its link opens the figures, as "at" does.
_OPENERS = {"—", "–", "--", ":"}
# "about 13", "more than 20": an approximation before the value (rule 1).
_APPROXIMATIONS = {"about", "around", "nearly", "almost", "some", "roughly", "over", "more",
                   "than", "at", "least", "just", "under"}  # fmt: skip
# The subject is the figure only within its own phrase: "Today's figure from the Ministry of
# National Defense was 13" reaches over its source, not over a clause or another count.
_SUBJECT_REACH = 8
# "was comparatively quiet:", "came in lower than usual:": the words judging a figure before it.
_JUDGEMENT_REACH = 4
_SUBJECT_ENDS = {",", ";", ":", "that", "which", "when", "while", "and", "but", "—", "-", "("}

# The gate's form of the same: a figure noun, then a copula or a report's listing verb.
_TOLD_FIGURE = re.compile(
    r"\b(?:report|figures?|count|tally|numbers)\b[^.;:,]{0,60}?"
    r"\b(?:listed|logged|recorded|showed|was|were|stood at|came in at|came to)\s+"
    r"(?:about |nearly |more than |at least )?(?:\d|[a-z]+(?:-[a-z]+)? (?:aircraft|planes|jets))",
    re.I,
)


def tells_a_reports_figures(text: str) -> bool:
    """Whether a text may tell a report's figures as what the report listed or its figure was
    ("Sunday's report listed seven aircraft"), though it names no zone: worth reading."""
    return bool(_TOLD_FIGURE.search(text))


def mark_report_figures(words: list[Token], marks: Marks) -> None:
    """Adds to the sentence's marks of sighting each copula whose subject is a report's figure
    and whose complement is a count: the counts after it are what the report saw."""
    for i, token in enumerate(words):
        if tells_a_figure_by_dash(words, i) or (
            token.low in _COPULAS and _subject_is_a_figure(words, i) and _gives_a_count(words, i)
        ):
            insort(marks.detections, i)
            # "was comparatively quiet: 12 aircraft": the colon gives the figure judged, so it
            # ends no clause between the figure's verb and its counts.
            if (colon := _judgement_colon(words, i)) is not None and colon in marks.cuts:
                marks.cuts.remove(colon)


def tells_a_figure_by_dash(words: list[Token], i: int) -> bool:
    """Whether a dash at i opens the value of the figure named just before it, as a copula
    would: "its formal tally — 29 aircraft and eight vessels — came out", and after the figure
    is judged: "Thursday's count was lower — 13 aircraft and 9 ships — but ..."."""
    if not (words[i].low in _OPENERS and 0 < i < len(words) - 1 and number_at(words, i + 1)):
        return False
    if words[i - 1].low in FIGURE_NOUNS:
        return True
    verbs = range(i - 2, max(0, i - 2 - _JUDGEMENT_REACH), -1)
    verb = next((j for j in verbs if words[j].low in _COPULAS), None)
    judged = verb is not None and words[verb - 1].low in FIGURE_NOUNS
    return judged and verb is not None and _judgement_colon(words, verb) == i


def _subject_is_a_figure(words: list[Token], verb: int) -> bool:
    return _subject_is_a_day(words, verb) or _subject_names_a_figure(words, verb)


# "Tue 10 Dec was 47 aircraft and 12 PLAN", "Look-back: Friday was 59 aircraft": a day alone
# as the subject stands for its report, as "Tuesday's report was" does. Its words are a
# weekday, a month, the day's and year's digits and their stops, from the sentence's or a
# label's start, within the subject's reach.
_DAY_WORDS = tw.WEEKDAYS.keys() | tw.WEEKDAY_ABBREVIATIONS.keys() | tw.MONTHS.keys()
_DAY_MARKS = {".", ","}


def _subject_is_a_day(words: list[Token], verb: int) -> bool:
    start = next(
        (
            i + 1
            for i in range(verb - 1, max(-1, verb - _SUBJECT_REACH - 1), -1)
            if words[i].low == ":"
        ),
        0,
    )
    subject = words[start:verb]
    if not subject or len(subject) > _SUBJECT_REACH:
        return False
    named = any(token.low in _DAY_WORDS for token in subject)
    return named and all(
        token.low in _DAY_WORDS or token.low in _DAY_MARKS or token.text.isdigit()
        for token in subject
    )


def _subject_names_a_figure(words: list[Token], verb: int) -> bool:
    for i in range(verb - 1, max(-1, verb - _SUBJECT_REACH - 1), -1):
        low = words[i].low
        if low in FIGURE_NOUNS:
            return True
        if low in _SUBJECT_ENDS or number_at(words, i) is not None:
            return False
    return False


def _gives_a_count(words: list[Token], verb: int) -> bool:
    i = _after_links(words, verb)
    counted = i < len(words) and number_at(words, i) is not None
    return counted or _judgement_colon(words, verb) is not None


def _after_links(words: list[Token], verb: int) -> int:
    i = verb + 1
    while i < len(words) and words[i].low in _LINKS | _APPROXIMATIONS | _OPENERS:
        i += 1
    return i


def _judgement_colon(words: list[Token], verb: int) -> int | None:
    """Where the colon stands if a few plain words judging the figure, then a colon and a count,
    follow the verb: "Monday's report was light again: nine aircraft and two ships" gives the
    figure after its colon, as "was nine aircraft" does."""
    start = verb + 1
    for j in range(start, min(len(words), start + _JUDGEMENT_REACH + 1)):
        if words[j].low in _OPENERS:  # "was lower — 13 aircraft and 9 ships —" too
            listed = j + 1 < len(words) and number_at(words, j + 1) is not None
            return j if j > start and listed else None
        if not words[j].text.isalpha():
            return None
    return None
