"""Markdown's marks, glued footnote marks (footnote_marks.py) and pronunciation guides
(pronunciation_guides.py), deleted before an English text is analysed.

Notes pasted from chat assistants and note apps write Markdown: "**Lai Ching-te**",
"[Taiwan coast guards drill off Yonaguni](https://english.kyodonews.net/...)", "## Key
developments", "> MND: 6 acft". Read as written, the marks cling to the names beside them
("Yonaguni](https://english" is one token), and a link's address reads as names of its own.
A text that writes Markdown is read without its marks and addresses, as the note shows it
("**Taiwan**'s" is "Taiwan's", "in **Taipei**" is "in Taipei"), and every character read
knows where it was written (char_refs.DecodedText), so the surfaces stored are the written
text's slices (analyze.py). Whether a text writes Markdown is decided by the marks only
Markdown makes (an emphasis pair, a link, a heading); a text without them is read as it is,
with its lone asterisk footnotes, hyphen lists and "*" inside words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..ingest.char_refs import DecodedText, Edit, edited_with_origins
from .footnote_marks import FOOTNOTE, writes_footnotes
from .pronunciation_guides import GUIDE, writes_pronunciation

# An emphasis pair on one line: "**Lai Ching-te**", "*Generated summary*", "__MND__". The marks
# stand against the words they wrap, and outside a word: "f*ck" and "5*3" are no emphasis.
# Each reach is bounded, so a line of a thousand unpaired marks costs no more than its length
# times the reach.
MAX_MARKED_CHARS = 300  # no emphasis, link text or code span runs longer
_REACH = f"{{0,{MAX_MARKED_CHARS}}}"
_PAIR = r"(?<![\w*])(MARKS)(?=[^\s*_])[^\n]" + _REACH + r"?(?<=[^\s*_])\1(?![\w*])"
_EMPHASIS = re.compile(_PAIR.replace("MARKS", r"\*{1,3}|_{2,3}"))
_STRONG = re.compile(_PAIR.replace("MARKS", r"\*\*|__"))
# Inline code: "`MND`".
_CODE = re.compile(r"(`+)[^`\n]" + _REACH + r"?\1")
# A link or image: "[text](address)" or "![alt](address)"; the text stays.
_LINK = re.compile(
    r"(!?\[)[^\]\n]" + _REACH + r"(\]\([^)\s]" + _REACH + r"(?:\s+\"[^\"\n]" + _REACH + r"\")?\))"
)
# An address standing alone: "<https://...>" or "https://...".
_ADDRESS = re.compile(r"<?\bhttps?://[^\s<>()\[\]]+>?")
# A heading's hashes ("## Key developments") and a quote's marks ("> MND: ...", "> > yes").
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]*>)*", re.MULTILINE)
# A code fence's line: "```" or "~~~python".
_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[^\n]*$", re.MULTILINE)
# Pictographs that mark a note's sections ("📌 Top lines", "🛩️ **Air**"), with their
# variation selectors, joiners and skin tones; never part of a name.
_PICTOGRAPH = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f3fb-\U0001f3ff]"
)
# Two word characters a deleted run stood between ("Taiwan📌Japan", "a¹_b"): kept apart by a space.
_WORDS_MEET = re.compile(r"\w\w")
_EMPHASIS_DEPTH = 2  # "**Defense Minister *Koo***": the outer pair, then the inner


def writes_markdown(text: str) -> bool:
    """Whether `text` has a mark only Markdown makes: a strong-emphasis pair, a link, a
    heading. A single asterisk ("40 aircraft*"), a hyphen list or a quoted reply's ">" is
    written by plain text too, and decides nothing."""
    return bool(_STRONG.search(text) or _LINK.search(text) or _HEADING.search(text))


def read_without_marks(text: str) -> DecodedText:
    """`text` as its Markdown shows it, without the footnote marks glued to its words, and
    where each character came from; `text` itself when it writes neither."""
    markdown = writes_markdown(text)
    if not markdown and not writes_footnotes(text) and not writes_pronunciation(text):
        return DecodedText(text, None)
    # The marks found so far are written as spaces in a copy of the same length, so the
    # patterns that follow meet neither them nor a shifted offset.
    chars = list(text)

    def blank(start: int, end: int, mark: str = " ") -> None:
        chars[start:end] = mark * (end - start)

    # Footnotes first, on the text as written: "**seven**[1]" is glued to the closing marks.
    for match in FOOTNOTE.finditer(text):
        blank(*match.span())
    # A radio script's "Miyako [MEE-yah-koh] Strait" goes with the space after it, which a
    # space would not mark as deleted.
    for match in GUIDE.finditer(text):
        blank(*match.span(), "\0")
    if markdown:
        _blank_markdown(text, chars, blank)
    return edited_with_origins(text, _deletions(text, "".join(chars)))


def _blank_markdown(text: str, chars: list[str], blank: Callable[[int, int], None]) -> None:
    for match in _LINK.finditer(text):
        blank(*match.span(1))
        blank(*match.span(2))
    for pattern in (_ADDRESS, _FENCE, _PICTOGRAPH, _HEADING, _QUOTE):
        for match in pattern.finditer(text):
            blank(*match.span())
    pairs = [_CODE] + [_EMPHASIS] * _EMPHASIS_DEPTH
    for pattern in pairs:
        for match in pattern.finditer("".join(chars)):
            marks = len(match.group(1))
            blank(match.start(), match.start() + marks)
            blank(match.end() - marks, match.end())


def _deletions(text: str, blanked: str) -> list[Edit]:
    """Each run of marks `blanked` blanks, deleted; a run between two words ("Taiwan📌Japan")
    is read as one space, so the words stay apart."""
    pairs = zip(text, blanked, strict=True)
    changed = "".join("." if written == read else "x" for written, read in pairs)
    edits = []
    for run in re.finditer("x+", changed):
        start, end = run.span()
        between_words = (
            start > 0
            and end < len(text)
            and bool(_WORDS_MEET.fullmatch(text[start - 1] + text[end]))
        )
        edits.append(Edit(start, end, " " if between_words else ""))
    return edits
