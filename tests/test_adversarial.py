"""Hostile and broken input not covered elsewhere: SSRF redirects, lying servers, odd encodings,
external DTDs, dangerous SQL, aliased YAML, damaged files. docs/adversarial.md lists every case
of the suite with the test that holds it."""

import gzip
import json
import sqlite3
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss, serving
from test_fetch import GOOD_FEED, run

from monitor.archive.store import open_db
from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.ingest.fetch import FetchLimits
from monitor.pipeline import poll

PUBLIC = "127.0.0.2"  # stands in for a public server: the tests' internet lives on loopback
AS_PUBLIC = FetchLimits(total_timeout_s=5, public_hosts=frozenset({PUBLIC}))


@pytest.fixture
def public_server():  # type: ignore[no-untyped-def]
    with serving(PUBLIC) as server:
        yield server


@pytest.mark.parametrize(
    "target",
    ["{inside}/feed", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/admin",
     "http://[::1]/feed", "file:///etc/passwd"],
)  # fmt: skip
def test_a_public_feed_cannot_redirect_inside(
    tmp_path: Path, feed_server: FeedServer, public_server: FeedServer, target: str
) -> None:
    inside = feed_server.feed("/feed", GOOD_FEED)
    url = public_server.status(
        "/moved", 302, {"Location": target.format(inside=inside[: -len("/feed")])}
    )
    reports, db = run(tmp_path, [{"name": "Public", "url": url}], limits=AS_PUBLIC)
    assert reports["Public"].outcome == "failed"
    assert reports["Public"].error.startswith("refused a redirect")
    assert feed_server.hits("/feed") == []  # the private side never saw a request
    assert db["articles"].count == 0


