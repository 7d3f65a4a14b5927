"""`monitor demo` runs the main job on the bundled offline feeds."""

from pathlib import Path

import feedparser
import sqlite_utils

from monitor.cli.demo import DEMO_CONFIG


def test_demo_stores_every_demo_item_once(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("demo", "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0, result.output
    assert "6 feeds, " in result.stderr and "0 failed" in result.stderr
    items = sum(
        len(feedparser.parse(path.read_bytes()).entries)
        for path in (DEMO_CONFIG.parent / "feeds").iterdir()
    )
    db = sqlite_utils.Database(tmp_path / "demo.db")
    stored = db["articles"].count
    assert items >= 70
    assert stored == items - 1  # one wire story is carried by two outlets under the same link
    again = cli("demo", "--db", str(tmp_path / "demo.db"))
    assert f"{stored} articles stored" in again.stderr  # a fresh database every run
    shared = "https://tokyo-evening-wire.example/news/2026/11/25/jasm-second-plant-agreement"
    assert db.execute("SELECT count(*) FROM articles WHERE link = ?", [shared]).fetchone()[0] == 1


def test_a_demo_whose_feeds_all_fail_says_so_in_one_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "demo.yaml").write_text("feeds:\n  - name: Gone\n    url: gone.rss\n")
    result = cli("demo", "--config", str(tmp_path / "demo.yaml"), "--db", str(tmp_path / "d.db"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {tmp_path / 'demo.yaml'}: no feed gave an article; see each feed's error above"
    )
