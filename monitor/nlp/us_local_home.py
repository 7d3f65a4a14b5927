"""A US local paper's bare armed service: "the Navy" of a story from Everett, Wash., is the US
Navy, not Japan's or China's, however often the story names them.

A US local paper or a Pentagon contract notice writes no dateline country the knowledge base
knows ("EVERETT, Wash. —", "SALEM —") and no outlet credit, so context.py finds no home and a
bare branch went to whichever force the sentence named in full (the JASDF beside "the Air Force
replaces its F-15s"). Its home is in how it writes places: a US state after the dateline's city,
a town written with its state ("Owego, New York"), a base or Guard unit only the US has.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .context import ArticleContext
from .doc_text import doc_text
from .kb import KnowledgeBase
from .names import fold
from .us_states import STATE_FORMS, STATE_OF_FORM, STATES, UNITED_STATES

if TYPE_CHECKING:
    from spacy.tokens import Span

# of one armed force; "marine" is one of its people or a word about them ("a Marine sergeant")
SERVICES = {"navy", "army", "air force", "marine corps", "marines", "marine"}
_STATE = "|".join(re.escape(form) for form in sorted(STATE_FORMS, key=len, reverse=True))

# "EVERETT, Wash. —", "CAMP GRAYLING, Mich. (AP) —": a city in capitals, then its state.
_STATE_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z'.-]*(?:[ -][A-Z][A-Za-z'.-]*){{0,3}},"
    rf"[ \t]*(?P<state>{_STATE})[ \t]*(?:—|–|--|\()",
    re.M,
)
# "Raytheon Co., Tucson, Arizona, is awarded", "Lockheed Martin ..., Owego, New York, for": a
# town written with its state's full name, the way a US paper or the Pentagon places a firm.
_TOWN_AND_STATE = re.compile(
    rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:{'|'.join(map(re.escape, STATES))})\b(?=[,;.)]| \()"
)
# Bases and units by names only the US gives them: "JOINT BASE LEWIS-McCHORD —", "the Oregon
# Air National Guard", "Naval Base Point Loma".
_US_ONLY_UNITS = re.compile(r"\b(?:Joint Base|JOINT BASE|National Guard|Naval Base [A-Z])")
# "San Diego-based ships", "Hawaii-based Marines": a US place the story's forces sail from.
# Only before forces: "a Montana-based optics company", "a Washington-based think tank" place a
# firm or a source the story names, as foreign copy about an arms sale to Taiwan does too.
_FORCES = (
    "crews|ships|sailors|marines|troops|units|forces|squadrons?|bombers|fighters|destroyers"
    "|submarines|soldiers|airmen|carriers?|fleet|wings?|brigades?|battalions?|regiments?"
)
_BASED_IN_A_STATE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, STATES))})-based (?:[a-z-]+ )?(?i:{_FORCES})\b"
)
# "U.S. Navy photo by Mass Communication Specialist ...", "(U.S. Marine Corps photo by Cpl.
# ...)", "Courtesy photo/U.S. Navy": a US service's photo credit marks a service paper or a
# base paper's story, which writes its own service bare ("according to a Navy news release")
# even from Yokosuka, where the dateline's country would make it Japan's.
_US_SERVICE_CREDIT = re.compile(
    r"\bU\.S\. (?:Navy|Army|Air Force|Marine Corps|Space Force) (?i:photo)\b"
    r"|\b(?i:photo)[ \t]*/[ \t]*U\.S\. (?:Navy|Army|Air Force|Marine Corps|Space Force)\b"
)
DATELINE_WITHIN = 600  # characters: the dateline heads the story, after a title at most


@lru_cache(maxsize=8)  # asked for each bare branch of one article: read the article once
def us_local_story(text: str) -> bool:
    """Whether the story writes places as a US paper does: its dateline's state, a town with its
    state, a base or a Guard unit only the US has."""
    return bool(
        _STATE_DATELINE.search(text[:DATELINE_WITHIN])
        or _TOWN_AND_STATE.search(text)
        or _US_ONLY_UNITS.search(text)
        or _BASED_IN_A_STATE.search(text)
    )


def dateline_state(text: str) -> str | None:
    """The name of the state a US dateline writes after its city ("YAKIMA, Wash. —": Washington)."""
    match = _STATE_DATELINE.search(text[:DATELINE_WITHIN])
    return STATE_OF_FORM[match.group("state")] if match else None


@lru_cache(maxsize=8)  # asked for each bare branch of one article: read the article once
def us_service_paper(text: str) -> bool:
    """Whether a US service's photo credit marks the text as a service or base paper's."""
    return _US_SERVICE_CREDIT.search(text) is not None


def local_branch_country(span: Span, context: ArticleContext, kb: KnowledgeBase) -> str | None:
    """The United States for a bare branch ("the Navy", "AIR FORCE") of a US service paper
    (its photo credits), or of a US local story with no dateline or outlet home; None otherwise,
    for the article's other cues to decide. A branch its sentence gives an owner ("Taiwan's
    army") is decided before this is asked."""
    form = fold(span.text)
    if form not in SERVICES:
        return None
    if not any(kb.entities[i].country == UNITED_STATES for i in kb.generic.get(form, ())):
        return None
    text = doc_text(span.doc)
    if us_service_paper(text):
        return UNITED_STATES
    if context.home_of(span.text) is not None:
        return None
    return UNITED_STATES if us_local_story(text) else None
