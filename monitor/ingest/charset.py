"""Which encoding a feed document is in, when what is said about it disagrees, and the document
in UTF-8 once that is known.

Three things name a document's encoding: its first bytes, the HTTP charset, and the encoding its
declaration names. feedparser believes the HTTP charset first (RFC 3023), yet servers send one
by default whatever the file holds: Apache's `AddDefaultCharset` labels a Shift_JIS, EUC-JP or
GB18030 feed ISO-8859-1, and every Japanese and Chinese title was stored as mojibake; a UTF-16
feed behind such a label was "not a feed".

So each is believed for what it can prove. The first bytes (a byte-order mark, or a NUL beside the
first character) decide alone. UTF-8 refuses nearly every other encoding's bytes beyond ASCII, so a
document it reads whole is UTF-8 whatever a label says. A label naming an encoding that refuses
bytes not its own (Shift_JIS, EUC-JP, GB18030, Big5) proves itself by reading the whole document.
When none does (no label, or a wrong one), the East Asian encodings that read it whole are asked
(east_asian.py) before any single-byte charset, which reads any bytes at all: ISO-8859-*,
windows-125* and KOI8-R are believed only when nothing that can refuse reads the document. A
document that names no single-byte charset but ISO-8859-1 or windows-1252 (a default) is read in the
Cyrillic, Greek, Hebrew, Arabic or Thai charset whose reading is words of its script
(single_byte.py), or in the Central European one whose reading sets no sign between letters where
windows-1252's does (central_european.py), that reading standing as the East Asian encodings' rival;
else as windows-1252. UTF-16 and UTF-32 read almost any even number of bytes, so only the first
bytes name them. And a document that no encoding reads whole, but one that can refuse reads but for
a few stray bytes, is read by it with U+FFFD for each, never one stray byte turning the whole feed
into windows-1252 (feedparser's last resort).
"""

import codecs
import functools
import re

