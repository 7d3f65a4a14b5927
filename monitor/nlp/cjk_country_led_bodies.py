"""A country's name glued before one of its own bodies' names ("日本统合幕僚监部", "美國國務院"):
the whole is the body's name, as Chinese and Japanese copy write a body in full, and no mention
of the country, any more than the cabinet is one in 行政院農業委員會 (cjk_cabinet_bodies.py).

The knowledge base spells some such names whole (美國國防部, 台灣交通部), and the longest name
wins there; one it spells only without the country (统合幕僚监部) would leave the country as a
mention of its own. So a mention of a country directly before a mention of a body of the same
country is fused into the body's, whichever names the base happens to spell: the class, not its
spellings. Another country's body after it ("日本海上保安庁" is Japan's; "日菲海警" two countries')
and the country before a word the base does not hold stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from .kb import KnowledgeBase
from .mention import Mention


def country_led_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each country's name fused to its own body's name right after it."""
    starting = {m.start: m for m in mentions}
    fused: dict[int, Mention] = {}  # the body's start -> the whole name
    for mention in mentions:
        body = starting.get(mention.end)
        if body is not None and _own_body(mention, body, kb):
            fused[body.start] = replace(
                body, text=text[mention.start : body.end], start=mention.start
            )
    countries = {whole.start for whole in fused.values()}
    return [
        fused.get(m.start, m) for m in mentions if not (m.start in countries and m.end in fused)
    ]


def _own_body(country: Mention, body: Mention, kb: KnowledgeBase) -> bool:
    """Whether `country` names a country by its name and `body` a body of that country."""
    head, entry = kb.entities.get(country.entity_id), kb.entities.get(body.entity_id)
    return (
        head is not None
        and head.kind == "country"
        and country.kind == "name"
        and entry is not None
        and entry.type == "ORG"
        and entry.kind is None
        and body.kind == "name"
        and entry.country == head.id
    )
