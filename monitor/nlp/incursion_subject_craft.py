"""The craft a sentence's subject points back to, as the craft it names.

"The aircraft were spotted between 6am Monday and 6am Tuesday, with 24 crossing the median
line": the 24 names no craft, and are of the aircraft the sentence is about, not of the last
craft the story counted before it ("... and one surveillance balloon"). The grammar reads "the
aircraft" as a claim pointing back to the aircraft counted (incursion_grammar.py), so the story
would not see it as a craft named; this names it, without a count, where it stands.
"""

from .incursion_claims import Mention, Reading


def name_the_subjects_craft(reading: Reading) -> None:
    """Adds a craft named, with no count, for each claim that points back to all the craft of
    its kind ("the aircraft", "the ships"), so that a count after it with no craft of its own
    is of that craft."""
    named = [
        Mention(claim.first, claim.craft, claim.ships, None)
        for claim in reading.claims
        if claim.reference and claim.count is None and claim.craft is not None
    ]
    if named:
        reading.mentions = sorted(reading.mentions + named, key=lambda mention: mention.position)