from .central_european import likeliest_central_european
from .east_asian import likeliest_east_asian
from .single_byte import likeliest_single_byte

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
DECLARED_ENCODING = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']"""
)
_TEXT_DECLARATION = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[\w.:-]+(["'])""")
_CHARSET = re.compile(r";\s*charset\s*=\s*[^;]*", re.IGNORECASE)
# The labels servers and templates give whatever a file holds (Apache's AddDefaultCharset).
LATIN_DEFAULTS = {"iso8859-1", "cp1252"}


def as_utf8(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """The document in UTF-8, labelled so in its declaration and headers, when an encoding
    named for it, or one that refuses bytes not its own, reads it (whole, or but for a few
    stray bytes); as it came otherwise, for feedparser to guess."""
    first_bytes, labels = _named_encodings(body, headers)
    if first_bytes:
        text = _whole_or_mostly(body, first_bytes[0])
        return (body, headers) if text is None else _relabelled(text, headers)
    if not labels and _reads(body, "utf-8"):
        return body, headers  # UTF-8, and nothing said otherwise: feedparser reads it so
    single_byte = [name for name in labels if _reads_any_bytes(name)]
    labelled = [name for name in labels if name not in single_byte]
    # UTF-8 refuses nearly every other encoding's bytes beyond ASCII, so a document it reads
    # whole is UTF-8 whatever a label says (a server's default GBK reads UTF-8 bytes too); a
    # document of ASCII alone is read by its label (ISO-2022-JP's escapes are ASCII).
    refusing = [*labelled, "utf-8"] if body.isascii() else ["utf-8", *labelled]
    readers = [encoding for encoding in refusing if _reads(body, encoding)]
    if readers:
        return _relabelled(body.decode(readers[0]), headers)
    # When nothing named reads it whole, the encodings that refuse bytes not their own are
    # tried before a single-byte one, which reads anything.
    single_byte = _single_byte_candidates(body, single_byte)
    encoding = likeliest_east_asian(body, single_byte)
    if encoding:
        return _relabelled(body.decode(encoding), headers)
    for encoding in refusing:
        text = _whole_or_mostly(body, encoding)
        if text is not None:
            return _relabelled(text, headers)
    for encoding in single_byte:
        if _reads(body, encoding):
            return _relabelled(body.decode(encoding), headers)
    return body, headers


def _single_byte_candidates(body: bytes, named: list[str]) -> list[str]:
    """The single-byte charsets to read `body` by: those named for it, unless only ISO-8859-1 or
    windows-1252 is. That is a server's or a template's default, and what feedparser would guess
    anyway, so it proves nothing against a reading in another script's words (single_byte.py) or in
    Central European letters (central_european.py); without one, it is read as browsers read it (the
    WHATWG Encoding Standard), ISO-8859-1 as windows-1252, whose curly quotes, dashes and "…" stand
    where ISO-8859-1 has controls no text holds (0x85 was a line break: a closing "…" was lost)."""
    if set(named) - LATIN_DEFAULTS:
        return named
    script = likeliest_single_byte(body) or likeliest_central_european(body)
    if script:
        return [script]
    return [*dict.fromkeys(["cp1252", *named])] if named else []


def _reads(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _whole_or_mostly(body: bytes, encoding: str) -> str | None:
    """The document as `encoding` reads it, whole or but for a few stray bytes (each U+FFFD);
    None when it reads little but stray bytes."""
    text = body.decode(encoding, errors="replace")
    return text if "\ufffd" not in text or _mostly_read(text) else None


def _named_encodings(body: bytes, headers: dict[str, str]) -> tuple[list[str], list[str]]:
    """The encoding the first bytes show, if any, and those the HTTP charset and then the XML
    declaration name, that Python knows (never a width: a label cannot prove one)."""
    shown = [encoding for bom, encoding in _BOMS if body.startswith(bom)][:1] or _width(body)
    names = []
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
    return shown, [name for name in dict.fromkeys(known) if name not in _WIDE]


def _width(body: bytes) -> list[str]:
    """UTF-16 or UTF-32 when the first bytes show a character wider than one byte: XML has no
    NUL character, so a NUL among a document's first two bytes is half of a wide one, and
    where it stands tells the width and the byte order (XML 1.0, appendix F, for any start)."""
    head = body[:4]
    if len(head) < 4 or 0 not in head[:2]:
        return []
    if head[1:] == b"\0\0\0":
        return ["utf-32-le"]
    if head[:3] == b"\0\0\0":
        return ["utf-32-be"]
    return ["utf-16-le"] if head[1] == 0 else ["utf-16-be"]


@functools.cache
def _reads_any_bytes(encoding: str) -> bool:
    """Whether `encoding` is a single-byte charset: one that reads each byte alone, never
    waiting for the next, and gives most of the bytes past ASCII a character (7-bit encodings
    such as ISO-2022-JP give them none)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    read = [decoder.decode(bytes([byte])) for byte in range(0x80, 0x100)]
    return all(read) and sum(text != "\ufffd" for text in read) > len(read) // 2


def _relabelled(text: str, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    text = _TEXT_DECLARATION.sub(r"\g<1>utf-8\g<2>", text.removeprefix("\ufeff"), count=1)
    content_type = headers.get("content-type")
    if content_type is not None:
        headers = {**headers, "content-type": _CHARSET.sub("", content_type) + "; charset=utf-8"}
    return text.encode("utf-8"), headers


def _mostly_read(text: str) -> bool:
    """Whether the encoding read the document but for a few stray bytes: more characters beyond
    ASCII decoded than bytes replaced. A windows-1252 feed labelled UTF-8 reads as little but
    replacements, and is left to feedparser's windows-1252 guess, which reads it right."""
    replaced = text.count("\ufffd")
    return sum(1 for ch in text if ord(ch) > 0x7F) > 2 * replaced
