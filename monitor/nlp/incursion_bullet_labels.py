"""A count given as a label and its figure inside a list's entry, after the entry's sentence on
the same line:

    • 24 November – 27 aircraft; 17 crossed the median line. PLA Navy vessels: 5.

"PLA Navy vessels: 5." is the entry's count of those craft, as "5 PLA Navy vessels." would be:
it is written so. Left as a labelled line it reads as a bulletin's line with no bullet of its
own and no list open, and counts nothing. Only the splitter's sentences still holding their
line breaks tell such a label on the entry's line from a line of its own under the entry.
"""

import re

from .incursion_words import BULLETS

_LABELLED_COUNT = re.compile(
    r"(?P<label>[A-Za-z][\w .'’-]{0,40}?)\s*:\s*(?P<count>\d{1,4})\s*\.?(?P<space>\s*)"
)
_CRAFT_NOUN = re.compile(
    r"\b(?:vessels?|ships?|boats?|warships?|aircraft|planes?|jets?|drones?|balloons?)\b", re.I
)


def labels_in_entries(sentences: list[str]) -> list[str]:
    """The sentences, each craft's label and count that goes on a list entry's line after its
    first sentence written as that count of those craft."""
    written: list[str] = []
    in_entry = False  # the line under way opened with a bullet
    line_open = False  # a sentence before this one stands on its line
    for sentence in sentences:
        line_open = line_open and not sentence.lstrip(" \t").startswith("\n")
        label = _LABELLED_COUNT.fullmatch(sentence)
        if in_entry and line_open and label and _CRAFT_NOUN.search(label["label"]):
            sentence = f"{label['count']} {label['label']}.{label['space']}"
        elif not line_open and sentence.strip():
            in_entry = sentence.split(maxsplit=1)[0] in BULLETS
        written.append(sentence)
        line_open = bool(sentence.strip()) and not sentence.endswith("\n")
    return written
