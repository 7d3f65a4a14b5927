"""SIGKILL at random moments: during ingest, during a schema migration, during digest sending.
Afterwards the database is intact, each feed is stored whole or not at all, and the next run
completes without duplicates. A kill that lands before the schema exists is one of those
moments: the archive is then empty or one migration short, never half-made."""

import random
import signal
import sqlite3
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss
from processes import start, stop_process
from smtp_server import smtp_server
from test_service import monitor_command, wait_until

from monitor.archive.migrations import SCHEMA_VERSION
from monitor.archive.store import open_db

FEEDS = 30
NEW_PER_RUN = 4  # several articles a feed, so a feed stored in part would show
KILLS = 20


def growing_feed(name: str):  # type: ignore[no-untyped-def]
    """Each request shows the feed NEW_PER_RUN items further along, so every run has work to store."""
    served = {"requests": 0}

    def handler(request: BaseHTTPRequestHandler) -> None:
        start = served["requests"] * NEW_PER_RUN
        served["requests"] += 1
        items = [
            item(f"{name}-{i}", f"{name}: Chinese coast guard ships near Kinmen, report {i}",
                 f"https://{name}.example/{i}",
                 description=f"Taiwan's coast guard said four China Coast Guard vessels entered "
                             f"restricted waters off Kinmen on day {i}; Japan and Taiwan signed "
                             "a fisheries cooperation memorandum the same week.")
            for i in range(start, start + 2 * NEW_PER_RUN)
        ]  # fmt: skip
        body = rss(*items)
        request.send_response(200)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def consistent(db_path: Path) -> None:
    """Intact, and every feed stored whole or not at all. A database the kill left without its
    schema (the process was still starting) is first opened as the next run opens it, which
    must migrate it completely."""
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    versions = migrated_versions(db)
    if versions != list(range(1, SCHEMA_VERSION + 1)):
        assert versions == list(range(1, len(versions) + 1))  # whole migrations, in order
        if not versions:
            assert tables(db) <= {"_migrations"}  # not a table of a half-made schema
        db.close()
        open_db(db_path).close()
        db = sqlite3.connect(db_path)
        assert migrated_versions(db) == list(range(1, SCHEMA_VERSION + 1))
    stored = dict(db.execute("SELECT feed_id, count(*) FROM articles GROUP BY feed_id"))
    logged = dict(db.execute("SELECT feed_id, sum(new_articles) FROM fetches GROUP BY feed_id"))
    # An article is stored together with its fetch's log row, or neither is.
    assert {k: v for k, v in stored.items() if v} == {k: v for k, v in logged.items() if v}
    assert db.execute("SELECT count(*) - count(DISTINCT link) FROM articles").fetchone()[0] == 0
    orphans = db.execute(
        "SELECT count(*) FROM article_entities WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    db.close()


def migrated_versions(db: sqlite3.Connection) -> list[int]:
    if "_migrations" not in tables(db):
        return []
    return [row[0] for row in db.execute("SELECT version FROM _migrations ORDER BY version")]


def tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def stored_articles(db_path: Path) -> int:
    """Articles committed so far, as a reader sees them while a run writes (0 before any)."""
    try:
        db = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # no database or no schema yet


def kill_at_a_moment(
    kind: int,
    process: "subprocess.Popen[bytes]",
    rng: random.Random,
    server: FeedServer,
    db_path: Path,
    before: tuple[int, int],
) -> None:
    """SIGKILL the run at a random moment of one of three kinds, each reached on a machine of
    any speed. `before` is (requests, stored articles) when the run started."""
    requests_before, stored_before = before

    def ended() -> bool:
        return process.poll() is not None  # nothing left to interrupt

    if kind == 0:
        # Any moment from the start: while starting, often before the schema exists.
        time.sleep(rng.uniform(0, 4.0))
    elif kind == 1:
        # While fetching and analysing: after some of this run's feeds were requested.
        fetched = requests_before + rng.randint(1, FEEDS)
        wait_until(lambda: ended() or len(server.requests) >= fetched)
        time.sleep(rng.uniform(0, 0.5))
    else:
        # While storing, one transaction per feed: once this run's first feed is in.
        wait_until(lambda: ended() or stored_articles(db_path) > stored_before)
        time.sleep(rng.uniform(0, 0.3))
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.timeout(900)  # twenty runs and kills: a guard against a hang, not a speed limit
def test_sigkill_during_ingest_never_leaves_half_a_feed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    urls = [feed_server.route(f"/f{n}", growing_feed(f"f{n}")) for n in range(FEEDS)]
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n" + "".join(f"  - name: F{n}\n    url: {url}\n" for n, url in enumerate(urls))
    )
    rng = random.Random(20261126)
    command = monitor_command(tmp_path, "fetch")
    for kill in range(KILLS):
        before = (len(feed_server.requests), stored_articles(tmp_path / "monitor.db"))
        process = start(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            kill_at_a_moment(kill % 3, process, rng, feed_server, tmp_path / "monitor.db", before)
        finally:
            stop_process(process)
        if (tmp_path / "monitor.db").exists():
            consistent(tmp_path / "monitor.db")
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    consistent(tmp_path / "monitor.db")
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > FEEDS * NEW_PER_RUN


MIGRATE_SLOWLY = """
import sys, time
from pathlib import Path
import monitor.archive.migrations as m
index = int(sys.argv[2])
real = m.MIGRATIONS[index]
def slow(db):
    real(db)
    print("inside", flush=True)
    time.sleep(30)  # killed here, mid-transaction
m.MIGRATIONS[index] = slow
from monitor.archive.store import open_db
open_db(Path(sys.argv[1]))
"""


@pytest.mark.parametrize("done", [0, 2], ids=["blank-file", "before-themes"])
def test_sigkill_during_a_migration_leaves_the_previous_version(tmp_path: Path, done: int) -> None:
    """Killed inside migration done + 1: on a blank file (a first run killed while starting) or
    on a database from before the themes migration."""
    import sqlite_utils

    import monitor.archive.migrations as migrations

    db_path = tmp_path / "monitor.db"
    if done:
        old = sqlite_utils.Database(db_path)
        old.enable_wal()
        real = migrations.MIGRATIONS[:]
        migrations.MIGRATIONS[:] = real[:done]
        try:
            migrations.migrate(old.conn)
        finally:
            migrations.MIGRATIONS[:] = real
        old.close()
    process = start([sys.executable, "-c", MIGRATE_SLOWLY, str(db_path), str(done)],
                    stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout and process.stdout.readline().strip() == "inside"
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        stop_process(process)
        if process.stdout:
            process.stdout.close()
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert migrated_versions(db) == list(range(1, done + 1))
    if done:
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles)")]
        assert "off_topic" not in columns  # the half-done migration rolled back whole
        assert "article_themes" not in tables(db)
    else:
        assert tables(db) <= {"_migrations"}  # not a table of the half-made schema
    db.close()
    again = open_db(db_path)
    assert migrated_versions(again.conn) == list(range(1, SCHEMA_VERSION + 1))
    assert {"articles", "article_themes", "digests"} <= set(again.table_names())


@pytest.mark.parametrize("attempt", range(3))
def test_sigkill_while_sending_never_sends_a_different_copy(
    tmp_path: Path, feed_server: FeedServer, attempt: int
) -> None:
    news = feed_server.feed(
        "/n", rss(item("1", "Japan and Taiwan sign a trade agreement", "https://n.example/1"))
    )
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: N\n    url: {news}\n"
            "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org, ben@example.org]\n  send_empty: true\n"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        )
        mailbox.reply_delay_s = 5  # the server keeps the message, then is slow to confirm
        process = start(monitor_command(tmp_path, "digest", "--send"),
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            wait_until(lambda: len(mailbox.messages) >= 1)
            time.sleep(random.Random(attempt).uniform(0, 0.5))  # the kill moment
            process.send_signal(signal.SIGKILL)
            process.wait()
        finally:
            stop_process(process)
        mailbox.reply_delay_s = 0
        rerun = subprocess.run(
            monitor_command(tmp_path, "digest", "--send"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert rerun.returncode == 0, rerun.stderr
        third = subprocess.run(
            monitor_command(tmp_path, "digest", "--send"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "already_sent" in third.stderr and "ana@example.org: sent" not in third.stderr
    for recipient in ("ana@example.org", "ben@example.org"):
        copies = mailbox.to(recipient)
        assert copies, recipient
        assert (
            len({message["Message-ID"] for message in copies}) == 1
        )  # a resend is the same message
        assert len({message.get_body(("plain",)).get_content() for message in copies}) == 1
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM digests").fetchone()[0] == 1
    assert {row[0] for row in db.execute("SELECT status FROM digest_deliveries")} == {"sent"}
