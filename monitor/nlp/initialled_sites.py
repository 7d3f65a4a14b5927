"""A site or unit named after the initials of the body that owns it: "JGSDF Camp Naha",
"JMSDF Sasebo". Japanese and US releases put the service's initials before a camp's or a base's
name; the model reads the whole for a person or a facility outside the knowledge base, and the
service in it, which writers label, was lost.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at
from .names import fold

# The model's labels for a site it does not know; an unknown ORG keeps its leading owner by
# owners.py, which weighs a name that opens with another's (`opens_with_own_name`).
SITE_LABELS = frozenset({"PERSON", "FAC"})


def initialled_sites(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The bodies whose initials open a name outside the knowledge base: "JGSDF" of "JGSDF Camp
    Naha". Initials in capitals are no given name, so the name is a site the body owns."""
    found = []
    for mention in mentions:
        if mention.in_kb or mention.label not in SITE_LABELS:
            continue
        first = mention.text.split(" ", 1)[0]
        if len(first) < 3 or not first.isupper() or first == mention.text:
            continue
        entry = kb.entities.get(kb.lookup(fold(first)) or "")
        if entry is None or entry.type != "ORG" or entry.kind == "outlet":
            continue
        found.append(kb_mention_at(text, mention.start, mention.start + len(first), entry.id, kb))
    return found
