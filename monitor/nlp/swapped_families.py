"""A five-letter family name written alone with two neighbouring letters swapped ("Hsaio said"
after "Hsiao Bi-khim"): respellings.py leaves five letters alone, for "Chang", "Cheng" and
"Chung" are three families, so here the article must decide: it names the person in full, and
the spelling as written is no family of anyone else.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .respellings import neighbours_swapped

LETTERS = 5
# Families one slip apart from each other: a slip among them is another person.
COMMON_FAMILIES = frozenset({"chang", "cheng", "chung", "chen", "chin"})


def swapped_families(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each unlinked one-word name that is the family of one person the article names in full,
    with two neighbouring letters (never the first) swapped: that person."""
    in_full = {
        m.entity_id: fold(family) for m in mentions
        if m.in_kb and m.label == "PERSON" and " " in m.text.strip()
        and (family := kb.entities[m.entity_id].family_name)
    }  # fmt: skip
    families_here = set(in_full.values())
    found = []
    for m in mentions:
        word = fold(re.sub(r"['\u2019]s?$", "", m.text))
        usable = not m.in_kb and len(word) == LETTERS and word.isalpha()
        if not usable or word in kb.family_names or word in families_here:
            found.append(m)
            continue
        people = [e for e, family in in_full.items() if neighbours_swapped(family, word)]
        if len(people) == 1 and not COMMON_FAMILIES & {word, in_full[people[0]]}:
            found.append(relinked(m, people[0], kb))
        else:
            found.append(m)
    return found
