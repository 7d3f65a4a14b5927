"""Craft that kept to the edge of a zone, not inside it: "a third sailed along their outer
limit", "a fourth ran along the edge of the zone". Waters and zones are counted by what
entered them; the one that skirted their boundary is told apart from those that did."""

from .incursion_tokens import Token

_EDGES = {"edge", "edges", "limit", "limits", "boundary", "boundaries", "perimeter", "rim"}
_REACH = 4  # from "along" to its noun: "along their outer limit", "along the very edge"


def skirts_an_edge(words: list[Token], at: int) -> bool:
    """Whether the words from `at` say "along" the edge of something: "along their outer
    limit", "along the boundary of the restricted waters"."""
    if at >= len(words) or words[at].low != "along":
        return False
    return any(word.low in _EDGES for word in words[at + 1 : at + 1 + _REACH])
