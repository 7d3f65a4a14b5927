"""What a date written in a report's sentence is the day of, when it is not the day of the
counts: the telling ("said Thursday", "told the defence committee on Tuesday", a dateline's
"Aug. 6 (Kyodo)"), the leaving ("left the area on Friday"), or the event a date names ("ahead of
the Jan. 13 elections"). Kept apart from tokenizing and reading dates (incursion_tokens.py),
which asks these of each date it reads.
"""

from typing import TYPE_CHECKING

from .incursion_day_notes import past_day_note
from .incursion_time_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_words import (
    AUXILIARIES,
    DASHES,
    DIGITS,
    LEAVING,
    NEGATIONS,
    NUMBER_WORDS,
    REPORT_VERBS,
)

if TYPE_CHECKING:  # tokens are made in incursion_tokens.py, which asks its dates' roles here
    from .incursion_tokens import Token

_LEAVING_REACH = 8  # "left the area at around 11:50 p.m. Monday": from leaving to its day
# "told an emergency session of the Senate Committee on Armed Services on Monday": from the
# verb of the telling, over its hearers, to its day.
_HEARERS_REACH = 16
TELLING = REPORT_VERBS | {"tells", "tell", "briefed", "briefs", "informed", "testified"}
# Verbs that answer an event told in their object: "condemned the launch of three missiles".
_REACTIONS = {"condemned", "denounced", "protested", "criticised", "criticized", "deplored"}
# Verbs of a statement answering a report: "Zinke today called on the administration ..., after
# the ministry reported four balloons on Tuesday", "today issued the following statement".
_STATEMENTS = {"called", "urged", "issued", "released"}

_HOURS = {"hour", "hours", "minute", "minutes"}  # "an hour before Saturday's race": its day

# Words that open a clause saying which day "the Friday" is: "the Friday (that) we visited",
# "the Monday this reporter called", "the Tuesday when the drills began".
_RELATIVE_OPENERS = {
    "that", "when", "this", "we", "i", "he", "she", "they", "you", "our", "his", "her", "their",
}  # fmt: skip


def names_an_event(tokens: list["Token"], first: int, last: int) -> bool:
    """Whether a date is an adjective of the noun after it ("ahead of the Jan. 13 elections",
    "since the Dec. 5 summit"): it says which event is meant, not the day of the sentence's
    counts, and is often months away from the report."""
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    # "On the Friday this reporter visited, the ministry counted 34 aircraft": a clause after
    # the day says which day is meant, and it is the day of the counts, no event's adjective.
    relative = after.lower() in _RELATIVE_OPENERS
    if first > 0 and tokens[first - 1].low == "the" and after.isalpha() and after.islower():
        return not relative
    # "days before Saturday's presidential election": the counts came before or after it; "an
    # hour before Saturday's half marathon set off" they came on its day.
    lows = [token.low for token in tokens[max(0, first - 2) : first]]
    within_hours = lows[:1] and lows[0] in _HOURS
    before = " ".join(lows)
    return (
        tokens[last].possessive
        and before.endswith(("before", "after", "ahead of"))
        and not within_hours
    )


def told_day(tokens: list["Token"], first: int, last: int) -> bool:
    """Whether a date is the day of the telling or of leaving: "said Thursday", "said on
    Monday", "left on Friday", and a dateline's "Aug. 6 (Kyodo)", not the date of an entry
    whose weekday is bracketed ("Sep 11 (Mon):")."""
    reach = max(0, first - _LEAVING_REACH)
    lows = [t.low for t in tokens[reach:first]]  # as far back as the rules look, no further
    before = lows[-2:]
    if before and before[-1] == "on":
        before.pop()
    if before and before[-1] in REPORT_VERBS or _after_hearers(tokens, first):
        return True
    # "Rights groups on Tuesday condemned the firing of three missiles on Monday": the day
    # between a subject and its verb of telling is the telling's, as "said on Monday" is.
    if last + 1 < len(tokens) and tokens[last + 1].low in TELLING | _REACTIONS | _STATEMENTS:
        return True
    # "Two ships that entered the waters on Tuesday left the area on Friday": a stay is one
    # fact, of the day it began (rule 9); the day they left counts only if it is all there is.
    # Ships that "had not left as of noon Monday" are still there; "not ... until" they left.
    for i in range(reach, first):
        held = i > 0 and tokens[i - 1].low in NEGATIONS and "until" not in lows[i - reach :]
        if tokens[i].low in LEAVING and not held:
            return True
    # "TOKYO, Nov. 23 Kyodo - ...": a dateline's date, after its city in capitals, before a dash.
    capital = tokens[0].text.isupper() and len(tokens[0].text) > 2 and 0 < first <= 4
    if capital and any(t.text in DASHES for t in tokens[last + 1 : last + 3]):
        return True
    inside = tokens[last + 2].low if last + 2 < len(tokens) else ""
    weekday = inside in WEEKDAYS or inside in WEEKDAY_ABBREVIATIONS
    # "Last Sunday (10th), the MND detected ...": a weekday's own date in the bracket, where a
    # dateline brackets its agency; no agency is written in digits.
    weekday = weekday or inside[:1].isdigit()
    dateline = last + 1 < len(tokens) and tokens[last + 1].text == "(" and first <= 4
    # "Friday, Oct. 1 (the PRC's National Day): 38": a list's day and its gloss, no dateline.
    return dateline and not weekday and past_day_note(tokens, last + 1) == last + 1


_SUBJECT_REACH = 8  # "This morning Taiwan's Ministry of National Defense said": day to verb


def opens_a_telling(tokens: list["Token"], first: int, last: int) -> bool:
    """Whether a day that opens the sentence is the day its subject tells what it tells: "This
    morning the ministry said 30 aircraft had flown into its ADIZ on Monday", "On Tuesday,
    Taipei said ...". The subject and its verb of telling follow the day, with no count and no
    other verb between; the events told write their own day later, if any."""
    start = first - (first > 0 and tokens[first - 1].low in ("on", "this"))
    if start > 0:
        return False
    after = last + 1 + (last + 1 < len(tokens) and tokens[last + 1].text == ",")
    for token in tokens[after : after + _SUBJECT_REACH]:
        if token.low in TELLING:
            return True
        edge = token.low in _CLAUSE_EDGES or token.low in AUXILIARIES
        if edge or token.low in NUMBER_WORDS or DIGITS.fullmatch(token.low):
            return False
        if token.text.islower() and token.low.endswith("ed"):  # a verb of the events
            return False
    return False


def _after_hearers(tokens: list["Token"], first: int) -> bool:
    """Whether a date closes the hearers of a telling: "told the legislature's defence
    committee on Tuesday", "said at a parliamentary hearing on Friday that ...". The events
    told ("told lawmakers four ships entered on Sunday") put a count, a verb or a clause's
    edge between the telling and their own day."""
    for i in range(first - 1, max(-1, first - _HEARERS_REACH - 1), -1):
        low = tokens[i].low
        if low in TELLING:
            return True
        # "a closed session", "the enlarged committee": after an article, a participle is an
        # adjective of the hearers, not a verb of the events.
        adjective = i > 0 and tokens[i - 1].low in ("a", "an", "the")
        verb = tokens[i].text.islower() and low.endswith("ed") and not adjective
        verb = verb or low in AUXILIARIES
        if verb or low in _CLAUSE_EDGES or low in NUMBER_WORDS or DIGITS.fullmatch(low):
            return False
    return False


_CLAUSE_EDGES = {"that", "when", "which", "who", "where", "after", "before", ",", ";", ":", "(",
                 ")", "but"}  # fmt: skip
