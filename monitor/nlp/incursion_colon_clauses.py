"""A colon that opens a statement of its own: "China did on Friday what war games had rehearsed
for a decade: it sent 14 warships around the island". The clause before the colon tells what
the deed stands to (a period of planning, of warnings), and its period is not the count's; the
clause after it has its own subject and verb. A colon followed by figures ("In May: 412
aircraft") lists them under the period it names, and is no such break.
"""

from .incursion_tokens import Token

# The subject that opens a clause after a colon: a pronoun, or Beijing named.
_SUBJECTS = {"it", "they", "he", "she", "we", "china", "beijing"}


def colon_opens_a_statement(words: list[Token], at: int) -> bool:
    """Whether the token at `at` is a colon followed by a subject of a new clause."""
    if words[at].low != ":" or at + 2 >= len(words):
        return False
    subject, verb = words[at + 1], words[at + 2]
    return subject.low in _SUBJECTS and not subject.possessive and verb.text.islower()
