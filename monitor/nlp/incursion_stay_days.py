"""The day of a sentence that tells a stay not yet over: "On Tuesday, the coast guard said, two
ships that entered territorial waters on Sunday evening had not left as of noon" reports the
stay as it stood on Tuesday (rule 9), so a sentence after it that writes no day ("Four others
were in the contiguous zone") is of Tuesday too, not of the Sunday the ships entered."""

from .incursion_stays_on import stay_told_as_of
from .incursion_tokens import Token, WrittenDate


def without_a_stays_entry(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The sentence's days without those before the day its stay is told as of."""
    told = stay_told_as_of(tokens, dates)
    if told is None:
        return dates
    _, standing = told
    return [written for written in dates if written.day >= standing]
