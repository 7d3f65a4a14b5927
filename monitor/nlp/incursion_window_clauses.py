"""A report told in a clause of its own, with its own window, is no part of a period the main
clause names: "Chiu said the scale of activity this month was 'not normal', after the ministry
reported 28 aircraft in the 24 hours to 6 a.m. Wednesday" counts Wednesday's 28, and "this
month" is what Chiu judged. The clause opens at a comma and a subordinator ("after", "as",
"when"), as "while" and ";" cut a clause's period off already (incursion_scopes.py). English
measures the time between the two events before the subordinator (", hours after", ", shortly
after", ", two days after"): the clause opens at the comma all the same."""

from .incursion_tokens import Token

_SUBORDINATORS = {"after", "as", "when", "following"}
# The words of a measure of time put before a subordinator: "hours", "a day", "only minutes",
# "shortly", "just", "three weeks". A number written in digits is one too.
_MEASURES = {
    "a", "an", "one", "two", "three", "four", "five", "six", "few", "several", "some", "only",
    "just", "shortly", "soon", "barely", "moments", "minutes", "minute", "hours", "hour", "day",
    "days", "week", "weeks", "not", "long",
}  # fmt: skip
_MEASURE_WORDS = 3  # "only two hours after" at most


def own_clause_start(words: list[Token], start: int, first: int) -> int:
    """Where the clause of the count at `first` opens, if ", after" or the like, or ", hours
    after", opens one between `start` and it; else `start`."""
    for at in range(first - 1, start, -1):
        if words[at].low not in _SUBORDINATORS:
            continue
        before = at - 1
        while before > start and at - before <= _MEASURE_WORDS and _measures(words[before]):
            before -= 1
        if words[before].low == ",":
            return at
    return start


def _measures(word: Token) -> bool:
    return word.low in _MEASURES or word.text.isdigit()
