"""How commands print: every listing as JSON, JSON Lines, CSV and TSV with the same columns, the
table view on terminals wide and narrow, and reading commands that never write a database."""

import csv
import io
import json
import re
import sqlite3
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import item, rss, serving, write_config
from hostile import ROOT, monitor_command, run_on_terminal
from hypothesis import example, given
from hypothesis import strategies as st
from rich.cells import cell_len

import monitor.cli.themes
from monitor.archive.store import open_db
from monitor.cli.main import main
from monitor.cli.output import write_rows
from monitor.nlp.themes import load_corpus

LONG_LINK = (
    "https://news.example/politics/2026/11/25/"
    "defence-ministry-reports-aircraft-and-vessels-around-taiwan"
)
LONG_TITLE = (
    "Twelve PLA aircraft and five navy vessels detected around Taiwan on Wednesday, "
    "the defence ministry says"
)
STORIES = rss(
    item("s1", LONG_TITLE, LONG_LINK, pubDate="Wed, 25 Nov 2026 08:00:00 GMT",
         description="Taiwan's Ministry of National Defense said it detected 12 Chinese "
                     "military aircraft and five navy vessels around Taiwan on Wednesday."),
    item("s2", "Koo meets Japanese officials in Kagoshima", "https://news.example/2",
         pubDate="Thu, 26 Nov 2026 01:00:00 GMT",
         description="Defence Minister Wellington Koo met Japanese officials in Kagoshima."),
    item("s3", "Kagoshima port welcomes a ferry from Keelung", "https://news.example/3",
         pubDate="Fri, 27 Nov 2026 01:00:00 GMT",
         description="A ferry from Keelung docked in Kagoshima with Taiwanese tourists. "
                     "Mayor Shimozuru Takahiro of Kagoshima welcomed them, and the ferry's "
                     "captain, Lin Wei-ting, said more sailings would follow."),
)  # fmt: skip
FORMATS = ("json", "jsonl", "csv", "tsv")
NO_DATABASE = "no database here yet (run `monitor fetch` first, or use --db)"


@dataclass(frozen=True)
class Archive:
    """A real archive: one feed served on 127.0.0.1, fetched and analysed, with two digests."""

    config: Path
    db: Path

    def run(self, *args: str, config: Path | None = None, db: Path | None = None) -> Result:
        env = {"MONITOR_CONFIG": str(config or self.config), "MONITOR_DB": str(db or self.db)}
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    home = tmp_path_factory.mktemp("archive")
    with serving() as server:
        config = write_config(home / "feeds.yaml", [{"name": "News", "url": server.feed("/news", STORIES)}])  # fmt: skip
        archive = Archive(config, home / "monitor.db")
        for args in (["fetch"], ["digest", "--date", "2026-11-26"], ["digest", "--date", "2026-11-27"]):  # fmt: skip
            result = archive.run(*args)
            assert result.exit_code == 0, result.stderr
        yield archive


# Each listing command, and whether two runs print the same values (a fetch takes its own time).
LISTINGS: dict[str, tuple[list[str], bool]] = {
    "fetch": (["fetch"], False),
    "feeds check": (["feeds", "check"], False),
    "feeds list": (["feeds", "list"], True),
    "articles": (["articles", "--since", "2000-01-01"], True),
    "articles --explain": (["articles", "--explain"], True),
    "search": (["search", "Kagoshima OR aircraft"], True),
    "entities": (["entities", "--since", "3650d"], True),
    "entities unknown": (["entities", "unknown", "--since", "3650d"], True),
    "incursions": (["incursions", "--since", "3650d"], True),
    "digests list": (["digests", "list"], True),
    "status": (["status"], True),
    "sql": (["sql", "SELECT name, url, tags_json, consecutive_failures FROM feeds"], True),
    "doctor": (["doctor"], True),
}


def as_cell(value: Any) -> str:
    """What a CSV or TSV cell holds for a JSON value: lists of plain values joined with "; ",
    nested objects as JSON text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and not any(isinstance(v, dict | list) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parsed(result: Result, output: str) -> list[Any]:
    assert result.exit_code == 0, result.stderr
    if output == "json":
        return list(json.loads(result.stdout))
    if output == "jsonl":
        return [json.loads(line) for line in result.stdout.split("\n") if line]
    dialect = "excel-tab" if output == "tsv" else "excel"
    return list(csv.reader(io.StringIO(result.stdout), dialect=dialect))


@pytest.mark.parametrize("name", LISTINGS)
def test_every_listing_prints_each_format_with_the_columns_of_json(
    archive: Archive, name: str
) -> None:
    args, same_values = LISTINGS[name]
    printed = archive.run(*args, "--json")
    assert printed.exit_code == 0, printed.stderr
    data = json.loads(printed.stdout)
    rows = data["feeds"] if name == "status" else data  # status --json: feeds and digests
    assert rows, f"monitor {name} found nothing to print"
    header = list(rows[0])
    lines = parsed(archive.run(*args, "--jsonl"), "jsonl")
    assert all(isinstance(line, dict) and list(line) == header for line in lines)
    assert len(lines) == len(rows)
    for output in ("csv", "tsv"):
        table = parsed(archive.run(*args, f"--{output}"), output)
        assert table[0] == header
        assert len(table) == len(rows) + 1
        if same_values:
            assert table[1:] == [[as_cell(row[key]) for key in header] for row in rows]
        else:
            assert [cells[0] for cells in table[1:]] == [row[header[0]] for row in rows]
    if same_values:
        assert lines == rows


def test_nested_values_become_one_cell_each() -> None:
    out = io.StringIO()
    record = ["x", ["a", "b"], [{"to": "ana", "status": "sent"}], {"k": 1}, True, None, 1.5]
    write_rows("csv", ["name", "tags", "deliveries", "meta", "ok", "none", "n"], [record], out)
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["name", "tags", "deliveries", "meta", "ok", "none", "n"],
        ["x", "a; b", '[{"to": "ana", "status": "sent"}]', '{"k": 1}', "true", "", "1.5"],
    ]


FORMULA_OPENERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_TITLE = '=HYPERLINK("http://attacker.example/","Read the full report")'


def test_a_title_a_spreadsheet_would_run_is_exported_as_text(tmp_path: Path) -> None:
    """CSV injection: a feed's title that begins a formula reaches CSV and TSV as text (a leading
    apostrophe, which spreadsheets hide), and JSON Lines as the feed wrote it."""
    story = item("f1", FORMULA_TITLE, "https://news.example/f1", pubDate="Wed, 25 Nov 2026 08:00:00 GMT")  # fmt: skip
    with serving() as server:
        config = write_config(tmp_path / "feeds.yaml", [{"name": "@Hostile", "url": server.feed("/f", rss(story))}])  # fmt: skip
        archive = Archive(config, tmp_path / "monitor.db")
        assert archive.run("fetch").exit_code == 0
    exported = parsed(archive.run("export", "--format", "csv"), "csv")
    listed = [parsed(archive.run("articles", "--since", "2000-01-01", f"--{o}"), o) for o in ("csv", "tsv")]  # fmt: skip
    for table in (exported, *listed):
        row = dict(zip(table[0], table[1], strict=True))
        assert row["title"] == "'" + FORMULA_TITLE
        assert row["feed"] == "'@Hostile"
    (stored,) = parsed(archive.run("export", "--format", "jsonl"), "jsonl")
    assert stored["title"] == FORMULA_TITLE


FULL_WIDTH_FORMULA = '＝HYPERLINK("http://attacker.example/","続きを読む")'


def test_a_full_width_formula_title_is_exported_as_text(tmp_path: Path) -> None:
    """A Japanese or Chinese title begun by a full-width "＝", "＋", "－" or "＠" reaches CSV and
    TSV as text, as its ASCII twin does: a spreadsheet that folds a cell's width would run it.
    Before (robustAO): written as it came."""
    titles = [FULL_WIDTH_FORMULA, "＋81 3 1234", "－台湾海峡", "＠国防部", "﹦SUM(1)"]
    stories = [item(f"w{n}", title, f"https://news.example/w{n}") for n, title in enumerate(titles)]
    with serving() as server:
        config = write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": server.feed("/w", rss(*stories))}])  # fmt: skip
        archive = Archive(config, tmp_path / "monitor.db")
        assert archive.run("fetch").exit_code == 0
    exported = parsed(archive.run("export", "--format", "csv"), "csv")
    listed = parsed(archive.run("articles", "--since", "2000-01-01", "--tsv"), "tsv")
    for table in (exported, listed):
        column = table[0].index("title")
        assert sorted(row[column] for row in table[1:]) == sorted("'" + t for t in titles)
    stored = parsed(archive.run("export", "--format", "jsonl"), "jsonl")
    assert sorted(row["title"] for row in stored) == sorted(titles)


@given(st.lists(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False)), max_size=4))
@example(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x", -1, "a=b"])
@example(["＝1+1", "＋cmd", "－2+3", "＠SUM(A1)", "﹦x", "﹢x", "﹣x", "﹫x", "a＝b"])
def test_no_text_cell_starts_a_formula_and_each_row_reads_back_whole(values: list[Any]) -> None:
    for output in ("csv", "tsv"):
        out = io.StringIO()
        write_rows(output, [f"c{i}" for i in range(len(values))], [values], out)
        dialect = "excel-tab" if output == "tsv" else "excel"
        cells = list(csv.reader(io.StringIO(out.getvalue()), dialect=dialect))[-1] if values else []
        for value, cell in zip(values, cells, strict=True):
            if not isinstance(value, str):
                assert cell == str(value)  # numbers stay numbers, "-1" included
                continue
            assert not unicodedata.normalize("NFKC", cell[:1]).startswith(FORMULA_OPENERS)
            text = value.replace("\r\n", "\n").replace("\r", "\n")  # one break, read by all
            assert cell in (text, "'" + text)


def test_two_formats_at_once_are_a_usage_error(archive: Archive) -> None:
    for args, _ in LISTINGS.values():
        result = archive.run(*args, "--tsv", "--json")
        assert result.exit_code == 2, (args, result.stderr)
        assert "Error: --json and --tsv exclude each other; choose one" in result.stderr
        assert result.stdout == ""
    result = archive.run("sql", "SELECT 1", "--csv", "--fmt", "github")
    assert result.exit_code == 2 and "--csv and --fmt exclude each other" in result.stderr


def test_an_unknown_table_format_is_a_usage_error_that_lists_the_formats(archive: Archive) -> None:
    result = archive.run("sql", "SELECT 1", "--fmt", "markdown-ish")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'markdown-ish' is not a tabulate format" in result.stderr
    assert "github" in result.stderr and "psql" in result.stderr


def test_limit_applies_in_every_format(archive: Archive) -> None:
    for args in (
        ["articles"],
        ["search", "Kagoshima OR aircraft"],
        ["entities", "--since", "3650d"],
        ["entities", "unknown", "--since", "3650d"],
        ["digests", "list"],
    ):
        assert len(parsed(archive.run(*args, "--json"), "json")) > 1, args
        for output in FORMATS:
            rows = parsed(archive.run(*args, "-n", "1", f"--{output}"), output)
            assert len(rows) == (2 if output in ("csv", "tsv") else 1), (args, output)


def test_nothing_found_is_an_empty_array_no_json_lines_and_a_bare_header(archive: Archive) -> None:
    assert archive.run("articles", "--feed", "Nope", "--json").stdout == "[]\n"
    assert archive.run("articles", "--feed", "Nope", "--jsonl").stdout == ""
    none = "SELECT name, url FROM feeds WHERE 0"
    assert archive.run("sql", none, "--jsonl").stdout == ""
    assert archive.run("sql", none, "--csv").stdout == "name,url\n"


def test_in_a_pipe_the_view_is_tab_separated_rows_alone(archive: Archive) -> None:
    result = archive.run("status")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    columns = ["name", "health", "last_success_utc", "next_fetch_utc", "articles_per_day"]
    assert lines[0].split("\t") == columns
    assert [line.split("\t")[:2] for line in lines[1:]] == [["News", "ok"]]
    assert "last digest: 2026-11-27" in result.stderr and "next digest:" in result.stderr


# -- the table view on a terminal


def visible(shown: str) -> list[str]:
    """The lines a terminal shows, without colour codes."""
    return re.sub(r"\x1b\[[0-9;]*m", "", shown).replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize("columns", [80, 200])
def test_a_terminal_shows_links_and_times_whole(archive: Archive, columns: int) -> None:
    """At 200 columns a table whose title wraps; at 80, too narrow for the link and the time
    beside the other columns, a block of lines per article. Neither cuts a link or a time,
    nor any word of a title."""
    where = ("--config", str(archive.config), "--db", str(archive.db))
    code, shown = run_on_terminal("articles", *where, columns=columns)
    assert code == 0, shown
    lines = visible(shown)
    assert any(LONG_LINK in line for line in lines)
    assert any("2026-11-25T08:00:00Z" in line for line in lines)
    assert "…" not in shown
    words = set(re.findall(r"[\w']+", "\n".join(lines)))
    assert set(re.findall(r"[\w']+", LONG_TITLE)) <= words
    if columns == 200:
        assert "┃ published_utc" in lines[1]
        assert max(cell_len(line) for line in lines) <= columns
    else:
        assert "link           " + LONG_LINK in lines


def test_status_on_a_narrow_terminal_keeps_its_times_whole(archive: Archive) -> None:
    report = json.loads(archive.run("status", "--json").stdout)
    times = [report["feeds"][0]["last_success_utc"], report["feeds"][0]["next_fetch_utc"]]
    where = ("--config", str(archive.config), "--db", str(archive.db))
    code, shown = run_on_terminal("status", *where, columns=80)
    assert code == 0, shown
    lines = visible(shown)
    for time in times:
        assert any(time in line for line in lines), time


# -- reading commands never write


def test_status_and_feeds_list_on_another_database_write_nothing(
    archive: Archive, tmp_path: Path
) -> None:
    """As `monitor status --db db/demo.db` without --config: the feeds of ./feeds.yaml are shown
    as not fetched yet, and the database is left as it was."""
    other = tmp_path / "demo.db"
    open_db(other).close()
    before = other.read_bytes()
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Real", "url": "https://real.example/rss"}])  # fmt: skip
    status = archive.run("status", "--json", config=config, db=other)
    listed = archive.run("feeds", "list", "--json", config=config, db=other)
    assert other.read_bytes() == before
    with closing(sqlite3.connect(other)) as db:
        assert db.execute("SELECT count(*) FROM feeds").fetchone() == (0,)
    assert status.exit_code == 0, status.stderr
    (feed,) = json.loads(status.stdout)["feeds"]
    assert feed["name"] == "Real" and feed["health"] == "not fetched yet"
    assert feed["last_success_utc"] is None and feed["articles_per_day"] == 0
    assert listed.exit_code == 0, listed.stderr
    (feed,) = json.loads(listed.stdout)
    assert feed["health"] == "not fetched yet" and feed["articles"] == 0
    assert feed["url"] == "https://real.example/rss"


READING = [
    ["articles"],
    ["search", "Kagoshima"],
    ["entities"],
    ["entities", "unknown"],
    ["incursions"],
    ["digests", "list"],
    ["feeds", "list"],
    ["status"],
    ["sql", "SELECT 1"],
    ["alerts", "history"],
]


def test_reading_commands_refuse_a_missing_database_and_create_nothing(
    archive: Archive, tmp_path: Path
) -> None:
    typo = tmp_path / "nowhere" / "monitr.db"
    for args in READING:
        result = archive.run(*args, "--csv", db=typo)
        assert result.exit_code == 1, (args, result.stdout)
        assert result.stderr.splitlines() == [f"Error: {typo}: {NO_DATABASE}"], args
        assert result.stdout == ""
    # doctor on a fresh installation warns, and passes: nothing has been fetched yet.
    doctor = archive.run("doctor", "--json", db=typo)
    assert doctor.exit_code == 0, doctor.stderr
    checks = {check["name"]: check for check in json.loads(doctor.stdout)}
    assert checks["database"]["status"] == "warn"
    assert checks["database"]["detail"] == f"{typo}: not created yet (monitor fetch creates it)"
    assert not typo.parent.exists()


# -- monitor sql


_NAMES = st.sampled_from(["id", "id_2", "title", "raw", "名前"])
_VALUES = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | st.binary()
)


@given(
    st.lists(_NAMES, min_size=1, max_size=5).flatmap(
        lambda columns: st.tuples(
            st.just(columns),
            st.lists(st.lists(_VALUES, min_size=len(columns), max_size=len(columns)), max_size=4),
        )
    ),
    st.booleans(),
)
@example((["id", "id", "id_2"], [[1, b"\x00", "x"]]), False)  # id_2 is taken: id_3
# sqlite-utils keeps U+0085 and U+2028 raw in a string; monitor escapes them, since a
# line-oriented reader or JavaScript splits a record there (json_lines.json_text)
@example((["id", "id", "id"], [[None, None, "\x85"]]), False)
@example((["title"], [["one\u2028two"], ["three"]]), True)
def test_json_is_written_as_sqlite_utils_writes_it(
    table: tuple[list[str], list[list[Any]]], lines: bool
) -> None:
    """Repeated column names, binary values, non-ASCII text, no rows: the same text as
    sqlite-utils' own writer, which monitor no longer imports to write JSON, but for the
    line and paragraph separators that monitor writes escaped."""
    from sqlite_utils.cli import output_rows

    columns, rows = table
    ours = io.StringIO()
    write_rows("jsonl" if lines else "json", columns, rows, ours)
    theirs = list(output_rows(iter(rows), columns, lines, False, False))
    if lines and not rows:
        theirs = []  # JSON Lines of nothing is nothing (sqlite-utils prints "[]")
    expected = "".join(line + "\n" for line in theirs)
    for separator in ("\x85", "\u2028", "\u2029"):
        expected = expected.replace(separator, json.dumps(separator).strip('"'))
    assert ours.getvalue() == expected


def test_sql_prints_every_format_and_stays_read_only(archive: Archive) -> None:
    query = "SELECT name, x'00ff' AS raw, 1.5 AS half, NULL AS absent FROM feeds"
    binary = {"$base64": True, "encoded": "AP8="}
    expected = {"name": "News", "raw": binary, "half": 1.5, "absent": None}
    assert parsed(archive.run("sql", query, "--json"), "json") == [expected]
    assert parsed(archive.run("sql", query, "--jsonl"), "jsonl") == [expected]
    for output in ("csv", "tsv"):
        assert parsed(archive.run("sql", query, f"--{output}"), output) == [
            ["name", "raw", "half", "absent"],
            ["News", json.dumps(binary), "1.5", ""],
        ]
    markdown = archive.run("sql", "SELECT name, consecutive_failures FROM feeds", "--fmt", "github")
    assert markdown.stdout.splitlines()[0].split() == ["|", "name", "|", "consecutive_failures", "|"]  # fmt: skip
    assert markdown.stdout.splitlines()[2].split() == ["|", "News", "|", "0", "|"]
    before = archive.db.read_bytes()
    for output in FORMATS:
        refused = archive.run("sql", "DELETE FROM articles", f"--{output}")
        assert refused.exit_code == 1 and refused.stdout == ""
        assert "read-only; the write was refused" in refused.stderr
    attach = archive.run("sql", f"ATTACH '{archive.db.parent / 'new.db'}' AS new", "--csv")
    assert attach.exit_code == 1 and not (archive.db.parent / "new.db").exists()
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"
    stopped = archive.run("sql", endless, "--jsonl", "--timeout", "0.5")
    assert stopped.exit_code == 1 and stopped.stdout == ""
    assert stopped.stderr.splitlines() == ["Error: query stopped after 0.5 s (--timeout allows longer)"]  # fmt: skip
    assert archive.db.read_bytes() == before


def test_a_reader_that_stops_early_ends_the_command_quietly(archive: Archive) -> None:
    """`monitor sql ... --csv | head -1`: more rows than a pipe holds, and a reader that takes
    one line and goes. Old release: "Error: a file: Broken pipe" on stderr."""
    many = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 300000) SELECT x FROM n"  # fmt: skip
    where = ("--config", str(archive.config), "--db", str(archive.db))
    process = subprocess.Popen(
        monitor_command("sql", many, "--csv", *where), cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline() == "x\n"
        process.stdout.close()
        with process.stderr:
            stderr = process.stderr.read()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1
    assert stderr == ""


# -- train


def test_train_prints_its_figures_as_rows(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a small part of the corpus, so that training takes a moment: what is printed is
    what this tests."""
    corpus = load_corpus()
    small = [e for e in corpus if e.split == "train"][:300] + [
        e for e in corpus if e.split == "test"
    ][:100]
    monkeypatch.setattr(monitor.cli.themes, "load_corpus", lambda: small)
    model = str(tmp_path / "themes.npz")
    report = json.loads(archive.run("train", "--model", model, "--force", "--json").stdout)
    assert report["replaced"] and report["new"]["macro_f1"] > 0
    table = parsed(archive.run("train", "--model", model, "--force", "--csv"), "csv")
    assert table[0] == ["model", "theme", "precision", "recall", "f1"]
    assert [(cells[0], cells[1]) for cells in table[1:]] == [
        (model_name, theme)
        for model_name in ("current", "new")
        for theme in ("cooperation", "security", "macro")
    ]
    lines = parsed(archive.run("train", "--model", model, "--force", "--jsonl"), "jsonl")
    assert lines[-1] | {"f1": None} == {"model": "new", "theme": "macro", "precision": None,
                                        "recall": None, "f1": None}  # fmt: skip
