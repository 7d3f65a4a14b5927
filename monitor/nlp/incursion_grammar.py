"""One sentence of an incursion report, read by a small grammar over its tokens.

    claim     := [approximation] NUMBER [modifier...] CRAFT          "more than 30 PLA aircraft"
               | NUMBER (of | out of) [the|them|which] [NUMBER] [CRAFT]  "10 of the 19 aircraft"
               | NUMBER (verb | that | which | more)                  "19 crossed", "seven that"
               | the [modifier...] CRAFT, as a subject                "the aircraft ... flew into"
               | (none | no CRAFT): a count of nought, which gives no fact  "none of the aircraft"
               | (up from | down from | compared with) ... NUMBER [CRAFT]   "up from 25 on Monday"
               | of the CRAFT "," NUMBER ...                         "Of the aircraft, 18 taking"
               | CRAFT ":" NUMBER, a line of a list announced with a colon   "PLA aircraft: 12"
    NUMBER    := a number | NUMBER (to | or) NUMBER | between NUMBER and NUMBER: the lower bound
    CRAFT     := [modifier...] craft-noun ((, | and | or) [modifier...] craft-noun)*
    group     := claim ((, | and | along with | as well as) claim)*  "28 aircraft and 7 ships"
    scope     := what follows a group up to the next claim or a clause end (";", "while", an
                 ordinal, a superlative, a verb of breakdown, a hedge, or ", after": "..., the
                 29th such incursion since February", "the aircraft included ...", "without
                 saying whether"); a count after "the aircraft included" is a part, no fact
    zone      := ADIZ | median line | contiguous zone | territorial waters | restricted waters
               | (around|near|off) (Taiwan|the island|the country) | waters ... of Taiwan
               | none, in a sentence with a verb of sighting before its counts or a report's
                 window ("in the 24 hours to 6 a.m."): the report's totals, around Taiwan
               | the zone (the last zone named); a zone after "outside", "approach", "not" is
                 not entered

Asides never carry a fact (incursion_asides.py); numbers and the noun phrases of craft are read
by incursion_phrases.py. Each token is looked at a bounded number of times, so reading is linear
in the sentence's length. Resolving what claims point back to (the craft of "19 of them", the
count of "the aircraft", "the zone") is left to the article (incursions.py).
"""

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from . import incursion_words as w
from .incursion_asides import without_asides
from .incursion_phrases import (
    Head,
    after_partitive,
    bullet,
    counts_own_craft,
    craft_of,
    elided,
    ends_a_list_of_kinds,
    head_at,
    match,
    names_a_type,
    names_its_day,
    next_is,
    number_at,
    range_end,
)  # fmt: skip
from .incursion_tokens import Token, states_window, window_ends

_COMPARISON_REACH = 4  # "down from [a peak of] 96"
_PERIOD_REACH = 10  # "April, during the Strait Thunder-2025A drills, when"


@dataclass
class Mention:
    """A craft named, counted ("19 J-16s") or not ("the aircraft", "dozens of ships")."""

    position: int
    craft: str  # air, drones, balloons, missiles or ships
    ships: str | None  # "official ships" or "navy vessels" when the words say which
    count: int | None
    cumulative: bool = False


@dataclass
class Claim:
    first: int  # token positions of the count phrase
    last: int
    count: int | None  # None: the count of the craft named before ("the aircraft")
    craft: str | None  # None: the craft named before ("19 of them", "19 crossed")
    ships: str | None = None
    unmanned: bool = False
    relative: bool = False  # "including seven that crossed": a subset with its own verb
    foreign: bool = False  # another country's craft, or civilian: read, and no fact
    group: int = 0
    zones: list[str | None] = field(default_factory=list)  # None: "the zone"
    places: list[str] = field(default_factory=list)
    outside: bool = False
    cumulative: bool = False
    along: bool = False  # "..., along with 11 warships": the zones of the claim before
    ellipsis: bool = False  # "two more had done so": the zone of the clause before
    detected: bool = False  # "were also spotted": a sighting with no zone of its own
    day_before: bool = False  # after "a day after"
    compared: bool = False  # "down from 96 aircraft on Tuesday": the measure before, another day
    day: date | None = None  # the day a compared figure names
    labelled: bool = False  # a line of a list, "PLA aircraft: 12": the list's zones
    bulleted: bool = False  # "• PLA aircraft: 17 sorties": a bulletin's line, listed or not
    part: bool = False  # after "the aircraft included": a part of the total, no fact
    # Craft counted before ("of the 13 aircraft", "the two ships", "one of the ships", "the
    # aircraft"): a part or a repeat of a total, never a total of its own where it has no zone.
    reference: bool = False
    hedged: bool = False  # a plan or a guess ("plans to fire four", "up to 10 could be"): no fact
    additive: bool = False  # "while four others flew into the zone": more of the count before
    beyond: bool = False  # "two more had done so": beyond the count before, not a part of it


