"""A month named before the activity it counts: "October PLA air activity near Taiwan tops 300
sorties", "March incursions hit a record". The month modifies the noun as "January's total"
does (the possessive's "'s" is dropped by the tokenizer), so the figure is the month's sum, no
day's (rule 5). A month followed by its day ("October 14 activity") is a date."""

from . import incursion_time_words as tw
from .incursion_tokens import Token

_ACTIVITY = {"activity", "activities", "incursions", "intrusions", "sorties", "flights"}
_MODIFIER_REACH = 4  # "October PLA air activity", "March Chinese military aircraft sorties"


def heads_a_months_activity(words: list[Token], i: int) -> bool:
    """Whether the month at i, written capitalised, modifies a noun of activity a few
    modifiers after it."""
    if words[i].low not in tw.MONTHS or not words[i].text[:1].isupper():
        return False
    for token in words[i + 1 : i + 1 + _MODIFIER_REACH]:
        if token.low in _ACTIVITY:
            return True
        if not token.text.isalpha():  # a day's number, a comma: the month's phrase has ended
            return False
    return False
