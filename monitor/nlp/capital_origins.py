"""Where a meeting's people came from: "Participants dialled in from Tokyo, Taipei, Washington
and Seoul", "Participants from Canberra, Tokyo, Taipei, Manila and Washington discussed how ...".
A forum's or a call's report lists the cities its people joined from; a verb after the list is
the participants', not the last capital's, so no capital in the list stands for its government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The people of a meeting, named by their part in it: where they came from is a city.
ATTENDEES = words("""
    participants participant attendees attendee panellists panelists panellist panelist
    scholars experts researchers analysts guests speakers
""")
# Ways of joining a meeting from afar: "dialled in from", "joined from", "logged on from".
JOINED = words("""
    dialled dialed dialling dialing joined joining logged connected connecting called calling
""")
PARTICLES = frozenset({"in", "on", "up"})
LIST_WITHIN = 12  # tokens back from a capital, over the list before it, to its "from"


def joined_from(doc: Doc, span: Span) -> bool:
    """Is the capital in the list of cities a meeting's people came or joined from?"""
    for k in range(span.start - 1, max(span.start - LIST_WITHIN, 0) - 1, -1):
        word = doc[k].lower_
        if word == "from":
            head = k - 1
            if head > 0 and doc[head].lower_ in PARTICLES:
                head -= 1
            return head >= 0 and (doc[head].lower_ in ATTENDEES or doc[head].lower_ in JOINED)
        if not (word in ("and", "or", ",") or doc[k].text[:1].isupper()):
            return False
    return False
