"""Building the daily digest from a real archive: stories, sections, numbers, health, safety."""

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss
from digest_helpers import around_now, fetched_archive, today
from lxml import html as lxml_html

from monitor.digest.build import build_digest
from monitor.digest.daily import make_digest
from monitor.digest.render import render_html, render_text

GOLDEN = Path(__file__).parent / "golden"


def test_stories_are_clustered_sectioned_and_explained(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    config, db = fetched_archive(tmp_path, feed_server)
    digest = build_digest(db, config.digest, today(), around_now())
    stories = {s.title: s for section in digest.sections.values() for s in section}
    assert "Typhoon brings heavy rain to Okinawa" not in stories  # off-topic left out
    incursion = [s for s in stories.values() if "median line" in s.title]
    assert len(incursion) == 1  # two outlets, one story
    outlets = [incursion[0].outlet] + [other["outlet"] for other in incursion[0].also]
    assert sorted(outlets) == ["Outlet A", "Outlet B"]
    two_plus_two = stories["Japan and US defence ministers hold 2+2, agree on joint command"]
    assert two_plus_two.themes == ("cooperation", "security")
    appearances = [s.title for section in digest.sections.values() for s in section]
    assert appearances.count(two_plus_two.title) == 1  # marked with both, listed once
    assert (
        stories["Japan and Taiwan sign agreement on semiconductor investment"]
        in digest.sections["cooperation"]
    )
    for story in stories.values():
        assert story.link.startswith("https://") and story.outlet and story.lede
        assert story.entities and all(story.why.values())
        assert story.short_id == story.article_id[:8]
        for phrases in story.why.values():  # the article's own words, not the model's tokens
            text = f"{story.title} {story.lede} " + " ".join(o["title"] or "" for o in story.also)
            assert all(
                phrase in " ".join(text.split()) or phrase in story.title for phrase in phrases
            )
    sections = {name: len(items) for name, items in digest.sections.items()}
    assert sections == {"security": 2, "cooperation": 2}  # each story filed once
    assert digest.counts["articles"] == 6 and digest.counts["stories"] == 4
    assert {k: digest.counts[k] for k in sections} == sections  # the same numbers everywhere
    assert digest.counts["off_topic"] == 1
    assert digest.subject == (
        f"Japan–Taiwan monitor, {today()}: 4 stories (2 security, 2 cooperation)"
    )
    text = render_text(digest)
    assert "== SECURITY (2) ==" in text and "== COOPERATION (2) ==" in text
    headlines = text.split("HEADLINES\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(headlines) == 4 and all(story.title in text for story in stories.values())
    assert text.index("HEADLINES") < text.index("== SECURITY")
    assert f"id {two_plus_two.short_id}" in text and "monitor label ID --theme" in text
    assert "LEFT OUT: 1 off-topic" in text and "--left-out" in text


def test_watch_list_ranks_first(tmp_path: Path, feed_server: FeedServer) -> None:
    config, db = fetched_archive(tmp_path, feed_server, watch=("Kinmen",))
    digest = build_digest(db, config.digest, today(), around_now())
    first = digest.sections["security"][0]
    assert first.title == "Coast guard chases Chinese ships near Kinmen" and first.watched == (
        "Kinmen",
    )
    text = render_text(digest)
    assert "[watch: Kinmen]" in text


def test_same_date_twice_gives_the_same_stored_digest(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    config, db = fetched_archive(tmp_path, feed_server)
    first = make_digest(db, config, today(), around_now())
    db.execute("UPDATE articles SET title = 'changed later' WHERE link = 'https://a.example/2'")
    second = make_digest(db, config, today(), around_now())
    assert second == first
    row = next(db.query("SELECT * FROM digests"))
    assert (row["window_start_utc"], row["window_end_utc"]) == (
        first.window_start_utc,
        first.window_end_utc,
    )
    items = json.loads(row["items_json"])
    assert {i["section"] for i in items} == {"security", "cooperation"} and len(items) == 4


def test_digest_after_downtime_covers_the_gap_once(tmp_path: Path, feed_server: FeedServer) -> None:
    config, db = fetched_archive(tmp_path, feed_server)
    zone = config.digest.zone
    day0 = today() - timedelta(days=4)
    first = make_digest(db, config, day0)  # four days ago: nothing had arrived yet
    assert json.loads(first.items_json) == []
    # The articles arrived over the three days the machine was then down.
    arrived = datetime.combine(day0 + timedelta(days=2), datetime.min.time(), zone).astimezone(UTC)
    db.execute("UPDATE articles SET fetched_utc = ?", [arrived.strftime("%Y-%m-%dT%H:%M:%SZ")])
    back = make_digest(db, config, today() - timedelta(days=1))
    assert back.window_start_utc == first.window_end_utc
    assert len(json.loads(back.items_json)) == 4
    following = make_digest(db, config, today())
    assert following.window_start_utc == back.window_end_utc
    assert json.loads(following.items_json) == []  # nothing is reported twice


def test_header_has_trends_spikes_incursions_and_feed_health(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    config, db = fetched_archive(tmp_path, feed_server)
    old = (datetime.now(UTC) - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
    # A quiet feed and a failing one.
    db.execute(
        "UPDATE feeds SET last_new_article_utc = ?, created_utc = ? WHERE name = 'Outlet B'",
        [old, old],
    )
    db.execute(
        "UPDATE feeds SET consecutive_failures = 4, last_error = 'HTTP 500' WHERE name = 'Outlet A'"
    )
    # Kinmen named once in the past month, three times today: a spike.
    history = rss(
        item(
            "h1",
            "Kinmen ferry timetable changes",
            "https://h.example/1",
            description="Ferries between Kinmen and Xiamen change schedule.",
        )
    )
    url = feed_server.feed("/h", history)
    from monitor.config import load_config
    from monitor.pipeline import poll

    extra = tmp_path / "extra.yaml"
    extra.write_text(f"feeds:\n  - name: History\n    url: {url}\n")
    poll(load_config(extra), db.conn)
    db.execute("UPDATE articles SET fetched_utc = ? WHERE link = 'https://h.example/1'", [old])
    more = rss(*(item(f"k{i}", f"Kinmen standoff day {i}: coast guard shadows Chinese ships",
                      f"https://k.example/{i}", description="Coast guard ships near Kinmen again.")
                 for i in range(3)))  # fmt: skip
    extra.write_text(f"feeds:\n  - name: More\n    url: {feed_server.feed('/k', more)}\n")
    poll(load_config(extra), db.conn)
    digest = build_digest(db, config.digest, today(), around_now())
    (line,) = [line for line in digest.incursions if line["place"] == "Taiwan"]
    assert line["text"] == "30 aircraft, of which 20 crossed the median line"  # one line
    names = [row["name"] for row in digest.top_entities]
    assert "Taiwan" in names and all(
        "change" in row and "baseline" in row for row in digest.top_entities
    )
    taiwan = next(row for row in digest.top_entities if row["name"] == "Taiwan")
    assert taiwan["baseline"] == 0 and taiwan["change"] == taiwan["articles"]  # 20 days of history
    spike = next(row for row in digest.spikes if row["name"] == "Kinmen")
    assert spike["articles"] == 4 and spike["ratio"] >= 3
    assert digest.failing_feeds == [{"name": "Outlet A", "failures": 4, "error": "HTTP 500"}]
    assert [feed["name"] for feed in digest.quiet_feeds] == ["Outlet B"]
    text = render_text(digest)
    assert (
        "Outlet A: failing, 4 in a row (HTTP 500)" in text and "Outlet B: nothing new since" in text
    )
    assert "Taiwan: 30 aircraft, of which 20 crossed the median line" in text
    assert len(digest.chart) == 14 and sum(day["security"] for day in digest.chart) >= 3


HOSTILE = rss(
    item("x1", "&lt;script&gt;alert('t')&lt;/script&gt;PLA drills near Taiwan", "javascript:alert(1)",
         description="&lt;img src=x onerror=alert(2)&gt;Chinese warships and aircraft drilled "
                     "&lt;iframe src='https://evil.example'&gt;&lt;/iframe&gt; near Taiwan."),
    item("x2", "Japan, Taiwan sign pact &lt;a href='javascript:evil()' onclick='x()'&gt;here&lt;/a&gt;",
         "https://ok.example/2\"onmouseover=\"alert(3)",
         description="&lt;svg onload=alert(4)&gt;The two sides signed a cooperation agreement "
                     "&lt;style&gt;body{display:none}&lt;/style&gt;on trade and investment."),
    item("x3", "Missile test &#x3C;body onload=alert(5)&#x3E; over the strait", "https://ok.example/3",
         description="China fired missiles into waters near Taiwan in a military exercise. "
                     "&lt;a href='data:text/html,evil'&gt;x&lt;/a&gt;"),
)  # fmt: skip


def test_hostile_feed_items_yield_clean_html(tmp_path: Path, feed_server: FeedServer) -> None:
    from monitor.archive.store import open_db
    from monitor.config import DigestConfig, load_config
    from monitor.pipeline import poll

    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"feeds:\n  - name: Hostile <b>Outlet</b>\n    url: {feed_server.feed('/x', HOSTILE)}\n"
    )
    config = load_config(path)
    db = open_db(tmp_path / "monitor.db")
    poll(config, db.conn)
    digest = build_digest(db, DigestConfig(), today(), around_now())
    assert sum(len(s) for s in digest.sections.values()) >= 2
    page = render_html(digest)
    tree = lxml_html.document_fromstring(page)
    assert not tree.xpath("//script | //iframe | //svg | //object | //embed | //img | //style")
    for element in tree.iter():
        assert not [name for name in element.attrib if name.lower().startswith("on")], (
            element.attrib
        )
        for name in ("href", "src"):
            value = element.attrib.get(name, "")
            assert not value or re.match(r"^(https?|mailto):|#s-[0-9a-f]+$", value), value
    assert "Hostile &lt;b&gt;Outlet&lt;/b&gt;" in page


def normalise(text: str) -> str:
    """Golden files hold everything but the times a run cannot fix: the window and fetch times."""
    return re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?Z?", "<time>", text)


@pytest.mark.parametrize("kind", ["txt", "html"])
def test_demo_digest_matches_the_golden_file(tmp_path: Path, cli, kind: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from monitor.archive.store import open_db
    from monitor.cli.demo import DEMO_CONFIG
    from monitor.clock import from_iso
    from monitor.config import load_config

    assert cli("demo", "--db", str(tmp_path / "demo.db")).exit_code == 0
    db = open_db(tmp_path / "demo.db")
    first, last = db.execute("SELECT min(fetched_utc), max(fetched_utc) FROM articles").fetchone()
    window = (from_iso(first), from_iso(last) + timedelta(seconds=1))
    digest = build_digest(db, load_config(DEMO_CONFIG).digest, date(2026, 11, 26), window)
    rendered = normalise(render_text(digest) if kind == "txt" else render_html(digest))
    golden = GOLDEN / f"demo-digest.{kind}"
    if os.environ.get("MONITOR_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
        pytest.skip(f"wrote {golden}: review the difference (git diff) before committing it")
    if not golden.exists():
        pytest.fail(
            f"{golden} is missing: write it with MONITOR_UPDATE_GOLDEN=1 and review it "
            "(README, Development)"
        )
    assert rendered == golden.read_text(encoding="utf-8")


def test_the_watch_list_matches_whole_words_in_their_case(tmp_path: Path) -> None:
    from monitor.digest.watch import watch_entries, watched_in
    from monitor.nlp.kb import default_kb

    watch = watch_entries(["Xi", "carrier group", "ADIZ"], default_kb())
    assert watch[0].entity_id == "xi-jinping"
    assert watched_in(watch, set(), ["Taxi fares reach a maximum in Taipei"]) == ()
    assert watched_in(watch, {"xi-jinping"}, ["President Xi spoke"]) == ("Xi",)
    assert watched_in(watch, set(), ["The Carrier Group sailed"]) == ("carrier group",)
    assert watched_in(watch, set(), ["carrier groups sailed", "the adiz page"]) == ()
    assert watched_in(watch, set(), ["entered the ADIZ."]) == ("ADIZ",)
