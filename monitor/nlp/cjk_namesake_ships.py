"""A ship named for a place, written in 「」 after a ship word in Japanese copy: "カナダ海軍の
フリゲート「オタワ」", "豪海軍の駆逐艦「シドニー」", "原子力潜水艦「ミネソタ」".

Japanese papers write a foreign warship's name in katakana inside 「」 straight after the word
for its kind (駆逐艦, フリゲート, 空母, 巡視船...), with no hull prefix. Where that name is a
place's (オタワ is Canada's capital), the knowledge base finds the place; the ship word and the
quotes say it is the ship that bears the place's name, as "the Ottawa" after "frigate" does in
English. The ship is the knowledge-base ship whose name, without its hull prefix (HMCS), is the
place's English name (ships.short_names): the place lends its name, so no katakana alias of the
ship is needed, and a place the knowledge base knows by no ship's name stays the place.

One pass of one pattern over the article.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold
from .ships import short_names

# The words for a ship's kind that a quoted name follows: every 艦 (駆逐艦, 護衛艦, 巡洋艦,
# 潜水艦, フリゲート艦, 強襲揚陸艦), and the kinds written without it.
SHIP_WORDS = ("艦", "フリゲート", "空母", "巡視船", "コルベット")
_QUOTED_AFTER_SHIP_WORD = re.compile(f"(?:{'|'.join(SHIP_WORDS)})「([^「」\n]{{2,20}})」")


def namesake_ships(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each place's name quoted after a ship word (module docstring) linked to
    the ship named for it in place of whatever was found over the name."""
    ships = short_names(kb)
    found = []
    for quoted in _QUOTED_AFTER_SHIP_WORD.finditer(text):
        place = kb.lookup(fold(quoted[1]))
        if place is None or kb.entities[place].kind == "ship":
            continue
        ship = ships.get(fold(kb.entities[place].name))
        if ship is not None:
            found.append(kb_mention_at(text, *quoted.span(1), ship, kb))
    if not found:
        return mentions
    taken = {i for f in found for i in range(f.start, f.end)}
    kept = [m for m in mentions if taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)
