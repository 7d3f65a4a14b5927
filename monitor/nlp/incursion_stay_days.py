"""The day of a sentence that tells a stay not yet over: "On Tuesday, the coast guard said, two
ships that entered territorial waters on Sunday evening had not left as of noon" reports the
stay as it stood on Tuesday (rule 9), so a sentence after it that writes no day ("Four others
were in the contiguous zone") is of Tuesday too, not of the Sunday the ships entered."""

from .incursion_stays_on import stay_told_as_of
from .incursion_tokens import Token, WrittenDate


def without_a_stays_entry(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The sentence's days without the stay's entry: a day written before the stay's words and
    before the day it is told as of. A clause after it keeps its own ("..., while on Sunday
    four ships had been spotted in the contiguous zone")."""
    told = stay_told_as_of(tokens, dates)
    if told is None:
        return dates
    still, standing = told
    return [written for written in dates if written.first > still or written.day >= standing]
