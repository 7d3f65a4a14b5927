"""Shared test parts, all real: an HTTP server on 127.0.0.1, SQLite files in tmp_path."""

import os
import signal
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, settings

from monitor.cli.main import main
from monitor.datadir import cache_dir

ROOT = Path(__file__).resolve().parents[1]

# The tests interrupt monitor processes with Ctrl-C's SIGINT as a user at a terminal does. A suite
# started where SIGINT is ignored (a background job of a shell without job control) would pass
# the ignoring on to every process it starts, and Python then never turns SIGINT into
# KeyboardInterrupt: the suite takes SIGINT back, and its children start with it.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Hypothesis (tests/test_properties.py): by default a small, fixed set of examples, the same on
# every run and nothing remembered between runs, so CI stays deterministic and adds about a
# minute; MONITOR_HYPOTHESIS=explore searches 25 times wider with fresh random examples (run it
# with --timeout=0: see docs/adversarial.md).
CI_EXAMPLES = 20
EXPLORE_SCALE = 25
HYPOTHESIS_PROFILE = os.environ.get("MONITOR_HYPOTHESIS", "ci")
_HYPOTHESIS_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile(
    "ci", max_examples=CI_EXAMPLES, derandomize=True, database=None, **_HYPOTHESIS_COMMON
)
settings.register_profile(
    "explore",
    max_examples=CI_EXAMPLES * EXPLORE_SCALE,
    database=None,
    print_blob=True,
    **_HYPOTHESIS_COMMON,
)
settings.load_profile(HYPOTHESIS_PROFILE)


def widen_for_explore(test: Callable[..., None]) -> None:
    """Search a property that sets its own count (`@settings(max_examples=12)`) 25 times wider.

    A count written in a test is its CI count, and the profile alone never changes it: before
    this, 92 property files kept their CI count in explore and so were never searched wide."""
    own = getattr(test, "_hypothesis_internal_use_settings", None)
    if own is None:
        # Hypothesis keeps a test's settings here; if a new release moves them, say so at once
        # rather than let explore quietly run the CI count again.
        raise RuntimeError(f"no Hypothesis settings found on {test.__name__}")
    if own.max_examples != settings.default.max_examples:
        wider = settings(own, max_examples=own.max_examples * EXPLORE_SCALE)
        test._hypothesis_internal_use_settings = wider  # type: ignore[attr-defined]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if HYPOTHESIS_PROFILE != "explore":
        return
    properties = {
        id(test): test
        for item in items
        if getattr(test := getattr(item, "obj", None), "is_hypothesis_test", False)
    }
    for test in properties.values():
        widen_for_explore(test)


FEEDS_DIR = Path(__file__).parent / "feeds"
REALWORLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "realworld-feeds"

Handler = Callable[[BaseHTTPRequestHandler], None]


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    # pyproject's addopts spread the suite over the cores with pytest-xdist's --numprocesses and
    # --dist. Under `-p no:xdist` (or in a venv made before xdist joined the test extra) nothing
    # would define them and pytest would refuse to start; accepted here, they run one process.
    if not pluginmanager.has_plugin("xdist"):
        for name in ("--numprocesses", "--dist"):
            parser.addoption(name, help="pytest-xdist's; without it the suite runs in one process")


def pytest_configure(config: pytest.Config) -> None:
    # Child processes (`python -m monitor.cli`) import this checkout's package whatever their
    # working directory, not another checkout that the environment installed in editable mode.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
    )


