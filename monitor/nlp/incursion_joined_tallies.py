"""A count joined to a period's tally is of that period: "The ministry also logged 168 navy
vessel sightings and 41 official ship sightings over the month, as well as 14 balloons" sums
the month's balloons, as the sightings before it do (rule 5). One that writes a day of its own
("..., as well as 12 aircraft on Tuesday") is that day's count."""

from .incursion_claims import Claim


def joins_a_tally(claim: Claim, tallied: list[bool]) -> bool:
    """Whether `claim` goes along with the count just before it in its sentence, and that count
    was a tally (`tallied`: each count's being one, in order)."""
    return claim.along and claim.day is None and bool(tallied) and tallied[-1]
