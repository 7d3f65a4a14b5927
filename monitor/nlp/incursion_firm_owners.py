"""A share of the craft a firm known only by its name tells of: "Wan Hai said three of its
vessels crossed the median line", "Starlux said two of its jets flew through the ADIZ". "Its"
and "their" stand for the teller, so the craft are the teller's; a teller named by a proper
name alone, with no word of a state or its forces ("Beijing", "the China Coast Guard", "the
Eastern Theater Command", "Japan's Joint Staff"), is a company, whose ships and aircraft are
trade's (incursion_civil_craft.py reads the firms whose names say their trade: "Air",
"Lines", "port")."""

from . import incursion_words as w
from .incursion_shipping import teller_of
from .incursion_tokens import Token

_OWNERS = {"its", "their"}
# The words of a state's or its forces' name: its bodies, and the states by their names,
# capitals and people (the owner's craft are then China's, or another state's, not trade's).
_STATE_WORDS = {
    "ministry", "mnd", "mod", "department", "office", "administration", "agency", "bureau",
    "council", "government", "authorities", "authority", "command", "commands", "force",
    "forces", "army", "military", "headquarters", "staff", "theater", "theatre", "fleet",
    "service", "cabinet", "yuan", "president", "presidency", "police", "tokyo", "washington",
    "manila", "seoul", "pentagon", "kremlin", "moscow",
} | w.OPERATORS | w.CHINESE_NAMES | w.TAIWAN_NAMES | w.FOREIGN  # fmt: skip
_ARTICLES = {"the"}


def owned_by_a_firm(words: list[Token], first: int, owner: int) -> bool:
    """Whether the share counted at first is "of its" or "of their" craft (the owner at
    `owner`), told by a teller whose words are a name and nothing of a state's."""
    if words[owner].low not in _OWNERS:
        return False
    teller = [token for token in teller_of(words, first) if token.low not in _ARTICLES]
    named = bool(teller) and all(token.text[:1].isupper() for token in teller)
    return named and not any(token.low in _STATE_WORDS for token in teller)
