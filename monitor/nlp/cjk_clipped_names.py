"""A place's or body's short form in Japanese copy beside its full name in the same article
("先島１２万人の避難計画" and 先島諸島, "九州・山口" and 山口県, "台湾海洋委" and 海洋委員会,
"11管によると" and 第11管区海上保安本部): the name with its kind word clipped.

Japanese papers, local ones most, clip a name the story writes in full, in the headline before
it or in the body after it: an island group drops 諸島 or 列島, a prefecture 県, a committee
keeps 委 of 委員会, a regional coast-guard headquarters keeps its number and 管. Alone such a
short form is often something else (山口 is a surname too, so the knowledge base does not list
it); beside the full name a reader takes it as that name, and so does monitor. A base drops
基地 ("F-15EXを嘉手納に常駐" beside 嘉手納基地), as magazines and photo blogs write it:

- only the kind words below are clipped, each as the papers clip it, from a full name the
  knowledge base found in the article;
- the short form stands apart: no Han, katakana or Latin letter glued to it (山口氏, 先島諸 are
  other words), unless a name found before it ends there ("台湾海洋委": 台湾, then the
  committee), and no honorific after it (山口さん is a person);
- no knowledge-base name is found over it; a model's name there (a surname) gives way;
- a short form two full names in the article would give is left alone.

The article's short forms are matched in one pass of one pattern, so a long text is read in
linear time.

An island's name without its 島 in Chinese travel copy's lists of islands ("往返石垣、宮古的
包機航班", "宮古、石垣及與那國等地居民"): the island.

Chinese copy on the Ryukyus lists the islands a flight or an evacuation serves by their short
names, as the islands' own people say them: 石垣 for 石垣島, 宮古 for 宮古島. Alone such a short
name is often something else (宮古 is the strait's in "出宮古", a city in Iwate), so the
knowledge base lists it only where it is nothing else (石垣). In a list it is the island:

- the short name is an island's name in the knowledge base with its last 島 (岛) clipped, at
  least two characters left, and no knowledge-base name of its own;
- it stands next to another island or place the knowledge base found, joined by 、, 及, 和 or
  與 (与) and nothing else: "石垣、宮古", "宮古、石垣";
- no knowledge-base name is found over it; a model's name there gives way.

Its short names too are matched in one pass of one pattern.
"""

from __future__ import annotations

import re

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

# A full name's kind word and what the papers keep of it in the short form.
CLIPPED_KIND_WORDS = (
    ("管区海上保安本部", "管"),
    ("委員会", "委"),
    ("諸島", ""),
    ("列島", ""),
    ("県", ""),
    ("基地", ""),
)
CLIPPED_TYPES = frozenset({"LOC", "GPE", "ORG"})
MIN_CHARS = 2
# Characters that continue a word (Han, katakana, Latin letters; a particle's hiragana and the
# katakana middle dot do not): a short form glued to one is part of another word.
_WORD_CHAR = re.compile(r"[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-zＡ-Ｚａ-ｚ]")
_DIGIT = re.compile(r"[0-9０-９]")
_PERSON_AFTER = ("さん", "様", "君", "くん", "ちゃん")


def clipped_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each short form of a full name the article writes (module
    docstring) linked to that name's entity."""
    shorts = _short_forms(mentions, kb)
    if not shorts:
        return mentions
    folded = fold(text)
    named = [m for m in mentions if m.in_kb]
    ends = {m.end for m in named}
    # characters, not pairs of spans: a long text's many names and short forms stay linear
    covered = {i for m in named for i in range(m.start, m.end)}
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if not covered.isdisjoint(range(start, end)):
            continue
        if _glued_before(folded, start, ends) or _glued_after(folded, end):
            continue
        model = Mention(text[start:end], "", "", "", start, end, False)
        found.append(relinked(model, shorts[match.group()], kb))
    return _with_found(mentions, found)


def _with_found(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with those found added, in order; a model's name under one gives way."""
    if not found:
        return mentions
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _short_forms(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """Each short form of the article's full names, folded, and its entity; a form two
    entities give is dropped."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        if not mention.in_kb or kb.entities[mention.entity_id].type not in CLIPPED_TYPES:
            continue
        name = fold(mention.text)
        for kind, kept in CLIPPED_KIND_WORDS:
            if name.endswith(fold(kind)):
                short = name[: -len(kind)] + fold(kept)
                # "第11管区" is "11管": the ordinal's 第 goes with the kind word
                short = re.sub(r"^第(?=[0-9０-９])", "", short)
                if len(short) >= MIN_CHARS:
                    forms.setdefault(short, set()).add(mention.entity_id)
                break
    return {form: ids.pop() for form, ids in forms.items() if len(ids) == 1}


def _glued_before(folded: str, start: int, ends: set[int]) -> bool:
    if start == 0 or start in ends:
        return False
    before = folded[start - 1]
    return bool(_WORD_CHAR.match(before) or _DIGIT.match(before) and _DIGIT.match(folded[start]))


def _glued_after(folded: str, end: int) -> bool:
    after = folded[end : end + 3]
    return bool(after and _WORD_CHAR.match(after[0])) or after.startswith(_PERSON_AFTER)


ISLAND_WORD = "島"
LIST_MARKS = "、及和與"

_BUILT: dict[str, dict[str, str]] = {}  # by knowledge-base digest, once a process


def listed_islands(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each island's short name listed beside a place the knowledge base
    found (module docstring) linked to that island."""
    shorts = _short_names(kb)
    folded = fold(text)
    places = [m for m in mentions if m.in_kb and kb.entities[m.entity_id].type in ("LOC", "GPE")]
    if not places or not shorts:
        return mentions
    starts, ends = {m.start for m in places}, {m.end for m in places}
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    marks = fold(LIST_MARKS)
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if not covered.isdisjoint(range(start, end)):
            continue
        after_place = start > 1 and folded[start - 1] in marks and start - 1 in ends
        before_place = end < len(folded) and folded[end] in marks and end + 1 in starts
        if after_place or before_place:
            model = Mention(text[start:end], "", "", "", start, end, False)
            found.append(relinked(model, shorts[match.group()], kb))
    return _with_found(mentions, found)


def _short_names(kb: KnowledgeBase) -> dict[str, str]:
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _short_names_of(kb)
    return _BUILT[kb.digest]


def _short_names_of(kb: KnowledgeBase) -> dict[str, str]:
    """Each island's folded name without its 島, and the island; a short name that is a
    knowledge-base name of its own, or that two islands give, is left out."""
    names = {
        fold(alias) for entry in kb.entities.values() for alias in (entry.name, *entry.aliases)
    }
    shorts: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        if entry.type != "LOC":
            continue
        for alias in map(fold, entry.aliases):
            short = alias.removesuffix(fold(ISLAND_WORD))
            if short != alias and len(short) >= MIN_CHARS and short not in names:
                shorts.setdefault(short, set()).add(entry.id)
    return {short: ids.pop() for short, ids in shorts.items() if len(ids) == 1}
