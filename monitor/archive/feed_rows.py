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
from collections.abc import Iterable, Sequence
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


def rows_of(
    feeds: Sequence[Feed], rows: Iterable[dict[str, Any]]
) -> dict[str, dict[str, Any] | None]:
    """The `feeds` row each configured feed is, by its name; None for a feed never seen.

    A feed is where it is fetched from, and its name a label. So a feed is, in turn: the row of
    its name at its location; else the newest row at its location (a rename, or two feeds that
    swapped names: each keeps what was fetched from its address); else the row of its name (its
    URL edited); else new. A feed that would take a row at its location while the row of its
    own name went to no feed is found by its name instead (a URL edited to the address of a
    feed removed earlier), for no name may be left on a second row.
    """
    rows = sorted(rows, key=lambda row: row["id"], reverse=True)  # the newest first
    by_name = {row["name"]: row for row in rows}
    row_keys = {row["id"]: feed_location_key(row["config_url"]) for row in rows}
    keys = {feed.name: feed_location_key(feed.location) for feed in feeds}
    at_location = {name: [row for row in rows if row_keys[row["id"]] == key]
                   for name, key in keys.items()}  # fmt: skip
    movable = [name for name in keys if by_name.get(name) not in at_location[name]]
    while True:
        found = _claim(list(keys), movable, at_location, by_name)
        taken = {row["id"] for row in found.values() if row is not None}
        stranded = [name for name in movable
                    if name in by_name and by_name[name]["id"] not in taken]  # fmt: skip
        if not stranded:
            return found
        movable = [name for name in movable if name not in stranded]


def _claim(
    names: list[str],
    movable: list[str],
    at_location: dict[str, list[dict[str, Any]]],
    by_name: dict[str, dict[str, Any]],
) -> dict[str, dict[str, Any] | None]:
    """The rows of the feeds `names`: the row of its name for a feed it is at the location of,
    then the newest row not taken at its location for each `movable` one, then the row of its
    name where no feed took it."""
    found: dict[str, dict[str, Any] | None] = {
        name: by_name[name] for name in names if name not in movable
    }
    taken = {row["id"] for row in found.values() if row is not None}
    for name in movable:
        free = [row for row in at_location[name] if row["id"] not in taken]
        if free:
            found[name] = free[0]
            taken.add(free[0]["id"])
    for name in names:
        if name not in found:
            row = by_name.get(name)
            found[name] = row if row is not None and row["id"] not in taken else None
    return found


def sync_feeds(conn: sqlite3.Connection, config: Config) -> dict[str, FeedState]:
    """Make the `feeds` table list every configured feed; return their states by name.

    Each feed takes its row (rows_of): renamed, it keeps the row under the new name; a feed
    whose URL was edited starts afresh at the new URL (validators, moves and a 410 are about
    the old one); feeds removed from the file keep their rows and articles.
    """
    now = to_iso(now_utc())
    with write_transaction(conn):
        found = rows_of(config.feeds, _rows(conn))
        # Names may move between rows (two feeds swapping theirs): each row to be renamed is
        # set aside first, since no two rows may hold one name even for a moment.
        for feed in config.feeds:
            row = found[feed.name]
            if row is not None and row["name"] != feed.name:
                update_feed(conn, row["id"], {"name": f"\x00renaming {row['id']}"})
        for feed in config.feeds:
            row = found[feed.name]
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
