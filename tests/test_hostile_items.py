"""One hostile item, one hostile header, one hostile path: each costs what it touches, never its
siblings, its feed's later fetches or the machine's memory.

Found by searching the path from a feed to the stored article (robustAH); each test names what
the release before did with the same input.
"""

import json
import resource
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import FeedServer, serving
from hostile import run_monitor
from hypothesis import given
from hypothesis import strategies as st
from test_fetch import GOOD_FEED, run

from monitor.ingest.parse import parse_feed
from monitor.ingest.sanitize import MAX_DEPTH, html_to_text, sanitize_html

SIBLING = "東京與台北記者會見"  # in every encoding below
ENCODINGS = ["utf-8", "shift_jis", "euc-jp", "big5", "gb18030"]
# Bytes no encoding above reads (a stray byte, a cut-off character), and references to code
# points that are no character: each once lost every item of its feed, or garbled all of them.
POISONS = st.sampled_from(
    [b"\xff", b"\x80\xff", b"\xfe\xfe\xfe", b"&#xD800;", b"&#x110000;", b"&#99999999999;"]
)


def document(encoding: str, declared_by: str, poison: bytes) -> tuple[bytes, str]:
    """An RSS feed in `encoding`, named in its XML declaration or its Content-Type, whose first
    item carries `poison` in its title and whose second is a clean CJK title."""
    declaration = f' encoding="{encoding}"' if declared_by == "xml" else ""
    text = (
        f'<?xml version="1.0"{declaration}?><rss version="2.0"><channel><title>Wire</title>'
        '<item><guid isPermaLink="false">p</guid><title>Poisoned POISON title</title></item>'
        f'<item><guid isPermaLink="false">s</guid><title>{SIBLING}</title></item></channel></rss>'
    )
    body = text.encode(encoding).replace(b"POISON", poison)
    charset = f"; charset={encoding}" if declared_by == "http" else ""
    return body, f"application/rss+xml{charset}"


@pytest.fixture(scope="module")
def wire() -> Iterator[FeedServer]:
    with serving() as server:
        yield server


@given(st.sampled_from(ENCODINGS), st.sampled_from(["xml", "http"]), POISONS)
def test_one_poisoned_item_costs_a_character_never_its_siblings(
    wire: FeedServer, encoding: str, declared_by: str, poison: bytes
) -> None:
    """Old release: a stray byte made feedparser read the whole feed as windows-1252, so every
    CJK title of it was stored as mojibake; a reference to a surrogate or past U+10FFFF raised
    in feedparser and the feed stored nothing at all."""
    body, content_type = document(encoding, declared_by, poison)
    url = wire.feed(f"/{encoding}/{declared_by}/{poison.hex()}", body, content_type)
    with tempfile.TemporaryDirectory() as folder:
        reports, db = run(Path(folder), [{"name": "Wire", "url": url}])
        try:
            titles = dict(db.execute("SELECT guid, title FROM articles").fetchall())
        finally:
            db.close()
    assert reports["Wire"].outcome == "ok"
    assert titles["s"] == SIBLING
    assert titles["p"].startswith("Poisoned ") and titles["p"].endswith(" title")
    assert "\ufffd" in titles["p"]


