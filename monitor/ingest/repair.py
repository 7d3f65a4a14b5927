"""Feed bytes mended before feedparser reads them, so one bad item costs that item a character,
never the whole feed.

feedparser reads a document in the first encoding that decodes all of it; when none does, it
falls back to windows-1252 for every byte, and one stray byte in one item turns every Japanese
or Chinese title of the feed into mojibake. Its loose parser also raises on a character
reference to a code point that is no character (a surrogate, or past U+10FFFF), and the feed is
lost. Both are mended here, in the document as a whole, the way HTML parsers mend them: the bad
bytes or the bad reference become U+FFFD.
"""

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DECLARED_ENCODING = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']"""
)
_TEXT_DECLARATION = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[\w.:-]+(["'])""")
_CHARSET = re.compile(r";\s*charset\s*=\s*[^;]*", re.IGNORECASE)
# A numeric reference, its characters one to four bytes wide (UTF-8, UTF-16 or UTF-32 text).
_REFERENCE = re.compile(
    rb"&(\x00{0,3})#(?:\x00{0,3}([xX]))?((?:\x00{0,3}[0-9a-fA-F]){1,40})\x00{0,3};"
)
LAST_CODE_POINT = 0x10FFFF


def readable_document(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """The document and its headers with bad bytes and bad references made U+FFFD; the same
    objects when nothing needed mending."""
    body, headers = _decodable(body, headers)
    return _REFERENCE.sub(_mended_reference, body), headers


def _decodable(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """When no encoding the document names (nor UTF-8, XML's default) decodes it whole: it in
    UTF-8, read by the first it names with each bad byte as U+FFFD, labelled UTF-8 in its
    declaration and headers."""
    named = _named_encodings(body, headers)
    for encoding in [*named, "utf-8"]:
        try:
            body.decode(encoding)
        except UnicodeDecodeError:
            continue
        return body, headers
    text = body.decode([*named, "utf-8"][0], errors="replace")
    if not _mostly_read(text):
        return body, headers  # not that encoding at all: feedparser's windows-1252 guess is better
    text = _TEXT_DECLARATION.sub(r"\g<1>utf-8\g<2>", text.removeprefix("\ufeff"), count=1)
    content_type = headers.get("content-type")
    if content_type is not None:
        headers = {**headers, "content-type": _CHARSET.sub("", content_type) + "; charset=utf-8"}
    return text.encode("utf-8"), headers


def _named_encodings(body: bytes, headers: dict[str, str]) -> list[str]:
    """The encodings Python knows among the byte-order mark, the HTTP charset and the XML
    declaration, in that order of trust."""
    names = [encoding for bom, encoding in _BOMS if body.startswith(bom)][:1]
    charset = _CHARSET.search(headers.get("content-type", ""))
    if charset:
        names.append(charset.group().partition("=")[2].strip().strip("\"'"))
    declared = DECLARED_ENCODING.match(body)
    if declared:
        names.append(declared.group(1).decode("ascii"))
    known = []
    for name in names:
        try:
            known.append(codecs.lookup(name).name)
        except LookupError:
            continue
    return list(dict.fromkeys(known))


def _mostly_read(text: str) -> bool:
    """Whether the encoding read the document but for a few stray bytes: more characters beyond
    ASCII decoded than bytes replaced. A windows-1252 feed labelled UTF-8 reads as little but
    replacements, and is left to feedparser's windows-1252 guess, which reads it right."""
    replaced = text.count("\ufffd")
    return sum(1 for ch in text if ord(ch) > 0x7F) > 2 * replaced


def _mended_reference(match: re.Match[bytes]) -> bytes:
    """A reference to a code point XML and Unicode have no character for, as &#xFFFD; in the
    same character width; any other reference as it was."""
    digits = match.group(3).replace(b"\x00", b"")
    number = int(digits, 16) if match.group(2) else int(digits) if digits.isdigit() else -1
    if number == -1 or (number <= LAST_CODE_POINT and not 0xD800 <= number <= 0xDFFF):
        return match.group()
    return match.group(1).join([b"&", b"#", b"x", b"F", b"F", b"F", b"D", b";"])
