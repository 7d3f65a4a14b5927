"""A feed renamed and moved in one edit of feeds.yaml stays one feed, told by what it serves
(robustAN). Each test's docstring says what the release before did with the same edit."""

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from conftest import FeedServer, item, rss, write_config
from hostile import run_monitor
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.cli.main import main

# A wire's items as a careless feed writes them: one by guid alone, one by nothing but its
# text, one with a guid and a link. Only the link is the same article in any feed.
WIRE = rss(
    item("wire-1", "Coast guard tows a disabled fishing boat off Yonaguni"),
    item(None, "Port closures lifted after typhoon", description="All berths reopened."),
    item("wire-3", "Ferry timetable changes", link="http://example.org/ferry"),
)
WIRE_TITLES = [
    "Coast guard tows a disabled fishing boat off Yonaguni",
    "Ferry timetable changes",
    "Port closures lifted after typhoon",
]


def monitor(folder: Path, *args: str, subprocess: bool = False) -> str:
    """`monitor ARGS` on the folder's feeds.yaml and database (in a process of its own, as a
    user runs it, when asked; else in this one): its stdout, once it exits 0."""
    config, db = str(folder / "feeds.yaml"), str(folder / "m.db")
    if subprocess:
        run = run_monitor(*args, "--config", config, "--db", db)
        assert run.returncode == 0, run.stderr
        return run.stdout
    result = CliRunner().invoke(main, [*args, "--config", config, "--db", db])
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


def fetch(folder: Path, subprocess: bool = False) -> None:
    monitor(folder, "fetch", "--no-alerts", subprocess=subprocess)


def feeds_listed(folder: Path) -> list[tuple[object, object, object]]:
    """(name, URL, articles) of each configured feed, as `monitor feeds list` shows them."""
    listed = json.loads(monitor(folder, "feeds", "list", "--json"))
    return [(f["name"], f["url"], f["articles"]) for f in listed]


def stored(folder: Path) -> list[tuple[str, str]]:
    """(feed, title) of every stored article, sorted."""
    articles = json.loads(monitor(folder, "articles", "--json", "-n", "1000"))
    return sorted((a["feed"], a["title"]) for a in articles)


