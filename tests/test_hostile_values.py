"""What a user types, face to face with the archive: --since at the calendar's edges, full-text
queries in any syntax, alert-rule queries, and numbers past any meaning in feeds.yaml and on
the command line.

Each test names, in its docstring, what the code before this audit (e75fd20b) did, as observed
by running the test against it.
"""

import asyncio
import json
import sqlite3
import typing
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import item, rss, write_config
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel

from monitor.alert_config import AlertConfig, IncursionThreshold, check_fts_query
from monitor.archive.selection import text_index
from monitor.cli.main import main
from monitor.clock import parse_since, to_iso
from monitor.config import DigestConfig, EmailConfig, FeedConfig, load_config
from monitor.errors import ConfigError

HUGE = "99999999999999999999"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """An English and a Japanese article, stored once for the module: (feeds.yaml, database)."""
    folder = tmp_path_factory.mktemp("values")
    feed = folder / "wire.rss"
    feed.write_bytes(rss(
        item("v1", "Talks on the Taiwan Strait open", "https://news.example/v/1"),
        item("v2", "尖閣諸島の防衛を議論", "https://news.example/v/2"),
        item("v3", "尖閣の天気は晴れ", "https://news.example/v/3"),
    ))  # fmt: skip
    config = write_config(folder / "feeds.yaml", [{"name": "Wire", "url": str(feed)}])
    db = folder / "monitor.db"
    assert run(config, db, "fetch", "--no-alerts").exit_code == 0
    yield config, db


