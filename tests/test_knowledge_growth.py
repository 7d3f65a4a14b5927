"""The analyst grows the knowledge base: suggestions for unknown names, their own file merged
over the shipped one, stored articles brought up to date, and names typed as analysts type them."""

import json
from pathlib import Path

from conftest import FeedServer, item, rss, write_config

from monitor.nlp.kb import KB_PATH

CHIANG = rss(
    item("1", "Chiang Wan-an opens Taipei drill centre", "https://c.example/1",
         description="Taipei Mayor Chiang Wan-an opened a civil defence drill centre on Monday. "
                     "Chiang said the city had trained 4,000 volunteers.",
         pubDate="Mon, 30 Nov 2026 02:00:00 GMT"),
    item("2", "Mayor Chiang Wan-an meets Japanese delegation", "https://c.example/2",
         description="Mayor Chiang Wan-an met a delegation from Tokyo's assembly on Tuesday.",
         pubDate="Tue, 01 Dec 2026 02:00:00 GMT"),
    item("3", "Takaichi and the Takaichi Foundation", "https://c.example/3",
         description="Prime Minister Sanae Takaichi spoke in Tokyo. Takaichi said Japan would "
                     "keep talking with Taiwan.",
         pubDate="Tue, 01 Dec 2026 03:00:00 GMT"),
)  # fmt: skip


def fetched(tmp_path: Path, feed_server: FeedServer, cli, **config: str):  # type: ignore[no-untyped-def]
    url = feed_server.feed("/c", CHIANG)
    path = write_config(tmp_path / "feeds.yaml", [{"name": "City", "url": url}])
    if config:
        path.write_text(
            path.read_text() + "".join(f"{key}: {value}\n" for key, value in config.items())
        )
    assert cli("fetch").exit_code == 0
    return path


def test_unknown_names_come_with_a_type_aliases_and_the_command_to_add_them(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    fetched(tmp_path, feed_server, cli)
    rows = json.loads(cli("entities", "unknown", "--since", "30d", "--json").stdout)
    chiang = next(row for row in rows if row["name"] == "Chiang Wan-an")
    assert chiang["suggested_type"] == "PERSON" and chiang["articles"] == 2
    assert chiang["add_command"].startswith("monitor entities add --type PERSON")
    assert chiang["add_command"].endswith(" -- 'Chiang Wan-an'")


def test_an_added_entity_goes_to_the_users_file_and_reanalyze_links_stored_articles(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "my-entities.yaml"
    fetched(tmp_path, feed_server, cli, knowledge_base=str(mine))
    shipped = KB_PATH.read_bytes()
    added = cli("entities", "add", "Chiang Wan-an", "--type", "PERSON", "--alias", "蔣萬安",
                "--country", "taiwan", "--description", "Mayor of Taipei from 2022")  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert "monitor reanalyze" in added.stderr
    assert KB_PATH.read_bytes() == shipped  # the shipped file stays as released
    assert "chiang-wan-an" in mine.read_text(encoding="utf-8")
    before = cli("articles", "--entity", "Chiang Wan-an", "--json")
    assert json.loads(before.stdout) == []  # known now, linked in no stored article yet
    result = json.loads(cli("reanalyze", "--json").stdout)
    assert result["articles"] == 3 and result["failed"] == 0
    titles = {
        r["title"] for r in json.loads(cli("articles", "--entity", "蔣萬安", "--json").stdout)
    }
    assert titles == {"Chiang Wan-an opens Taipei drill centre",
                      "Mayor Chiang Wan-an meets Japanese delegation"}  # fmt: skip
    again = cli("entities", "add", "Chiang", "--type", "PERSON", "--alias", "Chiang Wan-an")
    assert again.exit_code == 1 and "already names chiang-wan-an" in again.stderr


def test_a_broken_user_file_is_one_line_naming_it(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "my-entities.yaml"
    mine.write_text("version: 1\nentities:\n  - id: Bad Id\n    name: x\n    type: PERSON\n")
    (tmp_path / "feeds.yaml").write_text(f"feeds: []\nknowledge_base: {mine}\n")
    result = cli("entities", "add", "Someone New", "--type", "PERSON")
    assert result.exit_code == 1 and str(mine) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_family_name_alone_finds_the_person_and_says_so(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    fetched(tmp_path, feed_server, cli)
    result = cli("articles", "--entity", "Takaichi", "--json")
    assert [r["title"] for r in json.loads(result.stdout)] == [
        "Takaichi and the Takaichi Foundation"
    ]
    assert "Sanae Takaichi (sanae-takaichi)" in result.stderr
