"""Each question asked of the archive, answered once: the CLI, the digest, `monitor status` and
Datasette's canned queries all call these functions or run their SQL, so two screens never show
two numbers for one question.

One clock per question (README, "Which clock"):
- what was in the news, and the digest's window: arrival (`articles.fetched_utc`), the time the
  analyst could have read it;
- incursions: the day the report covers (`incursions.day`);
- listings of articles (`monitor articles --since`): publication (`articles.published_utc`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from ..clock import stored_time, to_iso
from .feed_health import FEED_HEALTH_SQL

# An article counts for an entity it names, not for one it only qualifies with a nationality
# word ("Chinese aircraft"): such words are in nearly every article and would drown the rest.
NAMED = "ae.kinds_json IS NOT '[\"demonym\"]'"

ENTITY_ARTICLES_SQL = f"""
SELECT e.id, e.name, e.type, e.in_kb, count(DISTINCT a.id) AS articles,
       sum(ae.mention_count) AS mentions,
       (SELECT json_group_array(DISTINCT value) FROM article_entities s
          JOIN articles sa ON sa.id = s.article_id, json_each(s.surface_forms_json)
         WHERE s.entity_id = e.id AND sa.fetched_utc >= :start AND sa.fetched_utc < :end)
         AS surface_forms_json
FROM article_entities ae
JOIN articles a ON a.id = ae.article_id
JOIN entities e ON e.id = ae.entity_id
WHERE a.fetched_utc >= :start AND a.fetched_utc < :end AND {NAMED}
GROUP BY e.id
"""

INCURSIONS_SQL = """
SELECT i.day, coalesce(i.place, '') AS place, i.what, i.zone, max(i.count) AS count,
       count(DISTINCT i.article_id) AS articles
FROM incursions i
WHERE i.day >= :since AND i.day <= :until
GROUP BY i.day, i.place, i.what, i.zone
ORDER BY i.day DESC, i.place, i.what, i.zone
"""

WINDOW_ARTICLES_SQL = """
SELECT a.id, a.title, a.link, a.summary, a.published_utc, a.fetched_utc, f.name AS outlet,
       a.language, a.analysis_status, a.off_topic,
       (SELECT json_group_object(t.theme, json_object('score', t.score, 'tagged', t.tagged,
                                                      'terms', json(t.top_terms_json)))
          FROM article_themes t WHERE t.article_id = a.id) AS themes_json,
       (SELECT json_group_array(json_object('id', e.id, 'name', e.name, 'in_kb', e.in_kb))
          FROM (SELECT e.id, e.name, e.in_kb FROM article_entities ae
                JOIN entities e ON e.id = ae.entity_id
                WHERE ae.article_id = a.id
                ORDER BY ae.mention_count DESC, ae.first_mention_offset) e) AS entities_json
