"""One more craft told by an ordinal: "two China Coast Guard vessels sailed into the prohibited
waters off Kinmen and a third entered Matsu's restricted waters", "A third CCG ship sailed
through the prohibited waters off Nangan". "A third" after craft counted is one craft beyond
them, with a zone of its own or theirs, as "another" is; "a third of the aircraft" is a share,
and "a third straight day", "a second time" count no craft."""

from . import incursion_words as w
from .incursion_phrases import head_at, lone_drone_or_balloon, one_owned_craft
from .incursion_tokens import Token

_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def ordinal_one_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """(1, the ordinal's index) when "a" or "an" at i opens "a third" and a craft named with
    whose it is ("a third CCG ship") or a verb ("a third entered", "a second was spotted")
    follows; else None."""
    if words[i].low not in ("a", "an") or i + 2 >= len(words):
        return None
    if words[i + 1].low not in _ORDINALS:
        return None
    # "a second fighter completed the scramble" is Japan's, as "a fighter" would be: a craft
    # named counts only with whose it is ("a third CCG ship"), as after "another".
    owned = one_owned_craft(words, i + 2) or lone_drone_or_balloon(words, i + 2)
    if owned or (head_at(words, i + 2) is None and words[i + 2].low in w.BARE_FOLLOWERS):
        return 1, i + 1
    return None


def opens_with_an_ordinal(words: list[Token], first: int) -> bool:
    """Whether the claim that starts at `first` is "a third ...": one beyond the craft before."""
    return (
        first + 1 < len(words)
        and words[first].low in ("a", "an")
        and (words[first + 1].low in _ORDINALS)
    )
