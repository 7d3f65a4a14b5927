"""`monitor run` when its database fails it: the digest job's failure boundary, and the feeds
file watcher reading as loading does.

Each test names, in its docstring, what the code before this audit (e75fd20b) did, as observed
by running the test against it.
"""

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import item, rss, write_config
from hostile import wait_until

from monitor.service import Service

FAST_MINUTE = timedelta(seconds=0.05)  # the digest's retry, 5 minutes, takes a quarter second


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(item("d1", "Talks on fisheries open in Taipei", "https://n.example/1")))
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(feed)}])
    running = Service(tmp_path / "feeds.yaml", tmp_path / "monitor.db", minute=FAST_MINUTE,
                      reload_every_s=0.2, retry_wait_s=0.01)  # fmt: skip
    running.start()
    try:
        yield running
    finally:
        running.shutdown()


def rename(db_path: Path, old: str, new: str) -> None:
    with closing(sqlite3.connect(db_path, timeout=60)) as db, db:
        db.execute(f"ALTER TABLE {old} RENAME TO {new}")


def digests(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path, timeout=60)) as db:
        return int(db.execute("SELECT count(*) FROM digests").fetchone()[0])


def test_a_digest_that_fails_to_build_is_tried_again_soon(
    tmp_path: Path, service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    """The digest's build fails once (here its table is away; in life a lock held past the
    wait, a full disk). Before: APScheduler logged a traceback and the digest waited for the
    next day's time, so the day's email never went."""
    caplog.set_level(logging.ERROR, logger="monitor.service")
    db_path = tmp_path / "monitor.db"
    rename(db_path, "digests", "digests_away")
    service.scheduler.add_job(service.run_digest, id="digest-now", executor="digest")
    wait_until(lambda: any("trying again" in r.getMessage() for r in caplog.records), 60,
               "the failure logged")  # fmt: skip
    (failure,) = {r.getMessage() for r in caplog.records if "trying again" in r.getMessage()}
    assert "no such table: digests" in failure and "restore a backup" in failure
    assert "Traceback" not in caplog.text
    rename(db_path, "digests_away", "digests")
    wait_until(lambda: digests(db_path) == 1, 60, "the digest built on a later try")


def test_a_feeds_file_turned_endless_is_not_read_whole_by_the_watcher(
    tmp_path: Path, service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    """feeds.yaml replaced by a link to /dev/zero while the service runs. Before: the watcher
    read it whole every 0.2 s here (5 s in life), filling memory until the system killed the
    service; now it is the too-large file loading refuses, logged, the running config kept."""
    caplog.set_level(logging.ERROR, logger="monitor.service")
    config = tmp_path / "feeds.yaml"
    config.unlink()
    config.symlink_to("/dev/zero")
    wait_until(lambda: "feeds.yaml change ignored" in caplog.text, 60, "the edit refused")
    assert "not a regular file" in caplog.text  # a device is no feeds file (robustAJ)
    assert [feed.name for feed in service.config.feeds] == ["Wire"]


@pytest.mark.parametrize("make", [os.mkfifo, os.mkdir], ids=["fifo", "directory"])
def test_a_feeds_file_turned_fifo_is_refused_and_the_watcher_goes_on(
    tmp_path: Path, service: Service, caplog: pytest.LogCaptureFixture, make: Callable[[Path], None]
) -> None:
    """feeds.yaml replaced by a FIFO while the service runs (robustAJ). Before: the watcher
    opened it and waited for a writer for ever, so no later edit of feeds.yaml was applied; now
    it is one line naming the file, the running feeds kept, and the next plain file applied."""
    caplog.set_level(logging.INFO, logger="monitor.service")
    config = tmp_path / "feeds.yaml"
    config.unlink()
    make(config)
    wait_until(lambda: "feeds.yaml change ignored" in caplog.text, 60, "the edit refused")
    (refused,) = [r.getMessage() for r in caplog.records if "change ignored" in r.getMessage()]
    assert f"{config}: not a regular file" in refused and "\n" not in refused
    assert [feed.name for feed in service.config.feeds] == ["Wire"]
    (config.unlink if make is os.mkfifo else config.rmdir)()
    wire, two = tmp_path / "wire.rss", tmp_path / "two.rss"
    write_config(config, [{"name": "Wire", "url": str(wire)}, {"name": "Two", "url": str(two)}])
    wait_until(lambda: len(service.config.feeds) == 2, 60, "the plain file applied")
