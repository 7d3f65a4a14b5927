"""The knowledge-base entity a name means on its own, out of context: for mentions in
articles, for `--entity`, and for the digest's watch list and alert rules.

Order: the folded name (case, possessive, spelling, 'the', plural); the name without titles; a
title with a family name the knowledge base knows only once; a strict fuzzy match for
misspellings. A generic name ("the Foreign Ministry") is never resolved here: its article
decides (context.py).
"""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from .kb import KnowledgeBase
from .names import capital_words, fold, had_title, strip_titles

# What a wire service or a news database writes after an outlet's name: its company ("Reuters
# Limited", "Jiji Press Ltd.", "Kyodo News International, Inc.") or its service ("Reuters
# News", "Jiji Press English News Service"). Folded, as the names are.
OUTLET_TAIL_WORDS = frozenset(
    {
        "news", "limited", "ltd", "inc", "llc", "plc", "co", "corp", "corporation", "english",
        "service", "newswire", "wire", "international",
    }
)  # fmt: skip
FUZZY_MIN_SCORE = 90
FUZZY_MIN_CHARS = 8
RESOLVED_MAX = 50_000  # names remembered per knowledge base, so a long-running service stays flat
_RESOLVED: dict[str, dict[str, str | None]] = {}  # knowledge-base digest -> name -> entity id
# knowledge-base digest -> folded name -> its near spelling's (name, score, index), or None
_NEAR: dict[str, dict[str, tuple[str, float, int] | None]] = {}
# (knowledge-base digest, a name's length, an edit distance or None for the ratio) -> the
# names near that length, in the base's order: a few dozen lists of strings per base
_BY_LENGTH: dict[tuple[str, int, int | None], list[str]] = {}


def resolve_name(text: str, kb: KnowledgeBase) -> str | None:
    """The KB entity a name on its own means: the rules for mentions in articles, and for
    `--entity` and the digest's watch list. Remembered per knowledge base: articles repeat
    the same names, and a name it does not know costs a fuzzy match against all of them."""
    memo = _RESOLVED.setdefault(kb.digest, {})
    if text not in memo:
        if len(memo) >= RESOLVED_MAX:
            memo.clear()
        memo[text] = _resolve_name(text, kb)
    return memo[text]


def _resolve_name(text: str, kb: KnowledgeBase) -> str | None:
    key = fold(text)
    bare = strip_titles(key)
    capitals = capital_words(text)
    found = kb.lookup(key, capitals) or kb.lookup(bare, capitals)
    found = found or _outlet_as_printed(bare, kb, capitals)
    if found or not bare or kb.generic_form(bare):
        return found  # a generic name is the context's to decide, never a near spelling's
    if had_title(key) and " " not in bare:
        people = kb.family_names.get(bare, ())
        if len(people) == 1:  # "Prime Minister Suga": a title and a family name only one has
            return people[0]
    # A title word may be a given name ("Gen Nakatini" is Gen Nakatani, not General Nakatini):
    # when stripping titles leaves a single word, the whole name is tried too.
    for candidate in (bare, key) if " " not in bare and key != bare else (bare,):
        if len(candidate) < FUZZY_MIN_CHARS:
            continue
        match = _near_spelling(candidate, kb)
        if match and _keeps_initials(text, match[0]):
            return kb.index[match[0]]
    return None


def _near_spelling(candidate: str, kb: KnowledgeBase) -> tuple[str, float, int] | None:
    """The knowledge base's name a folded name is a near spelling of, remembered per base: it
    depends on the folded name alone, which names written apart fold to ("Lin Jain" and "LIN
    JAIN'S"), and each costs a fuzzy match against thousands of names."""
    memo = _NEAR.setdefault(kb.digest, {})
    if candidate not in memo:
        if len(memo) >= RESOLVED_MAX:
            memo.clear()
        memo[candidate] = process.extractOne(
            candidate,
            _near_in_length(candidate, kb),
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_MIN_SCORE,
        ) or _swapped_letters(candidate, kb)
    return memo[candidate]


def _near_in_length(name: str, kb: KnowledgeBase, within: int | None = None) -> list[str]:
    """The knowledge base's names, in its order, whose length lets them score against `name`:
    within `within` letters (an edit distance), else within what FUZZY_MIN_SCORE allows, a
    ratio losing at least the difference of the lengths. Comparing a name with the few
    thousand others was most of what resolving an unknown name cost, and most cannot match."""
    place = (kb.digest, len(name), within)
    if place not in _BY_LENGTH:
        lengths = {len(key) for key in kb.index}
        fit = {other for other in lengths if _lengths_fit(len(name), other, within)}
        _BY_LENGTH[place] = [key for key in kb.index if len(key) in fit]
    return _BY_LENGTH[place]


def _lengths_fit(length: int, other: int, within: int | None) -> bool:
    if within is not None:
        return abs(length - other) <= within
    # ratio = 100 * (1 - distance / (length + other)), the distance at least the difference;
    # a letter's slack keeps the bound safe from rounding
    return abs(length - other) <= (length + other) * (100 - FUZZY_MIN_SCORE) / 100 + 1


def _outlet_as_printed(key: str, kb: KnowledgeBase, capitals: frozenset[str]) -> str | None:
    """The outlet a folded name names with its company's or service's words after it; None
    when what is left is no outlet ("Taiwan News" is not Taiwan)."""
    words = key.split()
    while len(words) > 1 and words[-1] in OUTLET_TAIL_WORDS:
        words.pop()
        entity_id = kb.lookup(" ".join(words), capitals)
        if entity_id is not None:
            return entity_id if kb.entities[entity_id].kind == "outlet" else None
    return None


def _keeps_initials(text: str, match: str) -> bool:
    """Whether every word `text` writes in capitals ("CSBC", "AIT") stands as written in the
    near spelling: initials are a body's name, spelt on purpose, and a letter more or less is
    another body ("CSBC Corporation" is not "CPC Corporation", however close the rest). A name
    set all in capitals ("ADM. PAPARO") has no initials to tell apart."""
    if text.isupper():
        return True
    initials = [w for w in text.split() if len(w) > 1 and w.isalpha() and w.isupper()]
    return all(fold(word) in match.split() for word in initials)


def _swapped_letters(candidate: str, kb: KnowledgeBase) -> tuple[str, float, int] | None:
    """A name with two neighbouring letters swapped, the commonest typing slip ("Lin Jain",
    "Coast Gaurd"), which costs short names more than the fuzzy ratio allows."""
    match = process.extractOne(
        candidate, _near_in_length(candidate, kb, 1), scorer=OSA.distance, score_cutoff=1
    )
    if match and Levenshtein.distance(candidate, match[0]) == 2:
        return match
    return None