@dataclass
class Reading:
    """What one sentence says, by token position."""

    claims: list[Claim]
    mentions: list[Mention]
    zones: list[tuple[int, str]]  # zones named and entered, in order
    places: list[tuple[int, str]]  # places in the list, in order
    around: bool  # "around Taiwan" is said
    outside: bool  # a place outside the list is named
    window: bool  # a report's window is stated: "in the 24 hours to 6 a.m. Tuesday"
    announces: bool  # the sentence ends in a colon: a list of labelled counts may follow


@dataclass
class _Marks:
    zones: list[tuple[int, str | None, bool]] = field(default_factory=list)  # pos, zone, negated
    event_zones: list[int] = field(default_factory=list)  # "drills around Taiwan": the drills'
    places: list[tuple[int, str]] = field(default_factory=list)
    outside: list[int] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    cumulative: list[int] = field(default_factory=list)
    detections: list[int] = field(default_factory=list)
    ellipses: list[int] = field(default_factory=list)
    day_before: list[int] = field(default_factory=list)
    comparisons: list[int] = field(default_factory=list)  # where a comparison phrase ends
    parts: list[int] = field(default_factory=list)  # "the aircraft included": a breakdown
    joins: list[int] = field(default_factory=list)  # ", and", "including": a clause of its own
    hedges: list[int] = field(default_factory=list)  # "could", "plans": no sighting
    colons: list[int] = field(default_factory=list)  # "...: four on Monday, four on Tuesday"
    types: list[int] = field(default_factory=list)  # "J-16 fighters, ...": kinds, uncounted
    among: list[int] = field(default_factory=list)  # "... were among those tracked"
    zone_end: int = -1  # where the last zone named ends


def read_sentence(tokens: list[Token], dates: dict[int, date]) -> Reading:
    """Claims, zones and places of a sentence; `dates` are the days of the tokens written as
    dates, by token index."""
    visible = without_asides(tokens)
    words = [tokens[i] for i in visible]
    if (line := _labelled_line(words)) is not None and (line.craft or line.zones):
        counted = [Mention(0, line.craft, line.ships, line.count)] if line.craft else []
        zones = [(0, zone) for zone in line.zones if zone is not None]
        return Reading([line], counted, zones, [], False, False, False, False)
    days = {n: dates[i] for n, i in enumerate(visible) if i in dates}
    blocked = set(days)
    marks = _Marks()
    claims: list[Claim] = []
    mentions: list[Mention] = []
    position = 0
    while position < len(words):
        position = _read_at(words, position, blocked, marks, claims, mentions)
    if match(tokens, 0, w.BREAKDOWNS):  # "Among them were two J-16s": all parts of a total
        marks.parts.insert(0, 0)
    _group(words, claims)
    window = states_window(words)
    _scope(words, claims, marks, days, window)
    for claim in claims:
        # A tally of occasions ("5,709 times in 2025", "52 times over the year") counts over a
        # period, never one day's craft; what points back to it ("Of those, 3,764") is too.
        claim.cumulative = claim.cumulative or words[claim.last].low == "times"
        if claim.count and claim.craft is not None:  # none counted is no count to point back to
            mentions.append(
                Mention(claim.first, claim.craft, claim.ships, claim.count, claim.cumulative)
            )
    mentions.sort(key=lambda mention: mention.position)
    zones = [(p, z) for p, z, negated in marks.zones if z is not None and not negated]
    around = any(z == "around Taiwan" for _, z in zones)
    announces = bool(words) and words[-1].low == ":"
    if announces:  # "the following activity around Taiwan:" is where the craft listed were
        zones += [(position, "around Taiwan") for position in marks.event_zones]
    return Reading(
        claims, mentions, zones, marks.places, around, bool(marks.outside), window, announces
    )


