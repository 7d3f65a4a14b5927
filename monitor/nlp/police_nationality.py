"""A generic police body is the country's whose police the article names: in "Japanese police
said Tuesday ... The National Police Agency said the intruders sought data" the agency is
Japan's, as a reader takes the national body of the police just named. Only the police are read
so: their national agency is the body a police story quotes, where a nationality before other
common nouns ("Japanese makers") says nothing of whose ministry speaks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .mention import Mention

POLICE_AFTER = re.compile(r"(?:['’]s)?\s+police\b", re.IGNORECASE)


def police_country(
    form: str, text: str, mentions: Iterable[Mention | None], kb: KnowledgeBase
) -> str | None:
    """The one country whose police the text names ("Japanese police", "Japan's police") when
    the generic form is a police body's ("national police agency"); None otherwise."""
    if "police" not in form.split():
        return None
    countries = set()
    for mention in mentions:
        if mention is None or not mention.in_kb or mention.kind not in ("demonym", "name"):
            continue
        entry = kb.entities[mention.entity_id]
        if entry.kind != "country":
            continue
        if POLICE_AFTER.match(text, mention.end):
            countries.add(entry.id)
    return countries.pop() if len(countries) == 1 else None
