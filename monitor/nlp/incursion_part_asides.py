"""Places outside the list that a trailing clause gives to a part of a count: "Twenty-one of
the aircraft crossed the median line and entered the ADIZ, some flying around the south of the
island toward the Pacific" still counts 21 in the ADIZ; only "some" went on to the Pacific. A
clause of a part opens after a comma with a word that counts a part ("some", "most", "one of
them", "a few") and goes on with a participle ("flying", "heading"), no verb of its own."""

from .incursion_tokens import Token

_PARTS = {"some", "most", "several", "many", "few", "one", "two", "three", "others"}
_REACH = 16  # tokens from the comma to the place: "some flying around the south of ... the"
_STOPS = {".", ";", ":", ","}


def in_a_parts_clause(words: list[Token], i: int) -> bool:
    """Whether the place at `i` stands in a clause of a part of the count before it."""
    for comma in range(i - 1, max(-1, i - _REACH), -1):
        if words[comma].low in _STOPS:
            return words[comma].low == "," and _opens_a_part(words, comma + 1, i)
    return False


def _opens_a_part(words: list[Token], start: int, end: int) -> bool:
    """Whether the clause from `start` opens with a part and a participle before `end`: "some
    flying", "a few heading", "one of them continuing", "most of the aircraft returning"."""
    at = start + (start < end and words[start].low == "a")  # "a few"
    if at >= end or words[at].low not in _PARTS:
        return False
    at += 1
    if at < end and words[at].low == "of":  # "one of them", "most of the aircraft"
        at += 2 + (at + 1 < end and words[at + 1].low in ("the", "those"))
    return at < end and words[at].low.endswith("ing")
