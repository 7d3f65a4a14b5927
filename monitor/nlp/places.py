"""Short forms of places an article names in full: "Scarborough" after "Scarborough Shoal".

Copy names a shoal, reef or channel in full once and then by its proper part alone. That part
stands for the place the article named, unless the knowledge base knows it as a name of its own
("Taiwan" of "Taiwan Strait", "Miyako" of "Miyako Strait").

And "the mainland", which in this region's copy is China ("reunified with the mainland",
"mainland Chinese warplanes", "mainland experts", "Mainland coastguard vessels"), unless another
country owns it: "mainland Japan", "the US mainland", "Japan's mainland".

And the city that closes a body's name after "in" ("Tokyo" in "the Chinese Embassy in Tokyo"),
which is the place the body sits in.

And an island's name that stands for the strait named for it, which the story names too: after
a word of a way through ("a carrier going past Miyako") and before a crossing ("the Miyako
transit").

And two cues that a capital is the city, not its government: the names after "alternating
between" (meetings held in turn in each city) and a capital that gives the time ("All times
Taipei (GMT+8)").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .context import SAYING_OR_ACTING
from .doc_text import doc_text, span_text
from .doc_words import lower_words
from .english import headline_end
from .mention import Mention, relinked
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .kb import KBEntry, KnowledgeBase

_ISLAND_SUFFIX = re.compile(r"(jima|shima)$")
FEATURES = frozenset(
    {"shoal", "reef", "atoll", "channel", "strait", "harbor", "bay", "cay", "peninsula"}
)  # "the Boso Peninsula ... off Boso"; never a nationality word ("Korean Peninsula")


def short_places(written: list[tuple[str, Mention]], kb: KnowledgeBase) -> dict[str, str]:
    """{folded short form: entity id} for (text as written, linked mention) pairs."""
    found: dict[str, set[str]] = {}
    for text, mention in written:
        entry = kb.entities.get(mention.entity_id)
        if entry is None or entry.type != "LOC":
            continue
        words = fold(text).split()
        if len(words) < 2 or words[-1] not in FEATURES:
            continue
        short = " ".join(words[:-1])
        if kb.lookup(short) is None and short not in kb.demonyms:
            found.setdefault(short, set()).add(entry.id)
    # An island Japanese names "<stem>jima" ("Shimojishima") is the stem alone ("flights to
    # Shimoji"). A stem that is also the short form of another place the story names stays
    # unlinked; a stem the knowledge base knows ("Miyako") is read by island_straits.
    for entity_id in dict.fromkeys(mention.entity_id for _, mention in written):  # each once
        island = kb.entities.get(entity_id)
        if island is not None:
            for stem in _island_stems(kb, entity_id):
                found.setdefault(stem, set()).add(island.id)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}


# (knowledge-base digest, entity id) -> its island stems: read once a base, not again each time
# an article names the entity, alias by alias
_ISLAND_STEMS: dict[tuple[str, str], tuple[str, ...]] = {}


def _island_stems(kb: KnowledgeBase, entity_id: str) -> tuple[str, ...]:
    """The stems of the entity's aliases that end in "jima" or "shima", in its aliases' order,
    that are one word and name nothing of their own in the knowledge base."""
    if (kb.digest, entity_id) not in _ISLAND_STEMS:
        stems = []
        for alias in kb.entities[entity_id].aliases:
            stem = _ISLAND_SUFFIX.sub("", fold(alias))
            if stem != fold(alias) and " " not in stem and kb.lookup(stem) is None:
                stems.append(stem)
        _ISLAND_STEMS[kb.digest, entity_id] = tuple(stems)
    return _ISLAND_STEMS[kb.digest, entity_id]


def seats_inside(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The city a body's name places it in is a mention of the city: "Tokyo" in "the Chinese
    Embassy in Tokyo", "Beijing" in "Japanese Embassy in Beijing". It is where the embassy
    sits, never the government (the embassy is the other country's), so a search for the city
    finds the article and the capital is not read as its country acting. A country closing the
    name ("the Taipei Economic and Cultural Representative Office in the United States") stays
    part of it, as the longest name wins: writers label it apart in 7 passages and leave it in
    37."""
    found = []
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        head, _, city = mention.text.rpartition(" in ")
        if entry is None or entry.type != "ORG" or not head or " " in city.strip():
            continue
        place = kb.entities.get(kb.lookup(fold(city)) or "")
        if place is not None and place.kind in ("capital", "city") and place.id != entry.id:
            start = mention.start + len(head) + len(" in ")
            seat = Mention(city, place.type, place.name, place.id, start, start + len(city), True)
            found.append(replace(seat, description=place.description))
    return found


