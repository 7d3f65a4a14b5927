"""A feed renamed and moved in one edit of feeds.yaml: found by what it serves, it takes the row
of the feed it was.

With a new name and a new address, nothing in the file ties a feed to the feed it was: the edit
reads as one feed removed and another added (`feed_rows.rows_of`), and the new row's first fetch
stored every item with a guid or no link a second time (their ids are scoped to the row), while
the history stayed under a feed no longer listed. The file alone cannot tell a move: by host, a
site with several feeds would hand one feed's articles to another. What the feed serves can. So
on the first fetch of a new row, when the items it serves that are stored already are all under
one row, and that row is no longer listed, the feed takes that row, under its new name and URL.

An item counts as stored under a row when its link is stored there, or when the row holds the
id the item would have in it with the same title: a guid alone ("1", "2") is too often shared
by feeds that have nothing else in common.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..ingest.article_ids import article_id
from ..urls import legacy_canonical_url
from .feed_rows import update_feed

if TYPE_CHECKING:  # parsing loads only when a feed has changed
    from ..config import Feed
    from ..ingest.parse import Article

_CHUNK = 500  # values in one IN (...): far below SQLite's limit on variables


def row_moved_from(
    conn: sqlite3.Connection, feed_id: int, served: list[Article], listed: set[int]
) -> int | None:
    """The row the feed of row `feed_id` was, before a rename and move, judged by `served` (the
    items of its first fetch); None unless that row is new and its stored items are all under
    one row not in `listed` (the rows of the configured feeds)."""
    if not served or not _new_row(conn, feed_id):
        return None
    holders = _link_holders(conn, served) - {feed_id}
    for row in _unlisted_rows(conn, listed | {feed_id}):
        if row not in holders and _holds_items(conn, row, served):
            holders.add(row)
    if len(holders) != 1:
        return None
    (row,) = holders
    return None if row in listed else row


def in_row(articles: Iterable[Article], row: int) -> list[Article]:
    """The articles with the ids they have in that row (an item with a link keeps its own)."""
    return [replace(article, id=article_id(str(row), article.identity)) for article in articles]


def take_row(conn: sqlite3.Connection, new_row: int, old_row: int, feed: Feed) -> None:
    """Give `feed` the row `old_row` in place of its new row `new_row`, inside the caller's
    transaction: the new row's fetch log moves over and the new row goes (it holds no article).
    The fetch state is the caller's to write, as for any URL edit."""
    conn.execute("UPDATE fetches SET feed_id = ? WHERE feed_id = ?", [old_row, new_row])
    conn.execute("DELETE FROM feeds WHERE id = ?", [new_row])
    update_feed(
        conn,
        old_row,
        {"name": feed.name, "url": feed.location, "config_url": feed.location,
         "tags_json": json.dumps(list(feed.tags))},
    )  # fmt: skip


def _new_row(conn: sqlite3.Connection, feed_id: int) -> bool:
    """Never fetched with success and holding no article: a feed on its first fetch."""
    found = conn.execute(
        "SELECT last_success_utc IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM articles WHERE feed_id = feeds.id) FROM feeds WHERE id = ?",
        [feed_id],
    ).fetchone()
    return bool(found and found[0])


def _unlisted_rows(conn: sqlite3.Connection, listed: set[int]) -> list[int]:
    return [row for (row,) in conn.execute("SELECT id FROM feeds ORDER BY id") if row not in listed]


def _link_holders(conn: sqlite3.Connection, served: list[Article]) -> set[int]:
    """The rows holding any of the items' links (also as releases up to schema 5 spelled them,
    as `store.known_articles` finds them)."""
    links = {article.link for article in served if article.link}
    links |= {old for link in list(links) if (old := legacy_canonical_url(link))}
    holders: set[int] = set()
    for chunk in _chunks(sorted(links)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT DISTINCT feed_id FROM articles WHERE link IN ({marks})"
        holders |= {row for (row,) in conn.execute(sql, chunk)}
    return holders


def _holds_items(conn: sqlite3.Connection, row: int, served: list[Article]) -> bool:
    """Whether `row` holds one of the items by the id it would have there, with its title."""
    titles = {article.id: article.title for article in in_row(served, row)}
    for chunk in _chunks(sorted(titles)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, title FROM articles WHERE feed_id = ? AND id IN ({marks})"
        if any(titles[id_] == title for id_, title in conn.execute(sql, [row, *chunk])):
            return True
    return False


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
