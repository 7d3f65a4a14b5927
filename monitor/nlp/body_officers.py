"""A title that heads a body the knowledge base does not know is that body's officer, never the
state's office holder: "said Lee Wen-hsiung, President of Beigan Harbour Lines", "Karen Holt,
President and Chief Executive Officer of Cascadia Radar Works". Wire releases and trade copy
give a firm's, a union's or a museum's officers this way; "the President of Taiwan" and "the
Speaker of the Legislative Yuan" name a body the knowledge base knows, and stay the office. So
is a title a body's common noun owns: "Kenji Sato, the chamber's president"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_entities import entities

if TYPE_CHECKING:
    from spacy.tokens import Span

# "President and Chief Executive Officer of", "Senior Vice President, Sales, of": the words a
# title may run on with before its "of".
MAX_TITLE_RUN = 6
JOINS = frozenset({"and", "&", ","})
BODY_LABELS = frozenset({"ORG", "FAC"})


def heads_an_unknown_body(span: Span) -> bool:
    """Whether the title is followed by "of" and a capitalised name that is no place and no
    body the knowledge base knows."""
    doc, at = span.doc, span.end
    while at < len(doc) and doc[at].lower_ != "of":
        word = doc[at]
        if at - span.end >= MAX_TITLE_RUN or not (word.lower_ in JOINS or word.text[:1].isupper()):
            return False
        at += 1
    at += 1  # past "of"
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    if at >= len(doc) or not doc[at].text[:1].isupper():
        return False
    body = next((ent for ent in entities(doc) if ent.start <= at < ent.end), None)
    if body is None:
        return True  # a name the model missed: "of Cascadia Radar Works"
    return not body.kb_id_ and body.label_ in BODY_LABELS


# The common nouns that own a state's office in the possessive: "the island's president", "the
# country's prime minister". Any other owner is a body, whose officer the title is: "the
# council's president", "the chain's president", "the league's president".
STATE_OWNERS = frozenset({
    "country", "nation", "island", "state", "republic", "kingdom", "government",
    "administration", "cabinet", "archipelago", "federation",
})  # fmt: skip
POSSESSIVES = frozenset({"'s", "’s"})


def owned_by_a_body(span: Span) -> bool:
    """Whether a common noun other than a country's owns the title: "the council's president"."""
    doc, at = span.doc, span.start
    if at < 2 or doc[at - 1].text not in POSSESSIVES:
        return False
    owner = doc[at - 2]
    return owner.is_lower and owner.is_alpha and owner.lower_ not in STATE_OWNERS
