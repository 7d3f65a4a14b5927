"""Craft of civil trade, which no rule counts however near a zone they go: merchant ships
(incursion_shipping.py) and airliners, the aircraft an airline flies ("two China Airlines
planes crossed the median line on the M503 route") or tells of ("EVA Air said two of its jets
were rerouted east of the ADIZ"). A drill moves shipping and air routes, and trade copy counts
both beside the zones the ministry names; the PLA's aircraft are named by their operator or
kind, never by an airline.
"""

from . import incursion_words as w
from .incursion_phrases import Head
from .incursion_shipping import is_shipping, teller_of
from .incursion_tokens import Token

# The words of an airline's name or trade: "China Airlines", "British Airways", "airliners".
_AIRLINE_WORDS = {
    "airline", "airlines", "airways", "airliner", "airliners", "jetliner", "jetliners",
    "passenger", "charter",
}  # fmt: skip
# "Air" opens or ends an airline's name ("EVA Air", "Air Macau"), but a force's, a zone's or a
# base's too: "Air Force", "Air Defense Identification Zone", "Air Self-Defense Force".
_NOT_AN_AIRLINES = {
    "force", "forces", "defense", "defence", "self-defense", "self-defence", "command", "base",
    "wing", "group", "division", "station",
}  # fmt: skip


def is_civil_craft(words: list[Token], first: int, head: Head) -> bool:
    """Whether the craft counted from first, whose noun phrase is head, are civil trade's."""
    return is_shipping(words, first, head) or _an_airlines(words, first, head)


def _an_airlines(words: list[Token], first: int, head: Head) -> bool:
    """Whether the aircraft counted are airliners: their phrase names an airline, or their
    teller does and they have no operator of their own ("EVA Air said 20 Chinese aircraft
    ..." passes on China's)."""
    if head.craft != "air":
        return False
    phrase = words[first : head.last + 1]
    if _names_an_airline(phrase):
        return True
    return not any(t.low in w.OPERATORS for t in phrase) and _names_an_airline(
        teller_of(words, first)
    )


def _names_an_airline(tokens: list[Token]) -> bool:
    for k, token in enumerate(tokens):
        if token.low in _AIRLINE_WORDS:
            return True
        if token.text != "Air":
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.low in _NOT_AN_AIRLINES:
            continue
        # "EVA Air", "Air Macau": a name's word beside it, not a sentence's capital.
        named_before = k > 0 and tokens[k - 1].text[:1].isupper()
        if named_before or (after is not None and after.text[:1].isupper()):
            return True
    return False
