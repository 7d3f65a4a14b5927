"""Paragraphs a short sentence about a country opens: the bodies they name next are its own.

Copy turns from one government to the next with a short sentence that names it as its subject
and then tells what its bodies did: "Beijing reacted angrily. The Foreign Ministry lodged stern
representations" is China's ministry in a story from Taipei, and "The United States remains the
biggest trainer. Its language school graduates linguists for the Army, Navy and Air Force" names
the US services in a story about Taiwan's. The lead sentence is the paragraph's scene, as "In
Tokyo," is (paragraph_scenes.py), and lasts to the paragraph's end. Only a country or a capital
standing for it leads so, in a sentence of a few words that ends before the paragraph goes on:
a long first sentence is a story of its own, not a heading for the rest. A later sentence that
opens on another country, or on a body or party of it, ends the scene: "Beijing objected. A
spokesperson said ... Taipei dismissed the remarks, with the Ministry of Foreign Affairs saying"
is Taiwan's ministry. A scene set by a place ("In Beijing,") ends so too (paragraph_scenes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .entity_countries import country_of
from .kb import KnowledgeBase
from .names import fold

# "Beijing reacted angrily.", "Japan has moved too.", "Beijing's response was swift.", "The
# United States remains the biggest trainer.": the subject (a possessive's noun with it), then
# at most six words to the full stop, which more of the paragraph follows.
_LEAD = re.compile(
    r"^[ \t]*(?:The[ \t]+)?(?P<place>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}?)"
    r"(?:['’]s[ \t]+[a-z]+)?"
    r"(?:[ \t]+[a-z][A-Za-z'’-]*){1,6}\.[ \t]+(?=[A-Z\"“])",
    re.M,
)


# A later sentence of the paragraph that opens on a name: "Taipei dismissed the remarks".
_NEXT_SUBJECT = re.compile(
    r"[.!?][\"”’]?[ \t]+(?:The[ \t]+)?(?P<place>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})"
)


def subject_scenes(text: str, kb: KnowledgeBase) -> Iterator[tuple[range, str]]:
    """Where each scene a short sentence about a country or its capital opens runs (to the
    paragraph's end, or to a sentence that opens on another country), and that country."""
    for match in _LEAD.finditer(text):
        country = _country_named(match.group("place"), kb)
        if country is None:
            continue
        end = text.find("\n", match.start())
        end = len(text) if end < 0 else end
        end = scene_end(text, text.rindex(".", 0, match.end()), end, country, kb)
        yield range(match.start(), end), country


def scene_end(text: str, start: int, end: int, country: str, kb: KnowledgeBase) -> int:
    """Where a scene set in `country` ends before `end`: at the first sentence after `start`
    that opens on another country's name, its capital, or a party, body or person of it
    ("Kuomintang legislators said", "The Liberty Times carries"), which turns the paragraph to
    that country; a place of it ("Kinmen") is no turn."""
    for later in _NEXT_SUBJECT.finditer(text, start, end):
        name = later.group("place")
        other = _country_named(name, kb) or _actors_country(name, kb)
        if other is not None and other != country:
            return later.start()
    return end


def _actors_country(name: str, kb: KnowledgeBase) -> str | None:
    """The country of a body, party, outlet or person the knowledge base knows by `name`."""
    entry = kb.entities.get(kb.index.get(fold(name), ""))
    return entry.country if entry is not None and entry.type in ("ORG", "PERSON") else None


def _country_named(name: str, kb: KnowledgeBase) -> str | None:
    """The country a country's or a capital's name stands for; None for any other name."""
    entry = kb.entities.get(kb.index.get(fold(name), ""))  # exact: no fuzzy match a paragraph
    if entry is None or entry.kind not in ("country", "capital"):
        return None
    return country_of(entry.id, kb)
