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

from .doc_text import doc_text, span_text
from .doc_words import lower_words, token_texts
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
    does not run on after it ("Exhibition Center"). Asked of each of the model's spans, so the
    words are read from the article's lists of them (doc_words.py), not as Token objects."""
    doc, start, end = span.doc, span.start, span.end
    texts, lower = token_texts(doc), lower_words(doc)
    owned = any(word in POSSESSIVES for word in texts[start:end])
    year = _edition_year(texts, end)
    if year or (texts[start].istitle() and called_an_event(doc, span_text(span))):
        return not owned  # "Taipei Print & Pack 2025"; a headline's "Taipei Cycle"
    if end < len(texts) and (
        (texts[end][:1].isupper() and lower[end] in EVENT_HEADS)
        or (texts[end] in EVENT_NOUNS and _determined(lower, start))
    ):
        end += 1  # "Taipei Fashion Week", or in lower case "the Taipei Cycle show"
    if lower[end - 1] not in EVENT_HEADS or end - start < 2:
        return False
    if owned:
        return False  # "the Japan Mint's Expo 2025": the mint's, whose own name is no place
    return end >= len(texts) or not texts[end][:1].isupper()


def _determined(lower: list[str], start: int) -> bool:
    """Does an article open the name at `start`, or stand right before it: "the Taipei Cycle
    show"?"""
    return lower[start] in ARTICLES or (start > 0 and lower[start - 1] in ARTICLES)


def called_an_event(doc: Doc, name: str) -> bool:
    """Does the article call `name` an event anywhere, with an article before it and its noun
    after ("the Taipei Cycle show opened"), or the noun in its name ("Taipei Cycle Show")? Then
    the name is the show's wherever it stands alone, as in a headline: "Taipei Cycle opens"."""
    # Asked once a capitalised name, so the article's text is the one joined once an article
    # (`doc.text` joins every token again), and an article with no event's noun anywhere
    # calls nothing an event: both of the pattern's forms hold one of the nouns.
    text = doc_text(doc)
    if not _holds_an_event_noun(doc, text) or not _noun_follows(doc, text, name):
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


def _noun_follows(doc: Doc, text: str, name: str) -> bool:
    """Does an event's noun follow the name somewhere, as both of the pattern's forms need?
    Asked before the pattern, which is built for each name: most names are never followed
    by one. Where the nouns stand is found once an article, and the name looked for right
    before each: searching the text for each of an article's names cost more."""
    if "event_noun_ends" not in doc.user_data:
        doc.user_data["event_noun_ends"] = _noun_openings(text)
    ends: list[int] = doc.user_data["event_noun_ends"]
    return any(end >= len(name) and text.startswith(name, end - len(name)) for end in ends)


def _noun_openings(text: str) -> list[int]:
    """Every offset NOUN_AFTER matches at: each of the spaces before an event's noun."""
    return [
        at
        for found in NOUN_AFTER.finditer(text)
        for at in range(found.start(), found.end())
        if text[at].isspace()
    ]


# A fair's edition is named with its year: "Taipei Print & Pack 2025", "Computex 2026".
YEAR = re.compile(r"^(19|20)\d\d$")


def _edition_year(texts: list[str], end: int) -> bool:
    """Is the token at `end` a year closing the name before it?"""
    return end < len(texts) and YEAR.match(texts[end]) is not None
