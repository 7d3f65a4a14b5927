"""An aside between a fronted partitive and its count: "Of the aircraft, which included J-16
fighters, H-6K bombers and KJ-500 early-warning planes, 41 crossed the median line". A clause
fronted by "Of the CRAFT," takes a count as its subject; whatever the writer sets off by commas
between the two (a relative clause, a list of the craft's types, "most of them fighters", "the
ministry said") describes the craft or the telling, and the share is the one of "Of the
aircraft, 41 crossed ..." (incursion_fronted_partitives.py). Left in, the commas of a list
of types closed the aside too early, and "which included" read the count as a part of a
breakdown, no fact."""

from .incursion_phrases import MODIFIER_REACH, craft_of, head_at, number_at, starts_clause
from .incursion_tokens import Token

_ASIDE_REACH = 24  # ", which included J-16 fighters, H-6K bombers and KJ-500 ... planes,"
_CLAUSE_ENDS = {".", ";", ":"}


def partitive_aside_end(tokens: list[Token], i: int) -> int | None:
    """The comma closing an aside that opens at the comma i, after "Of the CRAFT" opening a
    clause, and before the count that is its subject; None where no such aside opens."""
    # Asked at every comma: only one right after a craft noun may close a fronted partitive.
    if i < 3 or i + 1 >= len(tokens) or craft_of(tokens[i - 1]) is None:
        return None
    of = next(
        (j for j in range(i - 3, max(-1, i - 3 - MODIFIER_REACH), -1) if tokens[j].low == "of"),
        None,
    )
    if of is None or tokens[of + 1].low != "the" or not starts_clause(tokens, of):
        return None
    head = head_at(tokens, of + 2)
    if head is None or head.craft is None or head.last != i - 1:
        return None
    # "Of the aircraft, 41 crossed": the count follows at once, no aside between.
    return None if number_at(tokens, i + 1) is not None else _closing_comma(tokens, i + 1)


def _closing_comma(tokens: list[Token], i: int) -> int | None:
    """The comma before the partitive's count, in the clause from i: the count stands bare, as
    a subject ("41 crossed", "18 taking part"); a count with its craft after a comma ("12
    J-16s, 4 drones and ...") is an item of a list inside the aside."""
    for j in range(i, min(i + _ASIDE_REACH, len(tokens) - 2)):
        if tokens[j].text in _CLAUSE_ENDS:
            return None
        found = number_at(tokens, j + 1) if tokens[j].text == "," else None
        after = found[1] + 1 if found is not None else len(tokens)
        bare = after < len(tokens) and tokens[after].text[:1].isalpha()
        if bare and head_at(tokens, after) is None:
            return j
    return None
