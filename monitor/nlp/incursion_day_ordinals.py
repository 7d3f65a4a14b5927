"""The day of the month as British, Australian and magazine style writes it: "June 3rd",
"21st March" read as "June 3" and "21 March" are; a bare number is read as before."""

import re

# "3", "3rd", "21st", "22nd", "11th": the suffix must be the one the number takes in English,
# so "3th" or a model number such as "2nd-generation" is no day.
_DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)?")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def day_of_month(text: str) -> int | None:
    """The day a token writes ("3", "3rd"), or None if it is no day of a month."""
    found = _DAY.fullmatch(text.lower())
    if found is None:
        return None
    value = int(found.group(1))
    if not 1 <= value <= 31:
        return None
    suffix = found.group(2)
    if suffix is not None and suffix != _ordinal_suffix(value):
        return None
    return value


def _ordinal_suffix(value: int) -> str:
    if 11 <= value % 100 <= 13:
        return "th"  # "11th", "12th", "13th"
    return _SUFFIXES.get(value % 10, "th")
