"""Bodies in every content coding HTTP allows, bombs in any layer of them, and a 304 nobody
asked for (robustAK). Each test's docstring says what the release before did with them."""

import gzip
import json
import zlib
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss, write_config
from hostile import respond, run_monitor
from test_fetch import GOOD_FEED, run

FEED = rss(*(item(f"story-{n}", f"Harbour story number {n}") for n in range(6)))
TITLES = [f"Harbour story number {n}" for n in range(6)]
# Where the fourth item begins: a member or a layer ending there leaves a document whole in
# itself up to that point.
SPLIT = FEED.index(b"<item><title>Harbour story number 3")


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


# Each a body and its Content-Encoding as some server on the web sends them.
CODED = {
    # Two gzip members, one after another (RFC 1952, 2.2): what `cat a.gz b.gz` or a server
    # compressing its output in pieces sends.
    "gzip-members": (gzip.compress(FEED[:SPLIT]) + gzip.compress(FEED[SPLIT:]), "gzip"),
    "gzip-padded": (gzip.compress(FEED) + b"\0" * 512, "gzip"),
    "deflate-zlib": (zlib.compress(FEED), "deflate"),
    "deflate-raw": (raw_deflate(FEED), "deflate"),  # what IIS and older servers send
    "gzip-twice": (gzip.compress(gzip.compress(FEED)), "gzip, gzip"),
    "gzip-then-deflate": (zlib.compress(gzip.compress(FEED)), "gzip, deflate"),
    "identity-listed": (gzip.compress(FEED), "identity, gzip"),
}


@pytest.mark.parametrize("case", list(CODED))
def test_every_coding_a_server_may_send_is_read_whole(
    tmp_path: Path, feed_server: FeedServer, case: str
) -> None:
    """Old release: a second gzip member was left unread ("the feed document ends early"),
    raw deflate was "corrupt", two codings "unsupported": that feed never fetched again."""
    body, coding = CODED[case]
    headers = {"Content-Encoding": coding, "Content-Type": "application/rss+xml"}
    feeds = [
        {"name": "Coded", "url": feed_server.route("/coded", respond(200, body, headers))},
        {"name": "Plain", "url": feed_server.feed("/plain", GOOD_FEED)},
    ]
    reports, db = run(tmp_path, feeds)
    assert (reports["Coded"].outcome, reports["Coded"].error) == ("ok", None)
    stored = [row["title"] for row in db.query("SELECT title FROM articles ORDER BY title")]
    assert stored == sorted([*TITLES, "Drills near Kinmen", "Japan and Taiwan sign a customs pact"])


# 20 MiB inflated, eighty times the tests' cap (test_fetch.FAST), from a few KiB on the wire.
BOMB = b"<rss>" + b" " * (20 * 1024 * 1024)
BOMBS = {
    # The bomb in the second member, behind a small first one.
    "second-member": lambda: (gzip.compress(b"<rss>") + gzip.compress(BOMB), "gzip"),
    # The inner layer is the bomb; the outer one is small.
    "inner-layer": lambda: (gzip.compress(gzip.compress(BOMB)), "gzip, gzip"),
    # The outer layer inflates to 20 MiB of what would be the inner layer's input.
    "outer-layer": lambda: (gzip.compress(b"\x1f\x8b" + b"\0" * len(BOMB)), "deflate, gzip"),
    "raw-deflate": lambda: (raw_deflate(BOMB), "deflate"),
}


@pytest.mark.parametrize("case", list(BOMBS))
def test_a_bomb_in_any_layer_or_member_stops_at_the_cap(
    tmp_path: Path, feed_server: FeedServer, case: str
) -> None:
    """Old release: a bomb in a second member or a second layer could not be read at all."""
    body, coding = BOMBS[case]()
    headers = {"Content-Encoding": coding}
    feeds = [
        {"name": "Bomb", "url": feed_server.route("/b", respond(200, body, headers))},
        {"name": "Plain", "url": feed_server.feed("/plain", GOOD_FEED)},
    ]
    reports, _ = run(tmp_path, feeds)
    assert reports["Bomb"].error == "body larger than 0.25 MiB"
    assert reports["Plain"].new_articles == 2


@pytest.mark.parametrize(
    ("coding", "body", "error"),
    [
        ("gzip, gzip, gzip, gzip", gzip.compress(FEED), "more than 3 content codings"),
        ("gzip", gzip.compress(FEED)[:-40], "the gzip body ends early (cut off)"),
        ("gzip", b"not gzip at all", "corrupt gzip body"),
    ],
    ids=["four-layers", "cut-off", "corrupt"],
)
def test_a_body_no_coding_reads_is_that_feeds_failure_in_one_line(
    tmp_path: Path, feed_server: FeedServer, coding: str, body: bytes, error: str
) -> None:
    """Old release: the same failures, told as a Python class ("DecodingError: unsupported
    Content-Encoding 'gzip, gzip, gzip, gzip'"), and a gzip body cut off as a document that
    ends early; the sibling stored."""
    feeds = [
        {"name": "Odd", "url": feed_server.route("/o", respond(200, body, {"Content-Encoding": coding}))},
        {"name": "Plain", "url": feed_server.feed("/plain", GOOD_FEED)},
    ]  # fmt: skip
    reports, _ = run(tmp_path, feeds)
    assert reports["Odd"].outcome == "failed"
    assert reports["Odd"].error.startswith(error)
    assert reports["Plain"].new_articles == 2


def test_a_304_to_a_request_without_validators_is_a_failure_not_a_healthy_feed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Old release: a server answering every request "304 Not Modified" was taken at its word:
    the feed was listed "ok", fetched on schedule for ever, and never stored an article."""
    write_config(
        tmp_path / "feeds.yaml",
        [
            {"name": "Always 304", "url": feed_server.status("/304", 304)},
            {"name": "Plain", "url": feed_server.feed("/plain", GOOD_FEED)},
        ],
    )
    where = ["--config", str(tmp_path / "feeds.yaml"), "--db", str(tmp_path / "m.db")]
    fetched = run_monitor("fetch", *where)
    assert fetched.returncode == 0, fetched.stderr
    listed = run_monitor("feeds", "list", "--json", *where)
    health = {
        feed["name"]: (feed["health"], feed["articles"]) for feed in json.loads(listed.stdout)
    }
    assert health == {
        "Always 304": (
            "failing (1x): HTTP 304 Not Modified to a request that named no version "
            "(no ETag or date sent)",
            0,
        ),
        "Plain": ("ok", 2),
    }
    assert "If-None-Match" not in feed_server.hits("/304")[0]
