"""The day of the month as British, Australian and magazine style writes it: "June 3rd",
"21st March" read as "June 3" and "21 March" are; a bare number is read as before. And a day of
the month with no month, as Japanese and Chinese copy writes 「31日」 and a translation renders
it: "on the 31st", "on 4th", "the night of 1st"."""

import re
from datetime import date, timedelta

# "3", "3rd", "21st", "22nd", "11th": the suffix must be the one the number takes in English,
# so "3th" or a model number such as "2nd-generation" is no day.
_DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)?")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
# A bulletin read aloud and its script write the day as it is spoken: "June ninth", "June the
# ninth", "the twenty-first of March" (incursion_tokens joins "twenty first" with a hyphen).
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_SPOKEN = {word: n for n, word in enumerate(_UNITS, start=1)} | {
    word: n for n, word in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=10)
} | {f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, start=1)} | {
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip


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


def spoken_day(lows: list[str], at: int) -> tuple[int, int] | None:
    """The day spoken after a month's name, "ninth" or "the ninth" (or "the 9th") from `at`,
    and the index of its last token; None if none is."""
    at += at < len(lows) and lows[at] == "the"
    word = lows[at] if at < len(lows) else ""
    value = _SPOKEN.get(word) or (day_of_month(word) if word[-2:].isalpha() else None)
    return (value, at) if value else None


def _ordinal_suffix(value: int) -> str:
    if 11 <= value % 100 <= 13:
        return "th"  # "11th", "12th", "13th"
    return _SUFFIXES.get(value % 10, "th")


# An ordinal names a day only after "on" or "of" ("on the 31st", "the afternoon of the 10th")
# and before no noun of its own: "of the 20th century", "on the 2nd day of drills" and "of the
# 11th Regional Coast Guard Headquarters" name no day.
_BEFORE_A_DAY = {"on", "of"}
_AFTER_A_DAY = {"too", "also", "and", "at", "around", "about", "until", "till", "to", "from",
                "when", "as", "in", "said", "morning", "afternoon", "evening", "night"}  # fmt: skip


def day_of_this_month(before: list[str], text: str, after: str, published: date) -> date | None:
    """The day an ordinal with no month names ("31st" after "on the"), in the month of
    publication, or in the month before when that day is still to come. `before` holds the
    one or two words before the ordinal, `after` the word after it ("" at the end)."""
    if not text[:1].isdigit() or text.isdigit() or (value := day_of_month(text)) is None:
        return None
    governed = before[-1:] and before[-1] in _BEFORE_A_DAY
    governed = governed or (before[-2:-1] and before[-1] == "the" and before[-2] in _BEFORE_A_DAY)
    if not governed or (after[:1].isalpha() and after not in _AFTER_A_DAY):
        return None
    if value > published.day + 1:  # "on the 30th" read on the 2nd: last month's
        published = published.replace(day=1) - timedelta(days=1)
    try:
        return published.replace(day=value)
    except ValueError:  # "the 31st" of a month of 30 days
        return None
