"""A Japanese family name standing alone for a person the article named in full: "高市早苗" in
the lead, then "高市涉台言論" or "高市の答弁" in the story, as Chinese and Japanese copy shorten a
Japanese politician's name, a headline often before the lead names the person in full.

A Japanese name of four characters is two for the family and two for the given name; only such
names are shortened here (a Chinese family name is one character, too short to stand alone
safely), and only where the full name appears somewhere in the article, as a reader resolves
the short form by it.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention

# Kanji only: a name in kana ("マールズ") has no family part to split off.
KANJI = re.compile(r"[\u4e00-\u9fff]")
FULL_NAME_CHARS = 4
FAMILY_CHARS = 2


def family_names_alone(
    text: str,
    folded: str,
    person_forms: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
    named: list[Mention],
) -> list[Mention]:
    """Mentions of the bare family names of four-character people the article names."""
    taken = {i for m in named for i in range(m.start, m.end)}
    found = []
    people = {m.entity_id for m in named if m.label == "PERSON" and m.in_kb and m.entity_id}
    for person in sorted(people):
        families = {
            form[:FAMILY_CHARS]
            for form in person_forms.get(person, ())
            if len(form) == FULL_NAME_CHARS and all(KANJI.match(c) for c in form)
        }
        for family in families:
            at = folded.find(family)
            while at != -1:
                span = range(at, at + FAMILY_CHARS)
                if taken.isdisjoint(span):
                    found.append(_mention(text, at, kb, person))
                    taken.update(span)
                at = folded.find(family, at + FAMILY_CHARS)
    return found


def _mention(text: str, start: int, kb: KnowledgeBase, person: str) -> Mention:
    entry = kb.entities[person]
    end = start + FAMILY_CHARS
    return Mention(
        text[start:end], entry.type, entry.name, entry.id, start, end, True,
        description=entry.description,
    )  # fmt: skip
