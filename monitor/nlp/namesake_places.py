"""A family name that is also a place's: "Kenji Miyagi ... Miyagi said" is the man, not the
prefecture. Japanese family names are often places' names (Miyagi, Ishikawa, Kuba), and copy
names a person in full once, then by the family name alone; the knowledge base's place then
matches the bare name. Where the article named in full one person who bears it, and the bare
name stands once as only a person does (speaking, or given an age), it is that person wherever
no preposition of place puts it on a map: "Ishikawa's apartment" too, not "born in Miyagi".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .capital_city_uses import PLACE_BEFORE
from .context import words
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# What follows a person's bare name and never a place's: a verb of speech ("Miyagi said",
# "Kuba told reporters"), or the age set off by commas ("Ishikawa, 29, has ...").
SPEAKING = words("said says told tells added adds recalled recalls explained explains replied")
_BEFORE = re.compile(r"(\w+)[ \t]*$")
_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\d{1,3}[ \t]*,|(\w+))")
# Countries and capitals act and speak as their governments ("Taiwan said"): never a person's.
_ACTORS = frozenset({"country", "capital"})


def namesake_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each bare place name that is a person's family name, standing as a
    person does, read as the one person outside the knowledge base the article names in full
    with it. Nothing is read in an article that names no such person in full."""
    bearers: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        names = fold(m.canonical).split()
        if m.label == "PERSON" and not m.in_kb and len(names) in (2, 3):
            for name in (names[0], names[-1]):  # the family name, in either order
                bearers.setdefault(name, set()).add((m.entity_id, m.canonical))
    if not bearers:
        return mentions
    bare = {m for m in mentions if _a_bare_place(m, kb) and len(bearers.get(fold(m.text), ())) == 1}
    # The article calls the person by the family name alone somewhere it can only be a person;
    # then it does so wherever no preposition puts the name on a map ("Ishikawa's lease"). A
    # name a preposition places is no speaker: in "Glaziers in Hualien said" the glaziers speak.
    used = {
        fold(m.text) for m in bare
        if _stands_as_a_person(text, m.end) and not _placed(text, m.start)
    }  # fmt: skip
    found = []
    for m in mentions:
        name = fold(m.text)
        if name in used and m in bare and not _placed(text, m.start):
            entity_id, canonical = next(iter(bearers[name]))
            m = replace(
                m, label="PERSON", canonical=canonical, entity_id=entity_id, in_kb=False,
                kind="name", description=None,
            )  # fmt: skip
        found.append(m)
    return found


def _a_bare_place(mention: Mention, kb: KnowledgeBase) -> bool:
    """A one-word name the knowledge base links to a place that is no country or capital."""
    if not mention.in_kb or " " in mention.text or mention.kind != "name":
        return False
    entry = kb.entities[mention.entity_id]
    return entry.type in ("GPE", "LOC") and entry.kind not in _ACTORS


def _stands_as_a_person(text: str, end: int) -> bool:
    after = _AFTER.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1).lower() in SPEAKING)


def _placed(text: str, start: int) -> bool:
    """Whether a preposition of place stands before the name: "born in Miyagi"."""
    before = _BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in PLACE_BEFORE
