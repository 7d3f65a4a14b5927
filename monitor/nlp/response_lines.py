"""Taiwan's defence ministry closes each daily report with one line: its forces "monitored the
situation and employed CAP aircraft, Navy vessels and land-based missile systems in response".
Copy quotes and paraphrases it ("the ministry says it monitored the situation with combat air
patrol aircraft, Navy vessels and coastal missile systems"), often with no force named before
it, and the bare "Navy" there is always the Republic of China Navy, whoever the story is about:
no other side answers with that list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span

TAIWAN = "taiwan"
# The list before the Navy: "CAP aircraft, ", "combat air patrol aircraft, ".
_PATROL_AIRCRAFT = re.compile(r"\b(?:CAP|combat air patrol) aircraft,?\s+$", re.I)
# The list after it: " vessels, and land-based missile systems", " vessels and coastal missile".
_MISSILE_SYSTEMS = re.compile(
    r"^\s+vessels,?\s+and\s+(?:land-based|coastal|shore-based)\s+missile", re.I
)
LINE_REACH = 60  # characters read on each side of the Navy


def response_line_country(span: Span) -> str | None:
    """Taiwan, for a bare "Navy" between patrol aircraft and missile systems in the ministry's
    line of response; None anywhere else."""
    if span.text != "Navy":
        return None
    text = doc_text(span.doc)  # joined once an article, not once a Navy
    before = text[max(span.start_char - LINE_REACH, 0) : span.start_char]
    after = text[span.end_char : span.end_char + LINE_REACH]
    listed = _PATROL_AIRCRAFT.search(before) and _MISSILE_SYSTEMS.match(after)
    return TAIWAN if listed else None
