"""Where a teller's second statement opens after the counts: what it says (a period, a
streak, zones) is no scope of the counts before it."""

from .incursion_tokens import Token
from .incursion_words import REPORT_VERBS

# ", according to the Japan Coast Guard, which says Chinese government ships have been present
# there almost every day since 2023": the teller's relative clause says something else.
_RELATIVES = {"which", "who"}
# ", the coast guard said, adding that Chinese ships have been present there since 2023"; and
# "... said four ships were in the zone, and that Chinese government ships had been confirmed
# there on every day so far this year": a second "that" the same verb tells.
_ADDING = {"adding", "noting", "and"}
# The words a second statement can open at, whatever follows them.
SECOND_STATEMENT_OPENERS = frozenset(REPORT_VERBS | _RELATIVES | _ADDING)


def opens_a_second_statement(words: list[Token], i: int) -> bool:
    """Whether the word at i opens another statement of the teller: "counted 8 official ships
    and said the coast guard had sent vessels close to ...", ", which says ...", ", adding
    that ...", ", and that ..."."""
    low = words[i].low
    if low in REPORT_VERBS and low != "reported" and i > 0 and words[i - 1].low == "and":
        return True
    if i == 0 or words[i - 1].low != "," or i + 1 >= len(words):
        return False
    told = words[i + 1].low
    return (low in _RELATIVES and told in REPORT_VERBS) or (low in _ADDING and told == "that")
