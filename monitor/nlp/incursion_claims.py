"""What one sentence of an incursion report says, as the grammar reads it (incursion_grammar.py)
and the article resolves it (incursions.py): craft named or counted, the claims of counts with
what their scope holds, and the zones and places named, by token position."""

import sys
from dataclasses import dataclass, field
from datetime import date


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
    days_back: int = 1  # how many days "after" goes back: "two days after" is 2
    # "a day after the ministry said 12 ships had joined": an earlier report's figure (rule 8)
    reported_before: bool = False
    compared: bool = False  # "down from 96 aircraft on Tuesday": the measure before, another day
    day: date | None = None  # the day a compared figure names
    labelled: bool = False  # a line of a list, "PLA aircraft: 12": the list's zones
    bulleted: bool = False  # "• PLA aircraft: 17 sorties": a bulletin's line, listed or not
    item: bool = False  # "• Monday (Dec. 8): four vessels": a list's line that is no label
    part: bool = False  # after "the aircraft included": a part of the total, no fact
    # Craft counted before ("of the 13 aircraft", "the two ships", "one of the ships", "the
    # aircraft"): a part or a repeat of a total, never a total of its own where it has no zone.
    reference: bool = False
    trips: bool = False  # "nine of those flights": a share of the flights last counted
    fronted: bool = False  # "Of the vessels, nine crossed": a share of its partitive's craft
    hedged: bool = False  # a plan or a guess ("plans to fire four", "up to 10 could be"): no fact
    # "No leader would go to war over a drone entering the ADIZ": a count inside what a hedge
    # supposes, zone and all, is no sighting.
    supposed: bool = False
    additive: bool = False  # "while four others flew into the zone": more of the count before
    # "..., alongside a Y-8 plane": craft named after a phrase that adds them to the count
    # before, in its zone: more of its sum (rule 3), as "four others" are.
    joined: bool = False
    beyond: bool = False  # "two more had done so": beyond the count before, not a part of it
    restated: bool = False  # "on Friday it was four J-10s": the measure before, on another day
    # "The aircraft also entered the ADIZ, ..., without saying how many": the count of the
    # craft named before is not this claim's, and the text gives none.
    untold: bool = False
    # "Navy vessels totaled 212": a sum, of the period the sentence before tallied, if any.
    totalled: bool = False
    # "while two others loitered just outside the line": its scope says it reached no zone.
    short: bool = False
    # "Two ships left the waters on Monday": the count's verb is leaving, so the day written is
    # the stay's end; a later sentence may tell the day it began (rule 9, incursion_story.py).
    left: bool = False
    bounded: bool = False  # "more than 30": a bound, which an exact figure near it outranks
    articled: bool = False  # "a PLA Navy frigate": one craft, which a figure written outranks
    peak: bool = False  # a peak day recalled ("Quietest: Feb. 2, with three"): no report's day


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
    # The indices of the sentence's tokens outside its asides (incursion_asides.py), which the
    # claims' positions index: found once a sentence, for every rule that dates its counts.
    visible: list[int]
    entry: bool = False  # a tracker's line that opens with its day: "Mon. Aug. 11 - 14 aircraft"
    # The span of the counts' clauses: after the dateline ("JINCHENG, Kinmen — ..."), up to a
    # clause of contrast (", while Tokyo said ships sailed near Yonaguni") or a teller's after
    # every count (", the Kinmen Daily News reported"); the places outside it are not theirs.
    counts_from: int = 0
    counts_to: int = sys.maxsize
    # Its tellers are another state's ("Japan's defence ministry said it spotted ..."): its
    # counts with no zone are what that state saw, not a report around Taiwan.
    told_abroad: bool = False

    @property
    def counts_anew(self) -> bool:
        """Whether the sentence counts craft, not only names them uncounted ("The Chinese ships
        left on Thursday")."""
        return any(claim.count is not None for claim in self.claims)
