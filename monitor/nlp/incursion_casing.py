"""Posts and threads write a report's words in lower case: "mnd numbers for today r out. 14 pla
aircraft, 8 plan ships ... into the central & northern adiz". The readers know those words by
their written case (initials in capitals, names with a capital: it is what tells "PLA" from a
word), so a text is read with them restored. Each word keeps its length, so every offset read
in the restored text is the written text's.
"""

import re

from .incursion_designators import is_count
from .incursion_words import CRAFT_NOUNS

# Initials and names that are no English word in lower case, so restoring them needs no context.
_CASED = {
    word.lower(): word
    for word in ("PLA", "PLAAF", "MND", "ADIZ", "CCG", "PRC", "JCG", "China", "Chinese", "Taiwan")
    + ("Senkaku", "Senkakus", "Kinmen", "People's Liberation Army")  # a caption's lower case
}
_ALTERNATIVES = "|".join(_CASED)
_LOWER_WORD = re.compile(rf"\b(?:{_ALTERNATIVES}|plan)\b")
# "plan" is the English word ("the plan", "plan to") unless its craft follow ("8 plan ships") or
# a count comes before it at the end of a clause ("9 plan, 2 balloons").
_NEXT_WORD = re.compile(r"\s*([^\W_]+|[^\w\s]|$)")
_LAST_WORD = re.compile(r"([^\W_]+)\s*$")
_SHIPS = {noun for noun, craft in CRAFT_NOUNS.items() if craft == "ships"} | {"navy"}
_WORD_BEFORE_REACH = 24  # characters: the word just before is all "plan" is read by


def with_report_words_cased(text: str) -> str:
    """The text with the report words it writes in lower case in their usual case."""
    if not _LOWER_WORD.search(text):
        return text
    return _LOWER_WORD.sub(lambda match: _cased(text, match), text)


def _cased(text: str, match: re.Match[str]) -> str:
    word = match.group()
    if word != "plan":
        return _CASED[word]
    after = _NEXT_WORD.match(text, match.end())
    following = after.group(1).lower() if after else ""
    before = _LAST_WORD.search(text, max(0, match.start() - _WORD_BEFORE_REACH), match.start())
    counted = before is not None and is_count(before.group(1).lower())
    ends_clause = following == "" or not following[0].isalnum()
    return "PLAN" if following in _SHIPS or (counted and ends_clause) else word
