"""Numbers that measure a body of people, not craft: "its crews of about 140 were working
normal shifts", "the ship's crew of eight are Chinese nationals", "the firm's staff numbered
some 300". The number stands for the people its noun names, so it is no count with its noun
left out: read as one, it took the craft named last before it, however far back ("land-based
missile systems" a paragraph earlier made the crews 140 missiles)."""

from . import incursion_words as w
from .incursion_tokens import Token

# Nouns of people counted as a body or one by one: "a crew of 12", "passengers totalled 140".
_PEOPLE = {
    "crew", "crews", "crewmen", "crewmembers", "delegation", "delegations", "team", "teams",
    "staff", "staffers", "complement", "workforce", "personnel", "workers", "employees",
    "passengers", "people", "residents", "members", "sailors", "soldiers", "troops",
    "fishermen", "contractors", "cleaners", "volunteers",
}  # fmt: skip
# What joins the body to its number: "crews of 140", "the crew numbered 23", "staff totalled".
_MEASURED = {"of"} | w.NUMBERED | {"number", "numbers", "total", "totals", "totalled"}
_HEDGE_REACH = 3  # "crews of as many as 140": the longest approximation's words


def counts_people(words: list[Token], i: int) -> bool:
    """Whether the number at i, past an approximation before it ("about", "some", "as many
    as"), measures a body of people named just before: "crews of about 140", "its staff
    numbered 300"."""
    opened = _approximation_before(words, i)
    return opened >= 2 and words[opened - 1].low in _MEASURED and words[opened - 2].low in _PEOPLE


def _approximation_before(words: list[Token], i: int) -> int:
    """Where the approximation that ends right before i opens, or i where none does."""
    for start in range(max(0, i - _HEDGE_REACH), i):
        for phrase in w.APPROXIMATIONS.get(words[start].low, ()):
            if start + len(phrase) == i and all(
                words[start + k].low == word for k, word in enumerate(phrase)
            ):
                return start
    return i
