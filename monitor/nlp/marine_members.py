"""A bare "Marine" is a member of a marine corps, or a word about one ("a Marine staff
sergeant", "the new Marine camp", "the Marine presence"), only where its capital is its own.
The first word of a sentence, a line or a dateline's story is capitalised whatever it is, and
there "Marine insurers", "Marine biologists" and "Marine rescuers" are of the sea; so an opening
"Marine" names the corps only before a word of the corps ("Marine and GSDF bands", "Marine
spokesperson"). A capitalised word on either side makes it part of a longer name the model
missed ("National Museum of Marine Biology", "Evergreen Marine"), which is no corps.

The singular says no country's corps by itself, and the region has more than the knowledge
base holds ("the reef that houses a small Marine detachment" is the Philippines'), so it is read
only in an article that names a marine corps, its Marines or one of its units ("US Marines",
"Marine Corps Base Camp Blaz", "III Marine Expeditionary Force"), whose side then decides."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import words
from .doc_text import doc_text
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MARINE = "marine"
# Words after a "Marine" that make it the corps even where its capital may be the sentence's:
# its units, bases and moves, its ranks and people, and another service it is listed with.
CORPS_WORDS = words("""
    unit units regiment regiments battalion battalions division brigade camp camps base bases
    presence move moves relocation deployment rotation littoral aviation band bands
    spokesperson spokesman spokeswoman officer officers veteran veterans corporal sergeant
    lieutenant colonel general major captain private commander interpreter counterpart troops
    and
""")
# What opens a story or a sentence inside one besides the sentence's first token: a dateline's
# dash, a label's colon, a quote.
OPENERS = frozenset({"—", "–", "--", "-", ":", '"', "“", "‘", "'"})
# A marine corps named in the article: its people, or the corps or one of its units by name.
_CORPS_NAMED = "marine_members.corps_named"  # the key of its answer in doc.user_data
CORPS_NAMED = re.compile(
    r"\bMarines\b|\bMarine (?:Corps|Expeditionary|Division|Regiment|Littoral|Rotational|Air)\b"
)


def names_a_marine(doc: Doc, span: Span, form: str) -> bool:
    """Is a generic form other than "marine", or this bare "Marine", the corps?"""
    if form != MARINE:
        return True
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and after.is_alpha and after.lower_ != "and":
        return False  # "Marine Biology", "Marine Rotational Force": a name the model missed
    named = before is not None and before.is_title and not _opens(doc, before.i)
    if named or (before is not None and before.lower_ == "of" and _title_before(doc, before.i)):
        return False  # "Evergreen Marine", "Ministry of Marine Resources"
    opening = before is None or before.is_space or before.text in OPENERS
    opening = opening or sentence_start(doc, span.start) == span.start
    corps_word = after is not None and after.lower_ in CORPS_WORDS
    return (not opening or corps_word) and _names_the_corps(doc)


def _names_the_corps(doc: Doc) -> bool:
    """Whether the article names the corps in full, searched once an article, not once a bare
    "Marine" (a feed of thousands of them searched its whole text each time)."""
    if _CORPS_NAMED not in doc.user_data:
        doc.user_data[_CORPS_NAMED] = CORPS_NAMED.search(doc_text(doc)) is not None
    return bool(doc.user_data[_CORPS_NAMED])


def _opens(doc: Doc, i: int) -> bool:
    """Does the token at `i` open its sentence (a capital that is only the sentence's)?"""
    return sentence_start(doc, i) == i


def _title_before(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].is_title
