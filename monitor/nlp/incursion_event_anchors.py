"""Counts told of an event the story is dated against: "a week after the drills, when 76
aircraft were tracked in a single day", "The release came days after the ministry reported a
record 56 aircraft". A vague interval and "after" ("days after", "a week after", "weeks
after") name another event by its distance from the story, with no day the text writes, so
its figures give no fact (rule 8); and a span it names ("the two-day drills") is no span of the
counts before it. The clause is cut from where the interval opens to the end of the sentence
(or its semicolon); an opening one ("Days after the drills, the ministry reported 21
aircraft") only to its comma, as the counts after it are the story's.
"""

import re

from .incursion_words import NUMBER_WORDS

# "two days after" and "a day after" date counts within rule 8's week (incursion_grammar.py);
# these intervals do not.
# "Eleven days after Joint Sword-2024B" counts more days than rule 8's week.
_DAYS_PAST_A_WEEK = (
    r"(?:eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty(?:-\w+)?|thirty(?:-one)?|[89]|[1-9]\d)\s+days"
)
_INTERVAL = (
    r"(?:(?:just|only|barely|some)\s+)?"
    r"(?:days|weeks|months|a\s+week|a\s+month|(?:two|three|four|five|six|\d{1,2})\s+(?:weeks|months)"
    rf"|{_DAYS_PAST_A_WEEK})"
    r"\s+after\b"
)
# Within a sentence, the interval's clause runs to the comma the sentence goes on after, or to
# its end or semicolon (_clause_end). One space or a comma opens it: "\s+" would be tried
# again at every space of a long run of them.
_TRAILING = re.compile(rf"(?:,\s*|\s){_INTERVAL}", re.I)
# A clause about the event after a comma: ", when 76 aircraft were tracked in a single day".
_EVENTS_CLAUSE = re.compile(r"\s*(?:when|which|where|(?:in|during|after|before) which)\b", re.I)
# Opening a sentence, it runs to its comma: "Days after the drills, the ministry reported ...",
# past a clause about the event ("Eleven days after the drills, when the ministry logged a
# record 153 aircraft in a single day, the morning report ...").
_OPENING = re.compile(rf"^\s*{_INTERVAL}[^,;\n]*,(?:\s*(?:when|in which)\b[^,;\n]*,)?\s*", re.I)


def without_event_anchors(sentences: list[str]) -> list[str]:
    """The sentences, a clause telling an event by its distance from the story cut out."""
    return [_cut(sentence) for sentence in sentences]


def _cut(sentence: str) -> str:
    # Every interval ends in "after", which most sentences do not write: the patterns, tried
    # at every space, are left unread. IGNORECASE matches its letters only as their two cases.
    if "after" not in sentence.lower():
        return sentence
    if opening := _OPENING.match(sentence):
        return sentence[opening.end() :]
    at = 0
    while trailing := _TRAILING.search(sentence, at):
        end = _clause_end(sentence, trailing.end())
        if not _counted(sentence, trailing):
            return sentence[: trailing.start()] + sentence[end:]
        at = end + 1
    return sentence


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause going on from `start` ends: at a comma after which the sentence goes on
    ("On Monday, a week after the drills ended, the ministry said ..."), past one that opens a
    clause about the event ("..., when 76 aircraft were tracked"); else at its semicolon or line
    break, or before the sentence's closing stop and spaces."""
    stops = [i for i in (sentence.find(";", start), sentence.find("\n", start)) if i >= 0]
    if stops:
        limit = min(stops)
    else:
        limit = len(sentence.rstrip())
        limit = max(start, limit - 1) if sentence[:limit].endswith((".", ";")) else limit
    comma = sentence.find(",", start, limit)
    while comma >= 0 and _EVENTS_CLAUSE.match(sentence, comma + 1):
        comma = sentence.find(",", comma + 1, limit)
    return comma if comma >= 0 else limit


def _counted(sentence: str, interval: re.Match[str]) -> bool:
    """Whether a number stands before the interval ("three days after"): a count of days, which
    the grammar dates counts by."""
    before = sentence[: interval.start()].split()
    return bool(before) and (before[-1].isdigit() or before[-1].lower() in NUMBER_WORDS)
