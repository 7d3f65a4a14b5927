"""A place's name, then a common noun the knowledge base also knows as a name of a thing in that
place: "the Taiwan Strait median line" is the strait and its median line, two mentions, as the
sets label it (each of "Taiwan Strait" and "median line" an item of its own in some thirty
passages). The knowledge base's long form ("Taiwan Strait median line") would otherwise hide the
strait. A capitalised rest is a name of its own ("Miyako Shimojishima Airport") and stays whole.
"""

from __future__ import annotations

from dataclasses import replace

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold

PLACES = frozenset({"LOC"})


def place_led_terms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each place-led term cut into the place and the term."""
    result = []
    for mention in mentions:
        cut = _place_and_term(text, mention, kb) if mention.in_kb and " " in mention.text else None
        result += cut or [mention]
    return result


def _place_and_term(text: str, mention: Mention, kb: KnowledgeBase) -> list[Mention] | None:
    """The place and the term, when the mention's text is another place's name, a space and a
    lower-case rest that names the mention's own entity."""
    if kb.entities[mention.entity_id].type not in PLACES:
        return None
    words = mention.text.split(" ")
    for k in range(len(words) - 1, 0, -1):
        rest = " ".join(words[k:])
        if not rest.islower() or kb.lookup(fold(rest)) != mention.entity_id:
            continue
        place = kb.lookup(fold(" ".join(words[:k])))
        if place is None or place == mention.entity_id or kb.entities[place].type not in PLACES:
            return None
        cut = mention.start + len(" ".join(words[:k]))
        head = kb_mention_at(text, mention.start, cut, place, kb)
        return [head, replace(mention, text=text[cut + 1 : mention.end], start=cut + 1)]
    return None
