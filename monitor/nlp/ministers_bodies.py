"""A ministry named without its country is the one whose minister the story names: "Defence
Minister Wellington Koo on Thursday test-rode ... The Ministry of National Defense plans to
buy" is Koo's ministry, Taiwan's, though no dateline or credit says so. Copy names the minister
first and his ministry after, each without a country, as a story at home does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# The words of a body's name that say which office heads it: "defense minister" heads the
# "Ministry of National Defense" and the "Defence Ministry", "foreign minister" the "Ministry
# of Foreign Affairs".
PORTFOLIOS = {
    "defense minister": frozenset({"defense", "defence"}),
    "defense secretary": frozenset({"defense", "defence"}),
    "foreign minister": frozenset({"foreign"}),
}


def ministers_country(
    form: str,
    countries: set[str | None],
    mentions: Iterable[Mention | None],
    kb: KnowledgeBase,
    published: date | None,
) -> str | None:
    """The one country among `countries` whose minister of the body's portfolio, in office on
    `published`, the article names; None when it names none, or ministers of two of them."""
    if published is None:
        return None
    words = set(fold(form).split())
    found = set()
    for entity_id in {m.entity_id for m in mentions if m is not None and m.in_kb}:
        for office in kb.entities[entity_id].offices:
            heads = words & PORTFOLIOS.get(office.title, frozenset())
            serving = office.start <= published and (office.end is None or published <= office.end)
            if heads and serving and office.country in countries:
                found.add(office.country)
    return found.pop() if len(found) == 1 else None
