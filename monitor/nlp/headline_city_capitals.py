"""A headline names its actor shortly, by a city's name where the lede names it by its office:
"Taipei honours its centenarians" over "TAIPEI — Mayor Chiang Wan-an handed red envelopes ...",
"Tokyo's own dating app opens" over "TOKYO — The Metropolitan Government's matchmaking app ...".
When the story's first sentence puts the city's own government to work (its mayor or governor,
its city or metropolitan government, its city hall), a capital in the headline is that city,
not the country's government. The office must be the capital's: written after its name
("Taipei Mayor", "the Tokyo Metropolitan Government") or with no other place before it under
the capital's own dateline ("TAIPEI — Mayor Chiang"); "Okinawa Governor Denny Tamaki" in the
lede leaves a headline's "Tokyo" the government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext, words
from .doc_text import doc_text
from .english import headline_end
from .names import fold
from .sentence_bounds import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A city's officers, named alone ("Mayor Chiang", "the governor").
CITY_OFFICERS = words("mayor governor")
# A city's own bodies, as two words: "Metropolitan Government", "City Hall", "city council".
CITY_BODY_FIRST = words("metropolitan city municipal")
CITY_BODY_HEAD = words("government hall council assembly")


def led_by_city_government(doc: Doc, span: Span, context: ArticleContext) -> bool:
    """Is `span`, a capital, in the headline over a lede whose first sentence names the
    capital's city government at work?"""
    body = headline_end(doc)
    if span.start_char >= body or body >= len(doc_text(doc)):
        return False
    first = next((token.i for token in doc if token.idx >= body), None)
    if first is None:
        return False
    capital = fold(span.text.removesuffix("'s").removesuffix("’s"))
    text = doc_text(doc)
    under_its_dateline = fold(text[context.dateline.start : context.dateline.stop]) == capital
    lede = sentence_of(doc, first)
    for token in lede:
        office = token.lower_ in CITY_OFFICERS
        body_name = (
            token.lower_ in CITY_BODY_FIRST
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in CITY_BODY_HEAD
        )
        if not (office or body_name):
            continue
        before = doc[token.i - 1] if token.i > lede.start else None
        if before is not None and fold(before.text) == capital:
            return True  # "Taipei Mayor", "the Tokyo Metropolitan Government"
        another = before is not None and before.is_alpha and before.text[:1].isupper()
        if under_its_dateline and not (another and before is not None and not before.is_stop):
            return True  # "TAIPEI — Mayor Chiang", "TOKYO — The Metropolitan Government's"
    return False
