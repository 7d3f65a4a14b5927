"""One question, one answer: the CLI, the digest and Datasette's canned queries give the same
numbers, and a feed's configured language is the one its articles get."""

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import FeedServer, item, rss

from monitor.archive.queries import datasette_queries
from monitor.archive.store import open_db
from monitor.config import load_config
from monitor.digest.build import build_digest

REPORTS = rss(
    item("1", "MND: 28 PLA aircraft, 7 ships around Taiwan", "https://r.example/1",
         description="Taiwan's Ministry of National Defense said 28 Chinese military aircraft and "
                     "7 naval vessels were detected around Taiwan on 24 November, and 19 of the "
                     "aircraft crossed the median line. Defence Minister Nobuo Kishi said Japan "
                     "was watching.", pubDate="Tue, 24 Nov 2026 08:00:00 GMT"),
    item("2", "Kishi visits Yonaguni", "https://r.example/2",
         description="Defence Minister Nobuo Kishi visited Yonaguni near Taiwan on Monday.",
         pubDate="Mon, 23 Nov 2026 08:00:00 GMT"),
)  # fmt: skip


def test_top_entities_and_incursions_agree_in_cli_digest_and_datasette(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: R\n    url: {feed_server.feed('/r', REPORTS)}\n"
    )
    assert cli("fetch").exit_code == 0
    canned = datasette_queries()
    conn = sqlite3.connect(tmp_path / "monitor.db")
    columns = ["id", "name", "type", "in_kb", "articles", "mentions"]
    datasette = {row[0]: row[4] for row in conn.execute(canned["top_entities_this_week"]["sql"])}
    from_cli = {r["id"]: r["articles"] for r in json.loads(cli("entities", "--json").stdout)}
    kb_only = {k: v for k, v in from_cli.items() if ":" not in k}
    assert kb_only and all(datasette[k] == v for k, v in kb_only.items()), (columns, datasette)
    assert from_cli["nobuo-kishi"] == 2
    facts = {
        (row[0], row[1], row[2], row[3]): row[4]
        for row in conn.execute(canned["incursions_by_day"]["sql"])
    }
    conn.close()
    (line,) = json.loads(cli("incursions", "--since", "2026-11-01", "--json").stdout)
    assert {(line["day"], line["place"], f["what"], f["zone"]): f["count"]
            for f in line["facts"]} == facts  # fmt: skip
    config = load_config(tmp_path / "feeds.yaml")
    now = datetime.now(UTC)
    digest = build_digest(
        open_db(tmp_path / "monitor.db"), config.digest, now.date(),
        (now - timedelta(days=1), now + timedelta(minutes=1)),
    )  # fmt: skip
    assert digest.incursions == [line]
    in_the_news = {row["id"]: row["articles"] for row in digest.top_entities}
    assert all(in_the_news[k] == kb_only[k] for k in in_the_news)


def test_a_feeds_language_key_overrides_its_declaration_and_skips_detection(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    mislabelled = rss(
        item("j", "台湾海峡で中国軍が演習", "https://j.example/1",
             description="中国軍は台湾周辺で大規模な演習を行ったと国防部が発表した。"),
        extra="<language>en-us</language>",
    )  # fmt: skip
    (tmp_path / "feeds.yaml").write_text(
        f"feeds:\n  - name: J\n    url: {feed_server.feed('/j', mislabelled)}\n    language: ja\n"
    )
    assert cli("fetch").exit_code == 0
    (row,) = json.loads(
        cli(
            "sql", "SELECT language, language_source, analysis_status FROM articles", "--json"
        ).stdout
    )
    # Read as Japanese (the cjk extra analyses it), not as the English the feed declares.
    assert row == {"language": "ja", "language_source": "feed", "analysis_status": "analyzed"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds:\n  - name: X\n    url: https://x.example/feed\n    language: Japanese\n")
    result = cli("fetch", config=bad)
    assert (
        result.exit_code == 1 and "language: must be a two-letter ISO 639-1 code" in result.stderr
    )


def test_config_errors_point_to_the_configuration_section(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text("feeds: []\ndigest:\n  tme: '07:30'\n")
    result = cli("fetch")
    assert result.exit_code == 1 and "README, Configuration" in result.stderr
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "\n## Configuration\n" in readme
