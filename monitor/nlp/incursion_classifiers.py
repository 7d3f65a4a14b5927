"""Counts written after their craft with a measure word, as machine translations of Chinese
and Japanese reports leave them ("detected Communist aircraft 21 sorties, Communist ships 6
vessels and official ship 1 vessel", "confirmed Chinese army aircraft 26 machines"): the
source languages put a classifier after the number, and the translation keeps their order.
Each such count is written before its craft ("21 Communist aircraft", "1 official ship"), as
the grammar reads any count, so that the words naming whose craft they are stay with it.

Only a craft noun right before a number and a measure word after it make the order: English
puts no count between a craft and its unit, so no sentence of plain English is rewritten.
"""

import re

from .incursion_words import CRAFT_NOUNS, MODIFIERS, OPERATORS

# The measure words translations write after the number: a sortie, a "machine" (機), a ship or
# a vessel (艘), a "ship-time" (艘次).
_MEASURES = r"(?:sorties?|machines?|vessels?|ships?|ship-times|planes?|boats?|aircraft)"
_CRAFT_COUNT_MEASURE = re.compile(
    r"\b(?P<noun>[A-Za-z]+) (?P<count>\d{1,4}) " + _MEASURES + r"\b(?![-\w])"
)
# "8 ship-times of warships" (艘次, a ship counted once a day it is seen): ships, as "8 ships
# of warships" reads; English has no such word.
_SHIP_TIMES = re.compile(r"\b(?P<count>\d{1,4}) ship-times\b")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<word>[A-Za-z-]+)\s+$")
_CRAFT_WORDS = MODIFIERS | OPERATORS
# Whose craft and what kind take a few words ("Chinese army", "PLA air force"); a longer run
# of such words is no name, and walking it back word by word would be quadratic in it.
_MAX_CRAFT_WORDS = 4


def counts_before_measured_craft(sentences: list[str]) -> list[str]:
    """The sentences, with "official ship 1 vessel" written "1 official ship", and "8
    ship-times" "8 ships"."""
    return [_SHIP_TIMES.sub(r"\g<count> ships", _in_english_order(s)) for s in sentences]


def _in_english_order(sentence: str) -> str:
    parts: list[str] = []
    done = 0  # the end of the text already written out
    for found in _CRAFT_COUNT_MEASURE.finditer(sentence):
        if found["noun"].lower() not in CRAFT_NOUNS:
            continue  # "on day 3 sorties": no craft before the count
        start = found.start()
        # The words before the noun that say whose craft it is or what kind ("Chinese army")
        # go with it; the verb before them ("detected") stays where it is.
        for _ in range(_MAX_CRAFT_WORDS):
            word = _WORD_BEFORE.search(sentence, max(done, start - 40), start)
            if not word or word["word"].lower() not in _CRAFT_WORDS:
                break
            start = word.start()
        parts += [sentence[done:start], f"{found['count']} {sentence[start : found.end('noun')]}"]
        done = found.end()
    return "".join(parts) + sentence[done:]
