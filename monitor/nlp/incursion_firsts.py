"""A milestone is no count: "the Liaoning had sailed between Yonaguni and Iriomote, the first
time a Chinese carrier had entered Japan's contiguous zone" says what kind of event it was, and
"a Chinese carrier" there is any carrier, not one more craft the report counted. Only the
article's one ("a", "an") is so read: "the first time 40 aircraft had crossed in one day" is a
figure, which the rules for records judge (rule 8)."""

from .incursion_tokens import Token

_FIRSTS = (["first", "time"], ["first", "time", "that"], ["first", "occasion"])


def after_a_first_time(words: list[Token], first: int) -> bool:
    """Whether the count at `first` is "a" or "an" right after "the first time (that)"."""
    if words[first].low not in ("a", "an"):
        return False
    lows = [token.low for token in words[max(0, first - 3) : first]]
    return any(lows[-len(milestone) :] == milestone for milestone in _FIRSTS)
