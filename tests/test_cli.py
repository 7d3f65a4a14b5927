"""The commands as a user types them: output, exit codes, and edits to feeds.yaml."""

import json
import sqlite3
from pathlib import Path

import click
import pytest
from conftest import FeedServer, item, rss, write_config

from monitor.cli.main import main
from monitor.config import load_config

STORIES = rss(
    item("s1", "PLA aircraft enter Taiwan ADIZ", "https://n.example/1",
         description="Twenty aircraft crossed the median line.",
         pubDate="Wed, 25 Nov 2026 08:00:00 GMT"),
    item("s2", "Japan and Taiwan sign customs pact", "https://n.example/2",
         description="The Japan-Taiwan Exchange Association signed it in Taipei.",
         pubDate="Thu, 26 Nov 2026 01:00:00 GMT"),
    item("s3", "Old baseball result", "https://n.example/3",
         description="A pitcher from Tainan won in Osaka.",
         pubDate="Mon, 02 Nov 2026 01:00:00 GMT"),
)  # fmt: skip


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path, the lazily imported commands too (`monitor.cli.main.LAZY_COMMANDS`)."""
    found = []
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += all_commands(command, (*prefix, name))
    return found


@pytest.mark.parametrize("path", all_commands(main))
def test_every_command_has_help_with_an_example(cli, path: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path, "--help")
    assert result.exit_code == 0
    command: click.Command | None = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), name)
    if not isinstance(command, click.Group):
        assert "Example" in result.stdout, f"monitor {' '.join(path)} --help has no example"
        assert "--config" in result.stdout and "--db" in result.stdout


@pytest.fixture
def fetched(tmp_path: Path, feed_server: FeedServer, cli):  # type: ignore[no-untyped-def]
    url = feed_server.feed("/news", STORIES)
    broken = feed_server.status("/broken", 500)
    write_config(
        tmp_path / "feeds.yaml", [{"name": "News", "url": url}, {"name": "Broken", "url": broken}]
    )
    return cli("fetch", "--json")


def test_fetch_summarises_each_feed_and_exits_0_despite_failures(fetched) -> None:  # type: ignore[no-untyped-def]
    assert fetched.exit_code == 0
    reports = {r["feed"]: r for r in json.loads(fetched.stdout)}
    assert reports["News"]["outcome"] == "ok" and reports["News"]["new_articles"] == 3
    assert reports["Broken"]["outcome"] == "failed"
    assert reports["Broken"]["error"] == "HTTP 500 Internal Server Error"
    assert "2 feeds, 3 new articles, 1 failed" in fetched.stderr


def test_fetch_one_feed_by_name(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    a = feed_server.feed("/a", rss(item("a", "A story")))
    b = feed_server.feed("/b", rss(item("b", "B story")))
    write_config(tmp_path / "feeds.yaml", [{"name": "A", "url": a}, {"name": "B", "url": b}])
    result = cli("fetch", "--feed", "B", "--json")
    assert [r["feed"] for r in json.loads(result.stdout)] == ["B"]
    assert feed_server.hits("/a") == []
    assert cli("fetch", "--feed", "Nope").exit_code == 1


def test_articles_filters_by_since_and_feed(fetched, cli) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("articles", "--json").stdout)
    assert [r["title"] for r in rows][:2] == [
        "Japan and Taiwan sign customs pact",
        "PLA aircraft enter Taiwan ADIZ",
    ]
    recent = json.loads(cli("articles", "--since", "2026-11-20", "--json").stdout)
    assert "Old baseball result" not in [r["title"] for r in recent]
    assert json.loads(cli("articles", "--feed", "Broken", "--json").stdout) == []
    assert len(json.loads(cli("articles", "-n", "1", "--json").stdout)) == 1


def test_search_finds_words_in_title_and_text(fetched, cli) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("search", "median line", "--json").stdout)
    assert [r["title"] for r in rows] == ["PLA aircraft enter Taiwan ADIZ"]
    rows = json.loads(
        cli("search", "Exchange Association", "--since", "2026-11-20", "--json").stdout
    )
    assert [r["title"] for r in rows] == ["Japan and Taiwan sign customs pact"]
    tolerant = cli("search", 'Japan-Taiwan "unbalanced', "--json")
    assert tolerant.exit_code == 0


def test_sql_reads_and_refuses_writes(fetched, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("sql", "SELECT count(*) AS n FROM articles", "--json").stdout)
    assert rows == [{"n": 3}]
    result = cli("sql", "DELETE FROM articles")
    assert result.exit_code == 1
    assert "read-only; the write was refused" in result.stderr
    count = sqlite3.connect(tmp_path / "monitor.db").execute("SELECT count(*) FROM articles")
    assert count.fetchone()[0] == 3


def test_unusable_database_exits_1_with_one_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write_config(tmp_path / "feeds.yaml", [])
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    result = cli("fetch", db=garbage)
    assert result.exit_code == 1
    assert "garbage.db: cannot open the database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert cli("articles", db=tmp_path / "missing.db").exit_code == 1


def test_feeds_add_and_remove_keep_comments(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "feeds.yaml"
    config.write_text(
        "# my notes\nfeeds:\n  # the wire\n  - name: Wire\n    url: https://w.example/rss\n"
    )
    result = cli(
        "feeds",
        "add",
        "https://t.example/rss",
        "--name",
        "Times",
        "--tag",
        "taiwan",
        "--interval",
        "30",
    )
    assert result.exit_code == 0, result.output
    text = config.read_text()
    assert "# my notes" in text and "# the wire" in text
    assert "name: Times" in text and "interval: 30" in text
    duplicate = cli("feeds", "add", "https://T.example/rss?utm_source=x", "--name", "Again")
    assert duplicate.exit_code == 1 and "same feed as feeds[1] 'Times'" in duplicate.stderr
    assert config.read_text() == text  # a refused edit changes nothing
    assert cli("feeds", "remove", "Wire").exit_code == 0
    text = config.read_text()
    assert "Wire" not in text and "# my notes" in text and "Times" in text
    assert cli("feeds", "remove", "Nope").exit_code == 1


def test_feeds_list_shows_health(fetched, cli) -> None:  # type: ignore[no-untyped-def]
    listed = {r["name"]: r for r in json.loads(cli("feeds", "list", "--json").stdout)}
    assert listed["News"]["health"] == "ok" and listed["News"]["articles"] == 3
    assert listed["Broken"]["health"].startswith("failing (1x): HTTP 500")
    assert listed["Broken"]["consecutive_failures"] == 1


def test_feeds_check_fetches_without_storing(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    url = feed_server.feed("/news", STORIES)
    bad = feed_server.feed("/bad", b"<html>not a feed</html>")
    write_config(
        tmp_path / "feeds.yaml", [{"name": "News", "url": url}, {"name": "Bad", "url": bad}]
    )
    result = cli("feeds", "check", "--json")
    assert result.exit_code == 0
    reports = {r["feed"]: r for r in json.loads(result.stdout)}
    assert reports["News"]["new_articles"] == 3 and reports["Bad"]["outcome"] == "failed"
    assert not (tmp_path / "monitor.db").exists()


def test_opml_import_and_export_round_trip(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="Asia"><outline type="rss" text="The Diplomat" xmlUrl="https://thediplomat.com/feed/"/>'
        '<outline type="rss" text="Wire" xmlUrl="https://w.example/rss"/></outline></body></opml>'
    )
    (tmp_path / "feeds.yaml").write_text("feeds:\n  - name: Wire\n    url: https://w.example/rss\n")
    result = cli("feeds", "import", str(opml))
    assert result.exit_code == 0 and "imported 1 feeds" in result.stderr
    exported = cli("feeds", "export").stdout
    assert exported.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert 'xmlUrl="https://thediplomat.com/feed/"' in exported and 'text="Wire"' in exported
    again = tmp_path / "again.opml"
    again.write_text(exported)
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    cli("feeds", "import", str(again))
    names = [feed.name for feed in load_config(tmp_path / "feeds.yaml").feeds]
    assert sorted(names) == ["The Diplomat", "Wire"]
