"""A feed is one feed whatever feeds.yaml calls it: renamed, it keeps its articles and state
(robustAK). Each test's docstring says what the release before did with the same edit."""

import json
import tempfile
from pathlib import Path

from conftest import FeedServer, item, rss, write_config
from hostile import run_monitor
from hypothesis import given
from hypothesis import strategies as st

from monitor.archive.feed_rows import sync_feeds
from monitor.archive.store import open_db
from monitor.config import load_config

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


def test_two_feeds_that_swap_names_keep_what_each_address_served(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """A user who finds two feeds labelled the wrong way round swaps their names. Before
    (robustAL's finding): each name kept its row and took the other's URL as a URL edit, so
    every item without a link was stored again under the other row (each story twice in the
    digest, `feeds list` 4 articles for feeds of 2), and the stories already stored kept the
    name of the wrong outlet."""
    harbour = feed_server.feed("/harbour", UNLINKED, etag=None, last_modified=None)
    ferries = feed_server.feed(
        "/ferries",
        rss(item("f-1", "Night ferry to Ishigaki cancelled"), item("f-2", "New berth in Hualien")),
        etag=None,
        last_modified=None,
    )
    write_config(tmp_path / "feeds.yaml", [{"name": "Harbour Wire", "url": harbour},
                                           {"name": "Ferry Notices", "url": ferries}])  # fmt: skip
    fetch(tmp_path)
    write_config(tmp_path / "feeds.yaml", [{"name": "Ferry Notices", "url": harbour},
                                           {"name": "Harbour Wire", "url": ferries}])  # fmt: skip
    listed = monitor_json(tmp_path, "feeds", "list")
    assert [(f["name"], f["url"], f["articles"]) for f in listed] == [
        ("Ferry Notices", harbour, 3),
        ("Harbour Wire", ferries, 2),
    ]
    fetch(tmp_path)
    articles = monitor_json(tmp_path, "articles")
    assert sorted((a["feed"], a["title"]) for a in articles) == [
        ("Ferry Notices", "Coast guard tows a disabled fishing boat off Yonaguni"),
        ("Ferry Notices", "Ferry timetable changes"),
        ("Ferry Notices", "Port closures lifted after typhoon"),
        ("Harbour Wire", "New berth in Hualien"),
        ("Harbour Wire", "Night ferry to Ishigaki cancelled"),
    ]


NAMES = ["Harbour Wire", "Ferry Notices", "Coast Desk", "Port Log"]
PLACES = ["harbour.xml", "ferries.xml", "coast.xml", "port.xml"]
# A feeds.yaml: some of the names, each at its own one of the places.
FEEDS_FILES = st.permutations(PLACES).flatmap(
    lambda places: st.lists(st.sampled_from(NAMES), unique=True, max_size=4).map(
        lambda names: list(zip(names, places, strict=False))
    )
)


@given(st.lists(FEEDS_FILES, min_size=2, max_size=5))
def test_any_edits_of_names_and_urls_keep_every_row_whose_feed_stays(
    edits: list[list[tuple[str, str]]],
) -> None:
    """Renames, swaps, URL edits, removals and re-adds in any order: each edit syncs without
    an error, each configured feed has a row of its own under its name, a feed whose name and
    address stay keeps its row, and names moved among the same addresses (a rename, a swap, a
    rotation) leave each address its row."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "m.db")
        before: dict[str, int] = {}  # address -> row id, as the last edit left them
        named_before: dict[str, str] = {}
        for feeds in edits:
            path = write_config(Path(folder) / "feeds.yaml",
                                [{"name": name, "url": place} for name, place in feeds])  # fmt: skip
            states = sync_feeds(db.conn, load_config(path))
            rows = {place: states[name].id for name, place in feeds}
            assert len(set(rows.values())) == len(feeds)
            stored = dict(db.execute("SELECT id, name FROM feeds").fetchall())
            assert all(stored[rows[place]] == name for name, place in feeds)
            for name, place in feeds:
                if named_before.get(place) == name:
                    assert rows[place] == before[place]
            if set(rows) == set(before):
                assert rows == before
            before = rows
            named_before = {place: name for name, place in feeds}
        db.close()
