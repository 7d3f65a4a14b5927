"""Mentions in a spaCy Doc linked to canonical entities of the knowledge base.

Order of resolution for each mention: the EntityRuler's own match; the folded name (case,
possessive, spelling, 'the', plural); the name without titles; abbreviations defined in the
article ("Air Force (PLAAF)") and family names of people already named in it; a title with a
family name the knowledge base knows only once; a strict fuzzy match for misspellings. What is
left keeps spaCy's label and its own text as the canonical name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .kb import KnowledgeBase
from .names import TITLE_WORDS, fold, had_title, strip_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Not entities here: dates, times, amounts. Nationalities ("Chinese", "Japanese") are NORP
# adjectives in nearly every sentence of this domain and would drown the entities that matter.
IGNORED_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
FUZZY_MIN_SCORE = 90
FUZZY_MIN_CHARS = 8
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9-]{1,9}$")
_TITLE_SET = set(TITLE_WORDS)


@dataclass(frozen=True)
class Mention:
    text: str  # as written
    label: str  # KB type for known entities, spaCy's label otherwise
    canonical: str  # KB name, or the surface name without titles
    entity_id: str  # KB id, or "<label>:<folded name>" for entities outside the KB
    start: int  # character offsets in the analysed text
    end: int
    in_kb: bool


def link_mentions(doc: Doc, kb: KnowledgeBase) -> list[Mention]:
    spans = [span for span in doc.ents if span.label_ not in IGNORED_LABELS]
    linked: dict[int, str] = {}  # span index -> KB id
    for index, span in enumerate(spans):
        entity_id = (
            span.ent_id_ or resolve_name(span.text, kb) or _titled_family_name(doc, span, kb)
        )
        if entity_id:
            linked[index] = entity_id
    local = _article_names(doc, spans, linked, kb)
    mentions = []
    for index, span in enumerate(spans):
        entity_id = linked.get(index) or _resolve_local(span.text, local, kb)
        mention = _mention(span, entity_id, kb) if entity_id else _outside_kb(span)
        if mention:
            mentions.append(mention)
    mentions += _bare_names(doc, mentions, local, kb)
    return sorted(mentions, key=lambda m: m.start)


def resolve_name(text: str, kb: KnowledgeBase) -> str | None:
    """The KB entity a name on its own means: the rules for mentions in articles, and for
    `--entity` and the digest's watch list."""
    key = fold(text)
    bare = strip_titles(key)
    found = kb.lookup(key) or kb.lookup(bare)
    if found or not bare:
        return found
    if had_title(key) and " " not in bare:
        people = kb.family_names.get(bare, ())
        if len(people) == 1:  # "Prime Minister Suga": a title and a family name only one has
            return people[0]
    if len(bare) >= FUZZY_MIN_CHARS:
        match = process.extractOne(
            bare, kb.index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
        )
        if match:
            return kb.index[match[0]]
    return None


def _titled_family_name(doc: Doc, span: Span, kb: KnowledgeBase) -> str | None:
    """'President Lai' where the NER marked only 'Lai': the title stands just before the span."""
    if len(span) != 1:
        return None
    titled = any(
        fold(doc[span.start - n : span.start].text) in _TITLE_SET
        for n in (1, 2, 3)
        if span.start - n >= 0
    )
    people = kb.family_names.get(fold(span.text), ()) if titled else ()
    return people[0] if len(people) == 1 else None


def _article_names(
    doc: Doc, spans: list[Span], linked: dict[int, str], kb: KnowledgeBase
) -> dict[str, str]:
    """Short names this article defines: family names of people it names in full, and
    abbreviations in parentheses after a linked name."""
    local: dict[str, str] = {}
    for index, entity_id in linked.items():
        entry = kb.entities[entity_id]
        if entry.type == "PERSON" and entry.family_name:
            local.setdefault(fold(entry.family_name), entity_id)
        span = spans[index]
        following = doc[span.end : span.end + 3]
        if len(following) == 3 and following[0].text == "(" and following[2].text == ")":
            abbreviation = following[1].text
            if _ABBREVIATION.match(abbreviation) and abbreviation.upper() == abbreviation:
                local.setdefault(fold(abbreviation), entity_id)
    return local


def _resolve_local(text: str, local: dict[str, str], kb: KnowledgeBase) -> str | None:
    return local.get(strip_titles(fold(text)))


def _mention(span: Span, entity_id: str, kb: KnowledgeBase) -> Mention:
    entry = kb.entities[entity_id]
    return Mention(
        span.text, entry.type, entry.name, entity_id, span.start_char, span.end_char, True
    )


def _outside_kb(span: Span) -> Mention | None:
    words = span.text.split()
    while words and fold(words[0]) in _TITLE_SET and len(words) > 1:
        words = words[1:]
    name = re.sub(r"['\u2019]s?$", "", " ".join(words)).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    key = fold(name)
    if not key or key in _TITLE_SET or not any(ch.isalpha() for ch in key):
        return None
    entity_id = f"{span.label_.lower()}:{key.replace(' ', '-')}"
    return Mention(span.text, span.label_, name, entity_id, span.start_char, span.end_char, False)


def _bare_names(
    doc: Doc, mentions: list[Mention], local: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """Family names and abbreviations the NER did not mark ("Kishi added that ...")."""
    if not local:
        return []
    taken = defaultdict(bool)
    for mention in mentions:
        for offset in range(mention.start, mention.end):
            taken[offset] = True
    found = []
    for token in doc:
        if token.is_stop or not token.text[:1].isupper() or taken[token.idx]:
            continue
        entity_id = local.get(fold(token.text))
        if entity_id:
            entry = kb.entities[entity_id]
            found.append(
                Mention(
                    token.text,
                    entry.type,
                    entry.name,
                    entity_id,
                    token.idx,
                    token.idx + len(token.text),
                    True,
                )  # fmt: skip
            )
    return found
