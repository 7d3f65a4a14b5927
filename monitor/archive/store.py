"""The SQLite archive: opening it safely, feeds' state, and saving each fetch atomically.

A pass keeps its books (feeds' state, the fetch log) on the plain connection, so that a pass
with nothing new never loads sqlite-utils and the numpy it imports (about 50 ms of start-up).
Saving articles wraps the connection in a sqlite-utils Database.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..clock import now_utc, stored_time, to_iso
from ..errors import StoreError, one_line, printable
from ..ingest.health import FeedState
from ..urls import legacy_canonical_url
from .db_place import NO_ROOM, on_read_only_mount, refuse_read_only_mount, where_it_cannot_write
from .feed_rows import update_feed
from .migrations import SCHEMA_VERSION, migrate, schema_version
from .transaction import write_transaction

if TYPE_CHECKING:  # the records it stores; fetching and analysis load only when a pass runs
    import sqlite_utils

    from ..ingest.fetch import FetchResult
    from ..ingest.parse import Article
    from ..nlp.analyze import Analysis

BUSY_TIMEOUT_MS = 10_000
LIMIT_MAX = 2**63 - 1  # SQLite's largest integer: a row count past it fails the query
LOGGED_AHEAD_AT_MOST = timedelta(days=7)  # as a backoff set by a clock running ahead (health.py)
# The database is the user's file, written by the sqlite3 shell, scripts and other tools too,
# and SQLite stores whatever bytes they give as TEXT. Python's default is to refuse a value that
# is not UTF-8, and one such title failed every listing, export and digest that read its row,
# each day again; read as text, a stray byte is U+FFFD, as ingest reads a feed's.
_TEXT = functools.partial(str, encoding="utf-8", errors="replace")


def connect_db(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database: WAL, foreign keys, a busy timeout."""
    _refuse_non_file(path)
    refuse_read_only_mount(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
        conn.text_factory = _TEXT
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
        _refuse_newer(conn, path)
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        blocked = where_it_cannot_write(path, exc)
        if blocked:
            raise StoreError(blocked) from None
        raise StoreError(f"{path}: cannot open the database: {describe_db_error(exc)}") from None
    return conn


def open_db(path: Path) -> sqlite_utils.Database:
    """`connect_db` as a sqlite-utils Database, for commands that use its table API."""
    import sqlite_utils

    return sqlite_utils.Database(connect_db(path))


def open_db_readonly(path: Path) -> sqlite_utils.Database:
    """Open an existing database of this version's schema so that no statement can change it."""
    import sqlite_utils

    try:
        conn = connect_readonly(path)
        _refuse_newer(conn, path)
        version = schema_version(conn)
        db = sqlite_utils.Database(conn)
    except sqlite3.Error as exc:
        blocked = where_it_cannot_write(path, exc)
        raise StoreError(
            blocked or f"{path}: cannot open the database: {describe_db_error(exc)}"
        ) from None
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"{path}: made by an earlier monitor (schema {version}, this one reads "
            f"{SCHEMA_VERSION}); run `monitor migrate --db {path}` to upgrade it (nothing is lost)"
        )
    return db


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection to an existing database, of any schema, that no statement can change: a
    missing file is an error, never created (a mistyped --db makes no empty database)."""
    if not path.exists():
        raise StoreError(f"{path}: no database here yet (run `monitor fetch` first, or use --db)")
    _refuse_non_file(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{_read_only_mode(path)}", uri=True)
    conn.text_factory = _TEXT
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_no_attach)
    return conn


def _read_only_mode(path: Path) -> str:
    """`mode=ro`; on a read-only file system with no write-ahead log beside the file (the
    database closed cleanly, then copied or snapshotted), `immutable=1`: a reader of a WAL
    database must otherwise make its index file beside it, and `monitor articles` on an
    archive kept read-only failed with "unable to open database file". With a log there,
    what it holds is read through it (SQLite reads a WAL database on a read-only mount when
    the log and its index are both there), for it may hold the newest articles."""
    wal = path.with_name(path.name + "-wal")
    if on_read_only_mount(path.parent) and not os.path.lexists(wal):
        return "immutable=1"
    return "mode=ro"


def _refuse_non_file(path: Path) -> None:
    """A database is a regular file: opening a FIFO to read waits for a writer that never comes
    (`monitor articles` hung), and a device such as /dev/null reads as an empty, old database."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:  # a writer creates it
        return
    except OSError as exc:  # a name too long, a directory without permission
        raise StoreError(f"{path}: cannot open the database: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise StoreError(
            f"{path}: not a regular file (a directory, FIFO or device is no database); "
            "choose another --db"
        )


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: made by a later monitor (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade monitor to use it"
        )


def describe_db_error(exc: BaseException) -> str:
    """SQLite's own words, with what to do for the failures a user can fix."""
    message = str(exc)
    hints = {
        "file is not a database": "not an SQLite database, or damaged; restore a backup or "
        "choose another --db",
        "database disk image is malformed": "the file is damaged; restore a backup (`monitor "
        "doctor` checks integrity)",
        "database or disk is full": NO_ROOM,
        "readonly database": "cannot write here (a read-only file system, or no permission)",
        "unable to open database file": "cannot open or create the file (check the directory "
        "and its permissions)",
        "database is locked": "another process kept the database locked for more than "
        f"{BUSY_TIMEOUT_MS // 1000} s; try again",
        # SQLite's words when the file system refuses a write it has room for: a file-size
        # limit (ulimit -f), a quota, a failing disk or network share.
        "disk I/O error": "the file system refused a read or write (a file-size limit, a quota "
        "or a failing disk); what was stored before is intact",
    }
    # A table or column this monitor made and the file no longer has: changed by hand.
    if any(words in message for words in ("no such table", "no such column", "has no column")):
        return (
            f"{message}: a table or column was renamed or dropped by hand; restore a backup "
            "(`monitor doctor` lists what is missing)"
        )
    for needle, hint in hints.items():
        if needle in message:
            return hint
    return message


