"""A desk's cell that writes a count and the part of it in a zone with a slash between: "Ref 14
JAN (Tue): 32 aircraft / 24 in ADIZ". The slash stands where prose writes a comma ("32
aircraft, 24 in the ADIZ"): the first count is the total around Taiwan, the second the zone's
part. Read as one phrase, the zone was the first count's, and the part was lost.
"""

import re

# A count of craft, the slash, then a count that a zone's act or "in" follows. A slash between
# two counts of craft ("75 acft / 35 PLAN ships") or two columns ("14 / 7") is left alone.
_SLASHED_PART = re.compile(
    r"\b(\d+\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:aircraft|acft|planes?|jets?|sorties|ships?|vessels?|drones?|balloons?))"
    r"\s*/\s*(?=\d+\s+(?:in|into|inside|entered|crossed)\b)",
    re.I,
)


# The slash every such cell holds: a text without one has none.
SLASHED_PART_MARK = re.compile("/")


def slashed_parts_as_commas(sentences: list[str]) -> list[str]:
    """The sentences, a slash between a count of craft and its part in a zone written as a
    comma."""
    return [_SLASHED_PART.sub(r"\1, ", sentence) for sentence in sentences]
