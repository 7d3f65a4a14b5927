"""Carriers named by a city or a nationality other than China's: "dispatchers at two Taipei
carriers said routes to Anchorage had been clear".

China's aircraft carriers are named by their own names (Liaoning, Shandong, Fujian) or by
China's words, never by a city: "two Taipei carriers" are airlines, and "Japanese carriers"
or "US carriers" are another state's ships or airlines. Either way they are no craft China
sent, so they count nothing (a freight story's airlines had become two PLA Navy ships).
"""

from .incursion_tokens import Token

_CARRIERS = {"carrier", "carriers"}
# Cities whose airlines copy about Taiwan names, and nationalities other than China's.
_OWNERS = {
    "taipei", "taoyuan", "kaohsiung", "taichung", "tokyo", "osaka", "narita", "haneda",
    "naha", "seoul", "incheon", "busan", "manila", "singapore", "bangkok", "kong", "macau",
    "taiwanese", "taiwan", "japanese", "japan", "korean", "american", "us", "u.s.", "filipino",
    "philippine", "singaporean", "thai", "european", "gulf",
}  # fmt: skip


def names_a_places_carriers(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last counts carriers a city or another nationality owns."""
    if words[last].low not in _CARRIERS:
        return False
    return any(token.low in _OWNERS for token in words[first:last])