@dataclass
class FeedServer:
    """A real HTTP server whose routes tests program, and which remembers every request."""

    base_url: str
    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return self.base_url.replace("127.0.0.1", host) + path

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def feed(
        self,
        path: str,
        body: bytes,
        content_type: str = "application/rss+xml; charset=utf-8",
        etag: str | None = '"v1"',
        last_modified: str | None = "Wed, 25 Nov 2026 08:00:00 GMT",
    ) -> str:
        """Serve `body` with validators, answering 304 when the client sends them back."""

        def handler(request: BaseHTTPRequestHandler) -> None:
            if etag and request.headers.get("If-None-Match") == etag:
                request.send_response(304)
                request.end_headers()
                return
            request.send_response(200)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(body)))
            if etag:
                request.send_header("ETag", etag)
            if last_modified:
                request.send_header("Last-Modified", last_modified)
            request.end_headers()
            request.wfile.write(body)

        return self.route(path, handler)

    def status(self, path: str, code: int, headers: dict[str, str] | None = None) -> str:
        def handler(request: BaseHTTPRequestHandler) -> None:
            request.send_response(code)
            for name, value in (headers or {}).items():
                request.send_header(name, value)
            request.send_header("Content-Length", "0")
            request.end_headers()

        return self.route(path, handler)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class RequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            with server.lock:
                server.requests.append((self.path, dict(self.headers.items())))
                server.active += 1
                server.max_active = max(server.max_active, server.active)
            try:
                handler = server.routes.get(self.path)
                if handler is None:
                    self.send_error(404)
                else:
                    handler(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on purpose (size cap, timeout)
            finally:
                with server.lock:
                    server.active -= 1

        def log_message(self, format: str, *args: object) -> None:
            pass

    return RequestHandler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hang up on purpose here (caps, timeouts); that is not news


class _Server6(QuietServer):
    address_family = socket.AF_INET6


@contextmanager
def serving(host: str = "127.0.0.1", port: int = 0) -> Iterator[FeedServer]:
    """A FeedServer on any loopback address (IPv6 too) and, if asked, a given port."""
    server = FeedServer(base_url="")
    server_class = _Server6 if ":" in host else QuietServer
    httpd = server_class((host, port), _make_handler(server))
    shown = f"[{host}]" if ":" in host else host
    server.base_url = f"http://{shown}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(autouse=True, scope="session")
def user_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests never read or write the real user data directory (knowledge-base additions,
    models): each run has its own, empty."""
    path = tmp_path_factory.mktemp("user-data")
    previous = os.environ.get("MONITOR_DATA_DIR")
    os.environ["MONITOR_DATA_DIR"] = str(path)
    yield path
    # Every test of this process shares the directory, in an order xdist chooses: additions or
    # a model written here would change what the tests after it read. Only the parsed knowledge
    # base's cache, kept under its bytes' hash, may be shared.
    written = sorted(entry.name for entry in path.iterdir() if entry != cache_dir())
    if previous is None:
        del os.environ["MONITOR_DATA_DIR"]
    else:
        os.environ["MONITOR_DATA_DIR"] = previous
    assert not written, (
        f"a test wrote {', '.join(written)} into the shared user data directory; give it a "
        "MONITOR_DATA_DIR (or a knowledge_base) in its tmp_path"
    )


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with serving() as server:
        yield server


def rss(*items: str, title: str = "Test feed", extra: str = "") -> bytes:
    """A small RSS 2.0 document around the given <item> strings."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://example.org/</link>{extra}"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def item(guid: str | None, title: str, link: str | None = None, **more: str) -> str:
    parts = [f"<title>{title}</title>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if link is not None:
        parts.append(f"<link>{link}</link>")
    for tag, value in more.items():
        parts.append(f"<{tag}>{value}</{tag}>")
    return "<item>" + "".join(parts) + "</item>"


def write_config(path: Path, feeds: list[dict[str, object]]) -> Path:
    """feeds.yaml with the given entries (dicts of keys)."""
    lines = ["# test feeds", "feeds:"]
    for feed in feeds:
        first = True
        for key, value in feed.items():
            prefix = "  - " if first else "    "
            rendered = str(value).lower() if isinstance(value, bool) else value
            if isinstance(value, str):
                rendered = '"' + value.replace('"', '\\"') + '"'
            lines.append(f"{prefix}{key}: {rendered}")
            first = False
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., Result]:
    """Run `monitor ARGS` in-process with --config and --db pointing into tmp_path."""
    runner = CliRunner()

    def invoke(*args: str, config: Path | None = None, db: Path | None = None) -> Result:
        env = {
            "MONITOR_CONFIG": str(config or tmp_path / "feeds.yaml"),
            "MONITOR_DB": str(db or tmp_path / "monitor.db"),
        }
        return runner.invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke
