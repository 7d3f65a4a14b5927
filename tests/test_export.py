"""`monitor export` and the Atom feeds of `monitor serve`, read by what other tools use: a feed
reader's parser (feedparser), an XML parser checking what the Atom schema requires, the csv
module and JSON."""

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import feedparser
import httpx
import pytest
from click.testing import CliRunner, Result
from lxml import etree
from processes import free_port, start, stop_process
from test_service import answers, wait_until

from monitor.cli.demo import DEMO_CONFIG
from monitor.cli.main import main
from monitor.json_lines import json_lines_in

ATOM = "{http://www.w3.org/2005/Atom}"


class Demo:
    """The demo archive (the bundled feeds, fetched and analysed, with its digest), read by
    `monitor ARGS --config demo/feeds.yaml --db ...`."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def run(self, *args: str) -> Result:
        result = CliRunner().invoke(
            main, [*args, "--config", str(DEMO_CONFIG), "--db", str(self.db)],
            catch_exceptions=False,
        )  # fmt: skip
        return result

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "monitor.cli", *args, "--config", str(DEMO_CONFIG),
                "--db", str(self.db)]  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    db = tmp_path_factory.mktemp("export") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    yield Demo(db)


def articles_json(demo: Demo, *args: str) -> list[dict[str, object]]:
    result = demo.run("articles", "--json", "-n", "100000", *args)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_atom_of_security_articles_parses_with_one_entry_per_article(demo: Demo) -> None:
    result = demo.run("export", "--theme", "security", "--format", "atom")
    assert result.exit_code == 0, result.stderr
    parsed = feedparser.parse(result.stdout_bytes)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    security = articles_json(demo, "--theme", "security")
    assert len(security) > 20  # more than `articles` shows by default: export has no limit
    assert [entry.link for entry in parsed.entries] == [row["link"] for row in security]
    assert [entry.title for entry in parsed.entries] == [row["title"] for row in security]
    assert len({entry.id for entry in parsed.entries}) == len(security)
    assert parsed.feed.title == "monitor: security articles"
    assert all("security" in {tag.term for tag in entry.tags} for entry in parsed.entries)
    assert {entry.author for entry in parsed.entries} <= {row["feed"] for row in security}


def test_atom_has_every_element_the_atom_schema_requires(demo: Demo) -> None:
    """RFC 4287: a feed has one id, title and updated, and an author unless every entry has
    one; an entry has one id, title and updated, and an alternate link unless it has content;
    ids are absolute IRIs and times RFC 3339."""
    for args in (["--theme", "security"], ["--digests"]):
        root = etree.fromstring(demo.run("export", *args, "--format", "atom").stdout_bytes)
        assert root.tag == f"{ATOM}feed"
        for name in ("id", "title", "updated"):
            assert len(root.findall(f"{ATOM}{name}")) == 1, name
        assert root.find(f"{ATOM}author/{ATOM}name").text
        entries = root.findall(f"{ATOM}entry")
        assert entries, args
        for entry in entries:
            for name in ("id", "title", "updated"):
                (element,) = entry.findall(f"{ATOM}{name}")
                assert element.text, name
            assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")
            datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
            links = [link for link in entry.findall(f"{ATOM}link")
                     if link.get("rel", "alternate") == "alternate"]  # fmt: skip
            assert links or entry.find(f"{ATOM}content") is not None
            if args[0] == "--theme":
                assert links and links[0].get("href").startswith("https://")


def test_the_digests_feed_holds_each_stored_digest(demo: Demo) -> None:
    parsed = feedparser.parse(demo.run("export", "--digests", "--format", "atom").stdout_bytes)
    (entry,) = parsed.entries
    stored = json.loads(demo.run("digests", "list", "--json").stdout)[0]
    assert entry.title == stored["subject"]
    assert "Headlines" in entry.content[0].value


def test_csv_and_jsonl_hold_the_same_rows_with_the_columns_of_articles_json(demo: Demo) -> None:
    as_csv = demo.run("export", "--theme", "security", "--format", "csv").stdout
    as_jsonl = demo.run("export", "--theme", "security").stdout  # JSON Lines by default
    reader = csv.DictReader(io.StringIO(as_csv))
    security = articles_json(demo, "--theme", "security")
    assert reader.fieldnames == list(security[0])
    rows = list(reader)
    lines = [json.loads(line) for _, line in json_lines_in(as_jsonl)]
    assert lines == security
    assert len(rows) == len(lines)
    for row, line in zip(rows, lines, strict=True):
        assert row == {key: "; ".join(value) if isinstance(value, list) else str(value)
                       for key, value in line.items()}  # fmt: skip


def test_every_selection_the_cli_can_express(demo: Demo, tmp_path: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = demo.run("export", *args)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["id"] for _, line in json_lines_in(result.stdout)]

    liaoning = ids("--theme", "security", "--entity", "CNS Liaoning")
    assert liaoning == [row["id"] for row in articles_json(demo, "--entity", "Liaoning")]
    assert len(liaoning) == 3
    ledger = ids("--feed", "Formosa Ledger", "--since", "2026-11-25")
    assert ledger == [row["id"] for row in articles_json(demo, "--feed", "Formosa Ledger",
                                                         "--since", "2026-11-25")]  # fmt: skip
    # An alert rule selects every article its rule matches (its emails name one per day).
    big_days = ids("--alert", "Big days around Taiwan")
    assert len(big_days) == 3  # 25 November's figures, from two English outlets and a Chinese one
    assert ids("-n", "5") == [row["id"] for row in articles_json(demo)][:5]
    out = tmp_path / "liaoning.csv"
    assert (
        demo.run("export", "--entity", "Liaoning", "--format", "csv", "--out", str(out)).stdout
        == ""
    )
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["liaoning.csv"]  # no partial file left
    for bad, message in ((["--theme", "defence"], "--theme: 'defence' is not one of"),
                         (["--alert", "Nope"], "no alert rule named 'Nope'"),
                         (["--alert", "Liaoning", "--theme", "security"], "--alert selects by the rule alone")):  # fmt: skip
        result = demo.run("export", *bad)
        assert result.exit_code == 1 and message in result.stderr, result.stderr


def test_serve_publishes_the_same_atom_feeds(demo: Demo) -> None:
    exported = feedparser.parse(
        demo.run(
            "export", "--theme", "security", "--entity", "Liaoning", "--format", "atom"
        ).stdout_bytes
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}/-/atom"
    process = start(demo.command("serve", "--port", str(port)),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_until(lambda: answers(f"{base}/digests.atom"))
        response = httpx.get(f"{base}/articles.atom?theme=security&entity=Liaoning", timeout=30)
        assert response.headers["content-type"].startswith("application/atom+xml")
        served = feedparser.parse(response.content)
        bad = httpx.get(f"{base}/articles.atom?theme=defence", timeout=30)
        limited = feedparser.parse(httpx.get(f"{base}/articles.atom?limit=2", timeout=30).content)
        digests = feedparser.parse(httpx.get(f"{base}/digests.atom", timeout=30).content)
    finally:
        stop_process(process)
    assert not served.bozo and served.feed.id == exported.feed.id
    assert served.feed.title == "monitor: security articles naming Liaoning aircraft carrier"
    assert [e.id for e in served.entries] == [e.id for e in exported.entries]
    assert len(served.entries) == 3
    assert served.feed.links[0].rel == "self" and "entity=Liaoning" in served.feed.links[0].href
    assert bad.status_code == 400 and "--theme: 'defence' is not one of" in bad.text
    assert len(limited.entries) == 2 and len(digests.entries) == 1


def test_export_out_feeds_a_fifo_and_a_symlink_keeps_its_link(demo: Demo, tmp_path: Path) -> None:
    """`--out` naming a FIFO (or /dev/stdout, a shell's `>(jq .)`): the reader gets the rows; a
    rename used to put a plain file in the FIFO's place and leave the reader waiting."""
    fifo = tmp_path / "rows"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True
    )
    reader.start()
    assert demo.run("export", "--format", "csv", "--out", str(fifo)).exit_code == 0
    reader.join(timeout=60)
    assert len(list(csv.DictReader(io.StringIO(received[0])))) == len(articles_json(demo))
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    (tmp_path / "shared").mkdir()
    link = tmp_path / "latest.jsonl"
    link.symlink_to(tmp_path / "shared" / "latest.jsonl")
    assert demo.run("export", "-n", "2", "--out", str(link)).exit_code == 0
    assert link.is_symlink()
    assert len(link.read_text(encoding="utf-8").splitlines()) == 2
