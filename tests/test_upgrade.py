"""The upgrade contract: a database made by the schema-5 release (tests/data/upgrade/, never
regenerated) opens, migrates and keeps fetching with nothing lost and nothing stored twice."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import serving, write_config

from monitor.archive.migrations import SCHEMA_VERSION
from monitor.archive.store import open_db
from monitor.config import load_config
from monitor.ingest.fetch import FetchLimits
from monitor.pipeline import poll
from monitor.vocabulary import PLACES, WHAT, ZONES

UPGRADE_DIR = Path(__file__).parent / "data" / "upgrade"
DEMO_FEEDS = Path(__file__).resolve().parents[1] / "demo" / "feeds"
TABLES = (
    "feeds", "articles", "entities", "article_entities", "incursions", "article_themes",
    "theme_corrections", "digests", "digest_deliveries", "fetches",
)  # fmt: skip
OLD_PORT = 8765  # where the old release fetched the guid wires from (see the fixture's README)


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "monitor.db"
    shutil.copy(UPGRADE_DIR / "schema-v5.db", path)
    return path


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_the_old_database_migrates_with_nothing_lost(old_db: Path) -> None:
    before = counts(old_db)
    db = open_db(old_db)
    assert db.execute("SELECT max(version) FROM _migrations").fetchone()[0] == SCHEMA_VERSION
    split = 2  # the two facts stored with the combined zone "ADIZ or median line"
    assert counts(old_db) == before | {"incursions": before["incursions"] + split}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = dict(db.execute("SELECT analysis_status, count(*) FROM articles GROUP BY 1"))
    assert statuses == {"analyzed": 54, "not_english": 5}
    delivered = dict(db.execute("SELECT recipient, status FROM digest_deliveries"))
    assert delivered == {"analyst@example.org": "sent", "desk@example.org": "failed"}


def test_stored_incursions_move_to_the_new_value_sets_with_nothing_lost(old_db: Path) -> None:
    conn = sqlite3.connect(old_db)
    old = conn.execute("SELECT article_id, day, count, zone, evidence FROM incursions").fetchall()
    conn.close()
    db = open_db(old_db)
    rows = db.execute(
        "SELECT article_id, day, count, what, zone, place, evidence FROM incursions"
    ).fetchall()
    assert {row[:3] + row[6:] for row in rows} == {row[:3] + row[4:] for row in old}
    assert {what for _, _, _, what, *_ in rows} <= set(WHAT)
    assert {zone for _, _, _, _, zone, _, _ in rows} <= set(ZONES)
    assert {place for *_, place, _ in rows} <= set(PLACES)
    for article_id, _, count, zone, evidence in old:
        if zone == "ADIZ or median line":  # one row per zone, same count, day and evidence
            zones = {
                r[4] for r in rows if r[0] == article_id and r[2] == count and r[6] == evidence
            }
            assert zones == {"ADIZ", "median line"}
    by_evidence = {(r[3], r[4], r[5]) for r in rows if "Senkaku" in r[6]}
    assert by_evidence == {
        ("official ships", "territorial waters", "Senkaku Islands"),
        ("official ships", "contiguous zone", "Senkaku Islands"),
    }
    navy = {r[3] for r in rows if r[6].startswith("MND: 12 PLA aircraft, 5 vessels")}
    assert navy == {"aircraft", "navy vessels"}


def test_reading_commands_ask_for_the_migration_in_one_line(old_db: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before = old_db.read_bytes()
    for command in (
        ["articles"],
        ["search", "Kishi"],
        ["entities"],
        ["incursions"],
        ["sql", "SELECT 1"],
    ):
        result = cli(*command, db=old_db)
        assert result.exit_code == 1
        assert "monitor migrate" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert old_db.read_bytes() == before  # reading never writes, not even a migration
    assert cli("migrate", db=old_db).exit_code == 0
    assert cli("articles", "--json", db=old_db).exit_code == 0


def test_fetching_again_after_the_upgrade_stores_nothing_twice(
    tmp_path: Path, old_db: Path
) -> None:
    """The old release invented links from guids (so the second guid wire lost its items) and
    removed `ref` from links; now guids are keys, links keep `ref`, and what it stored is still
    recognised."""
    try:
        server_context = serving(port=OLD_PORT)
        server = server_context.__enter__()
    except OSError:
        pytest.skip(f"port {OLD_PORT}, where the fixture's feeds lived, is in use")
    try:
        body = (UPGRADE_DIR / "guids.rss").read_bytes()
        one = server.feed("/guids.rss", body, etag=None, last_modified=None)
        two = server.feed("/guids2.rss", body, etag=None, last_modified=None)
        feeds = [
            {"name": name, "url": str(DEMO_FEEDS / file)}
            for name, file in [
                ("Formosa Ledger", "formosa-ledger.rss"),
                ("Pacific Security Review", "pacific-security-review.atom"),
                ("Tokyo Evening Wire", "tokyo-evening-wire.rss"),
                ("Nihon Shimbun (Japanese)", "nihon-shimbun-ja.rss"),
            ]
        ] + [{"name": "Guid wire one", "url": one}, {"name": "Guid wire two", "url": two}]
        config = load_config(write_config(tmp_path / "feeds.yaml", feeds))
        db = open_db(old_db)
        before = counts(old_db)["articles"]
        reports = {r.feed: r for r in poll(config, db.conn, force=True, limits=FetchLimits())}
        assert {name: r.new_articles for name, r in reports.items()} == {
            "Formosa Ledger": 0, "Pacific Security Review": 0, "Tokyo Evening Wire": 0,
            "Nihon Shimbun (Japanese)": 0, "Guid wire one": 0,
            "Guid wire two": 2,  # the two guid-only items the old release dropped
        }  # fmt: skip
        assert counts(old_db)["articles"] == before + 2
        links = [
            row[0] for row in db.execute("SELECT link FROM articles WHERE guid LIKE '%:8765/%'")
        ]
        assert len(links) == 4 and links.count(None) == 2  # new rows carry no invented link
        poll(config, db.conn, force=True, limits=FetchLimits())
        assert counts(old_db)["articles"] == before + 2
    finally:
        server_context.__exit__(None, None, None)
