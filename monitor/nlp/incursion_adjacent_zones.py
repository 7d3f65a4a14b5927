""" "Adjacent" before a zone's name is no negator: "two other ships were sailing in the adjacent
contiguous zone" names the contiguous zone beside the territorial waters, and the ships are in
it; "the contiguous zone adjacent to the territorial waters" only borders on the waters named
after it, and so does "bordering Japan's territorial waters"."""

from .incursion_tokens import Token

_BESIDE = {"adjacent", "bordering", "abutting", "neighbouring", "neighboring"}


def names_the_zone_beside(words: list[Token], negator: int, zone: int) -> bool:
    """Whether the word at `negator` is an attributive "adjacent" of the zone's name at `zone`:
    only modifiers between them, and no "to" after it."""
    if words[negator].low not in _BESIDE:
        return False
    between = [token.low for token in words[negator + 1 : zone]]
    return "to" not in between and all(low.isalpha() for low in between)
