"""A ministry's name glued to its agency's in Japanese copy (交通部民用航空局, 交通部航港局): two
names, the ministry's and the agency's, as the Japanese sets label them (交通部観光署,
防衛省沖縄防衛局), while Chinese copy's labels keep the whole (cjk_agency_names.py).

The knowledge base spells some agencies with their ministry in front, for Chinese copy, and the
longest name wins there; in Japanese copy such a match is cut where a 部 ministry's own name
ends, when the base links that ministry to a body of the agency's own country, and what follows
is the agency.
"""

from __future__ import annotations

from dataclasses import replace

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

MINISTRY_END = fold("部")
MIN_AGENCY_CHARS = 2  # "航港局": one character is no agency's name


def ministries_apart(
    text: str,
    mentions: list[Mention],
    forms: dict[str, str],
    generic: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
) -> list[Mention]:
    """The mentions, each agency named with its ministry in front cut into the two."""
    out: list[Mention] = []
    for mention in mentions:
        cut = _ministry_cut(mention, forms, generic, kb)
        if cut is None:
            out.append(mention)
            continue
        length, ministry = cut
        at = mention.start + length
        out.append(kb_mention_at(text, mention.start, at, ministry, kb))
        out.append(replace(mention, text=text[at : mention.end], start=at))
    return out


def _ministry_cut(
    mention: Mention,
    forms: dict[str, str],
    generic: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
) -> tuple[int, str] | None:
    """How many characters of the agency's mention are its ministry's name, and the ministry."""
    agency = kb.entities.get(mention.entity_id)
    if agency is None or agency.type != "ORG" or mention.kind != "name":
        return None
    folded = fold(mention.text)
    for length in range(len(folded) - MIN_AGENCY_CHARS, 1, -1):
        head = folded[:length]
        if not head.endswith(MINISTRY_END):
            continue
        bodies = (forms[head],) if head in forms else generic.get(head, ())
        own = [b for b in bodies if b != agency.id and kb.entities[b].country == agency.country]
        if own:
            return length, own[0]
    return None
