"""Whose a generic body is by the nationality of the one who speaks of it: in "Taiwanese
legislator Tseng Pei-lin, a former nurse, said the Ministry of National Defense had begun
training dentists", the ministry a lawmaker reports on, with no owner named, is her own
government's. Read only where the body is what the speaker said (right after "said" and an
article) and the sentence opens on a nationality word, its lower-case titles and a name, as
copy introduces a speaker whose country it means to tell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span

SAID = words("said says told")
TITLE_WORDS = 3  # lower-case words of a title between the nationality and the name
DATELINE_WITHIN = 8  # tokens of a dateline that opens the story's first sentence
DASHES = frozenset({"—", "–", "--"})


def speakers_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the speaker whose "said the BODY" the body at `span` closes: the
    nationality word opening the sentence before a title and a person's name; else None."""
    doc = span.doc
    if (
        span.start < 2
        or doc[span.start - 1].lower_ != "the"
        or doc[span.start - 2].lower_ not in SAID
    ):
        return None
    first = sentence_start(doc, span.start)
    dash = next((t.i for t in doc[first : first + DATELINE_WITHIN] if t.text in DASHES), None)
    first = first if dash is None or dash >= span.start else dash + 1  # "TOKYO — Taiwanese ..."
    country = kb.demonyms.get(fold(doc[first].text))
    if country is None or not doc[first].is_title:
        return None
    k = first + 1
    while k < span.start and k - first <= TITLE_WORDS and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    titled = k > first + 1 and doc[k].ent_type_ == "PERSON"
    return country if titled else None
