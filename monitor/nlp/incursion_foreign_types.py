"""Craft a count names by a type no Chinese force flies: "six F-15Cs from the 18th Wing", "two
USAF KC-46As", "two Kawasaki C-2s", "two F-CK-1 Ching-kuo fighters". Spotters' posts and
features count the jets they photograph beside the ministry's report; those are Taiwan's, the
United States' or Japan's own, never craft around Taiwan, so the ministry's total is the day's
figure. The type is read from its designator's prefix or the force written in the phrase, both
of which Chinese craft never carry."""

import re

from .incursion_tokens import Token

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
