"""Craft nouns that only say what parts are for: "a shipment that held 1,460 drone flight
controllers and 380 thermal-imaging modules", "seized 200 drone batteries". Customs releases,
export-control cases and earnings calls count parts and kits of craft; the count is of the
parts, no craft seen anywhere."""

from .incursion_tokens import Token

_PARTS = {
    "controller", "controllers", "part", "parts", "component", "components", "module", "modules",
    "motor", "motors", "battery", "batteries", "propeller", "propellers", "kit", "kits",
    "chip", "chips", "camera", "cameras", "jammer", "jammers", "spare", "spares", "engines",
}  # fmt: skip
_REACH = 2  # "drone flight controllers": one word of the part's own before its noun


def names_parts(words: list[Token], i: int) -> bool:
    """Whether a parts noun follows at i, or one word after it, with no break between."""
    for token in words[i : i + _REACH]:
        if token.low in _PARTS:
            return True
        if not token.low.isalpha():
            return False
    return False
