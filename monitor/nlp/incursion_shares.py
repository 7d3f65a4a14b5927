"""Shares of a total: a partitive ("10 of the 19 aircraft", "22 out of 32 aircraft", "19 of
them"), and a share whose total is told inside its own phrase, with the total's zone: "Two of
the four China Coast Guard ships that had been sailing in the contiguous zone entered
territorial waters". The four were in the contiguous zone and the two entered the territorial
waters, so the phrase holds two counts, each with its own zone (rule 2; the writers' "X ships in
the contiguous zone, Y of which entered territorial waters" gives both). Read by the grammar
(incursion_grammar.py) before a partitive, which would give the share both zones and lose the
total.
"""

from dataclasses import replace

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_civil_craft import is_civil_craft
from .incursion_claims import Claim
from .incursion_firm_owners import owned_by_a_firm
from .incursion_flight_shares import TRIPS
from .incursion_number_tables import Numbers
from .incursion_owners import after_an_owner, owned_abroad
from .incursion_phrases import Head, head_at, next_is, number_at
from .incursion_tokens import Token
from .incursion_trade_trips import shares_trips
from .incursion_zones import zone_at

_CLAUSE_REACH = 12  # words from the craft to the total's zone, and from it to the share's verb
# What opens the total's own words after its craft: "that had been sailing", "which were",
# "sailing", "in the contiguous zone", and a clause without its "that" ("the 30 aircraft it
# tracked around the island"), whose subject is the reporter.
_OPENERS = {"that", "which", "in", "inside", "within", "it", "they"}
_CLAUSE_ENDS = {",", ".", ";", ":", "(", ")"}


def share_with_its_total(
    words: list[Token], numbers: Numbers, i: int
) -> tuple[Claim, Claim] | None:
    """The total and the share at i, when a share tells its total in its own phrase: the
    total's claim spans its count and craft, the share's claim stands at its verb, so that each
    takes the zones between it and the next (incursion_scopes.py)."""
    found = numbers[i]
    if found is None or found[1] + 1 >= len(words):
        return None
    in_its_zone = _share_of_a_total_in_its_zone(words, found)
    return in_its_zone or _share_of_a_total_told_with_it(words, found)


def _share_of_a_total_in_its_zone(
    words: list[Token], found: tuple[int, int]
) -> tuple[Claim, Claim] | None:
    """A share ("two of the four ...") that names its total's craft and, after them, the zone
    the total was in, then a verb of its own."""
    if words[found[1] + 1].low != "of":
        return None
    j = found[1] + 2
    j += j < len(words) and words[j].low == "the"
    total = number_at(words, j) if j < len(words) else None
    head = head_at(words, total[1] + 1) if total is not None else None
    if total is None or head is None or head.craft is None or total[0] <= found[0]:
        return None
    verb = _verb_after_zone(words, head.last + 1)
    if verb is None:
        return None
    whole = Claim(j, head.last, total[0], head.craft, head.ships, head.unmanned)
    share = Claim(verb, verb, found[0], head.craft, head.ships, head.unmanned, reference=True)
    return whole, share


def _share_of_a_total_told_with_it(
    words: list[Token], found: tuple[int, int]
) -> tuple[Claim, Claim] | None:
    """ "7 of 11 drones flew over the line", "7 out of 11 drones flew ...": a total with no
    "the" before it points back to no count told earlier; the sentence tells it, and the share
    with it. The total is the day's craft around Taiwan (rule 2), its share is in the zone the
    verb names, as in "11 drones, 7 of which flew over the line". With "the" ("7 of the 11
    drones") the total was counted before and is no fact again."""
    j = found[1] + 1
    j += 1 + (words[j].low == "out" and next_is(words, j, "of"))
    if j >= len(words) or words[j - 1].low != "of":
        return None
    total = number_at(words, j)
    head = head_at(words, total[1] + 1) if total is not None else None
    if total is None or head is None or head.craft is None or total[0] <= found[0]:
        return None
    # "7 of 11 drones flying near ..." opens the total's own clause: no verb of the share's
    verb = head.last + 1
    if verb >= len(words) or words[verb].low not in w.VERBS_AFTER_ASIDE:
        return None
    if words[verb].low.endswith("ing"):
        return None
    whole = Claim(j, head.last, total[0], head.craft, head.ships, head.unmanned)
    share = Claim(verb, verb, found[0], head.craft, head.ships, head.unmanned, reference=True)
    return whole, share


