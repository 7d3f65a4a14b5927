"""What monitor writes for other programs and people, from an archive holding hostile values:
JSON any line reader keeps whole, Atom a feed reader lays out as written, and stored times a
hand edit made unreadable.

Each test names, in its docstring, what the code before this audit (e1a4ec14) did, as observed
by running the test against it.
"""

import gc
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import item, rss, write_config

ATOM = "{http://www.w3.org/2005/Atom}"
SEPARATORS = "\u2028\u2029\x85"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


TITLE = "Ferry line\u2028to Matsu\u2029reopens\x85today \u202esdrawkcab\u202c"


def change(db_path: Path, sql: str, *values: str) -> None:
    """What a user does in the sqlite3 shell, or another tool, to their own file."""
    with closing(sqlite3.connect(db_path)) as db, db:
        db.execute(sql, values)


@pytest.fixture
def archive(tmp_path: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    """Two stored articles; another tool wrote the first one's title with the line separators
    a web page may carry and a right-to-left override (ingest reads them as spaces, and keeps
    the override). Returns the database path."""
    feed = tmp_path / "wire.rss"
    feed.write_bytes(rss(
        item("s1", "Ferry line to Matsu reopens", "https://news.example/1",
             description="Boats sail again.", pubDate="Mon, 30 Nov 2026 10:00:00 GMT"),
        item("s2", "Fishing talks in Keelung", "https://news.example/2",
             description="Taiwan and Japan met on fisheries.",
             pubDate="Mon, 30 Nov 2026 11:00:00 GMT"),
    ))  # fmt: skip
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(feed)}])
    assert cli("fetch", "--no-alerts").exit_code == 0
    gc.collect()  # closes the in-process command's connection, as the end of a process would
    change(
        tmp_path / "monitor.db", "UPDATE articles SET title = ? WHERE title LIKE 'Ferry%'", TITLE
    )
    return tmp_path / "monitor.db"


@pytest.mark.parametrize(
    "command",
    [["export"], ["export", "--format", "jsonl"], ["articles", "--jsonl"], ["search", "Matsu",
     "--jsonl"], ["sql", "SELECT title FROM articles", "--jsonl"]],
)  # fmt: skip
def test_every_json_line_is_one_line_to_any_reader(archive: Path, cli, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A line reader that splits where Python's str.splitlines() or JavaScript does. Before:
    U+2028, U+2029 and U+0085 were written raw, so the first record came apart into four
    pieces, none of them JSON."""
    result = cli(*command)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert not set(SEPARATORS) & set(result.stdout)
    titles = {record["title"] for record in records}
    assert TITLE in titles


def test_a_digest_stored_by_an_older_release_prints_as_one_line(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """`monitor digest --json` prints a stored digest again. Before: it printed the JSON as
    stored, and one an older release stored with a separator raw in a title split its line."""
    assert cli("digest", "--date", "2026-11-30", "--json").exit_code == 0
    with closing(sqlite3.connect(archive)) as db, db:
        (stored,) = db.execute("SELECT content_json FROM digests").fetchone()
        content = {**json.loads(stored), "subject": TITLE}
        db.execute("UPDATE digests SET content_json = ?", [json.dumps(content, ensure_ascii=False)])
    result = cli("digest", "--date", "2026-11-30", "--json")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["subject"] == TITLE


def test_an_atom_export_keeps_no_bidi_control(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """A feed reader lays a title out as a mail client does. Before: the digest and alert mails
    left bidi controls out, the Atom export kept them, and a reader showed the rest of the
    title reversed."""
    result = cli("export", "--format", "atom")
    assert result.exit_code == 0, result.output
    assert not set(BIDI) & set(result.stdout)
    titles = [
        t.text or "" for t in ElementTree.fromstring(result.stdout_bytes).iter(f"{ATOM}title")
    ]
    assert any("sdrawkcab" in title and title.startswith("Ferry line") for title in titles)


@pytest.mark.parametrize("value", ["30/11/2026", "yesterday", "2026-13-45T99:00:00Z"])
@pytest.mark.parametrize(
    "command",
    [["export", "--format", "atom"], ["digest", "--preview"], ["reanalyze"], ["articles"],
     ["export", "--format", "csv"]],
)  # fmt: skip
def test_a_hand_edited_time_is_named_and_its_row_still_shown(
    archive: Path,
    cli,  # type: ignore[no-untyped-def]
    value: str,
    command: list[str],
) -> None:
    """Before: one published_utc edited by hand to a date that is not ISO 8601 stopped
    `export --format atom`, `digest --preview` and `reanalyze` with "unexpected error:
    ValueError: Invalid isoformat string", whatever else the archive held."""
    change(archive, "UPDATE articles SET published_utc = ? WHERE title LIKE 'Fishing%'", value)
    result = cli(*command)
    assert result.exit_code == 0, result.output
    if command[0] == "reanalyze":
        assert "analysed 2 articles again (0 failed)" in result.stderr
    else:
        assert "Fishing talks in Keelung" in result.stdout
    if command[0] in ("reanalyze", "digest") or command[-1] == "atom":
        assert f"published_utc: could not read '{value}' as a time" in result.stderr


def test_a_naive_hand_written_time_is_read_as_utc(archive: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """'2026-11-30 11:00' is ISO 8601 without an offset; the archive keeps every time in UTC.
    Before: the Atom export read it as the machine's local time."""
    change(archive, "UPDATE articles SET published_utc = '2026-11-30 11:00' WHERE title LIKE 'F%'")
    result = cli("export", "--format", "atom")
    assert result.exit_code == 0, result.output
    published = [
        p.text for p in ElementTree.fromstring(result.stdout_bytes).iter(f"{ATOM}published")
    ]
    assert "2026-11-30T11:00:00+00:00" in published


def test_a_hand_edited_fetch_log_stops_no_fetch(archive: Path, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every pass reads the latest start in the fetch log, so a clock that runs behind cannot
    bury new articles. Before: one started_utc edited to 'noon' failed every feed of every
    later pass with "ValueError: Invalid isoformat string"."""
    change(archive, "UPDATE fetches SET started_utc = 'noon'")
    (tmp_path / "wire.rss").write_bytes(
        rss(item("s3", "Drill off Penghu", "https://news.example/3"))
    )
    result = cli("fetch", "--no-alerts")
    assert result.exit_code == 0, result.output
    assert "1 new articles, 0 failed" in result.stderr
    assert "fetches: started_utc: could not read 'noon'" in result.stderr
