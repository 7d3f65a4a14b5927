"""`full_text: true` fetches each new article's page and keeps its main text."""

from http.server import BaseHTTPRequestHandler
from pathlib import Path

from conftest import FeedServer, item, rss
from test_fetch import run

BODY = (
    "Taiwan's coast guard said on Wednesday that four China Coast Guard vessels entered the "
    "restricted waters off Kinmen for the third time this month. The ships left after two hours. "
    "Officials in Taipei described the patrol as part of a pattern of gray-zone pressure."
)
PAGE = f"""<!doctype html><html><head><title>Kinmen</title></head><body>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> | Subscribe now</nav>
<article><h1>China Coast Guard ships return to Kinmen waters</h1>
<p>{BODY}</p>
<p>A second paragraph explains that fishermen were told to stay in port while the vessels
remained nearby, and that the coast guard shadowed them with two cutters until they left.</p>
</article>
<footer>Copyright Example News. Cookie settings. Advertise with us.</footer>
</body></html>"""


def page(request: BaseHTTPRequestHandler) -> None:
    body = PAGE.encode()
    request.send_response(200)
    request.send_header("Content-Type", "text/html; charset=utf-8")
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


def test_full_text_is_extracted_from_the_article_page(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/story/kinmen", page)
    feed = feed_server.feed(
        "/teasers",
        rss(
            item(
                "k", "Kinmen waters", feed_server.url("/story/kinmen"), description="Teaser only."
            ),
            item("m", "Missing page", feed_server.url("/story/missing"), description="Still here."),
        ),
    )
    reports, db = run(tmp_path, [{"name": "Teasers", "url": feed, "full_text": True}])
    assert reports["Teasers"].new_articles == 2
    rows = {r["title"]: r for r in db.query("SELECT title, summary, full_text FROM articles")}
    full = rows["Kinmen waters"]["full_text"]
    assert BODY in full and "Subscribe now" not in full and "Cookie settings" not in full
    assert rows["Kinmen waters"]["summary"] == "Teaser only."
    assert rows["Missing page"]["full_text"] is None
    assert rows["Missing page"]["summary"] == "Still here."
    assert feed_server.max_active == 1  # pages come from the same host, one at a time
    hits = feed_server.hits("/story/kinmen")
    assert "text/html" in hits[0]["Accept"]

    run(tmp_path, [{"name": "Teasers", "url": feed, "full_text": True}], force=True)
    assert len(feed_server.hits("/story/kinmen")) == 1  # pages of stored articles are not refetched


def test_pages_are_not_fetched_without_full_text(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.route("/story/kinmen", page)
    feed = feed_server.feed("/teasers", rss(item("k", "Kinmen", feed_server.url("/story/kinmen"))))
    run(tmp_path, [{"name": "Teasers", "url": feed}])
    assert feed_server.hits("/story/kinmen") == []


def test_an_article_page_nested_past_the_parsers_depth_keeps_its_main_text(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Found by robustAO: libxml2, which trafilatura reads pages with, stops at 256 levels and
    drops what lies deeper, so a page whose article sat in 300 nested <div>s gave the text
    "China Coast Guard ships return to Kinmen waters" (its heading) in place of the story, and
    that replaced the feed's summary. The page is flattened as summaries are (MAX_DEPTH)."""
    nested = PAGE.replace(f"<p>{BODY}</p>", "<div>" * 300 + f"<p>{BODY}</p>" + "</div>" * 300)

    def deep_page(request: BaseHTTPRequestHandler) -> None:
        body = nested.encode("shift_jis")
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=Shift_JIS")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    feed_server.route("/story/deep", deep_page)
    story = item("d", "Kinmen waters", feed_server.url("/story/deep"), description="Teaser only.")
    feed = feed_server.feed("/deep", rss(story))
    reports, db = run(tmp_path, [{"name": "Deep", "url": feed, "full_text": True}])
    assert reports["Deep"].new_articles == 1
    (full,) = [row["full_text"] for row in db.query("SELECT full_text FROM articles")]
    assert BODY in full and "Cookie settings" not in full