def test_a_windows_1252_feed_labelled_utf_8_is_still_read_as_windows_1252() -> None:
    """The mending above reads a document by the encoding it names only when that reads it but
    for a few bytes; a feed labelled UTF-8 and written in windows-1252 reads as it always did."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Notícias de São Tomé</title></item></channel></rss>"
    ).encode("cp1252")
    [article] = parse_feed(body, {}, "k", datetime(2026, 12, 1, tzinfo=UTC)).articles
    assert article.title == "Notícias de São Tomé"


# What a server says by default whatever the file holds (Apache's AddDefaultCharset), or nothing.
DEFAULT_LABELS = ["text/xml; charset=ISO-8859-1", "application/rss+xml; charset=windows-1252",
                  "text/html; charset=us-ascii", "application/xml", None]  # fmt: skip
# Each a document's encoding and how its own bytes name it.
SELF_NAMED = {
    "shift_jis": ("shift_jis", "declaration"), "euc-jp": ("euc-jp", "declaration"),
    "gb18030": ("gb18030", "declaration"), "big5": ("big5", "declaration"),
    "utf-8": ("utf-8", "declaration"), "utf-16-bom": ("utf-16", "byte-order mark"),
    "utf-16-le": ("utf-16-le", "first bytes"), "utf-16-be": ("utf-16-be", "first bytes"),
    "utf-32-be": ("utf-32-be", "first bytes"),
}  # fmt: skip


def latin_title(encoding: str) -> str:
    """A title in Latin-1 letters, without accents where the encoding has none."""
    title = "Café près du port"
    try:
        title.encode(encoding)
    except UnicodeEncodeError:
        return "Cafe pres du port"
    return title


def self_named(case: str) -> bytes:
    """A feed whose encoding its own bytes name (in a declaration, a byte-order mark, or the
    width of its first character), one item in CJK and one in Latin letters."""
    encoding, named_by = SELF_NAMED[case]
    declaration = (
        f'<?xml version="1.0" encoding="{encoding}"?>' if named_by == "declaration" else ""
    )
    text = (
        f'{declaration}<rss version="2.0"><channel><title>Wire</title>'
        f'<item><guid isPermaLink="false">s</guid><title>{SIBLING}</title></item>'
        f'<item><guid isPermaLink="false">c</guid><title>{latin_title(encoding)}</title></item>'
        "</channel></rss>"
    )
    return text.encode(encoding)


@pytest.mark.parametrize("content_type", DEFAULT_LABELS)
@pytest.mark.parametrize("case", list(SELF_NAMED))
def test_a_feed_naming_its_own_encoding_is_read_whatever_the_server_labels_it(
    case: str, content_type: str | None
) -> None:
    """Before (robustAL's finding): the HTTP charset was believed first (RFC 3023, as
    feedparser reads it), and a server's default ISO-8859-1 reads any bytes: a Shift_JIS,
    EUC-JP, GB18030 or Big5 feed that declared its encoding was stored as mojibake
    ("‘äàsŠC›µ"), and a UTF-16 feed, with a byte-order mark or without, was "not a feed"."""
    headers = {"content-type": content_type} if content_type else {}
    articles = parse_feed(self_named(case), headers, "k", datetime(2026, 12, 1, tzinfo=UTC))
    titles = {article.guid: article.title for article in articles.articles}
    assert titles == {"s": SIBLING, "c": latin_title(SELF_NAMED[case][0])}


@pytest.mark.parametrize("case", ["shift_jis", "gb18030", "utf-16-bom"])
def test_a_feed_behind_a_default_charset_is_stored_as_written_beside_its_siblings(
    wire: FeedServer, case: str
) -> None:
    """The same through a pass, as a user meets it: the titles stored as the outlet wrote them,
    the sibling feed stored too."""
    url = wire.feed(f"/default-charset/{case}", self_named(case), "text/xml; charset=ISO-8859-1")
    feeds = [{"name": "Wire", "url": url}, {"name": "Plain", "url": wire.feed("/plain", GOOD_FEED)}]
    with tempfile.TemporaryDirectory() as folder:
        reports, db = run(Path(folder), feeds)
        try:
            titles = dict(db.execute("SELECT guid, title FROM articles").fetchall())
        finally:
            db.close()
    assert (reports["Wire"].outcome, reports["Plain"].outcome) == ("ok", "ok")
    assert (titles["s"], titles["c"]) == (SIBLING, latin_title(SELF_NAMED[case][0]))


@pytest.mark.parametrize("tag", ["div", "span", "b", "blockquote"])
def test_a_summary_nested_thousands_deep_keeps_its_words(tag: str) -> None:
    """Old release: HTML parsers take time growing with the square of the nesting (100,000
    <div> held a pass for two minutes), and lxml stops at 256 levels, so the words inside
    were dropped from the stored text."""
    deep = f"<{tag}>" * 20_000 + "Coast guard ships near Kinmen" + f"</{tag}>" * 20_000
    text = html_to_text(f"<p>Lead.</p><div>{deep}</div><p>Tail.</p>")
    assert text.split("\n") == ["Lead.", "Coast guard ships near Kinmen", "Tail."]
    kept = sanitize_html(deep)
    assert kept.count(f"<{tag}>") == MAX_DEPTH and "Kinmen" in kept


@pytest.mark.parametrize(
    "etag, last_modified",
    [('"café"', "Wed, 25 Nov 2026 08:00:00 GMT"), ('W/"ÿ\xfe"', "Mittwoch, 25. Nov 2026 à 08:00")],
    ids=["latin-1-etag", "latin-1-both"],
)
def test_a_validator_beyond_ascii_goes_back_as_it_came(
    tmp_path: Path, etag: str, last_modified: str
) -> None:
    """Old release: the ETag was kept as httpx decoded it and could not be encoded as ASCII to
    be sent again, so every later fetch of the feed failed (UnicodeEncodeError), for ever."""
    sent: list[tuple[str | None, str | None]] = []

    def handler(request: BaseHTTPRequestHandler) -> None:
        asked = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        sent.append(asked)
        if asked[0] == etag:
            request.send_response(304)
            request.end_headers()
            return
        body = b'<rss version="2.0"><channel><title>T</title><item><title>One</title></item></channel></rss>'
        request.send_response(200)
        request.send_header("ETag", etag)
        request.send_header("Last-Modified", last_modified)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    with serving() as server:
        url = server.route("/feed", handler)
        first, db = run(tmp_path, [{"name": "F", "url": url}])
        db.close()
        second, db = run(tmp_path, [{"name": "F", "url": url}], force=True)
        failures = db.execute("SELECT consecutive_failures FROM feeds").fetchone()[0]
        db.close()
    assert first["F"].new_articles == 1
    assert second["F"].outcome == "not_modified" and failures == 0
    assert sent == [(None, None), (etag, last_modified)]


def test_a_bidi_override_in_a_title_does_not_reverse_the_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Old release: a title with U+202E (right-to-left override) was printed with it, and a
    terminal that lays out right-to-left text showed the rest of the line, link included,
    reversed. JSON keeps the title as stored."""
    title = "Drills \u202ereversed\u202c near Matsu \u2067isolated\u2069"
    (tmp_path / "feed.xml").write_text(
        '<rss version="2.0"><channel><title>T</title><item><guid>b</guid>'
        f"<title>{title}</title><link>http://news.example/b</link></item></channel></rss>"
    )
    (tmp_path / "feeds.yaml").write_text("feeds:\n  - {name: Local, url: feed.xml}\n")
    assert cli("fetch").exit_code == 0
    listed = cli("articles").output
    assert "Drills reversed near Matsu isolated" in listed and "http://news.example/b" in listed
    assert not {"\u202e", "\u202c", "\u2067", "\u2069"} & set(listed)
    assert json.loads(cli("articles", "--json").output)[0]["title"] == title


