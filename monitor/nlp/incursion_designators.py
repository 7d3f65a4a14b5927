"""A craft named by its type's designator alone ("Y-8", "KJ-500", "WZ-7"): the kind of craft
the designator's letters say it is."""

from . import incursion_words as w


def designator_craft(low: str) -> str | None:
    """The craft a lower-cased word names when it is a single type's designator ("y-8" is
    aircraft, "wz-7" drones, "df-17" missiles), else None."""
    designator = w.SINGLE_DESIGNATOR.fullmatch(low)
    if designator is None:
        return None
    return w.DESIGNATOR_CLASS.get(designator.group(1), "air")
