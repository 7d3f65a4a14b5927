"""Whose craft a count that names none is, when the craft were named in an earlier paragraph.

"19 crossed the median line" and "Of those, 27 entered the ADIZ" take the craft named last,
and a report may name them a paragraph before ("Taiwan detected 45 aircraft ...\n\nOf those,
27 crossed ..."): the guide's rule 2 counts such a share in its zone, rule 9 a stay told as
of a later day ("As of noon Thursday, three remained in the contiguous zone"), and a log's
"Wednesday — Three more" and "Four did so on Tuesday" are more of them. A paragraph that puts
its count in no zone, states no report's window and adds to or repeats no count has turned
to something else: "Formosa Janitorial Group said ... about 140 were working normal shifts"
after "land-based missile systems" counts the firm's people, not 140 missiles around Taiwan.
Within its own paragraph a bare count still takes the craft just named ("Two ships entered;
one left"), and so does one after a share there pointed back to them ("On Monday four of them
came inside the restricted waters. ... On Saturday there were three.").
"""

from .incursion_claims import Claim, Reading


def craft_of_another_paragraph(
    claim: Claim, reading: Reading, craft: str, in_paragraph: set[str]
) -> bool:
    """Whether a count that names no craft would take `craft` from a paragraph before its own
    (`in_paragraph`: the craft its paragraph named or pointed back to so far) with nothing in
    its own words to say it counts craft: no zone its scope reaches, no report's window in
    its sentence, no "more", "others" or "another" that makes it more of the craft counted
    before ("Wednesday — Three more, this time off Beishan") and no "did so" that repeats
    their act ("Four did so on Tuesday")."""
    pointed = claim.beyond or claim.additive or claim.ellipsis
    return craft not in in_paragraph and not (claim.zones or reading.window or pointed)
