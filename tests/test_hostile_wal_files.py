"""The files SQLite keeps beside the database (`-wal`, `-shm`), left by another program in a
state monitor cannot write (robustAK): one line naming that file and what to do, nothing
stored lost, and the next run after the fix stores as before."""

import json
import shutil
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss, write_config
from hostile import run_monitor
from test_fetch import GOOD_FEED
from test_hostile_cli import count, one_line_error, read_only_mount


@pytest.fixture
def archive(tmp_path: Path, feed_server: FeedServer) -> Path:
    """Two articles stored, a second feed configured since; the database's path. Stored by a
    process of its own: a connection left open in this one would keep the `-shm` it mapped."""
    feeds = [{"name": "A", "url": feed_server.feed("/a", GOOD_FEED)}]
    write_config(tmp_path / "feeds.yaml", feeds)
    where = ["--config", str(tmp_path / "feeds.yaml"), "--db", str(tmp_path / "monitor.db")]
    assert run_monitor("fetch", *where).returncode == 0
    feeds.append({"name": "B", "url": feed_server.feed("/b", rss(item("b", "Pier repairs")))})
    write_config(tmp_path / "feeds.yaml", feeds)
    return tmp_path / "monitor.db"


def test_a_shm_file_that_is_a_directory_is_named_and_moving_it_aside_loses_nothing(
    tmp_path: Path, archive: Path
) -> None:
    """Old release: "monitor.db: cannot write here (a read-only file system, or no
    permission)", for a file and a directory that were both writable."""
    shm = archive.with_name("monitor.db-shm")
    shm.unlink(missing_ok=True)
    shm.mkdir()
    where = ["--config", str(tmp_path / "feeds.yaml"), "--db", str(archive)]
    for command in ["fetch", "digest"]:
        line = one_line_error(run_monitor(command, *where))
        assert line == (
            f"Error: {shm}: not a regular file, where SQLite keeps monitor.db's write-ahead "
            "log's index; with no program using monitor.db, move it aside and run again"
        )
    listed = run_monitor("articles", "--json", *where)
    assert len(json.loads(listed.stdout)) == 2, listed.stderr
    shutil.move(shm, tmp_path / "aside")
    again = run_monitor("fetch", *where)
    assert again.returncode == 0, again.stderr
    assert count(archive) == 3, again.stdout + again.stderr


def test_a_read_only_wal_index_is_named_and_kept(tmp_path: Path, archive: Path) -> None:
    """A `-shm` on a read-only mount. Old release: "monitor.db: cannot write here (a read-only
    file system, or no permission)", naming the database the user could write; robustAK's
    release: "no permission to read and write it; run as the user who owns it", to the user
    who owns it, on a mount nobody can write (robustAN)."""
    shm = archive.with_name("monitor.db-shm")
    shm.touch()
    where = ["--config", str(tmp_path / "feeds.yaml"), "--db", str(archive)]
    line = one_line_error(read_only_mount(shm, "fetch", *where))
    assert line == (
        f"Error: {shm}: on a read-only file system (monitor.db's write-ahead log's index); "
        "mount it read-write"
    )
    assert count(archive) == 2
