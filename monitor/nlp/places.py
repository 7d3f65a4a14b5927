"""Short forms of places an article names in full: "Scarborough" after "Scarborough Shoal".

Copy names a shoal, reef or channel in full once and then by its proper part alone. That part
stands for the place the article named, unless the knowledge base knows it as a name of its own
("Taiwan" of "Taiwan Strait", "Miyako" of "Miyako Strait").

And "the mainland", which in this region's copy is China ("reunified with the mainland",
"mainland Chinese warplanes", "mainland experts", "Mainland coastguard vessels"), unless another
country owns it: "mainland Japan", "the US mainland", "Japan's mainland".

And two cues that a capital is the city, not its government: the names after "alternating
between" (meetings held in turn in each city) and a capital that gives the time ("All times
Taipei (GMT+8)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .kb import KnowledgeBase
    from .mention import Mention

FEATURES = frozenset({"shoal", "reef", "atoll", "channel", "strait", "harbor", "bay", "cay"})


def short_places(written: list[tuple[str, Mention]], kb: KnowledgeBase) -> dict[str, str]:
    """{folded short form: entity id} for (text as written, linked mention) pairs."""
    found: dict[str, set[str]] = {}
    for text, mention in written:
        entry = kb.entities.get(mention.entity_id)
        if entry is None or entry.type != "LOC":
            continue
        words = fold(text).split()
        if len(words) < 2 or words[-1] not in FEATURES:
            continue
        short = " ".join(words[:-1])
        if kb.lookup(short) is None:
            found.setdefault(short, set()).add(entry.id)
    # An island Japanese names "<stem>jima" ("Miyakojima") is the stem alone ("south of
    # Miyako"). When the story also names a strait for it ("Miyako Strait"), the stem alone is
    # either ("south of Miyako", "the Miyako transit") and stays unlinked.
    for _, mention in written:
        island = kb.entities.get(mention.entity_id)
        if island is None:
            continue
        for alias in island.aliases:
            stem = re.sub(r"(jima|shima)$", "", fold(alias))
            if stem != fold(alias) and " " not in stem and kb.lookup(stem) is None:
                found.setdefault(stem, set()).add(island.id)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}


MAINLAND = "mainland"


def anothers_mainland(span: Span, entity_id: str, kb: KnowledgeBase) -> bool:
    """Whether "mainland" here is another country's: its name or nationality word is right
    before it (past "'s" or "the") or right after it."""
    if fold(span.text) != MAINLAND:
        return False
    doc = span.doc
    before = doc[max(span.start - 2, 0) : span.start]
    if len(before) and before[-1].lower_ in ("'s", "’s", "the"):
        before = before[:-1]
    countries = [_country(before[-1].text, kb)] if len(before) else []
    after = _country(doc[span.end].text, kb) if span.end < len(doc) else None
    return any(country not in (None, entity_id) for country in (*countries, after))


def _country(word: str, kb: KnowledgeBase) -> str | None:
    key = fold(word)
    found = kb.demonyms.get(key) or kb.lookup(key)
    entry = kb.entities.get(found or "")
    return entry.id if entry is not None and entry.kind == "country" else None


# Words before "between" that put the capitals after it on a map: meetings held in turn in the
# cities, and flights or ferries that run between them ("airlines flying between Taipei and
# Manila"), unlike "relations between Beijing and Tokyo".
BETWEEN_CITIES = frozenset(
    ["alternating", "alternate", "alternates", "rotating", "rotate", "rotates"]
    + ["flying", "fly", "flies", "flight", "flights", "route", "routes", "ferry", "ferries"]
    + ["travel", "travelling", "traveling"]
)
LIST_WITHIN = 8  # tokens back from a capital to "between": "between Taipei and Singapore, Manila"


def alternates(doc: Doc, start: int) -> bool:
    """'alternating between Taipei and Tokyo', 'flights between Singapore and Taipei': the names
    after 'between' up to this one."""
    for k in range(start - 1, max(start - LIST_WITHIN, 0), -1):
        if doc[k].lower_ == "between":
            return doc[k - 1].lower_ in BETWEEN_CITIES
        if not (doc[k].lower_ in ("and", ",") or doc[k].text[:1].isupper()):
            return False
    return False


def time_zone(after: list[Token]) -> bool:
    """'(GMT+8)', '(UTC+8)' after a capital."""
    return len(after) > 1 and after[1].text.upper().startswith(("GMT", "UTC"))


def heading(doc: Doc, span: Span) -> bool:
    """A name alone on its line above more text: a newsletter's section heading ("TOKYO",
    "Washington"), which says where the news under it happened."""
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    line_end = doc.text.find("\n", span.end_char)
    return line_end >= 0 and doc.text[line_start:line_end].strip() == span.text
