"""Entities, their mentions per article, and incursion counts in the archive."""

import json
from collections import defaultdict

import sqlite_utils

from .analyze import Analysis
from .entities import resolve_name
from .kb import KnowledgeBase


def save_analysis(db: sqlite_utils.Database, analysis: Analysis, kb: KnowledgeBase) -> None:
    """Write one article's analysis; the caller holds the feed's transaction."""
    db.execute(
        "UPDATE articles SET language = ?, language_source = ?, analysis_status = ? WHERE id = ?",
        [analysis.language, analysis.language_source, analysis.status, analysis.id],
    )
    grouped: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for mention in analysis.mentions:
        grouped[mention.entity_id].append((mention.start, mention.text))
        if mention.in_kb:
            entry = kb.entities[mention.entity_id]
            db.execute(
                "INSERT INTO entities (id, name, type, in_kb, description) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, "
                "in_kb = 1, description = excluded.description",
                [entry.id, entry.name, entry.type, entry.description],
            )
        else:
            db.execute(
                "INSERT OR IGNORE INTO entities (id, name, type, in_kb) VALUES (?, ?, ?, 0)",
                [mention.entity_id, mention.canonical, mention.label],
            )
    for entity_id, occurrences in grouped.items():
        surfaces = sorted({text for _, text in occurrences})
        db.execute(
            "INSERT OR REPLACE INTO article_entities (article_id, entity_id, mention_count, "
            "surface_forms_json, first_mention_offset) VALUES (?, ?, ?, ?, ?)",
            [
                analysis.id,
                entity_id,
                len(occurrences),
                json.dumps(surfaces, ensure_ascii=False),
                min(start for start, _ in occurrences),
            ],
        )
    db.execute("DELETE FROM incursions WHERE article_id = ?", [analysis.id])
    for fact in analysis.incursions:
        db.execute(
            "INSERT INTO incursions (article_id, day, count, what, zone, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [analysis.id, fact.day.isoformat(), fact.count, fact.what, fact.zone, fact.evidence],
        )


def resolve_entity(db: sqlite_utils.Database, name: str, kb: KnowledgeBase) -> str | None:
    """The entity id a user means by `name`: any KB alias or spelling, else a stored name."""
    entity_id = resolve_name(name, kb)
    if entity_id:
        return entity_id
    row = db.execute(
        "SELECT id FROM entities WHERE lower(name) = lower(?) ORDER BY in_kb DESC LIMIT 1", [name]
    ).fetchone()
    return row[0] if row else None


def top_entities(
    db: sqlite_utils.Database,
    since: str,
    until: str,
    previous_since: str,
    *,
    entity_type: str | None,
    limit: int,
    in_kb: bool | None = None,
) -> list[dict[str, object]]:
    """Entities by the number of articles naming them in [since, until), with the count in the
    period of the same length before it."""
    filters: list[str] = []
    args: list[object] = [since, until]
    if entity_type:
        filters.append("e.type = ?")
        args.append(entity_type.upper())
    if in_kb is not None:
        filters.append("e.in_kb = ?")
        args.append(int(in_kb))
    where = "".join(f" AND {f}" for f in filters)
    sql = f"""
        SELECT e.id, e.name, e.type, e.in_kb,
               count(*) AS articles, sum(ae.mention_count) AS mentions,
               (SELECT count(*) FROM article_entities p JOIN articles pa ON pa.id = p.article_id
                 WHERE p.entity_id = e.id AND pa.published_utc >= ? AND pa.published_utc < ?)
                 AS previous_articles,
               (SELECT json_group_array(DISTINCT value) FROM article_entities s2
                 JOIN articles sa ON sa.id = s2.article_id, json_each(s2.surface_forms_json)
                 WHERE s2.entity_id = e.id AND sa.published_utc >= ? AND sa.published_utc < ?)
                 AS surface_forms_json
        FROM article_entities ae
        JOIN articles a ON a.id = ae.article_id
        JOIN entities e ON e.id = ae.entity_id
        WHERE a.published_utc >= ? AND a.published_utc < ?{where}
        GROUP BY e.id
        ORDER BY articles DESC, mentions DESC, e.name
        LIMIT ?
    """
    rows = db.execute(sql, [previous_since, since, since, until, *args, limit]).fetchall()
    results = []
    for entity_id, name, kind, known, count, mentions, previous, surfaces in rows:
        results.append(
            {
                "id": entity_id, "name": name, "type": kind, "in_kb": bool(known),
                "articles": count, "mentions": mentions, "previous_articles": previous,
                "change": count - previous, "surface_forms": json.loads(surfaces)[:8],
            }
        )  # fmt: skip
    return results


def incursions_by_day(db: sqlite_utils.Database, since: str) -> list[dict[str, object]]:
    """Per day, craft and zone: the highest count reported (outlets repeat the same figure, so
    adding them up would double count) and how many articles reported one."""
    sql = """
        SELECT day, what, zone, max(count) AS count, count(DISTINCT article_id) AS articles
        FROM incursions WHERE day >= ?
        GROUP BY day, what, zone
        ORDER BY day DESC, what, zone
    """
    columns = ["day", "what", "zone", "count", "articles"]
    return [dict(zip(columns, row, strict=True)) for row in db.execute(sql, [since]).fetchall()]
