"""HTML character references left in plain text, decoded ("Taiwan&#8217;s" reads "Taiwan's").

Feeds that escape their HTML twice reach us, after feedparser and lxml have each decoded once,
with references still in the text: "&#8217;", "&amp;", "&#x201C;", "&amp;#8230;". Read as they
are, they split words ("Taiwan&#8217;s" is no "Taiwan") and hide facts, so every plain text is
decoded here, where it is stored and where it enters analysis.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Only references closed by ";": a bare "&copy" or "&not" is text ("R&notes"), never decoded.
# Up to three leading "amp;" read a reference escaped up to four times as the reference itself,
# so one pass decodes what is stable, with no repeat over the text.
_REFERENCE = re.compile(
    r"&(?:amp;){0,3}(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    # origins[i]: where the text's character i starts in the text given, and one more entry
    # for its end; None when nothing was decoded and offsets are the same in both.
    origins: tuple[int, ...] | None
    # ends[i]: where the text given's source of character i ends (None with origins).
    ends: tuple[int, ...] | None = None

    def original_offset(self, offset: int) -> int:
        """The offset in the text given of `offset`, a start in the decoded text."""
        return offset if self.origins is None else self.origins[offset]

    def original_end(self, offset: int) -> int:
        """The offset in the text given of `offset`, an end in the decoded text: where the
        source of the character before it ends, so what was deleted after a word ("**" after
        "**Lai") stays outside it."""
        if self.ends is None or offset == 0:
            return self.original_offset(offset)
        return self.ends[offset - 1]


def decode_references(text: str) -> str:
    return decoded_with_origins(text).text


def decoded_with_origins(text: str) -> DecodedText:
    """The text with its character references decoded, and where each character came from."""
    return edited_with_origins(text, reference_edits(text))


def reference_edits(text: str) -> list[Edit]:
    """The edits that decode the text's character references, in order."""
    if "&" not in text:
        return []
    edits = []
    for match in _REFERENCE.finditer(text):
        reference = "&" + match.group(1) + ";"
        character = html.unescape(reference)
        if character != reference:  # an unknown name stays as written
            edits.append(Edit(match.start(), match.end(), character))
    return edits


@dataclass(frozen=True)
class Edit:
    """text[start:end] read as `replacement`."""

    start: int
    end: int
    replacement: str


def edited_with_origins(text: str, edits: list[Edit]) -> DecodedText:
    """The text with `edits` (in order, none overlapping) made, and where each character came
    from: a replacement's characters come from its whole span, so a mention over it covers
    the whole span in the text given."""
    if not edits:
        return DecodedText(text, None)
    parts: list[str] = []
    origins: list[int] = []
    ends: list[int] = []
    at = 0
    for edit in edits:
        parts.append(text[at : edit.start])
        origins.extend(range(at, edit.start))
        ends.extend(range(at + 1, edit.start + 1))
        parts.append(edit.replacement)
        origins.extend([edit.start] * len(edit.replacement))
        ends.extend([edit.end] * len(edit.replacement))
        at = edit.end
    parts.append(text[at:])
    origins.extend(range(at, len(text) + 1))
    ends.extend(range(at + 1, len(text) + 1))
    return DecodedText("".join(parts), tuple(origins), tuple(ends))
