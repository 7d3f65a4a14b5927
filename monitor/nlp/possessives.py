"""A body owned by "its": in "Japan's Ministry of Foreign Affairs and its Ministry of Defense"
the second ministry is Japan's, as the first is; in "Beijing sees it differently. Its foreign
ministry said" and "Taipei condemned the drills; its Ministry of National Defense said" the
ministry is the country of the clause's subject, which the pronoun refers back to, or of the
body that is the subject: "the Eastern Theater Command said its Rocket Force" is China's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_countries import country_of
from .incursion_time_words import MONTHS, WEEKDAYS
from .kb_matcher import GENERIC
from .resolve import resolve_name
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from monitor.nlp.context import DocEntities
    from monitor.nlp.kb import KnowledgeBase


def body_before_its(span: Span, ents: DocEntities) -> Span | None:
    """The entity joined to `span` by "and its" (or ", its"), whose owner `span` shares."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].lower_ != "its" or doc[start - 2].lower_ not in ("and", ","):
        return None
    return ents.by_end.get(start - 2)


# Tokens from a sentence's subject to the "its" that refers back to it: a clause or two
# ("Beijing's answer, delivered by Mao Ning at the podium, was that the islands are China's and
# that its coast guard ..."). Past that the pronoun may have found another owner, and a feed
# without full stops, one "sentence" of thousands of tokens, is never read whole.
SUBJECT_WITHIN = 45
# What may stand before a sentence's subject: a bullet, a quote, an article.
BEFORE_SUBJECT = frozenset({"-", "•", "–", "—", "*", '"', "“", "'", "‘", "the"})


def owner_of_its(span: Span, ents: DocEntities, kb: KnowledgeBase) -> str | None:
    """The country of a body owned by "its" whose sentence's subject is a country or capital;
    "Its" opening a sentence refers to the subject of the sentence before, in its paragraph.
    The nearest name is not the owner ("China has warned Manila ... . Its foreign ministry" is
    China's), and a country named between the subject and "its" makes the pronoun ambiguous
    ("China warned Japan over its coast guard"), so that reading is left to other rules."""
    doc = span.doc
    start = span.start - 2 if span.start > 1 and doc[span.start - 1].lower_ == "own" else span.start
    if start < 2 or doc[start - 1].lower_ != "its":
        return None
    its = start - 1
    sentence = sentence_of(doc, its)
    opening = _opens(doc, sentence.start, its)
    if opening:
        if sentence.start == 0 or "\n" in doc[sentence.start - 1].whitespace_:
            return None  # "Its" opening a paragraph refers to no subject that can be read here
        sentence = sentence_of(doc, sentence.start - 1)
    end = min(its, sentence.start + SUBJECT_WITHIN)
    first = next(
        (i for i in range(sentence.start, end) if doc[i].lower_ not in BEFORE_SUBJECT), end
    )
    first = _past_speaker(doc, first, end)
    subject = ents.by_start.get(first)
    if subject is not None and not opening and _is_outlet(subject, kb):
        return _turned_to(subject.end, its, ents, kb) if its - first <= SUBJECT_WITHIN else None
    owner = (_country_word(subject, kb) or _body_country(subject, kb)) if subject else None
    if subject is None or owner is None:  # "It is a year since China began sending its ..."
        return None if opening else _clause_subject(doc, sentence.start, its, ents, kb)
    if opening:
        return owner
    if its - first > SUBJECT_WITHIN or "\n" in doc[first:its].text:
        return None
    for index in range(subject.end, its):
        named = ents.by_start.get(index)
        other = _country_word(named, kb) if named is not None else None
        if other is not None and other != owner:
            return None
    return owner


