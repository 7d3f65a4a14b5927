"""An aside between a fronted partitive and its count: "Of the aircraft, which included J-16
fighters, H-6K bombers and KJ-500 early-warning planes, 41 crossed the median line". A clause
fronted by "Of the CRAFT," takes a count as its subject; whatever the writer sets off by commas
between the two (a relative clause, a list of the craft's types, "most of them fighters", "the
ministry said") describes the craft or the telling, and the share is the one of "Of the
aircraft, 41 crossed ..." (incursion_phrases.after_partitive). Left in, the commas of a list
of types closed the aside too early, and "which included" read the count as a part of a
breakdown, no fact."""

from .incursion_phrases import head_at, number_at, starts_clause
from .incursion_tokens import Token

_ASIDE_REACH = 24  # ", which included J-16 fighters, H-6K bombers and KJ-500 ... planes,"
_CLAUSE_ENDS = {".", ";", ":"}


def partitive_asides(tokens: list[Token]) -> set[int]:
    """Indices of the asides, with their closing comma, between "Of the CRAFT," opening a
    clause and the count that is its subject."""
    hidden: set[int] = set()
    for i, token in enumerate(tokens):
        # Only "of the" can open a fronted partitive, and a clause must start there.
        if token.low != "of" or i + 2 >= len(tokens) or tokens[i + 1].low != "the":
            continue
        head = head_at(tokens, i + 2)
        opening = head.last + 1 if head is not None and head.craft is not None else None
        if opening is None or opening + 1 >= len(tokens) or tokens[opening].text != ",":
            continue
        # "Of the aircraft, 41 crossed": the count follows at once, no aside between.
        if number_at(tokens, opening + 1) is None and starts_clause(tokens, i):
            close = _closing_comma(tokens, opening + 1)
            hidden.update(range(opening + 1, close + 1) if close is not None else ())
    return hidden


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
