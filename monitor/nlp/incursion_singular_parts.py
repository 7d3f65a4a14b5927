"""One craft of those the sentence before counted: "The MND's 6 a.m. update counted 3 PLA
balloons that crossed the median line ... One balloon flew over the south of the island before
disappearing" tells what one of the three did, as "One of the balloons flew ..." would; it is
no count of its own (rule 3). Written so, the grammar reads it as the partitive it is.
"""

import re

from .incursion_words import NUMBER_WORDS_PATTERN

# The craft a report singles one of out, by its singular noun; "aircraft" is its own plural.
_SINGULARS = "balloon|drone|ship|vessel|warship|fighter|bomber|helicopter|jet|aircraft"
_ONE = re.compile(rf"^(?P<lead>\s*)One (?P<craft>{_SINGULARS})\b")
_NUMBER = r"\d{1,3}|" + NUMBER_WORDS_PATTERN
_COUNTED_REACH = 3  # "3 PLA balloons", "seven PLA Navy ships": a few words between


def singular_parts_as_partitives(sentences: list[str]) -> list[str]:
    """The sentences, a sentence opening "One <craft>" right after one that counted several of
    that craft written "One of the <craft>s"."""
    parts = sentences[:1]
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        one = _ONE.match(sentence)
        if one is not None and _counts_several(before, one["craft"]):
            plural = one["craft"] if one["craft"] == "aircraft" else one["craft"] + "s"
            sentence = f"{one['lead']}One of the {plural}{sentence[one.end() :]}"
        parts.append(sentence)
    return parts


def _counts_several(sentence: str, craft: str) -> bool:
    plural = craft if craft == "aircraft" else craft + "s"
    counted = re.search(
        rf"\b(?:{_NUMBER})(?: [\w-]+){{0,{_COUNTED_REACH}}}? {plural}\b", sentence, re.I
    )
    return counted is not None and counted.group(0).split()[0].lower() not in ("one", "1")
