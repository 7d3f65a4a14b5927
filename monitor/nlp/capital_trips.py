"""Is a capital a place someone travels to? "return to Beijing's hutongs" and "flights to
Okinawa and Manila" go to the cities; the verbs of moving and going, and the list a capital
closes after one, decide (capital_actors.py asks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .city_nouns import CITY_NOUNS
from .context import SAYING_OR_ACTING, words
from .incursion_words import CRAFT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

MOVING = words("""
    visited visiting visit visits arrived arrives arriving returned returning returns flew
    fly flies flying travelled traveled travelling traveling landed landing headed heading departed
    left leaving toured touring reached based living lives lived born bound datelined flown
    arrive depart departs departing reaches reaching
""")
# After these a capital's possessive is read by what it owns: "a row over Tokyo's plan",
# "in Beijing's eyes", "outside Beijing's orbit" and "respond to Pyongyang's tests" own acts;
# "moved to Taipei's suburbs" owns a place.
POSSESSIVE_DECIDES_AFTER = frozenset({"in", "from", "over", "above", "outside", "off"})
TOWARD = frozenset({"to", "toward", "towards"})
# "Into" names where a thing ends up, a place ("moved into Taipei's suburbs", "barely made it
# into Seoul's evening bulletins"), unless what goes in is fed into a working whole, or plays
# into an actor's hands: data "fed into Tokyo's own monitoring" join the government's watch and
# a move that "plays into Washington's hands" helps the government, so the possessive decides.
FED_INTO = words("""
    feed feeds fed feeding fold folds folded folding integrate integrates integrated
    integrating incorporate incorporated plug plugged merge merged merging play plays played
    playing
""")
# A mission travels as a trip does: "an investment mission to Kumamoto and Tokyo" stops there,
# and "the trade mission moves on to Tokyo and Seoul". Travellers rerouted or diverted go where
# they are sent: "agencies rerouted groups to Seoul and Bangkok".
GOING = words("""
    return go goes went going come comes came coming move moves moved moving trip trips
    redeployed travel travels mission missions reroute reroutes rerouted rerouting divert
    diverts diverted diverting redirect redirects redirected redirecting
""")
# Who is carried or sent on a trip as craft are: "rerouted groups to Seoul and Bangkok",
# "diverted tourists to Taipei and Tokyo".
CARRIED_PEOPLE = words("""
    groups tourists travellers travelers visitors passengers tours delegations
""")


# "had left Beijing no choice", "leaves Tokyo with few options": what a capital is left with is
# a government's room to act; a city is left behind.
LEFT = words("left leave leaves leaving")
WHAT_IS_LEFT = words("no little few with only nothing")


def left_with_something(doc: Doc, start: int, end: int) -> bool:
    """Is the capital the one something is left to: "left Beijing no choice"?"""
    return (
        start > 0
        and doc[start - 1].lower_ in LEFT
        and end < len(doc)
        and doc[end].lower_ in WHAT_IS_LEFT
    )


def possessive_decides(before: list[str]) -> bool:
    """Is a capital's possessive after this preposition read by what it owns? After "to" not
    when someone goes there: "return to Beijing's hutongs" is a trip to the city; after "into"
    only when something is fed in or plays into it."""
    if before[1] in POSSESSIVE_DECIDES_AFTER:
        return True
    if before[1] == "into":
        return before[0] in FED_INTO
    return before[1] in TOWARD and before[0] not in MOVING and before[0] not in GOING


VISITS = words("visit visits visited visiting tour tours toured touring")
TRAVEL_PREPOSITIONS = frozenset({"to", "from", "into", "toward", "towards", "via"})
LIST_WITHIN = 8  # tokens back from a capital to its list's preposition


def travelled_to(doc: Doc, start: int) -> bool:
    """A later capital in a list that flights, craft or travellers go to: "flights to Okinawa
    and Manila", "flew from Guam and Tokyo", "redeployed aircraft to Taipei, Seoul", "will visit
    Seoul and Canberra". The list shares its preposition or verb, and where craft and people
    travel is a place; a capital right after the preposition is read on its own. A "then"
    may order the stops: "to Seoul and then Tokyo"."""
    if _subject(doc, start):
        return False  # "return to Whitsun Reef, Manila says": a comma before a new clause
    joined = start - 1
    if joined > 0 and doc[joined].lower_ == "then":
        joined -= 1  # "would travel on to Seoul and then Tokyo": the next stop of the list
    if joined < 0 or doc[joined].lower_ not in ("and", "or", ","):
        return False
    for k in range(joined - 1, max(joined - LIST_WITHIN + 1, 0), -1):
        word = doc[k].lower_
        if word == "via":
            return True  # "connections via Incheon and Manila": only a route goes "via"
        if word in TRAVEL_PREPOSITIONS:
            going = doc[k - 2 if doc[k - 1].lower_ in ("in", "back", "on") else k - 1].lower_
            carried = doc[k - 1].lower_ in CRAFT_NOUNS or doc[k - 1].lower_ in CARRIED_PEOPLE
            carried = carried and doc[k - 2].lower_ in GOING
            return going in MOVING or going in GOING or going in CITY_NOUNS or carried
        if word in VISITS:
            return True  # "prepares to visit Tokyo and Manila": the list is the trip's stops
        if not (word in ("and", "or", ",") or doc[k].text[:1].isupper()):
            return False
    return False


# Verbs whose object is a route's start when "to" its end follows: "driving Tokyo to Osaka",
# "cycled Taipei to Kaohsiung", "flies Taipei to Sendai twice a week". A government is no
# ground one drives or flies across.
ROUTE_VERBS = words("""
    drive drives drove driven driving cycle cycles cycled cycling fly flies flew flown flying
    sail sails sailed sailing walk walks walked walking hike hiked hiking commute commutes
    commuted commuting
""")


def driven_from(doc: Doc, start: int, end: int) -> bool:
    """Is the capital spanning tokens `start` to `end` the start of a route driven or flown "to"
    another place ("instead of driving Tokyo to Osaka")?"""
    opened = start > 0 and doc[start - 1].lower_ in ROUTE_VERBS
    return opened and end < len(doc) and doc[end].lower_ == "to"


def _subject(doc: Doc, start: int) -> bool:
    """Does a saying or acting verb follow the name starting at `start` ("Manila says")?"""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].lower_ in SAYING_OR_ACTING
