"""SIGKILL at random moments: during ingest, during a schema migration, during digest sending.
Afterwards the database is intact, each feed is stored whole or not at all, and the next run
completes without duplicates."""

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
from smtp_server import smtp_server
from test_service import monitor_command, wait_until

FEEDS = 30
NEW_PER_RUN = 10
KILLS = 20


def growing_feed(name: str):  # type: ignore[no-untyped-def]
    """Each request shows the feed ten items further along, so every run has work to store."""
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
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
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


def test_sigkill_during_ingest_never_leaves_half_a_feed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    urls = [feed_server.route(f"/f{n}", growing_feed(f"f{n}")) for n in range(FEEDS)]
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n" + "".join(f"  - name: F{n}\n    url: {url}\n" for n, url in enumerate(urls))
    )
    rng = random.Random(20261126)
    command = monitor_command(tmp_path, "fetch")
    for _ in range(KILLS):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if (tmp_path / "monitor.db").exists():
            consistent(tmp_path / "monitor.db")
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    consistent(tmp_path / "monitor.db")
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > FEEDS * NEW_PER_RUN


MIGRATE_SLOWLY = """
import sys, time
from pathlib import Path
import monitor.migrations as m
real = m.MIGRATIONS[2]
def slow(db):
    real(db)
    print("inside", flush=True)
    time.sleep(30)  # killed here, mid-transaction
m.MIGRATIONS[2] = slow
from monitor.store import open_db
open_db(Path(sys.argv[1]))
"""


def test_sigkill_during_a_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    import sqlite_utils

    import monitor.migrations as migrations

    db_path = tmp_path / "monitor.db"
    old = sqlite_utils.Database(db_path)
    old.enable_wal()
    real = migrations.MIGRATIONS[:]
    migrations.MIGRATIONS[:] = real[:2]  # a database from before the themes migration
    try:
        migrations.migrate(old)
    finally:
        migrations.MIGRATIONS[:] = real
    old.close()
    process = subprocess.Popen([sys.executable, "-c", MIGRATE_SLOWLY, str(db_path)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout and process.stdout.readline().strip() == "inside"
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in db.execute("SELECT version FROM _migrations ORDER BY version")] == [1, 2]
    columns = [r[1] for r in db.execute("PRAGMA table_info(articles)")]
    assert "off_topic" not in columns  # the half-done migration rolled back whole
    assert (
        db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article_themes'").fetchone()[0]
        == 0
    )
    db.close()
    from monitor.migrations import SCHEMA_VERSION
    from monitor.store import open_db

    again = open_db(db_path)
    assert again.execute("SELECT max(version) FROM _migrations").fetchone()[0] == SCHEMA_VERSION


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
            "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org, ben@example.org]\n"
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        )
        mailbox.reply_delay_s = 5  # the server keeps the message, then is slow to confirm
        process = subprocess.Popen(monitor_command(tmp_path, "digest", "--send"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        wait_until(lambda: len(mailbox.messages) >= 1, 30)
        time.sleep(random.Random(attempt).uniform(0, 0.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        mailbox.reply_delay_s = 0
        rerun = subprocess.run(
            monitor_command(tmp_path, "digest", "--send"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert rerun.returncode == 0, rerun.stderr
        third = subprocess.run(
            monitor_command(tmp_path, "digest", "--send"),
            capture_output=True,
            text=True,
            timeout=60,
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