FROM articles a JOIN feeds f ON f.id = a.feed_id
WHERE a.fetched_utc >= :start AND a.fetched_utc < :end
ORDER BY a.published_utc, a.id
"""


def top_entities(
    db: sqlite_utils.Database,
    start: datetime,
    end: datetime,
    *,
    baseline_days: float,
    limit: int = 20,
    entity_type: str | None = None,
    in_kb: bool | None = None,
) -> list[dict[str, Any]]:
    """Entities by the number of articles that arrived in [start, end) naming them, with the
    change against their average over the `baseline_days` before `start`, scaled to the window.

    The baseline is real or absent: with less than a day of archive before `start` there is
    none, and `change` is None (shown as "new"), never "+32" against an empty history.
    """
    rows = [
        row for row in _with_baselines(db, start, end, baseline_days)
        if (entity_type is None or row["type"] == entity_type.upper())
        and (in_kb is None or row["in_kb"] == in_kb)
    ]  # fmt: skip
    rows.sort(key=lambda row: (-row["articles"], -row["mentions"], row["name"]))
    for row in rows:
        exact = row.pop("baseline_exact")
        row["baseline"] = None if exact is None else round(exact, 1)
        row["change"] = None if exact is None else round(row["articles"] - exact, 1)
    return rows[:limit]


def spikes(
    db: sqlite_utils.Database,
    start: datetime,
    end: datetime,
    *,
    ratio: float = 3.0,
    min_articles: int = 3,
    baseline_days: float = 28,
) -> list[dict[str, Any]]:
    """Knowledge-base entities named `ratio` times more than their average over `baseline_days`
    (given some history and at least `min_articles` articles)."""
    found = []
    for row in _with_baselines(db, start, end, baseline_days):
        exact = row.pop("baseline_exact")
        if row["in_kb"] and exact and row["articles"] >= max(min_articles, ratio * exact):
            found.append(
                {**row, "baseline": round(exact, 2), "ratio": round(row["articles"] / exact, 1)}
            )
    return sorted(found, key=lambda row: -row["ratio"])


def _with_baselines(
    db: sqlite_utils.Database, start: datetime, end: datetime, baseline_days: float
) -> list[dict[str, Any]]:
    """Every entity named in the window, with its exact baseline (None without history)."""
    history_start = _first_arrival(db)
    days_before = 0.0
    if history_start is not None:
        days_before = min(baseline_days, (start - history_start) / timedelta(days=1))
    window_days = max((end - start) / timedelta(days=1), 1 / 24)
    before = (
        _entity_counts(db, start - timedelta(days=days_before), start) if days_before >= 1 else {}
    )
    rows = []
    for row in _entity_counts(db, start, end).values():
        baseline = None
        if days_before >= 1:
            past = before.get(row["id"], {"articles": 0})["articles"]
            baseline = past / days_before * window_days
        rows.append({**row, "in_kb": bool(row["in_kb"]), "baseline_exact": baseline})
    return rows


def _entity_counts(
    db: sqlite_utils.Database, start: datetime, end: datetime
) -> dict[str, dict[str, Any]]:
    found = {}
    for row in db.query(ENTITY_ARTICLES_SQL, {"start": to_iso(start), "end": to_iso(end)}):
        record = dict(row)
        record["surface_forms"] = json.loads(record.pop("surface_forms_json") or "[]")[:8]
        found[record["id"]] = record
    return found


def _first_arrival(db: sqlite_utils.Database) -> datetime | None:
    (first,) = db.execute("SELECT min(fetched_utc) FROM articles").fetchone()
    return stored_time(first, "articles: fetched_utc")


def incursion_facts(
    db: sqlite_utils.Database, since: str = "0000-00-00", until: str = "9999-99-99"
) -> list[dict[str, Any]]:
    """Per day, place, craft and zone: the highest count any article reported (outlets repeat
    one figure, so adding them up would double count) and how many articles reported one."""
    return [dict(row) for row in db.query(INCURSIONS_SQL, {"since": since, "until": until})]


def incursion_lines(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per day and place: the totals, then of which how many crossed the median line
    or entered a zone, so no two lines read as a double count ("28 aircraft, of which 19
    crossed the median line and 19 entered the ADIZ; 7 navy vessels")."""
    grouped: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    listed: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for fact in facts:
        grouped[(fact["day"], fact["place"])][fact["what"]][fact["zone"]] = fact["count"]
        listed[(fact["day"], fact["place"])].append(
            {key: fact[key] for key in ("what", "zone", "count", "articles")}
        )
    lines = []
    for (day, place), crafts in grouped.items():
        parts = []
        for what in sorted(crafts, key=_CRAFT_ORDER.index):
            zones = crafts[what]
            total = zones.get("around Taiwan") or zones.get("around")
            inside = [f"{count} {ZONE_PHRASES[zone]}" for zone, count in sorted(
                zones.items(), key=lambda item: _ZONE_ORDER.index(item[0])
            ) if zone != "around Taiwan"]  # fmt: skip
            if total is not None:
                of_which = f", of which {' and '.join(inside)}" if inside else ""
                parts.append(f"{total} {what}{of_which}")
            else:  # no total around the place: "4 official ships in territorial waters"
                first, *rest = inside
                count, _, phrase = first.partition(" ")
                parts.append(" and ".join([f"{count} {what} {phrase}", *rest]))
        lines.append(
            {"day": day, "place": place, "text": "; ".join(parts), "facts": listed[(day, place)]}
        )
    return sorted(lines, key=lambda line: (line["day"], line["place"]), reverse=True)


