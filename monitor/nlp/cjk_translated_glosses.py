"""A body's translated name in brackets right after its own name, as Japanese copy glosses a
Taiwanese or Chinese body it names as that country writes it: "数位発展部（デジタル発展部）",
"国家通訊伝播委員会（国家通信放送委員会）", "海軍陸戦隊（海兵隊）". The bracket names the
body before it, so a name there is that body: one the knowledge base does not hold, and one it
gives to another country's counterpart (海兵隊, the US Marines' in Okinawa copy), which the
article then means by the bracket's word wherever it writes it again ("海兵隊員ら４人を起訴"
over the story).

Only a body (ORG) glossed by a bracket holding one name and nothing else: a bracket that explains
("国防部（国防省に相当）"), counts or dates is no name, and an acronym is cjk_bracketed_acronyms'.
"""

from __future__ import annotations

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

OPENING, CLOSING = "（(", "）)"


def translated_glosses(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each body that is the whole of a bracket right after a knowledge-base body
    linked to that body, and the knowledge-base body's other mentions by the bracket's word too."""
    kept: list[Mention] = []
    glossed: dict[tuple[str, str], str] = {}  # (folded word, its own entity) -> the body glossed
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and mention.label == "ORG"
            and before.in_kb
            and kb.entities[before.entity_id].type == "ORG"
            and (not mention.in_kb or _counterparts(kb, before.entity_id, mention.entity_id))
            and mention.start == before.end + 1
            and text[before.end : before.end + 1] in OPENING
            and text[mention.end : mention.end + 1] in CLOSING
        ):
            if mention.in_kb:
                glossed[(fold(mention.text), mention.entity_id)] = before.entity_id
            mention = relinked(mention, before.entity_id, kb)
        kept.append(mention)
    if not glossed:
        return kept
    return [
        relinked(m, body, kb) if (body := glossed.get((fold(m.text), m.entity_id))) else m
        for m in kept
    ]


def _counterparts(kb: KnowledgeBase, body: str, other: str) -> bool:
    """Whether `other` is another country's body, as the bracket's word is when the knowledge
    base gives it to the counterpart abroad; a unit of the same government
    ("防衛省（統合幕僚監部）") is no translation of the body before it."""
    countries = kb.entities[body].country, kb.entities[other].country
    return None not in countries and countries[0] != countries[1]
