"""Counts analysts chart: "28 Chinese aircraft entered Taiwan's ADIZ on 15 June" becomes
Incursion(count=28, what="aircraft", zone="ADIZ", place="Taiwan", day=2026-06-15).

The rules are those of docs/evaluation-sets.md: only numbers the text states; the total around
Taiwan is a fact of its own; a count that crossed the median line and entered the ADIZ is one
fact per zone; a breakdown of a total ("including 19 J-16s") is none, unless it is all the text
gives (then the parts add up); cumulative figures and places outside the list give none; a
figure repeated in the headline, the lede and the body is one fact.

Each sentence is read by the grammar in incursion_grammar.py; this module follows the article
from sentence to sentence, for what the grammar leaves open: the craft of "19 of them", the count
of "the aircraft", the zone of "the zone", the place of "in the contiguous zone" in a story about
the Senkakus, and the day of a sentence that writes none. Pure and linear in the text's length.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .incursion_grammar import Claim, Mention, Reading, read_sentence
from .incursion_tokens import date_tokens, sentence_day, tokenize, written_dates
from .incursion_words import AIR_ZONES, SEA_PLACES

WHAT = ("aircraft", "drones", "balloons", "navy vessels", "official ships", "missiles")
ZONES = (
    "around Taiwan", "ADIZ", "median line", "contiguous zone", "territorial waters",
    "restricted waters",
)  # fmt: skip
PLACES = ("Taiwan", "Senkaku Islands", "Kinmen", "Matsu")

CHINA = re.compile(r"\b(?:China|Chinese|PLA|PLAN|PRC|Beijing|CCG)\b")
_ZONE_HINT = re.compile(
    r"\bADIZ\b|air[ -]defen[cs]e|median line|cent(?:re|er) line|contiguous|territorial"
    r"|restricted|prohibited|Japanese waters|\bwaters\b"
    r"|\b(?:around|near|off|surrounding)\s+(?:Taiwan|the island|island|the country|its)",
    re.I,
)
_RECENT = 32  # craft named in earlier sentences that "19 of them" may still point back to


@dataclass(frozen=True)
class Incursion:
    count: int
    what: str  # one of WHAT
    zone: str  # one of ZONES
    place: str  # one of PLACES
    day: date
    evidence: str  # the sentence it came from


def may_report_incursions(text: str) -> bool:
    """A cheap test first: most articles name no zone, and need not be read."""
    return bool(CHINA.search(text)) and bool(_ZONE_HINT.search(text))


def find_incursions(sentences: list[str], published: datetime) -> list[Incursion]:
    """Facts from the article's sentences, in order (the headline first, if any).

    A sentence without a day of its own takes the last one written before it, and the headline
    and lede before any date take the first: reports give the day once ("on 24 November, ...")
    and repeat or break down the numbers around it.
    """
    if not CHINA.search("".join(sentences)):
        return []
    readings = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        dates = written_dates(tokens, published.date())
        readings.append((sentence, read_sentence(tokens, date_tokens(dates)), sentence_day(dates)))
    day = next((written for *_, written in readings if written), None) or published.date()
    story = _Story()
    facts: list[Incursion] = []
    for index, (sentence, reading, written) in enumerate(readings):
        day = written or day
        headline = index == 0 and _is_headline(sentence, len(sentences))
        facts += story.facts(reading, day, sentence.strip(), headline)
        story.remember(reading)
    return list({_key(fact): fact for fact in reversed(facts)}.values())[::-1]


def _key(fact: Incursion) -> tuple[int, str, str, str, date]:
    return (fact.count, fact.what, fact.zone, fact.place, fact.day)


def _is_headline(sentence: str, sentences: int) -> bool:
    """A first line standing alone without a full stop: a headline says less than it seems
    ("Taiwan tracks 14 aircraft, 9 ships" adds navy and official ships), so it gives a fact
    only where it names the zone."""
    alone = sentence.rstrip(" \t").endswith("\n")
    return sentences > 1 and alone and sentence.strip()[-1:] not in ".!?"


@dataclass
class _Story:
    """What earlier sentences said, as far as later ones point back to it."""

    mentions: deque[Mention] = field(default_factory=lambda: deque(maxlen=_RECENT))
    zone: str | None = None  # the last zone called a zone, for "the zone"
    sea_place: str | None = None  # the last of the Senkakus, Kinmen and Matsu named
    around: bool = False  # "around Taiwan" was said: a defence ministry's report

    def remember(self, reading: Reading) -> None:
        self.mentions.extend(reading.mentions)
        for _, zone in reading.zones:
            if zone in ("ADIZ", "contiguous zone"):
                self.zone = zone
        for _, place in reading.places:
            if place in SEA_PLACES:
                self.sea_place = place
        self.around = self.around or reading.around

    def facts(self, reading: Reading, day: date, evidence: str, headline: bool) -> list[Incursion]:
        sums: dict[tuple[int, str, str, str], int] = {}
        resolved: list[list[str]] = []
        for claim in reading.claims:
            zones = self._zones(reading, claim, resolved, headline)
            resolved.append(zones)
            craft, ships, count, cumulative = self._antecedent(reading, claim, zones)
            if craft is None or count is None or count <= 0 or cumulative or claim.cumulative:
                continue
            for zone in zones:
                place = self._place(reading, claim, zone)
                if place is not None:
                    what = _what(craft, ships, claim.unmanned, zone)
                    key = (claim.group, what, zone, place)
                    sums[key] = sums.get(key, 0) + count  # "12 J-16s and four H-6Ks": 16
        when = day - timedelta(days=1)
        return [
            Incursion(count, what, zone, place, when if _day_before(reading, group) else day,
                      evidence)
            for (group, what, zone, place), count in sums.items()
        ]  # fmt: skip

    def _zones(
        self, reading: Reading, claim: Claim, resolved: list[list[str]], headline: bool
    ) -> list[str]:
        zones = [zone or self._last_zone(reading, claim.first) for zone in claim.zones]
        named = [zone for zone in zones if zone is not None]
        if named:
            return list(dict.fromkeys(named))
        if claim.ellipsis:  # "and two more had done so"
            return [zone for position, zone in reading.zones if position < claim.first][-1:]
        if claim.along and resolved:  # "..., along with 11 warships"
            return resolved[-1]
        sea = any(place in SEA_PLACES for _, place in reading.places)
        sighted = claim.detected and not headline and (self.around or reading.around)
        if sighted and not sea and not reading.outside:  # "Four official ships were also spotted"
            return ["around Taiwan"]
        return []

    def _last_zone(self, reading: Reading, position: int) -> str | None:
        before = [z for p, z in reading.zones if p < position and z in ("ADIZ", "contiguous zone")]
        return before[-1] if before else self.zone

    def _antecedent(
        self, reading: Reading, claim: Claim, zones: list[str]
    ) -> tuple[str | None, str | None, int | None, bool]:
        """(craft, ships, count, cumulative) of a claim, from the craft named before it when it
        names none: "19 of them" takes the last craft that can be in its zone (aircraft for
        the ADIZ, ships for waters); "the aircraft" takes the count of the last aircraft."""
        earlier = [m for m in reading.mentions if m.position < claim.first]
        candidates = list(reversed(earlier)) + list(reversed(self.mentions))
        if claim.craft is None:
            fits = next((m for m in candidates if _fits(m.craft, zones)), None)
            if fits is None:
                return None, None, None, False
            return fits.craft, fits.ships, claim.count, fits.cumulative and fits.count is not None
        if claim.count is None:
            counted = next(
                (m for m in candidates if m.craft == claim.craft and m.count is not None), None
            )
            if counted is None:
                return None, None, None, False
            return claim.craft, claim.ships or counted.ships, counted.count, counted.cumulative
        return claim.craft, claim.ships, claim.count, False

    def _place(self, reading: Reading, claim: Claim, zone: str) -> str | None:
        if zone in AIR_ZONES:
            places = {place for _, place in reading.places}
            return None if reading.outside and "Taiwan" not in places else "Taiwan"
        named = [p for p in claim.places if p in SEA_PLACES] or claim.places
        place: str | None
        if named:
            place = named[0]
        elif claim.outside:
            return None  # "restricted waters around Pratas Island"
        else:
            earlier = [p for at, p in reading.places if at < claim.first and p in SEA_PLACES]
            place = earlier[-1] if earlier else self.sea_place
        if zone == "restricted waters" and place not in ("Kinmen", "Matsu"):
            return None
        return place


def _fits(craft: str, zones: list[str]) -> bool:
    if "ADIZ" in zones:
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


def _day_before(reading: Reading, group: int) -> bool:
    return any(claim.day_before for claim in reading.claims if claim.group == group)
