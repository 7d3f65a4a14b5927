"""Counts analysts chart: "28 Chinese aircraft entered Taiwan's ADIZ on 15 June" becomes
Incursion(count=28, what="aircraft", zone="ADIZ", place="Taiwan", day=2026-06-15).

The rules are those of docs/evaluation-sets.md: only numbers the text states; the total around
Taiwan is a fact of its own; a count that crossed the median line and entered the ADIZ is one
fact per zone; a breakdown of a total ("including 19 J-16s") is none, unless it is all the text
gives (then the parts add up); cumulative figures and places outside the list give none; a
figure repeated in the headline, the lede and the body is one fact, and one craft in one zone
on one day has one figure.

Each sentence is read by the grammar in incursion_grammar.py; this module follows the article
from sentence to sentence, for what the grammar leaves open: the craft of "19 of them", the count
of "the aircraft", the zone of "the zone", the place of "in the contiguous zone" in a story about
the Senkakus, and the day of a sentence that writes none. Pure and linear in the text's length.
"""

import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .incursion_asides import without_asides
from .incursion_claims import Claim, Mention, Reading
from .incursion_grammar import read_sentence
from .incursion_reports import headline_only, is_headline, reports_a_day
from .incursion_tables import numbered_lines, table_rows
from .incursion_tokens import (
    clause_days,
    date_tokens,
    opens_an_entry,
    opens_with_its_day,
    recalls_a_day,
    sentence_day,
    tokenize,
    window_ends,
    window_named,
    written_dates,
)
from .incursion_words import AIR_ZONES, SEA_PLACES

CHINA = re.compile(r"\b(?:China|Chinese|PLA|PLAN|PRC|Beijing|CCG)\b")
_ZONE_HINT = re.compile(
    r"\bADIZ\b|air[ -]defen[cs]e|median line|cent(?:re|er) line|mid-?line|contiguous|territorial"
    r"|restricted|prohibited|Japanese waters|\bwaters\b"
    r"|\b(?:around|near|off|surrounding|towards?)\s+(?:Taiwan|the island|island|the country"
    r"|the nation|its)|\b(?:tracked|detected|spotted|counted)\b"
    r"|\b(?:24|twenty-four)[ -]hours?\b|\bmidpoint\b|\bvicinity\b|\d ?a\.?m\b",
    re.I,
)

_WEEK = timedelta(days=7)  # rule 8: a day written at most a week from the report's


@dataclass(frozen=True)
class Incursion:
    count: int
    what: str  # one of vocabulary.WHAT
    zone: str  # one of vocabulary.ZONES
    place: str  # one of vocabulary.PLACES
    day: date
    evidence: str  # the sentence it came from


def may_report_incursions(text: str) -> bool:
    """A cheap test first: most articles name no zone, and need not be read."""
    return bool(CHINA.search(text)) and bool(_ZONE_HINT.search(text))


