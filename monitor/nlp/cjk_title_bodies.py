"""A minister's title written straight after the minister's name holds the ministry's name
("林佳竜外交部長", "王毅外交部長"): the ministry is mentioned too, and it is the minister's
country's, whichever country the article is from (Lin Chia-lung's 外交部 is Taiwan's, Wang Yi's
the PRC's)."""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, relinked

TITLE_CHARS = (4, 5, 6)  # a title's length in characters ("外交部長"); few are longer


def bodies_in_titles(
    text: str,
    folded: str,
    mentions: list[Mention],
    titles: dict[str, tuple[str, str | None]],
    generic: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
) -> list[Mention]:
    """New mentions: the ministry inside each title ending in its head's 長 that follows a
    person the knowledge base knows, linked to that person's country's ministry. Each person
    looks at the few characters after its name only."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for person in mentions:
        entry = kb.entities.get(person.entity_id) if person.in_kb else None
        if entry is None or entry.type != "PERSON" or entry.country is None:
            continue
        for length in TITLE_CHARS:
            title = folded[person.end : person.end + length]
            body = title[:-1]  # "外交部" of "外交部長"
            if title not in titles or body not in generic:
                continue
            owner = next(
                (c for c in generic[body] if kb.entities[c].country == entry.country), None
            )
            span = range(person.end, person.end + len(body))
            if owner and taken.isdisjoint(span):
                surface = text[span.start : span.stop]
                name = Mention(surface, "ORG", surface, "", span.start, span.stop, False)
                found.append(relinked(name, owner, kb))
            break
    return found
