"""Whether a sentence names anything the incursion grammar (incursion_grammar.py) makes a
reading of: a count, a craft, a zone, a place of the list or one outside it. A claim needs a
count or a craft ("19 crossed", "none of them", "both balloons", "a third entered", "the
aircraft"), a mention a craft, and the marks the grammar sets at other words (where a clause
ends, a hedge, a period's opening) are read only for a sentence's claims. A sentence that
names none of these, as most of a story's sentences do ("The ministry said it would keep
monitoring the situation."), reads as nothing at every word, so the grammar reads it as such
at once instead of word by word.

Each word comes from the rule that reads it, so a word a rule learns is known here too.
"""

from functools import lru_cache

from . import incursion_words as w
from .incursion_home_waters import COAST_WORDS
from .incursion_island_zones import may_name_a_place
from .incursion_modifiers import CRAFT_BY_CONTEXT
from .incursion_ordinal_ones import ORDINALS
from .incursion_pairs import PAIRS
from .incursion_phrases import ONE_CRAFT_WORDS, may_write_a_number
from .incursion_tokens import Token
from .incursion_zones import ZONE_WORDS

# Counts written without a figure: "none of them" (a nought), "a dozen", "both balloons", and
# "a third entered"; "no", "another" and "all" count only with a craft or a figure.
_COUNT_WORDS = {"none", "dozen"} | PAIRS | ORDINALS
# Craft nouns, and the words a craft is read at by the words beside them ("aerial vehicles",
# "9 PLAN", "2 official"); a type's designator ("J-16s", "KJ-500") holds a digit.
_WORDS_READ = _COUNT_WORDS | set(w.CRAFT_NOUNS) | CRAFT_BY_CONTEXT | ZONE_WORDS | COAST_WORDS
_WORDS_READ |= w.OUTSIDE  # a place outside the list: "near Yonaguni", "in the EEZ"


def names_something_read(words: list[Token]) -> bool:
    """Whether any word of a sentence is one the grammar reads a count, a craft, a zone or a
    place at."""
    return any(_read_at(word.low) for word in words)


@lru_cache(maxsize=1 << 14)  # a test a word; news repeats its words
def _read_at(low: str) -> bool:
    figure = may_write_a_number(low) and low not in ONE_CRAFT_WORDS  # "28", "forty-five"
    digits = any(character.isdigit() for character in low)  # a figure or a type's designator
    return figure or digits or low in _WORDS_READ or may_name_a_place(low)
