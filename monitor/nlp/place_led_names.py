"""Names of groups that begin with a place the knowledge base knows: "Okinawa Environmental
Network", "Yilan Coast Ocean Watch", "Ishigaki Fishers' Network". Environmental and
civic copy names its NGOs, projects and associations this way, and the model often misses them;
the place inside is part of the group's name, not a mention of the place.

So with a firm's name closed by its legal form, whatever knowledge-base name opens it: a wire
release's contacts and "About" lines write "Osprey Watch, Inc." and "Pacific Meridian
Logistics, Inc.", which name neither the aircraft nor the ocean."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The last word of a group's name. Words that also end bodies' and programmes' official names
# ("Council", "Fund", "Initiative") are left out: those are often written as names of the place.
GROUP_HEADS = frozenset({
    "network", "watch", "project", "association", "society", "foundation", "alliance",
    "coalition", "institute", "centre", "center", "trust", "federation", "club", "union",
    "cooperative",
})  # fmt: skip
# A firm's legal form, after its name or a comma: "Formosa Freightways Corp.", "Osprey Watch, Inc."
COMPANY_FORMS = frozenset({"corp", "corporation", "inc", "co", "ltd", "plc", "llc", "holdings"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_WORDS = 5  # "Ryukyu Islands Nature Network", "Hualien Whale-Watching Operators' Association"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def place_led_names(doc: Doc, found: list[Span]) -> list[Span]:
    """A group's name for each knowledge-base place followed by capitalised words that end in a
    group's head word and hold no knowledge-base name of their own ("PRC State Council")."""
    from spacy.tokens import Span

    longest: dict[int, int] = {}  # where each knowledge-base name starts: its longest end
    for name in found:
        longest[name.start] = max(longest.get(name.start, name.end), name.end)
    starts = set(longest)
    names = []
    for leader in found:
        if leader.end < longest[leader.start]:
            continue  # "Toyota" of "Toyota Motor Corp.": the longer name leads, or none
        # A heading in capitals ("KAOHSIUNG EXPAT NETWORK") is read either way by writers:
        # the group, or the city it is for. Only a name written as a name is taken whole.
        if ":" in leader.kb_id_ or span_text(leader).isupper():
            continue  # a generic body's name, a demonym or a title opens no firm's name
        heads = GROUP_HEADS if leader.label_ in PLACE_LABELS else frozenset()
        end = _group_end(doc, leader.end, starts, heads)
        if end is not None:
            names.append(Span(doc, leader.start, end, label="ORG"))
    return names


def _group_end(doc: Doc, start: int, starts: set[int], heads: frozenset[str]) -> int | None:
    words = 0
    for i in range(start, min(start + MAX_WORDS * 3, len(doc))):
        token = doc[i]
        if i in starts:
            return None
        if words and _company_form(token):
            return i + 1
        # "Fishers' Network" is inside the name; "Japan's Interchange Association" is Japan's.
        if (token.text in POSSESSIVES and words) or (token.text in "-–" and not token.whitespace_):
            continue
        if words and token.text == "," and i + 1 < len(doc) and _company_form(doc[i + 1]):
            continue  # "Osprey Watch, Inc."
        if not (token.is_alpha and token.text[:1].isupper()):
            return None
        words += 1
        if token.lower_ in heads:
            return i + 1
        if words == MAX_WORDS:
            return None
    return None


def _company_form(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.lower().rstrip(".") in COMPANY_FORMS
