"""Feed bytes to Article records, with feedparser doing the XML and the encodings."""

import io
import xml.parsers.expat
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

import feedparser

from ..errors import FetchError
from ..urls import canonical_url
from .article_ids import Identity, article_id, item_identity, shared_links
from .char_refs import decode_references
from .charset import DECLARED_ENCODING
from .item_dates import item_time
from .repair import readable_document
from .sanitize import clean_text, html_to_text, sanitize_html
from .sniff import not_a_feed

TITLE_FROM_TEXT_CHARS = 90
UNTITLED = "(untitled)"


@dataclass(frozen=True)
class Article:
    id: str
    guid: str | None
    link: str | None
    title: str
    author: str | None
    summary: str
    summary_html: str
    content: str | None
    language: str | None
    published_utc: datetime
    fetched_utc: datetime
    # What `id` is a hash of, less the feed it is scoped to: so the pipeline can tell the id an
    # item has in another feed's row (a feed moved in feeds.yaml: `archive/moved_feeds.py`).
    identity: Identity
    full_text: str | None = None

    @property
    def text(self) -> str:
        """The fullest text we have: the page's main text, else the feed's content or summary."""
        return self.full_text or self.content or self.summary


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    articles: list[Article]


def parse_feed(
    body: bytes,
    headers: dict[str, str],
    feed_key: str,
    fetched: datetime,
    not_after: datetime | None = None,
) -> ParsedFeed:
    """Parse one feed document. Raises FetchError when it is not a feed at all, or when it is
    cut off: a feed is stored whole or not at all, so its items arrive with the complete one.

    Publication dates are clamped to `not_after` (default: `fetched`), so a future date never
    floats an item to the top; the pipeline passes the latest time the archive has recorded, so
    a clock that runs behind does not bury what it fetches either.
    """
    body, headers = readable_document(body, headers)
    kind = not_a_feed(body)
    if kind:
        raise FetchError(f"not a feed: {kind}")
    if ends_early(body):
        raise FetchError("the feed document ends early (cut off before its last element closed)")
    try:
        # A stream, never bytes: feedparser opens bytes that look like a path as a local file.
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=True)
    except Exception as exc:  # feedparser raises odd things on broken input; that is the feed's
        raise FetchError(f"unparseable feed: {type(exc).__name__}: {exc}") from None
    if not parsed.entries and not parsed.get("version"):
        problem = parsed.get("bozo_exception") or "no RSS or Atom content"
        raise FetchError(f"not a feed: {clean_text(str(problem))[:200]}")
    feed_language = parsed.feed.get("language")
    articles: list[Article] = []
    seen_guids: dict[str, str] = {}
    latest = max(fetched, not_after or fetched)
    shared = shared_links((entry.get("link"), _title_or_summary(entry)) for entry in parsed.entries)
    for entry in parsed.entries:
        article = _article(entry, feed_key, feed_language, fetched, latest, seen_guids, shared)
        if article is not None:
            articles.append(article)
    return ParsedFeed(title=clean_text(parsed.feed.get("title", "")), articles=articles)


def ends_early(body: bytes) -> bool:
    """True when the document is well formed all the way to its end, but its end comes before
    the root element closes: a transfer cut off, not a sloppy feed.

    Errors in the middle (an undeclared entity, a stray byte) are left to feedparser's loose
    parser as before; undefined entities are no error here (a foreign DTD may define them).
    Encodings expat cannot read itself (Shift_JIS, EUC-JP, GB2312) are read with Python's codec
    first, so a Japanese or Chinese feed cut off is caught too; an unknown one is left alone.
    """
    try:
        return _root_left_open(body)
    except (ValueError, LookupError):  # an encoding expat does not know
        text = _decoded(body)
        try:
            return text is not None and _root_left_open(text)
        except (ValueError, LookupError):
            return False


def _decoded(body: bytes) -> str | None:
    """The document as text by the encoding it declares, if Python knows that encoding."""
    declared = DECLARED_ENCODING.match(body)
    if declared is None:
        return None
    try:
        return body.decode(declared.group(1).decode("ascii"), errors="replace")
    except LookupError:
        return None


