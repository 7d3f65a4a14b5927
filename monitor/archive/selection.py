"""Which articles a listing, a search, an export or an alert rule asks for (`Selection`), as
SQL over `articles a JOIN feeds f`, and the facts and names an alert reports about them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..alert_config import IncursionThreshold
from .cjk_search import TABLE as CJK_INDEX
from .segment import match_expression

# The columns of `monitor articles --json`, `monitor search` and `monitor export`.
ARTICLE_FIELDS = (
    "a.id, a.published_utc, f.name AS feed, a.title, a.link, a.summary, a.language, a.fetched_utc, "
    "(SELECT group_concat(t.theme, ',') FROM article_themes t "
    " WHERE t.article_id = a.id AND t.tagged = 1) AS themes"
)

# The day's figure: the highest count any report gave for the day, place, craft and zone.
_DAY_FIGURE = (
    "(SELECT max(j.count) FROM incursions j WHERE j.day = i.day AND j.place IS i.place "
    "AND j.what = i.what AND j.zone = i.zone)"
)


@dataclass(frozen=True)
class TextIndex:
    """The full-text index that answers a query, the query as that index reads it, and the
    column of `articles a` its rows name."""

    table: str
    expression: str
    article_column: str
    index_column: str

    @property
    def joined(self) -> str:
        return f"a.{self.article_column} = {self.table}.{self.index_column}"

    @property
    def condition(self) -> str:
        return (
            f"a.{self.article_column} IN (SELECT {self.index_column} FROM {self.table} "
            f"WHERE {self.table} MATCH ?)"
        )


def text_index(query: str) -> TextIndex:
    """English (any non-CJK) text is in `articles_fts`; CJK text in an index of its own, of
    character pairs, which reads the query turned into pairs (cjk_search.py)."""
    if cjk_query := match_expression(query):
        return TextIndex(CJK_INDEX, cjk_query, "id", "article_id")
    return TextIndex("articles_fts", query, "rowid", "rowid")


@dataclass(frozen=True)
class Selection:
    """Which articles `articles`, `search`, `export` and an alert rule ask for: every criterion
    given must hold, and one that lists several values holds when any of them does. Times are
    stored ISO text (clock.to_iso)."""

    published_since: str | None = None
    arrived_since: str | None = None
    feeds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    entity_ids: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1, as articles.language holds it
    query: str | None = None  # SQLite FTS5 syntax
    incursions: IncursionThreshold | None = None
    left_out: bool = False  # what a digest lists as left out: no story for it
    rowids: tuple[int, int] | None = None  # (after, up to): the articles stored since a mark


def article_conditions(selection: Selection) -> tuple[list[str], list[Any]]:
    """SQL conditions over `articles a JOIN feeds f`, and their arguments."""
    s = selection
    where: list[str] = []
    args: list[Any] = []

    def add(condition: str, *values: Any) -> None:
        where.append(condition)
        args.extend(values)

    def marks(values: Sequence[Any]) -> str:
        return ", ".join("?" * len(values))

    if s.published_since:
        add("a.published_utc >= ?", s.published_since)
    if s.arrived_since:
        add("a.fetched_utc >= ?", s.arrived_since)
    if s.rowids:
        add("a.rowid > ? AND a.rowid <= ?", *s.rowids)
    if s.left_out:
        add("(a.analysis_status IN ('not_english', 'failed') OR a.off_topic = 1)")
    if s.feeds:
        add(f"f.name IN ({marks(s.feeds)})", *s.feeds)
    if s.tags:
        add(f"EXISTS (SELECT 1 FROM json_each(f.tags_json) WHERE value IN ({marks(s.tags)}))",
            *s.tags)  # fmt: skip
    if s.entity_ids:
        add(f"a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN "
            f"({marks(s.entity_ids)}))", *s.entity_ids)  # fmt: skip
    if s.themes:
        add(f"a.id IN (SELECT article_id FROM article_themes WHERE tagged = 1 AND theme IN "
            f"({marks(s.themes)}))", *s.themes)  # fmt: skip
    if s.language:
        add("a.language = ?", s.language)
    if s.query:
        index = text_index(s.query)
        add(index.condition, index.expression)
    if s.incursions:
        condition, values = _threshold(s.incursions)
        add(f"a.id IN (SELECT i.article_id FROM incursions i WHERE {condition})", *values)
    return where, args


def _threshold(rule: IncursionThreshold) -> tuple[str, list[Any]]:
    """Facts of the rule's craft, zone and place whose figure reaches the threshold: the
    report's own (`per: report`) or its day's (`per: day`)."""
    figure = "i.count" if rule.per == "report" else _DAY_FIGURE
    condition = f"i.what = ? AND i.zone = ? AND (? IS NULL OR i.place = ?) AND {figure} >= ?"
    return condition, [rule.what, rule.zone, rule.place, rule.place, rule.at_least]


def select_articles(
    db: sqlite_utils.Database, selection: Selection, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """The selected articles, newest first, with the fields of `monitor articles --json`."""
    where, args = article_conditions(selection)
    sql = (
        f"SELECT {ARTICLE_FIELDS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY a.published_utc DESC, a.id"
        + (" LIMIT ?" if limit is not None else "")
    )
    for row in db.query(sql, [*args, limit] if limit is not None else args):
        yield {**row, "themes": row["themes"].split(",") if row["themes"] else []}


def threshold_facts(
    db: sqlite_utils.Database, rule: IncursionThreshold, article_ids: Sequence[str]
) -> list[dict[str, Any]]:
    """The facts of these articles that reach the threshold, each with its day's figure."""
    condition, values = _threshold(rule)
    found: list[dict[str, Any]] = []
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        found += db.query(
            f"SELECT i.article_id, i.day, coalesce(i.place, '') AS place, i.what, i.zone, "
            f"i.count, {_DAY_FIGURE} AS day_count FROM incursions i "
            f"WHERE {condition} AND i.article_id IN ({', '.join('?' * len(chunk))}) "
            "ORDER BY i.day, i.place",
            [*values, *chunk],
        )
    return found


def entities_named(
    db: sqlite_utils.Database, entity_ids: Sequence[str], article_ids: Sequence[str]
) -> dict[str, list[str]]:
    """Which of these entities each of these articles names (canonical names)."""
    named: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        for article_id, name in db.execute(
            "SELECT ae.article_id, e.name FROM article_entities ae "
            "JOIN entities e ON e.id = ae.entity_id "
            f"WHERE ae.entity_id IN ({', '.join('?' * len(entity_ids))}) "
            f"AND ae.article_id IN ({', '.join('?' * len(chunk))}) ORDER BY e.name",
            [*entity_ids, *chunk],
        ):
            named[article_id].append(name)
    return dict(named)