def _labelled_line(words: list[Token]) -> Claim | None:
    """A line of a list that a report announces with a colon: "PLA aircraft: 12", "Official
    ships: 2", "• Aircraft detected: 34". The label is the craft, the number its count; a
    label that names zones and no craft ("Of which crossed the median line and entered the
    ADIZ: 22", "Crossed median line and entered the ADIZ: 13") gives them to the craft of the
    line before."""
    start = bullet(words)  # "• PLA aircraft: 17 sorties", "2. PLA aircraft: 18 sorties"
    if start + 1 < len(words) and head_at(words, start) is None:
        if words[start].low == "of" and words[start + 1].low not in w.PARTITIVE_OBJECTS:
            return None
        colon = next((i for i in range(start, len(words)) if words[i].low == ":"), None)
        found = (
            number_at(words, colon + 1) if colon is not None and colon + 1 < len(words) else None
        )
        if colon is None or found is None or found[1] + 1 < len(words) - (words[-1].low == "."):
            return None
        zones = [z for i in range(start, colon) if (z := _zone_at(words, i)) is not None]
        if not zones:
            return None
        claim = Claim(colon, found[1], found[0], None, labelled=True, bulleted=bool(start))
        claim.zones = [label for label, _ in zones]
        return claim
    head = head_at(words, start)
    if head is None or head.craft is None:
        return None
    rest = words[head.last + 1 :]
    rest = rest[1:] if rest and rest[0].low in w.DETECTIONS else rest  # "Aircraft detected: 34"
    rest = rest[:-1] if rest[-1:] and rest[-1].low == "." else rest
    found = number_at(rest, 1) if len(rest) >= 2 and rest[0].low == ":" else None
    if found is None or not (found[1] + 1 == len(rest) or _names_craft(rest, found[1] + 1)):
        return None
    claim = Claim(0, found[1], found[0], head.craft, head.ships, head.unmanned, labelled=True)
    claim.bulleted = bool(start)
    return claim


def _names_craft(words: list[Token], i: int) -> bool:
    """Whether words from i to the end name craft only ("17 sorties")."""
    head = head_at(words, i)
    return head is not None and head.last + 1 == len(words)


def _read_at(
    words: list[Token],
    i: int,
    blocked: set[int],
    marks: _Marks,
    claims: list[Claim],
    mentions: list[Mention],
) -> int:
    """Read what starts at token i; return where the next reading starts."""
    low = words[i].low
    zone = _zone_at(words, i)
    if zone is not None:
        label, length = zone
        if label == "around Taiwan" and any(t.low in w.EVENTS for t in words[max(0, i - 2) : i]):
            marks.event_zones.append(i)
            return i + 1  # "Taiwan" is still a place named
        if label == "around Taiwan":
            marks.places.append((i, "Taiwan"))
            if marks.zone_end == i:  # "in the ADIZ off the island's southwest": where it lies
                return i + length
        marks.zones.append((i, label, _negated(words, i)))
        marks.zone_end = i + length
        return i + length
    compared = bool(marks.comparisons) and i - marks.comparisons[-1] <= _COMPARISON_REACH
    listing = bool(claims) and claims[-1].count is not None
    if (claim := _claim_at(words, i, blocked, compared, listing)) is not None:
        if claim.craft is None and words[claim.last].low == "times" and mentions:
            named = mentions[-1]  # "Chinese military aircraft were detected ... 5,709 times"
            claim.craft, claim.ships = named.craft, named.ships
        claim.foreign = claim.foreign or counts_own_craft(words, claim.first, claim.last)
        claim.additive = next_is(words, claim.last, "others") or (
            claim.first > 0 and words[claim.first - 1].low == "another"
        )
        if not claim.foreign:
            claim.along = _phrase_before(words, claim.first, w.ALONG)
            claims.append(claim)
        return claim.last + 1
    start = i + (low == "the")
    if (head := head_at(words, start)) is not None:  # a craft named without a count
        if head.craft is not None:
            if start > i and _subject(words, i, head.last):
                claim = Claim(i, head.last, None, head.craft, head.ships, head.unmanned)
                claim.reference = True
                claims.append(claim)
            else:
                mentions.append(Mention(start, head.craft, head.ships, None))
                if names_a_type(words, i, head.last):
                    marks.types.append(head.last)
        return head.last + 1
    if low in w.PLACES:
        marks.places.append((i, w.PLACES[low]))
    elif low in w.OUTSIDE and (low != "exclusive" or next_is(words, i, "economic")):
        marks.outside.append(i)
    elif _ends_clause(words, i):
        marks.cuts.append(i)
    elif low in w.DETECTIONS:
        marks.detections.append(i)
    if low in ("including", "among") or (low in ("and", "but") and i and words[i - 1].low == ","):
        marks.joins.append(i)
    if _cumulative_at(words, i):
        marks.cumulative.append(i)
    if (
        low in w.BREAKDOWN_VERBS
        and i
        and (craft_of(words[i - 1]) or words[i - 1].low in w.PARTITIVE_OBJECTS | {"detected"})
    ):
        marks.parts.append(i)
    if low in w.HEDGES and words[i].text != "May":  # the month is no guess
        marks.hedges.append(i)
    if low == ":":
        marks.colons.append(i)
    if low == "among" and i + 1 < len(words) and words[i + 1].low in w.PARTITIVE_OBJECTS:
        marks.among.append(i)
    # "among them J-16s and two drones", "The vessels -- ..., two destroyers": parts of a total
    if match(words, i, w.BREAKDOWNS) or (low in w.DASHES and i and craft_of(words[i - 1])):
        marks.parts.append(i)
    if match(words, i, w.ELLIPSES):
        marks.ellipses.append(i)
    if (length := match(words, i, w.DAY_BEFORE)) and not names_its_day(words, i + length, blocked):
        marks.day_before.append(i)
    if length := match(words, i, w.COMPARISONS):
        marks.comparisons.append(i + length)
    return i + 1