def _root_left_open(document: bytes | str) -> bool:
    """Parse with expat (text is read as UTF-8, whatever it declares): True when the document is
    well formed to its end and its root element never closed."""
    parser = xml.parsers.expat.ParserCreate()
    parser.UseForeignDTD(True)
    opened: list[str] = []
    parser.StartElementHandler = lambda name, _attributes: opened.append(name)
    try:
        parser.Parse(document, False)
    except xml.parsers.expat.ExpatError:
        return False
    try:
        parser.Parse(document[:0], True)
    except xml.parsers.expat.ExpatError:
        return bool(opened)  # a root element began and never ended
    return False


def _article(
    entry: Any,
    feed_key: str,
    feed_language: str | None,
    fetched: datetime,
    latest: datetime,
    seen: dict[str, str],
    shared: frozenset[str],
) -> Article | None:
    title = _text_of(entry.get("title", ""), entry.get("title_detail"))
    summary_raw, summary_type = _summary(entry)
    summary_html = _as_html(summary_raw, summary_type)
    summary = html_to_text(summary_html)
    content = _content(entry)
    # A page the feed links every story to is no story's own (article_ids.py).
    link = None if entry.get("link") in shared else _link(entry)
    guid = clean_text(str(entry.get("id") or "")).strip() or None
    if not (title or summary or content or link or guid):
        return None
    if not title:
        title = (summary or content or link or UNTITLED)[:TITLE_FROM_TEXT_CHARS]
    identity = item_identity(guid, link, title, summary + (content or ""), seen)
    return Article(
        id=article_id(feed_key, identity),
        guid=guid,
        link=link,
        title=title,
        author=clean_text(entry.get("author", "")).strip() or None,
        summary=summary,
        summary_html=sanitize_html(summary_html),
        content=content if content and content != summary else None,
        language=_language(entry, feed_language),
        published_utc=_published(entry, fetched, latest),
        fetched_utc=fetched,
        identity=identity,
    )


def _title_or_summary(entry: Any) -> str:
    """What tells an item's story from another's at a glance: its title, else its summary."""
    return _text_of(entry.get("title", ""), entry.get("title_detail")) or entry.get("summary", "")


def _text_of(value: str, detail: Any) -> str:
    value = clean_text(value)
    if detail and "html" in str(detail.get("type", "")):
        return html_to_text(value).replace("\n", " ")
    # A plain-text title of a twice-escaped feed still carries its references ("&#8217;").
    return " ".join(decode_references(value).split())


def _summary(entry: Any) -> tuple[str, str]:
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), str(detail.get("type", "text/html"))


def _as_html(value: str, content_type: str) -> str:
    value = clean_text(value)
    return value if "html" in content_type else escape(value).replace("\n", "<br>")


def _content(entry: Any) -> str | None:
    """Plain text of the longest full-content block the item carries (content:encoded, Atom)."""
    blocks = entry.get("content") or []
    texts = [html_to_text(_as_html(b.get("value", ""), str(b.get("type", "")))) for b in blocks]
    longest = max(texts, key=len, default="")
    return longest or None


def _link(entry: Any) -> str | None:
    """The item's own link, canonical; None when it has none or only an unusable one.

    A guid is an identifier, never a link: feedparser turns `<guid>1</guid>` into a link made
    up from the feed's address, which two feeds on one host would share.
    """
    if entry.get("guidislink") and not entry.get("links"):
        return None
    link = clean_text(entry.get("link", "")).strip()
    return canonical_url(link) if link else None


def _language(entry: Any, feed_language: str | None) -> str | None:
    for key in ("summary_detail", "title_detail"):
        detail = entry.get(key) or {}
        if detail.get("language"):
            return str(detail["language"]).lower()
    return feed_language.lower() if feed_language else None


def _published(entry: Any, fetched: datetime, latest: datetime) -> datetime:
    """The item's own date in UTC (item_dates.py: when it can be believed); the fetch time when
    it has none; never after `latest`."""
    for key in ("published", "updated"):
        # `in` before reading: asked for a missing updated field, feedparser answers with the
        # published one and a DeprecationWarning.
        if key in entry and isinstance(entry[key], str):
            moment = item_time(entry[key], entry.get(f"{key}_parsed"))
            if moment is not None:
                return min(moment, latest)
    return fetched
