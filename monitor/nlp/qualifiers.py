"""Whose is a body, by the words right around it: a country named right before it ("Taiwan's",
"the Japanese", "U.S.", a scene "In Beijing, Foreign Ministry spokesman ...") or right after it
("of Japan", "in Beijing"), the person it is apposed to, or the body it is "its" of. Read from the
Doc's tokens and entities, within the sentence (context.py reads the article around).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .apposition import apposed_person_end
from .doc_words import lower_words, token_texts
from .entity_countries import country_of
from .kb import KnowledgeBase
from .kb_matcher import DEMONYM
from .possessives import body_before_its, owner_of_its, part_country
from .resolve import resolve_name
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .context import DocEntities


def qualifier(doc: Doc, span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """A country named right before the span ("Taiwan's", "the Japanese", "U.S.", a scene set
    by "In Beijing, Foreign Ministry spokesman ...") or right after it ("of Japan", "in
    Beijing"), within the sentence."""
    # The nearest entity that ends at most two tokens before the span.
    before = next((ents.by_end[e] for e in range(span.start, span.start - 3, -1)
                   if e in ents.by_end), None)  # fmt: skip
    if before is not None:
        before = _country_closing(doc, before, kb)
        gap = doc[before.end : span.start]
        scene = before.start > 0 and doc[before.start - 1].lower_ == "in"
        opens = scene and gap.text in (",", ", the", ", a", ", an")  # "In Seoul, a ... official"
        opens = opens or (gap.text == ":" and _labels_an_item(doc, before))
        if opens or all(t.lower_ in ("'s", "’s", "the", "-", "own") for t in gap):  # "Taiwan's own"
            found = country_of(before.kb_id_ or resolve_name(before.text, kb), kb)
            owner = (
                _owners_possessive(before, gap, kb) and not span.text.islower()
            )  # a common noun is none
            if found and (_is_country_word(before, kb) or owner):
                return found
    opening = _scene_past_a_where_clause(doc, span, ents)
    if opening is not None and _is_country_word(opening, kb):
        return country_of(opening.kb_id_ or resolve_name(opening.text, kb), kb)
    person = ents.by_end.get(apposed_person_end(doc, span.start) or -1)
    whose = country_of(person.kb_id_ or resolve_name(person.text, kb), kb) if person else None
    if whose and person is not None and person.label_ == "PERSON":  # "Pelosi, then speaker of"
        return whose
    if _the_islands(doc, span.start):
        return resolve_name("Taiwan", kb)
    sibling = body_before_its(span, ents)  # "Japan's Foreign Ministry and its Defense Ministry"
    if sibling is not None:
        named = country_of(sibling.kb_id_ or resolve_name(sibling.text, kb), kb)
        return named or qualifier(doc, sibling, kb, ents)
    if owned_by_its := owner_of_its(span, ents, kb):
        return owned_by_its
    end = _past_short_form(doc, span.end)  # "the Joint Chiefs of Staff (JCS) in Seoul"
    after = doc[end : end + 3]
    if len(after) >= 2 and after[0].lower_ in ("of", "in"):
        ent = ents.by_start.get(end + 1)
        if ent is None and after[1].lower_ == "the":
            ent = ents.by_start.get(end + 2)
        if ent is not None:
            return country_of(ent.kb_id_ or resolve_name(ent.text, kb), kb)
    owned = ents.by_start.get(span.end + 1) if after and after[0].lower_ in ("'s", "’s") else None
    return part_country(owned, kb) if owned is not None else None


QUOTES = frozenset({'"', "“", "'", "‘"})


def _labels_an_item(doc: Doc, label: Span) -> bool:
    """'CHINA: Foreign Ministry says ...': a ticker's or a brief's label in capitals, opening
    its line or an item after a bar, says whose the item's bodies are."""
    opening = (
        label.start == 0
        or doc[label.start - 1].text in ("|", "¦")
        or "\n" in (doc[label.start - 1].text + doc[label.start - 1].whitespace_)
    )
    return opening and label.text.isupper()


def _past_short_form(doc: Doc, end: int) -> int:
    """Where the words after a name resume once the short form defined in brackets right
    after it is skipped: the "(MND)" in "the Ministry of National Defense (MND) of Taiwan"
    only names the body again, so the "of" or "in" after it still says whose it is."""
    short = end + 2 < len(doc) and doc[end + 1].text[:1].isupper()
    if short and doc[end].text == "(" and doc[end + 2].text == ")":
        return end + 3
    return end


def _the_islands(doc: Doc, start: int) -> bool:
    """'the island's defence ministry', 'the island's "defense ministry"': in this region's
    copy the island with a government of its own is Taiwan."""
    texts = token_texts(doc)
    while start > 0 and texts[start - 1] in QUOTES:
        start -= 1
    words = lower_words(doc)[max(start - 3, 0) : start]
    return words[-2:] in (["island", "'s"], ["island", "’s"]) and "the" in words[:1]


def _scene_past_a_where_clause(doc: Doc, span: Span, ents: DocEntities) -> Span | None:
    """The place a sentence opens on when a where-clause about it stands between it and the
    body: "In Seoul, where the vote dominated the papers, the Foreign Ministry said" sets the
    scene as "In Seoul, the Foreign Ministry said" does, the clause being only about the place."""
    start = sentence_start(doc, span.start)  # its first token's index: no Span built for it
    place = ents.by_start.get(start + 1)
    if place is None or doc[start].lower_ != "in":
        return None
    words = [t.lower_ for t in doc[place.end : span.start]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    clause = words[2:-1]  # the words between ", where" and the comma that closes the clause
    if words[:2] != [",", "where"] or words[-1:] != [","] or not clause or "," in clause:
        return None
    return place


def _is_country_word(span: Span, kb: KnowledgeBase) -> bool:
    """A country, its demonym or its capital: not any entity that belongs to a country."""
    key = span.kb_id_ or resolve_name(span.text, kb) or ""
    entry = kb.entities.get(key)
    return key.startswith(DEMONYM) or (entry is not None and entry.kind in ("country", "capital"))


def _country_closing(doc: Doc, span: Span, kb: KnowledgeBase) -> Span:
    """The country whose possessive ends a span the model read too long ("QT Japan's" of a
    post quoting "Japan's Ministry of Defense"), else the span itself."""
    if len(span) < 3 or span[-1].text not in ("'s", "’s"):
        return span
    owner = doc[span.end - 2 : span.end - 1]
    return owner if _is_country_word(owner, kb) else span


def _owners_possessive(span: Span, gap: Span, kb: KnowledgeBase) -> bool:
    """A known person's or whole armed force's possessive: "Premier Cho Jung-tai's Cabinet" is
    his country's, "the PLA's Rocket Force" the force's country's."""
    entry = kb.entities.get(span.kb_id_ or resolve_name(span.text, kb) or "")
    owner = entry is not None and (entry.type == "PERSON" or "armed forces" in entry.generic)
    return owner and gap.text in ("'s", "’s")
