"""The other spellings of a person's family name that the knowledge base's aliases write: Taiwan's
defence minister is "Wellington Koo" and also "Wellington Ku" and "Ku Li-hsiung", so after the
full name a lone "Ku" is him, as a lone "Koo" is. Romanisations differ (Wade-Giles, pinyin, a
family's own), and copy that names a person in one often calls them by another.
"""

from __future__ import annotations

from functools import cache

from .kb import KBEntry
from .names import fold


@cache
def family_spellings(entry: KBEntry) -> frozenset[str]:
    """The folded family names an alias of `entry` writes in place of its own: in an alias of two
    words or more that keeps a given name of the person ("Wellington Ku", "Ku Li-hsiung"), the one
    other word. An alias that keeps none ("Gu Lixiong") or puts a title before the name
    ("Chairman Koo") says nothing of which word is the family's."""
    if entry.type != "PERSON" or not entry.family_name:
        return frozenset()
    family = fold(entry.family_name)
    forms = [fold(form).split() for form in (entry.name, *entry.aliases)]
    given = {word for words in forms if family in words for word in words if word != family}
    spellings = set()
    for words in forms:
        others = [word for word in words if word not in given and word != family]
        if len(words) > 1 and len(others) == 1 and len(others) < len(words) and others[0].isalpha():
            spellings.add(others[0])
    return frozenset(spellings)
