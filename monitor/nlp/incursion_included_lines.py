"""A log's line that opens on "Includes" or "Including" breaks down the total of the line
before it ("Wed 15 Oct: 30 aircraft (22 crossed the median line and entered the ADIZ), 11
ships. Includes 4 drones and a KJ-500."): a duty officer drops the subject, and the part is a
breakdown, no fact of its own (docs/evaluation-sets.md). Its figures are written as "some"."""

import re

from .incursion_fact_checks import uncounted

# The sentence opens on the verb, with no subject of its own, and a figure: "Includes 4
# drones", "Including two Y-8s.", "Included: three drones"; "Including today, ..." counts days.
_INCLUDES = re.compile(r"\s*(?:[-•*]\s*)?Includ(?:es|ing|ed)\b:?\s+([\w-]+)")


def without_included_lines(sentences: list[str]) -> list[str]:
    """The sentences, each that opens on "Includes" with its figures uncounted."""
    return [uncounted(sentence) if _breaks_down(sentence) else sentence for sentence in sentences]


def _breaks_down(sentence: str) -> bool:
    opening = _INCLUDES.match(sentence)
    return opening is not None and uncounted(opening.group(1)) == "some"
