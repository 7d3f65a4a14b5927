"""The zone a day-by-day list's opening gives its lines: "The ministry's tallies below count only
the jets that entered its air defence zone." over "Oct. 5 (Mon.): 4 aircraft" and "Oct. 7 (Wed.):
2 J-16s". The lines name no zone of their own; the line before the list said which zone every
count in it is of (rule 2), as "... in the contiguous zone:" does for the lines under it."""

from .incursion_claims import Reading


def give_lists_their_zone(readings: list[Reading]) -> None:
    """Gives each count of a list of days' entries the zone that the sentence opening the list
    names, where that sentence counts nothing, names the craft counted and one zone, and the
    list starts right after it. A count in the list with a zone of its own keeps it."""
    zone: str | None = None  # the zone of the list being read, if one is
    labelled = False  # the line before was a day's label alone ("Oct. 5 (Mon.):")
    for before, reading in zip(readings, readings[1:], strict=False):
        if zone is None and reading.entry:
            zone = _opening_zone(before)
        elif not reading.entry and not labelled:
            zone = None  # the list has ended
        labelled = reading.entry and not reading.claims
        for claim in reading.claims if zone is not None else []:
            if not claim.zones and claim.count is not None and not claim.reference:
                claim.zones = [zone]


def _opening_zone(reading: Reading) -> str | None:
    """The one zone a sentence names for craft it does not count ("publishes only aircraft that
    enter its ADIZ"), if it is such a sentence."""
    uncounted = [mention for mention in reading.mentions if mention.count is None]
    zones = {zone for _, zone in reading.zones}
    if reading.claims or not uncounted or len(zones) != 1:
        return None
    return zones.pop()
