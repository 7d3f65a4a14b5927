"""Letters the knowledge base gives an outlet ("AFP", Agence France-Presse) that an article
uses for a body it names in full ("the Armed Forces of the Philippines ... the AFP said"): the
body's, as a reader takes them, while a credit in brackets ("MANILA (AFP) -") stays the outlet.
Before a word only a force fits ("AFP uniforms") they are the body even where it is not named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .mention import Mention, mention_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_WORD = re.compile(r"[A-Za-z][\w']*")
# What only a force has: "AFP uniforms", "AFP troops". A wire agency wears no uniform and sends
# no troops, so its letters before these are the armed force whose initials they are.
UNIFORMED = frozenset({"uniform", "uniforms", "troops", "soldiers", "personnel", "servicemen"})
_FORCES: dict[str, dict[str, str]] = {}  # knowledge-base digest -> initials -> body


def initials(name: str) -> str:
    """The capitals a name is abbreviated by, its small words left out ("Armed Forces of the
    Philippines" -> "AFP")."""
    return "".join(word[0] for word in _WORD.findall(name) if word[0].isupper())


def spelt_bodies(names: list[tuple[str, Mention]], kb: KnowledgeBase) -> dict[str, str]:
    """Initials of the bodies the article names in full (three words or more, so that a
    two-word name does not claim a common pair of letters), when one body alone has them."""
    return _spelt([(written, mention.entity_id) for written, mention in names], kb)


def _spelt(names: list[tuple[str, str]], kb: KnowledgeBase) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for written, entity_id in names:
        entry = kb.entities.get(entity_id)
        if entry is None or entry.type != "ORG" or entry.kind == "outlet":
            continue
        if len(_WORD.findall(written)) < 3:
            continue
        letters = initials(written)
        if len(letters) >= 3:
            found.setdefault(letters, set()).add(entry.id)
    return {letters: ids.pop() for letters, ids in found.items() if len(ids) == 1}


def outlet_letters_as_body(
    doc: Doc,
    span: Span,
    mention: Mention,
    defined: str | None,
    spelt: dict[str, str],
    kb: KnowledgeBase,
) -> Mention:
    """An outlet's letters are the body the article defines them for, or, outside brackets,
    the body whose initials they are."""
    entry = kb.entities.get(mention.entity_id)
    if entry is None or entry.kind != "outlet" or span.text.upper() != span.text:
        return mention
    if defined and defined != entry.id and kb.entities[defined].type == "ORG":
        return mention_of(span, defined, kb)  # not "KINMEN (CNA)", a dateline's credit
    bracketed = (
        span.start > 0 and doc[span.start - 1].text == "(" and doc[span.end :][:1].text == ")"
    )
    body = spelt.get(span.text)
    if body is None and span.end < len(doc) and doc[span.end].lower_ in UNIFORMED:
        body = _forces(kb).get(span.text)
    if body and not bracketed:
        return mention_of(span, body, kb)
    return mention


def _forces(kb: KnowledgeBase) -> dict[str, str]:
    """Initials of the knowledge base's bodies named in three words or more, when one body
    alone has them: {"AFP": "afp-philippines"}."""
    if kb.digest not in _FORCES:
        _FORCES[kb.digest] = _spelt([(e.name, e.id) for e in kb.entities.values()], kb)
    return _FORCES[kb.digest]
