"""A figure of speech that counts craft beside things that are no craft, with one number each
time: "For teachers: two carriers, two straits, two reporting governments." The repeated number
sets the story's pieces side by side; it reports no sighting of two carriers on any day."""

from .incursion_claims import Claim
from .incursion_phrases import craft_of, number_at
from .incursion_tokens import Token

_ITEM_REACH = 4  # "two reporting governments": the words from a number to its noun
_SEPARATORS = {",", "and"}
# Words that make an item a count's day, place or share rather than a noun of its own.
_FUNCTION_WORDS = {"on", "in", "at", "of", "to", "from", "by", "near", "off", "more", "others",
                   "each", "a", "per", "days", "hours", "times"}  # fmt: skip


def without_parallel_counts(words: list[Token], claims: list[Claim]) -> list[Claim]:
    """The claims, less those in a list of three or more items that repeat one number and
    count something other than craft in at least one of them."""
    return [claim for claim in claims if not _in_a_parallel_list(words, claim.first)]


def _in_a_parallel_list(words: list[Token], first: int) -> bool:
    counted = number_at(words, first)
    if counted is None:
        return False
    items = [first]
    for step in (-1, 1):  # the items before the claim's, then those after it
        at = first
        while (item := _neighbour(words, at, step, words[first].low)) is not None:
            items.append(item)
            at = item
    if len(items) < 3:
        return False
    return any(_counts_other_things(words, item) for item in items)


def _neighbour(words: list[Token], at: int, step: int, number: str) -> int | None:
    """The number word that opens the list's item next to the one at `at`, if it repeats."""
    if step > 0:
        j = at + 1
        while j < len(words) and j <= at + _ITEM_REACH and words[j].low not in _SEPARATORS:
            j += 1
        while j < len(words) and words[j].low in _SEPARATORS:
            j += 1
        return j if j < len(words) and words[j].low == number else None
    j = at - 1
    if j < 0 or words[j].low not in _SEPARATORS:
        return None
    while j >= 0 and words[j].low in _SEPARATORS:
        j -= 1
    for k in range(j, max(-1, j - _ITEM_REACH), -1):
        if words[k].low == number:
            return k
        if words[k].low in _SEPARATORS:
            return None
    return None


def _counts_other_things(words: list[Token], item: int) -> bool:
    """Whether the item names a noun of its own that is no craft ("two straits"), not a count
    with its day or place ("four on Tuesday") nor one that names craft ("two carriers")."""
    nouns = []
    for token in words[item + 1 : item + 1 + _ITEM_REACH]:
        if token.low in _SEPARATORS or token.low in (".", ";", ":"):
            break
        if craft_of(token) or not token.low.isalpha() or token.low in _FUNCTION_WORDS:
            return False
        nouns.append(token.low)
    return bool(nouns) and nouns[-1].endswith("s")
