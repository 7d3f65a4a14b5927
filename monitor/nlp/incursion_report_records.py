"""A record on the day of the story's newest report, told as the latest of the days the story
counts, is that report's figure (rule 8): "56 Chinese military aircraft entered the southwest
ADIZ on Monday, a record for a single day, after 38 on Friday, 39 on Saturday and 16 on
Sunday" in Tuesday's copy counts Monday's report, the newest of the run of reports it gives.
Rule 8 drops a record only as a figure for another day than the report's, and the report is the
latest day the story gives figures for within a week of its date (docs/evaluation-sets.md).

A record of a day before the newest report ("a record 12 ships on Monday. On Wednesday, four
ships") is background, and so is a record the story counts no other day beside ("activity
peaked again this week. The ministry's report on Tuesday counted a record 153 aircraft"): it
cites the peak, as rule 8's "a record or peak" gives none, and reports no run of days.

The report's day is known only once every sentence is read, so the records wait for it."""

from dataclasses import dataclass, field
from datetime import date

from .incursion_claims import Claim


@dataclass
class Records:
    """Counts called records, with the day each is of, and the days the story counts."""

    oldest: date  # rule 8's week: a day before it is no report's
    waiting: list[tuple[date, Claim]] = field(default_factory=list)
    counted: set[date] = field(default_factory=set)  # the days of counts that are no records

    def hold(self, day: date | None, local: date, claims: list[Claim]) -> None:
        """Keep the records of a sentence of `day`, or of their own, until the newest report's
        day is known: those of another day than the copy's `local` one ("a record 56 aircraft
        on Monday": if Monday's is newest)."""
        for claim in claims:
            if (of := claim.day or day) not in (None, local):
                self.waiting.append((of, claim))

    def count(self, day: date | None, claims: list[Claim], numbered: bool) -> None:
        """Note the days a sentence's counts are of, the sentence's `day` or a count's own; a
        sentence whose figure names no craft ("On Tuesday it counted 12.") still reports its
        day, so a record of Monday is another day's."""
        held = {id(claim) for _, claim in self.waiting}
        counts = [claim for claim in claims if claim.count and not claim.cumulative]
        days = [claim.day or day for claim in counts if id(claim) not in held]
        days += [day] if numbered and not claims else []
        self.counted.update(d for d in days if d is not None and d >= self.oldest)

    def settle(self) -> None:
        """Make background the records of any day but the newest report's, and those the story
        tells with no other day's count before them."""
        newest = max(self.counted | {day for day, _ in self.waiting}, default=None)
        earlier = any(day != newest for day in self.counted)
        for day, claim in self.waiting:
            claim.cumulative = claim.cumulative or day != newest or not earlier
