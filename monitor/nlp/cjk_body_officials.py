"""Whose body a bare shared name is (外交部, 国防部) when its own official is named right after it:
"外交部の毛寧報道官", "外交部發言人林劍", "國防部長顧立雄". The spokesperson or minister the
knowledge base knows serves one government, so the body they speak for is that government's,
whatever the article's home or dateline would suggest (a Japanese story's bare 外交部 is Beijing's
when Mao Ning speaks for it). A country written before the name still decides first
(cjk_titles.country_before); the article's home only where no official is named
(cjk_generic_bodies.body_owner).

A body's own name is read the same way when its spokesperson is another government's: Japanese
copy writes the PRC's ministries in its own words, Japan's names for Japan's (【北京共同】…
"外務省の林剣報道官", "国防省の張暁剛報道官"), so the bare 外務省 before Lin Jian is Beijing's
foreign ministry, the body of his country that shares a generic name (Foreign Ministry) with
Japan's. Only an official right after the body, or after の or a spokesperson's title, is its
own: "防衛省でヘグセス長官と会談" names a visitor at the ministry, no official of it.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern
from .kb import KnowledgeBase

# The official's name starts within this many characters after the body's: の or a title
# between them ("發言人", "報道官", "亞太司司長").
OFFICIAL_GAP = 6
# A clause's end: a name past it is another sentence's or list item's person.
CLAUSE_END = re.compile(r"[。、，,；;：:！？!?「」“”\n]")
# What may stand between a body's own name and its spokesperson's: の, a spokesperson's title.
_OWN_OFFICIAL_GAP = re.compile(fold_pattern(r"の?(?:報道官|報道局長|副報道局長|發言人|发言人)?"))


def official_country(
    folded: str, end: int, person_forms: dict[str, tuple[str, ...]], kb: KnowledgeBase
) -> str | None:
    """The country of the known person named within OFFICIAL_GAP characters after a body's
    bare name ending at `end`, in the same clause; None when no such person is named."""
    stop = CLAUSE_END.search(folded, end, end + OFFICIAL_GAP)
    gap_end = stop.start() if stop else end + OFFICIAL_GAP
    nearest: tuple[int, str] | None = None
    for person, forms in person_forms.items():
        country = kb.entities[person].country
        for form in forms:
            at = folded.find(form, end, gap_end + len(form))
            if country and at != -1 and at < gap_end and (nearest is None or at < nearest[0]):
                nearest = at, country
    return nearest[1] if nearest else None


def official_body(
    folded: str, end: int, body: str, person_forms: dict[str, tuple[str, ...]], kb: KnowledgeBase
) -> str | None:
    """Another country's counterpart of `body` (a name ending at `end`) when a known official
    of that country is named right after it, as its spokesperson: the one body of that country
    sharing a generic name with `body`. None when no such official or no one counterpart."""
    entry = kb.entities[body]
    gap = _OWN_OFFICIAL_GAP.match(folded, end)
    if entry.type != "ORG" or not entry.generic or gap is None:
        return None
    country = official_country(folded, end, person_forms, kb)
    if country in (None, entry.country) or not _named_at(folded, gap.end(), person_forms):
        return None
    shared = set(entry.generic)
    counterparts = [
        other.id
        for other in kb.entities.values()
        if other.country == country and other.type == "ORG" and shared & set(other.generic)
    ]
    return counterparts[0] if len(counterparts) == 1 else None


def _named_at(folded: str, at: int, person_forms: dict[str, tuple[str, ...]]) -> bool:
    return any(folded.startswith(form, at) for forms in person_forms.values() for form in forms)
