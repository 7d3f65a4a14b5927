"""'The States' alone: the United States, as English speakers abroad call it ("our customers in
the States", "back in the States"). Only the bare noun: a longer name ("the States of Jersey",
"the States General", "the States-based firm") or a plural after a word that qualifies it ("the
Gulf States", "Member States") is another body or no country."""

import re

from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

UNITED_STATES = "united-states"
# "the States" closing its noun phrase: no hyphen, name, number or "of" after it.
_THE_STATES = re.compile(r"\b[Tt]he (States)\b(?!-|'s? +[A-Z]| +[A-Z0-9]| +of\b)")


def the_states(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with the United States for each bare "the States"."""
    if UNITED_STATES not in kb.entities:
        return mentions
    found = [
        kb_mention_at(text, match.start(1), match.end(1), UNITED_STATES, kb)
        for match in _THE_STATES.finditer(text)
    ]
    return laid_over(mentions, found)
