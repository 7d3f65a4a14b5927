"""A count placed by "there": "four China Coast Guard ships were in the zone ... As I write, the
Japan Coast Guard reports four there again". "There" after a count, with no verb of being to
open a clause of its own ("four there were"), is the zone named before, as "the zone" is."""

from .incursion_tokens import Token
from .incursion_words import DIGITS, NUMBER_WORDS

# "there were", "there are": an existential clause that begins at "there", no place of the count
_OPENS_A_CLAUSE = {"was", "were", "is", "are", "had", "have", "has"}


def counted_there(words: list[Token], there: int) -> bool:
    """Whether the word at `there` is "there" after a count ("four there", "all 12 there") and
    opens no clause of its own."""
    if there == 0 or words[there].low != "there":
        return False
    before = words[there - 1].low
    if not (DIGITS.fullmatch(before) or before in NUMBER_WORDS):
        return False
    after = words[there + 1].low if there + 1 < len(words) else ""
    return after not in _OPENS_A_CLAUSE
