"""A count of what a force holds, not of what it sent: "Today it has three carriers and the
world's largest fleet by hull count", "the PLA Navy now fields two carriers". Essays and
profiles size China's fleet beside a daily report's figures; a holding verb right before the
count, with China's force or a pronoun for it as its subject and no place named after the
count, is an inventory, and no craft operated anywhere that day."""

from .incursion_tokens import Token
from .incursion_words import CHINESE_NAMES, CLAUSE_ENDS, COMPASS_POINTS

# "has" and "have" only as the main verb, right before the count: "has entered" is another's.
_HOLDING = {"has", "have", "owns", "own", "possesses", "fields", "boasts"}
_ADVERBS = {"now", "already", "still", "today", "also"}  # "it now has", "China already owns"
_HOLDERS = CHINESE_NAMES | {"it", "they", "navy", "force", "forces", "fleet", "military"}
# After the count, a word that places the craft: "has 20 ships around Taiwan" is a sighting.
_PLACING = {"around", "near", "off", "in", "into", "inside", "within", "toward", "towards",
            "across", "at"} | COMPASS_POINTS  # fmt: skip


def counts_a_fleet(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last is what a Chinese force holds ("it has three
    carriers"), placed nowhere."""
    verb = first - 1
    if verb < 1 or words[verb].low not in _HOLDING:
        return False
    subject = verb - 1
    while subject > 0 and words[subject].low in _ADVERBS:
        subject -= 1
    if words[subject].low not in _HOLDERS:
        return False
    for word in words[last + 1 :]:
        if word.low in CLAUSE_ENDS or word.text in (".", ";"):
            return True
        if word.low in _PLACING:
            return False
    return True
