"""A record's value in brackets after the record: "Sunday's row (two ships in the contiguous
zone) has been archived", "Monday's entry (14 aircraft) stands". The brackets hold what the row
or entry says, the figure the sentence is about, not an aside to skip; as "its formal tally —
29 aircraft and eight vessels — came out" holds it between dashes."""

from .incursion_phrases import number_at
from .incursion_tokens import Token

_RECORDS = {"row", "rows", "entry", "entries", "line", "report", "sheet", "figure", "figures",
            "count", "tally", "update", "notice", "release"}  # fmt: skip


def brackets_a_records_value(tokens: list[Token], bracket: int) -> bool:
    """Whether the "(" at `bracket` follows a record's noun and opens with a count."""
    if bracket < 1 or bracket + 1 >= len(tokens) or tokens[bracket - 1].low not in _RECORDS:
        return False
    return number_at(tokens, bracket + 1) is not None
