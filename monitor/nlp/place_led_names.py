"""Names of groups that begin with a place the knowledge base knows: "Okinawa Environmental
Network", "Yilan Coast Ocean Watch", "Ishigaki Fishers' Network". Environmental and
civic copy names its NGOs, projects and associations this way, and the model often misses them;
the place inside is part of the group's name, not a mention of the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The last word of a group's name. Words that also end bodies' and programmes' official names
# ("Council", "Fund", "Initiative") are left out: those are often written as names of the place.
GROUP_HEADS = frozenset({
    "network", "watch", "project", "association", "society", "foundation", "alliance",
    "coalition", "institute", "centre", "center", "trust", "federation", "club", "union",
    "cooperative",
})  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_WORDS = 5  # "Ryukyu Islands Nature Network", "Hualien Whale-Watching Operators' Association"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def place_led_names(doc: Doc, found: list[Span]) -> list[Span]:
    """A group's name for each knowledge-base place followed by capitalised words that end in a
    group's head word and hold no knowledge-base name of their own ("PRC State Council")."""
    from spacy.tokens import Span

    starts = {k.start for k in found}
    names = []
    for place in found:
        # A heading in capitals ("KAOHSIUNG EXPAT NETWORK") is read either way by writers:
        # the group, or the city it is for. Only a name written as a name is taken whole.
        if place.label_ not in PLACE_LABELS or place.text.isupper():
            continue
        end = _group_end(doc, place.end, starts)
        if end is not None:
            names.append(Span(doc, place.start, end, label="ORG"))
    return names


def _group_end(doc: Doc, start: int, starts: set[int]) -> int | None:
    words = 0
    for i in range(start, min(start + MAX_WORDS * 3, len(doc))):
        token = doc[i]
        if i in starts:
            return None
        # "Fishers' Network" is inside the name; "Japan's Interchange Association" is Japan's.
        if (token.text in POSSESSIVES and words) or (token.text in "-–" and not token.whitespace_):
            continue
        if not (token.is_alpha and token.text[:1].isupper()):
            return None
        words += 1
        if token.lower_ in GROUP_HEADS:
            return i + 1
        if words == MAX_WORDS:
            return None
    return None
