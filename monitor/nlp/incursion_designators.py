"""A craft named by its type's designator alone ("Y-8", "KJ-500", "WZ-7"): the kind of craft
the designator's letters say it is, and the counts that make it a part of a list of types."""

from . import incursion_words as w
from .incursion_tokens import Token


def designator_craft(low: str) -> str | None:
    """The craft a lower-cased word names when it is a single type's designator ("y-8" is
    aircraft, "wz-7" drones, "df-17" missiles), else None."""
    designator = w.SINGLE_DESIGNATOR.fullmatch(low)
    if designator is None:
        return None
    return w.DESIGNATOR_CLASS.get(designator.group(1), "air")


def numbered_after_and(words: list[Token], i: int) -> bool:
    """Whether "and" at i joins a count in figures or words: "and two J-10s"."""
    return i + 1 < len(words) and words[i].low == "and" and is_count(words[i + 1].low)


def is_count(low: str) -> bool:
    """Whether a lower-cased word is a count in figures or words: "two", "12"."""
    return low in w.NUMBER_WORDS or w.DIGITS.fullmatch(low) is not None
