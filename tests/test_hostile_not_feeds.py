"""A feed URL that serves something else (the site's home page, a login page, a JSON API, a
PDF) fails saying what it served (robustAK); a feed served under any Content-Type is read."""

from pathlib import Path

import pytest
from conftest import FeedServer, item, rss
from hostile import respond
from test_fetch import GOOD_FEED, run

HTML_PAGE = "an HTML page (a site's address, not its feed's? Its RSS or Atom link is the feed)"
JSON_FEED = "a JSON Feed document; monitor reads RSS, RDF and Atom (the site may offer one too)"
JSON_DOCUMENT = "a JSON document, not RSS, RDF or Atom"
HOME_PAGE = b"<!DOCTYPE html>\n<html lang='en'><head><title>Harbour News</title></head><body><p>Hi"
SERVED = {
    # An HTML page whose markup is well formed as far as it goes, but never closed: the old
    # release said "the feed document ends early (cut off before its last element closed)".
    "home-page": (HOME_PAGE, "text/html", HTML_PAGE),
    "xhtml-login": (
        b'<?xml version="1.0"?>\n<!-- sign in --><html xmlns="http://www.w3.org/1999/xhtml">'
        b"<body><form/></body></html>",
        "application/xhtml+xml",
        HTML_PAGE,
    ),
    "utf-16-page": ("\ufeff<html><body>Sign in</body></html>".encode("utf-16-le"), "", HTML_PAGE),
    # The old release: "<unknown>:2:0: not well-formed (invalid token)".
    "json-feed": (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "Harbour", "items": []}',
        "application/feed+json",
        JSON_FEED,
    ),
    "json-api": (b'\n[{"id": 1}]', "application/json", JSON_DOCUMENT),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf", "a PDF document"),
}


@pytest.mark.parametrize("case", list(SERVED))
def test_what_is_served_in_place_of_a_feed_is_named_in_its_failure(
    tmp_path: Path, feed_server: FeedServer, case: str
) -> None:
    body, content_type, kind = SERVED[case]
    headers = {"Content-Type": content_type} if content_type else {}
    feeds = [
        {"name": "Served", "url": feed_server.route("/s", respond(200, body, headers))},
        {"name": "Plain", "url": feed_server.feed("/plain", GOOD_FEED)},
    ]
    reports, _ = run(tmp_path, feeds)
    assert (reports["Served"].outcome, reports["Served"].error) == ("failed", f"not a feed: {kind}")
    assert reports["Plain"].new_articles == 2


def test_a_feed_served_as_html_or_text_with_html_in_its_items_is_read(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """The name is told by the document's root, never its Content-Type or the markup inside."""
    body = rss(item("h1", "Port reopens", description="&lt;html&gt;&lt;p&gt;Berths clear"))
    feeds = [
        {"name": f"As {kind}", "url": feed_server.feed(f"/{n}", body, content_type=kind)}
        for n, kind in enumerate(["text/html", "text/plain", "application/json"])
    ]
    reports, _ = run(tmp_path, feeds)
    assert [report.new_articles for report in reports.values()] == [1, 1, 1]
    assert {report.outcome for report in reports.values()} == {"ok"}