def test_a_feed_configured_inside_may_redirect_inside(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.feed("/feed", GOOD_FEED)
    url = feed_server.status("/moved", 302, {"Location": "/feed"})
    reports, _ = run(tmp_path, [{"name": "Intranet", "url": url}], limits=AS_PUBLIC)
    assert reports["Intranet"].new_articles == 2


def test_public_to_public_redirects_are_followed(tmp_path: Path, public_server: FeedServer) -> None:
    public_server.feed("/feed", GOOD_FEED)
    url = public_server.status("/moved", 301, {"Location": "/feed"})
    reports, _ = run(tmp_path, [{"name": "Public", "url": url}], limits=AS_PUBLIC)
    assert reports["Public"].new_articles == 2


def raw(status: int, headers: dict[str, str], body: bytes, send_length: int | None = None):  # type: ignore[no-untyped-def]
    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        for name, value in headers.items():
            request.send_header(name, value)
        request.send_header(
            "Content-Length", str(send_length if send_length is not None else len(body))
        )
        request.end_headers()
        request.wfile.write(body)
        request.close_connection = True  # a body shorter than promised ends with the connection

    return handler


@pytest.mark.parametrize(
    ("headers", "body", "length", "expected"),
    [
        ({"Content-Encoding": "br"}, b"\x1b\x00", None, "unsupported Content-Encoding 'br'"),
        ({"Content-Encoding": "gzip"}, b"not gzip at all", None, "corrupt gzip body"),
        ({}, GOOD_FEED[:100], 5000, "RemoteProtocolError"),
        ({}, b"", None, "not a feed"),
        ({"Content-Type": "application/rss+xml"}, b"\x00\x01\x02\xff" * 50, None, "not a feed"),
    ],
    ids=["brotli", "corrupt-gzip", "short-body", "empty-body", "binary-garbage"],
)
def test_lying_or_broken_bodies_fail_clearly(
    tmp_path: Path, feed_server: FeedServer, headers: dict[str, str], body: bytes,
    length: int | None, expected: str,
) -> None:  # fmt: skip
    url = feed_server.route("/x", raw(200, headers, body, length))
    good = feed_server.feed("/good", GOOD_FEED)
    reports, db = run(tmp_path, [{"name": "X", "url": url}, {"name": "Good", "url": good}])
    assert reports["X"].outcome == "failed" and expected in reports["X"].error
    assert reports["Good"].new_articles == 2
    assert db.execute("SELECT consecutive_failures FROM feeds WHERE name = 'X'").fetchone()[0] == 1


def test_a_kept_alive_connection_the_server_closed_is_no_failure(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """A server may close a kept-alive connection as the next request goes out on it (an idle
    timeout): it never saw that request, so the feed is fetched all the same. Two feeds on one
    host share one connection, one after the other; the server drops whichever comes second."""
    dropped: list[str] = []

    def drops_the_first_reuse(path: str, body: bytes) -> str:
        feed_server.feed(path, body)
        serve = feed_server.routes[path]

        def handler(request: BaseHTTPRequestHandler) -> None:
            if getattr(request, "answered", False) and not dropped:  # one handler a connection
                dropped.append(request.path)
                request.close_connection = True  # closed without an answer
                return
            request.answered = True  # type: ignore[attr-defined]
            serve(request)

        return feed_server.route(path, handler)

    feeds = [
        {"name": name, "url": drops_the_first_reuse(f"/{name}", rss(item(name, f"Story {name}",
                                                                         f"https://n.example/{name}")))}
        for name in ("a", "b")
    ]  # fmt: skip
    reports, _ = run(tmp_path, feeds)
    assert len(dropped) == 1  # the second request went out on the first one's connection
    assert all(reports[name].new_articles == 1 for name in ("a", "b")), reports


def test_gzip_feed_is_read(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.route("/gz", raw(200, {"Content-Encoding": "gzip"}, gzip.compress(GOOD_FEED)))
    reports, _ = run(tmp_path, [{"name": "Gz", "url": url}])
    assert reports["Gz"].new_articles == 2


def test_utf16_feed_with_bom_and_nul_bytes_in_text(tmp_path: Path, feed_server: FeedServer) -> None:
    utf16 = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>台湾海峡 drills</title></item></channel></rss>'
    url16 = feed_server.feed("/u16", utf16.encode("utf-16"), content_type="application/xml")
    nul = feed_server.feed("/nul", rss(item("n", "Null&#0;byte", description="x\x00y")))
    reports, db = run(tmp_path, [{"name": "U16", "url": url16}, {"name": "Nul", "url": nul}])
    assert reports["U16"].new_articles == 1
    titles = [row[0] for row in db.execute("SELECT title FROM articles ORDER BY title")]
    assert "台湾海峡 drills" in titles
    assert all("\x00" not in title for title in titles)


def test_external_dtds_are_never_fetched(tmp_path: Path, feed_server: FeedServer) -> None:
    dtd = feed_server.route("/evil.dtd", raw(200, {}, b'<!ENTITY leak "LEAKED">'))
    body = (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{dtd}"><rss version="2.0"><channel>'
            "<title>t</title><item><guid>1</guid><title>Title &amp; more</title></item></channel></rss>").encode()  # fmt: skip
    url = feed_server.feed("/dtd", body)
    reports, _ = run(tmp_path, [{"name": "DTD", "url": url}])
    assert reports["DTD"].new_articles == 1
    assert feed_server.hits("/evil.dtd") == []


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:x",
        "file:///etc/passwd",
    ],
)
def test_links_that_are_not_the_web_are_dropped(
    tmp_path: Path, feed_server: FeedServer, link: str
) -> None:
    url = feed_server.feed(
        "/l", rss(item("1", "Story", link.replace("<", "&lt;").replace(">", "&gt;")))
    )
    _, db = run(tmp_path, [{"name": "L", "url": url}])
    assert db.execute("SELECT link FROM articles").fetchone()[0] is None


def test_relative_links_resolve_against_the_feed_url(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/news/feed.xml", rss(item("1", "Story", "story-1.html?utm_source=rss")))
    _, db = run(tmp_path, [{"name": "R", "url": url}])
    assert db.execute("SELECT link FROM articles").fetchone()[0] == feed_server.url(
        "/news/story-1.html"
    )


def test_yaml_alias_bombs_are_refused_at_once(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "\n".join(lines) + "\nfeeds:\n  - name: X\n    url: https://x.example/\n    tags: *h\n"
    )
    with pytest.raises(ConfigError, match="anchors and aliases"):
        load_config(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            b"feeds:\n  - name: A\n    url: https://a.example/\n    tags: taiwan\n",
            "feeds[0] 'A': tags: Input should be a valid tuple",
        ),
        (b"feeds:\n  - name: \xff\xfe broken\n", "cannot read"),
        (b"feeds: [\n", "not plain YAML data"),
        (
            b'digest:\n  recipients: ["a@example.org\\r\\nBcc: x@evil.example"]\n  send_empty: true\nfeeds: []\n',
            "is not an email address",
        ),
        (b"digest:\n  max_items: 0\nfeeds: []\n", "digest.max_items: must be at least 1"),
    ],
    ids=["tags-not-a-list", "not-utf8", "unclosed-flow", "crlf-in-recipient", "zero-max-items"],
)
def test_more_config_mistakes_name_the_field(tmp_path: Path, text: bytes, expected: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert expected in str(error.value) and str(error.value).startswith(str(path))


def test_opml_with_external_entities_reads_no_files(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-OPML")
    opml = tmp_path / "evil.opml"
    opml.write_text(f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                    '<opml version="2.0"><body><outline type="rss" text="&x;" xmlUrl="https://e.example/rss"/></body></opml>')  # fmt: skip
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    cli("feeds", "import", str(opml))
    assert "TOP-SECRET-OPML" not in (tmp_path / "feeds.yaml").read_text()


def test_a_directory_where_the_database_should_be(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    (tmp_path / "dir.db").mkdir()
    result = cli("fetch", db=tmp_path / "dir.db")
    assert result.exit_code == 2  # a usage error: --db names a directory
    assert "dir.db' is a directory" in result.stderr


@pytest.mark.parametrize(
    "statement",
    ["SELECT 1; DROP TABLE articles", "ATTACH DATABASE 'x.db' AS x", "PRAGMA journal_mode = DELETE",
     "CREATE TEMP TABLE t(a)"],
)  # fmt: skip
def test_sql_cannot_change_anything(
    tmp_path: Path, feed_server: FeedServer, cli, statement: str
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: A\n    url: {feed_server.feed('/a', GOOD_FEED)}\n"
    )
    cli("fetch")
    result = cli("sql", statement.replace("x.db", str(tmp_path / "x.db")))
    assert result.exit_code == 1
    assert not (tmp_path / "x.db").exists()
    db = sqlite3.connect(tmp_path / "monitor.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_feed_removed_while_the_service_runs_is_skipped(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from monitor.service import Service

    config = tmp_path / "feeds.yaml"
    config.write_text(f"feeds:\n  - name: A\n    url: {feed_server.feed('/a', GOOD_FEED)}\n")
    service = Service(config, tmp_path / "monitor.db")
    config.write_text("feeds: []\n")
    service.reload()
    service.reload()  # an edit applies once it reads the same on two checks
    service.fetch_feed("A")  # a job that was already queued when the feed went away
    assert feed_server.hits("/a") == []


def test_doctor_reports_each_check(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    from smtp_server import smtp_server

    with smtp_server() as (port, _):
        (tmp_path / "feeds.yaml").write_text(
            f"feeds:\n  - name: A\n    url: {feed_server.feed('/a', GOOD_FEED)}\n"
            f"digest:\n  recipients: [a@example.org]\n  send_empty: true\nemail:\n  host: 127.0.0.1\n  port: {port}\n"
            "  security: none\n  from: m@example.org\n"
        )
        cli("fetch")
        result = cli("doctor", "--json")
    assert result.exit_code == 0, result.stderr
    checks = {check["name"]: check for check in json.loads(result.stdout)}
    assert set(checks) == {
        "config",
        "database",
        "knowledge base",
        "spaCy model",
        "theme model",
        "Japanese and Chinese",
        "smtp",
    }
    assert all(check["status"] == "ok" for check in checks.values()), checks
    assert "integrity ok, schema version" in checks["database"]["detail"]
    (tmp_path / "monitor.db").write_bytes(b"garbage" * 1000)
    for leftover in tmp_path.glob("monitor.db-*"):
        leftover.unlink()
    broken = cli("doctor", "--json")
    assert broken.exit_code == 1
    statuses = {c["name"]: c["status"] for c in json.loads(broken.stdout)}
    assert statuses["database"] == "fail" and statuses["smtp"] == "fail"  # the SMTP server is gone


def test_a_huge_feed_is_stored_without_trouble(tmp_path: Path, feed_server: FeedServer) -> None:
    items = [item(str(i), f"Market note {i}", f"https://m.example/{i}") for i in range(3000)]
    url = feed_server.feed("/big", rss(*items))
    config_path = tmp_path / "feeds.yaml"
    config_path.write_text(f"feeds:\n  - name: Big\n    url: {url}\n")
    db = open_db(tmp_path / "monitor.db")
    (report,) = poll(load_config(config_path), db.conn, limits=FetchLimits(total_timeout_s=10))
    assert report.new_articles == 3000
