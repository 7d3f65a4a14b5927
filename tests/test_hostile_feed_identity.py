"""A feed is one feed whatever feeds.yaml calls it: renamed, it keeps its articles and state
(robustAK). Each test's docstring says what the release before did with the same edit."""

import json
from pathlib import Path

from conftest import FeedServer, item, rss, write_config
from hostile import run_monitor

# Items a feed identifies by guid, or by nothing but their text: their ids are scoped to the
# feed, unlike an item with a link, which is one article whichever feed carries it.
UNLINKED = rss(
    item("wire-1", "Coast guard tows a disabled fishing boat off Yonaguni"),
    item(None, "Port closures lifted after typhoon", description="All berths reopened."),
    item("wire-3", "Ferry timetable changes", link="http://example.org/ferry"),
)


def monitor_json(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    config, db = str(tmp_path / "feeds.yaml"), str(tmp_path / "m.db")
    result = run_monitor(*args, "--json", "--config", config, "--db", db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def fetch(tmp_path: Path) -> None:
    config, db = str(tmp_path / "feeds.yaml"), str(tmp_path / "m.db")
    result = run_monitor("fetch", "--config", config, "--db", db)
    assert result.returncode == 0, result.stderr


def test_a_renamed_feed_keeps_its_articles_and_stores_none_twice(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Old release: the new name made a new feed, whose first fetch stored the two items
    without a link again (the digest showed each story twice, `feeds list` 0 articles)."""
    url = feed_server.feed("/wire", UNLINKED, etag=None, last_modified=None)
    for name in ["Harbour Wire", "harbour wire", "Harbour Wire (Naha desk)"]:
        write_config(tmp_path / "feeds.yaml", [{"name": name, "url": url}])
        if name != "Harbour Wire":  # renamed: listed with its articles before any fetch
            listed = monitor_json(tmp_path, "feeds", "list")
            assert [(f["name"], f["articles"]) for f in listed] == [(name, 3)]
        fetch(tmp_path)
        articles = monitor_json(tmp_path, "articles")
        assert sorted(a["title"] for a in articles) == [
            "Coast guard tows a disabled fishing boat off Yonaguni",
            "Ferry timetable changes",
            "Port closures lifted after typhoon",
        ]
        assert {a["feed"] for a in articles} == {name}
