"""Events named after their place: "Taipei Fashion Week", "the Sapporo Snow Festival", "the
Kinmen Sea Art Festival", "Naha Stamp Fair", "the Taipei International Travel Fair", "the
Okinawa Marathon". An
analyst counts no festival, fair or show, but does count the place that holds it, so the
place inside such a name is a mention of the place, as the evaluation writers label it. The
model reads these names whole (as an ORG, a FAC or an EVENT), and its span would otherwise
hide the place.

A venue is another thing: "the Taipei Nangang Exhibition Center" ends in its own noun, and a
name that runs on past the event's word is left whole. So is a body's event ("the Japan Mint's
Expo 2025"): the name before the possessive is the body's, not a place's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .place_led_names import POSSESSIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The last word of an event's name. "Forum" and "Summit" are left out: they also end the
# names of think tanks and standing bodies ("Pacific Forum", "East Asia Summit").
# A race is named for its place as a fair is ("the Okinawa Marathon", "the Taipei International
# Dragon Boat Championships"), and the runners' press labels the place inside it alike.
# So are the turf's and the courts' meetings and prizes ("the Japan Cup", "the Hong Kong
# International Races", "the Hong Kong Vase", "the Tokyo Grand Prix", "the Taipei Open"): the
# racing and sports press labels the country or city the race is named for.
EVENT_HEADS = frozenset({
    "festival", "fair", "show", "week", "expo", "biennale", "triennale", "exhibition",
    "carnival", "marathon", "triathlon", "championships", "regatta",
    "cup", "races", "mile", "vase", "derby", "stakes", "prix", "open",
})  # fmt: skip

# Written in lower case after a name, the event's nouns that are no verb of a subject before
# them: "the Taipei Cycle show" is a show ("Taipei Cycle" is the show's name, and Taipei holds
# it), where "open", "week" or "races" could go on with a sentence ("Japan Airlines races").
# An article before the name makes the noun its head; without one, "Japan Airlines show
# profits" is a verb.
EVENT_NOUNS = frozenset({"show", "fair", "expo", "exhibition", "festival"})
ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})
_NOUNS = "|".join(sorted(EVENT_NOUNS))
_ARTICLES = "|".join(sorted(ARTICLES))
_TITLED = "|".join(noun.title() for noun in sorted(EVENT_NOUNS))
ANY_EVENT_NOUN = re.compile(rf"(?i:{_NOUNS})")  # in either of the calls' forms below
NOUN_AFTER = re.compile(rf"\s+(?i:{_NOUNS})\b")  # what follows the name in either form


def names_an_event(span: Span) -> bool:
    """Whether the model's span is an event's name: it ends in an event's word, or stops right
    before one (the model may leave "Week" of "Taipei Fashion Week" to a date), and the name
    does not run on after it ("Exhibition Center")."""
    doc = span.doc
    end = span.end
    if _edition_year(doc, end) or (span[0].is_title and called_an_event(doc, span.text)):
        end += _edition_year(doc, end)  # "Taipei Print & Pack 2025"; a headline's "Taipei Cycle"
        return not any(token.text in POSSESSIVES for token in span)
    if end < len(doc) and (
        (doc[end].text[:1].isupper() and doc[end].lower_ in EVENT_HEADS)
        or (doc[end].text in EVENT_NOUNS and _determined(span))
    ):
        end += 1  # "Taipei Fashion Week", or in lower case "the Taipei Cycle show"
    if doc[end - 1].lower_ not in EVENT_HEADS or end - span.start < 2:
        return False
    if any(token.text in POSSESSIVES for token in span):
        return False  # "the Japan Mint's Expo 2025": the mint's, whose own name is no place
    return end >= len(doc) or not doc[end].text[:1].isupper()


def _determined(span: Span) -> bool:
    """Does an article open the name, or stand right before it: "the Taipei Cycle show"?"""
    first = span.doc[span.start - 1] if span.start else None
    return span[0].lower_ in ARTICLES or (first is not None and first.lower_ in ARTICLES)


def called_an_event(doc: Doc, name: str) -> bool:
    """Does the article call `name` an event anywhere, with an article before it and its noun
    after ("the Taipei Cycle show opened"), or the noun in its name ("Taipei Cycle Show")? Then
    the name is the show's wherever it stands alone, as in a headline: "Taipei Cycle opens"."""
    # Asked once a capitalised name, so the article's text is the one joined once an article
    # (`doc.text` joins every token again), and an article with no event's noun anywhere
    # calls nothing an event: both of the pattern's forms hold one of the nouns.
    text = doc_text(doc)
    if not _holds_an_event_noun(doc, text) or not _noun_follows(text, name):
        return False
    name = re.escape(name)
    called = rf"\b(?i:{_ARTICLES})\s+{name}\s+(?i:{_NOUNS})\b|\b{name}\s+(?:{_TITLED})\b"
    return re.search(called, text) is not None


def _holds_an_event_noun(doc: Doc, text: str) -> bool:
    """Whether the article's text holds an event's noun anywhere, searched once a Doc: asked
    for each capitalised name, the search of the whole text cost more than the rest of the
    question, and its answer is the article's."""
    if "event_noun" not in doc.user_data:
        doc.user_data["event_noun"] = ANY_EVENT_NOUN.search(text) is not None
    return bool(doc.user_data["event_noun"])


def _noun_follows(text: str, name: str) -> bool:
    """Does an event's noun follow the name somewhere, as both of the pattern's forms need?
    Asked before the pattern, which is built for each name: most names are never followed
    by one, and a search for the name costs far less than building its pattern."""
    at = text.find(name)
    while at >= 0:
        if NOUN_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# A fair's edition is named with its year: "Taipei Print & Pack 2025", "Computex 2026".
YEAR = re.compile(r"^(19|20)\d\d$")


def _edition_year(doc: Doc, end: int) -> bool:
    """Is the token at `end` a year closing the name before it?"""
    return end < len(doc) and YEAR.match(doc[end].text) is not None
