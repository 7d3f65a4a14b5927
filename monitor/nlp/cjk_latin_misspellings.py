"""A person's name in Latin letters misspelt in its family name beside the right spelling in one
Chinese or Japanese article ("谷立言（Raymond Greene）……Raymond Green當晚"): the person.

Chinese and Japanese copy gives a foreign person's name in Latin letters beside the Han or kana
one, and a reporter typing it again slips a letter of the family name, most often the silent
one at its end (Greene, Browne, Clarke). The given name written alike and a family name one
letter off, in one article that names the person right, is that person, as the English linker
reads "Ko Wen-ji" beside "Ko Wen-je" (people.near_miss):

- the person is linked in the article, and one of the knowledge base's Latin names of his has
  two words or more;
- the misspelt name has as many words, every one but the family name written alike; the family
  name has a letter dropped or added after its first, or a vowel slipped (respellings.py), and
  five letters at least;
- it stands as words of its own (no Latin letter glued to either end) and no knowledge-base
  name is found over it;
- a misspelling two people the article links would give is left alone.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .respellings import one_letter_slipped

MIN_LETTERS = 5
# Capitalised Latin words joined by spaces, as a name is written in CJK copy.
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)+(?![A-Za-z])")


def misspelt_latin_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each Latin name misspelt in its family name linked to the person the
    article names (module docstring)."""
    forms = _latin_forms(mentions, kb)
    if not forms:
        return mentions
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    found = []
    for match in _LATIN_NAME.finditer(text):
        if not linked.isdisjoint(range(*match.span())):
            continue
        words = fold(match.group()).split()
        meant = {
            person
            for form, person in forms
            if _misspells(words, form, fold(kb.entities[person].family_name or ""))
        }
        if len(meant) == 1:
            name = Mention(match.group(), "PERSON", match.group(), "", *match.span(), False)
            found.append(relinked(name, meant.pop(), kb))
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _latin_forms(mentions: list[Mention], kb: KnowledgeBase) -> list[tuple[list[str], str]]:
    """Each Latin name of two words or more of the people linked, folded into words, that
    holds the family name, and whose it is."""
    forms = []
    for person in sorted({m.entity_id for m in mentions if m.in_kb}):
        entry = kb.entities.get(person)
        if entry is None or entry.type != "PERSON" or not entry.family_name:
            continue
        family = fold(entry.family_name)
        for name in (entry.name, *entry.aliases):
            words = fold(name).split()
            if len(words) > 1 and name.isascii() and family in words:
                forms.append((words, person))
    return forms


def _misspells(words: list[str], form: list[str], family: str) -> bool:
    """Whether the words are the name's words but for its family name, one letter off."""
    if len(words) != len(form):
        return False
    differ = [(a, b) for a, b in zip(words, form, strict=True) if a != b]
    if len(differ) != 1 or differ[0][1] != family:
        return False
    written, right = differ[0]
    return min(len(written), len(right)) >= MIN_LETTERS and (
        _less_one(right, written) or _less_one(written, right) or one_letter_slipped(right, written)
    )


def _less_one(longer: str, shorter: str) -> bool:
    """Whether `shorter` is `longer` less one letter after the first."""
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer))
    )
