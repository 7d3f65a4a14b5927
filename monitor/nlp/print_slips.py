"""Slips of OCR in scanned print (clippings, printed bulletins, PDF reports), read as what was
printed before an English text is analysed.

OCR reads the digit one as "l" or "I" and zero as "O" ("l3 of the detected aircraft", "J-l0",
"2023.06.2l"), "m" as "rn" and "i" as "l" in names ("Koizurni", "Chlnese"), and keeps the
hyphen of a word broken across lines ("identifi-\\ncation zone"). Read as written, the count,
the aircraft type, the name and the zone are lost. Each slip is mended as an edit with offsets
kept (romanised_japanese.english_reading makes them), so mentions still index the text given and
their surfaces are its slices. Copy without these shapes has no edit at all.
"""

from __future__ import annotations

import re

from ..ingest.char_refs import Edit

# A run of digits and digit-shaped letters standing alone: "l3", "2l", "ll4", "9:0l" (the
# colon ends the run). A letter next to it makes it a word ("CO2", "G7"), never a slip.
_NUMBER_RUN = re.compile(r"(?<![A-Za-z0-9])[0-9lIO]*[0-9][0-9lIO]*(?![A-Za-z0-9])")
_DIGIT_OF = str.maketrans("lIO", "110")
# "ll of the aircraft": eleven read as two letters, with no digit to show it; a run of "l"
# alone between spaces is no English word ("we'll" has its apostrophe, "ll." abbreviates
# lines), while "II" is a Roman numeral and is left alone.
_ONES_ALONE = re.compile(r"(?<![^\s(])l{2,3}(?=[\s,;)])")
# "l." or "l)" opening a line is list item one; "I." is a Roman numeral and is left alone.
_LIST_ONE = re.compile(r"^[ \t]*(l)(?=[.)][ \t])", re.MULTILINE)
# A word broken at a line's end: "identifi-\ncation", "Trans-\nocean".
_BROKEN_WORD = re.compile(r"([A-Za-z]+)-[ \t]*\r?\n[ \t]*([a-z]+)")
_HYPHENED_WORD = re.compile(r"[A-Za-z]+-[A-Za-z]+")
# A capitalised word: where names stand, and what their misread forms are checked against.
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,30}\b")
# What OCR reads in place of what was printed, in the body of a word.
_MISREADINGS = (("rn", "m"), ("l", "i"))


def print_slip_edits(text: str) -> list[Edit]:
    """The edits that mend the text's OCR slips, in no particular order."""
    return _number_edits(text) + _broken_word_edits(text) + _name_edits(text)


def _number_edits(text: str) -> list[Edit]:
    """One edit a character, so every digit keeps its own offset."""
    edits = []
    for match in _NUMBER_RUN.finditer(text):
        for at, written in enumerate(match.group(), match.start()):
            digit = written.translate(_DIGIT_OF)
            if digit != written:
                edits.append(Edit(at, at + 1, digit))
    edits += [Edit(match.start(1), match.end(1), "1") for match in _LIST_ONE.finditer(text)]
    for match in _ONES_ALONE.finditer(text):
        edits += [Edit(at, at + 1, "1") for at in range(match.start(), match.end())]
    return edits


def _broken_word_edits(text: str) -> list[Edit]:
    """The line break goes; the hyphen stays only when the article writes the word with one
    elsewhere ("Ching-\\nte" beside "Ching-te"), since a break falls anywhere in a word."""
    broken = list(_BROKEN_WORD.finditer(text))
    if not broken:
        return []
    hyphened = {word.lower() for word in _HYPHENED_WORD.findall(text)}
    return [
        Edit(
            match.end(1),
            match.start(2),
            "-" if f"{match.group(1)}-{match.group(2)}".lower() in hyphened else "",
        )
        for match in broken
    ]


def _name_edits(text: str) -> list[Edit]:
    """A capitalised word whose one misreading, undone, gives a word the article itself
    writes ("Koizurni" beside "Koizumi", "Chlnese" beside "Chinese"): OCR slips in one place
    of a name it reads right elsewhere."""
    words = list(_NAME_WORD.finditer(text))
    written = {match.group() for match in words}
    edits = []
    for match in words:
        edit = _misreading_in(match.group(), written)
        if edit is not None:
            edits.append(
                Edit(match.start() + edit.start, match.start() + edit.end, edit.replacement)
            )
    return edits


def _misreading_in(word: str, written: set[str]) -> Edit | None:
    """The one misreading in `word` (offsets within it) whose mending gives a written word."""
    for misread, meant in _MISREADINGS:
        at = word.find(misread, 1)
        while at != -1:
            if word[:at] + meant + word[at + len(misread) :] in written:
                return Edit(at, at + len(misread), meant)
            at = word.find(misread, at + 1)
    return None
