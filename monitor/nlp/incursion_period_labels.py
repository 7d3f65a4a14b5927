"""Key-figure bullets that put the period of their count in the label, between the craft and
the colon, as a budget office's or a think tank's box of figures does:

    • PLA aircraft around Taiwan, 24 hours to 6 a.m. Thursday: 17, with 12 entering the ADIZ
    • PLA Navy vessels, same period: 6

The first is read as prose writes it ("24 hours to 6 a.m. Thursday: 17 PLA aircraft around
Taiwan, with 12 entering the ADIZ"): the window heads the count, which counts the craft. The
second's "same period" is the window of the line before, which a line that writes no day takes
anyway: it is read as "6 PLA Navy vessels". A label read as it stands ended at the window and
counted nothing, and a count followed by a clause of its own ("17, with 12 entering") was no
labelled line's. Only a bullet whose label names a craft and whose period is a report's window
or "same period" is rewritten; every other line stays as it is.
"""

import re

from .incursion_words import BULLETS, CRAFT_NOUNS

_BULLET = "|".join(re.escape(mark) for mark in sorted(BULLETS))
_PERIOD_LABEL = re.compile(
    rf"(?P<bullet>[ \t]*(?:{_BULLET})[ \t]*)(?P<craft>[A-Za-z][^,:\n]{{0,60}}?),[ \t]*"
    r"(?:(?P<same>(?:the |in the |over the )?same (?:period|window|24 hours))"
    r"|(?P<window>(?:in the |over the )?(?:24|twenty-four) hours (?:to|until|ending)[^:\n]{1,30}))"
    r"[ \t]*:[ \t]*(?P<count>\d{1,3})\b(?P<rest>[^:\n]*)"
)
_WORD = re.compile(r"[A-Za-z]+")


def period_labels_as_counts(sentences: list[str]) -> list[str]:
    """The sentences, a key-figure bullet that writes its period in its label read as prose."""
    return [_as_count(sentence) for sentence in sentences]


def _as_count(sentence: str) -> str:
    kept = sentence.rstrip()
    found = _PERIOD_LABEL.fullmatch(kept)
    if found is None or not any(w.lower() in CRAFT_NOUNS for w in _WORD.findall(found["craft"])):
        return sentence
    counted = f"{found['count']} {found['craft'].strip()}{found['rest']}"
    period = "" if found["same"] else f"{found['window'].strip()}: "
    return f"{found['bullet']}{period}{counted}{sentence[len(kept) :]}"