# Words of a way through before an island ("via Miyako", "a carrier going past Miyako") or a
# crossing after it ("the Miyako transit", "patrols probe the Miyako gap") make its name the
# strait's. A headline clips the strait's name after "near" too ("carrier near Miyako"); in a
# story's own lines that is the island.
THROUGH_BEFORE = frozenset({"via", "through", "past"})
HEADLINE_THROUGH_BEFORE = THROUGH_BEFORE | {"near"}
THROUGH_AFTER = frozenset({"transit", "transits", "passage", "passages", "crossing", "gap"})
# A ship that passes an island goes through the strait beside it ("warships pass Miyako",
# "carrier Liaoning passes Miyako"); bombers that pass an island fly over it ("bombers pass
# Tsushima; island asks for radar"), so the verb alone says no way through.
PASSING = frozenset({"pass", "passes", "passed", "passing"})
SHIPS = frozenset(
    {"ship", "ships", "warship", "warships", "vessel", "vessels", "carrier", "carriers",
     "destroyer", "destroyers", "frigate", "frigates", "flotilla", "flotillas", "fleet",
     "submarine", "submarines", "cruiser", "cruisers", "navy", "escorts"}
)  # fmt: skip
SHIP_BEFORE_VERB = 4  # tokens back from the verb to its ship: "carrier Liaoning passes"


