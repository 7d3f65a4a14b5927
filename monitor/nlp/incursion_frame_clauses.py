"""A count told inside a clause that frames it, a thing noted or an event it coincided with, is
no part of the period the frame names: "Growers shipping this week should note that the
ministry reported 17 aircraft in the 24 hours to 6 a.m. Monday" counts Monday's 17, and "this
week" is when the growers ship; "growers, reeling from a ban this week, watched their plans
unravel as the PLA fired 11 missiles on Thursday" counts Thursday's 11. A teller's frame keeps
its period: "the ministry said this month that it had tracked 300 aircraft" is the month's.
"""

from .incursion_tokens import Token
from .incursion_words import AS_CONTINUES

# Verbs of noticing and knowing: what follows their "that" is a fact of its own, not of the
# noticer's time ("should note that", "have learned that"). Verbs of telling are not here.
_NOTICING = {"note", "notes", "noted", "notice", "noticed", "know", "knew", "remember",
             "recall", "learn", "learned", "learnt", "heard", "hear", "realise", "realised",
             "realize", "realized", "see", "saw", "seen"}  # fmt: skip
_CLAUSE_MARKS = {",", ";", ":"}


def frame_clause_start(words: list[Token], start: int, first: int) -> int:
    """Where the clause of the count at `first` opens when a noticing verb's "that", or an "as"
    of the time something happened, opens it between `start` and the count, with no comma
    between: the count's clause; else `start`."""
    for at in range(first - 1, start, -1):
        low = words[at].low
        if low in _CLAUSE_MARKS:
            return start
        if low == "that" and words[at - 1].low in _NOTICING:
            return at
        # "unravel further as the PLA fired": a subject after "as"; "as many as", "such as",
        # "as of 6 a.m." go on in the clause they are in.
        subject = at + 1 < len(words) and (
            words[at + 1].low == "the" or words[at + 1].text[:1].isupper()
        )
        if low == "as" and subject and words[at + 1].low not in AS_CONTINUES:
            return at if words[at - 1].low != "such" else start
    return start
