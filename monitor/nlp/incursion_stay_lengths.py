"""A stay measured within the week is one stay, no week's tally: "Two Chinese coast guard ships
chased a Japanese fishing boat inside Japanese territorial waters for more than 30 hours this
week" counts two ships in the waters once, as rule 9 counts a stay over several days; "this
week" tells when the hours fell. "Two ships entered the waters four times this week" still sums
the week's entries (rule 5)."""

from .incursion_phrases import number_at
from .incursion_tokens import Token

_LENGTHS = {"hours", "hour", "days", "nights"}
_REACH = 5  # from "for" to "this week": "for more than 30 hours"
_THIS_WEEK = ["this", "week"]


def measures_a_stay(words: list[Token], i: int) -> bool:
    """Whether "this week" at `i` follows a stay's length, "for [about] N hours"."""
    if [token.low for token in words[i : i + 2]] != _THIS_WEEK or i == 0:
        return False
    if words[i - 1].low not in _LENGTHS:
        return False
    opening = [at for at in range(max(0, i - _REACH), i) if words[at].low == "for"]
    return bool(opening) and any(number_at(words, at) for at in range(opening[-1] + 1, i - 1))