def _verb_after_zone(words: list[Token], start: int) -> int | None:
    """The share's verb, when the words at start open the total's own clause and name a zone:
    "that had been sailing in the contiguous zone around the islands intruded"."""
    if start >= len(words):
        return None
    opener = words[start].low
    if opener not in _OPENERS and not opener.endswith("ing"):
        return None
    zoned = False
    for k in range(start, min(len(words), start + 2 * _CLAUSE_REACH)):
        low = words[k].low
        if low == "." and words[k - 1].low in tw.AM_PM:
            continue  # the stop of "a.m."
        if low in _CLAUSE_ENDS or (number_at(words, k) is not None and not _in_a_window(words, k)):
            return None
        if zone_at(words, k) is not None:
            zoned = True
        elif zoned and low in w.VERBS_AFTER_ASIDE and not low.endswith("ing"):
            return k
    return None


def _in_a_window(words: list[Token], k: int) -> bool:
    """ "24 hours" and "6 a.m." in "tracked around the island in the 24 hours to 6 a.m.": the
    report's window, no count of craft."""
    after = words[k + 1].low if k + 1 < len(words) else ""
    return after in tw.HOURS or after in tw.AM_PM


_DETERMINERS = {"the", "its", "their"}


def partitive(words: list[Token], first: int, count: int, i: int, out_of: bool) -> Claim | None:
    """A partitive: "10 of the 19 aircraft", "22 out of 32 aircraft", "19 of them"."""
    if i < len(words) and shares_trips(words, i):
        return None  # "two of those sailings": a forwarder's
    firm = False  # "Wan Hai said three of its vessels": a firm's, whatever its craft
    if i < len(words) and words[i].low in w.PARTITIVE_OBJECTS:
        # "its" and "their" are no pronouns: a noun follows, and says what the share is of
        # ("two of its sailings to Yokohama" are a forwarder's, no craft), as after "the".
        pronoun = words[i].low not in _DETERMINERS
        firm = owned_by_a_firm(words, first, i)
        i += 1
    elif i < len(words) and words[i].possessive and words[i].low in tw.DAY_WORDS:
        pronoun = False  # "24 of Sunday's aircraft": the day's, as "the" is
        i += 1
    elif after_an_owner(words, i) is not None:
        pronoun = False  # "two of Beijing's ships": the owner's, as "its ships" are
    elif not out_of:
        return None
    else:
        pronoun = False
    # "13 of the detected aircraft": the report's own word for the craft it counted, before
    # their noun, as "the" alone would be; the share is of the total told before.
    i += not pronoun and i < len(words) and words[i].low in w.DETECTIONS
    if not pronoun and i < len(words) and (total := number_at(words, i)) is not None:
        i = total[1] + 1
        pronoun = i >= len(words) or head_at(words, i) is None  # "one of the four"
    head = head_at(words, i)
    if head is None and not pronoun and (owned := after_an_owner(words, i)) is not None:
        head = head_at(words, owned)  # "four of the service's ships": the owner is no modifier
        if head is not None and owned_abroad(words, i, owned):
            head = replace(head, craft=None)
    civil = head is not None and (firm or is_civil_craft(words, first, head))
    if head is not None and civil:
        head = replace(head, craft=None)  # "three of its ships", a shipping line said
    if pronoun and not civil:  # "19 of them"; "13 of which aircraft" names its craft
        if head is not None and head.craft is not None:
            claim = counted(first, count, head)
            claim.reference = True
            return claim
        claim = Claim(first, i - 1, count, None, reference=True)
        claim.trips = i < len(words) and words[i].low in TRIPS  # "nine of those flights"
        return claim
    if head is None:
        return None  # "471 of the scrambles"
    claim = counted(first, count, head)
    claim.reference = True
    return claim


def counted(first: int, count: int, head: Head) -> Claim:
    return Claim(
        first, head.last, count, head.craft, head.ships, head.unmanned,
        foreign=head.craft is None,
    )  # fmt: skip
