"""A clause joined to the one before by a comma and a conjunction opens with its own subject:
"Five of the aircraft crossed the median line, and the balloon also crossed the median line".
"The balloon" there is the subject of its clause, as after "that" or a sentence's start: the
craft counted before, one balloon."""

from . import incursion_words as w
from .incursion_claims import Claim
from .incursion_phrases import match, next_is
from .incursion_tokens import Token

_CONJUNCTIONS = {"and", "but", "while", "whereas"}


def _opens_a_joined_clause(words: list[Token], at: int) -> bool:
    """Whether the word at `at` follows ", and", ", but", ", while" or a semicolon."""
    if at > 0 and words[at - 1].low == ";":
        return True
    return at > 1 and words[at - 1].low in _CONJUNCTIONS and words[at - 2].low == ","


def _is_a_clause_subject(words: list[Token], the: int, last: int) -> bool:
    """Whether "the aircraft" is the subject of a clause ("The ministry says the aircraft ...
    flew into", "and that the balloon crossed the median line"): then it means the craft
    counted before, all of them; "the balloon" is one. "The PLA Rocket Force launched" is a
    service's name, and "the missile unit" a unit: neither is a craft."""
    subject = the == 0 or words[the - 1].low in (",", "that", "said", "says")
    subject = subject or _opens_a_joined_clause(words, the)  # ", and the balloon also crossed"
    unit = last + 1 < len(words) and words[last + 1].low in w.UNITS
    return subject and not next_is(words, last, "of") and not unit


_JOINING_REACH = 4  # ", together with": the comma and the longest phrase that adds to a subject


def is_a_subject(words: list[Token], the: int, last: int, before: Claim | None) -> bool:
    """Whether "the aircraft" or "the balloon" from `the` to `last` is a subject: of a clause
    of its own, or joined to the count before it where that count is a share of the craft
    counted before ("Nine of the aircraft, as well as the balloon, crossed"): beside such a
    share, "the balloon" is the one counted before too."""
    share = before.last if before is not None and before.reference else None
    if share is not None and _joins_a_counted_subject(words, the, share):
        return True
    return _is_a_clause_subject(words, the, last)


def _joins_a_counted_subject(words: list[Token], the: int, counted: int) -> bool:
    """Whether "the balloon" at `the` is joined to the count that ends at `counted` by "and",
    "as well as", "along with" or "together with", a comma perhaps between: "Nine of the
    aircraft, as well as the balloon, crossed the median line". The two are one subject of the
    verb after them, so the balloon counted before went where the nine went."""
    start = counted + 1 + (counted + 1 < len(words) and words[counted + 1].low == ",")
    if the <= start or the - start >= _JOINING_REACH:
        return False
    if the == start + 1 and words[start].low == "and":
        return True
    return match(words, start, w.ALONG) == the - start
