"""Reading the archive: `monitor articles`, `monitor search` and `monitor sql`."""

import json
import sqlite3
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from .cliutil import common_options, json_option, print_json, print_table
from .clock import parse_since, to_iso
from .entity_store import resolve_entity
from .errors import MonitorError, StoreError
from .kb import default_kb
from .store import open_db_readonly
from .themes import THEMES

ARTICLE_COLUMNS = ["published_utc", "feed", "themes", "title", "link"]
ARTICLE_FIELDS = (
    "a.id, a.published_utc, f.name AS feed, a.title, a.link, a.summary, a.language, a.fetched_utc, "
    "(SELECT group_concat(t.theme, ',') FROM article_themes t "
    " WHERE t.article_id = a.id AND t.tagged = 1) AS themes"
)


def _filters(
    since: str | None, feed: str | None, entity_id: str | None = None, theme: str | None = None
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
    if theme:
        where.append(
            "a.id IN (SELECT article_id FROM article_themes WHERE theme = ? AND tagged = 1)"
        )
        args.append(theme)
    return where, args


def _since_option(command: Any) -> Any:
    return click.option("--since", help="Only newer than this: 7d, 12h, 30m or a date.")(command)


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
@json_option
@_since_option
@_feed_option
@_limit_option
@click.option("--entity", help="Only articles naming this entity (any spelling or alias).")
@_theme_option
@click.option("--explain", is_flag=True, help="Show each theme's score and the terms behind it.")
def articles(
    config_path: Path,
    db_path: Path,
    as_json: bool,
    since: str | None,
    feed: str | None,
    limit: int,
    entity: str | None,
    theme: str | None,
    explain: bool,
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
        entity_id = resolve_entity(db, entity, default_kb())
        if entity_id is None:
            raise MonitorError(f"--entity: no entity called '{entity}' (see monitor entities)")
    where, args = _filters(since, feed, entity_id, theme)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY a.published_utc DESC, a.id LIMIT ?"
    )
    rows = list(db.query(sql, [*args, limit]))
    if explain:
        _add_explanations(db, rows)
    _show(rows, as_json, "no articles match", explain)


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
@json_option
@click.argument("query")
@_since_option
@_feed_option
@_theme_option
@_limit_option
def search(
    config_path: Path,
    db_path: Path,
    as_json: bool,
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
    except sqlite3.Error as exc:
        if any(word in str(exc) for word in ("readonly", "read-only", "query_only", "authorized")):
            message = f"{db_path}: monitor sql is read-only; the write was refused"
            raise StoreError(message) from None
        raise StoreError(f"SQL error: {exc}") from None
    if as_json:
        print_json(rows)
    else:
        print_table(rows, columns, "no rows")


def _show(rows: list[dict[str, Any]], as_json: bool, empty: str, explain: bool = False) -> None:
    if as_json:
        for row in rows:
            row["themes"] = row["themes"].split(",") if row["themes"] else []
            row.pop("why", None)
        print_json(rows)
    else:
        print_table(rows, ARTICLE_COLUMNS + (["why"] if explain else []), empty)