def describe_failure(exc: BaseException) -> str:
    """Any failure on one line: SQLite's with what to do where `describe_db_error` knows it,
    anything else as `errors.one_line` tells it (its type kept: "IntegrityError: ...")."""
    if isinstance(exc, sqlite3.Error) and (hint := describe_db_error(exc)) != str(exc):
        return printable(hint)
    return one_line(exc)


def _no_attach(action: int, *_: object) -> int:
    """ATTACH would create files even on a read-only connection: refuse it."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    marks = ", ".join("?" * len(row))
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", list(row.values()))


def archive_clock(conn: sqlite3.Connection, now: datetime) -> datetime:
    """The latest time the archive has seen: the wall clock, unless a fetch was logged later.

    A clock that runs behind would otherwise clamp every new article's date into the past and
    bury it; the fetch log remembers how far time had already come. A fetch logged more than
    LOGGED_AHEAD_AT_MOST ahead was logged by a clock that ran ahead, not one now behind (one
    that far behind could not check a certificate), and believing it kept every future date a
    feed gave for the years that clock had run ahead.
    """
    (latest,) = conn.execute("SELECT max(started_utc) FROM fetches").fetchone()
    logged = stored_time(latest, "fetches: started_utc") or now
    return max(now, logged) if logged <= now + LOGGED_AHEAD_AT_MOST else now


def known_articles(conn: sqlite3.Connection, articles: Iterable[Article]) -> set[str]:
    """Ids of the given articles that are already stored, by id or by link (also as releases
    up to schema 5 spelled links, so nothing stored then is stored twice now)."""
    batch = list(articles)
    ids = [a.id for a in batch]
    links = [a.link for a in batch if a.link]
    legacy = {a.link: legacy_canonical_url(a.link) for a in batch if a.link}
    links += [old for old in legacy.values() if old]
    found: set[str] = set()
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id FROM articles WHERE id IN ({marks})"
        found |= {r[0] for r in conn.execute(sql, chunk)}
    stored_links: set[str] = set()
    for chunk in _chunks(links, 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT link FROM articles WHERE link IN ({marks})"
        stored_links |= {r[0] for r in conn.execute(sql, chunk)}
    found |= {
        a.id for a in batch if a.link in stored_links or legacy.get(a.link or "") in stored_links
    }
    return found


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def save_fetch(
    conn: sqlite3.Connection,
    before: FeedState,
    after: FeedState,
    result: FetchResult,
    articles: list[Article],
    started: datetime,
    analyses: dict[str, Analysis] | None = None,
) -> int:
    """Store a feed's new articles with their analysis, its new state and the fetch log row,
    in one transaction.

    Returns how many articles were new. A crash at any point leaves all of it or none of it.
    """
    if articles:  # a pass with nothing new loads neither the search index nor the analysis
        import sqlite_utils

        from .analysis_store import save_analysis
        from .cjk_search import index_article

        db = sqlite_utils.Database(conn)
    with write_transaction(conn):
        new = 0
        for article in articles:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO articles (id, feed_id, guid, link, title, author, summary, "
                "summary_html, content, full_text, language, published_utc, fetched_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.id, before.id, article.guid, article.link, article.title,
                    article.author, article.summary, article.summary_html, article.content,
                    article.full_text, article.language, to_iso(article.published_utc),
                    to_iso(article.fetched_utc),
                ],
            )  # fmt: skip
            new += cursor.rowcount
            if cursor.rowcount:
                texts = [article.title, article.summary, article.content, article.full_text]
                index_article(db, article.id, texts)
            analysis = (analyses or {}).get(article.id)
            if cursor.rowcount and analysis:  # an ignored duplicate has no row to annotate
                save_analysis(db, analysis)
        now = to_iso(now_utc())
        changes: dict[str, Any] = {
            key: value
            for key, value in asdict(after).items()
            if key not in ("id", "name", "next_fetch_utc")
        }
        changes["next_fetch_utc"] = to_iso(after.next_fetch_utc) if after.next_fetch_utc else None
        changes["last_fetch_utc"] = now
        changes["last_status"] = result.status
        if result.outcome in ("ok", "not_modified") and after.consecutive_failures == 0:
            changes["last_success_utc"] = now
        if new:
            changes["last_new_article_utc"] = now
        update_feed(conn, before.id, changes)
        _insert(
            conn,
            "fetches",
            {
                "feed_id": before.id,
                "started_utc": to_iso(started),
                "duration_ms": result.duration_ms,
                "outcome": result.outcome,
                "http_status": result.status,
                "new_articles": new,
                "bytes": len(result.body) if result.body else None,
                "error": after.last_error,
                "consecutive_failures": after.consecutive_failures,
            },
        )
    return new
