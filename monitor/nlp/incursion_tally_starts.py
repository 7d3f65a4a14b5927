"""The day a running tally began is no day of the counts it ranks: "One balloon was also
logged — by our tally the 20th the ministry has reported since Dec. 7." The ordinal places the
day's balloon in a series that opened on Dec. 7; the balloon itself is of the sentence's
report, which takes the day told before, as a sentence that writes none does."""

from . import incursion_words as w
from .incursion_tokens import Token, WrittenDate

_RANK_REACH = 10  # from "the 20th" to the "since" of its series: "the 20th the ministry has ..."
_STARTS = {"since"}
_PARTS_OF_A_DAY = {"early", "late"}  # "since early Dec. 7"


def without_tally_starts(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The dates, less those that open a series an ordinal before them ranks a count in."""
    return [written for written in dates if not _starts_a_ranked_series(tokens, written.first)]


def _starts_a_ranked_series(tokens: list[Token], first: int) -> bool:
    at = first - 1
    at -= at >= 0 and tokens[at].low in _PARTS_OF_A_DAY
    if at < 1 or tokens[at].low not in _STARTS:
        return False
    for j in range(at - 1, max(-1, at - _RANK_REACH), -1):
        if tokens[j].low in (".", ";", ":") or tokens[j].low in w.DASHES:
            return False  # the ordinal must be in the series' own clause
        if w.ORDINAL.fullmatch(tokens[j].low):
            return True
    return False
