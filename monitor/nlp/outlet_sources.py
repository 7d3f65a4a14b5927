"""A body an outlet cites is the outlet's country's, unless the text says whose it is.

"Xinhua quoted the defence ministry as saying", "Kyodo, citing the foreign ministry, said",
"Yonhap reported that the Foreign Ministry": a national news agency or paper quotes its own
government's bodies, whatever the dateline of the story that carries the quote ("TOKYO (Kyodo)
-- ... Xinhua quoted the defence ministry" is China's ministry). The text decides first: "citing
Taiwan's defence ministry", "the Nikkei turns to Taiwan, citing its defence ministry" are read
before this (context.qualifier). World wire services and international broadcasters quote the
bodies of whichever country they report from, so they give none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .kb import KnowledgeBase
from .mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

CITING = words("quoted quoting quotes quote cited citing cites cite reported reports reporting")
# Words between the citing verb and the body: "quoted the", "reported that a".
BEFORE_THE_BODY = words("the a an that")
# Tokens between the outlet and its verb: "Kyodo News reported, citing", "Xinhua news agency
# quoted", "The Central News Agency (CNA) quoted".
OUTLET_WITHIN = 4
# Outlets that report the world and quote the bodies of the country they report from.
WORLD_OUTLETS = frozenset({
    "reuters", "agence-france-presse", "ap", "bloomberg", "bbc", "deutsche-welle",
    "voice-of-america", "radio-free-asia",
})  # fmt: skip


def cited_by_outlet_country(
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    candidates: tuple[str, ...],
    kb: KnowledgeBase,
) -> str | None:
    """The country of the national outlet whose citing verb takes the body at `index` as its
    object, when that country has such a body among `candidates`; None otherwise."""
    span = spans[index]
    doc = span.doc
    verb = span.start - 1
    while verb >= 0 and doc[verb].lower_ in BEFORE_THE_BODY:
        verb -= 1
    if verb < 0 or doc[verb].lower_ not in CITING:
        return None
    for before in range(index - 1, -1, -1):
        other = spans[before]
        if other.end > verb:
            continue
        between = doc[other.end : verb]
        if len(between) > OUTLET_WITHIN or any(t.text in (".", ";", "\n") for t in between):
            return None
        mention = linked.get(before)
        entry = kb.entities.get(mention.entity_id) if mention is not None else None
        if entry is None or entry.kind != "outlet" or entry.id in WORLD_OUTLETS:
            return None  # the nearest name before the verb is the one that cites
        owners = {kb.entities[c].country for c in candidates}
        return entry.country if entry.country in owners else None
    return None