def find_incursions(sentences: list[str], published: datetime) -> list[Incursion]:
    """Facts from the article's sentences, in order (the headline first, if any).

    A sentence without a day of its own takes the last one written before it, and the headline
    and lede before any date take the first that a counting sentence writes: reports give the
    day once ("on 24 November, ...") and repeat or break down the numbers around it, and a
    later sentence that counts nothing ("Lai met lawmakers on Thursday") is about something
    else.
    """
    if not CHINA.search("".join(sentences)):
        return []
    sentences = table_rows(numbered_lines(sentences))
    readings = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        dates = written_dates(tokens, published.date())
        reading = read_sentence(tokens, date_tokens(dates))
        ends = [end for _, end in window_ends(tokens, date_tokens(dates))]
        period = (ends, window_named(tokens))
        # "21 aircraft ..., down from a peak of 49 aircraft on Friday": Friday is the day of
        # the figure compared, not of the sentence.
        compared = {claim.day for claim in reading.claims if claim.compared}
        own_dates = [written for written in dates if written.day not in compared]
        # "On Sunday, four ships entered ..., and on Wednesday a drone flew": each count is
        # of the day that opens its clause.
        if (clauses := clause_days(tokens, own_dates)) and reading.claims:
            visible = without_asides(tokens)
            for claim in reading.claims:
                joined = [d.day for d in clauses[1:] if d.first < visible[claim.first]]
                claim.day = claim.day or (joined[-1] if joined else None)
            own_dates = clauses[:1]
        reading.entry = opens_an_entry(tokens, dates)  # "Tue. Aug. 12 - 26 aircraft, 8 ships"
        dated = (sentence_day(own_dates), reading.entry or opens_with_its_day(tokens, dates))
        readings.append((sentence, reading, dated, recalls_a_day(tokens, dates), period))
    # A day recalled ("the busiest was March 2, when it tracked 61 aircraft") is not the report's.
    counting = (
        day for _, reading, (day, _), recall, _ in readings if day and reading.claims and not recall
    )
    day = next(counting, None) or published.date()
    story = _Story(
        daily=reports_a_day([reading for _, reading, _, recall, _ in readings if not recall]),
        headline_only=headline_only([reading for _, reading, *_ in readings[1:]]),
    )
    facts: list[tuple[bool, Incursion]] = []
    windows: list[date] = []  # the ends of the windows of the last sentence that gave several
    for index, (sentence, reading, (written, heading), _, (stated, named)) in enumerate(readings):
        windows = stated or windows
        # A sentence that names another day than the report's, and no report window of its
        # own, recalls that day ("lower than on Sept. 10, when it tracked 45 aircraft"); one
        # that opens with a day of the week before ("Monday, June 2 — 12 aircraft", "On
        # Tuesday, 45 aircraft ...") reports that day, as a day-by-day story does (rule 8).
        # Rule 8's week counts from the story's date too, not only from the last day named.
        near = [day, published.date()]
        recent = heading and written is not None and any(abs(d - written) <= _WEEK for d in near)
        recalled = written not in (None, day) and not reading.window and not recent
        day = written or day
        headline = index == 0 and is_headline(sentence, len(sentences))
        # "Of the 17 aircraft in the first period, ...": the day of the 17, for this sentence.
        own = (written is None and story.day_pointed_to(reading)) or day
        # "In the first period, 14 of the aircraft crossed ...": the day that window ended.
        if written is None and named is not None and named < len(windows):
            own = windows[named]
        # "Navy vessels numbered nine and eleven in the two periods, respectively": each count
        # is of the window the story stated in the same place, in order.
        if written is None and "respectively" in sentence and len(reading.claims) == len(windows):
            for claim, end in zip(reading.claims, windows, strict=True):
                claim.day = end
        found = story.read(reading, own, sentence.strip(), headline, recalled)
        facts += [(headline, fact) for fact in found]
    return _one_figure_each(facts)


def _one_figure_each(facts: list[tuple[bool, Incursion]]) -> list[Incursion]:
    """One fact per craft, zone, place and day, as analysts chart them: the first figure the
    body states, else the headline's (headlines round and shorten). A report states the day's
    figure first; a later one for the same craft, zone and day is a breakdown of it ("the other
    two aircraft"), a recall, or a total over more days, whatever wording let it through."""
    chosen: dict[tuple[str, str, str, date], tuple[bool, Incursion]] = {}
    for headline, fact in facts:
        key = (fact.what, fact.zone, fact.place, fact.day)
        if key not in chosen or (chosen[key][0] and not headline):
            chosen[key] = (headline, fact)
    kept = {id(fact) for _, fact in chosen.values()}
    return [fact for _, fact in facts if id(fact) in kept]


