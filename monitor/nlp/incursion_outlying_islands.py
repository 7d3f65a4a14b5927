""" "The island" after restricted waters: "three China Coast Guard vessels sailed into the
prohibited waters off the island", in a story of Dongyin. Only the outlying islands (Kinmen,
Matsu) have restricted or prohibited waters (rule 6), so the island those waters lie off is one
of them, named elsewhere in the story, never Taiwan; "the island's contiguous zone" is Taiwan's
(incursion_island_zones.py)."""

from .incursion_tokens import Token

_ISLAND = {"island", "islands", "isle"}


def lies_off_an_outlying_island(
    words: list[Token], i: int, length: int, zones: list[tuple[int, str | None, bool]], after: int
) -> bool:
    """Whether "off the island" at i (of `length` words) places the restricted waters that end
    right before it (`after`, where the last zone named ends): the island is no Taiwan."""
    last = zones[-1][1] if zones else None
    named = words[i + length - 1].low in _ISLAND
    return after == i and last == "restricted waters" and named
