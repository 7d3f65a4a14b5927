"""Names that end on the region they serve: "AquaTrade Asia", "Floorline Asia", "Yard & Baler
Asia", "Pool Builder Pacific". Trade titles, outlets and firms name themselves for the region
they cover, and the model often reads only the region, or the name cut at it; the continent or
ocean closing the name is a word of it, not a mention of the place. A region is named so only
after a word of direction ("Southeast Asia", "East Asia", "the South Pacific"), which the
knowledge base matches whole or which names the region itself, and after a word that opens a
sentence ("Today Asia buys a third"), which is no name's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentence_bounds import sentence_start
from .title_case_lines import Lines, title_case_line

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that make a region of the continent or ocean after them, never a name of its own.
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "central", "eastern", "western", "northern", "southern", "inner", "outer", "greater", "pan",
    "far", "near", "middle", "developing", "emerging", "continental", "maritime", "mainland",
    "wider", "whole", "all",
})  # fmt: skip
NAME_WORDS = 4  # words before the region: "Yard & Baler", "Cupping Notes", "AquaTrade"
JOINS = frozenset({"&", "and"})  # inside a firm's name: "Yard & Baler Asia"


def region_closed_names(
    doc: Doc, found: list[Span], regions: frozenset[str], lines: Lines
) -> list[Span]:
    """An organisation's name for each knowledge-base region (`regions`: the ids of places of
    no country, continents and oceans) matched as one word that closes a run of capitalised
    words naming nothing the knowledge base knows, outside a headline written in title case."""
    from spacy.tokens import Span

    covered: dict[int, int] = {}  # each token inside a knowledge-base name: its longest name
    for name in found:
        for i in range(name.start, name.end):
            covered[i] = max(covered.get(i, 0), len(name))
    names = []
    for region in found:
        if region.kb_id_ not in regions or len(region) != 1 or covered[region.start] > 1:
            continue  # "Southeast Asia", "Asia-Pacific": a longer name holds it
        start = _name_start(doc, region.start, covered)
        if start is None or title_case_line(doc[start : region.end], lines):
            continue
        names.append(Span(doc, start, region.end, label="ORG"))
    return names


def _name_start(doc: Doc, region: int, covered: dict[int, int]) -> int | None:
    """Where the run of capitalised words before the region at `region` opens, or None when no
    word of a name stands right before it."""
    start, words_seen = region, 0
    for k in range(region - 1, max(region - 1 - 2 * NAME_WORDS, -1), -1):
        token = doc[k]
        if token.text in JOINS and words_seen:
            continue
        if not _name_word(token) or k in covered or words_seen == NAME_WORDS:
            break
        start, words_seen = k, words_seen + 1
    if not words_seen or doc[start].text in JOINS:
        return None
    if doc[region - 1].lower_ in DIRECTIONS:
        return None  # "Central Asia", "the South Pacific"
    if start == sentence_start(doc, start) and words_seen == 1:
        return None  # "Today Asia buys a third": the sentence's first word
    return start


def _name_word(token: Token) -> bool:
    """A word of a name: capitalised, not a stop word ("In Asia", "Across Europe")."""
    return token.text[:1].isupper() and not token.is_stop and any(c.isalpha() for c in token.text)
