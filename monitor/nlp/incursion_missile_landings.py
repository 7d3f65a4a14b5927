"""Where missiles counted in a sentence landed, when the clause after them tells it rather than
naming a zone for the count: "27 rockets fired from Pingtan, most of which fell within Taiwan's
contiguous zone", "nine missiles, several of which came down off the island's northeast
coast", "10 rockets into a declared zone in the southern Taiwan Strait". A missile's only zone
at Taiwan is around it (rule 7), so a share that landed in Taiwan's waters, or off the island,
places the missiles fired around it (incursion_scopes.py asks for each count of missiles)."""

from bisect import bisect_left
from operator import itemgetter

from . import incursion_words as w
from .incursion_tokens import Token

_at = itemgetter(0)  # a mark's position, by which the marks are in order
# The verbs of a missile coming down: "fell", "landed", "splashed down", "came down".
_LANDINGS = {"fell", "landed", "splashed", "impacted", "dropped"}


def fell_near_taiwan(
    words: list[Token],
    places: list[tuple[int, str]],
    zones: list[tuple[int, str | None, bool]],
    outside: list[int],
    start: int,
    end: int,
) -> bool:
    """Whether missiles counted before `start` fell in Taiwan's own waters before `end`,
    whatever clause tells it: a sea zone of Taiwan's, or "off the island" after a verb of
    landing. Those that fell just outside Taiwan's waters ("12 rockets that landed outside
    Taiwan's contiguous zone") fell around it too, as blind-3's writers decided; a place
    outside the list between them does not."""
    # The marks are in order: those between are bisected, not walked for each count.
    places = places[bisect_left(places, start, key=_at) : bisect_left(places, end, key=_at)]
    zones = zones[bisect_left(zones, start, key=_at) : bisect_left(zones, end, key=_at)]
    named = {place for _, place in places}
    landed = next((i for i in range(start, end) if _lands(words, i)), end)
    waters = any(
        zone not in w.AIR_ZONES or (zone == "around Taiwan" and position > landed)
        for position, zone, _ in zones
    )
    found = bisect_left(outside, start)
    beyond = found < len(outside) and outside[found] < end
    return waters and named == {"Taiwan"} and not beyond


def _lands(words: list[Token], i: int) -> bool:
    low = words[i].low
    down = low == "came" and i + 1 < len(words) and words[i + 1].low == "down"
    return low in _LANDINGS or down


def into_the_strait(words: list[Token], start: int, end: int) -> bool:
    """Whether missiles counted before `start` were fired into the Taiwan Strait, in the
    clause that ends at `end` ("10 rockets into a declared zone in the southern Taiwan
    Strait"): the Strait lies between Taiwan and the mainland, so missiles fired into it are
    fired around Taiwan (rule 7), as the writers of blind-15 decided. Aircraft and ships in
    the Strait are left to their own zones: only a missile's landing makes the Strait its
    zone."""
    return any(
        words[i].low == "taiwan" and words[i + 1].low == "strait" for i in range(start, end - 1)
    )
