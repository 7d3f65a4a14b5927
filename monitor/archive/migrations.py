"""Numbered, append-only schema migrations. Never edit one that has shipped: add the next.

Each migration runs in its own transaction together with its row in `_migrations`, so a crash
mid-migration leaves the database at the previous version.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..urls import without_credentials
from .transaction import write_transaction

if TYPE_CHECKING:  # loaded only when there is a migration to run
    import sqlite_utils


def _m001_feeds_articles_fetches(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            config_url TEXT NOT NULL,
            tags_json TEXT NOT NULL DEFAULT '[]',
            etag TEXT,
            last_modified TEXT,
            last_fetch_utc TEXT,
            last_success_utc TEXT,
            last_new_article_utc TEXT,
            last_status INTEGER,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_fetch_utc TEXT,
            disabled_reason TEXT,
            redirect_url TEXT,
            redirect_count INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT,
            link TEXT UNIQUE,
            title TEXT NOT NULL,
            author TEXT,
            summary TEXT NOT NULL,
            summary_html TEXT NOT NULL,
            content TEXT,
            full_text TEXT,
            language TEXT,
            published_utc TEXT NOT NULL,
            fetched_utc TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX articles_published ON articles(published_utc)")
    db.execute("CREATE INDEX articles_feed ON articles(feed_id, published_utc)")
    db.execute(
        """
        CREATE TABLE fetches (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            started_utc TEXT NOT NULL,
            duration_ms INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            http_status INTEGER,
            new_articles INTEGER NOT NULL DEFAULT 0,
            bytes INTEGER,
            error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX fetches_feed ON fetches(feed_id, started_utc)")
    db.table("articles").enable_fts(
        ["title", "summary", "content", "full_text"], tokenize="porter", create_triggers=True
    )


def _m002_entities_incursions(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE articles ADD COLUMN language_source TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN analysis_status TEXT")
    db.execute(
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            in_kb INTEGER NOT NULL,
            description TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE article_entities (
            article_id TEXT NOT NULL REFERENCES articles(id),
            entity_id TEXT NOT NULL REFERENCES entities(id),
            mention_count INTEGER NOT NULL,
            surface_forms_json TEXT NOT NULL,
            first_mention_offset INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        )
        """
    )
    db.execute("CREATE INDEX article_entities_entity ON article_entities(entity_id)")
    db.execute(
        """
        CREATE TABLE incursions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            day TEXT NOT NULL,
            count INTEGER NOT NULL,
            what TEXT NOT NULL,
            zone TEXT NOT NULL,
            evidence TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX incursions_day ON incursions(day)")


def _m003_themes(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE articles ADD COLUMN off_topic INTEGER")
    db.execute(
        """
        CREATE TABLE article_themes (
            article_id TEXT NOT NULL REFERENCES articles(id),
            theme TEXT NOT NULL,
            score REAL NOT NULL,
            tagged INTEGER NOT NULL,
            top_terms_json TEXT NOT NULL,
            model_version TEXT NOT NULL,
            PRIMARY KEY (article_id, theme)
        )
        """
    )
    db.execute("CREATE INDEX article_themes_tagged ON article_themes(theme, tagged)")
    db.execute(
        """
        CREATE TABLE theme_corrections (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            cooperation INTEGER NOT NULL,
            security INTEGER NOT NULL,
            corrected_utc TEXT NOT NULL
        )
        """
    )


def _m004_digests(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE digests (
            date TEXT PRIMARY KEY,
            timezone TEXT NOT NULL,
            window_start_utc TEXT NOT NULL,
            window_end_utc TEXT NOT NULL,
            subject TEXT NOT NULL,
            text TEXT NOT NULL,
            html TEXT NOT NULL,
            items_json TEXT NOT NULL,
            created_utc TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE digest_deliveries (
            digest_date TEXT NOT NULL REFERENCES digests(date),
            recipient TEXT NOT NULL,
            message_id TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            sent_utc TEXT,
            PRIMARY KEY (digest_date, recipient)
        )
        """
    )


def _m005_index_arrival(db: sqlite_utils.Database) -> None:
    # Digests select by arrival time; without this, a 100,000-article archive scans everything.
    db.execute("CREATE INDEX articles_fetched ON articles(fetched_utc)")


def _m006_failures_and_credentials(db: sqlite_utils.Database) -> None:
    # An article whose analysis failed is kept with the reason, and retried by `reanalyze`.
    db.execute("ALTER TABLE articles ADD COLUMN analysis_error TEXT")
    db.execute("CREATE INDEX articles_analysis_status ON articles(analysis_status)")
    # Feed URLs are stored without credentials: earlier releases kept `user:password@` in them.
    rows = db.execute("SELECT id, url, config_url, redirect_url FROM feeds").fetchall()
    for feed_id, *urls in rows:
        clean = [without_credentials(url)[0] if url else url for url in urls]
        if clean != urls:
            db.execute(
                "UPDATE feeds SET url = ?, config_url = ?, redirect_url = ? WHERE id = ?",
                [*clean, feed_id],
            )


_COAST_GUARD = re.compile(r"\bcoast guard\b|\bCCG\b|\bgovernment (?:ships|vessels)", re.I)
_SEA_PLACES = [
    (re.compile(r"Senkaku|Diaoyu|Tiaoyutai|Uotsuri", re.I), "Senkaku Islands"),
    (re.compile(r"Kinmen|Quemoy", re.I), "Kinmen"),
    (re.compile(r"\bMatsu\b", re.I), "Matsu"),
    (re.compile(r"\bTaiwan\b", re.I), "Taiwan"),
]


def _m007_incursion_places(db: sqlite_utils.Database) -> None:
    """Incursion facts gain `place` (Taiwan, Senkaku Islands, Kinmen or Matsu), and stored rows
    move to the new value sets as far as each row's own fields allow: the old combined zone
    "ADIZ or median line" becomes one row per zone; `vessels` becomes `official ships` where the
    evidence names the coast guard or government ships, else `navy vessels`; the place is
    Taiwan for the zones around Taiwan (around Taiwan, ADIZ, median line), and for contiguous
    zone and territorial waters the place the evidence names, else NULL. Nothing is deleted.
    `monitor reanalyze` then re-extracts every article's facts from its text with the current
    rules, replacing these rows, which the old extractor may have missed or misread."""
    db.execute("ALTER TABLE incursions ADD COLUMN place TEXT")
    rows = db.execute(
        "SELECT id, article_id, day, count, what, zone, evidence FROM incursions ORDER BY id"
    ).fetchall()
    for row_id, article_id, day, count, what, zone, evidence in rows:
        if what == "vessels":
            what = "official ships" if _COAST_GUARD.search(evidence) else "navy vessels"
        for index, single in enumerate(part.strip() for part in zone.split(" or ")):
            named = (p for rx, p in _SEA_PLACES if rx.search(evidence))
            place = "Taiwan" if single in ("around Taiwan", "ADIZ", "median line") else None
            place = place or next(named, None)
            if index == 0:
                db.execute(
                    "UPDATE incursions SET what = ?, zone = ?, place = ? WHERE id = ?",
                    [what, single, place, row_id],
                )
            else:
                db.execute(
                    "INSERT INTO incursions (article_id, day, count, what, zone, place, evidence) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [article_id, day, count, what, single, place, evidence],
                )


def _m008_mention_kinds(db: sqlite_utils.Database) -> None:
    # How an article names an entity: by name, as a capital that acts, or only by a nationality
    # word ("Chinese aircraft"), which "In the news" leaves out. Earlier rows stay NULL (names).
    db.execute("ALTER TABLE article_entities ADD COLUMN kinds_json TEXT")


def _m009_digest_content(db: sqlite_utils.Database) -> None:
    # The digest as `monitor digest --json` prints it: a contract for scripts. Digests stored
    # before keep NULL; their stories are in items_json.
    db.execute("ALTER TABLE digests ADD COLUMN content_json TEXT")


def _m010_alert_deliveries(db: sqlite_utils.Database) -> None:
    """Alerts: one row per rule, recipient and what fired it (an article, or a day and place for
    an incursion threshold), so nothing fires twice; and how far alerts have looked."""
    db.execute(
        """
        CREATE TABLE alert_deliveries (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            recipient TEXT NOT NULL,
            match_key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            matched TEXT NOT NULL,
            status TEXT NOT NULL,
            held_reason TEXT,
            message_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            matched_utc TEXT NOT NULL,
            attempted_utc TEXT,
            sent_utc TEXT,
            UNIQUE (rule, recipient, match_key)
        )
        """
    )
    db.execute("CREATE INDEX alert_deliveries_status ON alert_deliveries(status, rule)")
    # Articles already stored when alerts arrive are history, not news: alerts look only at
    # articles stored after this mark (articles' rowids grow with each insert).
    db.execute("CREATE TABLE _alert_watermark (article_rowid INTEGER NOT NULL)")
    db.execute(
        "INSERT INTO _alert_watermark (article_rowid) SELECT coalesce(max(rowid), 0) FROM articles"
    )


def _m011_cjk_search(db: sqlite_utils.Database) -> None:
    # Japanese and Chinese text becomes searchable: FTS5's tokenizers cannot split it into words,
    # so it gets an index of its own, of character pairs (cjk_search.py).
    from .cjk_search import create_index

    create_index(db)


def _m012_index_only_text_changes(db: sqlite_utils.Database) -> None:
    """The search index follows an article's text, not its every column: the trigger migration 1
    made removed and indexed the whole text again on any update, and saving an article's
    analysis updates it twice (its language and status, whether it is off topic)."""
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        """
        CREATE TRIGGER articles_au
        AFTER UPDATE OF title, summary, content, full_text ON articles
        BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, summary, content, full_text)
          VALUES ('delete', old.rowid, old.title, old.summary, old.content, old.full_text);
          INSERT INTO articles_fts (rowid, title, summary, content, full_text)
          VALUES (new.rowid, new.title, new.summary, new.content, new.full_text);
        END
        """
    )


def _m013_reanalysis_queue(db: sqlite_utils.Database) -> None:
    # The articles a `reanalyze` run has still to do, each removed in the transaction that saves
    # its analysis: a run stopped by any means is finished by the next, nothing done twice.
    db.execute("CREATE TABLE _reanalysis_queue (article_id TEXT PRIMARY KEY, run TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _m001_feeds_articles_fetches,
    _m002_entities_incursions,
    _m003_themes,
    _m004_digests,
    _m005_index_arrival,
    _m006_failures_and_credentials,
    _m007_incursion_places,
    _m008_mention_kinds,
    _m009_digest_content,
    _m010_alert_deliveries,
    _m011_cjk_search,
    _m012_index_only_text_changes,
    _m013_reanalysis_queue,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the database has not seen; return the schema version."""
    if schema_version(conn) >= SCHEMA_VERSION:
        return SCHEMA_VERSION  # as nearly always: answered without loading sqlite-utils
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)"
    )
    for version, migration in enumerate(MIGRATIONS, start=1):
        if version <= schema_version(conn):
            continue
        with write_transaction(conn):
            if version <= schema_version(conn):  # another process migrated while we waited
                continue
            migration(db)
            db.execute(
                "INSERT INTO _migrations (version, name, applied_utc) VALUES (?, ?, ?)",
                [version, migration.__name__.lstrip("_"), datetime.now(UTC).isoformat()],
            )
    return SCHEMA_VERSION


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied; 0 for a database monitor never opened.

    Only a missing `_migrations` table means 0: a file that cannot be read (no permission to
    create its WAL index, a lock, damage) raises, so it is never taken for a new database.
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM _migrations").fetchone()
    return int(row[0] or 0)
