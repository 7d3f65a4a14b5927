"""Which row of the `feeds` table each configured feed is, and keeping the table in step with
feeds.yaml.

A feed is its row: its id scopes the ids of its items that have a guid or no link, and its
articles, fetch log and state hang from it. So a feed renamed in feeds.yaml must stay its row.
Found by name alone, the new name made a new row, and every item without a link was stored a
second time under it (each later rename, once more), doubling the digest's stories and counts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..clock import now_utc, stored_time, to_iso
from ..errors import StoreError
from ..ingest.health import FeedState
from ..urls import feed_location_key
from .transaction import write_transaction

if TYPE_CHECKING:
    from ..config import Config, Feed

# What a feed whose URL was edited starts with at the new URL (see sync_feeds).
FRESH_URL_STATE: dict[str, Any] = {
    "etag": None, "last_modified": None, "disabled_reason": None, "redirect_url": None,
    "redirect_count": 0, "consecutive_failures": 0, "next_fetch_utc": None,
}  # fmt: skip
# A feed the database has not seen yet: the columns' defaults, never fetched.
UNSEEN_FEED: dict[str, Any] = {
    "id": None, "last_fetch_utc": None, "last_success_utc": None,
    "last_new_article_utc": None, "last_status": None, "last_error": None,
    "created_utc": None, **FRESH_URL_STATE,
}  # fmt: skip


def row_of(
    feed: Feed, rows: Iterable[dict[str, Any]], configured: set[str]
) -> dict[str, Any] | None:
    """The row `feed` is among the `feeds` rows: the one with its name; else, when it was
    renamed, the newest row of a feed no longer configured (not in `configured`, the names in
    feeds.yaml) that feeds.yaml listed at the same location. None for a feed never seen.

    A feed removed from the file keeps its row, so a rename is exactly that: a row whose name
    left the file, at the location a new name arrived with. Two names at one location at once
    are refused by config, so no row is ever claimed by two feeds.
    """
    rows = list(rows)
    by_name = next((row for row in rows if row["name"] == feed.name), None)
    if by_name is not None:
        return by_name
    key = feed_location_key(feed.location)
    left = [
        row
        for row in rows
        if row["name"] not in configured and feed_location_key(row["config_url"]) == key
    ]
    return max(left, key=lambda row: row["id"], default=None)


def sync_feeds(conn: sqlite3.Connection, config: Config) -> dict[str, FeedState]:
    """Make the `feeds` table list every configured feed; return their states by name.

    A feed renamed in feeds.yaml keeps its row under the new name (row_of). A feed whose URL was
    edited starts afresh at the new URL (validators, moves and a 410 are about the old one);
    feeds removed from the file keep their rows and articles.
    """
    now = to_iso(now_utc())
    configured = {feed.name for feed in config.feeds}
    with write_transaction(conn):
        for feed in config.feeds:
            row = row_of(feed, _rows(conn), configured)
            tags = json.dumps(list(feed.tags))
            if row is None:
                conn.execute(
                    "INSERT INTO feeds (name, url, config_url, tags_json, created_utc) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [feed.name, feed.location, feed.location, tags, now],
                )
                continue
            changes: dict[str, Any] = {"name": feed.name, "tags_json": tags}
            if row["config_url"] != feed.location:
                changes |= {"url": feed.location, "config_url": feed.location, **FRESH_URL_STATE}
            if any(row[column] != value for column, value in changes.items()):
                update_feed(conn, row["id"], changes)
    return {feed.name: feed_state(conn, feed.name) for feed in config.feeds}


def as_synced(row: dict[str, Any] | None, feed: Feed) -> dict[str, Any]:
    """A configured feed's `feeds` row as `sync_feeds` would leave it, worked out without
    writing, for commands that only read: `row` is the one row_of finds, None when the
    database has not seen the feed yet."""
    configured = {"name": feed.name, "url": feed.location, "config_url": feed.location,
                  "tags_json": json.dumps(list(feed.tags))}  # fmt: skip
    if row is None:
        return UNSEEN_FEED | configured
    if row["config_url"] != feed.location:
        return row | configured | FRESH_URL_STATE
    return row | {"name": feed.name, "tags_json": configured["tags_json"]}


def feed_state(conn: sqlite3.Connection, name: str) -> FeedState:
    rows = _rows(conn, name)
    if not rows:
        raise StoreError(f"no feed named '{name}' in the database")
    row = rows[0]
    return FeedState(
        id=row["id"],
        name=row["name"],
        url=row["url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        consecutive_failures=row["consecutive_failures"],
        next_fetch_utc=stored_time(row["next_fetch_utc"], f"feed {name!r}: next_fetch_utc"),
        disabled_reason=row["disabled_reason"],
        redirect_url=row["redirect_url"],
        redirect_count=row["redirect_count"],
        last_error=row["last_error"],
    )


def update_feed(conn: sqlite3.Connection, feed_id: int, changes: dict[str, Any]) -> None:
    columns = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(f"UPDATE feeds SET {columns} WHERE id = ?", [*changes.values(), feed_id])


def _rows(conn: sqlite3.Connection, name: str | None = None) -> list[dict[str, Any]]:
    """The `feeds` rows (one feed's, when named): a table of one row per feed ever listed."""
    where, args = (" WHERE name = ?", [name]) if name is not None else ("", [])
    cursor = conn.execute("SELECT * FROM feeds" + where, args)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]