def test_a_feed_renamed_and_moved_in_one_edit_keeps_its_articles_and_stores_none_twice(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Old release: the edit read as one feed removed and another added; the new one's first
    fetch stored the two items without a link again (each story twice in the digest), and the
    three articles stayed under a name no longer in feeds.yaml."""
    old = feed_server.feed("/wire.xml", WIRE, etag=None, last_modified=None)
    new = feed_server.feed("/feeds/naha-wire.rss", WIRE, etag=None, last_modified=None)
    write_config(tmp_path / "feeds.yaml", [{"name": "Harbour Wire", "url": old}])
    fetch(tmp_path, subprocess=True)
    write_config(tmp_path / "feeds.yaml", [{"name": "Naha Wire", "url": new}])
    fetch(tmp_path, subprocess=True)
    assert stored(tmp_path) == [("Naha Wire", title) for title in WIRE_TITLES]
    assert feeds_listed(tmp_path) == [("Naha Wire", new, 3)]
    # Its history is one feed's: later items join it.
    feed_server.feed("/feeds/naha-wire.rss", rss(item("wire-4", "Pier 2 reopens")), etag=None)
    fetch(tmp_path)
    assert stored(tmp_path) == sorted(
        [("Naha Wire", title) for title in WIRE_TITLES] + [("Naha Wire", "Pier 2 reopens")]
    )


def test_another_feed_of_the_same_site_takes_no_row(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """A site's second feed added as its first is removed serves other items: it is a new
    feed, and the removed one keeps its articles under its own name (what the release before
    did too, and what a rule on the host alone would get wrong)."""
    news = feed_server.feed("/news.xml", WIRE, etag=None, last_modified=None)
    sport = feed_server.feed(
        "/sport.xml",
        rss(item("s-1", "Dragon boat final moved"), item(None, "Marathon route set")),
        etag=None,
        last_modified=None,
    )
    write_config(tmp_path / "feeds.yaml", [{"name": "Harbour News", "url": news}])
    fetch(tmp_path)
    write_config(tmp_path / "feeds.yaml", [{"name": "Harbour Sport", "url": sport}])
    fetch(tmp_path)
    assert stored(tmp_path) == sorted(
        [("Harbour News", title) for title in WIRE_TITLES]
        + [("Harbour Sport", "Dragon boat final moved"), ("Harbour Sport", "Marathon route set")]
    )


def test_guids_two_feeds_share_by_chance_hand_nothing_over(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Two unrelated feeds that number their items "1", "2": the new one is not the removed
    one, and its items are stored, not taken for the removed feed's."""
    first = feed_server.feed(
        "/a.xml", rss(item("1", "Typhoon warning lifted"), item("2", "Ferry resumes")), etag=None
    )
    second = feed_server.feed(
        "/b.xml", rss(item("1", "Budget passes first reading"), item("2", "Port fees rise")),
        etag=None,
    )  # fmt: skip
    write_config(tmp_path / "feeds.yaml", [{"name": "Weather Desk", "url": first}])
    fetch(tmp_path)
    write_config(tmp_path / "feeds.yaml", [{"name": "Budget Desk", "url": second}])
    fetch(tmp_path)
    assert stored(tmp_path) == [
        ("Budget Desk", "Budget passes first reading"),
        ("Budget Desk", "Port fees rise"),
        ("Weather Desk", "Ferry resumes"),
        ("Weather Desk", "Typhoon warning lifted"),
    ]


def test_a_feed_carrying_two_removed_feeds_items_is_new(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """A new feed whose stored items are under two removed feeds (a site's sections merged into
    one feed) is neither of them: nothing is handed over, and no article is stored twice."""
    east = feed_server.feed(
        "/east.xml", rss(item("e", "East pier closed", link="http://example.org/e")), etag=None
    )
    west = feed_server.feed(
        "/west.xml", rss(item("w", "West pier open", link="http://example.org/w")), etag=None
    )
    both = feed_server.feed(
        "/all.xml",
        rss(item("e", "East pier closed", link="http://example.org/e"),
            item("w", "West pier open", link="http://example.org/w")),
        etag=None,
    )  # fmt: skip
    write_config(tmp_path / "feeds.yaml", [{"name": "East", "url": east},
                                           {"name": "West", "url": west}])  # fmt: skip
    fetch(tmp_path)
    write_config(tmp_path / "feeds.yaml", [{"name": "Harbour", "url": both}])
    fetch(tmp_path)
    assert stored(tmp_path) == [("East", "East pier closed"), ("West", "West pier open")]
    assert feeds_listed(tmp_path) == [("Harbour", both, 0)]


# The property: sources (a wire each, serving every item it has published) that users list in
# feeds.yaml under names and at addresses, edited one edit at a time, each followed by a fetch.
SOURCES = 3


@dataclass
class Listing:
    """What the user's feeds.yaml and the world look like between two fetches."""

    folder: Path
    names: dict[int, str] = field(default_factory=dict)  # listed source -> its name
    address: dict[int, str] = field(default_factory=dict)  # source -> where it is served now
    last_name: dict[int, str] = field(default_factory=dict)
    published: dict[int, int] = field(default_factory=dict)
    fresh: int = 0

    def new_word(self, kind: str) -> str:
        self.fresh += 1
        return f"{kind} {self.fresh}"

    def move(self, source: int) -> None:
        self.address[source] = str(self.folder / (self.new_word("place") + ".xml"))

    def rename(self, source: int) -> None:
        self.names[source] = self.new_word("Wire")

    def edit(self, kind: str, first: int, second: int) -> None:
        """One edit of feeds.yaml (a no-op where it does not apply): sources are numbered in
        turn among those it applies to."""
        listed = sorted(self.names)
        unlisted = [source for source in range(SOURCES) if source not in self.names]
        pool = unlisted if kind.startswith("add") else listed
        if not pool or (kind == "swap" and len(listed) < 2):
            return
        source = pool[first % len(pool)]
        if kind in ("rename", "rename and move"):
            self.rename(source)
        if kind in ("move", "rename and move", "add moved", "add moved renamed"):
            self.move(source)  # the site moved its feed; the user edits the URL to follow
        if kind == "swap":
            other = listed[(listed.index(source) + 1 + second % (len(listed) - 1)) % len(listed)]
            self.names[source], self.names[other] = self.names[other], self.names[source]
        if kind == "remove":
            del self.names[source]
        if kind.startswith("add"):  # a removed feed listed again, under its name or a new one
            self.names[source] = self.last_name[source]
            if kind.endswith("renamed"):
                self.rename(source)

    def titles(self, source: int) -> list[str]:
        return [f"Wire {source} story {n}" for n in range(self.published[source])]

    def publish(self) -> None:
        """Each listed source publishes one more item and serves all it has, where it is."""
        for source in self.names:
            self.published[source] = self.published.get(source, 0) + 1
            items = []
            for n, title in enumerate(self.titles(source)):
                guid = f"{source}-{n}" if n % 3 != 1 else None  # by guid, by text, with a link
                link = f"http://example.org/{source}/{n}" if n % 3 == 2 else None
                items.append(item(guid, title, link=link, description=f"Story {n}."))
            Path(self.address[source]).write_bytes(rss(*items))
        self.last_name |= self.names
        write_config(
            self.folder / "feeds.yaml",
            [{"name": self.names[s], "url": self.address[s]} for s in sorted(self.names)],
        )


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["rename", "move", "rename and move", "swap", "remove", "add",
                         "add moved", "add moved renamed"]),
        st.integers(0, SOURCES - 1),
        st.integers(0, SOURCES - 1),
    ),
    min_size=1,
    max_size=6,
)  # fmt: skip


@settings(max_examples=15)
@given(EDITS)
def test_any_edits_store_each_article_once_with_the_feed_that_served_it(
    edits: list[tuple[str, int, int]],
) -> None:
    """Renames, URL edits, both at once, swaps, removals and re-adds, each fetched: every item
    a feed served is stored once, and all of a wire's articles are one feed's, under the name
    feeds.yaml gives it while it is listed. (A name handed from one feed to another other than
    by a swap is no edit here: by README's rule a known name at a new URL is that feed moved.)"""
    with tempfile.TemporaryDirectory() as directory:
        listing = Listing(Path(directory))
        for source in range(SOURCES):
            listing.rename(source)
            listing.move(source)
        for kind, first, second in [("start", 0, 0), *edits]:
            listing.edit(kind, first, second)
            listing.publish()
            fetch(listing.folder)
            articles = [(title, feed) for feed, title in stored(listing.folder)]
            titles = [title for title, _ in articles]
            assert len(titles) == len(set(titles)), (kind, sorted(titles))
            for source in listing.published:
                feeds = {feed for title, feed in articles if title in listing.titles(source)}
                assert len(feeds) == 1, (kind, source, feeds)
                assert sorted(t for t in titles if t in listing.titles(source)) == sorted(
                    listing.titles(source)
                )
                if source in listing.names:
                    assert feeds == {listing.names[source]}, (kind, source, feeds)
