"""A title with "-elect" ("the president-elect", "the prime minister-elect") names the person
chosen for the office and not yet in it: the holder whose term begins after the article's date,
where the bare title names the one in office that day. A vote precedes the term by weeks or
months (Taiwan's January election, a May inauguration), so only a term beginning within a year
is the one elected.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .kb import KnowledgeBase

ELECTED_WITHIN = timedelta(days=365)


def elect_end(doc: Doc, span: Span) -> int | None:
    """Where the title's "-elect" ends ("president-elect", "president elect",
    "President-Elect"), or None when the title has none."""
    k = span.end
    if k < len(doc) and doc[k].text in ("-", "‑"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "elect":
        return k + 1
    return None


def elected_holders(title: str, kb: KnowledgeBase, on: date) -> dict[str, str]:
    """Per country, the person whose term in `title` begins first after `on`, within a year."""
    elected: dict[str, tuple[date, str]] = {}
    for (held, country), terms in kb.holders.items():
        if held != title:
            continue
        for start, _, person in terms:
            soonest = elected.get(country)
            if on < start <= on + ELECTED_WITHIN and (soonest is None or start < soonest[0]):
                elected[country] = (start, person)
    return {country: person for country, (_, person) in elected.items()}
