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

import numpy as np

from .distinct_words import words_kept
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
_SPACES = re.compile(r"\s+")


def names_an_event(span: Span) -> bool:
    """Whether the model's span is an event's name: it ends in an event's word, or stops right
    before one (the model may leave "Week" of "Taipei Fashion Week" to a date), and the name
    does not run on after it ("Exhibition Center")."""
    doc = span.doc
    end = span.end
    if not _event_word_near(doc, end):  # neither rule of the words at its end can apply
        return (
            span[0].is_title
            and called_an_event(doc, span.text)
            and not any(token.text in POSSESSIVES for token in span)
        )
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


def _event_word_near(doc: Doc, end: int) -> bool:
    """Whether the token at `end` or the one before it is an event's word or a year, from a
    table of the Doc's tokens made once a Doc: the model's spans are read by the tens of
    thousands, and a handful of an article's words are events' words or years."""
    if "event_words" not in doc.user_data:
        doc.user_data["event_words"] = words_kept(doc, _event_word)
    event_words: np.ndarray = doc.user_data["event_words"]
    return bool(event_words[end - 1] or (end < len(doc) and event_words[end]))


def _event_word(word: str) -> bool:
    """An event's head or noun in any case (`lower_` is the word lower-cased), or a year."""
    return word.lower() in EVENT_HEADS or YEAR.match(word) is not None


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
    by one. Where a noun follows anything is found once a Doc (`_noun_ends`): the name must
    end at one of those few places."""
    return any(text.endswith(name, 0, end) for end in _noun_ends(doc, text))


def _noun_ends(doc: Doc, text: str) -> list[int]:
    """Every offset where NOUN_AFTER matches: each of the run of spaces before an event's noun,
    where the pattern's leading spaces may start."""
    cached = doc.user_data.get("event_noun_ends")
    if cached is None or cached[0] is not text:  # the text they were found in
        runs = (
            (found.start(), _SPACES.match(text, found.start()))
            for found in NOUN_AFTER.finditer(text)
        )
        ends = [end for start, run in runs if run is not None for end in range(start, run.end())]
        cached = doc.user_data["event_noun_ends"] = (text, ends)
    found_ends: list[int] = cached[1]
    return found_ends


# A fair's edition is named with its year: "Taipei Print & Pack 2025", "Computex 2026".
YEAR = re.compile(r"^(19|20)\d\d$")


def _edition_year(doc: Doc, end: int) -> bool:
    """Is the token at `end` a year closing the name before it?"""
    return end < len(doc) and YEAR.match(doc[end].text) is not None
