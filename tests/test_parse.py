"""Feed documents to articles: ids, text, dates and encodings, on real and hostile feeds."""

from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from conftest import REALWORLD_DIR, FeedServer, item, rss
from lxml import html as lxml_html
from test_fetch import run

from monitor.errors import FetchError
from monitor.ingest.fetch import FetchLimits
from monitor.ingest.parse import parse_feed

FETCHED = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
REALWORLD = (
    sorted(p for p in REALWORLD_DIR.iterdir() if p.suffix in (".rss", ".atom"))
    if REALWORLD_DIR.is_dir()
    else []
)
# The real-world feeds live in ../shared/ beside a checkout (CI has them); a lone clone skips.
needs_realworld = pytest.mark.skipif(
    not REALWORLD, reason=f"{REALWORLD_DIR} is not beside this checkout"
)


@needs_realworld
def test_every_item_of_the_real_world_feeds_is_stored_once(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    assert len(REALWORLD) >= 14, "the shared real-world feeds are missing"
    feeds = []
    for path in REALWORLD:
        url = feed_server.feed(f"/{path.name}", path.read_bytes(), content_type="application/xml")
        feeds.append({"name": path.name, "url": url})
    reports, db = run(tmp_path, feeds, limits=FetchLimits())
    for path in REALWORLD:
        expected = len(feedparser.parse(path.read_bytes()).entries)
        assert reports[path.name].new_articles == expected, path.name
    total = db["articles"].count
    reports, db = run(tmp_path, feeds, force=True, limits=FetchLimits())
    assert sum(r.new_articles for r in reports.values()) == 0
    assert db["articles"].count == total


@needs_realworld
def test_iso_8859_1_feed_becomes_proper_utf8(tmp_path: Path, feed_server: FeedServer) -> None:
    body = (REALWORLD_DIR / "encoding.rss").read_bytes()
    url = feed_server.feed("/jn", body, content_type="application/rss+xml")
    _, db = run(tmp_path, [{"name": "JN", "url": url}])
    titles = [r["title"] for r in db.query("SELECT title FROM articles")]
    assert "Mãe de utente é a nova presidente da Raríssimas" in titles


@pytest.mark.parametrize(
    ("declared", "body"),
    [
        ("utf-8", "<title>Caf\xe9 au lait in Taip\xe9i</title>".encode("latin-1")),
        ("iso-8859-1", "<title>台湾海峡 café</title>".encode()),
        ("shift_jis", "<title>尖閣諸島</title>".encode("euc-jp")),
    ],
)
def test_wrong_charset_still_gives_valid_utf8(
    tmp_path: Path, feed_server: FeedServer, declared: str, body: bytes
) -> None:
    document = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><guid>1</guid>'
        + body
        + b"</item></channel></rss>"
    )
    url = feed_server.feed("/c", document, content_type=f"text/xml; charset={declared}")
    reports, db = run(tmp_path, [{"name": "C", "url": url}])
    assert reports["C"].new_articles == 1
    title = db.execute("SELECT CAST(title AS BLOB) FROM articles").fetchone()[0]
    title.decode("utf-8")  # raises if the stored text were not valid UTF-8
    assert title.strip()


XSS_ITEM = item(
    "x1",
    "Drills &amp; &lt;b&gt;talks&lt;/b&gt;",
    "https://news.example/a?utm_source=rss&amp;id=7&amp;fbclid=abc#comments",
    description=(
        "&lt;p onclick='steal()'&gt;PLA drills&lt;script&gt;alert(1)&lt;/script&gt; near "
        "&lt;a href='javascript:alert(2)'&gt;Kinmen&lt;/a&gt; and "
        "&lt;a href='https://ok.example/'&gt;Matsu&lt;/a&gt;.&lt;img src='https://t.example/p.gif' "
        "onerror='x()'&gt;&lt;iframe src='https://evil.example'&gt;&lt;/iframe&gt;"
        "&lt;style&gt;body{}&lt;/style&gt;&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;"
    ),
)


def test_summary_is_plain_text_and_the_kept_html_is_sanitized() -> None:
    (article,) = parse_feed(rss(XSS_ITEM), {}, "1", FETCHED).articles
    assert article.title == "Drills & talks"
    assert article.summary == "PLA drills near Kinmen and Matsu.\nSecond paragraph."
    tree = lxml_html.fragment_fromstring(article.summary_html, create_parent="div")
    assert not tree.xpath("//script | //iframe | //img | //style")
    assert not [a for el in tree.iter() for a in el.attrib if a.startswith("on")]
    assert [href for href in tree.xpath("//a/@href") if href] == ["https://ok.example/"]
    assert "javascript" not in article.summary_html
    assert article.link == "https://news.example/a?id=7"


