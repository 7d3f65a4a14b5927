"""Craft a count names by a type no Chinese force flies: "six F-15Cs from the 18th Wing", "two
USAF KC-46As", "two Kawasaki C-2s", "two F-CK-1 Ching-kuo fighters". Spotters' posts and
features count the jets they photograph beside the ministry's report; those are Taiwan's, the
United States' or Japan's own, never craft around Taiwan, so the ministry's total is the day's
figure. The type is read from its designator's prefix or the force written in the phrase, both
of which Chinese craft never carry."""

import re

from .incursion_tokens import Token
from .incursion_word_positions import first_from
from .incursion_words import CHINESE_NAMES
from .incursion_zones import zone_at

# Designator prefixes of US, Japanese and Taiwanese types (US mission-design letters, Taiwan's
# F-CK); Chinese types start J, H, Y, KJ, Z, WZ, GJ, BZK, TB, JH, Su, Ka, Mi, DF. "CH" is left
# out: China's CH-4 drones share it with the CH-47.
_FOREIGN_DESIGNATOR = re.compile(
    r"(?:f|kc|c|p|e|rc|ep|ec|ea|mq|rq|ah|mh|uh|sh|hh|b|a|t|mv|cv|ov|f-ck)-\d+[a-z]*(?:-\d+)?"
)
# Forces and makers whose name in a count's phrase makes the craft theirs.
_FOREIGN_FORCES = {
    "usaf", "usmc", "rocaf", "rocn", "jasdf", "jmsdf", "jgsdf", "raaf", "ran", "rcaf", "kawasaki",
    "lockheed", "boeing", "mitsubishi",
}  # fmt: skip


def names_a_foreign_type(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last names its craft by a type or force not China's."""
    return any(
        t.low in _FOREIGN_FORCES or _FOREIGN_DESIGNATOR.fullmatch(t.low)
        for t in words[first : last + 1]
    )


def counts_a_foreign_type_named_before(words: list[Token], first: int, last: int) -> bool:
    """Whether a count that names no type ("four jets launched") follows a foreign type named in
    its sentence ("to watch the F-16Vs of the 4th Tactical Fighter Wing: four jets launched"),
    with no Chinese craft or force named before it and no zone after it: a spotter counts the
    jets of the base they watch, which are the foreign type's, not craft around Taiwan."""
    named = first_from(words, _foreign, 0)
    if named is None or named >= first:
        return False
    chinese = first_from(words, _chinese, 0)
    if chinese is not None and chinese <= last:
        return False
    return first_from(words, _zone, last + 1) is None


def _foreign(words: list[Token], at: int) -> bool:
    low = words[at].low
    return low in _FOREIGN_FORCES or bool(_FOREIGN_DESIGNATOR.fullmatch(low))


def _chinese(words: list[Token], at: int) -> bool:
    return words[at].low in CHINESE_NAMES


def _zone(words: list[Token], at: int) -> bool:
    return zone_at(words, at) is not None
