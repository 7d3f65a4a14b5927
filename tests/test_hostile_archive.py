"""The archive as the user's file, after ingest: text other tools wrote into it, a path that is
no file, tables changed by hand, a file-size limit, an interrupted pass or send, and the Atom,
CSV and JSON made from what it holds.

Each test names, in its docstring, what the code before this audit (e75fd20b) did, as observed
by running the test against it.
"""

import gc
import json
import os
import resource
import signal
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import closing
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import FeedServer, item, rss, write_config
from hostile import ROOT, monitor_command, run_monitor, wait_until
from hypothesis import given
from hypothesis import strategies as st
from smtp_server import smtp_server

from monitor.digest.atom import articles_atom

ATOM = "{http://www.w3.org/2005/Atom}"
PAGE = "https://news.example/a/{}"


def one_line(result, code: int = 1) -> str:  # type: ignore[no-untyped-def]
    """Failed with `code`, saying why on one line of stderr, without a traceback."""
    stderr, status = result.stderr, getattr(result, "exit_code", getattr(result, "returncode", 0))
    assert status == code, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return str(lines[0])


def count(db_path: Path, table: str = "articles") -> int:
    with closing(sqlite3.connect(db_path)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def change(db_path: Path, sql: str) -> None:
    """What a user does in the sqlite3 shell (or any other tool) to their own file."""
    with closing(sqlite3.connect(db_path)) as db, db:
        db.execute(sql)


@pytest.fixture
def archive(tmp_path: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    """Three stored articles from a local feed: one with a link, one with only a guid (no
    link: a guid is an identifier), one in Japanese. Returns the database path."""
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(
        item("w1", "Cafe owners in Keelung protest", PAGE.format(1),
             description="Owners of cafes marched on Monday."),
        item("w2", "Coast guard drill off Penghu", description="Cutters drilled for a day."),
        item("w3", "尖閣諸島の防衛について議論", PAGE.format(3), description="国会で議論した。"),
    ))  # fmt: skip
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(feed)}])
    assert cli("fetch", "--no-alerts").exit_code == 0
    gc.collect()  # closes the in-process command's connection, as the end of a process would
    return tmp_path / "monitor.db"


# -- text another tool wrote


