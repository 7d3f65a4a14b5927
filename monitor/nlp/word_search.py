"""A pattern's first match in a long text, found by searching first for its words alone.

Python's engine skips through a text to the characters that may open a pattern only when each
of its alternatives opens with a character; an alternative that opens with a word boundary or a
lookbehind ("\\bJSO\\b|\\bJapan's Joint Staff\\b|(?<!上)海保") has it try the whole pattern at
every character of the text. The same pattern without its boundaries and lookbehinds opens
with its words, so the engine skips to them: searched first, it finds the few places where the
pattern may match, and the pattern is tried only there. The match is the one `pattern.search`
finds: the pattern matches nowhere its words do not, and is tried at each place they do, in
order, reading the characters before that place as a search does.
"""

import re
from functools import cache

# A word boundary, or a lookbehind holding no group: what a match's place is checked by, no
# character it reads.
_PLACE_CHECKS = re.compile(r"\\b|\(\?<[=!][^()]*\)")


def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text), trying the pattern only where its words stand."""
    words = _words_of(pattern)
    start = 0
    while (found := words.search(text, start)) is not None:
        if (match := pattern.match(text, found.start())) is not None:
            return match
        start = found.start() + 1
    return None


@cache  # a pattern's words are compiled once
def _words_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    if "\\\\" in pattern.pattern or "[\\b" in pattern.pattern:
        raise ValueError(f"a backslash or a backspace is read as a boundary in {pattern.pattern}")
    return re.compile(_PLACE_CHECKS.sub("", pattern.pattern), pattern.flags)
