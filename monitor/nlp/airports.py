"""A city named for its airport in flight copy: "arrived at Taoyuan on an evening flight".

Airline and travel stories call an airport by the city it is named after ("departures from
Taoyuan", "a daily Taoyuan–Narita flight", "slots at Haneda"), and so does the trade press of
crews and pilots ("the Taoyuan–Manila sector was flown 4 minutes longer", "pilots on the
Taoyuan–Naha run", "jet-fuel prices at Taoyuan"). A name joined to an airport the sentence
names ("flights from Narita and Kansai") or to another name before "airports" ("Taipei's
Songshan or Taoyuan airports") is an airport too. The city stays the city everywhere else ("a
marine base in Taoyuan"), and so does a city the knowledge base knows no airport of
("services to Taoyuan and Kaohsiung": Kaohsiung stays the city). Flights "between A and B" are
left alone: writers read that pairing as the two cities.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold

# The airport's own words after the city: "Taoyuan International Airport", "Songshan Airport".
_AIRPORT_NAMES = ("{} airport", "{} international airport")
# Words that put the sentence in the air: without one, "at Taoyuan" is only the city. Air-cargo
# copy's freighters, forwarders and uplift are the airport's too ("Forwarders at Taoyuan said",
# "cargo terminals at Taoyuan", "Christmas uplift at Taoyuan"), and so are the travellers a
# border scheme serves: "e-gates for Japanese travellers at Taoyuan".
_FLIGHT_WORDS = re.compile(
    r"\b(?:flights?|flew|flown|fly|flying|airlines?|airways|air|carriers?|aviation|departures?|"
    r"arrivals?|slots?|landed|landing|runways?|passengers|travell?ers|pilots?|aircrews?|sectors?|"
    r"jet[- ]fuel|freighters?|cargo|forwarders?|uplift)\b",
    re.I,
)
# Where a flight goes or stands: "arrived at", "departures from", "services to", "departing",
# "freighters bound for".
_FLIGHT_PLACE_BEFORE = re.compile(
    r"\b(?:at|from|to|into|departing|leaving|bound\s+for)\s+$|\w[–—]$",
    re.I,
)
# A route written with a dash and no space ("Taoyuan–Naha"; a spaced dash closes a dateline:
# "TOKYO — Japan and ...") or a flight bound for the city.
_FLIGHT_PLACE_AFTER = re.compile(r"^[–—][A-Z]|^-bound\b")
# Two names sharing a plural "airports": "from Taipei's Songshan or Taoyuan airports".
_SHARED_AIRPORTS = re.compile(r"^\s+(?:and|or|&)\s+[A-Z][\w-]*\s+airports\b")
# A name listed after an airport: "flights from Narita and Kansai", "Haneda or Narita".
_JOINED_TO = re.compile(r"^\s*(?:,|and|or|&|,\s*and|,\s*or)\s*$")


def airports_by_city(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with a bare city that names an airport of the knowledge base linked to the
    airport where the sentence speaks of flights and the name stands where a flight goes."""
    found = [_as_airport(text, mention, kb) or mention for mention in mentions]
    for index in range(1, len(found)):
        if _is_airport(found[index - 1], kb) and _JOINED_TO.match(
            text[found[index - 1].end : found[index].start]
        ):
            found[index] = _as_airport(text, found[index], kb, joined=True) or found[index]
    return found


def _is_airport(mention: Mention, kb: KnowledgeBase) -> bool:
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    return entry is not None and entry.type == "LOC" and "airport" in entry.name.lower()


def _as_airport(
    text: str, mention: Mention, kb: KnowledgeBase, joined: bool = False
) -> Mention | None:
    """`joined`: the name is listed right after an airport, which places it as the airport
    does, in a sentence of flights or not: "officers at Narita and Taoyuan" work at two
    airports."""
    airport = _airport_named_after(mention, kb)
    if airport is None:
        return None
    start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    ends = [i for i in (text.find(". ", mention.end), text.find("\n", mention.end)) if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    before, after = text[start : mention.start], text[mention.end : mention.end + 40]
    if not (joined or _FLIGHT_WORDS.search(sentence)):
        return None
    placed = _FLIGHT_PLACE_BEFORE.search(before) or _FLIGHT_PLACE_AFTER.search(after)
    if not (joined or placed or _SHARED_AIRPORTS.match(after)):
        return None
    return relinked(mention, airport, kb)


def _airport_named_after(mention: Mention, kb: KnowledgeBase) -> str | None:
    """The airport a bare place name is the city of, when the knowledge base has it by the
    city's name and does not know the name as a place of its own: "Tokyo" is the capital
    although Haneda is also "Tokyo International Airport"."""
    if mention.in_kb or not mention.text[:1].isupper():
        return None
    airports = (kb.index.get(fold(form.format(mention.text))) for form in _AIRPORT_NAMES)
    return next((airport for airport in airports if airport), None)
