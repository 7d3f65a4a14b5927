"""The day of a bare count in a sentence that opens with its day: "In December alone, 118
vessels were counted in the zone. On Monday, four were in the contiguous zone." The four are
the same kind of craft as the 118, but the sentence's opening day makes them that day's count,
no part of the month's tally the craft was named in (rule 5 keeps the 118 out, rule 8 the
four in)."""

from .incursion_claims import Reading
from .incursion_openings import opens_with_its_day
from .incursion_tokens import Token, WrittenDate


def date_bare_counts(tokens: list[Token], reading: Reading, dates: list[WrittenDate]) -> None:
    """Give the opening day to a first count that names no craft and refers to none counted.
    Only the first: a later one ("..., and a further three") adds to a count of its own
    sentence, whose day it shares already."""
    if not reading.claims or not opens_with_its_day(tokens, dates):
        return
    if len({d.day for d in dates}) > 1:
        return  # "On Monday, four were in the zone, after six on Sunday": each count its day
    first = reading.claims[0]
    bare = first.craft is None and first.count is not None and not first.reference
    if bare and first.day is None:
        first.day = dates[0].day
