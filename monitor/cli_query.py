"""Reading the archive: `monitor articles`, `monitor search` and `monitor sql`."""

import json
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

from .cliutil import SINCE, common_options, knowledge_base_path
from .clock import parse_since, to_iso
from .errors import MonitorError, StoreError
from .output import (
    TABLE_FORMATS,
    output_options,
    print_records,
    print_table,
    print_tabulated,
    stderr,
    write_rows,
)
from .store import open_db_readonly
from .themes import THEMES

DEFAULT_SQL_TIMEOUT_S = 10.0
PROGRESS_EVERY = 10_000  # SQLite virtual-machine instructions between checks
ARTICLE_COLUMNS = ["published_utc", "feed", "themes", "title", "link"]
ARTICLE_FIELDS = (
    "a.id, a.published_utc, f.name AS feed, a.title, a.link, a.summary, a.language, a.fetched_utc, "
    "(SELECT group_concat(t.theme, ',') FROM article_themes t "
    " WHERE t.article_id = a.id AND t.tagged = 1) AS themes"
)


def _filters(
    since: str | None,
    feed: str | None,
    entity_id: str | None = None,
    theme: str | None = None,
    arrived_since: str | None = None,
    left_out: bool = False,
) -> tuple[list[str], list[Any]]:
    where, args = [], []
    if since:
        where.append("a.published_utc >= ?")
        args.append(to_iso(parse_since(since)))
    if arrived_since:
        where.append("a.fetched_utc >= ?")
        args.append(to_iso(parse_since(arrived_since)))
    if left_out:  # what a digest lists as left out: no story for it
        where.append("(a.analysis_status IN ('not_english', 'failed') OR a.off_topic = 1)")
    if feed:
        where.append("f.name = ?")
        args.append(feed)
    if entity_id:
        where.append("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        args.append(entity_id)
    if theme:
        where.append(
            "a.id IN (SELECT article_id FROM article_themes WHERE theme = ? AND tagged = 1)"
        )
        args.append(theme)
    return where, args


def _since_option(command: Any) -> Any:
    return click.option(
        "--since", type=SINCE, help="Only newer than this: 7d, 12h, 30m or a date."
    )(command)


def _feed_option(command: Any) -> Any:
    return click.option("--feed", help="Only articles from this feed (its name).")(command)


def _theme_option(command: Any) -> Any:
    return click.option(
        "--theme", type=click.Choice(THEMES), help="Only articles with this theme."
    )(command)


def _limit_option(command: Any) -> Any:
    return click.option("-n", "--limit", default=20, show_default=True, help="At most this many.")(
        command
    )


@click.command()
@common_options
@output_options
@_since_option
@_feed_option
@_limit_option
@click.option("--entity", help="Only articles naming this entity (any spelling or alias).")
@_theme_option
@click.option("--explain", is_flag=True, help="Show each theme's score and the terms behind it.")
@click.option(
    "--arrived-since", type=SINCE, help="Only articles that arrived since: 24h, or a date."
)
@click.option(
    "--left-out",
    is_flag=True,
    help="Only what a digest leaves out: not English, off-topic, failed.",
)
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
) -> None:
    """The newest articles, newest first.

    \b
    Examples:
      monitor articles --since 2d --feed "Focus Taiwan" -n 50
      monitor articles --entity "Kishi Nobuo"
      monitor articles --theme security --explain
    """
    db = open_db_readonly(db_path)
    entity_id = None
    if entity:
        from .entity_store import resolve_entity  # the knowledge base, for --entity alone
        from .kb import knowledge_base

        choice = resolve_entity(db, entity, knowledge_base(knowledge_base_path(config_path)))
        named = ", ".join(f"{name} ({entity_id})" for entity_id, name in choice.candidates)
        if choice.chosen is None and choice.candidates:
            raise MonitorError(f"--entity: '{entity}' could be {named}; give a fuller name")
        if choice.chosen is None:
            raise MonitorError(f"--entity: no entity called '{entity}' (see monitor entities)")
        entity_id = choice.chosen
        (_, chosen_name), *others = choice.candidates
        also = "; also named so: " + ", ".join(f"{n} ({i})" for i, n in others) if others else ""
        stderr.print(f"--entity {entity}: {chosen_name} ({entity_id}){also}")
    where, args = _filters(since, feed, entity_id, theme, arrived_since, left_out)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY a.published_utc DESC, a.id LIMIT ?"
    )
    rows = list(db.query(sql, [*args, limit]))
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
@_since_option
@_feed_option
@_theme_option
@_limit_option
def search(
    config_path: Path,
    db_path: Path,
    output: str | None,
    query: str,
    since: str | None,
    feed: str | None,
    theme: str | None,
    limit: int,
) -> None:
    """Full-text search over titles and texts, best matches first.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*.

    \b
    Example:
      monitor search '"Taiwan Strait" OR ADIZ' --since 7d
    """
    db = open_db_readonly(db_path)
    where, args = _filters(since, feed, theme=theme)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM articles_fts "
        "JOIN articles a ON a.rowid = articles_fts.rowid JOIN feeds f ON f.id = a.feed_id "
        "WHERE articles_fts MATCH ? "
        + "".join(f"AND {clause} " for clause in where)
        + "ORDER BY articles_fts.rank LIMIT ?"
    )
    try:
        rows = list(db.query(sql, [query, *args, limit]))
    except sqlite3.OperationalError:
        # Not valid FTS syntax (a stray quote, a hyphen): search for the words as typed.
        words = re.findall(r"\w+", query)
        if not words:
            raise MonitorError(f"search: no words to look for in {query!r}") from None
        phrase = " ".join(f'"{word}"' for word in words)
        rows = list(db.query(sql, [phrase, *args, limit]))
    _show(rows, output, "no articles match")


@click.command()
@common_options
@output_options
@click.option(
    "--fmt",
    "table_format",
    type=click.Choice(TABLE_FORMATS),
    metavar="TABLEFMT",
    help="Print a table in this tabulate format, as `sqlite-utils query --fmt` does: github "
    "(Markdown), grid, psql, html, latex, ...",
)
@click.argument("query")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
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
        row["themes"] = row["themes"].split(",") if row["themes"] else []
        if output:
            row.pop("why", None)  # for reading; the data formats have each theme's explanation
    print_records(rows, output, ARTICLE_COLUMNS + (["why"] if explain else []), empty)
