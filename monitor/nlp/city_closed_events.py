"""Fairs and shows named with their city last: "Signage Frontier Tokyo", "International
Jewellery Tokyo", "Cosme Tokyo trade fair". An analyst counts no show, but does count the city
that holds it (event_names.py reads the names that open on their place, "Taipei Cycle Show");
the model reads such a name whole, as a name no entry knows, and the city in it would go
unlinked where the writers label it. The name says nothing of being an event, so the article
must: the name's sentence speaks of a fair, a show or its exhibitors ("on the floor of Signage
Frontier Tokyo in the show's nine-year history"), or the article writes the name before an
event's noun somewhere ("this week's Cosme Tokyo trade fair"). Only a city the article also
names on its own is read so, as places_in_names.py reads places inside names.
"""

from __future__ import annotations

import re

from .context import words
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .places_in_names import EVENTS

# What an article says of a show or a fair, besides its nouns: its exhibitors and their stands.
# Not a week, which a sentence names for its time ("at Cosme Tokyo this week").
EVENT_WORDS = EVENTS - words("week weeks") | words("exhibitor exhibitors booth booths pavilion")
CITIES = ("capital", "city")  # the kinds of entry a fair may close on
_WORD = re.compile(r"[a-z]+")
# The lower-case words an event's noun may follow the name by: "Cosme Tokyo trade fair".
_EVENT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?P<noun>[a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def cities_closing_event_names(
    text: str, mentions: list[Mention], kb: KnowledgeBase
) -> list[Mention]:
    """The city that closes an unknown name the article calls a fair or a show, where the
    article names that city on its own too."""
    cities_apart = {m.entity_id for m in mentions if m.in_kb and m.kind == "name"}
    taken = {offset for m in mentions if m.in_kb for offset in range(m.start, m.end)}
    found = []
    for mention in mentions:
        if mention.in_kb or mention.label in ("PERSON", "NORP") or " " not in mention.text:
            continue
        last = mention.text.rsplit(" ", 1)[1]
        entity_id = kb.lookup(fold(last))
        entry = kb.entities.get(entity_id or "")
        at = mention.end - len(last)
        if entry is None or entry.kind not in CITIES or entry.id not in cities_apart:
            continue
        if at in taken or not _called_an_event(text, mention):
            continue
        found.append(Mention(last, entry.type, entry.name, entry.id, at, mention.end, True,
                             description=entry.description))  # fmt: skip
    return found


def _called_an_event(text: str, mention: Mention) -> bool:
    """Does the name's sentence speak of a fair or its exhibitors, or does the article write
    the name before an event's noun anywhere?"""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
    start = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(text, mention.end)
    sentence = text[start : stop.start() if stop else len(text)].lower()
    if set(_WORD.findall(sentence)) & EVENT_WORDS:
        return True
    for written in re.finditer(re.escape(mention.text), text):
        after = _EVENT_AFTER.match(text, written.end())
        if after and after.group("noun") in EVENTS:
            return True
    return False
