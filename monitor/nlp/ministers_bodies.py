"""A ministry named without its country is the one whose minister the story names: "Defence
Minister Wellington Koo on Thursday test-rode ... The Ministry of National Defense plans to
buy" is Koo's ministry, Taiwan's, though no dateline or credit says so. Copy names the minister
first and his ministry after, each without a country, as a story at home does.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .doc_words import words_text
from .kb import KnowledgeBase
from .kb_matcher import OFFICE_FORMS
from .mention import Mention
from .names import fold, may_hold
from .sentence_bounds import sentence_of, sentence_start
from .span_ranges import spans_of_kind, spans_starting_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The words of a body's name that say which office heads it: "defense minister" heads the
# "Ministry of National Defense" and the "Defence Ministry", "foreign minister" the "Ministry
# of Foreign Affairs", "finance minister" the "Finance Ministry".
PORTFOLIOS = {
    "defense minister": frozenset({"defense", "defence"}),
    "defense secretary": frozenset({"defense", "defence"}),
    "foreign minister": frozenset({"foreign"}),
    "finance minister": frozenset({"finance"}),
    "health minister": frozenset({"health"}),
    "economy minister": frozenset({"economy", "economic"}),
}
# The titles written before a minister's name that make him the minister of one of those
# portfolios in the story: each one's own titles (OFFICE_FORMS), and a note's "FM".
TITLES = (*(form for title in PORTFOLIOS for form in OFFICE_FORMS[title]), "fm")
_TITLE_ENDS = frozenset(title.rsplit(" ", 1)[-1] for title in TITLES)  # "minister", "fm"


def ministers_country(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    form: str,
    countries: set[str | None],
    published: date | None,
) -> str | None:
    """The one country among `countries` whose minister of the body's portfolio, in office on
    `published`, the article names with his title; None when it names none so, or ministers
    of two of them, or when the body's sentence or the one before names a place of another."""
    if published is None:
        return None
    words = set(fold(form).split())
    named, titled = set(), set()
    for i, mention in linked.items():
        if mention is None or not mention.in_kb:
            continue
        heading = _heads_of(kb, mention.entity_id, words, published) & countries
        named |= heading
        titled |= heading if _titled(doc, spans[i]) else set()
    # A minister named bare still says the story has his side ("Koo said he had read Dong
    # Jun's speech"), but only one named with his title speaks for his ministry.
    if len(named) != 1 or titled != named:
        return None
    country = titled.pop()
    # The minister stands for his ministry across the story only where nothing nearer says
    # whose it is: "Beijing's response comes from the Foreign Ministry briefing", "Taipei
    # noticed. The Ministry of Foreign Affairs welcomed", "Notes from Tokyo that the Defense
    # Ministry" name the body's own country beside it, a minister named paragraphs away another.
    elsewhere = _places_near(doc, spans, index, linked, kb) & countries - {country}
    return None if elsewhere else country


def own_ministers_country(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    form: str,
    published: date | None,
) -> str | None:
    """The country of the one minister of the body's portfolio that the body's own sentence
    names with his title: "Foreign Minister Takeshi Iwaya raised the matter with Wang Yi, his
    Chinese counterpart, the Foreign Ministry said" is his ministry reporting his call, whatever
    a dateline of two capitals or the other side's minister, named bare, would say. None when
    the sentence titles ministers of two countries, or none."""
    if published is None:
        return None
    sentence = sentence_of(doc, spans[index].start)
    words = set(fold(form).split())
    found: set[str] = set()
    named = spans_starting_in(doc, spans, sentence.start, sentence.end)
    # Each minister's countries asked once an article: a sentence of thousands of titled names,
    # as a feed without full stops sends, is read for each body in it.
    heads = doc.user_data.setdefault(_HEADS, {})
    for i in spans_of_kind(doc, spans, _titled, named):
        mention = linked.get(i)
        if mention is None or not mention.in_kb:
            continue
        key = (mention.entity_id, form, published)
        if key not in heads:
            heads[key] = _heads_of(kb, mention.entity_id, words, published)
        found |= heads[key]
        if len(found) > 1:
            return None  # ministers of two countries: no more names can make it one
    return found.pop() if len(found) == 1 else None


_HEADS = "monitor.ministers_bodies.heads"


def _heads_of(kb: KnowledgeBase, entity_id: str, words: set[str], published: date) -> set[str]:
    """The countries whose ministry of the portfolio `words` name the entity headed on
    `published`."""
    return {
        office.country
        for office in kb.entities[entity_id].offices
        if words & PORTFOLIOS.get(office.title, frozenset())
        and office.start <= published
        and (office.end is None or published <= office.end)
    }


def _titled(doc: Doc, span: Span) -> bool:
    """Whether the name stands after a minister's title of a portfolio ("Foreign Minister Yoko
    Kamikawa", "FM Lin Chia-lung"): copy names a minister for his ministry so; a bare name
    ("Wang Yi and our foreign ministers met", an ambassador on "both ministries, ours and
    theirs") names the man, of whichever side the speaker is not."""
    window = words_text(doc, max(0, span.start - 3), span.start)
    if not may_hold(window, _TITLE_ENDS):
        return False  # asked of every name, and most have no title's word before them
    before = f" {fold(window)}"
    return any(before.endswith(f" {title}") for title in TITLES)


def _places_near(
    doc: Doc, spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> set[str]:
    """The countries of the places (countries, cities, islands) named in the body's sentence,
    or, when it names none, in the one before: "a senior Defense Ministry official in Tokyo
    said" is placed by its own sentence, whatever countries the sentence before compares."""
    sentence = sentence_of(doc, spans[index].start)
    own = _places_in(doc, spans, linked, kb, sentence.start, sentence.end)
    if own or sentence.start == 0:
        return own
    before = sentence_start(doc, sentence.start - 1)
    return _places_in(doc, spans, linked, kb, before, sentence.start)


def _places_in(
    doc: Doc,
    spans: list[Span],
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    start: int,
    end: int,
) -> set[str]:
    places = set()
    for i in spans_starting_in(doc, spans, start, end):
        mention = linked.get(i)
        if mention is None or not mention.in_kb:
            continue
        entry = kb.entities[mention.entity_id]
        country = entry.id if entry.kind == "country" else entry.country
        if entry.type in ("GPE", "LOC") and country is not None:
            places.add(country)
    return places
