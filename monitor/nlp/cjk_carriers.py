"""Carriers that bear provinces' names (山東, 福建): which of the two a bare CJK name is.

The knowledge base gives the bare name to the province and 山東艦 to the ship. Copy writes a
ship's name bare where the words around it say it is a ship:

- in brackets in a sentence that speaks of carriers ("空母「山東」", "航母「遼寧」", "空母は「遼寧」
  「山東」に続き、３隻目の「福建」が就役した"): copy brackets a ship's name, never a province's;
- joined in a list to another ship's name ("空母「遼寧」と「山東」", "遼寧、山東に続く空母"), the
  ship's hull number in brackets or not ("遼寧（16）、山東（17）に続く3隻目"): copy lists a navy's
  carriers together, never a ship and a province; a bare name that is a province's too ("遼寧")
  names a ship there only in an article that speaks of carriers, since "在福建、辽宁等地" lists
  two provinces, and only a name written with its ship's word ("遼寧艦、福建") is a ship anywhere;
- joined to another carrier's namesake in an article that speaks of carriers ("山東か福建が動い
  ている……空母の動きは出ていない"): there two such names side by side are the navy's pair, as
  two provinces are written with their 省 ("山東、福建両省");
- bare after the article has bracketed it as a carrier ("空母「山東」の艦隊が含まれていて、山東は
  台湾南東を航行中"): a name keeps the sense the article gave it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cjk_script import fold
from .kb import KnowledgeBase

CARRIER_WORDS = tuple(fold(word) for word in ("空母", "航母", "航艦"))
# A bracketed name's sentence is read back at most this many characters.
CARRIER_SENTENCE_CHARS = 80
# The endings of a ship's knowledge-base name after its namesake's ("山東艦", "山東號").
SHIP_NAME_ENDINGS = tuple(fold(ending) for ending in ("艦", "號", "号"))
# The words and marks that join ships' names in a list ("「遼寧」と「山東」", "遼寧、山東", "山東か
# 福建"), and the longest ship's name looked for beside a name they join.
SHIPS_JOINED = tuple(
    fold(word)
    for word in ("」と「", "」、「", "」和「", "」及「", "、", "と", "か", "や", "和", "及")
)
SHIP_NAME_CHARS = 4
# A hull number in brackets after a ship's name, before the list goes on ("遼寧（16）、"), and
# its longest length.
_HULL_NUMBER = re.compile(r"\([0-9]{1,3}\)$")
HULL_NUMBER_CHARS = 5
_CARRIER_BRACKETED = re.compile(f"(?:{'|'.join(CARRIER_WORDS)})「([^」]{{1,{SHIP_NAME_CHARS}}})」")
# What makes a namesake the province: its 省 ("福建省", "山東、福建両省").
PROVINCE_AFTER = tuple(fold(word) for word in ("省", "両省", "两省", "兩省"))


def bracketed_carrier(
    folded: str, start: int, end: int, forms: dict[str, str], kb: KnowledgeBase
) -> str | None:
    """The ship the name at `start` stands for where the words around it make it a ship."""
    ship = _namesake_ship(folded[start:end], forms, kb)
    if ship is None:
        return None
    sentence = folded[max(0, start - CARRIER_SENTENCE_CHARS) : start].rsplit("。", 1)[-1]
    bracketed = (
        sentence.endswith("「")
        and folded.startswith("」", end)
        and any(word in sentence for word in CARRIER_WORDS)
    )
    carrier_named = folded[start:end] in _carrier_article(folded)[1]
    if bracketed or (carrier_named and not folded.startswith(PROVINCE_AFTER, end)):
        return ship
    return ship if _beside_ship(folded, start, end, forms, kb) else None


def _beside_ship(
    folded: str, start: int, end: int, forms: dict[str, str], kb: KnowledgeBase
) -> bool:
    """Whether a ship's name, or in an article that speaks of carriers another carrier's
    namesake, stands just before or after the name, joined to it by a list's word or mark.
    Only the few characters beside the name are read, and the article only when a namesake
    stands there."""
    if folded.startswith(PROVINCE_AFTER, end):
        return False
    partners = []
    for joiner in SHIPS_JOINED:
        before = start - len(joiner)
        if folded.startswith(joiner, before) and before > 0:
            head = _HULL_NUMBER.sub(
                "", folded[max(0, before - SHIP_NAME_CHARS - HULL_NUMBER_CHARS) : before]
            )
            partners += [head[-n:] for n in range(1, SHIP_NAME_CHARS + 1) if n <= len(head)]
        if folded.startswith(joiner, end):
            after = end + len(joiner)
            words = [folded[after : after + n] for n in range(1, SHIP_NAME_CHARS + 1)]
            partners += [w for w in words if not folded.startswith(PROVINCE_AFTER, after + len(w))]
    ships = [word for word in partners if word in forms and kb.entities[forms[word]].kind == "ship"]
    if any(word.endswith(SHIP_NAME_ENDINGS) for word in ships):
        return True
    namesake = bool(ships) or any(_namesake_ship(word, forms, kb) for word in partners)
    return namesake and _carrier_article(folded)[0]


@lru_cache(maxsize=4)
def _carrier_article(folded: str) -> tuple[bool, frozenset[str]]:
    """Whether the article speaks of carriers, and the names it brackets after a carrier's word
    ("空母「山東」"); read once per article."""
    named = _CARRIER_BRACKETED.findall(folded)
    return any(word in folded for word in CARRIER_WORDS), frozenset(named)


def _namesake_ship(name: str, forms: dict[str, str], kb: KnowledgeBase) -> str | None:
    """The ship named for `name` ("山東" -> the carrier whose name is 山東艦), if any."""
    for ending in SHIP_NAME_ENDINGS:
        ship = forms.get(name + ending)
        if ship and kb.entities[ship].kind == "ship":
            return ship
    return None
