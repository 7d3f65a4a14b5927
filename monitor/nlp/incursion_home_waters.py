"""China's own coast is no zone of the list (rule 5): "six warships anchored in the lee of
Pingtan island, off China's Fujian province" are in home waters, where a commercial image or a
spotter sees them, not craft the ministry counts around Taiwan. A place locates craft after a
preposition of position ("off", "near", "at", "in the lee of"); after "from" it is where they
came from ("missiles fired from Fujian"), which says nothing of where they went. A place after
an event's noun is that event's ("drills off Fujian"), as a prepositional phrase belongs to the
noun it follows: where the drills were staged, not where the craft counted beside them were."""

from .incursion_tokens import Token
from .incursion_words import EVENTS

# The mainland's coast facing Taiwan and its harbours, as copy names them.
_HOME_COAST = {
    "fujian", "zhejiang", "guangdong", "pingtan", "xiamen", "fuzhou", "ningbo", "zhoushan",
    "quanzhou", "shantou", "putian", "zhangzhou", "wenzhou",
}  # fmt: skip
# Every word off_chinas_own_coast reads a coast at (incursion_silent_sentences.py).
COAST_WORDS = _HOME_COAST | {"coast"}
_LOCATING = {"off", "near", "at", "lee"}  # "off Fujian", "in the lee of Pingtan"
# Words between the preposition and the place: "off China's Fujian province", "near the port of".
_BETWEEN = {"china", "chinese", "the", "mainland", "port", "of"}
_REACH = 4  # "at the port of Xiamen"


def off_chinas_own_coast(words: list[Token], i: int) -> bool:
    """Whether the word at i names the mainland's coast as where craft are: a place of
    _HOME_COAST after a preposition of position, or "the Chinese coast" after one, when the
    preposition follows no event's noun."""
    low = words[i].low
    home = low in _HOME_COAST or (low == "coast" and i > 0 and words[i - 1].low == "chinese")
    if not home:
        return False
    for at in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if words[at].low in _LOCATING:
            return at == 0 or words[at - 1].low not in EVENTS  # not "drills off Fujian"
        if words[at].low not in _BETWEEN:
            return False
    return False
