"""Craft nouns that only say what parts are for: "a shipment that held 1,460 drone flight
controllers and 380 thermal-imaging modules", "seized 200 drone batteries". Customs releases,
export-control cases and earnings calls count parts and kits of craft; the count is of the
parts, no craft seen anywhere."""

from .incursion_tokens import Token

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
