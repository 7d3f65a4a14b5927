"""Days a sentence writes for one count only.

"The ministry said on Tuesday that one balloon was spotted, alongside nine aircraft, and that
two more balloons had been tracked on Monday": Monday follows the two balloons as their own day
(incursion_scopes.py dates them), so it is no day of the sentence; the balloon and the nine
aircraft, which write none, are of Tuesday, the day of the telling.
"""

from .incursion_claims import Reading
from .incursion_tokens import WrittenDate


def without_counts_own_days(reading: Reading, dates: list[WrittenDate]) -> list[WrittenDate]:
    """The sentence's days but those that only counts dated by them own, when some count writes
    no day and the day of the telling is left for it; else the days unchanged. Only the
    telling's: "19 aircraft on Sunday and, on Saturday, 23" dates its undated counts by the
    clauses they stand in (clause_days), not by the day left over."""
    undated = [claim for claim in reading.claims if claim.day is None]
    owned = {claim.day for claim in reading.claims if claim.day is not None}
    kept = [written for written in dates if written.day not in owned]
    told = bool(kept) and all(written.told for written in kept)
    return kept if undated and owned and told else dates


def date_joined_counts(reading: Reading) -> None:
    """Gives a count joined to the one before ("45 aircraft on Friday, 26 of them entering the
    ADIZ, along with eight warships") the day of the last count that is no share of another,
    when it writes none: the ships were reported with the aircraft, so on the aircraft's day,
    not on the day of the telling ("said on Saturday") left for the sentence."""
    day = None
    for claim in reading.claims:
        if claim.joined and claim.day is None:
            claim.day = day
        if not claim.reference:
            day = claim.day
