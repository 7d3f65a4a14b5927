"""A capital a speaker speaks from: "a Taiwanese official told Rappler by phone from Taipei", "the
minister said by video link from Taipei", "joining by video from Washington", "speaking from
Tokyo", "the defense secretary said in a statement from Washington". Where a person is when they
speak is a place, the city. What arrives by telephone with no speaker ("the information arrived
by telephone from Washington", "word from Beijing") comes from the government
(capital_addresses.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# How a voice reaches a newsroom or a panel: "by phone", "by telephone", "by video link".
MEDIA = words("phone telephone video link videolink videoconference satellite zoom teleconference")
# A speaker's verbs: "told Rappler by phone from", "said by video link from", "joining by video".
SPEAKING = words("""
    said says say told tells tell spoke speaks speak speaking talked talks talking joined joins
    joining appeared appears appearing commented comments commenting interviewed testified
""")
# Without a medium, only a verb of speaking or joining right before "from" gives the speaker's
# place: "speaking from Tokyo", "joined from Canberra" ("talks from Beijing" are another's).
SPEAKING_FROM = words("speaking spoke speaks joining joined joins appearing appeared")
OBJECT_WITHIN = 3  # words between the verb and "by": whom the speaker told ("told the paper")


def spoken_from(doc: Doc, span: Span) -> bool:
    """Is the capital, after "from", the place a speaker named before speaks from?"""
    k = span.start - 1
    if k < 1 or doc[k].lower_ != "from":
        return False
    k -= 1
    if doc[k].lower_ in SPEAKING_FROM:
        return True
    if _said_in_a_statement(doc, k):
        return True
    medium = k
    while medium >= 0 and doc[medium].lower_ in MEDIA:
        medium -= 1
    if medium == k or medium < 0 or doc[medium].lower_ != "by":
        return False
    first = max(sentence_start(doc, medium), medium - 1 - OBJECT_WITHIN)
    for j in range(medium - 1, first - 1, -1):
        if doc[j].lower_ in SPEAKING:
            return True
        if doc[j].is_punct:
            return False
    return False


# A speaker's written word: "said in a statement", "said in a written statement".
STATEMENTS = words("statement statements message")
STATEMENT_WORDS = 2  # "a", "written", "brief" between "in" and the statement


def _said_in_a_statement(doc: Doc, statement: int) -> bool:
    """Is the word at `statement`, before "from", a statement a speaker put out, "said in a
    statement from Washington"? Where someone who speaks issues it is where they are; a
    statement from a capital with no speaker before it is the government's
    (capital_addresses.py)."""
    if doc[statement].lower_ not in STATEMENTS:
        return False
    for k in range(statement - 1, max(statement - 2 - STATEMENT_WORDS, -1), -1):
        if doc[k].lower_ == "in":
            return k > 0 and doc[k - 1].lower_ in SPEAKING
    return False
