"""Whose craft a count that names none is, when the craft were named in an earlier paragraph.

"19 crossed the median line" and "Of those, 27 entered the ADIZ" take the craft named last,
and a report may name them a paragraph before ("Taiwan detected 45 aircraft ...\n\nOf those,
27 crossed ..."): the guide's rule 2 counts such a share in its zone, and rule 9 a stay told
as of a later day ("As of noon Thursday, three remained in the contiguous zone"). A paragraph
that puts its count in no zone and states no report's window has turned to something else:
"Formosa Janitorial Group said ... about 140 were working normal shifts" after "land-based
missile systems" counts the firm's people, not 140 missiles around Taiwan. Within its own
paragraph a bare count still takes the craft just named ("Two ships entered; one left").
"""

from .incursion_claims import Claim, Reading


def craft_of_another_paragraph(
    claim: Claim, reading: Reading, named_order: int, paragraph_opened: int
) -> bool:
    """Whether a count that names no craft would take them from a paragraph before its own
    (`named_order`: when the craft were named; `paragraph_opened`: the last order before the
    paragraph opened) with nothing in its own words to say it counts craft: no zone its
    scope reaches and no report's window in its sentence."""
    return named_order <= paragraph_opened and not claim.zones and not reading.window
