"""The place of one incursion fact: Taiwan for the air zones unless the sentence puts them
outside the list ("Japan's ADIZ"), else the sea place its count names or the story's own
(Kinmen, Matsu, the Senkaku Islands), and none where the zone is no place's on the list."""

from .incursion_claims import Claim
from .incursion_island_splits import of_both_islands
from .incursion_sentence import Sentence
from .incursion_words import AIR_ZONES, SEA_PLACES


def fact_place(
    context: Sentence, claim: Claim, zone: str, sea_place: str | None, senkakus: bool
) -> str | None:
    """`sea_place` is the sea place the story named last; `senkakus` whether it named the
    Senkakus at all."""
    if zone in AIR_ZONES:
        # A place outside the list is of the count it goes with when the sentence has one
        # ("12 aircraft crossed the median line, and two bombers flew through the Bashi
        # Channel": the bombers'), else of all the sentence's zones ("Japan's ADIZ").
        outside = claim.outside if context.owned else context.reading.outside
        foreign = outside and "Taiwan" not in context.named_places
        return None if foreign else "Taiwan"
    named = [p for p in claim.places if p in SEA_PLACES]
    # Only Kinmen and Matsu have restricted waters, so Taiwan named in the clause of a count
    # that repeats the act before ("..., and four more did so on Saturday, Taiwan's Coast Guard
    # Administration said") tells who told, not where: the waters are the story's island's.
    # A count that names the waters itself with no island ("entered restricted waters around
    # two Taiwanese-controlled island groups") has none.
    repeated = zone == "restricted waters" and not claim.zones
    named = named or ([] if repeated else claim.places)
    place: str | None
    if named:
        place = named[0]
    elif claim.outside:
        return None  # "restricted waters around Pratas Island"
    else:
        place = sea_place
        # Kinmen and Matsu have only restricted waters: "four CCG ships were in the
        # contiguous zone" under a ledger's Kinmen section, told by the Japan Coast Guard's
        # 11th Region, are of the Senkakus the story named before.
        if zone != "restricted waters" and place in ("Kinmen", "Matsu"):
            place = "Senkaku Islands" if senkakus else None
    if zone == "restricted waters" and place not in ("Kinmen", "Matsu"):
        return None
    if zone == "restricted waters" and of_both_islands(claim):
        # "Six ships entered restricted waters around Kinmen and Matsu" is no one place's
        # count; the parts the story gives each place are.
        return None
    return place
