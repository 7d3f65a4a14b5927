"""Romanised Japanese read as the knowledge base writes it, before an English text is analysed.

Copy that romanises Japanese carefully writes long vowels with a macron (Hepburn: "Tōkyō",
"Ryūkyū", "Kōno Tarō"), sometimes as a vowel followed by a combining macron, and names islands,
chains and prefectures with their Japanese suffixes ("Miyako-jima", "Okinawa-hontō",
"Yaeyama-shotō", "Okinawa-ken"). The knowledge base's folding ignores the marks, but the model
and the rules that read a word's spelling do not ("Tōkyō warned" was no capital acting,
"TŌKYŌ" no dateline), and no name of the knowledge base is written with the suffixes. So the
text is read with plain vowels and the suffixes as the English words the knowledge base uses
("Miyako Island", "Okinawa Island"), as edits with offsets kept (char_refs.edited_with_origins):
mentions still index the text given and take its slices as their surfaces ("Okinawa-hontō"
stays "Okinawa-hontō"). Other accents, the circumflex among them ("Côte", "Zürich"), are mostly
another language's spelling: left as written.
"""

from __future__ import annotations

import re

from ..ingest.char_refs import DecodedText, Edit, edited_with_origins
from .print_slips import print_slip_edits
from .text_edges import edge_edits

_PLAIN_VOWEL = {
    "ā": "a", "ē": "e", "ī": "i", "ō": "o", "ū": "u",
    "Ā": "A", "Ē": "E", "Ī": "I", "Ō": "O", "Ū": "U",
}  # fmt: skip
_MARKED = "".join(_PLAIN_VOWEL)
# A precomposed long vowel, or a vowel and a combining macron, read as the vowel alone (one
# edit over both, so a mention that ends with the vowel keeps the mark inside it).
_LONG_VOWEL = re.compile(f"[{_MARKED}]|[AEIOUaeiou]\u0304")
_O = "(?:[oO]\u0304?|[ōŌ])"
# What a suffix names, in the knowledge base's words: "-hontō" is the main island of a chain
# ("Okinawa-hontō", Okinawa Island), "-shotō" and "-rettō" a chain.
_ENGLISH_OF = {"jima": "Island", "shima": "Island", "honto": "Island", "shoto": "Islands",
               "retto": "Islands", "ken": "Prefecture"}  # fmt: skip
# A suffix hyphened to a capitalised place name; a word after it ("Miyako-jima-based") makes
# it part of a longer compound, left alone.
_SUFFIX = re.compile(
    f"(?<=[A-Z][a-z{_MARKED}]|[A-Z][A-Z{_MARKED}])-"
    f"(jima|shima|hont{_O}|shot{_O}|rett{_O}|ken)(?![\\w-])",
    re.IGNORECASE,
)


def english_reading(text: str) -> DecodedText:
    """The English text as analysed: OCR slips mended (print_slips.py), long vowels plain,
    place suffixes in English and the whitespace around it left out (text_edges.py), with where
    each character came from. The slips are ASCII letters, digits and line breaks, never a
    suffix or a marked vowel, and the edges keep clear of all three, so no edits overlap."""
    suffixes = _suffix_edits(text)
    inside_suffix = {at for edit in suffixes for at in range(edit.start, edit.end)}
    vowels = [edit for edit in _plain_vowel_edits(text) if edit.start not in inside_suffix]
    edits = print_slip_edits(text) + suffixes + vowels
    edits += edge_edits(text, edits)
    return edited_with_origins(text, sorted(edits, key=lambda edit: edit.start))


def _plain_vowel_edits(text: str) -> list[Edit]:
    """One edit a marked long vowel: the plain vowel in its place."""
    return [
        Edit(match.start(), match.end(), _PLAIN_VOWEL.get(match.group(), match.group()[0]))
        for match in _LONG_VOWEL.finditer(text)
    ]


def _suffix_edits(text: str) -> list[Edit]:
    """ "-jima" read as " Island", in capitals when written in capitals ("MIYAKO-JIMA")."""
    edits = []
    for match in _SUFFIX.finditer(text):
        suffix = "".join(_PLAIN_VOWEL.get(c, c) for c in match.group(1) if c.isalpha())
        english = _ENGLISH_OF[suffix.lower()]
        edits.append(
            Edit(
                match.start(), match.end(), " " + (english.upper() if suffix.isupper() else english)
            )
        )
    return edits