def island_straits(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with an island's bare name read as the strait named for it ("<island>
    Strait") when the story names that strait and the words around the name say a way
    through. Elsewhere the island's name is the island ("between Okinawa and Miyako", "Miyako
    residents uneasy as warships pass"): islanders, airports and flights are the island's."""
    named = {m.entity_id for m in mentions}
    in_headline = headline_end(doc)
    found = []
    for mention in mentions:
        strait = _strait_named_for(mention, kb)
        headline = mention.start <= in_headline
        if strait is not None and strait.id in named and _way_through(doc, mention, headline):
            mention = relinked(mention, strait.id, kb)
        found.append(mention)
    return found


def _strait_named_for(mention: Mention, kb: KnowledgeBase) -> KBEntry | None:
    """The strait the knowledge base knows as "<island> Strait", for a mention of an island
    (a place, not a country: "via Taiwan" is the country, not the Taiwan Strait)."""
    island = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if island is None or island.type != "LOC":
        return None
    strait = kb.entities.get(kb.lookup(fold(mention.text) + " strait") or "")
    return strait if strait is not None and strait.id != island.id else None


def _way_through(doc: Doc, mention: Mention, headline: bool) -> bool:
    """Whether a word of a way through stands right before or after the mention."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    words_before = HEADLINE_THROUGH_BEFORE if headline else THROUGH_BEFORE
    return before in words_before or after in THROUGH_AFTER or _ship_passes(doc, span.start - 1)


def _ship_passes(doc: Doc, verb: int) -> bool:
    """Is the word at `verb` "pass" with a ship right before it: "warships pass Miyako"?"""
    if verb < 0 or doc[verb].lower_ not in PASSING:
        return False
    return any(t.lower_ in SHIPS for t in doc[max(verb - SHIP_BEFORE_VERB, 0) : verb])


MAINLAND = "mainland"


def anothers_mainland(span: Span, entity_id: str, kb: KnowledgeBase) -> bool:
    """Whether "mainland" here is another country's: its name or nationality word is right
    before it (past "'s" or "the") or right after it."""
    if fold(span_text(span)) != MAINLAND:
        return False
    doc = span.doc
    before = doc[max(span.start - 2, 0) : span.start]
    if len(before) and before[-1].lower_ in ("'s", "’s", "the"):
        before = before[:-1]
    countries = [_country(before[-1].text, kb)] if len(before) else []
    after = _country(doc[span.end].text, kb) if span.end < len(doc) else None
    return any(country not in (None, entity_id) for country in (*countries, after))


def _country(word: str, kb: KnowledgeBase) -> str | None:
    key = fold(word)
    found = kb.demonyms.get(key) or kb.lookup(key)
    entry = kb.entities.get(found or "")
    return entry.id if entry is not None and entry.kind == "country" else None


# Words before "between" that put the capitals after it on a map: meetings held in turn in the
# cities, and flights or ferries that run between them ("airlines flying between Taipei and
# Manila"), unlike "relations between Beijing and Tokyo".
BETWEEN_CITIES = frozenset(
    ["alternating", "alternate", "alternates", "rotating", "rotate", "rotates"]
    + ["flying", "fly", "flies", "flight", "flights", "route", "routes", "ferry", "ferries"]
    + ["travel", "travelling", "traveling"]
    # "trips between Taipei, Okinawa and Tokyo", "a crossing between Ishigaki and Keelung":
    # where people go is where the cities are
    + ["trip", "trips", "journey", "journeys", "voyage", "voyages", "crossing", "crossings"]
    + ["commute", "commutes"]
    # "freighters between Taoyuan and Manila", "ceramics shipped between Japan, Taipei and
    # Okinawa": where cargo goes is where the cities are
    + ["freighter", "freighters", "shipped", "shipping", "shipments", "cargo", "sailings"]
    # "the highest fares between Taipei and Tokyo", "seats between Naha and Taipei": what a
    # ticket costs or holds is priced between the cities it joins
    + ["fare", "fares", "ticket", "tickets", "seats", "nonstops"]
)
LIST_WITHIN = 8  # tokens back from a capital to "between": "between Taipei and Singapore, Manila"
# Tokens back from a later name in a list to its "in": four names, two of two words, and their
# joins ("dispatchers in Taipei, Hong Kong, Tokyo and Seoul": Seoul is eight tokens after "in").
PLACED_LIST_WITHIN = 12


def alternates(doc: Doc, start: int) -> bool:
    """'alternating between Taipei and Tokyo', 'flights between Singapore and Taipei': the names
    after 'between' up to this one."""
    for k in range(start - 1, max(start - LIST_WITHIN, 0), -1):
        if doc[k].lower_ == "between":
            return doc[k - 1].lower_ in BETWEEN_CITIES
        if not (doc[k].lower_ in ("and", ",") or doc[k].text[:1].isupper()):
            return False
    return False


def coordinated(doc: Doc, first: Span, second: Span) -> bool:
    """'Beijing and Tokyo', 'Tokyo-Beijing', 'Washington, Tokyo and Seoul': joined as a pair."""
    if not 0 < second.start - first.end <= 2:
        return False
    if _diary_entry_dash(doc, first, second):
        return False
    return all(t.lower_ in ("and", ",", "-", "–", "or") for t in doc[first.end : second.start])


def _diary_entry_dash(doc: Doc, first: Span, second: Span) -> bool:
    """'- TOKYO - Beijing and Tokyo hold talks': a wire diary's city in capitals, a spaced
    hyphen, then the entry's own words; a pair is written alike ("Tokyo-Beijing")."""
    dash = doc[first.end]
    spaced = second.start == first.end + 1 and dash.text == "-" and bool(dash.whitespace_)
    return spaced and first.text.isupper() and not second.text.isupper()


def time_zone(after: list[Token]) -> bool:
    """'(GMT+8)', '(UTC+8)' after a capital."""
    return len(after) > 1 and after[1].text.upper().startswith(("GMT", "UTC"))


def heading(doc: Doc, span: Span) -> bool:
    """A name alone on its line above more text: a newsletter's section heading ("TOKYO",
    "Washington"), which says where the news under it happened."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return line_end >= 0 and text[line_start:line_end].strip() == span.text


# "northeast of Tokyo", "50 km south of Taipei": a bearing measures from the city on a map.
BEARINGS = frozenset(
    f"{a}{b}" for a in ("north", "south", "east", "west", "") for b in ("", "east", "west")
) - {""}
# Who "in Washington and Tokyo" may be and still stand for the governments: writers read
# "officials in Taipei and Washington worry" as the two governments, "analysts in ..." as places.
GOVERNMENT_PEOPLE = frozenset(
    ["officials", "politicians", "policymakers", "leaders", "diplomats", "planners"]
    + ["partners", "friends", "counterparts", "governments", "authorities"]
)


# A date or a time under "in" is when, not where: the capital after it is no list's.
TIMES = frozenset({"DATE", "TIME"})
# "bureaus in both Taipei and Beijing": the word that opens a pair is read past, so the
# preposition before it decides for the pair (blind88-b-041).
PAIRED = frozenset({"both", "either", "neither"})


def placed(doc: Doc, start: int) -> bool:
    """A capital the words before put on a map though no preposition stands right before it:
    a bearing ("northeast of Tokyo"), or a later name in a list under "in" ("allies in Tokyo and
    Canberra", "channels in Canberra and Beijing"), which shares the list's preposition, unless
    the list says where a government's people sit ("officials in Taipei and Washington")."""
    before = lower_words(doc)[max(start - 2, 0) : start]
    if before[-2:-1] and before[-2] in BEARINGS and before[-1] == "of":
        return True
    # after a comma only inside a list that goes on: "In Tokyo, Beijing's envoy said" sets a scene
    going_on = start + 1 < len(doc) and doc[start + 1].lower_ in (",", "and", "or")
    if not before or not (before[-1] in ("and", "or") or (before[-1] == "," and going_on)):
        return False
    if opens_a_clause(doc, start):
        return False  # "NATO meets in Vilnius, and Beijing has been loud": a new subject
    for k in range(start - 2, max(start - PLACED_LIST_WITHIN, -1), -1):
        if doc[k].lower_ in PAIRED:
            continue
        if doc[k].lower_ == "in":
            return k == 0 or doc[k - 1].lower_ not in GOVERNMENT_PEOPLE
        if not (doc[k].text == "," or doc[k].text[:1].isupper()) or doc[k].ent_type_ in TIMES:
            return False  # "cut rates in September and Beijing has ...": a month is no place
    return False


def opens_a_clause(doc: Doc, start: int) -> bool:
    """', and Taipei has encouraged': a capital after one place, a comma and "and", with a verb
    after it, starts a clause of its own ("in Kumamoto, and Taipei has"): a list of two names
    takes no comma before its "and", and one of three ("in Tokyo, Seoul, and Manila say")
    has a comma between its earlier names too."""
    if start < 3 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ",":
        return False
    if not (start + 1 < len(doc) and doc[start + 1].lower_ in SAYING_OR_ACTING):
        return False
    for k in range(start - 3, max(start - LIST_WITHIN, 0), -1):
        if not doc[k].text[:1].isupper():
            return doc[k].text != ","
    return False
