"""A number of days that heads the counts after it, as a headline or a summary line lists them:
"ADIZ incursion markets: four days, 149 sorties, one record", "Three days: 200 aircraft". The
counts are those days' sum, no figure of one day (rule 5), as "over four days" would say."""

from .incursion_number_tables import Numbers
from .incursion_tokens import Token
from .incursion_words import DASHES

_SPANS = {"days", "weeks", "months"}
_SEPARATORS = {",", ":"} | DASHES


def heads_counts_with_its_days(words: list[Token], numbers: Numbers, i: int) -> bool:
    """Whether a number of days at i stands right before a count, set off by a comma, a colon
    or a dash, with no verb or preposition between."""
    length = numbers[i]
    if length is None or length[0] < 2:
        return False
    unit = length[1] + 1
    if unit + 2 >= len(words) or words[unit].low not in _SPANS:
        return False
    return words[unit + 1].low in _SEPARATORS and numbers[unit + 2] is not None
