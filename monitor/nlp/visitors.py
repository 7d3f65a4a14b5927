"""People and bodies that visit: whose government a story is about is where the visit happens,
not who visits.

A diary of the week in Taipei ("Foreign Minister Lin Chia-lung receives a Japanese Diet
delegation led by Keiji Furuya ...; MOFA photos only", "Okinawa Governor Denny Tamaki in Taipei
for tourism talks") names more Japanese people and bodies than Taiwanese ones, and its bare
"MOFA" is still the host's ministry. So a story's governing country (sole_bodies) is counted
over its hosts: a name that heads or leads a delegation or a visit ("Diet delegation",
"delegation led by Keiji Furuya", "Furuya's visit"), or that is placed in another country's
capital ("Denny Tamaki in Taipei", "Furuya arrived in Taipei"), is a visitor's and counts for
no government. And a body named in the sentence where a visit is received ("Foreign Minister
Lin Chia-lung receives a Japanese Diet delegation ...; MOFA photos only") is the host's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .context import words
from .doc_words import lower_words, token_starts
from .english import token_indices
from .kb import KnowledgeBase
from .mention import Mention
from .sentence_bounds import sentence_of
from .span_ranges import spans_touching

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

VISITS = words("""
    delegation delegations visit visits trip trips tour tours mission missions
""")
# "a delegation led by Keiji Furuya", "a delegation of Kagoshima assembly members", "a visit
# by Furuya": the words between a visit and who makes it.
MADE_BY = words("led headed by of from")
MADE_BY_WITHIN = 3  # tokens back from the name to the visit's noun
# "Denny Tamaki in Taipei", "Furuya arrived in Taipei", "Tamaki visits Taipei".
ARRIVING = words("""
    in arrived arrives arriving visited visits visiting reached reaches landed lands toured
    tours is was will be
""")
ARRIVING_WITHIN = 3  # tokens after the name to the capital


def hosts(doc: Doc, mentions: Iterable[Mention | None], kb: KnowledgeBase) -> list[Mention]:
    """The linked mentions that are no visitor's, as governing_country counts them."""
    linked = [m for m in mentions if m is not None]
    capitals = {m.start: m for m in linked if m.in_kb and _capital(m.entity_id, kb)}
    # Asked again for each body the article leaves undecided, about much the same mentions:
    # each one's answer is kept for the article, with the capitals it was read beside.
    beside = tuple((start, m.entity_id) for start, m in capitals.items())
    answers = doc.user_data.setdefault("visits", {})
    for mention in linked:
        if (mention, beside) not in answers:
            answers[mention, beside] = _visits(doc, mention, capitals, kb)
    return [m for m in linked if not answers[m, beside]]


def _capital(entity_id: str, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(entity_id)
    return entry is not None and entry.kind == "capital"


def _visits(doc: Doc, mention: Mention, capitals: dict[int, Mention], kb: KnowledgeBase) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not mention.in_kb:
        return False
    lower, starts = lower_words(doc), token_starts(doc)  # the words, not a Token object each
    after = lower[span.end : span.end + 2] + ["", ""]
    if after[after[0] in ("'s", "’s")] in VISITS:
        return True  # "a Japanese Diet delegation", "Furuya's visit"
    before = lower[max(span.start - MADE_BY_WITHIN, 0) : span.start]
    made_by = before and before[-1] in MADE_BY
    if made_by and any(word in VISITS for word in before):
        return True  # "a delegation led by Keiji Furuya"
    country = kb.entities[mention.entity_id].country
    for k in range(span.end, min(span.end + ARRIVING_WITHIN + 1, len(lower))):
        word, place = lower[k], capitals.get(starts[k])
        if place is not None:
            host = kb.entities[place.entity_id].capital_of
            return host is not None and country is not None and host != country
        if word not in ARRIVING:
            return False
    return False


RECEIVING = words("""
    receives received receiving hosts hosted hosting welcomes welcomed welcoming greets greeted
    greeting
""")
# Tokens after the receiving verb to the visit's noun: "receives a Japanese Diet delegation".
VISIT_WITHIN = 6


def received_by(
    doc: Doc, spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the host who receives a visit in the sentence of the body at `index`: a
    person or body of the knowledge base right before a receiving verb whose object is a
    delegation or a visit ("Lin Chia-lung receives a Japanese Diet delegation"). Only the names
    right before the sentence's receiving verbs are asked, the verbs listed once a Doc: a
    sentence of thousands of names, as a feed without full stops sends, asked all of them for
    each body in it."""
    sentence = sentence_of(doc, spans[index].start)
    for verb in _receiving_verbs(doc, sentence.start + 1, sentence.end):
        word = doc[verb - 1]  # the host's last word
        for i in spans_touching(doc, spans, word.idx, word.idx + len(word)):
            mention = linked.get(i)
            if mention is None or not mention.in_kb or mention.kind != "name":
                continue
            if not sentence.start_char <= mention.start < sentence.end_char:
                continue
            host = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if host is None or host.end != verb:
                continue
            received = doc[verb + 1 : min(verb + 1 + VISIT_WITHIN, sentence.end)]
            entry = kb.entities[mention.entity_id]
            if entry.type in ("PERSON", "ORG") and any(t.lower_ in VISITS for t in received):
                return entry.country
    return None


def _receiving_verbs(doc: Doc, start: int, end: int) -> list[int]:
    """The indices in [start, end) of the tokens that are receiving verbs, listed once a Doc
    from its distinct words (a token's `lower_` is its word's lower case): a loop over the
    tokens built a Token object for every word of the article."""
    verbs: list[int] | None = doc.user_data.get(_RECEIVING_VERBS)
    if verbs is None:
        verbs = token_indices(doc, lambda word: word.lower() in RECEIVING)
        doc.user_data[_RECEIVING_VERBS] = verbs
    return verbs[bisect_left(verbs, start) : bisect_left(verbs, end)]


_RECEIVING_VERBS = "monitor.visitors.receiving_verbs"