def test_a_knowledge_base_that_is_no_file_is_one_line_before_anything_runs(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    """Old release: `knowledge_base:` naming a directory let the pass store every article as
    failed analysis ("Is a directory") and exit 0; naming /dev/zero filled memory until the
    system killed the pass."""
    (tmp_path / "feed.xml").write_text(
        '<rss version="2.0"><channel><title>T</title><item><title>One</title></item></channel></rss>'
    )
    (tmp_path / "kb").mkdir()
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n  - {name: Local, url: feed.xml}\nknowledge_base: kb\n"
    )
    result = cli("fetch")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'feeds.yaml'}: knowledge_base: {tmp_path / 'kb'}: not a regular "
        "file (a directory, FIFO or device is no knowledge base)"
    ]
    assert not (tmp_path / "monitor.db").exists()


def _two_gigabytes_of_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def test_a_feeds_file_that_never_ends_is_one_line(tmp_path: Path) -> None:
    """Old release: `--config /dev/zero` read until memory ran out (here, under a 2 GB limit,
    a MemoryError; without one, until the system killed the command)."""
    result = run_monitor(
        "fetch", "--config", "/dev/zero", "--db", str(tmp_path / "m.db"),
        preexec_fn=_two_gigabytes_of_memory,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: /dev/zero: larger than 16 MiB: no feeds file is (is it the right file?)"
    ]


def test_a_response_past_its_content_length_fails_no_sibling_on_its_host(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Old release: the bytes past the Content-Length stayed on the kept-alive connection, and
    the next feed fetched from the same host read them as its status line and failed
    ("illegal status line")."""
    body = b'<rss version="2.0"><channel><title>T</title><item><title>Overrun</title></item></channel></rss>'

    def overrun(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", str(len(body) - 30))
        request.end_headers()
        request.wfile.write(body)

    feeds = [{"name": "Overrun", "url": feed_server.route("/overrun", overrun)}]
    feeds += [
        {"name": f"Good {n}", "url": feed_server.feed(f"/good/{n}", GOOD_FEED)} for n in range(3)
    ]
    reports, db = run(tmp_path, feeds)
    db.close()
    assert reports["Overrun"].outcome == "failed"
    assert [reports[f"Good {n}"].new_articles for n in range(3)] == [2, 2, 2]
