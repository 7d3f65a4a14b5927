"""The digest's watch list: entries that name a knowledge-base entity or a phrase, matched as
whole words, in their own case when written with capitals ("Xi" never matches "taxi" or
"maximum"; "ADIZ" is not "adiz" in a URL)."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..nlp.kb import KnowledgeBase
from ..nlp.resolve import resolve_name


@dataclass(frozen=True)
class WatchEntry:
    text: str  # as the user wrote it in feeds.yaml
    entity_id: str | None  # the knowledge-base entity it names (any alias, or a family name
    # only one person has: "Xi"), if it names one
    pattern: re.Pattern[str]


def watch_entries(entries: Iterable[str], kb: KnowledgeBase) -> list[WatchEntry]:
    found = []
    for text in entries:
        entity_id = resolve_name(text, kb) or kb.person_by_family_name(text)
        flags = 0 if any(ch.isupper() for ch in text) else re.IGNORECASE
        pattern = re.compile(rf"(?<!\w){re.escape(text.strip())}(?!\w)", flags)
        found.append(WatchEntry(text, entity_id, pattern))
    return found


def watched_in(
    watch: list[WatchEntry], entity_ids: set[str], texts: Iterable[str]
) -> tuple[str, ...]:
    """The entries an article (or story) matches: by the entities its analysis linked, else by
    the entry's words standing whole in its text."""
    texts = list(texts)
    return tuple(
        entry.text
        for entry in watch
        if (entry.entity_id and entry.entity_id in entity_ids)
        or any(entry.pattern.search(text) for text in texts)
    )
