"""A ship class written by its name alone: "the Mogami's 16 launch cells", "Mogami frigate bid".

Defence copy names a class in full once ("upgraded Mogami-class frigates") and then by the name
of its lead ship alone. The model reads that word as a place or a person, and the knowledge base
knows it only with "class". Where the article names the class in full, the bare word is the
class unless the words around it make it a place: a place's preposition before it ("in
Mogami") or a place noun after it ("the Mogami River"); a hull prefix or "the" keeps it a vessel
even after one ("aboard the Mogami"). A place the knowledge base knows keeps its sense ("in
Virginia"). A kit's scale makes a vessel too ("a 1/700 Mogami"), and so does the plural ("the
MSDF's own Mogamis"), which no place has.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention import Mention, relinked
from .names import fold

if TYPE_CHECKING:
    from .kb import KBEntry, KnowledgeBase

_CLASS_WORD = re.compile(r"[- ]class\b.*$", re.IGNORECASE)
# A hull prefix, "the", or a kit's scale: "a 1/700 Mogami" is a model of the vessel.
_BEFORE = re.compile(r"(?:\b(?:the|JS|USS|HMS|HMAS|HMNZS|ROCS)|\b1/\d{2,4})\s+$", re.IGNORECASE)
_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:frigates?|destroyers?|submarines?|cutters?|ships?|vessels?|hulls?|"
    r"programme|program|contract|bid|deal)\b",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:river|prefecture|city|town|valley|plain|basin|district|county|region|area|"
    r"peninsula|islands?|mountains?|state)\b",
    re.IGNORECASE,
)


def class_names_alone(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each bare class name that reads as a vessel linked to its class."""
    named = {m.entity_id for m in mentions if m.in_kb}
    stems = {
        fold(_CLASS_WORD.sub("", form)): entry.id
        for entry in _ship_classes(kb)
        if entry.id in named
        for form in (entry.name, *entry.aliases)
        if _CLASS_WORD.search(form)
    }
    if not stems:
        return mentions
    found = []
    for mention in mentions:
        class_id = None if mention.in_kb else stems.get(fold(mention.text))
        if class_id and _reads_as_vessel(text, mention):
            mention = relinked(mention, class_id, kb)
        found.append(mention)
    return found + _plurals(text, found, stems, kb)


# knowledge-base digest -> its ship classes, in its order: found once, not by reading every
# entity of the base again for each article
_SHIP_CLASSES: dict[str, list[KBEntry]] = {}


def _ship_classes(kb: KnowledgeBase) -> list[KBEntry]:
    if kb.digest not in _SHIP_CLASSES:
        _SHIP_CLASSES[kb.digest] = [e for e in kb.entities.values() if e.kind == "ship-class"]
    return _SHIP_CLASSES[kb.digest]


def _plurals(
    text: str, mentions: list[Mention], stems: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """The class's name in the plural, which the model leaves unmarked: "the MSDF's own
    Mogamis" are ships of the class; a river or a town has no plural."""
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    found = []
    for stem, class_id in stems.items():
        if " " in stem:
            continue
        for match in re.finditer(rf"\b{re.escape(stem)}s\b", text, re.IGNORECASE):
            if match.group()[:1].isupper() and match.start() not in taken:
                entry = kb.entities[class_id]
                found.append(Mention(match.group(), entry.type, entry.name, class_id,
                                     match.start(), match.end(), True,
                                     description=entry.description))  # fmt: skip
    return found


# A place's preposition before the bare name: "in Mogami", "from Mogami", "near Mogami".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|around|across|of)\s+$", re.IGNORECASE)


def _reads_as_vessel(text: str, mention: Mention) -> bool:
    """Where the article names the class in full, the bare name the knowledge base gives no
    place is the class ("Mogami goes to Australia", "an upgraded Mogami design"), unless a
    place noun follows it or a place's preposition stands before it ("in Mogami")."""
    after = text[mention.end : mention.end + 24]
    if _PLACE_AFTER.match(after):
        return False
    before = text[max(mention.start - 8, 0) : mention.start]
    return bool(_BEFORE.search(before)) or not _PLACE_BEFORE.search(before)
