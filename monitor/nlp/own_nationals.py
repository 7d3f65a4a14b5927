"""Whose a generic body is by the nationals it advises: "the foreign ministry advised Chinese
citizens to avoid travel to Japan" is China's ministry. A government's travel advice, warnings
and calls to come home go to its own citizens; a foreign ministry has no say over another
country's. The body's own clause is read: the advising verb within a few words after it, then
a nationality word and a word for its people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

ADVISING = words("""
    advise advises advised advising urge urges urged urging warn warns warned warning
    tell tells told telling remind reminds reminded reminding
""")
PEOPLE = words("""
    citizens nationals residents travellers travelers tourists students
    compatriots
""")
# Words that may stand between the body and its verb ("the ministry on Sunday advised"), and
# between the verb and the nationals ("urged all Chinese citizens").
VERB_WITHIN = 4
OBJECT_WITHIN = 3


def nationals_country(span: Span, kb: KnowledgeBase) -> str | None:
    """The country whose nationals the body at `span` advises in its own clause; else None."""
    doc = span.doc
    end = min(len(doc), span.end + VERB_WITHIN)
    verb = next((t.i for t in doc[span.end : end] if t.lower_ in ADVISING), None)
    if verb is None or any(t.is_punct for t in doc[span.end : verb]):
        return None
    for token in doc[verb + 1 : min(len(doc) - 1, verb + 1 + OBJECT_WITHIN)]:
        if token.nbor().lower_ in PEOPLE and (country := kb.demonyms.get(fold(token.text))):
            return country
    return None
