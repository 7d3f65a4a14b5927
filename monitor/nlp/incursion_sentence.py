"""One sentence as incursion_story.py reads it: how far into it the story has got, and what
the sentence as a whole says that each of its counts asks about. The whole-sentence answers
are found once, on making it: asked once a count, they made a feed's one endless sentence of
counts quadratic to read."""

from bisect import bisect_right
from dataclasses import dataclass, field

from .incursion_air_shares import shares_an_air_zone
from .incursion_claims import Claim, Reading
from .incursion_clause_places import at_sea_places


@dataclass
class Sentence:
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
    day_before: dict[int, int] = field(init=False)  # groups after "a day after": days back
    owned: bool = field(init=False)  # some count has a place outside the list of its own
    # a share of a count crossed the median line or entered the ADIZ
    shares_an_air_zone: bool = field(init=False)
    lines: list[int] = field(init=False)  # where the median line is named, in order
    firsts: list[int] = field(init=False)  # where each count starts, in order

    def __post_init__(self) -> None:
        self.places = self.reading.places
        self.named_places = {place for _, place in self.places}
        # A sentence about the Senkakus, Kinmen or somewhere outside the list, or told by another
        # state, is no sighting around Taiwan, whatever its verbs; a clause of contrast after
        # its counts is not what it is about.
        reading = self.reading
        claims = self.reading.claims
        # "..., the MND tracked three drones around Taiwan, one of which loitered off Pratas
        # Island": a place outside the list that only a share of a count went to is the
        # share's; the counts of the report are still around Taiwan.
        owners = [claim for claim in claims if claim.outside]
        shares_went = bool(owners) and all(claim.reference for claim in owners)
        outside = reading.outside and not shares_went
        self.elsewhere = outside or reading.told_abroad or at_sea_places(reading)
        self.day_before = {claim.group: claim.days_back for claim in claims if claim.day_before}
        self.owned = any(claim.outside for claim in claims)
        self.shares_an_air_zone = shares_an_air_zone(claims)
        self.lines = sorted(at for at, zone in self.reading.zones if zone == "median line")
        self.firsts = sorted(claim.first for claim in claims)

    def counted_before_the_line(self, claim: Claim) -> bool:
        """Whether another count stands between the claim and the median line after it."""
        line = bisect_right(self.lines, claim.last)
        if line == len(self.lines):
            return False
        other = bisect_right(self.firsts, claim.last)  # the first count starting after it
        return other < len(self.firsts) and self.firsts[other] < self.lines[line]
