"""Entities and incursion counts stored during `monitor fetch`, and the commands that read them."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import FeedServer, item, rss, write_config

from monitor.json_lines import json_lines_in

ITEMS = rss(
    item("1", "Kishi visits Yonaguni", "https://n.example/1",
         description="Defence Minister Nobuo Kishi visited Yonaguni on Monday. Kishi said the "
                     "Taiwan Strait must stay calm. Mayor Kenji Itokazu greeted him.",
         pubDate="Wed, 25 Nov 2026 08:00:00 GMT"),
    item("2", "MND: 28 PLA aircraft near Taiwan", "https://n.example/2",
         description="Taiwan's Ministry of National Defense said 28 Chinese military aircraft "
                     "were detected around Taiwan on 24 November, and 19 of them entered the "
                     "air defence identification zone.",
         pubDate="Wed, 25 Nov 2026 02:00:00 GMT"),
    item("3", "Kishi Nobuo on the ADIZ", "https://n.example/3",
         description="Kishi Nobuo said Japan watched the ADIZ closely. Mayor Kenji Itokazu agreed.",
         pubDate="Thu, 26 Nov 2026 01:00:00 GMT"),
)  # fmt: skip
KOREAN = rss(  # a language monitor stores but does not analyse
    item("k1", "중국군, 대만 주변에서 대규모 훈련", "https://ko.example/1",
         description="중국군이 대만 주변에서 대규모 훈련을 실시했다고 국방부가 발표했다."),
)  # fmt: skip


def fetch(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    news = feed_server.feed("/news", ITEMS)
    ko = feed_server.feed("/ko", KOREAN)
    write_config(
        tmp_path / "feeds.yaml", [{"name": "News", "url": news}, {"name": "KO", "url": ko}]
    )
    assert cli("fetch").exit_code == 0


def test_fetch_stores_entities_mentions_and_counts(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    fetch(tmp_path, feed_server, cli)
    rows = json.loads(
        cli(
            "sql",
            "SELECT a.title, ae.* FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = 'nobuo-kishi' ORDER BY a.title",
            "--json",
        ).stdout
    )
    assert [r["title"] for r in rows] == ["Kishi Nobuo on the ADIZ", "Kishi visits Yonaguni"]
    visit = rows[1]
    assert visit["mention_count"] == 3  # title, full name, surname alone
    assert set(json.loads(visit["surface_forms_json"])) == {"Kishi", "Nobuo Kishi"}
    assert visit["first_mention_offset"] == 0
    (line,) = json.loads(cli("incursions", "--since", "2026-11-01", "--json").stdout)
    assert (line["day"], line["place"]) == ("2026-11-24", "Taiwan")
    assert line["text"] == "28 aircraft, of which 19 entered the ADIZ"  # one line, no double count
    assert {(f["count"], f["what"], f["zone"]) for f in line["facts"]} == {
        (28, "aircraft", "around Taiwan"),
        (19, "aircraft", "ADIZ"),
    }
    table = cli("incursions", "--since", "2026-11-01").stdout
    assert "place" in table.splitlines()[0] and "28 aircraft, of which 19 entered the ADIZ" in table


def test_non_english_articles_are_stored_and_marked(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    fetch(tmp_path, feed_server, cli)
    rows = json.loads(
        cli(
            "sql",
            "SELECT language, language_source, analysis_status, (SELECT count(*) FROM article_entities WHERE article_id = articles.id) AS entities FROM articles WHERE link LIKE '%ko.example%'",
            "--json",
        ).stdout
    )
    assert rows == [
        {
            "language": "ko",
            "language_source": "detected",
            "analysis_status": "not_english",
            "entities": 0,
        }
    ]


def test_entities_command_counts_and_compares(tmp_path: Path, feed_server: FeedServer, cli) -> None:  # type: ignore[no-untyped-def]
    fetch(tmp_path, feed_server, cli)
    rows = json.loads(cli("entities", "--since", "2026-11-01", "--json").stdout)
    kishi = next(r for r in rows if r["id"] == "nobuo-kishi")
    # Everything arrived just now: no history before the period, so no baseline ("new").
    assert (kishi["articles"], kishi["baseline"], kishi["change"]) == (2, None, None)
    table = cli("entities", "--since", "2026-11-01").stdout
    assert "Nobuo Kishi" in table and "new" in table and "+2" not in table
    assert "Kishi Nobuo" in kishi["surface_forms"]
    people = json.loads(
        cli("entities", "--since", "2026-11-01", "--type", "person", "--json").stdout
    )
    assert {r["type"] for r in people} == {"PERSON"}
    unknown = json.loads(cli("entities", "unknown", "--since", "2026-11-01", "--json").stdout)
    assert any("Itokazu" in r["name"] and r["articles"] == 2 for r in unknown)
    assert not any(r["in_kb"] for r in unknown)


def test_articles_by_entity_accepts_any_spelling(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    fetch(tmp_path, feed_server, cli)
    for spelling in ("Nobuo Kishi", "kishi nobuo", "Defense Minister Kishi Nobuo", "岸信夫"):
        titles = [
            r["title"] for r in json.loads(cli("articles", "--entity", spelling, "--json").stdout)
        ]
        assert sorted(titles) == ["Kishi Nobuo on the ADIZ", "Kishi visits Yonaguni"], spelling
    missing = cli("articles", "--entity", "Nobody Atall")
    assert missing.exit_code == 1 and "--entity: no entity called 'Nobody Atall'" in missing.stderr


def test_analyze_plain_text_and_jsonl(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from monitor.cli.main import main

    runner = CliRunner()
    result = runner.invoke(
        main, ["analyze"], input="Defence Minister Kishi Nobwo visited Yonaguni."
    )
    ((_, line),) = json_lines_in(result.stdout)
    output = json.loads(line)
    kishi = next(e for e in output["entities"] if e["canonical"] == "Nobuo Kishi")
    assert kishi == {"text": "Kishi Nobwo", "label": "PERSON", "canonical": "Nobuo Kishi",
                     "id": "nobuo-kishi", "start": 17, "end": 28, "kind": "name"}  # fmt: skip
    lines = "\n".join(
        json.dumps(record) for record in [
            {"id": "a", "title": "PLAAF drills", "text": "The PLA Air Force flew south."},
            {"id": "b", "text": "Nothing to see here."},
            {"id": "c", "title": "Senkaku", "text": "China Coast Guard ships near the Senkakus."},
        ]
    )  # fmt: skip
    result = runner.invoke(main, ["analyze", "--jsonl"], input=lines)
    outputs = [json.loads(line) for _, line in json_lines_in(result.stdout)]
    assert [o["id"] for o in outputs] == ["a", "b", "c"]
    assert {e["id"] for e in outputs[0]["entities"]} == {"plaaf"}
    assert outputs[1]["entities"] == []
    text = "Senkaku\n\nChina Coast Guard ships near the Senkakus."
    for entity in outputs[2]["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    report = {
        "id": "d",
        "published_utc": "2026-03-11T09:00:00Z",
        "text": "Four China Coast Guard ships entered Kinmen's restricted waters on Tuesday.",
    }
    result = runner.invoke(main, ["analyze", "--jsonl"], input=json.dumps(report))
    assert json.loads(result.stdout)["incursions"] == [
        {"count": 4, "what": "official ships", "zone": "restricted waters", "place": "Kinmen",
         "day": "2026-03-10"}
    ]  # fmt: skip
    late = runner.invoke(main, ["analyze", "--jsonl"], input='{"id": 1, "published_utc": "soon"}')
    assert late.exit_code == 1 and "line 1: published_utc 'soon'" in late.stderr
    bad = runner.invoke(main, ["analyze", "--jsonl"], input='{"id": 1}\nnot json\n')
    assert bad.exit_code == 1 and "line 2: not a JSON object" in bad.stderr


def test_a_pass_with_nothing_new_never_loads_the_model(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.feed("/news", ITEMS)
    write_config(tmp_path / "feeds.yaml", [{"name": "News", "url": url}])
    script = """
import sys
from pathlib import Path
from monitor.config import load_config
from monitor.pipeline import poll
from monitor.archive.store import connect_db
poll(load_config(Path(sys.argv[1])), connect_db(Path(sys.argv[2])), force=True)
print(int("spacy" in sys.modules))
"""
    args = [sys.executable, "-c", script, str(tmp_path / "feeds.yaml"), str(tmp_path / "m.db")]
    first = subprocess.run(args, capture_output=True, text=True, check=True)
    second = subprocess.run(args, capture_output=True, text=True, check=True)
    assert (first.stdout.strip(), second.stdout.strip()) == ("1", "0")
