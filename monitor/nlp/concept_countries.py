"""A country named inside a concept's name, not at its opening: "Japan" in "a situation
threatening Japan's survival". The concept is about that country as plainly as one that opens
with it ("Taiwan" in "Taiwan contingency", owners.py), and writers label the country there; so it
is a mention of the country on the same terms: when the article also names the country, by name,
nationality word or acting capital, so that a concept alone never makes an article about it.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# A capitalised word inside a name, with a possessive left outside it: "Japan's".
_NAME_WORD = re.compile(r"\b[A-Z][A-Za-z.]*[A-Za-z](?=(?:['’]s)?\b)")


def countries_inside_concepts(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The countries named after the first word of a concept's name, where the article speaks of
    them elsewhere too."""
    spoken_of = {m.entity_id for m in mentions if m.in_kb}
    found = []
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        if entry is None or entry.type != "TERM" or " " not in mention.text:
            continue
        opening = len(mention.text.split()[0])
        for word in _NAME_WORD.finditer(mention.text, opening):
            country = kb.entities.get(kb.lookup(fold(word.group())) or "")
            if country is None or country.kind != "country" or country.id not in spoken_of:
                continue
            start = mention.start + word.start()
            found.append(Mention(word.group(), country.type, country.name, country.id, start,
                                 start + len(word.group()), True,
                                 description=country.description))  # fmt: skip
    return found
