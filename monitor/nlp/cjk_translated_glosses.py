"""A body's translated name in brackets right after its own name, as Japanese copy glosses a
Taiwanese or Chinese body it names as that country writes it: "数位発展部（デジタル発展部）",
"国家通訊伝播委員会（国家通信放送委員会）". The bracket names the body before it, so a name there
the knowledge base does not hold is that body.

Only a body (ORG) glossed by a bracket holding one name and nothing else: a bracket that explains
("国防部（国防省に相当）"), counts or dates is no name, and an acronym is cjk_bracketed_acronyms'.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, relinked

OPENING, CLOSING = "（(", "）)"


def translated_glosses(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each body outside the knowledge base that is the whole of a bracket right
    after a knowledge-base body linked to that body."""
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and not mention.in_kb
            and mention.label == "ORG"
            and before.in_kb
            and kb.entities[before.entity_id].type == "ORG"
            and mention.start == before.end + 1
            and text[before.end : before.end + 1] in OPENING
            and text[mention.end : mention.end + 1] in CLOSING
        ):
            mention = relinked(mention, before.entity_id, kb)
        kept.append(mention)
    return kept
