"""What a word of a craft's noun phrase is by itself: a craft noun ("J-16s", "ships") or a
modifier of one ("Chinese", "PLA", "early-warning", "J-16"). The noun phrase reader
(incursion_phrases.py) asks at every word whether a phrase opens there, and most words open
none; the answer reads the word alone, so it is found once a spelling, not once a word."""

from functools import lru_cache

from . import incursion_time_words as tw
from . import incursion_words as w
from .english_words import slip_of
from .incursion_tokens import Token

# Modifiers copy misspells ("militray aircraft", "millitary"): the phrase is the same.
_MISSPELT = frozenset(word for word in w.MODIFIERS if len(word) >= 6)
# The words whose craft the words beside them decide (incursion_phrases._craft_at): "aerial
# vehicles" are drones, "9 PLAN" the navy's ships, "2 official" in a note official ships.
CRAFT_BY_CONTEXT = {"vehicle", "vehicles", "plan", "official"}


def craft_of(token: Token) -> str | None:
    if token.low in w.CRAFT_NOUNS:
        return w.CRAFT_NOUNS[token.low]
    designator = w.DESIGNATOR.fullmatch(token.low) if "-" in token.low else None
    if designator:
        return w.DESIGNATOR_CLASS.get(designator.group(1), "air")
    return None


@lru_cache(maxsize=1 << 14)  # a test a word; news repeats its words
def opens_no_phrase(text: str, low: str) -> bool:
    """Whether a word written so is neither a craft noun nor a modifier of one, wherever it
    stands: no craft's noun phrase opens at it."""
    craft = low in CRAFT_BY_CONTEXT or craft_of(Token(text, low, 0)) is not None
    return not craft and not modifies(text, low)


@lru_cache(maxsize=1 << 14)
def modifies(text: str, low: str) -> bool:
    """Whether a word modifies a craft noun by itself: adjectives of craft, names ("Chinese",
    "PLA Navy"), designators ("J-16")."""
    if low in w.MODIFIERS or low in w.FOREIGN:
        return True
    if text[:1].isupper() and low not in w.PLACES and low not in tw.MONTHS:
        return low not in tw.WEEKDAYS
    if any(map(str.isdigit, text)):
        return "-" in text
    # "four white-hulled cutters", "two newly-commissioned frigates": a described look or
    # state; "Japan-based" is another country's and no modifier of China's craft.
    parts = low.split("-")
    # "one electronic-warfare plane", "an early-warning aircraft": modifiers joined by a hyphen
    if len(parts) > 1 and all(part in w.MODIFIERS for part in parts):
        return True
    if len(parts) == 2 and all(p.isalpha() for p in parts) and parts[1].endswith("ed"):
        return parts[0] not in w.FOREIGN
    # "militray", not "freight" (a word with a modifier's letters) nor "coast-guard" (joined
    # words, read by their parts above)
    return len(low) >= 6 and "-" not in low and slip_of(low, _MISSPELT) is not None
