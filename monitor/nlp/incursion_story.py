"""The article as incursion_grammar.py's readings of its sentences build it up, and the facts
each sentence adds: what later claims point back to (the craft of "19 of them", the count of
"the aircraft", the zone of "the zone", the place of "in the contiguous zone" in a story about
the Senkakus), and the zones each claim's count is of (incursion_story_zones.py resolves them,
incursion_craft_zones.py says which a craft can be in and names it).
incursion_sentence_days.py decides the day of each sentence; incursions.py hands it here. It
keeps one craft per class, so resolving a claim costs the same in any article.
"""

import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

from .incursion_antecedents import antecedent
from .incursion_claims import Claim, Mention, Reading
from .incursion_craft_zones import charted_as
from .incursion_fact_places import fact_place
from .incursion_firings_told import days_of_firings
from .incursion_flight_shares import flown_before, may_count_trips, trips_counted
from .incursion_island_splits import of_both_islands, split_by_place
from .incursion_joined_tallies import joins_a_tally
from .incursion_narrower_shares import counted_around, narrows_a_total
from .incursion_paragraph_craft import craft_of_another_paragraph
from .incursion_sentence import Sentence
from .incursion_stay_entries import days_of_entries
from .incursion_stays_on import tells_ships_still_in
from .incursion_story_zones import zones_of_claim
from .incursion_tallies import beyond_any_day
from .incursion_tokens import tokenize
from .incursion_words import SEA_PLACES

_WEEK = timedelta(days=7)  # rule 8: the furthest a stay's other day may be


@dataclass(frozen=True)
class Incursion:
    count: int
    what: str  # one of vocabulary.WHAT
    zone: str  # one of vocabulary.ZONES
    place: str  # one of vocabulary.PLACES
    day: date
    evidence: str  # the sentence it came from


