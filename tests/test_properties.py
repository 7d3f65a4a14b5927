"""Properties that hold whatever a feed, a server or a user sends, checked by Hypothesis on
generated input: URLs, feeds.yaml, feed documents, and whole passes against the real test HTTP
server (bodies, headers, redirect chains). The profiles (a small fixed set by default, a wide
search with MONITOR_HYPOTHESIS=explore) are in tests/conftest.py.

Nothing here reaches beyond loopback: names resolve through a stub (FetchLimits.resolver) that
knows three names, sends every internal address to the trap server on 127.0.0.1, and leaves any
public address unresolved.
"""

import gzip
import ipaddress
import json
import re
import socket
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from conftest import CI_EXAMPLES, FeedServer, item, rss, serving
from hostile import PUBLIC, respond
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st
from test_fulltext import page

from monitor.archive.store import open_db
from monitor.config import load_config, parse_config
from monitor.errors import ConfigError, FetchError
from monitor.ingest.fetch import FetchLimits
from monitor.ingest.guard import Address, is_internal
from monitor.ingest.parse import parse_feed
from monitor.pipeline import poll
from monitor.urls import (
    canonical_url,
    is_web_url,
    legacy_canonical_url,
    redact,
    url_problem,
    without_credentials,
)

# Pure functions cost microseconds an example: search them ten times wider than whole passes,
# and parsing (milliseconds up to a second for the huge documents) three times.
WIDE = settings(max_examples=CI_EXAMPLES * 10)
WIDER_THAN_PASSES = settings(max_examples=CI_EXAMPLES * 3)

# -- URLs

PASSWORD_MARK = "Pw0rd"
SCHEMES = st.sampled_from(
    ["http", "https", "HTTP", "hTTps", "ftp", "file", "javascript", "", "ht tp"]
)
HOSTS = st.one_of(
    st.sampled_from([
        "example.org", "EXAMPLE.ORG.", "a..b", ".", "", "-", "xn--", "xn--zz", "ex ample.org",
        "exa_mple.org", "例え.テスト", "İstanbul.example", "a" * 64 + ".org", ("a" * 63 + ".") * 4 + "org",
        "127.0.0.1", "0", "2130706433", "0x7f.1", "127.1", "[::1]", "::1", "[::1", "::1]",
        "[2001:DB8::1]", "[fe80::1%eth0]", "[v1.fe]", "[127.0.0.1]", "[::ffff:127.0.0.1]",
        "%31%32%37.0.0.1", "@", "user@host", "h\x00st", "h\nst",
    ]),
    st.from_regex(r"[A-Za-z0-9-]{1,12}(\.[A-Za-z0-9_-]{0,12}){0,3}\.?", fullmatch=True),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda address: f"[{address}]"),
    st.text(max_size=20),
)  # fmt: skip
PORTS = st.one_of(
    st.just(""),
    st.integers(-5, 70_000).map(lambda port: f":{port}"),
    st.sampled_from([":", ":abc", ":080", ":+80", ": 80", ":99999999999999999999", ":٣"]),
)
PARAMS = st.sampled_from(["utm_source", "UTM_Medium", "fbclid", "pk_campaign", "pk_id", "ref", "id", "q", "a b", "é"])  # fmt: skip
QUERIES = st.lists(st.tuples(PARAMS | st.text(max_size=5), st.text(max_size=8)), max_size=4).map(
    lambda pairs: "&".join(f"{k}={v}" for k, v in pairs)
)
NOT_DELIMITERS = st.characters(exclude_characters="/?#", exclude_categories=("Cs",))
PASSWORDS = st.text(NOT_DELIMITERS, max_size=8).map(lambda rest: PASSWORD_MARK + rest)
USERS = st.text(NOT_DELIMITERS, max_size=8)


@st.composite
def urls(draw: st.DrawFn, password: bool = False) -> str:
    """A URL built from odd parts, or (without a password) any text at all."""
    if not password and draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=60))
    userinfo = ""
    if password:
        userinfo = f"{draw(USERS)}:{draw(PASSWORDS)}@"
    elif draw(st.booleans()):
        userinfo = draw(st.sampled_from(["user@", "user:@", ":pw@", "u:p@", "@"]))
    path = draw(
        st.sampled_from(["", "/", "/feed", "/a/../b", "//evil.example/x"]) | st.text(max_size=12)
    )
    query = draw(QUERIES)
    fragment = draw(st.sampled_from(["", "#top", "#"]))
    scheme = draw(SCHEMES)
    return (
        f"{scheme}://{userinfo}{draw(HOSTS)}{draw(PORTS)}{path}"
        + (f"?{query}" if query else "")
        + fragment
    )


