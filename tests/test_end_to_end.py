"""`monitor fetch` over the demo feeds and the real-world feeds, served from the stand-in
internet next to a feed for each hostile case of docs/adversarial.md that a feed can carry: every
good article is stored, every bad feed's failure is recorded, and the command exits 0."""

import base64
import ipaddress
import json
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import feedparser
import pytest
from conftest import REALWORLD_DIR, FeedServer, item, rss, write_config
from hostile import PUBLIC, is_ip_literal, respond, twin_servers
from test_fetch import GOOD_FEED
from test_fulltext import page

import monitor.pipeline
from monitor.ingest.fetch import FetchLimits
from monitor.ingest.guard import Address, resolve

DEMO_DIR = Path(__file__).resolve().parents[1] / "demo" / "feeds"
DEMO_ITEMS = 74 - 1  # demo/README.md: 74 items, one story carried by two feeds (stored once)
PASSWORD = "e2e-Pa55word"


class Rebinding:
    """rebind.test answers the stand-in internet once, then the trap; other names as usual."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self, host: str, port: int) -> list[Address]:
        if host != "rebind.test":  # IP literals as ever; no other name reaches real DNS
            return await resolve(host, port) if is_ip_literal(host) else []
        self.calls += 1
        return [ipaddress.ip_address(PUBLIC if self.calls == 1 else "127.0.0.1")]


def needs_password(body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    expected = "Basic " + base64.b64encode(f"reader:{PASSWORD}".encode()).decode()

    def handler(request: BaseHTTPRequestHandler) -> None:
        if request.headers.get("Authorization") == expected:
            respond(200, body, {"Content-Type": "application/rss+xml"})(request)
        else:
            respond(401, b"", {"WWW-Authenticate": 'Basic realm="feeds"'})(request)

    return handler


def hostile_feeds(
    public: FeedServer, trap: FeedServer, tmp_path: Path, finished: threading.Event
) -> tuple[dict[str, dict[str, object]], dict[str, int], set[str]]:
    """Feeds for each hostile case: their feeds.yaml entries, the articles each good one must
    store, and the names of those that must fail."""
    trap.route(
        "/secret",
        respond(200, b"<html><body><article><p>INSIDE SECRET</p></article></body></html>"),
    )

    def one_byte_per_second(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.end_headers()
        while not finished.wait(1):
            request.wfile.write(b"<")
            request.wfile.flush()

    port = public.base_url.rsplit(":", 1)[1]
    huge = " ".join(f"Clerks filed harbour report {n}." for n in range(40_000))
    guid_only = (
        "<item><title>{0} story {1}</title><guid>{1}</guid><description>{0}.</description></item>"
    )
    cut = rss(item("c1", "Whole"), item("c2", "Cut", description="to the last word"))
    fifo = tmp_path / "fifo.xml"
    os.mkfifo(fifo)
    good: dict[str, tuple[str, int]] = {
        "Bad port item": (public.feed("/bad-port-item", rss(
            item("p1", "Port 99999", "http://news.example:99999/x"), item("p2", "Fine", "http://news.example/fine"),
        )), 2),
        "IPv6 links": (public.feed("/ipv6", rss(
            item("v1", "Loopback six", f"http://[::1]:{port}/secret"), item("v2", "Doc six", "http://[2001:db8::1]/story"),
        )), 2),
        "Huge item": (public.feed("/huge", rss(item("h", "Huge", description=huge), item("s", "Small"))), 2),
        "SSRF": (public.feed("/ssrf", rss(
            item("s1", "To the trap", trap.url("/secret")),
            item("s2", "To metadata", "http://169.254.169.254/latest/meta-data/"),
            f'<item xml:base="{trap.url("/")}"><guid isPermaLink="false">s3</guid><title>Based</title><link>secret?b=1</link></item>',
            item("s4", "Public page", public.route("/story", page)),
        )), 4),
        "Markup titles": (public.feed("/markup", rss(item("m1", "[link=file:///etc/passwd]Click[/link]"), item("m2", "[/]"))), 2),
        "Credentials": (public.route("/private", needs_password(GOOD_FEED)).replace("http://", f"http://reader:{PASSWORD}@"), 2),
        "Trickling pages": (public.feed("/trickle", rss(*(
            item(f"t{n}", f"Slow {n}", public.route(f"/slow/{n}", one_byte_per_second), description="Kept.")
            for n in range(5)
        ))), 5),
        "Guid wire one": (public.feed("/guids1", rss(*(guid_only.format("One", n) for n in (1, 2)))), 2),
        "Guid wire two": (public.feed("/guids2", rss(*(guid_only.format("Two", n) for n in (1, 2)))), 2),
        "Tracking parameters": (public.feed("/params", rss(
            item(None, "Ref one", "https://n.example/s?ref=1&utm_source=x"), item(None, "Ref two", "https://n.example/s?ref=2&fbclid=y"),
        )), 2),
        "Rebinding": (public.status("/rebind", 302, {"Location": f"http://rebind.test:{port}/rebound"}), 2),
        "Unknown charset": (public.feed("/charset", GOOD_FEED.replace(b'"utf-8"', b'"x-bogus"')), 2),
    }  # fmt: skip
    public.feed("/rebound", rss(item("r1", "Rebound one"), item("r2", "Rebound two")))
    trap.feed("/rebound", rss(item("x", "INSIDE SECRET")))
    bad = {
        "Redirect to port 99999": public.status("/to-port", 302, {"Location": "http://127.0.0.1:99999/"}),
        "Redirect to a..b": public.status("/to-label", 302, {"Location": "http://a..b/"}),
        "Cut off": public.feed("/cut", cut[: cut.index(b"the last word")]),
        "FIFO": str(fifo),
        "Server error": public.status("/500", 500),
        "Not a feed": public.route("/html", respond(200, b"<html><body>Hello</body></html>", {"Content-Type": "text/html"})),
        "Nested 100,000 deep, never closed": public.feed("/deep", b"<rss>" + b"<x>" * 100_000),
    }  # fmt: skip
    entries = {name: {"name": name, "url": url} for name, (url, _) in good.items()}
    entries |= {name: {"name": name, "url": url} for name, url in bad.items()}
    for name in ("IPv6 links", "SSRF", "Trickling pages"):
        entries[name]["full_text"] = True
    return entries, {name: count for name, (_, count) in good.items()}, set(bad)


@pytest.mark.timeout(300)
def test_fetch_stores_every_good_article_beside_every_hostile_feed(
    tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    finished = threading.Event()
    with twin_servers(PUBLIC, "127.0.0.1") as (public, trap):
        entries, expected, failing = hostile_feeds(public, trap, tmp_path, finished)
        real_world = sorted(REALWORLD_DIR.glob("*.*")) if REALWORLD_DIR.is_dir() else []
        real_world = [path for path in real_world if not path.name.startswith("LICENSE")]
        for path in sorted(DEMO_DIR.iterdir()) + real_world:
            url = public.feed(
                f"/{path.parent.name}/{path.name}",
                path.read_bytes(),
                content_type="application/xml",
            )
            entries[path.name] = {"name": path.name, "url": url}
        for path in real_world:
            expected[path.name] = len(feedparser.parse(path.read_bytes()).entries)
        write_config(tmp_path / "feeds.yaml", list(entries.values()))
        limits = FetchLimits(total_timeout_s=10, full_text_seconds_per_feed=3,
                             public_hosts=frozenset({PUBLIC}), resolver=Rebinding())  # fmt: skip
        # The command as users run it, with the tests' stand-in internet: 127.0.0.2 is public.
        monkeypatch.setattr(monitor.pipeline, "FetchLimits", lambda: limits)
        try:
            result = cli("fetch", "--json")
        finally:
            finished.set()
        assert result.exit_code == 0, result.stderr
        assert trap.requests == []  # nothing from a public feed reached the inside
        again = cli("fetch", "--force", "--json")
    assert PASSWORD not in result.stdout + result.stderr + again.stdout + again.stderr
    reports = {report["feed"]: report for report in json.loads(result.stdout)}
    for name, count in expected.items():
        assert reports[name]["outcome"] == "ok", (name, reports[name])
        assert reports[name]["new_articles"] == count, name
    demo = [path.name for path in DEMO_DIR.iterdir()]
    assert all(reports[name]["outcome"] == "ok" for name in demo)
    assert sum(reports[name]["new_articles"] for name in demo) == DEMO_ITEMS
    for name in failing:
        assert reports[name]["outcome"] == "failed", (name, reports[name])
    db = cli("sql", "SELECT f.name, x.outcome, x.consecutive_failures FROM fetches x "
             "JOIN feeds f ON f.id = x.feed_id WHERE x.id IN (SELECT min(id) FROM fetches GROUP BY feed_id)",
             "--json")  # fmt: skip
    first_fetch = {row["name"]: row for row in json.loads(db.stdout)}
    assert set(first_fetch) == set(entries)  # every feed has its fetch row
    for name in failing:
        assert (
            first_fetch[name]["outcome"] == "failed"
            and first_fetch[name]["consecutive_failures"] == 1
        )
    assert sum(report["new_articles"] for report in json.loads(again.stdout)) == 0  # nothing twice
    texts = json.loads(cli("sql", "SELECT count(*) AS n FROM articles WHERE full_text LIKE '%INSIDE SECRET%' "
                               "OR title = 'INSIDE SECRET'", "--json").stdout)  # fmt: skip
    assert texts == [{"n": 0}]
    if not real_world:
        pytest.skip(f"{REALWORLD_DIR} is absent: only the demo and hostile feeds were checked")
