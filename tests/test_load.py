"""Load and concurrency: many feeds in one pass, and readers while the service writes."""

import gzip
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
from conftest import FeedServer, QuietServer, _make_handler, item, rss
from processes import free_port, start, stop_process
from test_crash import growing_feed
from test_service import answers, monitor_command, wait_until

from monitor.service import Service

GOOD_FEEDS, BAD_FEEDS, ITEMS = 270, 30, 100
HOSTS = 30  # feeds spread over 127.0.0.1-30: one connection per host, many hosts at once
PEAK_OF_CHILD = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


@pytest.fixture
def wide_server() -> Iterator[FeedServer]:
    """One server that answers on every loopback address (127.0.0.0/8)."""
    server = FeedServer(base_url="")
    httpd = QuietServer(("0.0.0.0", 0), _make_handler(server))
    server.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()


def misbehaving(kind: int):  # type: ignore[no-untyped-def]
    def status(code: int):  # type: ignore[no-untyped-def]
        def handler(request: BaseHTTPRequestHandler) -> None:
            request.send_response(code)
            request.send_header("Content-Length", "0")
            request.end_headers()

        return handler

    def body(data: bytes, headers: dict[str, str]):  # type: ignore[no-untyped-def]
        def handler(request: BaseHTTPRequestHandler) -> None:
            request.send_response(200)
            for name, value in headers.items():
                request.send_header(name, value)
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)

        return handler

    def trickle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.end_headers()
        for _ in range(400):
            request.wfile.write(b" ")
            request.wfile.flush()
            time.sleep(0.1)

    bomb = gzip.compress(b" " * (64 * 1024 * 1024))
    kinds = [status(500), status(410), status(429), body(b"<html>maintenance</html>", {}),
             body(bomb, {"Content-Encoding": "gzip"}), body(b"<rss><channel><item>&#x110000;", {}),
             trickle]  # fmt: skip
    return kinds[kind % len(kinds)]


@pytest.mark.slow
@pytest.mark.timeout(2000)  # about 100 s here idle, 525 s on a very busy machine
def test_300_feeds_in_one_pass_with_a_tenth_misbehaving(
    tmp_path: Path, wide_server: FeedServer
) -> None:
    port = wide_server.base_url.rsplit(":", 1)[1]
    lines = ["feeds:"]
    for n in range(GOOD_FEEDS + BAD_FEEDS):
        host = f"127.0.0.{n % HOSTS + 1}"
        path = f"/feed-{n}"
        if n < GOOD_FEEDS:
            items = [item(f"{n}-{i}", f"Feed {n} item {i}: PLA drills near Taiwan", f"https://f{n}.example/{i}",
                          description="Chinese aircraft and ships operated near Taiwan; Japan watched.")
                     for i in range(ITEMS)]  # fmt: skip
            wide_server.feed(path, rss(*items))
        else:
            wide_server.route(path, misbehaving(n))
        lines.append(f"  - name: Feed {n}\n    url: http://{host}:{port}{path}")
    (tmp_path / "feeds.yaml").write_text("\n".join(lines) + "\n")
    started = time.monotonic()
    # A fresh parent process, so the peak it reports is this fetch's alone.
    measured = [sys.executable, "-c", PEAK_OF_CHILD, *monitor_command(tmp_path, "fetch", "--json")]
    result = subprocess.run(measured, capture_output=True, text=True, timeout=1800)
    elapsed = time.monotonic() - started
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    assert result.returncode == 0, result.stderr[-2000:]
    reports = {r["feed"]: r for r in json.loads(result.stdout)}
    good = [reports[f"Feed {n}"] for n in range(GOOD_FEEDS)]
    assert all(r["outcome"] == "ok" and r["new_articles"] == ITEMS for r in good)
    bad = [reports[f"Feed {n}"] for n in range(GOOD_FEEDS, GOOD_FEEDS + BAD_FEEDS)]
    assert all(r["outcome"] in ("failed", "gone", "retry_later") for r in bad)
    import sqlite3

    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == GOOD_FEEDS * ITEMS
    assert peak_mb < 700, f"peak RSS {peak_mb:.0f} MB"
    print(f"\n300 feeds x 100 items: {elapsed:.0f} s, peak RSS {peak_mb:.0f} MB")


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
