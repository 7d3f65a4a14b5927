"""An "a" before a craft noun that counts no craft: a type described after a copula ("The
TB-001 is a large Chinese drone"), a glossary's definition ("official ship – a government ship
that is not a navy ship"), any one of many ("every time a PLA Navy ship came") or the trade of
a firm ("a drone maker's factory"), or a picture of one ("the stamps show a corvette and a
cutter", incursion_depictions.py)."""

from .incursion_depictions import depicts_a_craft
from .incursion_tokens import Token
from .incursion_words import CRAFT_NOUNS, DASHES


def names_no_count(words: list[Token], i: int) -> bool:
    """Whether "a" or "an" at i names a kind of craft, not one craft sighted."""
    return (
        _predicate_after_copula(words, i)
        or _defines_a_term(words, i)
        or _any_one(words, i)
        or _names_a_trade(words, i)
        or depicts_a_craft(words, i)
    )


def _predicate_after_copula(words: list[Token], i: int) -> bool:
    """Whether "a" at i opens what the subject is ("The TB-001 is a large Chinese drone with
    two engines"), or is not ("a government ship that is not a navy ship"): a type described,
    as a glossary or an explainer tells it, not one craft sighted; "there is a drone" still
    says one was there."""
    j = i - 1 - (i > 1 and words[i - 1].low in _NEGATIONS)
    if i == 0 or words[j].low not in _COPULAS:
        return False
    return j < 1 or words[j - 1].low != "there"


_COPULAS = {"is", "was", "are", "were"}
_NEGATIONS = {"not", "never"}
# "official ship – a government ship ...": the term a glossary line defines, before its dash.
_TERM_REACH = 4


def _defines_a_term(words: list[Token], i: int) -> bool:
    """Whether "a" at i opens a glossary's definition: right after the dash that follows a
    short term opening the line ("Word to know: official ship – a government ship that is
    not a navy ship", as explainers for learners print them), or after its colon."""
    if i == 0 or words[i - 1].text not in DASHES:
        return False
    term = words[: i - 1]
    label = next((k for k, token in enumerate(term) if token.text == ":"), -1)
    term = term[label + 1 :]
    # A term in lower case, as a glossary prints it: "TAIPEI (CNA) — A PLA Y-8 ..." is a
    # dateline's dash, and the "a" after it counts one aircraft.
    return 0 < len(term) <= _TERM_REACH and all(t.text[:1].islower() for t in term)


def _any_one(words: list[Token], i: int) -> bool:
    """Whether "a" at i stands for any one of many, as "whenever" or "every time" tells: a
    sailor's "every time a PLA Navy ship came over the horizon" counts no ship."""
    before = words[i - 1].low if i else ""
    ever = i > 1 and before == "time" and words[i - 2].low in ("every", "each")
    return ever or before == "whenever"


# "a drone maker's factory", "a warship builder": the craft noun names what a firm makes, and
# "a" counts the firm.
_TRADES = {"maker", "makers", "manufacturer", "builder", "factory", "plant", "industry",
           "company", "firm", "startup", "supplier", "exporter", "shipyard"}  # fmt: skip
_TRADE_REACH = 4  # "a small military drone maker": the modifiers before the craft noun


def _names_a_trade(words: list[Token], i: int) -> bool:
    after = words[i + 1 : i + 2 + _TRADE_REACH]
    return any(
        token.low in CRAFT_NOUNS and following.low in _TRADES
        for token, following in zip(after, after[1:], strict=False)
    )
