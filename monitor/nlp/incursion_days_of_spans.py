"""A span that only names one of its days: "On Monday, the last day of China's three-day 'Joint
Sword' exercise, the ministry had reported 70 aircraft", "on the second day of the four-day
drills". The phrase says which day the count is of; the span is the event's length, no period
the count sums (rule 5)."""

from .incursion_tokens import Token

_REACH = 6  # "day of China's three-day 'Joint Sword'": from "day" to the span's word
_PHRASE_ENDS = {",", ";", ".", ":"}


def names_one_of_its_days(words: list[Token], i: int) -> bool:
    """Whether the span at i follows "day of" in the same phrase: a day of the span."""
    for j in range(i - 1, max(0, i - _REACH) - 1, -1):
        if words[j].low in _PHRASE_ENDS:
            return False
        if words[j].low == "of" and j > 0 and words[j - 1].low == "day":
            return True
    return False
