"""One more craft told by an ordinal: "two China Coast Guard vessels sailed into the prohibited
waters off Kinmen and a third entered Matsu's restricted waters", "A third CCG ship sailed
through the prohibited waters off Nangan". "A third" after craft counted is one craft beyond
them, with a zone of its own or theirs, as "another" is; "a third of the aircraft" is a share,
and "a third straight day", "a second time" count no craft. Nor does an ordinal whose craft
stayed back ("A fifth Chinese ship stayed just outside", "a third remained behind"): it tells
the one that did not go where the craft before went, and names no zone it is in; one that
"remained in the contiguous zone" is one craft there. Nor does one after a share ("two of
them flew across the island, and a third was tracked north-west of Keelung"): the third is one
of the same whole, no craft beyond it."""

from . import incursion_words as w
from .incursion_edges import skirts_an_edge
from .incursion_phrases import head_at, lone_drone_or_balloon, number_at, one_owned_craft
from .incursion_tokens import Token

ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
# Verbs of craft that held back while the others moved, and the words that say it stayed back
# rather than where it stayed: "a third stayed just outside", "a fourth remained behind".
_STAYS = {"stayed", "stays", "remained", "remains", "waited", "lingered", "loitered", "hovered"}
_BACK = {"outside", "behind", "back", "away", "nearby", "clear"}
_CLAUSE_ENDS = {".", ";", "!", "?"}
_WHOLES = {"them", "those", "these", "the"}
ARTICLES = {"a", "an"}  # the words "a third" opens with  # "two of them", "two of the balloons"


def ordinal_one_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """(1, the ordinal's index) when "a" or "an" at i opens "a third" and a craft named with
    whose it is ("a third CCG ship") or a verb ("a third entered", "a second was spotted")
    follows; else None."""
    if words[i].low not in ARTICLES or i + 2 >= len(words):
        return None
    if words[i + 1].low not in ORDINALS:
        return None
    # "a second fighter completed the scramble" is Japan's, as "a fighter" would be: a craft
    # named counts only with whose it is ("a third CCG ship"), as after "another".
    owned = one_owned_craft(words, i + 2) or lone_drone_or_balloon(words, i + 2)
    if _stayed_back(words, i + 2) or _after_a_share(words, i):
        return None
    if owned or (head_at(words, i + 2) is None and words[i + 2].low in w.BARE_FOLLOWERS):
        return 1, i + 1
    return None


def _stayed_back(words: list[Token], start: int) -> bool:
    """Whether the ordinal's verb, the first after it in its clause (past a craft's name or an
    aside: "a third Chinese vessel, believed to be a research ship, stayed"), is one of staying
    back ("stayed just outside"), not of staying in a zone ("remained in the contiguous zone")."""
    for at in range(start, len(words)):
        low = words[at].low
        if low in _CLAUSE_ENDS:
            return False
        if low in _STAYS or low in w.VERBS_AFTER_ASIDE:
            after = [word.low for word in words[at + 1 : at + 3] if word.low != "just"]
            # "a third sailed along their outer limit": at the edge, no more inside than out
            return (low in _STAYS and bool(after) and after[0] in _BACK) or skirts_an_edge(
                words, at + 1
            )
    return False


def _after_a_share(words: list[Token], at: int) -> bool:
    """Whether a share ("two of them", "two of the balloons") comes before the ordinal at `at`
    in its sentence, so that the ordinal is one more of that whole."""
    for j in range(at - 1, 0, -1):
        if words[j].low in (".", "!", "?"):
            return False
        whole = j + 1 < len(words) and words[j + 1].low in _WHOLES
        if words[j].low == "of" and whole and number_at(words, j - 1) is not None:
            return True
    return False


def opens_with_an_ordinal(words: list[Token], first: int) -> bool:
    """Whether the claim that starts at `first` is "a third ...": one beyond the craft before."""
    return (
        first + 1 < len(words)
        and words[first].low in ("a", "an")
        and (words[first + 1].low in ORDINALS)
    )
