"""One craft named with "a" as a part of a sum of counts: "a Y-8 aircraft and three J-10
fighters", "ten J-16 fighters, four H-6K bombers, two J-10s, two Y-8 anti-submarine aircraft,
a KJ-500 airborne early warning plane and a Y-8 electronic warfare plane entered the ADIZ".
Beside a numbered count, after "and" or a comma, or after "and" behind another such item, "a"
is one more part of the sum the sentence reports (rule 3: 20 aircraft, not 18). So is an "a" item
that opens the list, before the numbered counts it is listed with ("a KJ-500 plane, ten J-16
fighters and two J-10s": 13), whatever order the writer gave the parts. A list with no
number in it ("The ships, a Type 052D destroyer and a Type 054A frigate, ...") names the types
of a group already counted, and gives no count."""

from . import incursion_phrases as phrases
from .incursion_tokens import Token

_ARTICLES = ("a", "an")


def coordinated_count(words: list[Token], i: int) -> bool:
    """Whether the craft that "a" opens at i is joined to a numbered count of craft: by "and"
    before or after it, or as an item of a list of counts."""
    if _listed_after_counts(words, i):  # "two J-10s, a KJ-500 plane and a Y-8 plane"
        return True
    return _listed_before_counts(words, i)  # "a KJ-500 plane, ten J-16s and two J-10s"


def _listed_before_counts(words: list[Token], i: int) -> bool:
    """Whether the craft that "a" opens at i is followed, after a comma or "and", by a craft
    noun phrase that opens with a number, or by another "a" item that is itself so followed."""
    head = phrases.head_at(words, i + 1)
    if head is None:
        return False
    j = head.last + 1
    comma = j < len(words) and words[j].low == ","
    j += comma
    joined = j < len(words) and words[j].low == "and"
    j += joined
    if not (comma or joined) or j >= len(words):
        return False
    if words[j].low in _ARTICLES:
        return _listed_before_counts(words, j)
    found = phrases.number_at(words, j)
    return found is not None and phrases.head_at(words, found[1] + 1) is not None


def _listed_after_counts(words: list[Token], i: int) -> bool:
    """Whether "a" at i opens an item after a comma or "and" that follows a craft noun phrase
    which opens with a number, or with "a" and is itself such an item ("and" alone only after
    a numbered one: "three J-10 fighters and a Y-8 aircraft")."""
    j = i - 1
    joined = j >= 0 and words[j].low == "and"
    j -= joined
    comma = j >= 0 and words[j].low == ","
    j -= comma
    if not (joined or comma) or j < 0 or phrases.craft_of(words[j]) is None:
        return False
    if _numbered_before(words, j):
        return True
    start = _articled_item(words, j)
    return start is not None and _listed_after_counts(words, start)


def _numbered_before(words: list[Token], last: int) -> bool:
    """Whether the craft noun phrase ending at `last` opens with a number ("three J-10
    fighters"), looked for within the reach of a phrase's modifiers."""
    for j in range(last - 1, max(-1, last - 1 - phrases.MODIFIER_REACH), -1):
        if words[j].low in ("a", "an", "and", ",", "the"):
            return False
        found = phrases.number_at(words, j)
        if found is not None:
            head = phrases.head_at(words, found[1] + 1)
            return head is not None and head.last == last
    return False


def _articled_item(words: list[Token], last: int) -> int | None:
    """Where the "a" opening the craft noun phrase that ends at `last` stands, if it does."""
    for k in range(last - 1, max(-1, last - 1 - phrases.MODIFIER_REACH), -1):
        if words[k].low in _ARTICLES:
            head = phrases.head_at(words, k + 1)
            return k if head is not None and head.last == last else None
        if words[k].low in ("and", ",", "the"):
            return None
    return None
