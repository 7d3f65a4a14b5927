"""Feed HTML made safe to keep, and turned into plain text for reading and analysis."""

import re
import unicodedata

import lxml.html
import nh3

from .char_refs import decode_references

# What a summary may keep: structure and links. No images (remote images track the reader),
# no scripts, no styles, no forms, no event handlers: nh3 drops everything not listed.
SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "div", "dl", "dt", "em", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
SAFE_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"colspan"}, "th": {"colspan"}}
SAFE_SCHEMES = {"http", "https", "mailto"}
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "pre", "hr", "dt", "dd", "table", "ul", "ol"}  # fmt: skip

# HTML parsers check each new tag against the elements still open, so their time grows with
# the square of the nesting: a 500 kB summary of nothing but <div> held a pass for two minutes.
# No page nests anywhere near this deep, and libxml2 (lxml, which turns the HTML into text here)
# stops reading at 256 levels, dropping all that lies deeper (an article page's whole text); tags
# deeper than MAX_DEPTH are dropped, their text kept, as browsers flatten what lies beyond their
# own depth limit.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>")
# Elements that never hold others open: void ones, and those the next sibling closes.
_NOT_NESTING = {
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta",
    "option", "p", "param", "source", "td", "th", "tr", "track", "wbr",
}  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def clean_text(text: str) -> str:
    """Valid UTF-8, no control characters, NFC: whatever the feed's charset did to it."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def sanitize_html(html: str) -> str:
    return nh3.clean(
        flattened(clean_text(html)),
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes=SAFE_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def flattened(html: str) -> str:
    """`html` with the tags nested deeper than MAX_DEPTH removed, their text kept."""
    if html.count("<") <= MAX_DEPTH:  # it cannot nest deeper than it has tags
        return html
    depth = 0

    def kept(tag: re.Match[str]) -> str:
        nonlocal depth
        if tag[2].lower() in _NOT_NESTING or tag[0].endswith("/>"):
            return tag[0]
        if tag[1]:  # an end tag: it closes the deepest element open
            depth = max(depth - 1, 0)
            return tag[0] if depth < MAX_DEPTH else ""
        depth += 1
        return tag[0] if depth <= MAX_DEPTH else ""

    return _TAG.sub(kept, html)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, one line per block, whitespace collapsed, with the
    character references of a twice-escaped feed decoded (lxml decodes one level)."""
    safe = sanitize_html(html)
    if not safe.strip():
        return ""
    root = lxml.html.fragment_fromstring(safe, create_parent="div")
    for element in root.iter():
        if element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    text = _SPACES.sub(" ", decode_references(root.text_content()))
    return _BLANK_LINES.sub("\n", text).strip()
