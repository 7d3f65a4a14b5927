"""Which Central European single-byte charset wrote a feed that names none (or names only
ISO-8859-1 or windows-1252, a server's default).

A Polish, Czech, Slovak, Croatian or Slovenian feed in windows-1250 or ISO-8859-2 that named no
charset was read as windows-1252: "Zażółć gęślą jaźń" was stored as "ZaŸó³æ gêœl¹ jaŸñ".
Letters alone cannot tell these charsets from windows-1252: French "très", "à" and "ù" are
windows-1250's "trčs", "ŕ" and "ů", and Hungarian's "ő" and Czech's "č" are windows-1252's "õ" and
"è", letters both ways. What can tell them is a letter read as a sign: windows-1252 reads Polish
"ł", "ż" and "ą" as "³", "¿" and "¹", and ISO-8859-2's "š" and "ž" as "¹" and "¾", signs no writer
sets between two letters, and windows-1250's "ź" as "Ÿ", a capital after a small letter. So a
reading's faults are the bytes it reads as a sign (or a control, or nothing) where another of these
charsets reads a letter inside a word ("ksi¹¿ki"), or at a word's edge for the signs no Western
writer glues there ("te¿", "¾e"), or as a capital after a small letter where another reads a small
one; a document is Central European only when a Central European reading loses at least two of
windows-1252's faults and keeps under a quarter of them. A Western document, whose bytes beyond
ASCII are windows-1252's letters inside its words, and quotes, units, marks and Spanish "¿" and "¡"
glued where its writers glue them, has none to lose, whatever its language.
Left as windows-1252: Hungarian, Romanian, and Czech, Croatian or Slovenian in windows-1250
whose letters all read as windows-1252 letters ("č" as "è", "ő" as "õ"); and a headline or two
with a single fault.
"""

import unicodedata

from .single_byte import SAMPLE_BYTES

WESTERN = "cp1252"
# On a tie ISO-8859-2 is taken: windows-1250 writes "š", "ž", "ś", "ź", its quotes and its
# dashes at 0x80-0x9F, where ISO-8859-2 has controls, so a tie means none of them was written.
CENTRAL_EUROPEAN = ("iso8859_2", "cp1250")
# Fewer faults than these lost tell no charset from one sign glued to a word by a hostile writer.
MIN_FAULTS_LOST = 2


def likeliest_central_european(body: bytes) -> str | None:
    """windows-1250 or ISO-8859-2 when its reading of `body` has clearly fewer letters read as
    signs than windows-1252's; None otherwise (a Western document, or too little to tell)."""
    sample = body[:SAMPLE_BYTES]
    readings = {encoding: _read(sample, encoding) for encoding in (WESTERN, *CENTRAL_EUROPEAN)}
    faults = {
        encoding: _faults(sample, text, readings)
        for encoding, text in readings.items()
        if text is not None
    }
    candidates = [encoding for encoding in CENTRAL_EUROPEAN if encoding in faults]
    if not candidates:
        return None
    best = min(candidates, key=faults.__getitem__)
    lost = faults[WESTERN] - faults[best]
    # A byte windows-1252 leaves undefined is in no windows-1252 document: one such fault tells.
    needed = 1 if "\ufffd" in str(readings[WESTERN]) else MIN_FAULTS_LOST
    return best if lost >= needed and faults[best] * 4 <= faults[WESTERN] else None


def _read(body: bytes, encoding: str) -> str | None:
    """`body` as `encoding` reads it, a byte it leaves undefined as U+FFFD (windows-1252 has no
    character for windows-1250's "ť", "Ť" and "Ź"); None when a Central European charset leaves
    one undefined, which its own text never holds."""
    errors = "replace" if encoding == WESTERN else "strict"
    try:
        return body.decode(encoding, errors=errors)
    except UnicodeDecodeError:
        return None


def _faults(body: bytes, text: str, readings: dict[str, str | None]) -> int:
    """The bytes beyond ASCII that `text` reads as no letter where another reading gives a
    letter of a word ("ksi¹¿ki" for "książki", "te¿" for "też"), or as a capital after a small
    letter where another gives a small one ("jaŸñ"); and every C1 control or byte left
    undefined, which no text holds (ISO-8859-2's reading of windows-1250's "ś", "š" and "ž",
    windows-1252's of its "ť")."""
    others = [other for other in readings.values() if other is not None and other is not text]
    faults = 0
    for index in range(1, len(text) - 1):
        if body[index] < 0x80:
            continue
        char = text[index]
        if unicodedata.category(char) == "Cc" or char == "\ufffd":
            faults += 1
        elif not char.isalpha():
            faults += any(_letter_of_a_word(text, other, index) for other in others)
        elif char.isupper() and text[index - 1].islower():
            faults += any(other[index].islower() for other in others)
    return faults


def _letter_of_a_word(text: str, other: str, index: int) -> bool:
    """Whether `other` reads a cased letter at `index`, where `text` has a sign, and that letter
    stands inside a word; or at its edge, when the sign is one Western writers never glue to a
    word there ("te¿", "¾e"; "¿Qué", "m³", "3¾in", "Brand®" and «citations» are glued)."""
    if unicodedata.category(other[index]) not in ("Lu", "Ll"):
        return False  # ISO-8859-2's caron for Catalan's "l·l" is a modifier, in no word
    if other[index].isupper() and other[index - 1].islower():
        return False  # "Brand®Name" read "BrandŽName": a capital after a small letter fits no word
    before = _joins(text[index - 1], other[index - 1])
    after = _joins(text[index + 1], other[index + 1])
    sign = text[index]
    if sign in _NEVER_GLUED:
        return before or after and not text[index - 1].isdigit()
    if sign in _NEVER_CLOSING:
        return before
    return before and after


def _joins(char: str, other: str) -> bool:
    """Whether a neighbour is a letter of the word in both readings, or a sign that is evidence
    itself ("ksi¹¿ki"): a sign Western writers glue ("m³»") joins no word."""
    return other.isalpha() and (char.isalpha() or char in _NEVER_GLUED | _NEVER_CLOSING)


# The signs windows-1252 reads where Central European charsets write letters, that Western text
# sets apart from words (after a number, a fraction), and the Spanish ones that open a clause.
_NEVER_GLUED = set("±¶¼¾¥¦¬¯")
_NEVER_CLOSING = set("¿¡")