@dataclass
class _Story:
    """What the sentences read so far said, as far as later claims point back to it. It keeps
    one craft per class, so resolving a claim costs the same in any article."""

    named: dict[str, tuple[int, Mention]] = field(default_factory=dict)  # craft: last named
    counted: dict[str, Mention] = field(default_factory=dict)  # craft: last counted
    order: int = 0
    zone: str | None = None  # the last zone called a zone, for "the zone"
    sea_place: str | None = None  # the last of the Senkakus, Kinmen and Matsu named
    around: bool = False  # "around Taiwan" or a report's window was said: a ministry's report
    measures: set[tuple[str, str, str]] = field(default_factory=set)  # of its own day's facts
    listed: list[str] | None = None  # the zones of a list announced with a colon, while open
    daily: bool = False  # the story reports a day's activity around Taiwan (reports_a_day)
    headline_only: bool = False  # the body counts no craft: the headline's are the totals
    days_of: dict[tuple[str, int], date] = field(default_factory=dict)  # craft, count: day
    tallying: bool = False  # the last sentence that counted counted a period's tallies only

    def read(
        self, reading: Reading, day: date, evidence: str, headline: bool, recalled: bool
    ) -> list[Incursion]:
        """The facts of one sentence; then the sentence is part of the story."""
        context = _Sentence(reading, headline, recalled)
        sums: dict[tuple[int, str, str, str], int] = {}
        resolved: list[str] = []
        for claim in reading.claims:
            self._absorb(context, claim.first)
            zones = self._zones(context, claim, resolved)
            # "four balloons, two of which crossed ..., along with eight aircraft": not the 2's
            if not (claim.reference and claim.craft is None):
                resolved = zones
            craft, ships, count, cumulative = self._antecedent(claim, zones)
            # "286 aircraft in October, ... Navy vessels totaled 212": the month's tally still.
            cumulative = cumulative or (claim.totalled and self.tallying and not reading.window)
            if craft is None or count is None or count <= 0 or cumulative or claim.cumulative:
                continue
            if claim.part or claim.untold:  # "the aircraft included ... a drone": the total
                continue  # has it already; "without saying how many": no count at all
            if claim.compared and claim.day is None:
                continue  # "up from 20 the week before": a figure of no day the text names
            if claim.count is None and self.days_of.get((craft, count), day) != day:
                continue  # "The ships entered the waters on Saturday": when today's came
            for zone in zones:
                place = self._place(context, claim, zone)
                if place is not None:
                    what = _what(craft, ships, claim.unmanned, zone)
                    key = (claim.group, what, zone, place)
                    # "16 entered the ADIZ, while four others flew into the southeast of the
                    # zone": one ADIZ fact of 20, as for sectors reached by one group.
                    earlier = [k for k in sums if k[1:] == key[1:]]
                    if claim.additive and earlier:
                        key = earlier[-1]
                    sums[key] = sums.get(key, 0) + count  # "12 J-16s and four H-6Ks": 16
        self._absorb(context, sys.maxsize)  # the rest of the sentence
        counts = [claim.cumulative for claim in reading.claims if claim.count]
        self.tallying = all(counts) if counts else self.tallying
        self.around = self.around or reading.around or reading.window
        if reading.announces:
            self.listed = [zone for _, zone in reading.zones]
        elif not any(claim.labelled for claim in reading.claims):
            self.listed = None
        # "The latest sorties came a day after the ministry reported 45 aircraft": once the
        # story has its own day's figure of a measure, one recalled from the day before is
        # background; "three ships entered waters off Matsu on Monday, a day after two others
        # entered those off Kinmen" is another measure, a fact of the day before.
        self.measures |= {key[1:] for key in sums if key[0] not in context.day_before}
        sums = {
            key: count
            for key, count in sums.items()
            if key[0] not in context.day_before or key[1:] not in self.measures
        }
        days = {group: day - timedelta(days=1) for group in context.day_before}
        days |= {claim.group: claim.day for claim in reading.claims if claim.day is not None}
        for claim in reading.claims:
            if claim.craft is not None and claim.count and not claim.reference:
                self.days_of[(claim.craft, claim.count)] = days.get(claim.group, day)
        return [
            Incursion(count, what, zone, place, days.get(group, day), evidence)
            for (group, what, zone, place), count in sums.items()
        ]

    def day_pointed_to(self, reading: Reading) -> date | None:
        """The day of the count a sentence points back to: "Of the 17 aircraft in the first
        period, 10 crossed ..." is about the day the 17 were counted for."""
        for claim in reading.claims:
            if claim.reference and claim.craft is not None and claim.count:
                return self.days_of.get((claim.craft, claim.count))
        return None

    def _absorb(self, context: "_Sentence", position: int) -> None:
        """Take in what the sentence said before `position`."""
        mentions, zones, places = context.reading.mentions, context.reading.zones, context.places
        while context.mention < len(mentions) and mentions[context.mention].position < position:
            mention = mentions[context.mention]
            self.order += 1
            self.named[mention.craft] = (self.order, mention)
            if mention.count is not None:
                self.counted[mention.craft] = mention
            context.mention += 1
        while context.zone < len(zones) and zones[context.zone][0] < position:
            zone = zones[context.zone][1]
            context.last_zone = zone
            if zone in ("ADIZ", "contiguous zone"):
                self.zone = zone
            context.zone += 1
        while context.place < len(places) and places[context.place][0] < position:
            if places[context.place][1] in SEA_PLACES:
                self.sea_place = places[context.place][1]
            context.place += 1

    def _zones(self, context: "_Sentence", claim: Claim, resolved: list[str]) -> list[str]:
        named = [zone or self.zone for zone in claim.zones]
        zones = _fitting(claim, [zone for zone in named if zone is not None])
        if zones:
            return zones
        if claim.labelled:  # "PLA aircraft: 12" under "... activity around the island:"
            if self.listed is None:  # no list is open: a bulletin's lines, if the story is one
                return self._reported(context) if self.daily and claim.bulleted else []
            return list(dict.fromkeys(self.listed)) or self._reported(context)
        if claim.ellipsis and context.last_zone:  # "and two more had done so"
            return [context.last_zone]
        # "Six ships entered prohibited waters ..., four of them near Kinmen and two near
        # Matsu", "... and two had entered those off Matsu": the waters before, at its place.
        last = context.last_zone
        at_sea = {place for place in claim.places if place in SEA_PLACES}
        if at_sea and last is not None and last not in AIR_ZONES:
            restricted = bool(at_sea & {"Kinmen", "Matsu"})  # the only places with such waters
            if restricted == (last == "restricted waters"):
                return [last]
        along = _fitting(claim, resolved)  # "21 aircraft, 14 of which entered the ADIZ, as
        if (claim.along or claim.compared) and along:  # well as seven ships": not the ADIZ
            return along
        if claim.reference or claim.hedged or claim.count is None:
            return []  # a part or a repeat of a total, or a plan: no total of its own
        if claim.craft == "missiles":  # a day's report counts craft; a missile needs its zone
            return []
        told = claim.detected or self.daily or (context.headline and self.headline_only)
        return self._reported(context) if told else []

    def _reported(self, context: "_Sentence") -> list[str]:
        """The zone of a count a defence ministry's report gives with no zone ("Four official
        ships were also spotted", "PLA aircraft: 12"): its totals are around Taiwan, on its own
        day only. In a story that reports a day's activity around Taiwan, every count of
        Chinese craft with no zone, place or other scope of its own is such a total."""
        reading = context.reading
        reported = self.daily or self.around or reading.around or reading.window
        reported = reported or (context.headline and self.headline_only)
        if not reported or (context.headline and not self.headline_only) or context.elsewhere:
            return []
        return [] if context.recalled else ["around Taiwan"]

    def _antecedent(
        self, claim: Claim, zones: list[str]
    ) -> tuple[str | None, str | None, int | None, bool]:
        """(craft, ships, count, cumulative) of a claim, from the craft named before it when it
        names none: "19 of them" takes the last craft that can be in its zone (aircraft for
        the ADIZ, ships for waters); "the aircraft" takes the count of the last aircraft."""
        if claim.craft is None:
            fitting = [named for craft, named in self.named.items() if _fits(craft, zones)]
            if not fitting:
                return None, None, None, False
            # "Balloons: 1 / Entered ADIZ (north, southwest): 4": a bulletin's zone line is
            # of its aircraft, wherever their line stands.
            air = [named for named in fitting if claim.labelled and named[1].craft == "air"]
            _, last = max(air or fitting, key=lambda named: named[0])
            # "Of those, 3,764 entered the ADIZ" is part of a year's tally, and as cumulative;
            # "two more had done so earlier in the day" is not, nor a part given its own day
            # ("71 aircraft over 48 hours: 33 in the 24 hours ending at 6 a.m. Saturday").
            beyond = claim.beyond or claim.day is not None
            # "412 aircraft in November. Of the aircraft, 276 crossed": the 412, cumulative
            counted = self.counted.get(last.craft) if last.count is None else last
            cumulative = counted is not None and counted.cumulative and not beyond
            return last.craft, last.ships, claim.count, cumulative
        if claim.count is None:
            counted = self.counted.get(claim.craft)
            if counted is None:
                return None, None, None, False
            return claim.craft, claim.ships or counted.ships, counted.count, counted.cumulative
        return claim.craft, claim.ships, claim.count, False

    def _place(self, context: "_Sentence", claim: Claim, zone: str) -> str | None:
        if zone in AIR_ZONES:
            foreign = context.reading.outside and "Taiwan" not in context.named_places
            return None if foreign else "Taiwan"
        named = [p for p in claim.places if p in SEA_PLACES] or claim.places
        place: str | None
        if named:
            place = named[0]
        elif claim.outside:
            return None  # "restricted waters around Pratas Island"
        else:
            place = self.sea_place
        if zone == "restricted waters" and place not in ("Kinmen", "Matsu"):
            return None
        return place


