"""A China Coast Guard ship named by its hull number: "CCG 2305 and CCG 2306 enter territorial
waters", "the vessels Haijing 2502 and Haijing 2305 intruded". Japan's coast-guard releases and
their timelines name each ship so; the number is the ship's name, never a count of ships."""

from .incursion_tokens import Token

# The service's marks a hull number follows: "CCG 2502", "Haijing 2305" ("海警"), "Haixun 06".
_HULL_MARKS = {"ccg", "haijing", "haixun"}
# Hull numbers run to four and five figures; a count after the service's initials in a note
# ("JCG: CCG 4 in the contiguous zone") is small, and stays a count.
_SMALLEST_HULL = 100


def names_a_hull(words: list[Token], i: int) -> bool:
    """Whether the number in figures at i is a hull number after the service's mark."""
    if i == 0 or words[i - 1].low not in _HULL_MARKS or not words[i].low.isdigit():
        return False
    return int(words[i].low) >= _SMALLEST_HULL
