"""An "a" before a craft noun that counts no craft: a type described after a copula ("The
TB-001 is a large Chinese drone") or any one of many ("every time a PLA Navy ship came")."""

from .incursion_tokens import Token


def names_no_count(words: list[Token], i: int) -> bool:
    """Whether "a" or "an" at i names a kind of craft, not one craft sighted."""
    return _predicate_after_copula(words, i) or _any_one(words, i)


def _predicate_after_copula(words: list[Token], i: int) -> bool:
    """Whether "a" at i opens what the subject is ("The TB-001 is a large Chinese drone with
    two engines"): a type described, as a glossary or an explainer tells it, not one craft
    sighted; "there is a drone" still says one was there."""
    if i == 0 or words[i - 1].low not in _COPULAS:
        return False
    return i < 2 or words[i - 2].low != "there"


_COPULAS = {"is", "was", "are", "were"}


def _any_one(words: list[Token], i: int) -> bool:
    """Whether "a" at i stands for any one of many, as "whenever" or "every time" tells: a
    sailor's "every time a PLA Navy ship came over the horizon" counts no ship."""
    before = words[i - 1].low if i else ""
    ever = i > 1 and before == "time" and words[i - 2].low in ("every", "each")
    return ever or before == "whenever"