def run(config: Path, db: Path, *args: str) -> Result:
    env = {"MONITOR_CONFIG": str(config), "MONITOR_DB": str(db)}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def titles(result: Result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [row["title"] for row in json.loads(result.stdout)]


# -- --since


def test_since_before_the_year_1000_selects_the_whole_archive(archive: tuple[Path, Path]) -> None:
    """Before: times were written with the C library's %Y, "500-01-01T...", which sorts after
    "2026" as text: `articles --since 0500-01-01` (or `--since 400000d`) listed nothing."""
    for since in ("0500-01-01", "400000d"):
        assert len(titles(run(*archive, "articles", "--since", since, "--json"))) == 3


@pytest.mark.parametrize("since", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_since_past_the_calendar_in_utc_is_a_usage_error(
    archive: tuple[Path, Path], since: str
) -> None:
    """Before: each was "unexpected error: OverflowError: date value out of range" from
    `articles`, `search`, `export`, `entities`, `incursions`, `alerts test` and `reanalyze`."""
    for command in (["articles"], ["search", "Taiwan"], ["export"], ["incursions"]):
        result = run(*archive, *command, "--since", since)
        assert result.exit_code == 2, result.stderr
        assert "'--since'" in result.stderr and "years 1 to 9999" in result.stderr


MOMENTS = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)


@given(MOMENTS, MOMENTS)
@example(datetime(999, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
def test_stored_times_sort_as_text_as_they_do_in_time(one: datetime, other: datetime) -> None:
    """Every comparison of times in SQL is a comparison of their text."""
    one, other = one.replace(microsecond=0), other.replace(microsecond=0)
    assert (to_iso(one) < to_iso(other)) == (one < other)
    assert datetime.fromisoformat(to_iso(one).replace("Z", "+00:00")) == one


@given(st.text(max_size=40) | st.from_regex(r"\A\d{1,25}[mhdw]\Z") | st.builds(
    lambda moment, hours: moment.replace(tzinfo=None).isoformat() + f"{hours:+03d}:00",
    MOMENTS, st.integers(-23, 23)))  # fmt: skip
@example("0001-01-01T00:00:00+01:00")
def test_any_since_is_a_time_in_utc_or_a_value_error(text: str) -> None:
    """Before: a date with an offset came back in its own zone, to overflow where it was used."""
    try:
        moment = parse_since(text)
    except ValueError:
        return
    assert moment.utcoffset() == timedelta(0)
    to_iso(moment)


# -- full-text queries


def test_a_two_word_japanese_search_finds_the_article_with_both(archive: tuple[Path, Path]) -> None:
    """Before: "fts5: syntax error near "(" for any two words when one has a simplified or
    traditional form (尖閣 → (尖閣 OR 尖阁)): FTS5 takes no implicit AND beside a bracket."""
    found = titles(run(*archive, "search", "尖閣 防衛", "--json"))
    assert found == ["尖閣諸島の防衛を議論"]
    assert titles(run(*archive, "search", "防衛 尖閣", "--json")) == found


QUERY_PARTS = st.sampled_from(
    ["尖閣", "防衛", "台湾", "Taiwan", "strait", "text:", "title:", "NEAR(", ")", "(", '"', "AND",
     "OR", "NOT", "*", "^", "-", "+", ":", "{title summary}:", "尖", "x*", "'"]
)  # fmt: skip


@given(st.lists(QUERY_PARTS, min_size=1, max_size=6).map(" ".join) | st.text(max_size=20))
def test_any_search_answers_or_says_there_is_nothing_to_look_for(
    archive: tuple[Path, Path], query: str
) -> None:
    """`monitor search` runs any query it is given, as FTS5 syntax or else as its words."""
    result = run(*archive, "search", query, "--json")
    if result.exit_code == 0:
        return
    assert result.exit_code == 1 and "no words to look for" in result.stderr, result.stderr


@given(st.lists(QUERY_PARTS, min_size=1, max_size=6).map(" ".join))
@example("text: Taiwan")
@example("尖閣 text")
def test_a_rule_query_the_check_accepts_runs_on_the_archive(
    archive: tuple[Path, Path], query: str
) -> None:
    """What feeds.yaml's check accepts runs as the archive reads it, English or CJK. Before: the
    check ran it on a table with a column `text`, so "text: Taiwan" passed and failed every
    pass, and "尖閣 text" passed and failed in the CJK index (no AND beside its brackets)."""
    try:
        check_fts_query(query)
    except ValueError:
        return
    index = text_index(query)
    with closing(sqlite3.connect(archive[1])) as db:
        db.execute(f"SELECT * FROM {index.table} WHERE {index.table} MATCH ?", [index.expression])


def test_a_rule_query_reads_as_the_archive_reads_it(tmp_path: Path) -> None:
    """Before: "title: Taiwan", which `monitor search` runs, was refused ("no such column:
    title"), and "text: Taiwan", which no command can run, was accepted."""
    config = tmp_path / "feeds.yaml"
    for query, accepted in [("title: Taiwan", True), ("尖閣 防衛", True), ("text: Taiwan", False)]:
        config.write_text(f"feeds: []\ndigest: {{recipients: [a@b.example]}}\n"
                          f"alerts:\n  - name: Q\n    query: '{query}'\n")  # fmt: skip
        if accepted:
            load_config(config)
            continue
        with pytest.raises(ConfigError, match=r"alerts\[0\] 'Q': query: .*no such column: text"):
            load_config(config)


# -- numbers


CONFIG_MODELS = (FeedConfig, DigestConfig, EmailConfig, AlertConfig, IncursionThreshold)


def _numbers(model: type[BaseModel]) -> Iterator[tuple[str, list[Any]]]:
    """Each number field of `model` with its constraints, an optional one's too (pydantic keeps
    those inside the union: `Annotated[int, Le(...)] | None`)."""
    for name, field in model.model_fields.items():
        rules, kinds = list(field.metadata), []
        for kind in typing.get_args(field.annotation) or (field.annotation,):
            if typing.get_origin(kind) is typing.Annotated:
                kind, *more = typing.get_args(kind)
                rules += [part for rule in more for part in getattr(rule, "metadata", [rule])]
            kinds.append(kind)
        if any(kind in (int, float) for kind in kinds):
            yield name, rules


@pytest.mark.parametrize("model", CONFIG_MODELS, ids=lambda model: model.__name__)
def test_every_number_in_feeds_yaml_has_a_ceiling(model: type[BaseModel]) -> None:
    """A number with no ceiling loads, then fails each use of it once it passes the calendar
    or SQLite's 64 bits. Before: interval, max_items, quiet_days, timeout_seconds, at_least
    and max_per_hour had none."""
    numbers = dict(_numbers(model))
    assert numbers, "no number fields found: has pydantic changed how it keeps them?"
    for name, rules in numbers.items():
        assert any(hasattr(rule, "le") or hasattr(rule, "lt") for rule in rules), name


@pytest.mark.parametrize("section, field", [
    ("digest: {quiet_days: %s}", "digest.quiet_days"),
    ("feeds: [{name: A, url: a.rss, interval: %s}]", "interval"),
    ("alerts: [{name: Big, incursions: {what: aircraft, zone: ADIZ, at_least: %s}}]",
     "incursions.at_least"),
])  # fmt: skip
def test_an_absurd_number_in_feeds_yaml_is_one_line_before_anything_runs(
    tmp_path: Path, section: str, field: str
) -> None:
    """Before: each loaded, then `digest`, `status` and `run` (quiet_days, interval) and the
    alerts (at_least) failed with an unexpected OverflowError at every use."""
    config = tmp_path / "feeds.yaml"
    text = section % HUGE
    config.write_text(text if text.startswith("feeds") else f"feeds: []\n{text}\n")
    with pytest.raises(ConfigError, match=rf"{field}: must be at most [\d,]+ \(got {HUGE}\)"):
        load_config(config)


@pytest.mark.parametrize("command", [
    ["articles"], ["search", "Taiwan"], ["export"], ["digests", "list"], ["alerts", "history"],
    ["entities"],
], ids=" ".join)  # fmt: skip
def test_an_absurd_limit_is_a_usage_error(archive: tuple[Path, Path], command: list[str]) -> None:
    """Before: `-n 99999999999999999999` was "unexpected error: OverflowError: Python int too
    large to convert to SQLite INTEGER"; `entities -n -5` listed everything."""
    for limit in (HUGE, "-5"):
        result = run(*archive, *command, "-n", limit)
        assert result.exit_code == 2 and "'-n' / '--limit'" in result.stderr, result.stderr


def test_more_workers_than_processors_is_a_usage_error(archive: tuple[Path, Path]) -> None:
    """Before: `--workers 1000` was taken, and forked a thousand copies of the models at once."""
    for command in (["fetch"], ["reanalyze"]):
        result = run(*archive, *command, "--workers", "1000")
        assert result.exit_code == 2 and "'--workers'" in result.stderr, result.stderr


def test_an_absurd_limit_or_since_in_an_atom_url_is_a_400_saying_why(
    archive: tuple[Path, Path],
) -> None:
    """`monitor serve`'s feed URLs take the same values as `export`. Before: `limit` past
    SQLite's integers was a 500 (OverflowError inside the query), and so was a `since` past
    the calendar in UTC."""
    pytest.importorskip("datasette")
    from datasette.app import Datasette
    from datasette.plugins import pm

    from monitor.digest import datasette_atom

    config, db = archive
    registered = not pm.has_plugin(datasette_atom.PLUGIN)
    if registered:
        pm.register(datasette_atom, name=datasette_atom.PLUGIN)
    try:
        served = Datasette([str(db)], metadata={"plugins": datasette_atom.settings(db, config)})
        answers = {
            query: asyncio.run(served.client.get(f"/-/atom/articles.atom?{query}"))
            for query in (f"limit={HUGE}", "since=0001-01-01T00:00:00%2B01:00", "limit=2",
                          "arrived_since=99999999999d", "arrived_since=yesterday")
        }  # fmt: skip
    finally:
        if registered:
            pm.unregister(name=datasette_atom.PLUGIN)
    assert answers[f"limit={HUGE}"].status_code == 400
    assert answers[f"limit={HUGE}"].text.startswith("limit: from 1 to")
    assert answers["since=0001-01-01T00:00:00%2B01:00"].status_code == 400
    assert "years 1 to 9999" in answers["since=0001-01-01T00:00:00%2B01:00"].text
    assert answers["limit=2"].status_code == 200
    # Before (robustAO): named as `since`, the one option the reader had not given.
    for query in ("arrived_since=99999999999d", "arrived_since=yesterday"):
        assert answers[query].status_code == 400
        assert answers[query].text.startswith("--arrived-since: "), answers[query].text


@pytest.mark.parametrize("command", [
    ["search", "Tai\udcffwan"], ["articles", "--feed", "Tai\udcffwan"],
    ["export", "--entity", "Tai\udcffwan"], ["sql", "SELECT 'Tai\udcffwan'"],
    ["feeds", "add", "https://news.example/rss", "--name", "Tai\udcffwan"],
], ids=lambda command: command[0])  # fmt: skip
def test_an_argument_in_another_encoding_is_a_usage_error_naming_it(
    archive: tuple[Path, Path], command: list[str]
) -> None:
    """A byte that is not UTF-8 in an argument (a Latin-1 terminal, a pasted byte) reaches
    Python as half a character ("\\udcff"). Before: "unexpected error: UnicodeEncodeError:
    ... surrogates not allowed" from each of these, feeds.yaml's name check aside."""
    config, db = archive
    before = config.read_bytes()
    result = run(*archive, *command)
    assert result.exit_code == 2, result.stderr
    assert "Tai\\xffwan" in result.stderr and "is not UTF-8 text" in result.stderr
    assert config.read_bytes() == before


def test_a_query_timeout_that_is_no_number_of_seconds_is_a_usage_error(
    archive: tuple[Path, Path],
) -> None:
    """Before: `sql --timeout nan` was taken, and no deadline ever came: a query ran on."""
    for timeout in ("nan", "inf"):
        result = run(*archive, "sql", "SELECT 1", "--timeout", timeout)
        assert result.exit_code == 2 and "'--timeout'" in result.stderr, result.stderr
