"""A capital travellers choose: "young Japanese travellers, who now favour Seoul and Bangkok",
"Many Japanese travelers are choosing Taipei and Seoul for year-end trips". What tourists favour,
prefer, pick, add to a trip or skip is where they go or might, the city; a government is chosen
by governments ("forced to choose between Washington and Beijing").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .context import words
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHOOSING = words("""
    favour favours favoured favouring favor favors favored favoring prefer prefers preferred
    preferring choose chooses chose chosen choosing pick picks picked picking select selects
    selected selecting add adds added adding skip skips skipped skipping
""")  # a trip's stops: travellers who "fly to Tokyo and rarely add Taipei" (or skip it) go there
TRAVELLERS = words("""
    traveller travellers traveler travelers tourist tourists visitor visitors holidaymakers
    vacationers backpackers passengers honeymooners skiers sightseers
""")
LIST_WITHIN = 8  # tokens back from a capital over the places listed before it
# "travellers, who now favour": a relative clause's comma, pronoun and auxiliaries lie between
# the travellers and their verb, and an adjective phrase may follow them ("travelers uneasy
# about the mood in China are choosing"): the sentence is read back this far.
SUBJECT_WITHIN = 12


def chosen_by_travellers(doc: Doc, start: int) -> bool:
    """Is the capital starting at token `start`, or the list it closes, the object of a verb of
    choosing whose subject is travellers?"""
    k = start - 1
    while k >= max(start - LIST_WITHIN, 0) and _listed(doc, k):
        k -= 1
    while k >= 0 and adverb_at(doc, k):
        k -= 1  # "who now favour", "are increasingly choosing"
    if k < 0 or doc[k].lower_ not in CHOOSING:
        return False
    first = max(sentence_start(doc, k), k - SUBJECT_WITHIN)
    return any(token.lower_ in TRAVELLERS for token in doc[first:k])


def _listed(doc: Doc, k: int) -> bool:
    """Is the token a join or a name word of a list of places ("Seoul and", "Tokyo, Osaka or")?"""
    token = doc[k]
    return token.lower_ in ("and", "or", ",", "then") or (token.is_alpha and token.is_title)
