"""What a sentence names that the incursion grammar (incursion_grammar.py) makes a reading of. A
claim needs a count or a craft ("19 crossed", "none of them", "both balloons", "a third
entered", "the aircraft"), a mention a craft, and the marks the grammar sets at other words
(where a clause ends, a hedge, a period's opening) are read only for a sentence's claims. So a
sentence that counts nothing and names no craft, as most of a story's sentences are ("The
ministry said it would keep monitoring the situation."), tells no more than the zones and
places it names (incursion_zone_marks.py), and one that names none of those reads as nothing
at all: the grammar reads each as such at once, instead of asking every rule at every word.

Each word comes from the rule that reads it, so a word a rule learns is known here too.
"""

from functools import lru_cache

from . import incursion_time_words as tw
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
# "a third entered"; "no", "another" and "all" count only with a craft or a figure. Craft
# nouns, and the words a craft is read at by the words beside them ("aerial vehicles", "9
# PLAN", "2 official").
_COUNT_OR_CRAFT_WORDS = {"none", "dozen"} | PAIRS | ORDINALS | set(w.CRAFT_NOUNS) | CRAFT_BY_CONTEXT
# Zones, places of the list and places outside it ("near Yonaguni", "in the EEZ").
_PLACE_WORDS = ZONE_WORDS | COAST_WORDS | w.OUTSIDE


def counts_or_names_craft(words: list[Token]) -> bool:
    """Whether a word of the sentence is one the grammar reads a count or a craft at."""
    return any(_counts_or_names_craft(word.low) for word in words)


def names_a_place(words: list[Token]) -> bool:
    """Whether a word of the sentence is one the grammar reads a zone or a place at."""
    return any(word.low in _PLACE_WORDS or may_name_a_place(word.low) for word in words)


@lru_cache(maxsize=1 << 14)  # a test a word; news repeats its words
def _counts_or_names_craft(low: str) -> bool:
    # number_at reads a figure written in digits ("28", "1,200") but a year, and a number's
    # words ("forty-five"); a type's designator holds a digit after its hyphen ("J-16s").
    figure = bool(w.DIGITS.fullmatch(low)) and not tw.YEAR.fullmatch(low)
    spelled = not low[:1].isdigit() and may_write_a_number(low) and low not in ONE_CRAFT_WORDS
    designator = "-" in low and any(character.isdigit() for character in low)
    return figure or spelled or designator or low in _COUNT_OR_CRAFT_WORDS
