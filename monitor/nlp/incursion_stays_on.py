"""Ships still in their waters on a later day, told in the sentence after the one that counted
them entering: "Two China Coast Guard ships entered Japan's territorial waters on Monday. They
were still there as of Tuesday morning" is a Tuesday fact. Rule 9 counts a stay not yet over
where it stands, and only there, as it does when one sentence tells both ("entered on Monday
and were still inside as of Tuesday morning")."""

from .incursion_claims import Reading
from .incursion_tokens import tokenize
from .incursion_words import LEAVING, NEGATIONS

# What opens a sentence about the ships just counted: "They were still there", "The ships
# were still inside", "Both were still in the zone". A sentence opening with another subject
# ("The law lets ships ...") is about something else.
_SUBJECTS = {("they",), ("both",), ("the", "ships"), ("the", "vessels")}
# "Still" says the stay goes on; "remained there until Tuesday" ended it, so its entry's day
# is the fact's (rule 9).
_GOING_ON = {"still"}
_WHERE = {"there", "inside", "in", "within"}
# "They were still there": the verb and its adverb come within a few words of the subject.
_WINDOW = 6


def tells_ships_still_in(sentence: str, reading: Reading) -> bool:
    """Whether a sentence opens with the ships the sentence before counted and says they were
    still in their waters ("They were still there as of Tuesday morning"), counting none anew:
    "The ships" points back to that count, and gives no number of its own."""
    if any(claim.count is not None for claim in reading.claims):
        return False
    tokens = tokenize(sentence)
    words = tuple(token.low for token in tokens[:2])
    opening = next((len(subject) for subject in _SUBJECTS if words[: len(subject)] == subject), 0)
    if not opening:
        return False
    near = [token.low for token in tokens[opening : opening + _WINDOW]]
    # "The vessels had not left as of noon Friday" says it as "still there" does; "did not
    # leave until Friday" ended the stay.
    held = "until" not in near
    return any(
        (word in _GOING_ON and following in _WHERE)
        or (held and word in NEGATIONS and following in LEAVING)
        for word, following in zip(near, near[1:], strict=False)
    )
