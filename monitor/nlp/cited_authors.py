"""A family name in an academic citation is an author: "(Lee 2024)", "following Lee and Cheng
(2024)", "Lee et al. (2023) argue". A head of state named by family name alone ("Lee won") is
never written with a year of publication beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The year of a work, as an author-date citation gives it: "2024", "2024a", "2019b".
_YEAR = re.compile(r"(19|20)\d\d[a-z]?")
# What may stand between the name and its year: a co-author, "et al.", a comma, a bracket.
_BETWEEN = frozenset({"and", "&", "et", "al", "al.", ",", "(", "’s", "'s"})
CITATION_WITHIN = 5  # tokens after the name read for the year: "Lee and Cheng (2024)"


def cited_author(doc: Doc, span: Span) -> bool:
    """Is the name an author's in an author-date citation: a year follows it, past co-authors,
    "et al." and an opening bracket, or the name opens a bracket that closes on a year?"""
    for token in doc[span.end : span.end + CITATION_WITHIN]:
        if _YEAR.fullmatch(token.text):
            return True
        if not (token.lower_ in _BETWEEN or token.text[:1].isupper()):
            return False
    return False
