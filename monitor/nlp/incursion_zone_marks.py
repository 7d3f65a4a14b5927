"""The zones and places a sentence names, marked where they stand for the incursion grammar
(incursion_grammar.py), which gives its counts the zones and places of their clauses: a zone
entered or denied ("not to approach the territorial sea"), Taiwan named by "around Taiwan", a
place of the list ("off Kinmen") and one outside it ("near Yonaguni", "off China's Fujian
province"). A sentence that counts nothing and names no craft has no more than these to say,
and is read for them alone.
"""

from . import incursion_words as w
from .incursion_asides import in_the_dateline
from .incursion_clause_places import places_no_count
from .incursion_home_waters import off_chinas_own_coast
from .incursion_island_zones import place_at
from .incursion_outlying_islands import lies_off_an_outlying_island
from .incursion_owned_zones import another_states_zone
from .incursion_phrases import inside_a_name
from .incursion_scopes import Marks
from .incursion_tokens import Token
from .incursion_zones import zone_at, zone_negated


def read_zone_at(words: list[Token], i: int, marks: Marks) -> int | None:
    """Where the reading goes on after the zone at i, marked; None when no zone starts there."""
    zone = zone_at(words, i)
    if zone is None:
        return None
    label, length = zone
    if label == "around Taiwan" and any(t.low in w.EVENTS for t in words[max(0, i - 2) : i]):
        marks.event_zones.append(i)
        return i + 1  # "Taiwan" is still a place named
    if label == "around Taiwan":
        outlying = lies_off_an_outlying_island(words, i, length, marks.zones, marks.zone_end)
        marks.places += [] if outlying else [(i, "Taiwan")]  # "waters off the island"
        if marks.zone_end == i:  # "in the ADIZ off the island's southwest": where it lies
            return i + length
    marks.zones.append((i, label, zone_negated(words, i)))
    marks.zone_end = i + length
    marks.outside += [i] if label == "ADIZ" and another_states_zone(words, i) else []
    return i + length


def read_place_at(words: list[Token], i: int, marks: Marks, events_place: bool) -> bool:
    """Whether the word at i names a place of the list or one outside it, marked; an event's
    place (`events_place`) is none of the counts'."""
    if (place := place_at(words, i)) and not inside_a_name(words, i) and not events_place:
        marks.places.append((i, place))
        return True
    low = words[i].low
    after = words[i + 1].low if i + 1 < len(words) else ""
    outside = low in w.OUTSIDE and (low not in w.OUTSIDE_BEFORE or after in w.OUTSIDE_BEFORE[low])
    outside = outside or off_chinas_own_coast(words, i)  # "anchored off China's Fujian province"
    if outside and not in_the_dateline(words, i) and not places_no_count(words, i):
        marks.outside.append(i)
        return True
    return False


def read_zones_and_places(words: list[Token], marks: Marks) -> None:
    """The zones and places of a sentence that counts nothing and names no craft, marked as the
    grammar marks them at each word: the rest it reads at a word are marks for counts."""
    position = 0
    while position < len(words):
        after = read_zone_at(words, position, marks)
        if after is None:
            read_place_at(words, position, marks, events_place=False)
        position = position + 1 if after is None else after
