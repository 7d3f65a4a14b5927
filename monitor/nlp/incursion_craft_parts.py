"""Craft nouns that only say what a count is of: parts ("a shipment that held 1,460 drone flight
controllers and 380 thermal-imaging modules", "seized 200 drone batteries"), acts of flight
("32 fighter take-offs") and trades or a report's lines ("three drone makers", "the balloon
line"). Customs releases, export-control cases, earnings calls and venture copy count these; no
craft is seen anywhere."""

from .incursion_tokens import Token

# What a carrier's aircraft do, counted by the act: "32 fighter take-offs" are 32 acts, not craft.
_FLIGHT_ACTS = {"take-offs", "takeoffs", "landings", "launches", "recoveries", "touch-and-goes"}
# "a fund that has backed three drone makers", "The balloon line has been a fixture of the
# reports": the craft noun says what a trade makes or what a report's line counts; the count
# or the article is of makers, firms or lines, no craft.
_CRAFT_TRADES = {"maker", "makers", "manufacturer", "manufacturers", "startup", "startups",
                "company", "companies", "firm", "firms", "supplier", "suppliers", "industry",
                "assembler", "assemblers", "exporter", "exporters", "line", "lines"}  # fmt: skip

_PARTS = {
    "controller", "controllers", "parts", "component", "components", "module", "modules",
    "motor", "motors", "battery", "batteries", "propeller", "propellers", "kit", "kits",
    "chip", "chips", "camera", "cameras", "jammer", "jammers", "spares", "engines",
}  # fmt: skip
# A part's own word before its noun ("drone flight controllers", "drone spare parts"); any
# other word there may be a verb ("ten navy ships took part", "drones carried cameras").
_PART_WORDS = {"flight", "control", "navigation", "spare", "imaging", "engine", "radar"}


def names_parts(words: list[Token], i: int) -> bool:
    """Whether a parts noun follows at i, or after one word of a part's own."""
    if i >= len(words):
        return False
    if words[i].low in _PART_WORDS:
        i += 1
    return i < len(words) and words[i].low in _PARTS


def names_acts_or_trades(word: str) -> bool:
    """Whether the word after a craft noun makes the count one of acts, firms or lines."""
    return word in _FLIGHT_ACTS | _CRAFT_TRADES
