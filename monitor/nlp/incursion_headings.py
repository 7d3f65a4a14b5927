"""The headings of a digest's sections: a line standing alone without a full stop, after a
blank line, over a paragraph ("■ MND: 16 aircraft, 5 ships" over "The ministry reported 16 PLA
aircraft ... in the 24 hours to 6 a.m. Tuesday."). A heading repeats its paragraph's figures
(rule 4), so they are of the day the paragraph tells, not of the day the section before wrote
("The minister on Monday thanked Japan ...").
"""

import re

from .incursion_tables import LIST_NUMBER
from .paragraphs import closes_paragraph

_FIGURE = re.compile(r"\d+")


def section_headings(sentences: list[str]) -> set[str]:
    """The sentences that head a section, blank sentences still among them; a numbered item's
    headline ("1. China flies 39 warplanes ...", which the splitter cuts after its "1.") as
    the numbered line is read (incursion_tables.numbered_lines)."""
    headings = set()
    for index in range(1, len(sentences) - 1):
        before, line, after = sentences[index - 1 : index + 2]
        numbered = LIST_NUMBER.fullmatch(before) is not None
        if numbered and index >= 2:  # the break is before the item's number
            before = sentences[index - 2]
        broken = not before.strip() or closes_paragraph(before)
        alone = line.rstrip(" \t").endswith("\n") and line.strip()[-1:] not in ".!?:"
        # a feed's snippet under its headline is cut short with an ellipsis: "... said …"; a
        # numbered item is a headline only when its snippet repeats its figures, else it is a
        # list's line ("2. PLA aircraft detected: 7" over "The busiest day was March 2, ...")
        repeated = not numbered or set(_FIGURE.findall(line)) <= set(_FIGURE.findall(after))
        if broken and alone and repeated and after.strip()[-1:] in (".", "!", "?", "…"):
            headings.add(f"{sentences[index - 1]} {line}" if numbered else line)
    return headings
