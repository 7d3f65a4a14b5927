"""A nationality word the model ran into the word before it: "Cheap Chinese float glass tests
Taiwan's processors" opens a headline whose first word is capitalised only because it opens the
line, and the model read "Cheap Chinese" as one product no entry knows. A name never ends on a
nationality word, which waits for its noun ("Chinese glass"), so the word is the country's
demonym and the run before it is no name.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# The model's labels for a group of people ("Overseas Chinese", "Han Chinese"), which end on the
# word by right, are left alone.
GROUPS = frozenset({"NORP", "PERSON"})


def trailing_demonyms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each two-word name outside the knowledge base that opens a line and ends on
    a nationality word replaced by that word as its country's demonym. Only a line's first word
    is capitalised for no name's sake: "Overseas Chinese" inside a sentence is a group's name."""
    found = []
    for m in mentions:
        words = m.text.split(" ")
        country = kb.demonyms.get(fold(words[-1])) if len(words) == 2 else None
        opens = m.start == 0 or text[m.start - 1] == "\n"
        if m.in_kb or m.label in GROUPS or country is None or not opens:
            found.append(m)
            continue
        word = words[-1]
        start = m.end - len(word)
        entry = kb.entities[country]
        found.append(Mention(word, "GPE", entry.name, country, start, m.end, True, "demonym",
                             entry.description))  # fmt: skip
    return found
