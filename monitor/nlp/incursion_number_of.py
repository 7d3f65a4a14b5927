"""A bare count that states what a named number was: "put the number of PLA aircraft detected
around Taiwan in the 24 hours to 6 a.m. Thursday at 68", "the number of Chinese aircraft
detected was 35". The craft stands in "the number of CRAFT" before the count, the count after
"at" or "was" with no noun of its own (incursion_claim_reader.py's `claim_at`).
"""

from . import incursion_time_words as tw
from .incursion_phrases import Head, head_at
from .incursion_tokens import Token

# What the stated number is called; "the number of aircraft" names the craft it counts.
_NUMBER_NOUNS = {"number", "figure", "count", "total", "tally", "tallies", "numbers"}
# The words that set the count as the number's value: "... at 68", "... was 35", "... stood at".
_VALUE_WORDS = {"at", "was", "is", "were"}
# From the count back to "the number of": "put the number of PLA aircraft detected around
# Taiwan in the 24 hours to 6 a.m. Thursday at 68" is 18 tokens; a fixed window keeps the
# look back bounded whatever the sentence's length.
_NUMBER_REACH = 24
# A clause's end between the number and the count: the number is another clause's.
_CUTS = {".", ";", ":", "?", "!"}


def craft_of_number(words: list[Token], first: int, end: int) -> Head | None:
    """The craft of the bare count from `first` to `end` when it is the value of "the number
    of CRAFT" earlier in its clause: "put the number of PLA aircraft ... at 68" counts 68
    aircraft; "... at 6 a.m." is a time, no value."""
    if first < 1 or words[first - 1].low not in _VALUE_WORDS:
        return None
    if end + 1 < len(words) and words[end + 1].low in tw.AM_PM:
        return None
    for j in range(first - 2, max(0, first - 1 - _NUMBER_REACH), -1):
        # "6 a.m." writes its abbreviation's period as a token of its own: no clause's end.
        if words[j].low in _CUTS and not (j > 0 and words[j - 1].low in tw.AM_PM):
            return None
        of = j + 1 < first and words[j + 1].low == "of"
        if words[j].low in _NUMBER_NOUNS and of and words[j - 1].low == "the":
            head = head_at(words, j + 2)
            return head if head is not None and head.craft is not None else None
    return None
