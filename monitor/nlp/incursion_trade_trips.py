"""Shares of a trade's trips and goods: "two of those sailings stayed inside the median line",
"Of its sailings, two crossed the strait" count a forwarder's sailings, not craft. A share that
names its own noun is a share of that noun; after "the", "its" or "their" the grammar knows it
(incursion_shares.py), but "those" and "these" stand alone too ("19 of those crossed"), so only
the nouns of the trade, or a word of the trade before any noun ("those container ships", "these
cargo flights"), are read as theirs. "Flights" and "crossings" alone are left out: a report
counts the PLA's too ("23 flights by PLA aircraft, nine of those flights ...").
"""

from .incursion_tokens import Token

TRIPS = {
    "sailings", "voyages", "runs", "trips", "departures", "arrivals", "calls", "services",
    "ferries", "freighters", "boxships", "liners", "airliners", "jetliners", "trawlers",
    "containers", "shipments", "consignments", "cargoes", "orders",
}  # fmt: skip
# Words that make the craft after them a trade's: "those container ships", "these cargo
# flights", "those passenger jets".
CIVIL_MODIFIERS = {
    "cargo", "container", "passenger", "commercial", "civilian", "civil", "charter",
    "merchant", "fishing", "scheduled",
}  # fmt: skip
_DEMONSTRATIVES = {"those", "these"}
_OWNERS = {"the", "its", "their", *_DEMONSTRATIVES}


def shares_trips(words: list[Token], i: int) -> bool:
    """Whether the partitive object at i, a demonstrative, takes a trade's noun after it: "two
    of those sailings", "five of those container ships"."""
    following = words[i + 1].low if i + 1 < len(words) else ""
    return words[i].low in _DEMONSTRATIVES and (following in TRIPS or following in CIVIL_MODIFIERS)


def fronts_trips(words: list[Token], first: int) -> bool:
    """Whether the count at first follows a fronted share of a trade's noun: "Of its sailings,
    two ...", "Of those container ships, three ..."."""
    if first < 4 or words[first - 1].low != ",":
        return False
    noun = first - 2
    start = noun - (words[noun - 1].low in CIVIL_MODIFIERS)  # "container ships"
    trade = words[noun].low in TRIPS or start < noun
    return trade and start >= 2 and words[start - 1].low in _OWNERS and words[start - 2].low == "of"
