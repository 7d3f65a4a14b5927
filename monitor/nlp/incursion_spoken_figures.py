"""A bare number that is spoken of, not counted: "that 36 is roughly average for this winter"
names the figure the chart gave, and "One was armed with a 76mm gun" describes one of the ships
counted before. Either would otherwise take the craft named last as a count of its own (the
balloons of the line before, the coast guard's ships of a Senkaku report)."""

from . import incursion_words as w
from .incursion_tokens import Token

# "One was armed with a 76mm gun" tells of one of the ships counted; "one was in the zone",
# "one was still inside" or "one was spotted" places or sights it.
_PLACED = {"in", "inside", "within", "still", "also", "seen", "spotted", "sighted", "detected"}


def figure_spoken_of(words: list[Token], i: int) -> bool:
    """Whether the bare number at i is the subject of a singular "is" or "was": a figure
    spoken of ("that 36 is roughly average for this winter"), or one of a group counted
    before described ("One was armed with ..."), no count of craft of its own."""
    if i + 2 >= len(words) or words[i + 1].low not in ("is", "was"):
        return False
    if i and words[i - 1].low == "of":  # "the busiest of 36 was ..." is no subject
        return False
    low = words[i].low
    value = int(low) if low.isdigit() else w.NUMBER_WORDS.get(low)
    return value is not None and (value > 1 or words[i + 2].low not in _PLACED)
