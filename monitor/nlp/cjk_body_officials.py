"""Whose body a bare shared name is (外交部, 国防部) when its own official is named right after it:
"外交部の毛寧報道官", "外交部發言人林劍", "國防部長顧立雄". The spokesperson or minister the
knowledge base knows serves one government, so the body they speak for is that government's,
whatever the article's home or dateline would suggest (a Japanese story's bare 外交部 is Beijing's
when Mao Ning speaks for it). A country written before the name still decides first
(cjk_titles.country_before); the article's home only where no official is named
(cjk_generic_bodies.body_owner).
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase

# The official's name starts within this many characters after the body's: の or a title
# between them ("發言人", "報道官", "亞太司司長").
OFFICIAL_GAP = 6
# A clause's end: a name past it is another sentence's or list item's person.
CLAUSE_END = re.compile(r"[。、，,；;：:！？!?「」“”\n]")


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