def _ends_clause(words: list[Token], i: int) -> bool:
    low = words[i].low
    if low in w.CLAUSE_ENDS or low in w.VAGUE or w.ORDINAL.fullmatch(low):
        return True
    return low in w.SUBORDINATORS and i > 0 and words[i - 1].low == ","


def _phrase_before(words: list[Token], i: int, phrases: w.Phrases) -> bool:
    return any(
        tuple(t.low for t in words[i - len(p) : i]) == p
        for candidates in phrases.values()
        for p in candidates
        if i >= len(p)
    )


# Zones


def _zone_at(words: list[Token], i: int) -> tuple[str | None, int] | None:
    length = match(words, i, w.ZONES)
    if length:
        return w.ZONE_PHRASES[tuple(t.low for t in words[i : i + length])], length
    if match(words, i, w.ZONE_ANAPHORS) and not next_is(words, i + 1, "of"):
        return None, 2
    preposition = match(words, i, w.AROUND_PREPOSITIONS)
    if preposition:
        start = i + preposition
        length = match(words, start, w.AROUND_OBJECTS)
        if length:
            end = words[start + length - 1]
            after = words[start + length].low if start + length < len(words) else ""
            # "off Taiwan's east coast" is around Taiwan; "around Taiwan's Kinmen" is not.
            coast = after in w.DIRECTIONS or after in ("coast", "coasts")
            if (coast or not end.possessive) and after != "strait":
                return "around Taiwan", preposition + length
    if words[i].low == "waters":  # "into waters to the north, east and south of Taiwan"
        j = i + 1
        while j < len(words) and j < i + 10 and words[j].low in w.DIRECTIONS:
            j += 1
        if j > i + 1 and j + 1 < len(words) and words[j].low == "of":
            if next_is(words, j, "taiwan"):
                return "around Taiwan", j + 2 - i
            if match(words, j + 1, w.THE_ISLAND):
                return "around Taiwan", j + 3 - i
    return None


def _negated(words: list[Token], i: int) -> bool:
    return any(t.low in w.ZONE_NEGATORS for t in words[max(0, i - w.NEGATOR_REACH) : i])


# Claims


def _nil_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """ "None of the aircraft", "no ships": a count of nought, read as a claim so that it has a
    scope of its own; what it says of a zone is then nobody's, not the count's before it."""
    low = words[i].low
    if low == "none" or (low == "no" and head_at(words, i + 1) is not None):
        return 0, i
    return None


