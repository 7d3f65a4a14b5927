"""Many feeds on many loopback hosts, a tenth of them misbehaving in each way a server can:
shared by tests/test_load.py (a size that shows the behaviour) and bench/load.py (300 feeds of
100 items, whose time and peak memory it prints)."""

import gzip
import time
from contextlib import AbstractContextManager
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from conftest import FeedServer, Handler, item, rss, serving

HOSTS = 30  # feeds spread over 127.0.0.1-30: one connection per host, many hosts at once
MISBEHAVIOURS = 7  # the kinds `misbehaving` serves: a tenth of 70 feeds shows each once


def wide_server() -> AbstractContextManager[FeedServer]:
    """One server that answers on every loopback address (127.0.0.0/8); feeds name their host
    and take the server's port."""
    return serving("0.0.0.0")


@cache
def gzip_bomb() -> bytes:
    """64 MiB of spaces in about 64 KB: compressed once, however many feeds serve it."""
    return gzip.compress(b" " * (64 * 1024 * 1024))


def misbehaving(kind: int) -> Handler:
    def status(code: int) -> Handler:
        def handler(request: BaseHTTPRequestHandler) -> None:
            request.send_response(code)
            request.send_header("Content-Length", "0")
            request.end_headers()

        return handler

    def body(data: bytes, headers: dict[str, str]) -> Handler:
        def handler(request: BaseHTTPRequestHandler) -> None:
            request.send_response(200)
            for name, value in headers.items():
                request.send_header(name, value)
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)

        return handler

    def trickle(request: BaseHTTPRequestHandler) -> None:
        """A body that never finishes in time; it ends when the client hangs up."""
        request.send_response(200)
        request.end_headers()
        for _ in range(400):
            request.wfile.write(b" ")
            request.wfile.flush()
            time.sleep(0.1)

    kinds = [status(500), status(410), status(429), body(b"<html>maintenance</html>", {}),
             body(gzip_bomb(), {"Content-Encoding": "gzip"}),
             body(b"<rss><channel><item>&#x110000;", {}), trickle]  # fmt: skip
    assert len(kinds) == MISBEHAVIOURS
    return kinds[kind % len(kinds)]


def serve_feeds(server: FeedServer, config: Path, good: int, bad: int, items: int) -> None:
    """`good` feeds of `items` articles each, then `bad` misbehaving ones, spread over HOSTS
    loopback addresses, and the feeds.yaml that lists them ("Feed 0", "Feed 1", ...)."""
    port = server.base_url.rsplit(":", 1)[1]
    lines = ["feeds:"]
    for n in range(good + bad):
        host = f"127.0.0.{n % HOSTS + 1}"
        path = f"/feed-{n}"
        if n < good:
            articles = [item(f"{n}-{i}", f"Feed {n} item {i}: PLA drills near Taiwan", f"https://f{n}.example/{i}",
                             description="Chinese aircraft and ships operated near Taiwan; Japan watched.")
                        for i in range(items)]  # fmt: skip
            server.feed(path, rss(*articles))
        else:
            server.route(path, misbehaving(n))
        lines.append(f"  - name: Feed {n}\n    url: http://{host}:{port}{path}")
    config.write_text("\n".join(lines) + "\n")
