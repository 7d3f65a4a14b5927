"""Tallies as a chat message or a jotted note types them, written as the grammar reads a
report's counts:

- a sum written out as an equation, "PLA aircraft: J-16 x6, KJ-500 x1, Y-9 x1, plus 3 drones
  = 11 in all", is its total, "PLA aircraft: 11 in all": the terms are a breakdown, no fact of
  their own (rule 3), and left in, the last term's craft ("drones") was taken for what a later
  "8 of them" counts;
- craft and count in pairs split by commas, "PLAN ships 6, official ships 1", are counts of
  craft, "6 PLAN ships, 1 official ships", as a day row's "aircraft 9" is (incursion_rows.py).
"""

import re

from .incursion_words import CRAFT_NOUN_PATTERN

# The craft a line labels, its colon, terms with a figure and a sum's joint, "=", the total.
_SUM = re.compile(
    rf"\b(?P<craft>{CRAFT_NOUN_PATTERN})\s*:\s*(?P<terms>[^=:\n]{{1,200}}?)\s*=\s*"
    r"(?=\d{1,4}\b)",
    re.I,
)
_JOINTS = re.compile(r",|\+|\bplus\b|\band\b", re.I)
_CRAFT = rf"(?:[A-Za-z-]+ ){{0,2}}(?:{CRAFT_NOUN_PATTERN})"
# A whole line of such pairs, after a speaker's or a sender's name and colon if any.
_PAIRS = re.compile(
    rf"(?P<lead>(?:[^:\n\d]{{1,40}}:\s*)?)"
    rf"(?P<pairs>{_CRAFT} \d{{1,4}}(?:\s*,\s*{_CRAFT} \d{{1,4}})+)(?P<end>\s*\.?\s*)",
    re.I,
)
_PAIR = re.compile(rf"(?P<craft>{_CRAFT}) (?P<count>\d{{1,4}})", re.I)


def tally_lines_as_counts(sentences: list[str]) -> list[str]:
    """The sentences, each sum typed as an equation written as its total and each line of
    craft-and-count pairs written as counts of craft."""
    # An equation writes "=", which few sentences hold: the sum is looked for only in those.
    return [
        _pairs_in_order(_SUM.sub(_total, sentence) if "=" in sentence else sentence)
        for sentence in sentences
    ]


def _total(found: re.Match[str]) -> str:
    if not (re.search(r"\d", found["terms"]) and _JOINTS.search(found["terms"])):
        return found[0]
    return f"{found['craft']}: "


def _pairs_in_order(sentence: str) -> str:
    line = _PAIRS.fullmatch(sentence)
    if line is None:
        return sentence
    pairs = _PAIR.sub(r"\g<count> \g<craft>", line["pairs"])
    return f"{line['lead']}{pairs}{line['end']}"
