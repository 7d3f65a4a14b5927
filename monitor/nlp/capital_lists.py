"""Capitals listed together ("Seoul, Tokyo and Beijing") are read as one: all governments or
all cities. A list's words before its first capital govern the whole list, so the cue that
decides the first decides the rest: "redeployed aircraft to Taipei, Seoul and Bangkok" flies
to three cities, though "Seoul" alone, after a comma, has no cue of its own and would be read
as the government that capitals stand for by default. So are the two ends of "from Taipei to
Beijing": a switch of recognition between governments, or a route between cities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_actors import MOVING
from .places import opens_a_clause
from .repeated_prepositions import listed_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

GOING_TO = frozenset({"to", "into", "via", "toward", "towards"})


def acting_lists(doc: Doc, spans: list[Span], capitals: list[int], acting: set[int]) -> set[int]:
    """The capitals (indices into `spans`) that act, once each list of joined capitals acts or
    stands together: a list acts if one of its capitals does, unless its first capital follows a
    word of going ("to", "visited"), which makes the whole list places."""
    # A list joins only capitals next to each other: each run of joined ones is decided together.
    # Asking every pair made it cubic.
    runs: list[list[int]] = []
    for index in sorted(capitals, key=lambda index: spans[index].start):
        joined = runs and (
            listed_together(doc, spans[runs[-1][-1]], spans[index])
            or _from_to(doc, spans[runs[-1][-1]], spans[index])
        )
        if joined and not opens_a_clause(doc, spans[index].start):  # "in Vilnius, and Beijing has"
            runs[-1].append(index)
        else:
            runs.append([index])
    decided = set(acting)
    for run in runs:
        if len(run) > 1 and run[0] not in acting and _placed(doc, spans[run[0]]):
            decided.difference_update(run)
        elif decided.intersection(run):
            decided.update(run)
    return decided


def _placed(doc: Doc, span: Span) -> bool:
    """Does a word of going stand right before the capital ("to Taipei", "visited Seoul")? Not
    "in": "officials in Taipei and Washington" are the governments' people."""
    return span.start > 0 and doc[span.start - 1].lower_ in GOING_TO | MOVING


def _from_to(doc: Doc, first: Span, second: Span) -> bool:
    """Are the two capitals the ends of "from ... to ..."?"""
    if first.start == 0 or doc[first.start - 1].lower_ != "from":
        return False
    return second.start == first.end + 1 and doc[first.end].lower_ == "to"
