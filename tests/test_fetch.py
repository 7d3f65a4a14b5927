"""Polite fetching against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""

import contextlib
import gzip
import json
import threading
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss, write_config

from monitor.archive.store import open_db
from monitor.clock import from_iso
from monitor.config import load_config
from monitor.ingest.fetch import USER_AGENT, FetchLimits
from monitor.pipeline import poll

FAST = FetchLimits(connect_timeout_s=2, total_timeout_s=2, max_body_bytes=256 * 1024)
GOOD_FEED = rss(
    item("a1", "Japan and Taiwan sign a customs pact"), item("a2", "Drills near Kinmen")
)


def run(tmp_path: Path, feeds: list[dict[str, object]], **kwargs):  # type: ignore[no-untyped-def]
    config = load_config(write_config(tmp_path / "feeds.yaml", feeds))
    db = open_db(tmp_path / "monitor.db")
    reports = {
        r.feed: r for r in poll(config, db.conn, limits=kwargs.pop("limits", FAST), **kwargs)
    }
    return reports, db


def feed_row(db, name: str) -> dict:  # type: ignore[no-untyped-def]
    return next(db.query("SELECT * FROM feeds WHERE name = ?", [name]))


def test_requests_name_the_project_and_ask_for_feeds(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/rss", GOOD_FEED)
    reports, _ = run(tmp_path, [{"name": "A", "url": url}])
    assert reports["A"].new_articles == 2
    headers = feed_server.hits("/rss")[0]
    assert headers["User-Agent"] == USER_AGENT and "+http" in USER_AGENT
    assert "application/rss+xml" in headers["Accept"]


def test_second_fetch_is_conditional_and_a_304_stores_nothing(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/rss", GOOD_FEED)
    run(tmp_path, [{"name": "A", "url": url}])
    reports, db = run(tmp_path, [{"name": "A", "url": url}])
    second = feed_server.hits("/rss")[1]
    assert second["If-None-Match"] == '"v1"'
    assert second["If-Modified-Since"] == "Wed, 25 Nov 2026 08:00:00 GMT"
    assert reports["A"].outcome == "not_modified" and reports["A"].new_articles == 0
    assert db["articles"].count == 2
    outcomes = [r["outcome"] for r in db.query("SELECT outcome FROM fetches ORDER BY id")]
    assert outcomes == ["ok", "not_modified"]


def test_unchanged_feed_without_validators_stores_nothing_twice(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/rss", GOOD_FEED, etag=None, last_modified=None)
    run(tmp_path, [{"name": "A", "url": url}])
    reports, db = run(tmp_path, [{"name": "A", "url": url}])
    assert reports["A"].outcome == "ok" and reports["A"].new_articles == 0
    assert db["articles"].count == 2


def trickle(request: BaseHTTPRequestHandler) -> None:
    """A byte every 0.2 s, for ever: only the client's own time limit ends the fetch (the write
    fails once it has hung up)."""
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.end_headers()
    while True:
        request.wfile.write(b" ")
        request.wfile.flush()
        time.sleep(0.2)


def endless(request: BaseHTTPRequestHandler) -> None:
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.end_headers()
    request.wfile.write(b'<?xml version="1.0"?><rss><channel><title>')
    while True:
        request.wfile.write(b"A" * 65536)


def test_trickling_body_times_out_within_the_budget(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.route("/slow", trickle)
    reports, db = run(tmp_path, [{"name": "Slow", "url": url}])  # returns: the body never ends
    assert reports["Slow"].outcome == "failed"
    assert "timed out after 2 s" in reports["Slow"].error
    assert feed_row(db, "Slow")["consecutive_failures"] == 1


def test_endless_body_stops_at_the_size_cap(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.route("/endless", endless)
    reports, _ = run(tmp_path, [{"name": "Endless", "url": url}])
    assert reports["Endless"].outcome == "failed"
    assert "body larger than 0.25 MiB" in reports["Endless"].error


def test_gzip_bomb_is_capped_after_decompression(tmp_path: Path, feed_server: FeedServer) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 300 * 1024  # small on the wire, 200 MiB when inflated

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Content-Encoding", "gzip")
        request.send_header("Content-Length", str(len(bomb)))
        request.end_headers()
        request.wfile.write(bomb)

    url = feed_server.route("/bomb", handler)
    tracemalloc.start()
    reports, _ = run(tmp_path, [{"name": "Bomb", "url": url}])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "body larger than" in reports["Bomb"].error
    assert peak < 100 * 1024 * 1024


def test_redirect_loop_fails_after_five_hops(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.status("/loop-a", 302, {"Location": "/loop-b"})
    url = feed_server.url("/loop-a")
    feed_server.status("/loop-b", 302, {"Location": "/loop-a"})
    reports, _ = run(tmp_path, [{"name": "Loop", "url": url}])
    assert reports["Loop"].outcome == "failed"
    assert reports["Loop"].error == "more than 5 redirects"
    assert len(feed_server.requests) == 6


def test_permanent_redirect_moves_the_feed_after_three_fetches(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    old = feed_server.status("/old", 301, {"Location": "/new"})
    new = feed_server.feed("/new", GOOD_FEED, etag=None, last_modified=None)
    feeds = [{"name": "Moved", "url": old}]
    for fetch_number in (1, 2):
        _, db = run(tmp_path, feeds)
        assert feed_row(db, "Moved")["url"] == old, f"moved after {fetch_number} fetches"
    _, db = run(tmp_path, feeds)
    assert feed_row(db, "Moved")["url"] == new
    listed = json.loads(cli("feeds", "list", "--json").stdout)
    assert listed[0]["url"] == new and listed[0]["configured_url"] == old
    assert "moved from" in listed[0]["health"]
    run(tmp_path, feeds)
    assert len(feed_server.hits("/old")) == 3  # the fourth fetch went straight to /new


@pytest.mark.parametrize("code", [302, 307])
def test_temporary_redirects_never_move_the_feed(
    tmp_path: Path, feed_server: FeedServer, code: int
) -> None:
    old = feed_server.status("/tmp", code, {"Location": "/target"})
    feed_server.feed("/target", GOOD_FEED)
    reports, db = run(tmp_path, [{"name": "T", "url": old}])
    assert reports["T"].outcome == "ok" and reports["T"].new_articles == 2  # followed
    for _ in range(3):  # as many fetches as move a feed after a permanent redirect, and one more
        reports, db = run(tmp_path, [{"name": "T", "url": old}])
        assert reports["T"].outcome in ("ok", "not_modified")
    row = feed_row(db, "T")
    assert row["url"] == old and row["redirect_count"] == 0  # not even counted towards a move
    assert len(feed_server.hits("/tmp")) == 4  # every fetch asked the configured URL first
    assert len(feed_server.hits("/target")) == 4


def test_410_disables_the_feed_with_the_reason_shown(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.status("/gone", 410)
    reports, db = run(tmp_path, [{"name": "Gone", "url": url}])
    assert reports["Gone"].outcome == "gone"
    assert "410 Gone" in feed_row(db, "Gone")["disabled_reason"]
    reports, _ = run(tmp_path, [{"name": "Gone", "url": url}], force=True)
    assert reports["Gone"].outcome == "skipped"
    assert len(feed_server.hits("/gone")) == 1
    health = json.loads(cli("feeds", "list", "--json").stdout)[0]["health"]
    assert health.startswith("disabled: 410 Gone")


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_is_honoured_without_counting_a_failure(
    tmp_path: Path, feed_server: FeedServer, status: int, form: str
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    later = before + timedelta(hours=2)
    value = "7200" if form == "seconds" else format_datetime(later, usegmt=True)
    url = feed_server.status("/busy", status, {"Retry-After": value})
    reports, db = run(tmp_path, [{"name": "Busy", "url": url}])
    after = datetime.now(UTC)
    assert reports["Busy"].outcome == "retry_later"
    row = feed_row(db, "Busy")
    assert row["consecutive_failures"] == 0
    next_fetch = from_iso(row["next_fetch_utc"])
    if form == "http-date":
        assert next_fetch == later
    else:  # two hours from the response, which came between `before` and `after`
        assert later <= next_fetch <= after + timedelta(hours=2)
    reports, _ = run(tmp_path, [{"name": "Busy", "url": url}])
    assert reports["Busy"].outcome == "skipped" and "waiting until" in reports["Busy"].error
    assert len(feed_server.hits("/busy")) == 1


def test_failures_are_recorded_and_back_off(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.status("/broken", 500)
    for expected in (1, 2, 3):
        before = datetime.now(UTC).replace(microsecond=0)
        reports, db = run(tmp_path, [{"name": "Broken", "url": url}], force=True)
        after = datetime.now(UTC)
        row = feed_row(db, "Broken")
        assert row["consecutive_failures"] == expected
    assert reports["Broken"].error == "HTTP 500 Internal Server Error"
    # 15 min x 2^2 from the third failure, less up to a quarter of it for jitter.
    next_fetch = from_iso(row["next_fetch_utc"])
    assert before + timedelta(minutes=45) <= next_fetch <= after + timedelta(minutes=60)
    log = list(db.query("SELECT * FROM fetches ORDER BY id"))
    assert [r["consecutive_failures"] for r in log] == [1, 2, 3]
    assert all(r["http_status"] == 500 and r["started_utc"] and r["error"] for r in log)
    reports, _ = run(tmp_path, [{"name": "Broken", "url": url}])
    assert reports["Broken"].outcome == "skipped"


def test_recovery_resets_the_failure_count(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.status("/flaky", 500)
    run(tmp_path, [{"name": "Flaky", "url": url}])
    feed_server.feed("/flaky", GOOD_FEED)
    reports, db = run(tmp_path, [{"name": "Flaky", "url": url}], force=True)
    row = feed_row(db, "Flaky")
    assert (row["consecutive_failures"], row["next_fetch_utc"], row["last_error"]) == (
        0,
        None,
        None,
    )
    assert reports["Flaky"].new_articles == 2


def test_one_broken_feed_never_stops_the_others(tmp_path: Path, feed_server: FeedServer) -> None:
    good = feed_server.feed("/good", GOOD_FEED)
    broken_xml = feed_server.feed("/broken-xml", b"<html><body>Maintenance</body></html>")
    refused = "http://127.0.0.1:9/nothing-listens-here"
    reports, db = run(
        tmp_path,
        [
            {"name": "Broken XML", "url": broken_xml},
            {"name": "Refused", "url": refused},
            {"name": "Good", "url": good},
        ],
    )
    assert reports["Good"].new_articles == 2
    assert reports["Broken XML"].outcome == "failed" and "not a feed" in reports["Broken XML"].error
    assert reports["Refused"].outcome == "failed" and reports["Refused"].error
    assert feed_row(db, "Broken XML")["consecutive_failures"] == 1


@pytest.mark.parametrize("reference", ["&#x110000;", "&#99999999999;", "&#xDC00;"])
def test_a_reference_to_no_character_costs_one_character_not_the_feed(
    tmp_path: Path, feed_server: FeedServer, reference: str
) -> None:
    # feedparser itself raises (ValueError, OverflowError, UnicodeEncodeError) on references to
    # code points that are no character; they are read as U+FFFD, as HTML parsers read them.
    bad = feed_server.feed("/charref", rss(item("e", f"bad {reference} ref"), item("f", "Fine")))
    good = feed_server.feed("/fine", GOOD_FEED)
    reports, db = run(tmp_path, [{"name": "Bad", "url": bad}, {"name": "Fine", "url": good}])
    assert reports["Bad"].outcome == "ok" and reports["Bad"].new_articles == 2
    assert reports["Fine"].new_articles == 2
    titles = {row[0] for row in db.execute("SELECT title FROM articles")}
    assert {"bad \ufffd ref", "Fine"} <= titles


def test_one_connection_per_host_but_hosts_in_parallel(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    def answer(request: BaseHTTPRequestHandler) -> None:
        body = rss(item(request.path, f"item {request.path}"))
        request.send_response(200)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    def slow_feed(request: BaseHTTPRequestHandler) -> None:
        time.sleep(0.3)  # holds the connection, so that a second one to the host would show
        answer(request)

    for index in range(4):
        feed_server.route(f"/same-{index}", slow_feed)
    same_host = [{"name": f"S{i}", "url": feed_server.url(f"/same-{i}")} for i in range(4)]
    run(tmp_path, same_host)
    assert feed_server.max_active == 1

    feed_server.max_active = 0
    both_in = threading.Barrier(2)

    def meet_the_other(request: BaseHTTPRequestHandler) -> None:
        """Answers once both requests are in: at once when fetched in parallel, and after
        the barrier's time-out (leaving max_active at 1) when fetched one after the other."""
        with contextlib.suppress(threading.BrokenBarrierError):
            both_in.wait(timeout=30)
        answer(request)

    feed_server.route("/other-0", meet_the_other)
    feed_server.route("/other-1", meet_the_other)
    two_hosts = [
        {"name": "Via IP", "url": feed_server.url("/other-0")},
        {"name": "Via name", "url": feed_server.url("/other-1", host="localhost")},
    ]
    (tmp_path / "second").mkdir()
    patient = FetchLimits(connect_timeout_s=60, total_timeout_s=60)
    reports, _ = run(tmp_path / "second", two_hosts, limits=patient)
    assert feed_server.max_active == 2
    assert [r.new_articles for r in reports.values()] == [1, 1]
