"""A clause that opens with its own day after a semicolon is that day's, whatever period the
clause before it names: "Chinese government ships have been in the zone almost continuously
since 2019; on Tuesday there were four" (or "— as of noon on Tuesday, three were there")
counts Tuesday's four, no tally since 2019; "counted
284 navy vessels during the month; 298 aircraft crossed the median line" writes no day, and
the month's tally goes on (incursion_scopes.py)."""

from datetime import date

from .incursion_clocks import is_clock
from .incursion_tokens import Token
from .incursion_word_positions import last_before
from .incursion_words import DASHES

_OPENERS = {"on", "and", "but", "by"}  # "; on Tuesday", "; and on Tuesday", "; by Tuesday"
# "; as of noon on Tuesday", "— as of 9 a.m. Tuesday": the time of day the count stood at
_OPENERS |= {"as", "of", "at", "noon", "midnight", "a.m", "p.m", "."}


def day_clause_start(words: list[Token], days: dict[int, date], first: int) -> int:
    """Where the clause of the count at `first` opens, if a semicolon or a dash before it is
    followed by a day written, perhaps after the time of day it stood at ("; as of noon on
    Tuesday, three were there"); else 0."""
    at = last_before(words, _semicolon_or_dash, first)
    if at is None:
        return 0
    opens = at + 1
    while opens < first and (words[opens].low in _OPENERS or _a_time(words[opens])):
        opens += 1
    return at + 1 if opens in days else 0


def _semicolon_or_dash(words: list[Token], at: int) -> bool:
    return words[at].low == ";" or words[at].text in DASHES


def _a_time(word: Token) -> bool:
    return is_clock(word) or word.text.isdigit()  # "9 a.m.", "0900"
