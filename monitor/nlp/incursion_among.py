"""A count that crossed or entered a zone, introduced by "among them", as translations of
Taiwan's reports write 其中 ("detected 21 aircraft ... Among them 15 sorties crossed the middle
line", "..., among them 12 sorties over the middle line into the ADIZ"): it is the part of the
total that went into the zone, a fact of that zone (rule 2), as "of them, 15 crossed" is; not
a breakdown of the total by type ("among them two J-16s", rule 3), which names no movement.

Such a clause is written "of them", as the grammar reads the partitive.
"""

import re

from .incursion_tokens import Token
from .incursion_words import MOVEMENTS, NUMBER_WORDS_PATTERN
from .incursion_zones import CROSSINGS

_UNITS = "sorties|aircraft|planes|jets|ships|vessels|warships"
# What the part did: a verb of movement, or the bare "over"/"into" a translation leaves.
_MOVED = "|".join(sorted(MOVEMENTS | CROSSINGS | {"entering", "over", "into"}))
_COUNT = r"\d{1,4}|" + NUMBER_WORDS_PATTERN
_AMONG_THEM_MOVED = re.compile(
    rf"\b(?P<among>[Aa])mong (?:them|these|those),?(?= (?:{_COUNT})(?: (?:{_UNITS}))?"
    rf" (?:{_MOVED})\b)"
)


AMONG_MARK = re.compile("[Aa]mong")


def among_them_as_of_them(sentences: list[str]) -> list[str]:
    """The sentences, with "Among them 15 sorties crossed" written "Of them, 15 sorties
    crossed"."""
    return [_AMONG_THEM_MOVED.sub(_of_them, sentence) for sentence in sentences]


def _of_them(found: re.Match[str]) -> str:
    return "Of them," if found["among"] == "A" else "of them,"


# Words for everything a report counts, of every kind: "four official ships ... among the forces
# operating around Taiwan" counts one kind among all, which is that kind's own fact, unlike a
# kind among a total of craft ("two drones were among those tracked", "among the aircraft").
_ALL_FORCES = {"forces", "assets", "platforms", "activity", "activities"}


def among_all_forces(words: list[Token], i: int) -> bool:
    """Whether "among" at i is followed by "the" and a word for all the forces counted."""
    return words[i + 1].low == "the" and i + 2 < len(words) and words[i + 2].low in _ALL_FORCES