def _claim_at(
    words: list[Token], i: int, blocked: set[int], compared: bool, listing: bool = False
) -> Claim | None:
    """A claim at i; `compared`: a comparison ends just before ("up from 25 on Tuesday"), so a
    bare number is a count of the craft compared; `listing`: a count of craft comes before, so
    "..., four on Tuesday and three from Kinmen's waters" count the same craft, its noun left
    out."""
    first = i
    i += match(words, i, w.APPROXIMATIONS)
    if i >= len(words) or i in blocked:
        return None
    if i > 0 and words[i - 1].low in w.NOT_COUNT_AFTER:
        return None
    found = number_at(words, i) or _nil_at(words, i)
    if found is None:
        return None
    count, end = found
    end = range_end(words, first, end)
    if end + 1 < len(words) and words[end + 1].low in ("%", "percent", "per"):
        return None
    after = end + 1
    out_of = after < len(words) and words[after].low == "out" and next_is(words, after, "of")
    if out_of or (after < len(words) and words[after].low == "of"):
        return _partitive(words, first, count, after + out_of + 1, out_of)
    head = head_at(words, after)
    if head is not None:
        claim = _counted(first, count, head)
        claim.reference = first > 0 and words[first - 1].low in w.DEFINITES
        return claim
    if _occasions(words, after):  # "were detected around Taiwan 5,709 times in 2025"
        return Claim(first, after, count, None)
    follower = after + (after < len(words) and words[after].low.endswith("ly"))
    if follower < len(words) and words[follower].low in w.BARE_FOLLOWERS:
        relative = words[follower].low in ("that", "which", "who")
        beyond = words[follower].low == "more"
        return Claim(first, end, count, None, relative=relative, beyond=beyond)
    if compared or (listing and elided(words, first, follower, blocked)):
        return Claim(first, end, count, None)
    return Claim(first, end, count, None, reference=True) if after_partitive(words, first) else None


def _occasions(words: list[Token], i: int) -> bool:
    """Whether "times" at i counts the occasions craft were seen ("detected 5,709 times in
    2025"), not a multiple ("three times as many", "twice the number")."""
    if i >= len(words) or words[i].low != "times":
        return False
    return i + 1 >= len(words) or words[i + 1].low not in w.MULTIPLIED


def _partitive(words: list[Token], first: int, count: int, i: int, out_of: bool) -> Claim | None:
    """A partitive: "10 of the 19 aircraft", "22 out of 32 aircraft", "19 of them"."""
    if i < len(words) and words[i].low in w.PARTITIVE_OBJECTS:
        pronoun = words[i].low != "the"
        i += 1
    elif not out_of:
        return None
    else:
        pronoun = False
    if not pronoun and i < len(words) and (total := number_at(words, i)) is not None:
        i = total[1] + 1
        pronoun = i >= len(words) or head_at(words, i) is None  # "one of the four"
    if pronoun:  # "19 of them"; "13 of which aircraft" names its craft
        head = head_at(words, i)
        if head is not None and head.craft is not None:
            claim = _counted(first, count, head)
            claim.reference = True
            return claim
        return Claim(first, i - 1, count, None, reference=True)
    head = head_at(words, i)
    if head is None:
        return None  # "471 of the scrambles"
    claim = _counted(first, count, head)
    claim.reference = True
    return claim


def _counted(first: int, count: int, head: "Head") -> Claim:
    return Claim(
        first, head.last, count, head.craft, head.ships, head.unmanned,
        foreign=head.craft is None,
    )  # fmt: skip


def _subject(words: list[Token], the: int, last: int) -> bool:
    """Whether "the aircraft" is the subject of a clause ("The ministry says the aircraft ...
    flew into"): then it means the craft counted before, all of them."""
    subject = the == 0 or words[the - 1].low in (",", "that", "said", "says")
    plural = words[last].low.endswith("s") or words[last].low == "aircraft"
    return subject and plural and not next_is(words, last, "of")


def _cumulative_at(words: list[Token], i: int) -> bool:
    if (
        match(words, i, w.CUMULATIVE)
        or _span_at(words, i)
        or w.SPAN_ADJECTIVE.fullmatch(words[i].low)
        or _recalls_a_period(words, i)
    ):
        return True
    if words[i].low not in w.PERIOD_PREPOSITIONS or i + 1 >= len(words):
        return False
    nxt = words[i + 1].low
    if nxt in w.MONTHS:  # "in October", "in August 2022", not "on Oct. 5" (that is a day)
        later = words[i + 2 : i + 4]
        return not any(t.text.isdigit() and len(t.text) <= 2 for t in later)
    if w.YEAR.fullmatch(nxt):
        return True
    return words[i].low == "since" and (nxt in w.WEEKDAYS or nxt in ("last", "the"))


