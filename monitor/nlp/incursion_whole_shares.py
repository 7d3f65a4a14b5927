"""A share as large as its total: "two balloons, both of which crossed the median line",
"nine drones, all of them entering the ADIZ". Every one of the craft just counted went where
the verb says; the total is still the day's count around Taiwan, a fact of its own (rule 2 of
docs/evaluation-sets.md), as it is after "nine drones, nine of which entered the ADIZ".
Read by the claim reader (incursion_claim_reader.py) as a count of its own, so that the zone
goes to the share and the total keeps its own.
"""

from . import incursion_words as w
from .incursion_claims import Claim
from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token

WHOLES = {"all", "both"}  # the words a whole share opens with
_POINTING_BACK = {"the", "other", "those", "these", "remaining"}
_TOTAL_REACH = 16  # "two balloons in the 24 hours to 6 a.m., both of which"


def whole_share_at(words: list[Token], i: int) -> Claim | None:
    """The share at i when it is ", all of which" or ", both of them" and a verb, after a
    count of craft in the same sentence."""
    if words[i].low not in WHOLES or i < 2 or words[i - 1].low != ",":
        return None
    if [t.low for t in words[i + 1 : i + 3]] not in (["of", "which"], ["of", "them"]):
        return None
    if i + 3 >= len(words) or words[i + 3].low not in w.VERBS_AFTER_ASIDE:
        return None
    for j in range(i - 2, max(-1, i - 2 - _TOTAL_REACH), -1):
        found = number_at(words, j)
        head = head_at(words, found[1] + 1) if found is not None else None
        if found is None or head is None or head.craft is None:
            continue
        if words[i].low == "both" and found[0] != 2:
            return None
        # "The other two aircraft were ..., both of which": a part of a total told before.
        if j > 0 and words[j - 1].low in _POINTING_BACK:
            return None
        return Claim(i, i + 2, found[0], head.craft, head.ships, head.unmanned, reference=True)
    return None
