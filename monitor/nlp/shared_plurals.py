"""A plural head shared by a list of countries: "Taiwan, Japan coast guards", "the US and
Philippine navies". English writes the head once, in the plural, after the last owner, so the
last owner and the head are no one body's name: each country in the list owns one of the
bodies, and the name matched from the last one ("Japan coast guards" as the Japan Coast Guard)
is that country, as the first one is.
"""

from __future__ import annotations

import re

from .kb import KBEntry, KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold, singular

# What joins the last owner of a shared head to the one before it: "Taiwan, Japan",
# "Japan and Taiwan", "US/Japan".
_JOINED = re.compile(r"(?:,|\s+(?:and|or|&)|\s*/)\s*$")


def shared_plurals(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with a body matched from the last owner of a list and the plural head
    they share ("Japan coast guards" after "Taiwan, ") read as that owner's country."""
    ends = {m.end for m in mentions if m.in_kb and _country(m.entity_id, kb)}
    if not ends:  # a list needs an owner before the body: most articles are left as they are
        return mentions
    taken = {(m.start, m.entity_id) for m in mentions}
    kept = []
    for mention in mentions:
        owner = _last_owner(text, mention, ends, kb)
        if owner is None:
            kept.append(mention)
        elif (mention.start, owner[1].id) not in taken:  # not read as the country already
            word, entry = owner
            kind = "name" if kb.lookup(fold(word)) == entry.id else "demonym"
            end = mention.start + len(word)
            kept.append(kb_mention_at(text, mention.start, end, entry.id, kb, kind))
    return kept


def _last_owner(
    text: str, mention: Mention, ends: set[int], kb: KnowledgeBase
) -> tuple[str, KBEntry] | None:
    """The country word that opens a body's mention ending in a plural head, when a country
    stands before it joined by a comma, "and", "or" or a slash."""
    if not mention.in_kb or " " not in mention.text:
        return None
    folded = fold(mention.text)
    if singular(folded) == folded or kb.index.get(folded) is not None:
        return None  # a singular head, or a plural the body's own name has ("Self-Defense Forces")
    joint = _JOINED.search(text, max(mention.start - 8, 0), mention.start)
    if joint is None or joint.start() not in ends:
        return None
    words = mention.text.split()
    for size in range(len(words) - 1, 0, -1):
        opening = " ".join(words[:size])
        country = _country(kb.lookup(fold(opening)) or kb.demonyms.get(fold(opening)), kb)
        if country is not None:
            return opening, country
    return None


def _country(entity_id: str | None, kb: KnowledgeBase) -> KBEntry | None:
    entry = kb.entities.get(entity_id or "")
    return entry if entry is not None and entry.kind == "country" else None