def _recalls_a_period(words: list[Token], i: int) -> bool:
    """Whether "when" at i recalls a month or a year named shortly before: "The record remains
    October 2024, when 153 aircraft were tracked", "The busiest month was April, during the
    drills, when 72 aircraft ...": a peak of another period, no count of the report's day."""
    if words[i].low != "when":
        return False
    for j in range(i - 1, max(-1, i - _PERIOD_REACH), -1):
        low = words[j].low
        if w.YEAR.fullmatch(low):
            return True
        if low in w.MONTHS and words[j].text[:1].isupper():
            later = words[j + 1 : j + 3]
            return not any(t.text.isdigit() and len(t.text) <= 2 for t in later)
    return False


def _span_at(words: list[Token], i: int) -> bool:
    """A span longer than the report's day: "over the three days", "in the past week", "during
    the last two months". "In the previous 24 hours" is the day itself."""
    if words[i].low not in w.SPAN_PREPOSITIONS:
        return False
    j = i + 1 + next_is(words, i, "the")
    j += j < len(words) and words[j].low in w.SPAN_RECENT
    length = number_at(words, j) if j < len(words) else None
    if length is not None:
        j = length[1] + 1
    if j >= len(words) or words[j].low not in w.SPAN_UNITS or match(words, j + 1, w.STREAKS):
        return False
    return words[j].low not in ("day", "days") or length is None or length[0] > 1


# Groups and scopes


def _group(words: list[Token], claims: list[Claim]) -> None:
    """Claims joined by commas and "and" share their zone: "28 aircraft and 7 ships around".
    A nought has a scope of its own: in "9 aircraft and eight ships, and none of the aircraft
    entered the ADIZ" the zone is nobody's."""
    for index, claim in enumerate(claims):
        claim.group = index
        if index == 0 or claim.craft is None or not claim.count or claim.relative:
            continue
        before = claims[index - 1]
        if _only_connectors(words, before.last + 1, claim.first):
            claim.group = before.group


def _only_connectors(words: list[Token], start: int, end: int) -> bool:
    i = start
    while i < end:
        if words[i].low in (",", "and"):
            i += 1
        elif length := match(words, i, w.ALONG):
            i += length
        else:
            return False
    return True


def _scope(
    words: list[Token], claims: list[Claim], marks: _Marks, days: dict[int, date], window: bool
) -> None:
    """Give each group the zones, places and markers its scope holds. Marks are in order and
    scopes do not overlap, so each lookup is a binary search. A count is a sighting when a
    verb of sighting follows it ("were also spotted"), or when the sentence opens with one and
    lists what was seen ("the ministry also detected 17 aircraft, ..., and six navy vessels"),
    or states a report's window ("sent 36 aircraft toward Taiwan over the past 24 hours")."""
    sighting = window or bool(claims and _sighted(marks, claims[0].first))
    day_at = sorted(days)
    several_days = len(set(days.values())) > 1
    windows = window_ends(words, days)
    window_at = [position for position, _ in windows]
    zone_at = [p for p, _, _ in marks.zones]
    place_at = [p for p, _ in marks.places]
    previous_end = 0
    group_start = 0
    for index, claim in enumerate(claims):
        if index + 1 < len(claims) and claims[index + 1].group == claim.group:
            continue
        members = claims[group_start : index + 1]
        group_start = index + 1
        start = claim.last + 1
        end = claims[index + 1].first if index + 1 < len(claims) else len(words)
        next_first = end
        cut = bisect_left(marks.cuts, start)
        if cut < len(marks.cuts):
            end = min(end, marks.cuts[cut])
        zones = marks.zones[bisect_left(zone_at, start) : bisect_left(zone_at, end)]
        fired = claim.craft == "missiles" and not _any_between(marks.outside, start, end)
        if _any_between(marks.event_zones, start, end) and (fired or _joins(words, start)):
            zones = [*zones, (start, "around Taiwan", False)]
        if fired and not zones and _fell_near_taiwan(marks, start, next_first):
            zones = [(start, "around Taiwan", False)]
        places = marks.places[bisect_left(place_at, start) : bisect_left(place_at, end)]
        first = members[0].first
        colon = bisect_left(marks.colons, first)
        if not zones and colon:  # "in the contiguous zone ...: four ships on Monday, ..."
            zones = marks.zones[: bisect_left(zone_at, marks.colons[colon - 1])]
        joins_before = bisect_left(marks.joins, first)
        clause = max(previous_end, marks.joins[joins_before - 1] if joins_before else 0)
        # A part is announced after the claim before ("The vessels -- ..., two destroyers").
        announced = min(
            clause,
            claims[group_start - len(members) - 1].last + 1 if group_start > len(members) else 0,
        )
        for member in members:
            member.zones = list(dict.fromkeys(z for _, z, negated in zones if not negated))
            # "..., while five others flew into the southeast": another sector of the zone.
            if not zones and claim.additive and any(t.low in w.SECTORS for t in words[start:end]):
                member.zones = [None]
            member.places = [place for _, place in places]
            member.outside = _any_between(marks.outside, start, end)
            member.cumulative = _any_between(marks.cumulative, clause, end)
            member.part = not member.relative and _any_between(marks.parts, announced, first)
            member.hedged = _any_between(marks.hedges, clause, end)
            # "J-16 fighters, a KJ-500 and two CH-4 drones were among those tracked", "the map
            # showed J-16 fighters ... and two drones": kinds in a total, not counts beside it.
            member.part = member.part or _any_between(marks.among, start, end)
            member.part = member.part or ends_a_list_of_kinds(words, marks.types, clause, first)
            member.ellipsis = _any_between(marks.ellipses, start, end)
            member.detected = sighting or _any_between(marks.detections, first, end)
            member.day_before = _any_between(marks.day_before, 0, first)
            # "down from a peak of 96 aircraft on Tuesday": a comparison ends a few words
            # before its figure, and the figure counts for the day it names, if any.
            member.compared = _any_between(marks.comparisons, first - _COMPARISON_REACH, first + 1)
            # "four ships on Monday, four on Tuesday": in a sentence of several days, a count
            # followed by its day is of that day.
            # "17 aircraft between 6 a.m. Saturday and 6 a.m. Sunday, and 12 aircraft between
            # ...": each count takes the day of the window that follows it.
            following = bisect_left(window_at, start)
            if following < len(windows) and window_at[following] < next_first:
                member.day = windows[following][1]
            written = bisect_left(day_at, start)
            if written < len(day_at) and day_at[written] < end:
                own_day = _day_follows(words, start) == day_at[written]
                if member.compared or (own_day and several_days):
                    member.day = days[day_at[written]]
        previous_end = end


