"""The fifty US states by the forms US copy writes them in: the name, the AP abbreviation and
the postal code ("California", "Calif.", "CA"). us_local_home.py reads a US paper's places by
them; congress_tags.py reads the state in a member of Congress's party-state tag.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold

UNITED_STATES = "united-states"

# Names, AP abbreviations and postal codes: "Wash.", "Calif.", "N.Y.", "WA".
STATES = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR",
    "California": "Calif. CA", "Colorado": "Colo. CO", "Connecticut": "Conn. CT",
    "Delaware": "Del. DE", "Florida": "Fla. FL", "Georgia": "Ga. GA", "Hawaii": "HI",
    "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA",
    "Kansas": "Kan. KS", "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME",
    "Maryland": "Md. MD", "Massachusetts": "Mass. MA", "Michigan": "Mich. MI",
    "Minnesota": "Minn. MN", "Mississippi": "Miss. MS", "Missouri": "Mo. MO",
    "Montana": "Mont. MT", "Nebraska": "Neb. NE", "Nevada": "Nev. NV", "New Hampshire": "N.H. NH",
    "New Jersey": "N.J. NJ", "New Mexico": "N.M. NM", "New York": "N.Y. NY",
    "North Carolina": "N.C. NC", "North Dakota": "N.D. ND", "Ohio": "OH", "Oklahoma": "Okla. OK",
    "Oregon": "Ore. OR", "Pennsylvania": "Pa. PA", "Rhode Island": "R.I. RI",
    "South Carolina": "S.C. SC", "South Dakota": "S.D. SD", "Tennessee": "Tenn. TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "Vt. VT", "Virginia": "Va. VA",
    "Washington": "Wash. WA", "West Virginia": "W.Va. WV", "Wisconsin": "Wis. WI",
    "Wyoming": "Wyo. WY",
}  # fmt: skip
STATE_FORMS = frozenset(STATES) | {form for forms in STATES.values() for form in forms.split()}
STATE_OF_FORM = {form: name for name, forms in STATES.items() for form in [name, *forms.split()]}


def state_entity(name: str, kb: KnowledgeBase) -> str | None:
    """The knowledge base's entry for the state of this name. Three states share their name with
    a capital, a city or a country ("Washington", "New York", "Georgia"), so their entries are
    named "Washington (state)" and the like, and bare text keeps its other meaning."""
    state = ("GPE", None, UNITED_STATES)
    for form in (f"{name} state", name):
        entry = kb.entities.get(kb.index.get(fold(form)) or "")
        if entry is not None and (entry.type, entry.kind, entry.country) == state:
            return entry.id
    return None