@dataclass
class Story:
    """What the sentences read so far said, as far as later claims point back to it. It keeps
    one craft per class, so resolving a claim costs the same in any article."""

    named: dict[str, tuple[int, Mention]] = field(default_factory=dict)  # craft: last named
    counted: dict[str, Mention] = field(default_factory=dict)  # craft: last counted
    order: int = 0
    zone: str | None = None  # the last zone called a zone, for "the zone"
    sea_place: str | None = None  # the last of the Senkakus, Kinmen and Matsu named
    senkakus: bool = False  # whether the Senkakus were named at all
    around: bool = False  # "around Taiwan" or a report's window was said: a ministry's report
    listed: list[str] | None = None  # the zones of a list announced with a colon, while open
    uncounted: list[str] = field(default_factory=list)  # zones of the sentence before, if it
    # counted nothing ("Ships entered Kinmen's restricted waters on two days this week.")
    uncounted_craft: set[str] = field(default_factory=set)  # the craft it named, if no headline
    uncounted_day: date | None = None  # and its day
    daily: bool = False  # the story reports a day's activity around Taiwan (reports_a_day)
    headline_only: bool = False  # the body counts no craft: the headline's are the totals
    days_of: dict[tuple[str, int], date] = field(default_factory=dict)  # craft, count: day
    tallying: bool = False  # the last sentence that counted counted a period's tallies only
    days_before: set[int] = field(default_factory=set)  # ids of facts "a day after" recalls
    # ids of those an earlier report gave ("a day after the ministry said 12 ships had joined")
    reports_before: set[int] = field(default_factory=set)
    # ids of those recalled beside an event that is no craft's ("The drill came a day after")
    recalled_beside: set[int] = field(default_factory=set)
    bounded: set[int] = field(default_factory=set)  # ids of facts read only from bounds
    articled: set[int] = field(default_factory=set)  # ids of facts read only from "a" ("an")
    # The sentence before counted ships in the restricted waters of Kinmen and Matsu together
    # ("Six ships entered restricted waters around Kinmen and Matsu"): this one may split them.
    both_islands: bool = False
    # Rule 9: the facts of ships the sentence before said left their waters ("Two ships left
    # the waters on Monday"), with their craft, and the days later sentences told they entered.
    stays: tuple[str, list[Incursion]] | None = None
    began: dict[int, date] = field(default_factory=dict)  # id of a stay's fact: the day it counts
    entered: list[Incursion] = field(default_factory=list)  # the sentence before's, by a sea place
    fired: list[Incursion] = field(default_factory=list)  # the sentence before's missiles
    # The zones the last count of a sentence before reached, for "On Sunday, 10 had done so."
    reached: list[str] = field(default_factory=list)
    last_totals: list[str] = field(default_factory=list)  # the last count that is no share's
    # The kinds of ships ("navy vessels", "official ships") the last sentence that counted
    # ships counted: "Of the vessels, ..." after both is a share of all of them.
    ship_kinds: set[str | None] = field(default_factory=set)
    # The craft the paragraph so far named or pointed back to ("four of them came inside ...
    # On Saturday there were three"): a count that names none takes them from it (rule 2).
    in_paragraph: set[str] = field(default_factory=set)
    flights_flown: bool | None = None  # whether the flights last counted were aircraft's

    def read(
        self, reading: Reading, day: date, evidence: str, headline: bool, recalled: bool
    ) -> list[Incursion]:
        """The facts of one sentence; then the sentence is part of the story."""
        context = Sentence(reading, headline, recalled)
        if tells_ships_still_in(evidence, reading):  # "They were still there" that day (rule 9)
            self.began |= {id(f): day for f in self.entered if f.day < day <= f.day + _WEEK}
        else:  # "The ships entered on Monday night and left on Wednesday": Monday's stay
            self.began |= days_of_entries(evidence, reading, self.entered)
        # "The ministry said the missiles were launched on Thursday": the day of those counted
        self.began |= days_of_firings(evidence, reading, day, self.fired)
        sums: dict[tuple[int, str, str, str], int] = {}
        exact: set[tuple[int, str, str, str]] = set()  # sums with a figure that is no bound
        written: set[tuple[int, str, str, str]] = set()  # sums with a figure not read from "a"
        resolved: list[str] = []
        # The zones of the last count that is no share of another: "29 aircraft, 20 of which
        # entered the ADIZ, as well as two drones" has the drones go along with the 29.
        totals: list[str] | None = None
        around: dict[str | None, int] = {}  # the most craft counted around Taiwan so far, by craft
        split = split_by_place(reading.claims)
        group_days: dict[int, date | None] = {}  # group: the day its first claim wrote, if any
        leaving: dict[int, str] = {}  # group: the craft of the ships it counted leaving
        tallied: list[bool] = []  # each count's being a tally, shares of one too, as resolved
        tallies: set[str | None] = set()  # the craft of the sentence's period totals
        trips = trips_counted(tokenize(evidence)) if may_count_trips(evidence) else []
        for claim in reading.claims:
            self._absorb(context, claim.first)
            # A subset's total holds it around Taiwan where the total was counted there.
            in_a_total = claim.relative and totals is not None and "around Taiwan" in totals
            zones = zones_of_claim(self, context, claim, resolved, totals, claim.day or day)
            # "four balloons, two of which crossed ..., along with eight aircraft": not the 2's
            if not (claim.reference and claim.craft is None):
                resolved = zones
            if not claim.reference and not narrows_a_total(claim, zones, around):
                totals = zones  # "with eleven aircraft crossing the median line" is a share
            counted_around(claim, zones, around)
            craft, ships, count, cumulative = antecedent(self.named, self.counted, claim, zones)
            if claim.craft is None and craft is not None:  # "About 140 were working ..."
                if craft_of_another_paragraph(claim, reading, craft, self.in_paragraph):
                    craft = None
                else:
                    self.in_paragraph.add(craft)
            at = reading.visible[claim.first] if claim.trips else 0  # "nine of those flights"
            if claim.trips and flown_before(trips, at, self.flights_flown) is False:
                craft = None  # an airline's, counted with no craft flying them
            if claim.fronted and claim.ships is None and len(self.ship_kinds) > 1:
                # "six navy ships and two coast guard cutters ... Of the vessels, five crossed":
                # the noun names both kinds, not the last counted; ships and vessels in a
                # defence ministry's report are its navy vessels (the guide's `what`).
                ships = "navy vessels" if self.around else None
            # "286 aircraft in October, ... Navy vessels totaled 212": the month's tally still.
            cumulative = cumulative or (claim.totalled and self.tallying and not reading.window)
            # "339 aircraft in January, with 130 of the aircraft entering the ADIZ": a share of
            # a period's total told in the same sentence is of that period too.
            cumulative = cumulative or (claim.reference and claim.day is None and craft in tallies)
            cumulative = cumulative or joins_a_tally(claim, tallied)  # "..., as well as 14"
            cumulative = cumulative or beyond_any_day(craft, count)  # "About 9,000 were counted"
            # "... the record 153 aircraft ..., then Wednesday's report: 27 PLA aircraft ...,
            # with 18 of the aircraft crossing": a share is of the last total of its craft.
            if claim.count and not claim.reference:
                (tallies.add if cumulative or claim.cumulative else tallies.discard)(craft)
            tallied += [cumulative or claim.cumulative] if claim.count else []  # "with 187 ..."
            if craft is None or count is None or count <= 0 or cumulative or claim.cumulative:
                continue
            if self._entry_of_a_stay(claim, craft, count, zones, claim.day or day):
                continue  # "The ships had entered the waters on Thursday": the stay's day
            if claim.left and craft == "ships":
                leaving[claim.group] = craft
            if id(claim) in split:  # "four of them near Kinmen and two off Matsu": the parts
                continue
            if claim.part or claim.untold or claim.supposed:  # "the aircraft included ... a
                continue  # drone": the total has it; "without saying how many": no count at all
            if claim.compared and claim.day is None:
                continue  # "up from 20 the week before": a figure of no day the text names
            if claim.count is None and self.days_of.get((craft, count), day) != day:
                continue  # "The ships entered the waters on Saturday": when today's came
            for zone in zones:
                # "19 aircraft around Taiwan, including two UAVs that flew a loop ...": a
                # subset is around Taiwan as a part of the total; only a zone its own clause
                # enters ("including 11 that crossed the median line") is a fact of its own.
                # "dozens of aircraft, including more than 20 that operated around Taiwan"
                # counted no total: the 20 are the day's figure.
                if in_a_total and zone == "around Taiwan":
                    continue
                place = fact_place(context, claim, zone, self.sea_place, self.senkakus)
                if place is not None:
                    what = charted_as(craft, ships, claim.unmanned, zone)
                    key = (claim.group, what, zone, place)
                    # "16 entered the ADIZ, while four others flew into the southeast of the
                    # zone": one ADIZ fact of 20, as for sectors reached by one group; not
                    # "..., and on Thursday morning another three entered": another day's.
                    # Only an added or joined count looks for its group: scanning the sums
                    # for every count made a long sentence's reading quadratic.
                    if (claim.additive or claim.joined) and (
                        earlier := [
                            k for k in sums if k[1:] == key[1:] and group_days[k[0]] == claim.day
                        ]
                    ):
                        key = earlier[-1]
                    sums[key] = sums.get(key, 0) + count  # "12 J-16s and four H-6Ks": 16
                    if not claim.bounded:
                        exact.add(key)
                    if not claim.articled:
                        written.add(key)
                    group_days.setdefault(key[0], claim.day)
        self._absorb(context, sys.maxsize)  # the rest of the sentence
        self.flights_flown = trips[-1][1] if trips else self.flights_flown
        kinds = {
            c.ships for c in reading.claims if c.craft == "ships" and c.count and not c.reference
        }
        self.ship_kinds = kinds or self.ship_kinds
        self.both_islands = any(of_both_islands(claim) for claim in reading.claims)
        self.tallying = all(tallied) if tallied else self.tallying
        self.around = self.around or reading.around or reading.window
        # "PLA activities around Taiwan (0600 Jan. 7 - 0600 Jan. 8)" over "PLA aircraft: 11": a
        # line that states a report's window and counts nothing heads the bulletin's lines, as
        # a colon announces them.
        zones = [zone for _, zone in reading.zones]
        if reading.announces or (reading.window and not reading.claims):
            # "Its figures were as follows:" names no zone nor window: the list is of the
            # zones that the sentence before it named for craft it did not count.
            before = [] if reading.claims or reading.window else self.uncounted
            self.listed = zones or before
        # "Source: Ministry of National Defense" between the window and "PLA aircraft: 17"
        # counts nothing: the bulletin's heading goes on, and so does a share of a line before
        # ("PLA aircraft around Taiwan: 14. Eight of them crossed ..." over "Drones: 3"). A line
        # that counts otherwise ends it.
        elif reading.claims and not any(
            claim.labelled or claim.item or claim.reference for claim in reading.claims
        ):
            self.listed = None
        self.uncounted = [] if reading.claims else zones
        # "The ships turned back" points back and counts none: "Three more" are of the count before
        if any(not claim.reference for claim in reading.claims):
            self.reached = [zone for zone in resolved if zone != "around Taiwan"]
            self.last_totals = totals or []
        dated = bool(self.uncounted) and not headline  # a headline's zone is the story's
        self.uncounted_craft = {mention.craft for mention in reading.mentions if dated}
        self.uncounted_day = day
        told_before = {claim.group for claim in reading.claims if claim.reported_before}
        days = {claim.group: claim.day for claim in reading.claims if claim.day is not None}
        # "In the 24 hours to 6 a.m. Friday it counted 12 aircraft, a day after it reported 32
        # aircraft": "a day after" counts back from the day of the clause it hangs from, a day
        # its clause's window or opening gives as well as the sentence's.
        back_from = {group: days.get(group, day) for group in context.day_before}
        days |= {g: back_from[g] - timedelta(days=b) for g, b in context.day_before.items()}
        for claim in reading.claims:
            if claim.craft is not None and claim.count and not claim.reference:
                self.days_of[(claim.craft, claim.count)] = days.get(claim.group, day)
        found = []
        # "The drill came a day after the ministry reported 32 aircraft": the sentence counts no
        # craft before the "after" of the figure it recalls, so its subject is another event, or
        # craft it gives no figure for ("Dozens of aircraft flew on Wednesday, a day after the
        # ministry reported 76"): either way the figure is recalled beside the story (rule 8).
        # ("The day before, the ministry had said 30 aircraft ..." recalls the report itself.)
        recalled_from = min((c.first for c in reading.claims if c.reported_before), default=0)
        its_own = any(m.count is not None and m.position < recalled_from for m in reading.mentions)
        its_own = its_own or "after" not in {t.low for t in tokenize(evidence)[:recalled_from]}
        its_own = its_own or reading.window  # "..., shortly after it reported 19 aircraft in the
        # 24 hours to 6 a.m.": the report's own window dates the figures as the day's
        for (group, what, zone, place), count in sums.items():
            found.append(Incursion(count, what, zone, place, days.get(group, day), evidence))
            if group in context.day_before:
                self.days_before.add(id(found[-1]))
            if group in told_before:
                self.reports_before.add(id(found[-1]))
                if not its_own:
                    self.recalled_beside.add(id(found[-1]))
            if (group, what, zone, place) not in exact:
                self.bounded.add(id(found[-1]))
            if (group, what, zone, place) not in written:
                self.articled.add(id(found[-1]))
        stays = [fact for fact, (group, *_) in zip(found, sums, strict=True) if group in leaving]
        self.entered = [fact for fact in found if fact.place in SEA_PLACES]
        self.fired = [fact for fact in found if fact.what == "missiles"]
        if stays or reading.claims:
            self.stays = (next(iter(leaving.values())), stays) if stays else None
        return found

    def _entry_of_a_stay(
        self, claim: Claim, craft: str, count: int, zones: list[str], day: date
    ) -> bool:
        """Whether a claim points back to ships the sentence before counted leaving their
        waters and tells the earlier day they entered them, within a week (rule 8): "Two ships
        left the waters on Monday after 92 hours. The ships entered them on Thursday night."
        Rule 9 dates the stay by its entry, so its facts move to that day."""
        if self.stays is None or claim.left or not (claim.reference or claim.count is None):
            return False
        stay_craft, facts = self.stays
        ended = min(fact.day for fact in facts)
        if craft != stay_craft or any(fact.count != count for fact in facts):
            return False
        if not ended - _WEEK <= day < ended:
            return False
        if zones and not any(fact.zone in zones for fact in facts):
            return False
        self.began.update((id(fact), day) for fact in facts)
        return True

    def open_paragraph(self) -> None:
        """The next sentence opens a paragraph: what was named before it is a paragraph back."""
        self.in_paragraph = set()

    def recalled(self, fact: Incursion) -> bool:
        """Whether a fact is a figure recalled as the day before's ("a day after the ministry
        tallied 26 aircraft")."""
        return id(fact) in self.days_before

    def recalled_beside_an_event(self, fact: Incursion) -> bool:
        """Whether a fact is a figure recalled as the day before another event's ("The drill
        came a day after the ministry reported 32 aircraft") or craft's the story gives no
        figure for ("Dozens of aircraft flew ..., a day after it reported 76"), not its own."""
        return id(fact) in self.recalled_beside

    def reported_before(self, fact: Incursion) -> bool:
        """Whether a fact is a figure an earlier report gave, recalled by the story."""
        return id(fact) in self.reports_before

    def day_pointed_to(self, reading: Reading) -> date | None:
        """The day of the count a sentence points back to: "Of the 17 aircraft in the first
        period, 10 crossed ..." is about the day the 17 were counted for."""
        for claim in reading.claims:
            if claim.reference and claim.craft is not None and claim.count:
                return self.days_of.get((claim.craft, claim.count))
        return None

    def _absorb(self, context: Sentence, position: int) -> None:
        """Take in what the sentence said before `position`."""
        mentions, zones, places = context.reading.mentions, context.reading.zones, context.places
        while context.mention < len(mentions) and mentions[context.mention].position < position:
            mention = mentions[context.mention]
            self.order += 1
            self.named[mention.craft] = (self.order, mention)
            self.in_paragraph.add(mention.craft)
            if mention.count is not None:
                self.counted[mention.craft] = mention
            context.mention += 1
        while context.zone < len(zones) and zones[context.zone][0] < position:
            zone = zones[context.zone][1]
            context.last_zone = zone
            # Kinmen's and Matsu's restricted waters are pointed back to as "the waters south
            # of Lieyu", the Senkakus' territorial waters as "the waters off Uotsuri Island"
            # (incursion_zones.py), the other zones as "the zone".
            if zone in ("ADIZ", "contiguous zone", "restricted waters", "territorial waters"):
                self.zone = zone
            context.zone += 1
        while context.place < len(places) and places[context.place][0] < position:
            if places[context.place][1] in SEA_PLACES:
                self.sea_place = places[context.place][1]
                self.senkakus = self.senkakus or self.sea_place == "Senkaku Islands"
            context.place += 1
