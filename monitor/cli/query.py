"""Reading the archive: `monitor articles`, `monitor search` and `monitor sql`."""

import json
import math
import re
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from ..archive.selection import (
    ARTICLE_FIELDS,
    Selection,
    article_conditions,
    select_articles,
    text_index,
)
from ..archive.store import open_db_readonly
from ..clock import parse_since, to_iso
from ..config import knowledge_base_path
from ..errors import MonitorError, StoreError
from ..nlp.language import primary_subtag
from ..vocabulary import THEMES
from .common import LIMIT, SINCE, common_options
from .output import (
    output_options,
    print_records,
    print_table,
    print_tabulated,
    stderr,
    table_format_option,
    write_rows,
)

DEFAULT_SQL_TIMEOUT_S = 10.0
PROGRESS_EVERY = 10_000  # SQLite virtual-machine instructions between checks
ARTICLE_COLUMNS = ["published_utc", "feed", "themes", "title", "link"]


def chosen_entity(db: sqlite_utils.Database, entity: str, config_path: Path) -> str:
    """The entity an `--entity` option names (any spelling or alias), said on stderr."""
    from ..archive.entity_store import pick_entity  # the knowledge base, for --entity alone
    from ..nlp.kb import knowledge_base

    kb = knowledge_base(knowledge_base_path(config_path))
    entity_id, _, note = pick_entity(db, entity, kb)
    stderr.print(note)
    return entity_id


def since_option(command: Any) -> Any:
    return click.option(
        "--since", type=SINCE, help="Only newer than this: 7d, 12h, 30m or a date."
    )(command)


def feed_option(command: Any) -> Any:
    return click.option("--feed", help="Only articles from this feed (its name).")(command)


def theme_option(command: Any) -> Any:
    return click.option(
        "--theme", type=click.Choice(THEMES), help="Only articles with this theme."
    )(command)


def lang_option(command: Any) -> Any:
    return click.option(
        "--lang",
        callback=_language_code,
        help="Only articles in this language (ISO 639-1): en, ja, zh, ...",
    )(command)


