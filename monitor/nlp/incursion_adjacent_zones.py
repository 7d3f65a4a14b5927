""" "Adjacent" before a zone's name is no negator: "two other ships were sailing in the adjacent
contiguous zone" names the contiguous zone beside the territorial waters, and the ships are in
it; "the contiguous zone adjacent to the territorial waters" only borders on the waters named
after it, and so does "bordering Japan's territorial waters"."""

from .incursion_tokens import Token

_BESIDE = {"adjacent", "bordering", "abutting", "neighbouring", "neighboring"}
_ARTICLES = {"the", "a", "an"}


def names_the_zone_beside(words: list[Token], negator: int, zone: int) -> bool:
    """Whether the word at `negator` is an attributive "adjacent" of the zone's name at `zone`:
    after an article, with only plain modifiers between it and the zone ("the adjacent
    contiguous zone"), not "the zone bordering Japan's territorial waters"."""
    if words[negator].low not in _BESIDE or negator == 0:
        return False
    if words[negator - 1].low not in _ARTICLES:
        return False
    between = words[negator + 1 : zone]
    return all(token.low.isalpha() and not token.possessive for token in between)
