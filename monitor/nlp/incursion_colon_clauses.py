"""A colon that opens a statement of its own: "China did on Friday what war games had rehearsed
for a decade: it sent 14 warships around the island". The clause before the colon tells what
the deed stands to (a period of planning, of warnings), and its period is not the count's; the
clause after it has its own subject and verb. A colon followed by figures ("In May: 412
aircraft") lists them under the period it names, and is no such break.

A note to readers before a colon ("News desk note for readers travelling this week:", "For
readers who asked about the ticker in last week's issue:"), as live blogs and newsletters set a
report into lifestyle copy, says why the report follows: its week is the readers' trip or
issue, and the report after the colon tells its own window.
"""

from .incursion_tokens import Token

# The subject that opens a clause after a colon: a pronoun, or Beijing named.
_SUBJECTS = {"it", "they", "he", "she", "we", "china", "beijing"}
_READERS = {"readers", "subscribers", "travellers", "travelers", "listeners", "viewers"}
_NOTE_REACH = 12  # words back from the colon: a note's lead is short


def colon_opens_a_statement(words: list[Token], at: int) -> bool:
    """Whether the token at `at` is a colon followed by a subject of a new clause."""
    if words[at].low != ":" or at + 2 >= len(words):
        return False
    subject, verb = words[at + 1], words[at + 2]
    if subject.low in _SUBJECTS and not subject.possessive and verb.text.islower():
        return True
    return not subject.low[0].isdigit() and _notes_readers(words, at)


def _notes_readers(words: list[Token], at: int) -> bool:
    """Whether "for readers" (or subscribers, travellers) leads the words just before `at`."""
    lead = words[max(0, at - _NOTE_REACH) : at]
    return any(a.low == "for" and b.low in _READERS for a, b in zip(lead, lead[1:], strict=False))
