"""Whose a generic body is when nothing but the country names around it tell: the one the
sentence and the one before it name most."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .mention import Mention
from .owners import country_named
from .sentence_bounds import sentence_of, sentence_start
from .spokespeople import SPOKESPEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# How many mentions on each side of the body are read. A sentence names a few countries; a feed
# without full stops is one "sentence" of thousands of mentions, and reading all of them for
# every body there made linking quadratic in its length.
MENTIONS_READ = 24
# A body that summons an envoy is the host's: "the Ministry of Foreign Affairs summoned Japan's
# ambassador" in a story about Beijing's reply is China's ministry, never Japan's, however often
# the sentence names Japan.
SUMMONING = frozenset({"summoned", "summons", "summoning", "summon"})
ENVOYS = frozenset({"ambassador", "envoy", "charge", "chargé", "representative", "consul"})


def country_near(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    countries: set[str | None],
) -> str | None:
    """The one of `countries` named most, in this sentence and the one before (none on a
    tie), by the country's name or by a person of that country the knowledge base knows:
    "President Lai Ching-te received them at the Presidential Office" is in Taipei.
    Nationality words do not count: "the MND tracked 30 Chinese aircraft" is a report about
    China by Taiwan's ministry. Only the spans of the two sentences are read, outward from
    the body's own, and at most MENTIONS_READ on each side."""
    span = spans[index]
    sentence = sentence_of(doc, span.start)
    start = sentence_start(doc, sentence.start - 1) if sentence.start > 0 else sentence.start
    first = index  # the spans of the two sentences lie around the body's own, in order
    while first > max(0, index - MENTIONS_READ) and spans[first - 1].start >= start:
        first -= 1
    last = index + 1
    while last < min(len(spans), index + 1 + MENTIONS_READ) and spans[last].start < sentence.end:
        last += 1
    # The body's own spokesperson is no presence: spokespeople.py weighs them against it.
    spokesperson = index + 1 if span.end < len(doc) and doc[span.end].lower_ in SPOKESPEOPLE else -1
    countries = countries - {_envoys_country(doc, spans, index, linked, kb)}
    counts: dict[str, int] = defaultdict(int)
    for i in range(first, last):
        country = None if i == spokesperson else _country_present(linked.get(i), kb)
        if country and country in countries:
            counts[country] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    # "Foreign ministry spokesperson Guo Jiakun urged Washington ... adding that China would":
    # when the countries named tie, the spokesperson the body speaks through breaks the tie.
    speaking = _country_present(linked.get(spokesperson), kb) if spokesperson > 0 else None
    tied = {country for country, count in ranked if ranked and count == ranked[0][1]}
    return speaking if speaking in tied else None


def _envoys_country(
    doc: Doc, spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the envoy the body summons ("summoned Japan's ambassador"), if it does."""
    span = spans[index]
    if index + 1 >= len(spans) or span.end >= len(doc) or doc[span.end].lower_ not in SUMMONING:
        return None
    envoy, owner = spans[index + 1], linked.get(index + 1)
    between = [t.lower_ for t in doc[span.end + 1 : envoy.start]]
    after = [t.lower_ for t in doc[envoy.end : envoy.end + 2]]
    if between not in ([], ["the"]) or owner is None:
        return None
    possessed = len(after) == 2 and after[0] in ("'s", "’s") and after[1] in ENVOYS
    return country_named(owner, kb) if possessed else None


def _country_present(mention: Mention | None, kb: KnowledgeBase) -> str | None:
    """The country a mention puts in the sentence: a country named outright, or the country
    of a person the knowledge base knows, who is there for it."""
    if mention is None or mention.kind != "name":
        return None
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is not None and entry.type == "PERSON":
        return entry.country
    return country_named(mention, kb)