def test_a_title_written_in_latin_1_by_another_tool_reads_everywhere(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """The sqlite3 shell stores the bytes it is given as TEXT. Before: one title in Latin-1
    failed `articles`, `export` (after half its CSV) and `digest --preview` with "Could not
    decode to UTF-8 column 'title'", each time they read its row."""
    change(archive, "UPDATE articles SET title = CAST(X'436166E9206F776E657273' AS TEXT) "
                    "WHERE guid = 'w1'")  # fmt: skip
    listed = cli("articles", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert "Caf\ufffd owners" in [row["title"] for row in json.loads(listed.stdout)]
    for file_format in ("csv", "jsonl", "atom"):
        exported = cli("export", "--format", file_format)
        assert exported.exit_code == 0, exported.stderr
        assert "Caf\ufffd owners" in exported.stdout
    preview = cli("digest", "--preview", "--json")
    assert preview.exit_code == 0, preview.stderr


# -- Atom for feed readers


def test_an_article_without_a_link_is_an_atom_entry_with_its_summary(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Before: `export --format atom` of any selection holding a guid-only item failed whole
    ("Entry must contain an alternate link or a content element"), as did `monitor serve`'s
    Atom page, built by the same function."""
    exported = cli("export", "--format", "atom")
    assert exported.exit_code == 0, exported.stderr
    entries = ElementTree.fromstring(exported.stdout).findall(f"{ATOM}entry")
    assert len(entries) == 3
    drill = next(e for e in entries if e.findtext(f"{ATOM}title") == "Coast guard drill off Penghu")
    assert drill.find(f"{ATOM}link") is None
    assert drill.findtext(f"{ATOM}content") == "Cutters drilled for a day."


ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["\x0c", "\ufffe", "]]>", "<b>", "\x00\x01"]
)


@given(title=ANY_TEXT, summary=ANY_TEXT, outlet=ANY_TEXT,
       link=st.sampled_from([None, "", PAGE.format(9), "javascript:x()", "http://a b"]))  # fmt: skip
def test_any_stored_article_is_a_valid_atom_entry(
    title: str, summary: str, outlet: str, link: str | None
) -> None:
    """A feed reader gets a well-formed feed whose every entry has a title and a way to read
    it (a link, or the summary as content), whatever was stored. Before: a title of characters
    XML cannot hold ("\\x0c") failed the feed ("Required fields not set"), as did no link."""
    row = {"id": "x", "title": title, "summary": summary, "feed": outlet, "link": link,
           "themes": ["security"], "published_utc": "2026-11-25T01:00:00Z",
           "fetched_utc": "2026-11-25T02:00:00Z"}  # fmt: skip
    (entry,) = ElementTree.fromstring(articles_atom([row], "monitor: all", "all")).findall(
        f"{ATOM}entry"
    )
    assert entry.findtext(f"{ATOM}title")
    assert entry.find(f"{ATOM}link") is not None or entry.find(f"{ATOM}content") is not None


# -- a path that is no database file


@pytest.mark.parametrize("command", [["articles"], ["fetch", "--no-alerts"]], ids=" ".join)
def test_a_fifo_as_the_database_is_one_line(tmp_path: Path, command: list[str]) -> None:
    """Before: `monitor articles --db FIFO` waited for ever for a writer to the FIFO (killed
    after 60 s here); `fetch` said "disk I/O error", and nothing of what to do."""
    fifo = tmp_path / "monitor.db"
    os.mkfifo(fifo)
    write_config(tmp_path / "feeds.yaml", [])
    result = run_monitor(*command, "--config", str(tmp_path / "feeds.yaml"), "--db", str(fifo),
                         timeout=60)  # fmt: skip
    line = one_line(result)
    assert str(fifo) in line and "not a regular file" in line


def test_a_device_as_the_database_is_no_old_database(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Before: `--db /dev/null` was "made by an earlier monitor (schema 0)", and the remedy
    given, `monitor migrate --db /dev/null`, failed with "disk I/O error"."""
    line = one_line(cli("articles", db=Path("/dev/null")))
    assert "/dev/null: not a regular file" in line and "migrate" not in line


# -- tables changed by hand


def test_a_table_renamed_by_hand_is_named_by_doctor_and_the_commands(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Before: `doctor` called the database healthy (schema version 11 of 11, exit 0), and
    `digest` said only "no such table: digests"."""
    change(archive, "ALTER TABLE digests RENAME TO digests_2025")
    doctor = cli("doctor", "--json")
    assert doctor.exit_code == 1
    (database,) = [c for c in json.loads(doctor.stdout) if c["name"] == "database"]
    assert database["status"] == "fail" and "lacks table digests" in database["detail"]
    line = one_line(cli("digest"))
    assert str(archive) in line and "restore a backup" in line and "monitor doctor" in line
    assert count(archive) == 3


def test_a_column_dropped_by_hand_fails_each_feed_saying_what_to_do(
    tmp_path: Path, archive: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    """Before: each feed's recorded failure was "not stored: OperationalError: table articles
    has no column named author", at every pass, and `doctor` called the database healthy."""
    change(archive, "ALTER TABLE articles DROP COLUMN author")
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(item("w4", "Ferry line to Matsu resumes", PAGE.format(4))))
    fetched = cli("fetch", "--no-alerts", "--json")
    assert fetched.exit_code == 0, fetched.stderr
    (report,) = json.loads(fetched.stdout)
    assert report["outcome"] == "failed"
    assert "renamed or dropped by hand; restore a backup" in report["error"]
    assert "column articles.author" in cli("doctor", "--json").stdout
    assert count(archive) == 3


# -- a file-size limit, an interrupted pass


def test_a_file_size_limit_fails_the_feed_saying_so_and_loses_nothing(
    tmp_path: Path, archive: Path
) -> None:
    """RLIMIT_FSIZE (ulimit -f) in the child: writes past it fail with EFBIG, which SQLite
    reports as "disk I/O error". Before: each feed's failure said only that."""
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(*(item(f"n{n}", f"Report {n}", PAGE.format(10 + n),
                                description="Ships and aircraft. " * 200)
                           for n in range(5))))  # fmt: skip
    limit = 40_000  # past the 32 KiB index SQLite keeps beside the database, short of the pass

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        monitor_command("fetch", "--no-alerts", "--json", "--config",
                        str(tmp_path / "feeds.yaml"), "--db", str(archive)),
        cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=limited,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (report,) = json.loads(result.stdout)
    assert report["outcome"] == "failed" and "a file-size limit" in report["error"]
    assert count(archive) == 3
    with closing(sqlite3.connect(archive)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = run_monitor("fetch", "--no-alerts", "--force", "--config",
                        str(tmp_path / "feeds.yaml"), "--db", str(archive))  # fmt: skip
    assert again.returncode == 0 and count(archive) == 8


@pytest.fixture
def held() -> Iterator[threading.Event]:
    """Released when the test ends, so a response held open never outlives it."""
    release = threading.Event()
    yield release
    release.set()


@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_pass_stopped_mid_fetch_loses_nothing_and_the_next_stores_all(
    tmp_path: Path, archive: Path, feed_server: FeedServer, held: threading.Event,
    sent: signal.Signals,
) -> None:  # fmt: skip
    """A pass is stopped while one feed has answered and another is still sending: what was
    stored stays, nothing half-written is left, and the next pass stores both feeds whole."""

    def slow(request: BaseHTTPRequestHandler) -> None:
        if held.is_set():
            body = rss(item("s1", "Slow wire: drills end", PAGE.format(21)))
            request.send_response(200)
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)
            return
        request.send_response(200)
        request.end_headers()
        request.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        request.wfile.flush()
        held.wait(120)

    quick = feed_server.feed("/quick", rss(item("q1", "Quick wire: talks open", PAGE.format(22))))
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "Wire", "url": str(tmp_path / "wire.rss")}, {"name": "Quick", "url": quick},
        {"name": "Slow", "url": feed_server.route("/slow", slow)},
    ])  # fmt: skip
    process = subprocess.Popen(
        monitor_command("fetch", "--no-alerts", "--config", str(config), "--db", str(archive)),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_until(lambda: bool(feed_server.hits("/slow")) and bool(feed_server.hits("/quick")),
                   60, "both feeds requested")  # fmt: skip
        process.send_signal(sent)
        process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode != 0
    assert count(archive) == 3
    with closing(sqlite3.connect(archive)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    held.set()
    again = run_monitor("fetch", "--no-alerts", "--config", str(config), "--db", str(archive))
    assert again.returncode == 0, again.stderr
    assert count(archive) == 5


def test_an_export_that_finds_no_room_names_where_it_was_writing(
    tmp_path: Path, archive: Path
) -> None:
    """Before: each said "a file: No space left on device" (or "File too large"), naming
    neither the --out file nor standard output."""
    arguments = ["--config", str(tmp_path / "feeds.yaml"), "--db", str(archive)]
    line = one_line(run_monitor("export", "--out", "/dev/full", *arguments))
    assert line == "Error: /dev/full: No space left on device"
    with open("/dev/full", "w") as full:
        result = subprocess.run(monitor_command("export", "--format", "atom", *arguments),
                                cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert one_line(result) == "Error: standard output: No space left on device"
    out = tmp_path / "export" / "articles.jsonl"
    out.parent.mkdir()
    limit = 34_000  # the database opens (its 32 KiB index fits); the export does not

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(*(item(f"e{n}", f"Report {n}", PAGE.format(30 + n),
                                description="Ships and aircraft. " * 100)
                           for n in range(30))))  # fmt: skip
    assert run_monitor("fetch", "--no-alerts", *arguments).returncode == 0
    result = subprocess.run(monitor_command("export", "--out", str(out), *arguments), cwd=ROOT,
                            capture_output=True, text=True, preexec_fn=limited)  # fmt: skip
    assert one_line(result) == f"Error: {out}: File too large"
    assert list(out.parent.iterdir()) == []  # whole or not at all


def test_ctrl_c_while_the_server_confirms_a_digest_leaves_it_uncertain_never_sent_twice(
    tmp_path: Path,
) -> None:
    """The server has the whole message and is slow to say 250 when the user presses Ctrl-C.
    Before: "Aborted!" and no delivery recorded, so the next `digest --send` mailed it again."""
    with smtp_server() as (port, mailbox):
        config = tmp_path / "feeds.yaml"
        config.write_text(
            "feeds: []\ndigest: {recipients: [ana@example.org, ben@example.org], send_empty: true}\n"
            f"email: {{host: 127.0.0.1, port: {port}, security: none, from: m@example.org}}\n"
        )
        arguments = ["digest", "--send", "--config", str(config), "--db", str(tmp_path / "m.db")]
        mailbox.reply_delay_s = 600  # keeps the message, and takes its time to confirm it
        process = subprocess.Popen(monitor_command(*arguments), cwd=ROOT, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            wait_until(lambda: len(mailbox.messages) == 1, 60, "the first message received")
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        assert process.returncode == 1 and "Traceback" not in stderr
        assert "ana@example.org: uncertain" in stderr and "ben@example.org: failed" in stderr
        mailbox.reply_delay_s = 0
        again = run_monitor(*arguments)
        assert "ana@example.org: already_uncertain" in again.stderr
        assert "ben@example.org: sent" in again.stderr
    assert [len(mailbox.to(person)) for person in ("ana@example.org", "ben@example.org")] == [1, 1]
