"""Names in a list that repeats its preposition: "a message to Taipei, to Tokyo and to Seoul",
"pressure from Beijing and from Moscow", "to Tokyo as much as to Taipei". Each later "to" only
repeats the first, so the names stand in one list as "to Taipei, Tokyo and Seoul" would, and
what the first is (a government addressed) the others are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .places import coordinated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Prepositions a list of governments addressed, faced or sided with repeats.
REPEATED = frozenset({"to", "from", "with", "against", "for", "toward", "towards"})
JOINING = frozenset({",", "and", "or"})
# A comparison joins two names as a list does: "a message to Tokyo as much as to Taipei",
# "pressure from Beijing rather than from Moscow" (blind88-b-001).
COMPARING = frozenset({("as", "much", "as"), ("as", "well", "as"), ("rather", "than"),
                       ("more", "than"), ("no", "less", "than"), ("but", "also")})  # fmt: skip
MAX_GAP = 4  # ", and to", "as much as to"


def listed_together(doc: Doc, first: Span, second: Span) -> bool:
    """'Beijing and Tokyo', 'Washington, Tokyo and Seoul', or 'to Taipei, to Tokyo'."""
    return coordinated(doc, first, second) or share_a_repeated_preposition(doc, first, second)


def share_a_repeated_preposition(doc: Doc, first: Span, second: Span) -> bool:
    """Whether the second name follows the first in a list that repeats the preposition
    before the first, with only commas and conjunctions or a comparison besides: "to Taipei,
    to Tokyo", "to Tokyo as much as to Taipei"."""
    # At most two joining words and the preposition between: a wider gap is no such list, and
    # is not read (every pair of capitals in an article is asked).
    if first.start == 0 or not first.end < second.start <= first.end + MAX_GAP:
        return False
    preposition = doc[first.start - 1].lower_
    gap = [token.lower_ for token in doc[first.end : second.start]]
    if preposition not in REPEATED or gap[-1:] != [preposition]:
        return False
    joining = gap[:-1]
    listed = 0 < len(joining) <= 2 and all(word in JOINING for word in joining)
    return listed or tuple(joining) in COMPARING
