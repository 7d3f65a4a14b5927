"""An archive on a file system mounted read-only (a snapshot, a backup medium, a container's
read-only volume), or on a full one: writers say which in one line and change nothing, readers
of a read-only one read it (robustAN). Each test's docstring says what the release before
did."""

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss, write_config
from hostile import on_a_full_disk, run_monitor
from test_hostile_cli import count, one_line_error, read_only_mount

WIRE = rss(
    item("r1", "Coast guard tows a disabled fishing boat", "https://n.example/r1"),
    item("r2", "Ferry timetable changes for the typhoon", "https://n.example/r2"),
)


@pytest.fixture
def archive(tmp_path: Path, feed_server: FeedServer) -> Path:
    """A folder holding feeds.yaml and a database of two articles, closed cleanly."""
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": feed_server.feed("/w", WIRE)}])
    fetched = run_monitor("fetch", "--no-alerts", "--config", str(tmp_path / "feeds.yaml"),
                          "--db", str(tmp_path / "m.db"))  # fmt: skip
    assert fetched.returncode == 0, fetched.stderr
    with closing(sqlite3.connect(tmp_path / "m.db")) as db:  # a clean close folds the log in
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return tmp_path


def on_read_only_mount(folder: Path, *command: str) -> str:
    """`monitor COMMAND` on the folder mounted read-only: its one line of error."""
    arguments = ["--config", str(folder / "feeds.yaml"), "--db", str(folder / "m.db")]
    return one_line_error(read_only_mount(folder, *command, *arguments))


@pytest.mark.parametrize("command", [["fetch", "--no-alerts"], ["digest"]], ids=" ".join)
def test_a_write_beside_a_running_service_on_a_read_only_mount_names_the_mount(
    archive: Path, command: list[str]
) -> None:
    """The write-ahead log and its index are beside the database, as a running `monitor run`
    keeps them (or a snapshot taken while it ran). Before: "m.db-wal: no permission to read
    and write it; run as the user who owns it, or give this user both", to a root user who
    owns it, on a file system nobody can write."""
    with closing(sqlite3.connect(archive / "m.db")) as running:
        running.execute("SELECT count(*) FROM articles").fetchone()  # opens the log and index
        assert (archive / "m.db-wal").exists() and (archive / "m.db-shm").exists()
        line = on_read_only_mount(archive, *command)
    assert line == (
        f"Error: {archive / 'm.db'}: on a read-only file system, where SQLite can neither "
        "write it nor make its write-ahead log; mount it read-write, or copy the database to a "
        "writable place and give that with --db"
    )
    assert count(archive / "m.db") == 2 and count(archive / "m.db", "digests") == 0


def test_an_archive_on_a_read_only_mount_is_read(archive: Path) -> None:
    """Before: every reading command failed: "cannot open the database: cannot open or create
    the file (check the directory and its permissions)", since a reader of a WAL database
    makes an index file beside it."""
    arguments = ["--config", str(archive / "feeds.yaml"), "--db", str(archive / "m.db")]
    listed = read_only_mount(archive, "articles", "--json", *arguments)
    assert listed.returncode == 0, listed.stderr
    assert sorted(a["title"] for a in json.loads(listed.stdout)) == [
        "Coast guard tows a disabled fishing boat",
        "Ferry timetable changes for the typhoon",
    ]
    found = read_only_mount(archive, "search", "typhoon", "--json", *arguments)
    assert found.returncode == 0, found.stderr
    assert [a["title"] for a in json.loads(found.stdout)] == [
        "Ferry timetable changes for the typhoon"
    ]
    exported = read_only_mount(archive, "export", "--format", "csv", *arguments)
    assert exported.returncode == 0 and exported.stdout.count("\n") == 3
    assert sorted(p.name for p in archive.iterdir()) == ["feeds.yaml", "m.db"]


def test_a_full_disk_is_named_and_the_fetch_with_room_stores_all(
    archive: Path, feed_server: FeedServer
) -> None:
    """The disk holding a cleanly closed archive is full: SQLite cannot make the log's index
    beside it. Before: "cannot open the database: the file system refused a read or write (a
    file-size limit, a quota or a failing disk)", none of which was the case."""
    feed_server.feed("/w", rss(item("r3", "Pier 2 reopens", "https://n.example/r3")), etag=None)
    on_a_full_disk(archive, "fetch", "--no-alerts")
    assert (archive / "full.err").read_text().strip().splitlines() == [
        f"Error: {archive / 'mnt' / 'm.db'}: the disk is full; free space and run again (what "
        "was stored before is intact)"
    ]
    assert (archive / "room.err").read_text().count("\n") == 1  # "1 feeds, 1 new articles"
    assert count(archive / "after" / "m.db") == 3
