"""A feed that links every item to one page: each item is an article of its own.

Found by robustAP, the ninth hostile-input audit. An item with no guid is known by its link, so
a feed whose items all link to the site's home page (a careless template, or a hostile one) had
its first item stored and every other dropped as "stored already", at each fetch, for ever.
"""

from pathlib import Path

import pytest
from conftest import FeedServer, item, rss
from test_fetch import GOOD_FEED, run

HOME = "https://news.example/"
STORIES = [
    ("Ships near the Senkakus", "Four ships entered the contiguous zone."),
    ("Kishi meets US commander", "In Tokyo on Monday."),
    ("Live-fire exercise off Kinmen", "Shells landed at sea."),
]


def home_linked(stories: list[tuple[str, str]], guided: bool) -> bytes:
    """Each story linked to the home page, with a guid of its own or none."""
    return rss(*(
        item(f"story-{len(title)}" if guided else None, title, HOME, description=text)
        for title, text in stories
    ))  # fmt: skip


def stored_titles(db) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(row["title"] for row in db.query("SELECT title FROM articles"))


@pytest.mark.parametrize("guided", [False, True], ids=["no-guid", "guids"])
def test_items_linked_to_one_page_are_each_stored_once_across_fetches(
    tmp_path: Path, feed_server: FeedServer, guided: bool
) -> None:
    """With guids too: the archive holds a link once, so every item after the first was
    dropped as stored already, whatever its guid said."""
    url = feed_server.feed("/home.rss", home_linked(STORIES, guided), etag=None, last_modified=None)
    plain = feed_server.feed("/plain.rss", GOOD_FEED)
    feeds = [{"name": "Home", "url": url}, {"name": "Plain", "url": plain}]
    reports, db = run(tmp_path, feeds)
    assert reports["Home"].new_articles == 3 and reports["Plain"].new_articles == 2
    newer = [("Coast guard drill off Penghu", "Three cutters took part."), *STORIES]
    feed_server.feed("/home.rss", home_linked(newer, guided), etag=None, last_modified=None)
    reports, db = run(tmp_path, feeds)
    assert reports["Home"].new_articles == 1
    titles = stored_titles(db)
    assert [title for title, _ in newer if title in titles] == [title for title, _ in newer]
    assert len(titles) == len(set(titles)) == 6


def test_an_item_listed_twice_under_one_link_is_still_one_article(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Only items of different titles make a link shared: a story listed twice stays one."""
    (title, text), (other, other_text) = STORIES[:2]
    listed = [item(None, title, HOME, description=text)] * 2
    body = rss(*listed, item(None, other, f"{HOME}kishi", description=other_text))
    reports, db = run(tmp_path, [{"name": "Twice", "url": feed_server.feed("/t.rss", body)}])
    assert reports["Twice"].new_articles == 2
