"""Money "from" a capital: what its government pays, as subsidies and grants from it are
(capital_addresses.RELATIONS): "a billion yen from Tokyo", "accepted US$500,000 from
Washington". A price quoted from a city is the city's: "fares from US$199 from Taipei".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

CURRENCIES = words("yen dollars euros yuan renminbi won pesos pounds")
CURRENCY_SIGNS = ("$", "¥", "€", "£")
MAGNITUDES = words("million billion trillion thousand hundred")
# A sum written with its sign is a state's money where it is taken in or given as aid: "accepted
# US$500,000 from Washington", "a grant of NT$3 million from Taipei"; "fares of US$199 from
# Taipei" is a price, and "fares" no word of these.
RECEIVING = words("""
    accepted accepts accepting received receives receiving got gets secured secures won wins
    obtained obtains sought seeks requested requests took takes aid grant grants loan loans
    subsidy subsidies donation donations funding relief pledge pledges
""")
FROM_WITHIN = 4  # tokens back from the capital to its "from", past quote marks


def states_money(doc: Doc, start: int) -> bool:
    """Is the capital at `start` after "from" and a sum a government pays: "732 billion yen
    from Tokyo", or a sum with its sign taken in or given as aid?"""
    back = range(start - 1, max(start - FROM_WITHIN, 0) - 1, -1)
    here = next((k for k in back if doc[k].lower_ == "from"), None)
    if here is None or here == 0:
        return False
    if doc[here - 1].lower_ in CURRENCIES:
        return True
    return _sum_given(doc, here - 1)


def _sum_given(doc: Doc, end: int) -> bool:
    """Is the token at `end` the last of a sum of money written with its sign ("US$500,000",
    "NT$3 million"), after a word of taking it in or giving it ("accepted", "a grant of")?"""
    k = end - 1 if doc[end].lower_ in MAGNITUDES else end
    if k < 0 or not any(ch.isdigit() for ch in doc[k].text):
        return False
    if not any(sign in doc[k].text for sign in CURRENCY_SIGNS):
        k -= 1  # the sign apart from its figure: "US$", "500,000"
        if k < 0 or not any(sign in doc[k].text for sign in CURRENCY_SIGNS):
            return False
    taker = k - 2 if k > 1 and doc[k - 1].lower_ == "of" else k - 1  # "a grant of"
    return taker >= 0 and doc[taker].lower_ in RECEIVING