@WIDE
@given(urls())
def test_url_helpers_never_raise(url: str) -> None:
    problem = url_problem(url)
    assert problem is None or isinstance(problem, str)
    for function in (canonical_url, legacy_canonical_url):
        result = function(url)
        assert result is None or isinstance(result, str)
    assert isinstance(redact(url), str) and isinstance(is_web_url(url), bool)
    without_credentials(url)


@WIDE
@given(urls())
def test_canonical_urls_are_valid_clean_and_stable(url: str) -> None:
    canonical = canonical_url(url)
    if canonical is None:
        return
    assert url_problem(canonical) is None
    assert canonical_url(canonical) == canonical  # a second pass changes nothing
    parts = urlsplit(canonical)
    assert parts.username is None and parts.password is None and not parts.fragment
    names = [name.lower() for name, _ in parse_qsl(parts.query, keep_blank_values=True)]
    assert not [
        name for name in names if name.startswith("utm_") or name in ("fbclid", "pk_campaign")
    ]


@WIDE
@given(urls(password=True))
@example("http://[:Pw0rd@[::1]")  # brackets broken around the password: the parser quoted it
@example("http://[:Pw0rd\x1f@::1]")  # and as its repr
def test_a_password_is_never_shown(url: str) -> None:
    netloc = re.split("[/?#]", url.split("://", 1)[1], maxsplit=1)[0]
    password = netloc.rpartition("@")[0].partition(":")[2]
    assert PASSWORD_MARK not in redact(url)
    location, credentials = without_credentials(url)
    assert PASSWORD_MARK not in location
    assert credentials is not None and credentials[1] == password
    assert PASSWORD_MARK not in (canonical_url(url) or "")
    if not is_web_url(url):
        return  # file://user:pw@x is a path to a file, with nobody to send a password to
    try:
        config = parse_config({"feeds": [{"name": "Private", "url": url}]}, Path("feeds.yaml"))
    except ConfigError as error:
        assert PASSWORD_MARK not in str(error)
    else:
        feed = config.feeds[0]
        assert PASSWORD_MARK not in f"{feed.url} {feed.location} {feed!r}"


# -- feeds.yaml

PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | urls(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=12,
)  # fmt: skip
FEED_KEYS = st.sampled_from(["name", "url", "interval", "enabled", "tags", "full_text", "extra"])
ENTRIES = st.dictionaries(FEED_KEYS, PLAIN | urls(), max_size=6)
DOCUMENTS = st.fixed_dictionaries(
    {"feeds": st.lists(ENTRIES, max_size=4) | PLAIN},
    optional={"digest": st.dictionaries(st.sampled_from(["time", "timezone", "recipients", "max_items", "watch", "quiet_days", "title"]), PLAIN),
              "email": st.dictionaries(st.sampled_from(["host", "port", "security", "username", "password_env", "from", "ca_file", "timeout_seconds"]), PLAIN),
              "other": PLAIN},
)  # fmt: skip
HOSTILE_YAML = st.sampled_from([
    "feeds: !!python/object/apply:os.system ['true']\n", "feeds: &a [*a]\n", "--- \n--- \n",
    "feeds:\n  - name: A\n    url: http://a.example/\n  - name: A\n    url: http://a.example:80/\n",
    "feeds: [{name: 'A', url: 'http://user:Pw0rd@h:99999/'}]\n", "\ufefffeeds: []\n",
    "feeds:\n\t- name: tab\n", "feeds: {name: A}\n", "feeds: 'x'\n", "? [a]\n: b\n",
])  # fmt: skip
YAML_FILES = st.one_of(
    DOCUMENTS.map(lambda data: json.dumps(data).encode()),  # JSON is YAML
    HOSTILE_YAML.map(str.encode),
    st.integers(1, 3000).map(lambda depth: ("feeds: " + "[" * depth + "]" * depth).encode()),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.binary(max_size=200),
)


