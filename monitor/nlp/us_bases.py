"""A bare armed service in copy about US forces at their Pacific bases is the US service: "the
Navy's only forward-deployed aircraft carrier" in a story from Yokosuka, "Navy spouses" in a base
town's newsletter, "the Air Force" beside Kadena, "Navy whites" at Pearl Harbor's anniversary,
"the Army's new radars" of Guam's missile defence.

Japan's own forces are the Self-Defense Forces and are never "the Navy" or "the Air Force", so
a Japanese dateline decides nothing for a bare service, and the linker fell back on whichever
force the article named in full (the PLA Navy of a later paragraph). Guam and Hawaii are US
soil whose papers write a dateline the linker does not read as a country ("PEARL HARBOR —",
"HAGÅTÑA, Guam —"), so their bare services went the same way. The unit's owner decides: the
paragraph around the bare service shows US forces by a base they use (in Japan: Yokosuka,
Sasebo, Kadena, Misawa, Iwakuni, Okinawa's camps; on Guam and in Hawaii: Andersen, Apra, Camp
Blaz, Pearl Harbor, Hickam, Schofield Barracks), a "USS" ship, the Seventh Fleet, US Forces
Japan, the Pacific Fleet or Pacific Air Forces. A story at home in a country with such a service
of its own keeps it: in a TAINAN story, "served the Navy; before that she was the USS
Sarsfield" is Taiwan's navy.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import ArticleContext
from .doc_text import doc_text
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .sentence_bounds import sentence_of
from .service_names import forces_named_so
from .us_local_home import SERVICES
from .us_states import UNITED_STATES

if TYPE_CHECKING:
    from spacy.tokens import Span

# Where US forces in the Pacific are based (in a dateline's capitals too: "SASEBO, Japan —",
# "PEARL HARBOR —"), and the commands and ships that are theirs alone. Okinawa stands with the
# bases: the Marines there are the US's, and Japan's forces on the island are called by their own
# names. Guam is named for its bases: the island holds no other country's forces.
_US_PACIFIC_BASES = re.compile(
    r"\b(?i:Yokosuka|Sasebo|Kadena|Misawa|Iwakuni|Yokota|Atsugi|Futenma|Futemma|Henoko"
    r"|Okinawa|White Beach|Torii Station|Camp (?:Schwab|Hansen|Zama|Foster|Kinser|Courtney|Blaz)"
    r"|Guam|Andersen|Apra Harbou?r|Tinian|Pearl Harbou?r|Hickam|Schofield Barracks|Kaneohe Bay"
    r"|Barking Sands)\b"
    r"|\b(?:CFAY|(?:Seventh|7th) Fleet|USFJ|U\.?S\.? Forces,? Japan|USS [A-Z]"
    r"|Pacific (?:Fleet|Air Forces))"
)

# The bases on US soil, where only the US's own services serve: Guam's and Hawaii's.
_US_SOIL = re.compile(
    r"\b(?:Guam|Andersen Air Force Base|Apra Harbou?r|Pearl Harbou?r|Hickam|Schofield Barracks"
    r"|Kaneohe Bay|Barking Sands|Camp Blaz)\b"
)


def us_base_branch_country(
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    context: ArticleContext,
    kb: KnowledgeBase,
) -> str | None:
    """The United States for a capitalised bare service ("Navy", "Air Force", "Marines") whose
    paragraph shows US forces at a Pacific base, unless the story's home has such a service of
    its own; None otherwise, for the article's other cues to decide."""
    span = spans[index]
    form = fold(span.text)
    if form not in SERVICES or span.text.islower():
        return None  # "the navy" is a common noun whichever force the story is about
    named_so = forces_named_so(span.text, form, kb.generic.get(form, ()), kb)
    owners = {kb.entities[i].country for i in named_so}  # never Japan's (service_names.py)
    if UNITED_STATES not in owners:
        return None
    text = doc_text(span.doc)
    if context.home_of(span.text) in owners:
        # A story at home keeps its own service, but not in a sentence set on US soil before
        # the service acts ("in Guam after Typhoon Mawar, when ... Navy ships brought in water"
        # in a Kaohsiung story): no other country's navy serves there. A place named after it
        # is where else the sentence goes ("the Navy's Magong base ... a trip to Guam").
        sentence = sentence_of(span.doc, span.start)
        found = _US_SOIL.search(text, sentence.start_char, span.start_char)
        return UNITED_STATES if found else None
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = len(text) if end < 0 else end
    if _US_PACIFIC_BASES.search(text, start, end) or _us_ship_between(linked, start, end, kb):
        return UNITED_STATES
    # A story filed from a base town ("NAHA, Okinawa —", "YOKOSUKA, Japan —") is about the US
    # forces there throughout, as a paragraph that names the base is.
    dateline = context.dateline
    if dateline and _US_PACIFIC_BASES.search(text, dateline.start, dateline.stop):
        return UNITED_STATES
    return None


def _us_ship_between(
    linked: dict[int, Mention | None], start: int, end: int, kb: KnowledgeBase
) -> bool:
    """Whether a US ship the knowledge base knows is named between the offsets, with or without
    its "USS": "the George Washington is headed" out of Yokosuka."""
    for mention in linked.values():
        if mention is None or not mention.in_kb or not start <= mention.start < end:
            continue
        entry = kb.entities[mention.entity_id]
        if entry.kind == "ship" and entry.country == UNITED_STATES:
            return True
    return False