def _day_follows(words: list[Token], i: int) -> int:
    """Where the day of a count ending before i would be written: right after it ("four on
    Tuesday") or after its zone ("18 aircraft and eight ships around the island on Monday")."""
    zone = _zone_at(words, i)
    i += zone[1] if zone is not None else 0
    return i + next_is(words, i - 1, "on")


def _fell_near_taiwan(marks: _Marks, start: int, end: int) -> bool:
    """Whether missiles counted before `start` fell in Taiwan's own waters before `end`,
    whatever clause tells it ("27 rockets fired from Pingtan, most of which fell within
    Taiwan's contiguous zone"): a missile's only zone at Taiwan is around it."""
    places = {place for position, place in marks.places if start <= position < end}
    waters = any(
        zone not in w.AIR_ZONES and not negated
        for position, zone, negated in marks.zones
        if start <= position < end
    )
    outside = _any_between(marks.outside, start, end)
    return waters and places == {"Taiwan"} and not outside


def _sighted(marks: _Marks, first: int) -> bool:
    """Whether a verb of sighting before the sentence's first count governs it: "the ministry
    detected 17 aircraft", not "those detected included 10 J-16s" (a breakdown of them)."""
    before = bisect_left(marks.detections, first)
    return before > 0 and not _any_between(marks.cuts, marks.detections[before - 1], first)


def _joins(words: list[Token], i: int) -> bool:
    """Whether the verb of the craft counted before i has them take part in an event ("14
    coast guard ships had also joined patrols near the island"): then the event's place is
    theirs. Elsewhere "drills around Taiwan" places the drills, not the craft counted beside
    them ("J-16s flew during drills around Taiwan"). Missiles are fired in the drills, so the
    drills' place is theirs ("seven missiles launched during exercises around Taiwan") unless
    they fell elsewhere ("... landed in Japan's EEZ")."""
    while i < len(words) and (words[i].low in w.AUXILIARIES or words[i].low.endswith("ly")):
        i += 1
    return i < len(words) and words[i].low in w.PARTICIPATION


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a mark lies in [start, end); `positions` is sorted."""
    found = bisect_left(positions, start)
    return found < len(positions) and positions[found] < end
