"""Load and concurrency: many feeds in one pass, and readers while the service writes."""

import json
import sqlite3
import subprocess
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from conftest import FeedServer
from load_feeds import MISBEHAVIOURS, serve_feeds, wide_server
from processes import free_port, start, stop_process
from test_crash import growing_feed
from test_service import answers, monitor_command, wait_until

import monitor.pipeline
from monitor.ingest.fetch import FetchLimits
from monitor.service import Service

GOOD_FEEDS, BAD_FEEDS, ITEMS = 63, MISBEHAVIOURS, 5  # a tenth misbehaving, each kind once


def test_many_feeds_in_one_pass_with_a_tenth_misbehaving(
    tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """One pass over 70 feeds on 30 hosts, more than it fetches at once, beside a 500, a 410, a
    429, an HTML page, a gzip bomb, broken XML and a body that never finishes: every good
    article is stored and every bad feed recorded. Its time and memory at 300 feeds of 100
    items are printed by bench/load.py."""
    # The never-ending body is cut by the pass's total timeout, shrunk as tests do.
    limits = FetchLimits(total_timeout_s=10)
    monkeypatch.setattr(monitor.pipeline, "FetchLimits", lambda: limits)
    with wide_server() as server:
        serve_feeds(server, tmp_path / "feeds.yaml", GOOD_FEEDS, BAD_FEEDS, ITEMS)
        result = cli("fetch", "--json")
    assert result.exit_code == 0, result.stderr[-2000:]
    reports = {r["feed"]: r for r in json.loads(result.stdout)}
    good = [reports[f"Feed {n}"] for n in range(GOOD_FEEDS)]
    assert all(r["outcome"] == "ok" and r["new_articles"] == ITEMS for r in good)
    bad = [reports[f"Feed {n}"] for n in range(GOOD_FEEDS, GOOD_FEEDS + BAD_FEEDS)]
    assert all(r["outcome"] in ("failed", "gone", "retry_later") for r in bad)
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == GOOD_FEEDS * ITEMS
    db.close()


READS = 3  # by each reader, while the service writes


def test_readers_never_see_database_is_locked_while_the_service_writes(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """CLI commands and Datasette read while `monitor run` stores ten growing feeds. Each reader
    reads READS times, and the service stores every feed again meanwhile: counts of completed
    work, whatever the machine's speed, not a number of reads that fit in some seconds."""
    urls = [feed_server.route(f"/g{n}", growing_feed(f"g{n}")) for n in range(10)]
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n"
        + "".join(
            f"  - name: G{n}\n    url: {url}\n    interval: 15\n" for n, url in enumerate(urls)
        )
    )
    service = Service(
        tmp_path / "feeds.yaml", tmp_path / "monitor.db", minute=timedelta(seconds=0.1)
    )
    service.start()
    serve = None
    readers: list[threading.Thread] = []
    done = threading.Event()
    reads: dict[str, int] = {}
    failures: list[str] = []
    try:
        wait_until(lambda: len(feed_server.requests) >= 10)  # the service is writing
        port = free_port()
        serve = start(monitor_command(tmp_path, "serve", "--port", str(port)),
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        datasette = f"http://127.0.0.1:{port}/monitor/articles.json"
        wait_until(lambda: answers(datasette))

        def read_with_cli(*args: str) -> str | None:
            run = subprocess.run(
                monitor_command(tmp_path, *args), capture_output=True, text=True, timeout=120
            )
            failed = run.returncode != 0 or "locked" in run.stderr
            return run.stderr if failed else None

        def read_with_datasette() -> str | None:
            page = httpx.get(datasette, timeout=60)
            return page.text[:200] if page.status_code != 200 or "locked" in page.text else None

        def keep_reading(name: str, read: Callable[[], str | None]) -> None:
            reads[name] = 0
            while not done.is_set():
                try:
                    failure = read()
                except (httpx.HTTPError, subprocess.TimeoutExpired) as exc:
                    failure = repr(exc)
                if failure is not None:
                    failures.append(f"{name}: {failure}")
                reads[name] += 1

        for name, read in {
            "search": lambda: read_with_cli("search", "Kinmen", "--json"),
            "sql": lambda: read_with_cli("sql", "SELECT count(*) FROM articles", "--json"),
            "articles": lambda: read_with_cli("articles", "--theme", "security", "--json"),
            "datasette": read_with_datasette,
        }.items():
            readers.append(threading.Thread(target=keep_reading, args=(name, read)))
            readers[-1].start()
        writes_from = len(feed_server.requests)
        wait_until(
            lambda: (
                bool(failures)
                or (
                    len(reads) == len(readers)
                    and min(reads.values()) >= READS
                    # every feed fetched and stored again while all the readers were reading
                    and len(feed_server.requests) - writes_from >= 10
                )
            ),
            300,
        )
    finally:
        done.set()
        for reader in readers:
            reader.join()
        service.shutdown()
        if serve:
            stop_process(serve)
    assert failures == []
