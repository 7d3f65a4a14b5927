"""A capital whose rubbish is meant: "Taipei's rubbish becomes a campaign issue", "Taipei's
per-capita waste is among the lowest", "Taipei garbage crews drill for air raids". What a
city's households throw out and its crews collect is the city's; a government's refuse is
its policy on it, which a word of rule or trade after the refuse names: "Beijing's waste
import ban", "Beijing's ban on waste imports", "Tokyo's garbage-sorting rules".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_addresses import RELATIONS
from .capital_nouns_after import GOVERNMENT_ACTS
from .context import FUNCTION_WORDS, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

REFUSE = words("rubbish garbage trash litter waste")
# What a state does with refuse: bans and rules on it, and its trade across borders.
TRADED = words("""
    import imports export exports quota quotas rules regulations law laws standards
""")
RULED = GOVERNMENT_ACTS | RELATIONS | TRADED
MODIFIERS = 3  # words before the refuse: "per-capita", "household", "daily"
NOUN_RUN = 4  # words after it read for a rule or trade: "import ban", "crews drill"
HYPHENS = frozenset({"-", "‑"})
# A verb's object, not a noun the refuse qualifies: "did Beijing waste its chance".
DETERMINERS = words("its their his her our my your the a an this that these those any no")


def city_refuse_after(doc: Doc, span: Span) -> bool:
    """Does the capital, or its possessive, stand before the refuse of the city: a refuse word
    past a few modifiers and no word of rule or trade after it? Without a possessive the refuse
    must qualify a noun after it ("Taipei garbage crews"), for a bare "waste" may be a verb's:
    "did Beijing waste its chance"."""
    k = span.end
    owned = k < len(doc) and doc[k].text in ("'s", "’s")
    k += owned
    for _ in range(MODIFIERS + 1):
        if k >= len(doc):
            return False
        word = doc[k].lower_
        if word in REFUSE:
            return _unruled(doc, k + 1, owned)
        plain = doc[k].text in HYPHENS or (doc[k].is_lower and doc[k].is_alpha)
        if not owned or not plain or word in RULED or word in FUNCTION_WORDS:
            return False
        k += 1
    return False


def _unruled(doc: Doc, start: int, owned: bool) -> bool:
    """Do the lower-case words after the refuse name no rule or trade of it, and, when no
    possessive stands before it, does a noun follow for it to qualify?"""
    run = []
    for token in doc[start : start + NOUN_RUN]:
        if token.text in HYPHENS:
            continue  # "garbage-sorting rules"
        word = token.lower_
        if not (token.is_lower and token.is_alpha) or word in FUNCTION_WORDS | DETERMINERS:
            break
        run.append(word)
    return not RULED.intersection(run) and (owned or bool(run))
