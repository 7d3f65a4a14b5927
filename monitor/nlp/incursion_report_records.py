"""A record on the day of the story's newest report is that report's figure (rule 8): "56
Chinese military aircraft entered the southwest ADIZ on Monday, a record for a single day,
after 38 on Friday" in Tuesday's copy counts Monday's report, whose figure is the newest the
story gives. Rule 8 drops a record only as a figure for another day than the report's, and the
report is the latest day the story gives figures for within a week of its date
(docs/evaluation-sets.md). A record of a day before the newest report ("a record 12 ships on
Monday. On Wednesday, four ships") is background, no fact.

The report's day is known only once every sentence is read, so the records wait for it."""

from dataclasses import dataclass, field
from datetime import date

from .incursion_claims import Claim


@dataclass
class Records:
    """Counts called records, with the day each is of, and the latest day counted."""

    oldest: date  # rule 8's week: a day before it is no report's
    waiting: list[tuple[date, Claim]] = field(default_factory=list)
    latest: date | None = None

    def hold(self, day: date, claims: list[Claim]) -> None:
        """Keep the records of a sentence of `day` until the newest report's day is known."""
        self.waiting += [(claim.day or day, claim) for claim in claims]

    def count(self, day: date | None, claims: list[Claim], numbered: bool) -> None:
        """Note the days a sentence's counts are of, the sentence's `day` or a count's own; a
        sentence whose figure names no craft ("On Tuesday it counted 12.") still reports its
        day, so a record of Monday is another day's."""
        days = [claim.day or day for claim in claims if claim.count and not claim.cumulative]
        days += [day] if numbered and not claims else []
        known = [d for d in days if d is not None and d >= self.oldest]
        known += [self.latest] if self.latest else []
        self.latest = max(known, default=None)

    def settle(self) -> None:
        """Make the records of days before the newest report's background."""
        for day, claim in self.waiting:
            claim.cumulative = claim.cumulative or day != self.latest
