"""The places a sentence's counts are at, judged by clause: "Taiwan's ministry counted 45
aircraft on Monday, while Tokyo said warships sailed past Yonaguni" counts no craft at
Yonaguni, so the 45 are still the day's total around Taiwan. The grammar marks where such a
clause of contrast opens after every count (Reading.contrast); what it names is the other
report's, not the counts' before it."""

from .incursion_claims import Reading
from .incursion_words import SEA_PLACES


def at_sea_places(reading: Reading) -> bool:
    """Whether the clauses with the sentence's counts name the Senkakus, Kinmen or Matsu."""
    return any(place in SEA_PLACES for at, place in reading.places if at < reading.contrast)
