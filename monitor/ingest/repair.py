"""Feed bytes mended before feedparser reads them, so one bad item costs that item a character,
never the whole feed.

feedparser reads a document in the first encoding that decodes all of it; when none does, it
falls back to windows-1252 for every byte, and one stray byte in one item turns every Japanese
or Chinese title of the feed into mojibake. Its loose parser also raises on a character
reference to a code point that is no character (a surrogate, or past U+10FFFF), and the feed is
lost. Both are mended here, in the document as a whole, the way HTML parsers mend them: the bad
bytes (charset.py) or the bad reference become U+FFFD.
"""

import re

from .charset import as_utf8

# A numeric reference, its characters one to four bytes wide (UTF-8, UTF-16 or UTF-32 text).
_REFERENCE = re.compile(
    rb"&(\x00{0,3})#(?:\x00{0,3}([xX]))?((?:\x00{0,3}[0-9a-fA-F]){1,40})\x00{0,3};"
)
LAST_CODE_POINT = 0x10FFFF


def readable_document(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """The document and its headers in the encoding charset.py reads it by, with bad bytes and
    bad references made U+FFFD."""
    body, headers = as_utf8(body, headers)
    return _REFERENCE.sub(_mended_reference, body), headers


def _mended_reference(match: re.Match[bytes]) -> bytes:
    """A reference to a code point XML and Unicode have no character for, as &#xFFFD; in the
    same character width; any other reference as it was."""
    digits = match.group(3).replace(b"\x00", b"")
    number = int(digits, 16) if match.group(2) else int(digits) if digits.isdigit() else -1
    if number == -1 or (number <= LAST_CODE_POINT and not 0xD800 <= number <= 0xDFFF):
        return match.group()
    return match.group(1).join([b"&", b"#", b"x", b"F", b"F", b"F", b"D", b";"])
