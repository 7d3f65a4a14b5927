"""The outlets an automated summary lists as its sources, and the country they share.

A summary or a digest an AI wrote keeps no dateline; it closes on its numbered sources
("Sources: [1] CNA English [2] Focus Taiwan [3] Taipei Times", "Sources: ¹Nikkei Asia ²NHK",
"Sources: Taiwan MND¹; Focus Taiwan²"). When every outlet there is of one country, the summary
retells that country's reports, and its "the Defense Ministry" or "the Cabinet" is that
country's, as a story crediting one outlet at its foot is (context.py). Outlets of two countries
decide nothing.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .resolve import resolve_name

# "Sources:", "**Sources:**", "_Source:_": a line that opens on the word and lists the outlets.
_SOURCES_LINE = re.compile(r"^[ \t]*[*_]*Sources?[*_]*:[*_]*[ \t]*(?P<list>[^\n]{2,300})$", re.M)
# What stands between two sources: a separator, a footnote's number ("[2]", "²", "2."), the
# words "and" or "with", or a note in brackets ("(links omitted)").
_BETWEEN_SOURCES = re.compile(
    r"[·•;,|/]|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<!\w)\d{1,2}[.)](?=\s)|\([^()\n]*\)|\band\b|\bwith\b"
)
SOURCES_PER_LINE = 12  # a list longer than this is no summary's sources line
SOURCES_LINES = 3  # the last few: a summary lists its sources once, at its foot


def sources_country(text: str, kb: KnowledgeBase) -> str | None:
    """The one country of every outlet the text's last sources lines name, if there is one."""
    countries = set()
    for line in list(_SOURCES_LINE.finditer(text))[-SOURCES_LINES:]:
        names = [name.strip(" \t*_.") for name in _BETWEEN_SOURCES.split(line.group("list"))]
        for name in names[:SOURCES_PER_LINE]:
            entry = kb.entities.get(resolve_name(name, kb) or "") if name else None
            if entry is not None and entry.kind == "outlet" and entry.country:
                countries.add(entry.country)
    return countries.pop() if len(countries) == 1 else None