@dataclass
class _Sentence:
    """One sentence being read, with how far into it the story has got."""

    reading: Reading
    headline: bool
    recalled: bool  # the sentence is about another day than the report's
    mention: int = 0
    zone: int = 0
    place: int = 0
    last_zone: str | None = None  # the last zone named in the sentence so far
    places: list[tuple[int, str]] = field(init=False)
    named_places: set[str] = field(init=False)
    elsewhere: bool = field(init=False)
    day_before: set[int] = field(init=False)  # groups after "a day after"

    def __post_init__(self) -> None:
        self.places = self.reading.places
        self.named_places = {place for _, place in self.places}
        # A sentence about the Senkakus, Kinmen or somewhere outside the list is no sighting
        # around Taiwan, whatever its verbs.
        self.elsewhere = self.reading.outside or bool(self.named_places & SEA_PLACES)
        self.day_before = {claim.group for claim in self.reading.claims if claim.day_before}


def _fitting(claim: Claim, zones: list[str]) -> list[str]:
    """The zones the claim's craft can be in, once each: ships are never in an air defence
    zone nor counted across the median line, whatever clause before gave it ("34 aircraft, 9
    ships; 22 cross median line" are aircraft)."""
    if claim.craft is None:
        return list(dict.fromkeys(zones))
    return list(dict.fromkeys(zone for zone in zones if _fits(claim.craft, [zone])))


def _fits(craft: str, zones: list[str]) -> bool:
    if "ADIZ" in zones or "median line" in zones:  # what a defence report has cross the line
        return craft in ("air", "drones", "balloons")
    if any(zone not in AIR_ZONES for zone in zones):
        return craft == "ships"
    return True


def _what(craft: str, ships: str | None, unmanned: bool, zone: str) -> str:
    if craft == "air":
        return "drones" if unmanned else "aircraft"
    if craft == "ships":  # unqualified: navy ships in a defence report, else government ships
        return ships or ("navy vessels" if zone in AIR_ZONES else "official ships")
    return craft
