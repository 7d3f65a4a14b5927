"""The archive as Atom 1.0 feeds (feedgen): a selection of articles, or the daily digests.

`monitor export --format atom` writes them and `monitor serve` publishes them; both call these
functions, so a feed reader subscribed to one sees what the other writes. Ids are stable URNs
(a UUID made from the article's id, the digest's date or the selection), so a reader that
fetches the feed again recognises every entry it has seen.
"""

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from feedgen.feed import FeedGenerator

from ..clock import now_utc, stored_time
from ..xml_text import xml_text
from .render import safe_url

# The namespace of every id monitor's feeds make (a UUID of our own, fixed for ever).
_NAMESPACE = uuid.UUID("6f0c2f9e-5b7a-4f8e-9a55-3a1c6d9b2e41")
GENERATOR = "monitor"


def feed_id(seed: str) -> str:
    return uuid.uuid5(_NAMESPACE, seed).urn


def articles_atom(
    rows: Iterable[Mapping[str, Any]], title: str, seed: str, self_url: str | None = None
) -> bytes:
    """One entry per article (the rows of `selection.select_articles`, newest first): its title,
    link, outlet as author, themes as categories, summary, and publication time."""
    feed = _feed(title, seed, self_url)
    newest = None
    for row in rows:
        entry = feed.add_entry(order="append")
        entry.id(feed_id(f"article:{row['id']}"))
        # Defaults after xml_text: a title of characters XML cannot hold ("\x0c") is empty
        # once they are left out, and feedgen refuses an entry without a title.
        entry.title(xml_text(row["title"] or "") or "(no title)")
        where = f"article {row['id']}"
        arrived = stored_time(row["fetched_utc"], f"{where}: fetched_utc") or now_utc()
        published = stored_time(row["published_utc"], f"{where}: published_utc") or arrived
        entry.published(published)
        entry.updated(published)
        summary = xml_text(row["summary"] or row["title"] or "") or "(no summary)"
        entry.summary(summary)
        link = safe_url(row["link"])
        if link:
            entry.link(href=link, rel="alternate")
        else:
            # Atom (RFC 4287, 4.1.1) wants content in an entry with no alternate link, and
            # feedgen refuses one without: an item with only a guid, or a link ingest dropped,
            # failed every Atom export and `monitor serve` page that selected it.
            entry.content(summary, type="text")
        entry.author({"name": xml_text(row["feed"])})
        for theme in row["themes"]:
            entry.category(term=xml_text(theme))
        newest = arrived if newest is None or arrived > newest else newest
    feed.updated(newest or now_utc())
    return bytes(feed.atom_str(pretty=True))


def digests_atom(
    digests: Iterable[Mapping[str, Any]], title: str, seed: str, self_url: str | None = None
) -> bytes:
    """One entry per stored digest, newest first: its subject, and the digest itself as HTML."""
    feed = _feed(title, seed, self_url)
    newest = None
    for digest in digests:
        entry = feed.add_entry(order="append")
        entry.id(feed_id(f"digest:{digest['date']}"))
        entry.title(xml_text(digest["subject"]))
        created = stored_time(digest["created_utc"], f"digest {digest['date']}: created_utc")
        created = created or now_utc()
        entry.published(created)
        entry.updated(created)
        entry.summary(xml_text(digest["subject"]))
        entry.content(xml_text(digest["html"]), type="html")
        newest = created if newest is None or created > newest else newest
    feed.updated(newest or now_utc())
    return bytes(feed.atom_str(pretty=True))


def _feed(title: str, seed: str, self_url: str | None) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(feed_id(seed))
    feed.title(xml_text(title))
    feed.author({"name": GENERATOR})
    feed.generator(GENERATOR)
    if self_url:
        feed.link(href=xml_text(self_url), rel="self", type="application/atom+xml")
    return feed
