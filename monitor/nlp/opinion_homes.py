"""Whose an opinion piece's bare bodies are when no dateline or credit says: an editorial, a
column or a letter is written in and for the country it argues about, and its title names
that country ("EDITORIAL: Eighty days in Japanese waters", "Opinion: Taiwan cannot wait") as
a masthead names a bulletin's. A title naming two countries, or none, decides nothing.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .names import fold

# The label opening an opinion page's title; "GT editorial:" names its outlet, which the
# credit rules read instead.
_OPINION_TITLE = re.compile(
    r"\A\s*(?:EDITORIAL|Editorial|OPINION|Opinion|COMMENTARY|Commentary|LETTERS?|Letters?"
    r"|COLUMN|Column|REBUTTAL|Rebuttal|Op-ed|OP-ED|My turn|Viewpoint|VIEWPOINT)"
    r"[ \t]*[:|—–][ \t]*(?P<title>[^\n]+)"
)
NAME_WORDS = 3  # "South China Sea" is no country: the longest name a run of words makes wins


def opinion_country(text: str, kb: KnowledgeBase) -> str | None:
    """The one country an opinion page's title names, by its name, its capital or its
    people's ("Japanese waters")."""
    match = _OPINION_TITLE.match(text)
    if match is None:
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", match.group("title"))
    found: set[str] = set()
    start = 0
    while start < len(words):
        for size in range(min(NAME_WORDS, len(words) - start), 0, -1):
            name = fold(" ".join(words[start : start + size]))
            entry = kb.entities.get(kb.lookup(name) or "")
            if entry is not None:
                if entry.kind in ("country", "capital"):
                    found.add(entry.capital_of or entry.id)
                break
            if size == 1 and name in kb.demonyms and words[start][:1].isupper():
                found.add(kb.demonyms[name])
        start += size
    return found.pop() if len(found) == 1 else None