def _is_outlet(span: Span, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(span.kb_id_ or resolve_name(span.text, kb) or "")
    return entry is not None and entry.kind == "outlet"


def _turned_to(start: int, its: int, ents: DocEntities, kb: KnowledgeBase) -> str | None:
    """A paper owns no ministry or coast guard: in "The Nikkei turns to Taiwan, citing its
    defence ministry" the pronoun passes over the paper that is the subject to the one country
    the paper's clause names; with two named, or none, it is left to other rules."""
    named = {
        country
        for index in range(start, its)
        if (span := ents.by_start.get(index)) is not None
        and (country := _country_word(span, kb)) is not None
    }
    return named.pop() if len(named) == 1 else None


# Words that open a clause whose subject a country may be: "It is a year since China began
# sending its coastguard", "the Senkaku Islands, which China claims and whose waters its
# coastguard patrols" (blind88-b-018, b-027).
CLAUSE_OPENERS = frozenset({"since", "which", "when", "after", "because", "as", "while", "once"})
CLAUSE_WITHIN = 6  # tokens from that subject to "its": the clause's verb and its object
INFINITIVE_WITHIN = 4  # "Beijing to send its", "Beijing to quickly send its"


def _clause_subject(
    doc: Doc, start: int, its: int, ents: DocEntities, kb: KnowledgeBase
) -> str | None:
    """The country that is the subject of the clause "its" stands in, where the sentence's own
    subject is no country: the only country the sentence names before "its", straight after a
    word that opens a clause, a few words back. With two countries named the pronoun may be
    either's, and the reading is left to other rules."""
    named = [
        (index, country)
        for index in range(max(start, its - SUBJECT_WITHIN), its)
        if (span := ents.by_start.get(index)) is not None
        and (country := _country_word(span, kb)) is not None
    ]
    if len(named) != 1:
        return None
    index, country = named[0]
    opener = doc[index - 1].lower_ if index > start else ""
    # "prompting Beijing to send its coast guard": the country an infinitive's verb is told of.
    told = index + 1 < its and doc[index + 1].lower_ == "to" and its - index <= INFINITIVE_WITHIN
    return country if told or (opener in CLAUSE_OPENERS and its - index <= CLAUSE_WITHIN) else None


# A time set before the subject: "On Sunday its defense ministry tracked 26 aircraft", "Last
# week, its coast guard ...": the body is still the sentence's subject, and "its" looks back.
FRONTED_TIME = frozenset({"on", "last", "this", "earlier", "later", "week", "month", "year"})


SPEAKER_WORDS = 3  # "Takei:", "Adm. Takei:", "Tomohisa Takei:"


def _past_speaker(doc: Doc, first: int, end: int) -> int:
    """Where the sentence's own words start past an interview's speaker label: in "Takei:
    Taiwan sees the western end." the subject is Taiwan, not the man answering."""
    for k in range(first, min(first + SPEAKER_WORDS, end - 1)):
        if doc[k].text == ":":
            return k + 1
        if not doc[k].text[:1].isupper():
            break
    return first


def _opens(doc: Doc, start: int, its: int) -> bool:
    """Whether "its" is the first word of its sentence (after quotes, a bullet or a time)."""
    return all(
        not doc[i].is_alpha or doc[i].lower_ in FRONTED_TIME or _a_day(doc[i].lower_)
        for i in range(start, its)
    )


def _a_day(word: str) -> bool:
    return word in WEEKDAYS or word in MONTHS


def _body_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of a body as a sentence's subject: in "The People's Liberation Army's
    Eastern Theater Command said its Rocket Force had fired" the force is China's."""
    entry = kb.entities.get(span.kb_id_ or resolve_name(span.text, kb) or "")
    return entry.country if entry is not None and entry.type == "ORG" else None


def _country_word(span: Span, kb: KnowledgeBase) -> str | None:
    """The country a country's or capital's name stands for; None for any other entity."""
    key = span.kb_id_ or resolve_name(span.text, kb) or ""
    entry = kb.entities.get(key)
    if entry is None or entry.kind not in ("country", "capital"):
        return None
    return country_of(key, kb)


def part_country(owned: Span, kb: KnowledgeBase) -> str | None:
    """The country of the part a body owns ("the Defense Ministry's Joint Staff": Japan's, as its
    part is): a body the knowledge base knows by name, or a generic name that only one
    country's bodies bear (Japan's alone is called the Joint Staff)."""
    key = owned.kb_id_ or resolve_name(owned.text, kb) or ""
    body = kb.entities.get(key)
    if body is not None and body.type == "ORG" and body.kind is None:
        return body.country
    parts = kb.generic.get(key.removeprefix(GENERIC), ()) if key.startswith(GENERIC) else ()
    countries = {country_of(part, kb) for part in parts}
    return countries.pop() if len(countries) == 1 else None
