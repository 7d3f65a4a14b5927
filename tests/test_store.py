"""The SQLite archive: migrations from a blank file, WAL, FTS, and one transaction per feed."""

from pathlib import Path

from conftest import FeedServer, item, rss
from test_fetch import run

from monitor.archive.analysis_store import save_analysis
from monitor.archive.migrations import SCHEMA_VERSION
from monitor.archive.store import open_db
from monitor.archive.transaction import write_transaction
from monitor.nlp.analyze import Analysis
from monitor.nlp.mention import Mention


def test_blank_database_is_migrated_and_reopening_changes_nothing(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new" / "monitor.db")
    versions = [r["version"] for r in db.query("SELECT version FROM _migrations")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert {"feeds", "articles", "fetches", "articles_fts"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()
    again = open_db(tmp_path / "new" / "monitor.db")
    assert again["_migrations"].count == SCHEMA_VERSION


def test_full_text_index_follows_inserts(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.feed(
        "/n", rss(item("1", "Coast guard standoff off Kinmen", description="Boats"))
    )
    _, db = run(tmp_path, [{"name": "N", "url": url}])
    hits = db.execute(
        "SELECT a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH 'kinmen'"
    ).fetchall()
    assert hits == [("Coast guard standoff off Kinmen",)]


def test_saving_an_analysis_leaves_the_index_alone_and_an_edited_title_is_found(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    # Before migration 12, each update of an article (its language, status, off_topic) removed
    # and indexed its whole text again: twice for each article a fetch analysed.
    url = feed_server.feed("/n", rss(item("1", "Coast guard standoff off Kinmen")))
    _, db = run(tmp_path, [{"name": "N", "url": url}])
    index = db.execute("SELECT * FROM articles_fts_data").fetchall()
    (article_id,) = db.execute("SELECT id FROM articles").fetchone()
    with write_transaction(db.conn):
        save_analysis(db, Analysis(article_id, "en", "detected", "failed", error="a test"))
    assert db.execute("SELECT * FROM articles_fts_data").fetchall() == index
    with write_transaction(db.conn):
        db.execute("UPDATE articles SET title = 'Coast guard standoff off Matsu'")

    def found(word: str) -> int:
        sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
        return int(db.execute(sql, [word]).fetchone()[0])

    assert (found("matsu"), found("kinmen"), found("standoff")) == (1, 0, 1)


def test_an_entity_named_often_in_an_article_is_written_once_and_counted_each_time(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/n", rss(item("1", "Kishi visits Yonaguni")))
    _, db = run(tmp_path, [{"name": "N", "url": url}])
    (article_id,) = db.execute("SELECT id FROM articles").fetchone()
    kishi = Mention("Kishi", "PERSON", "Nobuo Kishi", "nobuo-kishi", 0, 5, True, description="x")
    firm = Mention("Acme", "ORG", "Acme", "ORG:acme", 30, 34, False)
    mentions = (kishi, firm, kishi, firm, Mention("Nobuo Kishi", "PERSON", "Nobuo Kishi",
                "nobuo-kishi", 40, 51, True, description="x"))  # fmt: skip
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    with write_transaction(db.conn):
        save_analysis(db, Analysis(article_id, "en", "detected", "analyzed", mentions))
    db.conn.set_trace_callback(None)
    # Before: one statement a mention, each writing the same row again.
    assert sum(s.startswith("INSERT INTO entities") for s in statements) == 1
    assert sum(s.startswith("INSERT OR IGNORE INTO entities") for s in statements) == 1
    rows = db.execute(
        "SELECT e.id, e.name, e.in_kb, e.description, ae.mention_count, ae.surface_forms_json "
        "FROM article_entities ae JOIN entities e ON e.id = ae.entity_id ORDER BY e.id"
    ).fetchall()
    assert rows == [
        ("ORG:acme", "Acme", 0, None, 2, '["Acme"]'),
        ("nobuo-kishi", "Nobuo Kishi", 1, "x", 3, '["Kishi", "Nobuo Kishi"]'),
    ]


def test_a_feed_is_stored_whole_or_not_at_all(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.feed("/n", rss(item("1", "One"), item("2", "Two"), item("3", "Three")))
    db = open_db(tmp_path / "monitor.db")
    # The fetch log row is the last write of a feed's transaction: make it fail.
    db.execute(
        "CREATE TRIGGER power_cut BEFORE INSERT ON fetches "
        "BEGIN SELECT RAISE(ABORT, 'power cut while writing the fetch log'); END"
    )
    reports, _ = run(tmp_path, [{"name": "N", "url": url}])
    assert reports["N"].outcome == "failed"  # the pass goes on; the feed's failure is reported
    assert reports["N"].error == "not stored: IntegrityError: power cut while writing the fetch log"
    db.execute("DROP TRIGGER power_cut")
    assert db["articles"].count == 0  # the articles went with the failed transaction
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reports, db = run(tmp_path, [{"name": "N", "url": url}])
    assert reports["N"].new_articles == 3 and db["articles"].count == 3
