"""Lists under a heading that names a month and no day: "March at a glance", "Tallies for May"
over "• Aircraft around Taiwan: 290" and "• Busiest day: 41 aircraft". Each line is a period's
total or a record (rules 5 and 8), not the report of the day the digest went out; read as a
day's list, the month's sums took the story's day. A line that writes its own day ("• March 3:
12 aircraft") is that day's report and is kept.
"""

from datetime import date

from .incursion_labels import bullet
from .incursion_time_words import MONTHS
from .incursion_tokens import Token, tokenize, written_dates


def without_month_list_counts(sentences: list[str], published: date) -> list[str]:
    """The sentences, without the undated lines of a list that a month's heading stands over.
    The headings and lines go on until the first sentence that is neither: prose ends it."""
    kept: list[str] = []
    under_month = False
    for sentence in sentences:
        tokens = tokenize(sentence)
        if _heads_a_month(sentence, tokens, published):
            under_month = True
        elif bullet(tokens):
            if under_month and not written_dates(tokens, published):
                continue
        elif not _is_a_heading(sentence):
            under_month = False
        kept.append(sentence)
    return kept


def _heads_a_month(sentence: str, tokens: list[Token], published: date) -> bool:
    """A heading or a list's lead with a month's name in capitals and no day: "October in
    numbers". The days are read last, only in such a line: few sentences are one."""
    return (
        (_is_a_heading(sentence) or _introduces_a_list(sentence))
        and not bullet(tokens)
        and any(t.low in MONTHS and t.text[:1].isupper() for t in tokens)
        and not written_dates(tokens, published)
    )


def _is_a_heading(sentence: str) -> bool:
    """A line standing alone, with no full stop to close it, as a heading is written."""
    text = sentence.rstrip(" \t")
    return text.endswith("\n") and text.strip()[-1:] not in ".!?:;,"


def _introduces_a_list(sentence: str) -> bool:
    """A line ending in a colon, as the lead over a list is written: "October around Taiwan,
    according to the island's defence ministry:" heads the month's lines as a heading does."""
    text = sentence.rstrip(" \t")
    return text.endswith("\n") and text.strip().endswith(":")
