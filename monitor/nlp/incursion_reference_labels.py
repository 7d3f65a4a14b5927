"""A situation report's line that sets an earlier day beside the report's: "- Ref 14 JAN (Tue):
32 aircraft / 24 in ADIZ". The abbreviation before the date ("Ref", "Cf.", "Prev") labels the
line as a reference to that day, so the line is the day's entry in the list (rule 8: a figure
for a day written, at most a week before), not a figure recalled by the day's own lines; read
with the word in front, the date opened no entry, and the day's total was lost.
"""

from .incursion_time_words import MONTHS
from .incursion_tokens import Token

# The abbreviations desks write before a day they refer the reader to, lower-cased.
_REFERENCE_WORDS = frozenset({"ref", "cf", "prev"})


def past_reference_label(tokens: list[Token], position: int) -> int:
    """The position after a reference abbreviation, with its stop or without, that stands at
    `position` before a date ("Ref 14 JAN", "Cf. Jan. 14"); else `position`."""
    if position >= len(tokens) or tokens[position].low not in _REFERENCE_WORDS:
        return position
    after = position + 1
    after += after < len(tokens) and tokens[after].text == "."
    opens_a_date = after < len(tokens) and (
        tokens[after].text[:1].isdigit() or tokens[after].low in MONTHS
    )
    return after if opens_a_date else position
