"""The country a paragraph sets its scene in, for the generic bodies it names.

A press review filed from Taipei turns from paper to paper and from country to country: "From
Tokyo, the Yomiuri reports that the Foreign Ministry there described the grant as ..." is Japan's
ministry, and "Taiwanese papers give the speech more room. ... The Liberty Times carries the
defence ministry's figures" is Taiwan's, whatever the dateline says. A paragraph that opens on a
place ("In Taiwan,", "From Tokyo,", after a paper's label: "YOMIURI — From Tokyo, the paper
reports") or on a country's papers ("Japanese papers", "Taiwanese media") is at home in that
country, as a digest's item is at home in its own dateline's (datelines.py). The scene lasts to
the paragraph's end, or to a sentence that opens on another country's name or body ("In Beijing,
the Taiwan Affairs Office said ... Kuomintang legislators questioned the cost, which the Cabinet
put at ..." is Taiwan's Cabinet): the next paragraph may turn elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .entity_countries import country_of
from .kb import KnowledgeBase
from .names import fold
from .resolve import resolve_name
from .subject_scenes import scene_end, subject_scenes

# An outlet's or section's label in capitals before a dash may head the paragraph ("YOMIURI —").
_LABEL = r"(?:[A-Z][A-Z.'&-]+(?: [A-Z][A-Z.'&-]+){0,3}[ \t]+(?:—|–|--)[ \t]+)?"
# "In Taiwan,", "From Tokyo,", "Over in Seoul,", "Back in Japan,": a place and its comma.
_PLACE_SCENE = re.compile(
    r"^[ \t]*" + _LABEL + r"(?:(?:Over|Back|Meanwhile,?) in|In|From)[ \t]+"
    r"(?P<place>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,2}),",
    re.M,
)
# "Taiwanese papers give ...", "Japanese media focus on ...", "The Japanese press ...".
_PRESS_SCENE = re.compile(
    r"^[ \t]*"
    + _LABEL
    + r"(?:The[ \t]+)?(?P<demonym>[A-Z][a-z]+)[ \t]+(?:morning[ \t]+|evening[ \t]+)?"
    r"(?:papers|newspapers|dailies|press|media|outlets|broadcasters|tabloids|editorials)\b",
    re.M,
)


@dataclass(frozen=True)
class ParagraphScenes:
    """The paragraphs that set a scene, in the order of the text: where each runs and the
    country it is at home in."""

    spans: tuple[range, ...] = ()
    countries: tuple[str, ...] = ()

    def country_at(self, offset: int) -> str | None:
        """The scene's country of the paragraph `offset` stands in, if it sets one."""
        at = bisect_right(self.spans, offset, key=lambda span: span.start) - 1
        return self.countries[at] if at >= 0 and offset in self.spans[at] else None


def paragraph_scenes(text: str, kb: KnowledgeBase) -> ParagraphScenes:
    """Every paragraph that opens on a place the knowledge base knows a country of, on a
    country's papers, or on a short sentence about a country (subject_scenes.py)."""
    found: dict[int, tuple[int, str]] = {}
    for match in _PLACE_SCENE.finditer(text):
        country = country_of(resolve_name(match.group("place"), kb), kb)
        if country is not None:
            end = _to_paragraph_end(text, match.start())
            found[match.start()] = scene_end(text, match.end(), end, country, kb), country
    for match in _PRESS_SCENE.finditer(text):
        country = kb.demonyms.get(fold(match.group("demonym")))
        if country is not None:
            found[match.start()] = _to_paragraph_end(text, match.start()), country
    for span, country in subject_scenes(text, kb):  # "Beijing reacted angrily. The Foreign ..."
        found[span.start] = span.stop, country
    starts = sorted(found)
    spans = tuple(range(start, found[start][0]) for start in starts)
    return ParagraphScenes(spans, tuple(found[start][1] for start in starts))


def _to_paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end
