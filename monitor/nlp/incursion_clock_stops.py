"""A clock time that ends a sentence: "... in the 24 hours to 6 a.m. The drones entered the
ADIZ." The splitter reads the stop of "a.m." as the abbreviation's only, so the next sentence
joins the one before and its zone goes to every count there. A word that can only open a
sentence after the time ("The", "It", "They", "On" ...) shows the stop ends one; "6 a.m. Thursday",
"6 a.m. Taiwan time" and "6 a.m. (2200 GMT)" stay one sentence."""

import re

_OPENS_A_SENTENCE = (
    "The|It|They|Its|Their|This|These|Those|A|An|He|She|We|Of|Among|But|Meanwhile|Also"
    # A capitalised preposition opens the next sentence's day ("... to 6 a.m. On Sunday it had
    # reported 50 aircraft"): mid-sentence the time is followed by "on Sunday" in lower case.
    "|On|In|At|By|After|Before|Since|Earlier|Later|Separately"
)
_CLOCK_STOP = re.compile(rf"(?<=\b[ap]\.m\.)\s+(?=(?:{_OPENS_A_SENTENCE})\b)")


CLOCK_MARK = re.compile(r"[ap]\.m\.")  # the clock every stop follows


def split_at_clock_stops(sentences: list[str]) -> list[str]:
    """The sentences, each cut after "a.m." or "p.m." where the next word opens a sentence."""
    return [part for sentence in sentences for part in _CLOCK_STOP.split(sentence)]