def test_ids_prefer_guid_then_link_then_content() -> None:
    items = [
        item("g1", "With guid", "https://news.example/1"),
        item(None, "No guid", "https://news.example/2?utm_medium=feed"),
        item(None, "Neither guid nor link", description="Only text"),
    ]
    first = parse_feed(rss(*items), {}, "1", FETCHED).articles
    again = parse_feed(rss(*items), {}, "1", FETCHED).articles
    assert [a.id for a in first] == [a.id for a in again]  # stable across fetches
    assert len({a.id for a in first}) == 3
    assert first[1].link == "https://news.example/2"
    other_feed = parse_feed(rss(items[0]), {}, "2", FETCHED).articles
    assert other_feed[0].id != first[0].id  # guids are only unique within a feed


def test_guid_repeated_inside_one_feed_keeps_both_items() -> None:
    items = [item("same", "First story"), item("same", "Second story"), item("same", "First story")]
    articles = parse_feed(rss(*items), {}, "1", FETCHED).articles
    first, second, repeat = (a.id for a in articles)
    assert first != second  # two stories, both kept
    assert repeat == first  # the same story listed twice is one article
    again = parse_feed(rss(*items), {}, "1", FETCHED).articles
    assert [a.id for a in again] == [a.id for a in articles]


def test_same_link_in_two_feeds_is_stored_once(tmp_path: Path, feed_server: FeedServer) -> None:
    shared = "https://wire.example/story?utm_source=one"
    a = feed_server.feed("/a", rss(item("a-1", "Wire story", shared), item("a-2", "Own story A")))
    b = feed_server.feed(
        "/b", rss(item("b-9", "Wire story (syndicated)", "https://WIRE.example/story#x"))
    )
    reports, db = run(tmp_path, [{"name": "A", "url": a}, {"name": "B", "url": b}])
    assert reports["A"].new_articles + reports["B"].new_articles == 2
    assert (
        db.execute("SELECT count(*) FROM articles WHERE link LIKE '%wire.example%'").fetchone()[0]
        == 1
    )


def test_dates_are_utc_missing_ones_take_fetch_time_future_ones_are_clamped() -> None:
    items = [
        item("p", "Past", pubDate="Wed, 25 Nov 2026 17:30:00 +0900"),
        item("n", "No date"),
        item("f", "Future", pubDate="Fri, 01 Jan 2100 00:00:00 GMT"),
    ]
    past, undated, future = parse_feed(rss(*items), {}, "1", FETCHED).articles
    assert past.published_utc == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    assert undated.published_utc == FETCHED
    assert future.published_utc == FETCHED


def test_declared_language_is_kept() -> None:
    (article,) = parse_feed(
        rss(item("j", "尖閣諸島周辺に中国海警局の船"), extra="<language>ja</language>"),
        {},
        "1",
        FETCHED,
    ).articles
    assert article.language == "ja"


def test_external_entities_never_reach_the_database(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7731")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>t</title><item><guid>1</guid>'
        "<title>leak &xxe; here</title><description>&xxe;</description></item></channel></rss>"
    ).encode()
    url = feed_server.feed("/xxe", body)
    reports, db = run(tmp_path, [{"name": "XXE", "url": url}])
    db.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("monitor.db*"))
    assert b"TOP-SECRET-7731" not in stored
    assert reports["XXE"].outcome == "ok"


def test_a_body_that_looks_like_a_path_is_not_opened(tmp_path: Path) -> None:
    real_feed = tmp_path / "real.rss"
    real_feed.write_bytes(rss(item("1", "A story on disk")))
    with pytest.raises(FetchError, match="not a feed"):
        parse_feed(str(real_feed).encode(), {}, "1", FETCHED)


def test_billion_laughs_is_never_expanded(tmp_path: Path, feed_server: FeedServer) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>t</title><item><guid>1</guid><title>boom &lol9;</title></item></channel></rss>"
    ).encode()
    url = feed_server.feed("/lol", body)
    reports, db = run(tmp_path, [{"name": "Lol", "url": url}])
    longest = db.execute("SELECT max(length(title)) FROM articles").fetchone()[0] or 0
    assert longest < 10_000
    assert reports["Lol"].outcome in ("ok", "failed")
