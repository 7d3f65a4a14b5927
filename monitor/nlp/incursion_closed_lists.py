"""A list of counts that a sighting verb takes as its object ends at its own "and": in "the
ministry recorded 26 aircraft and 8 navy vessels, and 18 aircraft crossed the median line", the
count after ", and" is the subject of a clause of its own, whose zone is not the list's. The
list's members are the report's totals; the count after them is a share of the aircraft with
its own zone (rule 2), not a third member to add to them (rule 3)."""

from . import incursion_words as w
from . import incursion_zones as z
from .incursion_claims import Claim
from .incursion_singular_relatives import owns_its_relative_clause
from .incursion_tokens import Token

# What the subject of a clause of its own does next: "and 18 aircraft crossed", "and seven of
# them had entered", "and two balloons were tracked".
_OWN_VERBS = w.MOVEMENTS | z.BEING_THERE | w.AUXILIARIES


def opens_a_clause_after_a_closed_list(words: list[Token], claims: list[Claim], index: int) -> bool:
    """Whether the count `claims[index]`, after ", and", opens a clause of its own: the counts
    before it are a list a sighting verb takes ("recorded 11 aircraft, 5 PLAN vessels and 2
    official ships"), already closed by its own "and", and a verb follows the count."""
    claim, before = claims[index], claims[index - 1]
    if [t.low for t in words[before.last + 1 : claim.first]] != [",", "and"]:
        return False
    if claim.last + 1 >= len(words) or words[claim.last + 1].low not in _OWN_VERBS:
        return False
    members = [member for member in claims[:index] if member.group == before.group]
    first = members[0]
    joined = words[members[-2].last + 1 : before.first] if len(members) > 1 else []
    closed = bool(joined) and joined[-1].low == "and"
    return closed and first.first > 0 and words[first.first - 1].low in w.DETECTIONS


def owns_its_clause(words: list[Token], claims: list[Claim], index: int) -> bool:
    """Whether the count `claims[index]` has a clause of its own that the list before it does
    not share: ", which ..." after a count of one, or ", and 18 aircraft crossed ..." after a
    list a sighting verb took."""
    claim, before = claims[index], claims[index - 1]
    return owns_its_relative_clause(words, claim, before) or opens_a_clause_after_a_closed_list(
        words, claims, index
    )
