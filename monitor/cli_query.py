"""Reading the archive: `monitor articles`, `monitor search` and `monitor sql`."""

import sqlite3
from pathlib import Path
from typing import Any

import click

from .cliutil import common_options, json_option, print_json, print_table
from .clock import parse_since, to_iso
from .entity_store import resolve_entity
from .errors import MonitorError, StoreError
from .kb import default_kb
from .store import open_db_readonly

ARTICLE_COLUMNS = ["published_utc", "feed", "title", "link"]
ARTICLE_FIELDS = (
    "a.id, a.published_utc, f.name AS feed, a.title, a.link, a.summary, a.language, a.fetched_utc"
)


def _filters(
    since: str | None, feed: str | None, entity_id: str | None = None
) -> tuple[list[str], list[Any]]:
    where, args = [], []
    if since:
        where.append("a.published_utc >= ?")
        args.append(to_iso(parse_since(since)))
    if feed:
        where.append("f.name = ?")
        args.append(feed)
    if entity_id:
        where.append("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        args.append(entity_id)
    return where, args


def _since_option(command: Any) -> Any:
    return click.option("--since", help="Only newer than this: 7d, 12h, 30m or a date.")(command)


def _feed_option(command: Any) -> Any:
    return click.option("--feed", help="Only articles from this feed (its name).")(command)


def _limit_option(command: Any) -> Any:
    return click.option("-n", "--limit", default=20, show_default=True, help="At most this many.")(
        command
    )


@click.command()
@common_options
@json_option
@_since_option
@_feed_option
@_limit_option
@click.option("--entity", help="Only articles naming this entity (any spelling or alias).")
def articles(
    config_path: Path,
    db_path: Path,
    as_json: bool,
    since: str | None,
    feed: str | None,
    limit: int,
    entity: str | None,
) -> None:
    """The newest articles, newest first.

    \b
    Examples:
      monitor articles --since 2d --feed "Focus Taiwan" -n 50
      monitor articles --entity "Kishi Nobuo"
    """
    db = open_db_readonly(db_path)
    entity_id = None
    if entity:
        entity_id = resolve_entity(db, entity, default_kb())
        if entity_id is None:
            raise MonitorError(f"--entity: no entity called '{entity}' (see monitor entities)")
    where, args = _filters(since, feed, entity_id)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY a.published_utc DESC, a.id LIMIT ?"
    )
    rows = list(db.query(sql, [*args, limit]))
    _show(rows, as_json, "no articles match")


@click.command()
@common_options
@json_option
@click.argument("query")
@_since_option
@_feed_option
@_limit_option
def search(
    config_path: Path,
    db_path: Path,
    as_json: bool,
    query: str,
    since: str | None,
    feed: str | None,
    limit: int,
) -> None:
    """Full-text search over titles and texts, best matches first.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*.

    \b
    Example:
      monitor search '"Taiwan Strait" OR ADIZ' --since 7d
    """
    db = open_db_readonly(db_path)
    where, args = _filters(since, feed)
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
        rows = list(db.query(sql, [db.quote_fts(query), *args, limit]))
    _show(rows, as_json, "no articles match")


@click.command()
@common_options
@json_option
@click.argument("query")
def sql(config_path: Path, db_path: Path, as_json: bool, query: str) -> None:
    """Run a read-only SQL query against the database.

    \b
    Example:
      monitor sql "SELECT name, consecutive_failures FROM feeds ORDER BY 2 DESC"
    """
    db = open_db_readonly(db_path)
    try:
        cursor = db.execute(query)
        columns = [c[0] for c in cursor.description or []]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc) or "query_only" in str(exc):
            raise StoreError(
                f"{db_path}: monitor sql is read-only; the write was refused"
            ) from None
        raise StoreError(f"SQL error: {exc}") from None
    except sqlite3.Error as exc:
        raise StoreError(f"SQL error: {exc}") from None
    if as_json:
        print_json(rows)
    else:
        print_table(rows, columns, "no rows")


def _show(rows: list[dict[str, Any]], as_json: bool, empty: str) -> None:
    if as_json:
        print_json(rows)
    else:
        print_table(rows, ARTICLE_COLUMNS, empty)
