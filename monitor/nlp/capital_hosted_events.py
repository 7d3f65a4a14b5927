"""What a capital's possessive owns past a run of words that describe it: "Taipei's international
school bus and coach expo" and "Tokyo's annual book fair" are fairs the city hosts, and in
"Taipei's coach parking is tighter than Tokyo's" the second possessive owns the parking the
first does. A government holds neither fairs nor kerbside parking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_city_uses import POSSESSIVE
from .city_nouns import city_life_after
from .context import FUNCTION_WORDS, SAYING_OR_ACTING, words
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Fairs and races a capital's possessive owns as the city's, with no hosting verb: fewer than
# capital_city_uses.HOSTED_EVENTS, which a verb "host" introduces ("Beijing's congress" or
# "Tokyo's forum" may be the governments'). "Fair" only after a word that says what it shows ("book
# fair", "trade fair"): alone after a possessive it may be the adjective ("Beijing's fair share").
OWNED_EVENTS = words("expo expos marathon marathons")
SHOWN_FAIRS = words("fair fairs")
EVENT_DESCRIPTION = 6  # words between the possessive and the event: "international school bus"
HYPHENS = frozenset({"-", "‑"})


def hosts_an_event(doc: Doc, span: Span) -> bool:
    """Is the capital's possessive followed, past lower-case words of what it shows or whom it
    serves, by a fair or a race the city hosts: "Taipei's international school bus and coach
    expo", "Tokyo's annual book fair"? A verb or a function word between ends the phrase: the
    possessive's noun came before it ("Beijing's claims are fair")."""
    if span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVE:
        return False
    described = 0
    for token in doc[span.end + 1 : span.end + 2 + 2 * EVENT_DESCRIPTION]:
        word = token.lower_
        if word in OWNED_EVENTS or (word in SHOWN_FAIRS and described > 0):
            return True
        if token.text in HYPHENS or (word == "and" and described > 0):
            continue  # "cold-chain", "bus and coach": one description
        plain = token.is_alpha and token.is_lower
        if not plain or word in FUNCTION_WORDS or word in SAYING_OR_ACTING:
            return False
        described += 1
        if described > EVENT_DESCRIPTION:
            return False
    return False


def compared_with_city_life(doc: Doc, span: Span) -> bool:
    """Is the capital a possessive whose noun is left out after "than" or "as", so that it owns
    what an earlier possessive of its sentence owns, and that is a thing of a city's life:
    "Taipei's coach parking is tighter than Tokyo's", "its night markets are as busy as
    Seoul's"? ("Beijing's budget is larger than Tokyo's" compares what governments own.)"""
    if span.start < 1 or doc[span.start - 1].lower_ not in ("than", "as"):
        return False
    if span.end >= len(doc) or doc[span.end].text not in POSSESSIVE:
        return False
    if span.end + 1 < len(doc) and doc[span.end + 1].is_alpha:
        return False  # "than Tokyo's officials": the possessive names its own noun
    for k in range(span.start - 2, sentence_start(doc, span.start) - 1, -1):
        if doc[k].text in POSSESSIVE and k > 0:
            return city_life_after(doc, doc[k - 1 : k])
    return False
