"""A Chinese or Taiwanese given name of two syllables is written with a hyphen ("Lin Chia-lung",
"Ko Wen-je"), and copy that wraps or is typed in haste drops the second syllable ("Lin Chia told
reporters"). What is left is no name of its own: beside the full name the article wrote, it is
that person, as the evaluation writers label it.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold


def clipped_given_name(key: str, named_here: dict[str, str], kb: KnowledgeBase) -> str | None:
    """The one person named in the article whose name, less the syllable after its given
    name's hyphen, is `key` (folded, titles stripped); None if none or two fit."""
    if " " not in key:
        return None  # a family name alone is family_names' to read
    fits = set()
    for entity_id in set(named_here.values()):
        entry = kb.entities[entity_id]
        if entry.type != "PERSON":
            continue
        for name in (entry.name, *entry.aliases):
            head, hyphen, syllable = name.rpartition("-")
            if hyphen and " " in head and " " not in syllable and fold(head) == key:
                fits.add(entity_id)
    return fits.pop() if len(fits) == 1 else None
