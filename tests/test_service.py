"""`monitor run` with the real scheduler: intervals, overlap, live reload, missed digests, DST,
signals and one instance per database. Time is compressed (a "minute" of a fraction of a second)
where a test would otherwise wait for real intervals, and tests wait for what they expect to
happen, never for a fixed time, so a busy machine makes them slower but not red."""

import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from apscheduler.triggers.cron import CronTrigger
from conftest import FeedServer, item, rss
from processes import (
    alive,
    descendants,
    free_port,
    processes_mentioning,
    start,
    stop_process,
)
from smtp_server import smtp_server

from monitor.archive.store import open_db
from monitor.config import load_config
from monitor.digest.daily import make_digest
from monitor.service import Service

FAST_MINUTE = timedelta(seconds=0.1)  # a 15-minute interval takes 1.5 s


def wait_until(condition: Callable[[], bool], seconds: float = 90) -> None:
    """Poll until `condition` holds. The limit is only there so that a condition that never
    comes fails the test: it is far beyond what a busy machine needs, never a speed check."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"condition never met in {seconds:.0f} s")


def write_feeds(path: Path, feeds: dict[str, str], extra: str = "") -> None:
    body = "".join(
        f"  - name: {name}\n    url: {url}\n    interval: 15\n" for name, url in feeds.items()
    )
    path.write_text(f"feeds:\n{body}{extra}", encoding="utf-8")


@pytest.fixture
def service_factory(tmp_path: Path) -> Iterator[Callable[..., Service]]:
    started: list[Service] = []

    def start(**kwargs: object) -> Service:
        service = Service(tmp_path / "feeds.yaml", tmp_path / "monitor.db", minute=FAST_MINUTE,
                          reload_every_s=0.2, retry_wait_s=0.01, **kwargs)  # type: ignore[arg-type]  # fmt: skip
        service.start()
        started.append(service)
        return service

    yield start
    for service in started:
        if service.scheduler.running:
            service.shutdown()


def test_every_feed_at_start_then_on_its_interval(
    tmp_path: Path, feed_server: FeedServer, service_factory
) -> None:  # type: ignore[no-untyped-def]
    write_feeds(tmp_path / "feeds.yaml", {"A": feed_server.feed("/a", rss(item("1", "One"))),
                                          "B": feed_server.feed("/b", rss(item("2", "Two")))})  # fmt: skip
    service_factory()
    wait_until(lambda: len(feed_server.hits("/a")) >= 1 and len(feed_server.hits("/b")) >= 1)
    wait_until(lambda: len(feed_server.hits("/a")) >= 3)  # intervals of 1.5 s, with jitter
    assert feed_server.hits("/a")[1].get("If-None-Match") == '"v1"'  # conditional, as always


def test_a_slow_fetch_never_overlaps_its_next_run(
    tmp_path: Path, feed_server: FeedServer, service_factory
) -> None:  # type: ignore[no-untyped-def]
    def slow(request: BaseHTTPRequestHandler) -> None:
        time.sleep(2.5)  # longer than the 1.5 s interval
        body = rss(item("s", "Slow"))
        request.send_response(200)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    write_feeds(tmp_path / "feeds.yaml", {"Slow": feed_server.route("/slow", slow)})
    service_factory()
    wait_until(lambda: len(feed_server.hits("/slow")) >= 3)
    assert feed_server.max_active == 1


def test_a_half_saved_feeds_yaml_is_never_applied(
    tmp_path: Path,
    feed_server: FeedServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An editor that truncates feeds.yaml and then writes it can be read halfway, and the first
    half is valid YAML with fewer feeds: read once, it must not drop the rest."""
    from monitor.service import Service

    config = tmp_path / "feeds.yaml"
    feeds = {"A": feed_server.feed("/a", rss(item("1", "One"))),
             "B": feed_server.feed("/b", rss(item("2", "Two")))}  # fmt: skip
    write_feeds(config, feeds)
    whole = config.read_text(encoding="utf-8")
    service = Service(config, tmp_path / "monitor.db")  # not started: the test makes each check
    with caplog.at_level(logging.INFO, logger="monitor.service"):
        config.write_text(whole[: whole.index("  - name: B")], encoding="utf-8")  # A's entry only
        service.reload()  # a check while the editor is halfway
        config.write_text(whole.replace("interval: 15", "interval: 30"), encoding="utf-8")
        service.reload()
        service.reload()  # the saved file, read alike twice
    assert "removed" not in caplog.text
    assert {feed.name: feed.interval_minutes for feed in service.config.feeds} == {"A": 30, "B": 30}


