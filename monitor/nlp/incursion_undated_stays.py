"""The day of a stay told "as of" a time of day alone: "On Tuesday, the coast guard said, two
ships that entered territorial waters on Sunday evening had not left as of noon" tells the stay
as of noon on Tuesday, the day the sentence reports, not the Sunday they entered. Rule 9 counts
a stay not yet over on the day it stands."""

from datetime import date

from .incursion_tokens import WrittenDate

_REACH = 4  # from the stay's words to "as of": "had not left as of noon"


def day_of_an_undated_as_of(lows: list[str], still: int, dates: list[WrittenDate]) -> list[date]:
    """The day a stay at `still` is told as of when "as of" follows it with no day written
    after it: the latest day the sentence writes ("On Tuesday", "said on Tuesday")."""
    near = lows[still : still + _REACH + 2]
    told_as_of = any(near[k : k + 2] == ["as", "of"] for k in range(len(near) - 1))
    if not told_as_of or any(written.first > still for written in dates):
        return []
    return [max(written.day for written in dates)] if dates else []
