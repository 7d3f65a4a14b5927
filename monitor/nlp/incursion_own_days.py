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