def test_live_reload_adds_removes_and_survives_bad_edits(
    tmp_path: Path,
    feed_server: FeedServer,
    service_factory,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    a = feed_server.feed("/a", rss(item("1", "One")))
    b = feed_server.feed("/b", rss(item("2", "Two")))
    config = tmp_path / "feeds.yaml"
    write_feeds(config, {"A": a})
    service_factory()
    wait_until(lambda: len(feed_server.hits("/a")) >= 1)
    write_feeds(config, {"A": a, "B": b})
    # A new feed is fetched at once, not after its interval (15 compressed minutes, 1.5 s).
    wait_until(lambda: len(feed_server.hits("/b")) >= 1)
    with caplog.at_level(logging.INFO, logger="monitor.service"):
        write_feeds(config, {"B": b})
        wait_until(lambda: "feed 'A' removed" in caplog.text)
        removed_at = len(feed_server.hits("/a"))
        config.write_text("feeds:\n  - name: B\n    url: " + b + "\n    interval: 1\n")
        wait_until(lambda: "feeds.yaml change ignored" in caplog.text)
    assert "interval: must be at least 15" in caplog.text
    before = len(feed_server.hits("/b"))
    wait_until(lambda: len(feed_server.hits("/b")) >= before + 2)  # the previous config runs on
    # Two of B's intervals are two of A's: A would have been fetched twice more had it stayed.
    # At most one fetch of A, already under way when it was removed, may still reach the server.
    assert len(feed_server.hits("/a")) <= removed_at + 1


def test_a_digest_missed_while_down_is_sent_once_at_start(
    tmp_path: Path, feed_server: FeedServer, service_factory
) -> None:  # type: ignore[no-untyped-def]
    news = feed_server.feed("/n", rss(item("1", "Japan and Taiwan sign an investment agreement",
                                           "https://n.example/1", description="A trade pact.")))  # fmt: skip
    with smtp_server() as (port, mailbox):
        email = (f"digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n  send_empty: true\n"
                 f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n")  # fmt: skip
        write_feeds(tmp_path / "feeds.yaml", {"N": news}, email)
        config = load_config(tmp_path / "feeds.yaml")
        db = open_db(tmp_path / "monitor.db")
        zone = ZoneInfo("Asia/Tokyo")
        four_days_ago = (datetime.now(zone) - timedelta(days=4)).date()
        make_digest(db, config, four_days_ago)  # the last digest before the machine went down
        service = service_factory()
        wait_until(lambda: len(mailbox.messages) >= 1)
        service.shutdown()  # waits for the digest job to record the delivery
        again = service_factory()
        # Whether a digest was missed is decided in start(): sent now, so nothing to catch up.
        assert again.scheduler.get_job("digest-catch-up") is None
        again.shutdown()
    assert len(mailbox.messages) == 1
    ((recipients, message),) = mailbox.messages
    due = (
        datetime.now(zone)
        if datetime.now(zone).time() >= datetime.strptime("07:30", "%H:%M").time()
        else datetime.now(zone) - timedelta(days=1)
    )
    assert message["Subject"].startswith(f"Japan–Taiwan monitor, {due.date()}")
    row = next(
        db.query("SELECT window_start_utc FROM digests WHERE date = ?", [due.date().isoformat()])
    )
    first = next(
        db.query("SELECT window_end_utc FROM digests WHERE date = ?", [four_days_ago.isoformat()])
    )
    assert row["window_start_utc"] == first["window_end_utc"]  # it covers the whole gap


def test_shutdown_ends_a_send_in_flight_and_never_resends_an_uncertain_copy(
    tmp_path: Path, feed_server: FeedServer, service_factory
) -> None:  # type: ignore[no-untyped-def]
    news = feed_server.feed("/n", rss(item("1", "Japan and Taiwan sign an investment agreement",
                                           "https://n.example/1", description="A trade pact.")))  # fmt: skip
    with smtp_server() as (port, mailbox):
        email = (f"digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org, ben@example.org]\n  send_empty: true\n"
                 f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
                 "  timeout_seconds: 600\n")  # fmt: skip
        write_feeds(tmp_path / "feeds.yaml", {"N": news}, email)
        db = open_db(tmp_path / "monitor.db")
        four_days_ago = (datetime.now(ZoneInfo("Asia/Tokyo")) - timedelta(days=4)).date()
        make_digest(db, load_config(tmp_path / "feeds.yaml"), four_days_ago)
        mailbox.reply_delay_s = 3600  # takes ana's copy and never confirms it
        service = service_factory()  # sends the missed digest at once
        wait_until(lambda: len(mailbox.messages) == 1, 30)
        stopping = threading.Thread(target=service.shutdown)
        stopping.start()
        stopping.join(60)  # far sooner than the deadline: only the stop can end the send
        assert not stopping.is_alive(), "shutdown waited for the SMTP conversation"
        statuses = dict(db.execute("SELECT recipient, status FROM digest_deliveries").fetchall())
        assert statuses == {"ana@example.org": "uncertain", "ben@example.org": "failed"}
        mailbox.reply_delay_s = 0
        again = service_factory()  # ben's failed delivery makes the digest due again
        wait_until(lambda: len(mailbox.to("ben@example.org")) == 1, 30)
        again.shutdown()
    assert len(mailbox.to("ana@example.org")) == 1  # uncertain: never sent again by itself
    statuses = dict(db.execute("SELECT recipient, status FROM digest_deliveries").fetchall())
    assert statuses == {"ana@example.org": "uncertain", "ben@example.org": "sent"}


@pytest.mark.parametrize(
    ("clock", "zone"),
    [("02:30", "America/New_York"), ("01:30", "America/New_York"), ("01:30", "Europe/London")],
)
def test_dst_transitions_neither_skip_nor_double_a_digest(
    tmp_path: Path, clock: str, zone: str
) -> None:
    with smtp_server() as (port, mailbox):
        (tmp_path / "feeds.yaml").write_text(
            f'feeds: []\ndigest:\n  time: "{clock}"\n  timezone: {zone}\n  recipients: [ana@example.org]\n  send_empty: true\n'
            f"email:\n  host: 127.0.0.1\n  port: {port}\n  security: none\n  from: m@example.org\n"
        )
        service = Service(tmp_path / "feeds.yaml", tmp_path / "monitor.db", retry_wait_s=0.01)
        hour, minute = map(int, clock.split(":"))
        trigger = CronTrigger(
            hour=hour, minute=minute, timezone=ZoneInfo(zone)
        )  # as the service schedules it
        fires = []
        for start in (
            datetime(2026, 3, 6, tzinfo=UTC),
            datetime(2026, 3, 26, tzinfo=UTC),
            datetime(2026, 10, 23, tzinfo=UTC),
        ):
            previous, now = None, start
            for _ in range(6):
                fire = trigger.get_next_fire_time(previous, now)
                fires.append(fire)
                previous, now = fire, fire
        for fire in fires:
            service.run_digest(now=fire + timedelta(seconds=1))
        days = {fire.astimezone(ZoneInfo(zone)).date() for fire in fires}
        db = open_db(tmp_path / "monitor.db")
        stored = {row["date"] for row in db.query("SELECT date FROM digests")}
    assert stored == {day.isoformat() for day in days}  # one digest for every local day
    assert len(mailbox.messages) == len(
        days
    )  # and one email each, even when the trigger fires twice


def monitor_command(tmp_path: Path, *args: str) -> list[str]:
    """`monitor ARGS` as a child process of this checkout (conftest puts it on PYTHONPATH)."""
    return [sys.executable, "-m", "monitor.cli", *args, "--config", str(tmp_path / "feeds.yaml"),
            "--db", str(tmp_path / "monitor.db")]  # fmt: skip


def test_sigterm_during_ingest_exits_0_with_the_database_intact(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    sent = {"items": 0}

    def trickle(request: BaseHTTPRequestHandler) -> None:
        """A feed that never ends: the service can only stop by dropping it, not by waiting.
        It ends when the client hangs up (the write fails)."""
        request.send_response(200)
        request.end_headers()
        request.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>')
        while True:
            i = sent["items"]
            request.wfile.write(f"<item><guid>{i}</guid><title>Item {i}</title></item>".encode())
            request.wfile.flush()
            sent["items"] += 1
            time.sleep(0.05)

    write_feeds(tmp_path / "feeds.yaml", {"Fast": feed_server.feed("/fast", rss(item("1", "One"), item("2", "Two"))),
                                          "Trickle": feed_server.route("/trickle", trickle)})  # fmt: skip
    log_file = (tmp_path / "run.log").open("w")
    process = start(monitor_command(tmp_path, "run"), stderr=log_file)
    try:
        wait_until(lambda: len(feed_server.hits("/fast")) == 1 and sent["items"] >= 10)
        process.send_signal(signal.SIGTERM)  # the trickling feed is mid-body now
        code = process.wait(timeout=90)  # it never ends: only a stop that drops it returns
    finally:
        stop_process(process)
        log_file.close()
    log = (tmp_path / "run.log").read_text()
    assert code == 0, log
    assert "stopped" in log
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = dict(
        db.execute(
            "SELECT f.name, count(a.id) FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.name"
        )
    )
    assert counts.get("Trickle", 0) == 0  # rolled back, not half stored


def test_a_second_instance_on_the_same_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    first = start(monitor_command(tmp_path, "run"), stderr=subprocess.DEVNULL)
    try:
        wait_until(
            lambda: (
                (tmp_path / "monitor.db.lock").exists()
                and (tmp_path / "monitor.db.lock").read_text().strip() == str(first.pid)
            )
        )
        second = subprocess.run(
            monitor_command(tmp_path, "run"), capture_output=True, text=True, timeout=120
        )
    finally:
        stop_process(first)
    assert second.returncode == 1
    assert "already running on this database" in second.stderr and str(first.pid) in second.stderr


def test_status_shows_feed_health_and_digests(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    write_feeds(tmp_path / "feeds.yaml", {"Good": feed_server.feed("/g", rss(item("1", "One"))),
                                          "Bad": feed_server.status("/b", 500)},
                "digest:\n  time: \"07:30\"\n  timezone: Asia/Tokyo\n")  # fmt: skip
    cli("fetch")
    report = json.loads(cli("status", "--json").stdout)
    feeds = {feed["name"]: feed for feed in report["feeds"]}
    assert feeds["Good"]["last_success_utc"] and feeds["Good"]["consecutive_failures"] == 0
    assert feeds["Good"]["articles_per_day"] == round(1 / 7, 1)
    assert (
        feeds["Bad"]["consecutive_failures"] == 1
        and feeds["Bad"]["last_error"] == "HTTP 500 Internal Server Error"
    )
    assert feeds["Bad"]["next_fetch_utc"] > feeds["Good"]["last_success_utc"]
    assert report["last_digest"] is None and report["next_digest"].endswith("+09:00")
    assert "T07:30:00" in report["next_digest"]


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def test_datasette_serves_the_database_with_canned_queries(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    write_feeds(tmp_path / "feeds.yaml", {"Good": feed_server.feed("/g", rss(item("1", "One")))})
    cli("fetch")
    port = free_port()
    process = start(monitor_command(tmp_path, "serve", "--port", str(port)),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/monitor"))
        page = httpx.get(f"http://127.0.0.1:{port}/monitor/articles", timeout=30)
        assert page.status_code == 200 and "One row per article" in page.text
        canned = httpx.get(f"http://127.0.0.1:{port}/monitor/incursions_by_day.json", timeout=30)
        assert canned.status_code == 200 and "rows" in canned.json()
        database = httpx.get(f"http://127.0.0.1:{port}/monitor", timeout=30).text
        assert "Security articles that arrived in the last 24 hours" in database
    finally:
        stop_process(process)


def test_sigterm_stops_serve_and_everything_it_started(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    cli("fetch")
    scratch = tmp_path / "tmp"  # the child's temporary directory, to see what it leaves there
    scratch.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}/monitor"
    process = start(monitor_command(tmp_path, "serve", "--port", str(port)),
                    env={**os.environ, "TMPDIR": str(scratch)},
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_until(lambda: answers(url))
        started = descendants(process.pid)
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=90)
        # Looked at before stop_process, which would end whatever was left.
        left = [pid for pid in started if alive(pid)]
        serving = processes_mentioning(str(tmp_path))
        still_answers = answers(url)
    finally:
        stop_process(process)
    assert code == 0  # asked to stop, it stopped: not a failure
    assert left == [] and serving == [] and not still_answers  # nothing serves it any more
    assert list(scratch.iterdir()) == []  # no temporary metadata file left behind


def test_serve_refuses_a_port_out_of_range_or_taken(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    cli("fetch")
    for port in ("0", "99999"):
        result = cli("serve", "--port", port)
        assert result.exit_code == 2  # a usage error, before anything starts
        assert f"Invalid value for '--port': {port} is not in the range" in result.output
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = subprocess.run(monitor_command(tmp_path, "serve", "--port", str(port)),
                              capture_output=True, text=True, timeout=120)  # fmt: skip
    assert busy.returncode == 1
    last = busy.stderr.strip().splitlines()[-1]
    assert last == f"Error: cannot serve on 127.0.0.1:{port}; try another --port"