@WIDE
@given(YAML_FILES)
def test_load_config_returns_a_config_or_raises_config_error(text: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "feeds.yaml"
        path.write_bytes(text)
        try:
            config = load_config(path)
        except ConfigError as error:
            message = str(error)
            assert message.startswith(str(path)) and "\n" not in message
            assert PASSWORD_MARK not in message
        else:
            assert all(PASSWORD_MARK not in feed.url for feed in config.feeds)


# -- feed documents

TRAP, TRAP_PORT, PUBLIC_BASE = "TRAPBASE", "TRAPPORT", "PUBBASE"  # filled in when served
TARGETS = st.sampled_from([
    f"{TRAP}/secret", f"http://inside.test:{TRAP_PORT}/x", f"http://localhost:{TRAP_PORT}/x",
    f"//127.0.0.1:{TRAP_PORT}/protocol-relative", f"http://[::1]:{TRAP_PORT}/",
    f"http://2130706433:{TRAP_PORT}/", f"http://127.1:{TRAP_PORT}/", f"http://0.0.0.0:{TRAP_PORT}/",
    f"http://[::ffff:127.0.0.1]:{TRAP_PORT}/", f"http://10.1.2.3:{TRAP_PORT}/",
    "http://169.254.169.254/latest/meta-data/", f"http://{PUBLIC}.nip.io:{TRAP_PORT}/",
    f"{PUBLIC_BASE}/page", f"http://public.test:{TRAP_PORT}/page", "page?id=1&utm_source=x",
    "../page", "", " ", "file:///etc/passwd", "javascript:alert(1)", "http://news.example:99999/x",
    "http://a..b/", "http://[::1", "http://93.184.216.34/", "http://news.example/" + "x" * 3000,
])  # fmt: skip
LINKS = TARGETS | urls()
TEXTS = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@st.composite
def field_text(draw: st.DrawFn) -> str:
    """Element content: text escaped as XML needs, or hostile raw content."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(
            st.sampled_from(
                ["&bogus;", "&#0;", "&#x110000;", "<![CDATA[<b>cdata</b>]]>", "<", "]]>"]
            )
        )
    if kind == 1:
        return "<x>" * (depth := draw(st.integers(1, 3000))) + "deep" + "</x>" * depth
    if kind == 2:
        return escape("<div>" * draw(st.integers(1, 500)) + "<script>alert(1)</script>")
    if kind == 3:
        return "Ships and aircraft near Kinmen. " * draw(st.integers(1, 8000))
    return escape(draw(TEXTS))  # fmt: skip


DATES = st.one_of(
    st.datetimes(timezones=st.just(UTC)).map(lambda moment: format_datetime(moment, usegmt=True)),
    st.sampled_from(["Sat, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "yesterday",
                     "2026-13-45T99:99:99Z", "", "Tue, 24 Nov 2026 06:00:00 +9999"]),
    TEXTS.map(escape),
)  # fmt: skip


@st.composite
def entries(draw: st.DrawFn, atom: bool) -> str:
    parts = [f"<title>{draw(field_text())}</title>"]
    link = escape(draw(LINKS), quote=True)
    if draw(st.booleans()):
        parts.append(f'<link href="{link}"/>' if atom else f"<link>{link}</link>")
    if draw(st.booleans()):
        guid = escape(draw(TEXTS | LINKS))
        permalink = draw(st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"']))
        parts.append(f"<id>{guid}</id>" if atom else f"<guid{permalink}>{guid}</guid>")
    if draw(st.booleans()):
        tag = "summary" if atom else "description"
        parts.append(f"<{tag}>{draw(field_text())}</{tag}>")
    if draw(st.booleans()):
        parts.append(
            f"<{'updated' if atom else 'pubDate'}>{draw(DATES)}</{'updated' if atom else 'pubDate'}>"
        )
    base = f' xml:base="{escape(draw(LINKS), quote=True)}"' if draw(st.integers(0, 4)) == 0 else ""
    tag = "entry" if atom else "item"
    return f"<{tag}{base}>{''.join(parts)}</{tag}>"  # fmt: skip


@dataclass(frozen=True)
class Document:
    """A feed document to be served: its text (with placeholders) and how it goes on the wire."""

    text: str
    encoding: str
    declared: str | None
    second_encoding: str | None  # the second half in another encoding
    cut: float | None  # the transfer ends at this fraction of the bytes

    def __repr__(self) -> str:  # a failing example names its shape, not 300 kB of text
        text = self.text if len(self.text) < 600 else f"{self.text[:500]}…({len(self.text)} chars)"
        return (
            f"Document(text={text!r}, encoding={self.encoding!r}, declared={self.declared!r}, "
            f"second_encoding={self.second_encoding!r}, cut={self.cut!r})"
        )

    def render(self, fill: dict[str, str]) -> bytes:
        text = self.text
        for placeholder, value in fill.items():
            text = text.replace(placeholder, value)
        if self.declared:
            text = f'<?xml version="1.0" encoding="{self.declared}"?>\n' + text
        half = len(text) // 2
        second = self.second_encoding or self.encoding
        body = text[:half].encode(self.encoding, "xmlcharrefreplace") + text[half:].encode(
            second, "xmlcharrefreplace"
        )
        return body[: int(len(body) * self.cut)] if self.cut is not None else body


ENCODINGS = ["utf-8", "iso-8859-1", "shift_jis", "utf-16", "utf-16-le"]


@st.composite
def documents(draw: st.DrawFn) -> Document:
    kind = draw(st.sampled_from(["rss", "atom", "rdf"]))
    items = "".join(draw(st.lists(entries(atom=kind == "atom"), max_size=4)))
    language = draw(st.sampled_from(["", "<language>en</language>", "<language>ja</language>", f"<language>{escape(draw(TEXTS))}</language>"]))  # fmt: skip
    title = draw(field_text())
    if kind == "atom":
        text = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>{items}</feed>'
    elif kind == "rdf":
        text = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
                f"<channel><title>{title}</title>{language}</channel>{items}</rdf:RDF>")  # fmt: skip
    else:
        text = (
            f'<rss version="2.0"><channel><title>{title}</title>{language}{items}</channel></rss>'
        )
    return Document(
        text=text,
        encoding=draw(st.sampled_from(ENCODINGS)),
        declared=draw(st.sampled_from([None, *ENCODINGS, "bogus-charset"])),
        second_encoding=draw(st.sampled_from([None, None, None, *ENCODINGS])),
        cut=draw(st.none() | st.floats(0, 1, exclude_max=True)),
    )


FILLED = {TRAP: "http://127.0.0.1:9", TRAP_PORT: "9", PUBLIC_BASE: f"http://{PUBLIC}:9"}


@WIDER_THAN_PASSES
@given(documents(), st.sampled_from([{}, {"content-type": "application/rss+xml; charset=shift_jis"},
                                     {"content-location": "http://feeds.example/news/"}]))  # fmt: skip
def test_parsing_raises_only_fetch_error_and_keeps_links_canonical(
    document: Document, headers: dict[str, str]
) -> None:
    fetched = datetime(2026, 12, 1, tzinfo=UTC)
    try:
        parsed = parse_feed(document.render(FILLED), headers, "7", fetched)
    except FetchError:
        return
    for article in parsed.articles:
        assert article.link is None or canonical_url(article.link) == article.link
        assert article.published_utc <= fetched
        assert "\x00" not in article.title + article.summary
        assert len(article.id) == 16


# -- whole passes against the real server


@dataclass(frozen=True)
class Response:
    status: int
    encoding: str | None  # Content-Encoding; "gzip-lie" says gzip and sends it plain
    headers: dict[str, str]


HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=30)  # fmt: skip
RESPONSES = st.builds(
    Response,
    status=st.sampled_from([200, 200, 200, 200, 200, 304, 404, 410, 429, 500, 503]),
    encoding=st.sampled_from([None, None, "gzip", "deflate", "gzip-lie", "br", "identity", "GZIP", "x-custom"]),
    headers=st.fixed_dictionaries({}, optional={
        "Content-Type": st.sampled_from(["application/rss+xml", "text/xml; charset=iso-8859-1",
                                         "application/atom+xml; charset=utf-16", "text/html",
                                         "application/xml; charset=bogus", "image/png"]) | HEADER_TEXT,
        "ETag": HEADER_TEXT, "Last-Modified": HEADER_TEXT,
        "Retry-After": st.sampled_from(["0", "5", "99999999999999999999", "-5",
                                        "Wed, 21 Oct 2099 07:28:00 GMT", "soon"]) | HEADER_TEXT,
    }),
)  # fmt: skip
HOPS = st.lists(
    st.tuples(st.sampled_from([301, 302, 303, 307, 308]), st.just("NEXT") | TARGETS | urls()),
    max_size=6,
)


def encoded(body: bytes, encoding: str | None) -> tuple[bytes, dict[str, str]]:
    if encoding in ("gzip", "GZIP"):
        return gzip.compress(body), {"Content-Encoding": encoding}
    if encoding == "deflate":
        return zlib.compress(body), {"Content-Encoding": "deflate"}
    if encoding == "gzip-lie":
        return body, {"Content-Encoding": "gzip"}
    return body, ({"Content-Encoding": encoding} if encoding else {})


class StubDns:
    """Names for a machine with no network: public.test is the stand-in internet, inside.test
    and localhost the trap; every internal address leads to the trap, public ones nowhere."""

    names = {"public.test": PUBLIC, "inside.test": "127.0.0.1", "localhost": "127.0.0.1"}

    async def __call__(self, host: str, port: int) -> list[Address]:
        try:
            address: Address = ipaddress.ip_address(host.strip("[]").partition("%")[0])
        except ValueError:
            try:
                address = ipaddress.IPv4Address(socket.inet_aton(host))  # 127.1, 2130706433
            except OSError:
                if host.lower() not in self.names:
                    return []
                address = ipaddress.ip_address(self.names[host.lower()])
        if str(address) == PUBLIC:
            return [address]
        return [ipaddress.IPv4Address("127.0.0.1")] if is_internal(address) else []


LIMITS = FetchLimits(
    connect_timeout_s=2, total_timeout_s=4, max_body_bytes=1024 * 1024,
    full_text_pages_per_feed=4, full_text_seconds_per_feed=3, full_text_seconds_per_pass=4,
    public_hosts=frozenset({PUBLIC}), resolver=StubDns(),
)  # fmt: skip


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[FeedServer, FeedServer]]:
    """The stand-in internet on 127.0.0.2 and a trap on 127.0.0.1 that no request may reach."""
    with serving(PUBLIC) as public, serving("127.0.0.1") as trap:
        public.route("/page", page)
        yield public, trap


EXAMPLES = iter(range(10**9))
GOOD = rss(item("g1", "Japan and Taiwan sign a customs pact"), item("g2", "Drills near Kinmen"))


# A pass costs up to a second: a failure is reported as found, not shrunk, since shrinking it
# would outlast the test's time limit.
@settings(phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(documents(), RESPONSES, HOPS, st.booleans())
def test_a_pass_survives_any_feed_server(
    servers: tuple[FeedServer, FeedServer],
    document: Document,
    response: Response,
    hops: list[tuple[int, str]],
    full_text: bool,
) -> None:
    """Whatever the generated feed sends: poll() returns, every good feed beside it is stored,
    no request reaches the trap, and a second pass stores nothing twice."""
    public, trap = servers
    trapped = len(trap.requests)
    n = next(EXAMPLES)
    trap_port = trap.base_url.rsplit(":", 1)[1]
    fill = {TRAP: trap.base_url, TRAP_PORT: trap_port, PUBLIC_BASE: public.base_url}
    body, encoding_headers = encoded(document.render(fill), response.encoding)
    public.route(
        f"/{n}/feed", respond(response.status, body, {**response.headers, **encoding_headers})
    )
    for hop, (status, location) in enumerate(hops):
        following = f"/{n}/hop/{hop + 1}" if hop + 1 < len(hops) else f"/{n}/feed"
        for placeholder, value in fill.items():
            location = location.replace(placeholder, value)
        location = following if location == "NEXT" else location
        public.route(
            f"/{n}/hop/{hop}",
            respond(
                status, headers={"Location": location.encode("utf-8", "replace").decode("latin-1")}
            ),
        )
    start = f"/{n}/hop/0" if hops else f"/{n}/feed"
    public.feed(f"/{n}/good", GOOD)
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        (folder / "good.xml").write_bytes(GOOD)
        (folder / "feeds.yaml").write_text(
            "feeds:\n"
            f"  - {{name: Generated, url: '{public.base_url}{start}', full_text: {str(full_text).lower()}}}\n"
            f"  - {{name: Good web, url: '{public.base_url}/{n}/good'}}\n"
            "  - {name: Good file, url: good.xml}\n"
        )  # fmt: skip
        config = load_config(folder / "feeds.yaml")
        db = open_db(folder / "monitor.db")
        try:
            first = {report.feed: report for report in poll(config, db.conn, limits=LIMITS)}
            assert first["Good web"].new_articles == 2 and first["Good file"].new_articles == 2
            stored = db["articles"].count
            second = poll(config, db.conn, limits=LIMITS, force=True)
            assert sum(report.new_articles for report in second) == 0
            assert db["articles"].count == stored
        finally:
            db.close()
    assert trap.requests[trapped:] == []  # nothing reached the trap
