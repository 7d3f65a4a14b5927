"""Reading entities and incursion counts back out of the archive."""

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .entities import resolve_name
from .kb import KnowledgeBase
from .names import fold

# An article counts for an entity it names, not for one it only qualifies with a nationality
# word ("Chinese aircraft"): such words are in nearly every article and would drown the rest.
NAMED = "ae.kinds_json IS NOT '[\"demonym\"]'"


@dataclass(frozen=True)
class EntityChoice:
    """What a name typed by a user means: the entity chosen, if one is, and every candidate
    (id, name), the chosen first, so a command can say which it took and which it did not."""

    chosen: str | None
    candidates: tuple[tuple[str, str], ...]


def resolve_entity(db: sqlite_utils.Database, name: str, kb: KnowledgeBase) -> EntityChoice:
    """Any KB name, alias or spelling; a family name alone when one person in the knowledge
    base has it ("Takaichi"); else a name stored for an entity outside the knowledge base."""
    stored = [
        (row[0], row[1])
        for row in db.execute(
            "SELECT id, name FROM entities WHERE lower(name) = lower(?) ORDER BY in_kb DESC, id",
            [name],
        )
    ]
    found = resolve_name(name, kb)
    people = kb.family_names.get(fold(name), ()) if not found else ()
    if len(people) == 1:
        found = people[0]
    if found:
        others = [candidate for candidate in stored if candidate[0] != found]
        return EntityChoice(found, ((found, kb.entities[found].name), *others))
    if len(people) > 1:
        return EntityChoice(None, tuple((p, kb.entities[p].name) for p in people))
    return EntityChoice(stored[0][0] if stored else None, tuple(stored))


def top_entities(
    db: sqlite_utils.Database,
    since: str,
    until: str,
    previous_since: str,
    *,
    entity_type: str | None,
    limit: int,
    in_kb: bool | None = None,
) -> list[dict[str, Any]]:
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
                 WHERE p.entity_id = e.id AND pa.published_utc >= ? AND pa.published_utc < ?
                   AND p.kinds_json IS NOT '["demonym"]')
                 AS previous_articles,
               (SELECT json_group_array(DISTINCT value) FROM article_entities s2
                 JOIN articles sa ON sa.id = s2.article_id, json_each(s2.surface_forms_json)
                 WHERE s2.entity_id = e.id AND sa.published_utc >= ? AND sa.published_utc < ?)
                 AS surface_forms_json
        FROM article_entities ae
        JOIN articles a ON a.id = ae.article_id
        JOIN entities e ON e.id = ae.entity_id
        WHERE a.published_utc >= ? AND a.published_utc < ? AND {NAMED}{where}
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
    """Per day, craft, zone and place: the highest count reported (outlets repeat the same
    figure, so adding them up would double count) and how many articles reported one."""
    sql = """
        SELECT day, what, zone, place, max(count) AS count, count(DISTINCT article_id) AS articles
        FROM incursions WHERE day >= ?
        GROUP BY day, what, zone, place
        ORDER BY day DESC, what, zone, place
    """
    columns = ["day", "what", "zone", "place", "count", "articles"]
    return [dict(zip(columns, row, strict=True)) for row in db.execute(sql, [since]).fetchall()]
