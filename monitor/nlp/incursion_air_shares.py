"""A count with a share of it that crossed the median line or entered the ADIZ: "it tracked 42
aircraft, 27 of which crossed the median line". Only a day's report around Taiwan breaks its
total down so (rule 2): the sentence's totals are the day's, and so is the story it opens."""

from .incursion_claims import Claim, Reading


def shares_an_air_zone(claims: list[Claim]) -> bool:
    """Whether a share of some count ("17 of which", "27 of the aircraft") entered the ADIZ or
    crossed the median line."""
    return any(
        claim.reference and any(zone in ("median line", "ADIZ") for zone in claim.zones)
        for claim in claims
    )


def breaks_down_a_days_total(reading: Reading) -> bool:
    """Whether the sentence counts craft of its own, neither a period's tally nor the day
    before's, with a share of them in an air zone: "29 PLA aircraft, 17 of which crossed the
    median line" opens an analyst's note on the day, whose next line "Also 10 PLAN vessels"
    gives the day's ships."""
    own = any(
        claim.count and not (claim.reference or claim.cumulative or claim.day_before)
        for claim in reading.claims
    )
    return own and shares_an_air_zone(reading.claims)
