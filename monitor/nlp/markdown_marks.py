"""Markdown's marks, blanked before an English text is analysed.

Notes pasted from chat assistants and note apps write Markdown: "**Lai Ching-te**",
"[Taiwan coast guards drill off Yonaguni](https://english.kyodonews.net/...)", "## Key
developments", "> MND: 6 acft". Read as written, the marks cling to the names beside them
("Yonaguni](https://english" is one token), and a link's address reads as names of its own.
A text that writes Markdown is read as a copy of the same length in which the marks and the
addresses are spaces, so every offset read in the copy is the written text's and the surfaces
stored are its slices (analyze.py). Whether a text writes Markdown is decided by the marks only
Markdown makes (an emphasis pair, a link, a heading); a text without them is returned as it is,
with its lone asterisk footnotes, hyphen lists and "*" inside words.
"""

from __future__ import annotations

import re

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
_EMPHASIS_DEPTH = 2  # "**Defense Minister *Koo***": the outer pair, then the inner


def writes_markdown(text: str) -> bool:
    """Whether `text` has a mark only Markdown makes: a strong-emphasis pair, a link, a
    heading. A single asterisk ("40 aircraft*"), a hyphen list or a quoted reply's ">" is
    written by plain text too, and decides nothing."""
    return bool(_STRONG.search(text) or _LINK.search(text) or _HEADING.search(text))


def blanked_markdown(text: str) -> str:
    """`text` with its Markdown marks and addresses written as spaces, when it writes Markdown;
    else `text` itself. The copy has the same length, and its words the same offsets."""
    if not writes_markdown(text):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

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
    return "".join(chars)
