"""Parts of a period are periods too: "14 balloons, most of them in the first week", "3 balloon
reports, all in the first half of the month", "in the last ten days of January". A count told
over such a part sums several days (rule 5), as one told "in January" does; "in the first
period" names a report's window, and "on the first day" a day, so neither is one."""

from . import incursion_words as w
from .incursion_tokens import Token

PART_OPENERS = {"in", "during", "over", "across", "through", "throughout"}
_PLACES_IN_ORDER = {"first", "second", "third", "fourth", "last", "final", "latter", "closing",
                    "opening"}  # fmt: skip
_PARTS = {"week", "weeks", "half", "fortnight", "days", "quarter"}


def names_a_part_of_a_period(words: list[Token], i: int) -> bool:
    """Whether a period's part opens at `i`: "in the first week", "during the last two weeks",
    "in the first half of the month"."""
    if words[i].low not in PART_OPENERS:  # asked at every word: most open no period at all
        return False
    lows = [token.low for token in words[i : i + 5]]
    if len(lows) < 4 or lows[1] != "the":
        return False
    if lows[2] not in _PLACES_IN_ORDER:
        return False
    part = 4 if lows[3] in w.NUMBER_WORDS or lows[3].isdigit() else 3
    return part < len(lows) and lows[part] in _PARTS
