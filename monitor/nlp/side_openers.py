"""Whose a generic body is by the side its sentence speaks for: "On the Japanese side, the
National Police Agency will issue guidance", "On Taiwan's side, the Ministry of Transportation
will ...". A story of two governments' arrangement tells each side's part in turn, and the
phrase names the side whose bodies follow, whatever the dateline's country is.

The phrase may close the bodies of a side instead: "It binds the Ministry of Health, Labour and
Welfare on the Japanese side, and the Ministry of Health and Welfare and the Taiwan Food and
Drug Administration on the Taiwanese side." There it follows the list of names it closes, and a
phrase followed by "and" closes the list before it, not the one after it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .doc_words import lower_words, token_texts
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_of, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POSSESSIVE = frozenset({"'s", "’s"})
# What may stand between the names of a list and the side phrase that closes it: "and the
# Taiwan Food and Drug Administration (TFDA) on the Taiwanese side", with the small words of the
# names themselves ("Centers for Disease Control", "American Institute in Taiwan").
LIST_WORDS = frozenset({"and", "the", "its", "their", "of", "for", "in", "(", ")", "&", "-"})
PHRASE_WORDS = 4  # "on", "the", "Japanese", "side"


def side_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the side phrase closing the list the body stands in, else of the last
    "on the Japanese side" or "on Japan's side" before the body in its sentence that does not
    close a list of its own; else None. The article's phrases are read once and bisected:
    walking the sentence for each body made a feed's endless sentence of bodies quadratic."""
    doc = span.doc
    closing = _closing_side(doc, span, kb)
    if closing is not None:
        return closing
    phrases = doc.user_data.get(_SIDES)
    if phrases is None:
        phrases = doc.user_data[_SIDES] = _opening_sides(doc, kb)
    before = bisect_left(phrases, (span.start - 2,)) - 1
    if before < 0 or phrases[before][0] < sentence_start(doc, span.start):
        return None
    found: str = phrases[before][1]
    return found


_SIDES = "side_openers.sides"  # the key of an article's opening side phrases in doc.user_data


def _opening_sides(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """Where each side phrase that closes no list opens, and its country, in order: read at
    each "on" of the article, from its list of lower-case words."""
    found = []
    for k in [k for k, word in enumerate(lower_words(doc)) if word == "on"]:
        side = _side_at(doc, k, kb)
        if side is not None and not _closes_a_list(doc, k + PHRASE_WORDS):
            found.append((k, side))
    return found


def _closing_side(doc: Doc, span: Span, kb: KnowledgeBase) -> str | None:
    """The side phrase right after the list of names the body opens or stands in, within its
    sentence: only names, their joins and brackets between."""
    end = sentence_of(doc, span.start).end
    lower, texts = lower_words(doc), token_texts(doc)
    for k in range(span.end, end):
        if lower[k] == "on":
            return _side_at(doc, k, kb)
        if not (lower[k] in LIST_WORDS or texts[k][:1].isupper()):
            return None
    return None


def _side_at(doc: Doc, k: int, kb: KnowledgeBase) -> str | None:
    """The country of "on the Japanese side" or "on Japan's side" opening at token `k`."""
    if lower_words(doc)[k] != "on":
        return None
    words = token_texts(doc)[k + 1 : k + PHRASE_WORDS]
    if len(words) == 3 and words[0].lower() == "the" and words[2].lower() == "side":
        return kb.demonyms.get(fold(words[1]))  # "on the Japanese side"
    if len(words) == 3 and words[1] in POSSESSIVE and words[2].lower() == "side":
        entry = kb.entities.get(kb.lookup(fold(words[0])) or "")
        return entry.id if entry is not None and entry.kind == "country" else None
    return None


def _closes_a_list(doc: Doc, after: int) -> bool:
    """Does "and" follow the side phrase ending at `after`, past a comma: "... on the Japanese
    side, and the Ministry of ..."? The phrase then closes the names before it."""
    words = lower_words(doc)[after : after + 2]
    return words[:1] == ["and"] or words == [",", "and"]