def _language_code(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """'zh-TW' -> 'zh': articles keep the primary subtag only."""
    if value is None:
        return None
    code = primary_subtag(value)
    if not re.fullmatch(r"[a-z]{2}", code):
        raise click.BadParameter(f"'{value}' is not a language code such as en, ja or zh")
    return code


def _finite(param: click.Parameter, value: float) -> float:
    if math.isnan(value):
        raise click.BadParameter("a number of seconds, not nan", param=param)
    return value


def limit_option(command: Any) -> Any:
    return click.option(
        "-n", "--limit", type=LIMIT, default=20, show_default=True, help="At most this many."
    )(command)


@click.command()
@common_options
@output_options
@since_option
@feed_option
@limit_option
@click.option("--entity", help="Only articles naming this entity (any spelling or alias).")
@theme_option
@click.option("--explain", is_flag=True, help="Show each theme's score and the terms behind it.")
@click.option(
    "--arrived-since", type=SINCE, help="Only articles that arrived since: 24h, or a date."
)
@click.option(
    "--left-out",
    is_flag=True,
    help="Only what a digest leaves out: not English, off-topic, failed.",
)
@lang_option
def articles(
    config_path: Path,
    db_path: Path,
    output: str | None,
    since: str | None,
    feed: str | None,
    limit: int,
    entity: str | None,
    theme: str | None,
    explain: bool,
    arrived_since: str | None,
    left_out: bool,
    lang: str | None,
) -> None:
    """The newest articles, newest first.

    \b
    Examples:
      monitor articles --since 2d --feed "Focus Taiwan" -n 50
      monitor articles --entity "Kishi Nobuo"
      monitor articles --theme security --explain
      monitor articles --lang ja
    """
    db = open_db_readonly(db_path)
    entity_id = chosen_entity(db, entity, config_path) if entity else None
    selection = Selection(
        published_since=to_iso(parse_since(since)) if since else None,
        arrived_since=to_iso(parse_since(arrived_since)) if arrived_since else None,
        feeds=(feed,) if feed else (),
        entity_ids=(entity_id,) if entity_id else (),
        themes=(theme,) if theme else (),
        language=lang,
        left_out=left_out,
    )
    rows = list(select_articles(db, selection, limit))
    if explain:
        _add_explanations(db, rows)
    _show(rows, output, "no articles match", explain)


def _add_explanations(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        themes = {
            theme: {"score": score, "tagged": bool(tagged), "terms": json.loads(terms)}
            for theme, score, tagged, terms in db.execute(
                "SELECT theme, score, tagged, top_terms_json FROM article_themes "
                "WHERE article_id = ? ORDER BY theme",
                [row["id"]],
            )
        }
        row["explanation"] = themes
        row["why"] = (
            "; ".join(
                f"{theme} {info['score']:.2f}: {', '.join(info['terms']) or 'labelled by analyst'}"
                for theme, info in themes.items()
                if info["tagged"]
            )
            or "off-topic"
        )


@click.command()
@common_options
@output_options
@click.argument("query")
@since_option
@feed_option
@theme_option
@lang_option
@limit_option
def search(
    config_path: Path,
    db_path: Path,
    output: str | None,
    query: str,
    since: str | None,
    feed: str | None,
    theme: str | None,
    lang: str | None,
    limit: int,
) -> None:
    """Full-text search over titles and texts, best matches first.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*. Japanese and
    Chinese words match as written, in any script (尖閣, 防空識別區 or 防空识别区).

    \b
    Examples:
      monitor search '"Taiwan Strait" OR ADIZ' --since 7d
      monitor search 尖閣 --lang ja
    """
    db = open_db_readonly(db_path)
    selection = Selection(
        published_since=to_iso(parse_since(since)) if since else None,
        feeds=(feed,) if feed else (),
        themes=(theme,) if theme else (),
        language=lang,
    )
    where, args = article_conditions(selection)
    index = text_index(query)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM {index.table} "
        f"JOIN articles a ON {index.joined} JOIN feeds f ON f.id = a.feed_id "
        f"WHERE {index.table} MATCH ? "
        + "".join(f"AND {clause} " for clause in where)
        + f"ORDER BY {index.table}.rank LIMIT ?"
    )
    try:
        rows = list(db.query(sql, [index.expression, *args, limit]))
    except sqlite3.OperationalError:
        # Not valid FTS syntax (a stray quote, a hyphen): search for the words as typed.
        words = re.findall(r"\w+", query)
        if not words:
            raise MonitorError(f"search: no words to look for in {query!r}") from None
        phrase = " ".join(f'"{word}"' for word in words)
        rows = list(db.query(sql, [text_index(phrase).expression, *args, limit]))
    for row in rows:
        row["themes"] = row["themes"].split(",") if row["themes"] else []
    _show(rows, output, "no articles match")


@click.command()
@common_options
@output_options
@click.option(
    "--fmt",
    "table_format",
    callback=table_format_option,
    metavar="TABLEFMT",
    help="Print a table in this tabulate format, as `sqlite-utils query --fmt` does: github "
    "(Markdown), grid, psql, html, latex, ...",
)
@click.argument("query")
@click.option(
    "--timeout",
    # At most a day; and "nan", which every comparison with a deadline lets through, ran a
    # query without end.
    type=click.FloatRange(min=0.1, max=86_400),
    callback=lambda _ctx, param, value: _finite(param, value),
    default=DEFAULT_SQL_TIMEOUT_S,
    show_default=True,
    help="Stop the query after this many seconds.",
)
def sql(
    config_path: Path,
    db_path: Path,
    output: str | None,
    table_format: str | None,
    query: str,
    timeout: float,
) -> None:
    """Run a read-only SQL query against the database. Ctrl-C stops it.

    Prints a table on a terminal, or --json, --jsonl, --csv, --tsv or --fmt TABLEFMT.

    \b
    Examples:
      monitor sql "SELECT name, consecutive_failures FROM feeds ORDER BY 2 DESC"
      monitor sql "SELECT title, link FROM articles" --csv > articles.csv
      monitor sql "SELECT day, count FROM incursions" --fmt github
    """
    if output and table_format:
        raise click.UsageError(f"--{output} and --fmt exclude each other; choose one")
    db = open_db_readonly(db_path)
    try:
        # All rows are read within the time limit, before any is printed: a reader paging
        # slowly through the output must not stop the query.
        with interruptible(db.conn, timeout) as stopped:
            cursor = db.execute(query)
            columns = [c[0] for c in cursor.description or []]
            rows = cursor.fetchall()
    except sqlite3.Error as exc:
        if stopped.reason:
            raise StoreError(stopped.reason) from None
        if any(word in str(exc) for word in ("readonly", "read-only", "query_only", "authorized")):
            message = f"{db_path}: monitor sql is read-only; the write was refused"
            raise StoreError(message) from None
        raise StoreError(f"SQL error: {exc}") from None
    if output:
        write_rows(output, columns, rows)
    elif table_format:
        print_tabulated(columns, rows, table_format)
    else:
        print_table(columns, rows, "no rows")


@dataclass
class _Stop:
    reason: str | None = None


@contextmanager
def interruptible(conn: sqlite3.Connection, timeout: float) -> Iterator[_Stop]:
    """Let a query run for at most `timeout` seconds, and stop it at Ctrl-C.

    SQLite calls the progress handler every few thousand instructions; answering non-zero
    aborts the statement ("interrupted"). Python's own SIGINT handling cannot reach into a
    running statement, so Ctrl-C only sets a flag that the handler reads.
    """
    stop = _Stop()
    deadline = time.monotonic() + timeout
    interrupted = threading.Event()

    def check() -> int:
        if interrupted.is_set():
            stop.reason = "query interrupted (Ctrl-C)"
        elif time.monotonic() > deadline:
            stop.reason = f"query stopped after {timeout:g} s (--timeout allows longer)"
        return int(stop.reason is not None)

    conn.set_progress_handler(check, PROGRESS_EVERY)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, lambda *_: interrupted.set()) if in_main else None
    try:
        yield stop
    finally:
        conn.set_progress_handler(None, PROGRESS_EVERY)
        if in_main:
            signal.signal(signal.SIGINT, previous)


def _show(
    rows: list[dict[str, Any]], output: str | None, empty: str, explain: bool = False
) -> None:
    for row in rows:
        if output:
            row.pop("why", None)  # for reading; the data formats have each theme's explanation
    print_records(rows, output, ARTICLE_COLUMNS + (["why"] if explain else []), empty)
