"""What a body that is no feed is, told in its feed's failure: a feed URL that now serves the
site's home page, a login page, a JSON API or a PDF says so, and the user knows what to fix.

Told by the body's first bytes, never by its Content-Type: many feeds are served as text/html or
text/plain, and are read as feeds all the same. feedparser's own words for these were its XML
parser's ("<unknown>:2:0: not well-formed (invalid token)"), and an HTML page left unclosed at
its end was even reported as a feed cut off in transfer.
"""

import codecs
import re

HEAD_BYTES = 4096
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Whitespace, the XML declaration, processing instructions and comments before the root.
_PROLOG = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_ROOT_NAME = re.compile(r"<(?:!DOCTYPE\s+)?([A-Za-z_][\w.:-]*)", re.IGNORECASE)
HTML_PAGE = "an HTML page (a site's address, not its feed's? Its RSS or Atom link is the feed)"
JSON_FEED = "a JSON Feed document; monitor reads RSS, RDF and Atom (the site may offer one too)"
JSON_DOCUMENT = "a JSON document, not RSS, RDF or Atom"


def not_a_feed(body: bytes) -> str | None:
    """What `body` is, for a person, when its first bytes show it is no feed; None when it may
    be one (feedparser decides)."""
    if body.startswith(b"%PDF-"):
        return "a PDF document"
    head = _head_text(body[:HEAD_BYTES]).removeprefix("\ufeff")
    start = _PROLOG.sub("", head, count=1)
    if start.startswith(("{", "[")):
        return JSON_FEED if "jsonfeed.org/version" in head else JSON_DOCUMENT
    root = _ROOT_NAME.match(start)
    if root and root.group(1).rpartition(":")[2].lower() == "html":
        return HTML_PAGE
    return None


def _head_text(head: bytes) -> str:
    """The first bytes as text enough to see the markup: by a UTF-16 or UTF-32 byte-order mark,
    else one character a byte (the markup is ASCII in every encoding that is not wide)."""
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore")
    return head.decode("latin-1")
