"""A bulletin's line whose label is craft and what they did, its count alone after the colon:
"Aircraft crossing the median line and entering the northern, central and southwestern ADIZ:
17", as a release's table row reads once laid out as a list (incursion_tables.py). The label
reader (incursion_labels.py) looks only a few words past the craft for zones, as most labels
are short, and reads those; a longer label, of two acts or a long zone, is written as the
sentence it stands for ("17 aircraft crossing the median line and entering ... ADIZ"), whose
clause the grammar reads for every zone the acts name. The sentence stays a line of its list,
marked as one: a plain sentence closes a day's list, and a table row's cells after the long
column ("PLAN vessels: 7", "Official ships: 0") were lost with it.
"""

import re

from .incursion_words import CRAFT_NOUN_PATTERN

# Bullet, craft, an act in -ing and the rest of the label, a colon and a count alone. Bounded
# reaches and one line at a time, so a long line is read at once.
_ACT_LABEL = re.compile(
    r"(?P<mark>[ \t]*(?:[-•*][ \t]*|\d{1,2}\.[ \t]+)?)"
    rf"(?P<craft>(?:[A-Za-z][\w-]*[ \t]){{0,3}}?(?i:{CRAFT_NOUN_PATTERN}))[ \t]+"
    r"(?P<act>(?:crossing|entering|intruding|flying|sailing)\b[^:\n]{1,160}?)"
    r"[ \t]*:[ \t]*(?P<count>\d{1,3})\.?[ \t]*"
)
# The label reader's reach past the craft (incursion_labels.py): shorter labels it reads in
# their list, and a list of labels reads best left as one.
_LABEL_REACH = 6
# The acts name a zone: what makes the count a zone's fact rather than a total's.
_ZONE = re.compile(r"\b(?:ADIZ|median|zone|waters|airspace)\b", re.I)


def act_labels(sentences: list[str]) -> list[str]:
    """The sentences, each line labelled with craft and their acts into a zone written as the
    count, the craft and the acts."""
    return ["\n".join(_as_a_clause(line) for line in s.split("\n")) for s in sentences]


def _as_a_clause(line: str) -> str:
    labelled = _ACT_LABEL.fullmatch(line)
    if labelled is None or not _ZONE.search(labelled["act"]):
        return line
    if len(labelled["act"].split()) < _LABEL_REACH:
        return line
    craft = labelled["craft"]
    # "Aircraft" opens the label, not a name: lower it inside the clause; "PLA" stays.
    if craft[:1].isupper() and craft[1:2].islower():
        craft = craft[0].lower() + craft[1:]
    # An unmarked label was a line of a list all the same (a table row's cell, a bulletin's
    # line): the bullet keeps the list, and the day it announces, open past it.
    mark = labelled["mark"] if labelled["mark"].strip() else f"{labelled['mark']}• "
    return f"{mark}{labelled['count']} {craft} {labelled['act'].rstrip()}"
