"""A total broken down by whose craft they are, set off by commas: "Five Chinese government
ships, four from the China Coast Guard and one from the Maritime Safety Administration,
entered the restricted waters". The bare numbers there say which services the ships of the
total came from, "four [ships] from ...", a breakdown (rule 3); the clause is the total's, and
goes on at its verb after the closing comma."""

from . import incursion_words as w
from .incursion_phrases import craft_of, number_at
from .incursion_tokens import Token

# "four from the China Coast Guard and one from the Maritime Safety Administration": two
# sources of a few words each, and what joins them.
_SOURCE_REACH = 20


def source_breakdown_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of such a breakdown opening after the comma at `comma`, which follows
    a craft noun, when the clause resumes with a verb after it; None elsewhere."""
    if comma == 0 or craft_of(tokens[comma - 1]) is None:
        return None
    found = number_at(tokens, comma + 1)
    if found is None or found[1] + 1 >= len(tokens) or tokens[found[1] + 1].low != "from":
        return None
    for j in range(found[1] + 2, min(len(tokens), comma + _SOURCE_REACH)):
        if tokens[j].low in (".", ";", ":") or craft_of(tokens[j]) is not None:
            return None  # a clause's end, or a craft noun: a count of its own, no breakdown
        if tokens[j].low == ",":
            verb = j + 1 < len(tokens) and tokens[j + 1].low in w.VERBS_AFTER_ASIDE
            return j if verb else None
    return None
