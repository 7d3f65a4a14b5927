"""A known person's name misspelt in its family name, where the article writes the family right
elsewhere ("玉城知事" in the headline, "玉木デニー知事" in the story): the person, though the
article never writes the whole name right.

The misspellings read in cjk_misspellings.py are one character from a person the article links;
here nothing links the person, the writer having slipped on the one full name and shortened the
rest. A Japanese family name of two characters or more, written right and standing as a word (no
kanji before it, and after it no kanji, a leader's word or a person's title: "玉城知事",
"玉城氏は"), and a name whose only wrong character is inside that family are one person, as the
English linker's fuzzy match reads "Ko Wen-ji" beside "Ko": the given name and the family
agree. The family written right is that person too. The model often leaves such a name
untagged, never having seen it, so the text is searched for it.

- the person's name is one the knowledge base holds, Han characters and then kana ("玉城デニー",
  a given name in katakana) or four kanji of a Japanese person (two for the family);
- the wrong character is inside the family: one wrong in the given name is as often a kinsman's;
- a one-character family (a Chinese name's) is no evidence: it stands in many words;
- a name one character from two people's is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_family_names import FAMILY_CHARS, FULL_NAME_CHARS, KANJI, LEADER_WORDS
from .cjk_misspellings import PERSON_TITLE_AFTER
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

JAPAN = "japan"
MIN_FAMILY_CHARS = 2
BLANK = "\0"  # the blanked character of a name in the index; no text holds it
KANA = re.compile("[\u30a1-\u30fa\u30fc]")
_INDEXES: dict[str, tuple[dict[str, set[tuple[str, str]]], re.Pattern[str] | None]] = {}


def misspelt_known_people(
    text: str,
    folded: str,
    mentions: list[Mention],
    person_forms: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
) -> list[Mention]:
    """The mentions, each name misspelling a known person's family (one character off, the
    family written right as a word elsewhere) linked to that person, with the family where it
    stands as a word. The model often leaves such a name untagged, so the text is searched."""
    index, pattern = _misspelt_index(person_forms, kb)
    if pattern is None:
        return mentions
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    for hit in pattern.finditer(folded):
        name, (start, end) = hit[0], hit.span()
        if start and KANJI.match(folded[start - 1]):
            continue  # the tail of a longer word, no name of its own
        meant = {
            (person, family)
            for at in range(len(name))
            for person, family in index.get(_blanked(name, at), ())
            if not name.startswith(family) and _spots(folded, family, start, end)
        }
        if len({person for person, _ in meant}) == 1 and linked.isdisjoint(range(start, end)):
            person, family = meant.pop()
            spots = [(start, end), *_spots(folded, family, start, end)]
            mentions = _linked(text, mentions, spots, person, kb)
            linked.update(i for a, b in spots for i in range(a, b))
    return mentions


def _misspelt_index(
    person_forms: dict[str, tuple[str, ...]], kb: KnowledgeBase
) -> tuple[dict[str, set[tuple[str, str]]], re.Pattern[str] | None]:
    """Each known Japanese name with one character of its family blanked ("玉?デニー"), to the
    person and the family; and a pattern finding any of them with a kanji in the blank."""
    if kb.digest not in _INDEXES:
        index: dict[str, set[tuple[str, str]]] = {}
        for person, forms in person_forms.items():
            if kb.entities[person].country != JAPAN:
                continue
            for form in forms:
                family = _family(form)
                for at in range(len(family)):
                    index.setdefault(_blanked(form, at), set()).add((person, family))
        alternatives = sorted(
            (KANJI.pattern.join(map(re.escape, key.split(BLANK))) for key in index),
            key=len,
            reverse=True,
        )
        pattern = re.compile("|".join(alternatives)) if alternatives else None
        _INDEXES[kb.digest] = (index, pattern)
    return _INDEXES[kb.digest]


def _family(form: str) -> str:
    """The family name of a Japanese name: the kanji before a katakana given name, or the first
    two of four kanji; "" when the name shows none of at least MIN_FAMILY_CHARS."""
    han = next((i for i, char in enumerate(form) if not KANJI.match(char)), len(form))
    if MIN_FAMILY_CHARS <= han < len(form) and all(KANA.match(c) for c in form[han:]):
        return form[:han]
    if len(form) == FULL_NAME_CHARS and han == len(form):
        return form[:FAMILY_CHARS]
    return ""


def _blanked(name: str, at: int) -> str:
    return f"{name[:at]}{BLANK}{name[at + 1 :]}"


def _spots(folded: str, family: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the family is written right, standing as a word, outside the misspelt name at
    [start, end): no kanji before it; after it no kanji, or a leader's word or a person's title
    ("玉城知事", "玉城氏")."""
    return [
        hit.span()
        for hit in re.finditer(re.escape(family), folded)
        if not start <= hit.start() < end
        and not (hit.start() and KANJI.match(folded[hit.start() - 1]))
        and (
            not KANJI.match(folded[hit.end() : hit.end() + 1])
            or folded.startswith(_leader_words(), hit.end())
            or PERSON_TITLE_AFTER.match(folded, hit.end())
        )
    ]


@cache
def _leader_words() -> tuple[str, ...]:
    return tuple(fold(word) for word in LEADER_WORDS)


def _linked(
    text: str,
    mentions: list[Mention],
    spots: list[tuple[int, int]],
    person: str,
    kb: KnowledgeBase,
) -> list[Mention]:
    """The misspelt name and the family where it stands linked to the person: the model's
    unlinked names over them give way, and linked names keep their characters."""
    covered = {i for a, b in spots for i in range(a, b)}
    kept = [m for m in mentions if m.in_kb or covered.isdisjoint(range(m.start, m.end))]
    taken = {i for m in kept for i in range(m.start, m.end)}
    added = [
        relinked(Mention(text[a:b], "PERSON", text[a:b], "", a, b, False), person, kb)
        for a, b in spots
        if taken.isdisjoint(range(a, b))
    ]
    return sorted([*kept, *added], key=lambda m: m.start)