_CRAFT_ORDER = ["aircraft", "drones", "balloons", "navy vessels", "official ships", "missiles"]
_ZONE_ORDER = [
    "around Taiwan", "median line", "ADIZ", "contiguous zone", "territorial waters",
    "restricted waters",
]  # fmt: skip
ZONE_PHRASES = {
    "median line": "crossed the median line",
    "ADIZ": "entered the ADIZ",
    "contiguous zone": "in the contiguous zone",
    "territorial waters": "in territorial waters",
    "restricted waters": "in restricted waters",
}


def window_articles(
    db: sqlite_utils.Database, start: datetime, end: datetime
) -> list[dict[str, Any]]:
    """Every article that arrived in [start, end), with its themes and entities decoded."""
    rows = []
    for row in db.query(WINDOW_ARTICLES_SQL, {"start": to_iso(start), "end": to_iso(end)}):
        record = dict(row)
        record["themes"] = json.loads(record.pop("themes_json") or "{}")
        record["entities"] = json.loads(record.pop("entities_json") or "[]")
        rows.append(record)
    return rows


def window_counts(articles: list[dict[str, Any]]) -> dict[str, int]:
    """How a window's articles divide: analysed and on-topic, off-topic, not English, failed."""
    counts = {"articles": len(articles), "on_topic": 0, "off_topic": 0, "not_english": 0,
              "failed": 0}  # fmt: skip
    for article in articles:
        status = article["analysis_status"]
        if status == "not_english":
            counts["not_english"] += 1
        elif status == "failed":
            counts["failed"] += 1
        elif article["off_topic"]:
            counts["off_topic"] += 1
        elif article["off_topic"] == 0:
            counts["on_topic"] += 1
    return counts


def theme_counts_by_day(
    db: sqlite_utils.Database, start: datetime, end: datetime, zone: Any
) -> dict[tuple[str, str], int]:
    """Tagged articles per (local day, theme) among those that arrived in [start, end)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for arrived, theme in db.execute(
        "SELECT a.fetched_utc, t.theme FROM article_themes t JOIN articles a ON a.id = "
        "t.article_id WHERE t.tagged = 1 AND a.fetched_utc >= ? AND a.fetched_utc < ?",
        [to_iso(start), to_iso(end)],
    ):
        moment = stored_time(arrived, "articles: fetched_utc")
        if moment:
            counts[(moment.astimezone(zone).date().isoformat(), theme)] += 1
    return dict(counts)


def datasette_queries() -> dict[str, dict[str, str]]:
    """The canned queries: this module's SQL with the windows Datasette users ask about."""
    week = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days')"
    # Open-ended windows: arrival times are stored to the second, so an end bound of "now"
    # would leave out whatever arrived in the current second.
    no_end = "'9999'"
    return {
        "top_entities_this_week": {
            "title": "This week's top entities (articles that arrived in the last 7 days)",
            "sql": ENTITY_ARTICLES_SQL.replace(":start", week).replace(":end", no_end)
            + "ORDER BY articles DESC, mentions DESC, e.name LIMIT 30",
        },
        "incursions_by_day": {
            "title": "Incursions by day and place (the highest count any article reported)",
            "sql": INCURSIONS_SQL.replace(":since", "'0000'").replace(":until", "'9999'"),
        },
        "todays_security_stories": {
            "title": "Security articles that arrived in the last 24 hours",
            "sql": WINDOW_ARTICLES_SQL.replace(
                ":start", "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')"
            )
            .replace(":end", no_end)
            .replace(
                "ORDER BY a.published_utc, a.id",
                "AND a.id IN (SELECT article_id FROM article_themes WHERE theme = 'security' "
                "AND tagged = 1) ORDER BY a.published_utc DESC",
            ),
        },
        "feed_health": {
            "title": "Feed health",
            "sql": FEED_HEALTH_SQL.replace(":week_ago", week),
        },
    }
