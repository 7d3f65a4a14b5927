"""The daily digest for a date: what arrived since the previous digest, as stories in sections,
with the day in numbers, entity trends and spikes, incursion counts, feed health and a chart.

Reads the archive; writes nothing (digest_store keeps what this builds).
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlite_utils

from .clock import from_iso, now_utc, to_iso
from .cluster import Clusterable, cluster_stories
from .config import Config, DigestConfig
from .entities import resolve_name
from .entity_store import NAMED
from .kb import KnowledgeBase, default_kb
from .themes import THEMES

SECTIONS = ("security", "cooperation")
LEDE_CHARS = 320
STORY_ENTITIES = 5
WHY_TERMS = 4
TOP_ENTITIES = 8
SPIKE_RATIO = 3.0
SPIKE_MIN_ARTICLES = 3
CHART_DAYS = 14
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")


@dataclass(frozen=True)
class Story:
    article_id: str
    title: str
    link: str | None
    outlet: str
    published_local: str  # "2026-11-25 11:42"
    lede: str
    themes: tuple[str, ...]
    scores: dict[str, float]
    entities: tuple[str, ...]
    why: dict[str, tuple[str, ...]]  # theme -> terms
    also: tuple[dict[str, str | None], ...]  # other outlets: outlet, title, link
    watched: tuple[str, ...]  # watch-list entries it matches


@dataclass(frozen=True)
class Digest:
    date: str
    title: str
    timezone: str
    window_start_utc: str
    window_end_utc: str
    counts: dict[str, int]
    sections: dict[str, list[Story]]
    top_entities: list[dict[str, Any]] = field(default_factory=list)
    spikes: list[dict[str, Any]] = field(default_factory=list)
    incursions: list[dict[str, Any]] = field(default_factory=list)
    failing_feeds: list[dict[str, Any]] = field(default_factory=list)
    quiet_feeds: list[dict[str, Any]] = field(default_factory=list)
    chart: list[dict[str, Any]] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return (
            f"{self.title}, {self.date}: {self.counts['security']} security, "
            f"{self.counts['cooperation']} cooperation"
        )


def digest_window(
    db: sqlite_utils.Database, config: DigestConfig, day: date
) -> tuple[datetime, datetime]:
    """From the end of the previous digest (so days the machine was down are covered once) to
    the digest time on `day`, in the digest's time zone; a first digest covers 24 hours."""
    end = datetime.combine(day, clock_time(config.time), tzinfo=config.zone)
    row = db.execute(
        "SELECT window_end_utc FROM digests WHERE date < ? ORDER BY date DESC LIMIT 1",
        [day.isoformat()],
    ).fetchone()
    start = from_iso(row[0]) if row else end - timedelta(days=1)
    return min(start, end), end


def latest_due_date(config: Config, now: datetime | None = None) -> date:
    """Today in the digest's time zone once its time has passed, else yesterday."""
    local = (now or now_utc()).astimezone(config.digest.zone)
    due = local.time() >= clock_time(config.digest.time)
    return local.date() if due else local.date() - timedelta(days=1)


def clock_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def build_digest(
    db: sqlite_utils.Database,
    config: DigestConfig,
    day: date,
    window: tuple[datetime, datetime] | None = None,
    kb: KnowledgeBase | None = None,
) -> Digest:
    start, end = window or digest_window(db, config, day)
    since, until = to_iso(start), to_iso(end)
    kb = kb or default_kb()
    stories = _stories(db, config, since, until, kb)
    stories = sorted(stories, key=_rank, reverse=True)[: config.max_items]
    sections: dict[str, list[Story]] = {name: [] for name in SECTIONS}
    for story in stories:
        home = max(story.themes, key=lambda theme: story.scores.get(theme, 0.0))
        sections[home].append(story)
    days = max((end - start) / timedelta(days=1), 1 / 24)
    return Digest(
        date=day.isoformat(),
        title=config.title,
        timezone=config.timezone,
        window_start_utc=since,
        window_end_utc=until,
        counts=_counts(db, since, until, stories),
        sections=sections,
        top_entities=_top_entities(db, since, until, start, days),
        spikes=_spikes(db, since, until, start, days),
        incursions=_incursions(db, since, until),
        failing_feeds=_failing_feeds(db),
        quiet_feeds=_quiet_feeds(db, end, config.quiet_days),
        chart=_chart(db, config, day),
    )


def _rank(story: Story) -> tuple[int, int, float]:
    """Watch-list matches first, then stories more outlets carried, then the surer tags."""
    return (len(story.watched) > 0, len(story.also), max(story.scores.values(), default=0.0))


ARTICLES_SQL = """
    SELECT a.id, a.title, a.link, a.summary, a.published_utc, f.name AS outlet,
           (SELECT json_group_object(t.theme, json_object('score', t.score, 'tagged', t.tagged,
                                                          'terms', json(t.top_terms_json)))
              FROM article_themes t WHERE t.article_id = a.id) AS themes_json,
           (SELECT json_group_array(e.name) FROM (
               SELECT e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
                WHERE ae.article_id = a.id AND e.in_kb = 1
                ORDER BY ae.mention_count DESC, ae.first_mention_offset LIMIT ?) e)
             AS entities_json,
           (SELECT json_group_array(ae.entity_id) FROM article_entities ae
             WHERE ae.article_id = a.id) AS entity_ids_json
    FROM articles a JOIN feeds f ON f.id = a.feed_id
    WHERE a.fetched_utc >= ? AND a.fetched_utc < ? AND a.off_topic = 0
    ORDER BY a.published_utc, a.id
"""


def _stories(
    db: sqlite_utils.Database, config: DigestConfig, since: str, until: str, kb: KnowledgeBase
) -> list[Story]:
    rows = [dict(row) for row in db.query(ARTICLES_SQL, [STORY_ENTITIES, since, until])]
    lede = {row["id"]: _lede(row["summary"]) for row in rows}
    groups = cluster_stories(
        [
            Clusterable(
                row["id"],
                row["title"],
                f"{row['title']}. {lede[row['id']]}",
                from_iso(row["published_utc"]),
            )
            for row in rows
        ]
    )
    watch = [(entry, resolve_name(entry, kb)) for entry in config.watch]
    stories = []
    for group in groups:
        lead, *others = [rows[i] for i in group]
        themes = json.loads(lead["themes_json"] or "{}")
        tagged = tuple(t for t in THEMES if themes.get(t, {}).get("tagged"))
        if not tagged:
            continue
        entity_ids = {eid for i in group for eid in json.loads(rows[i]["entity_ids_json"])}
        text = " ".join(f"{rows[i]['title']} {rows[i]['summary']}" for i in group).casefold()
        stories.append(
            Story(
                article_id=lead["id"],
                title=lead["title"],
                link=lead["link"],
                outlet=lead["outlet"],
                published_local=from_iso(lead["published_utc"])
                .astimezone(config.zone)
                .strftime("%Y-%m-%d %H:%M"),
                lede=lede[lead["id"]],
                themes=tagged,
                scores={t: float(themes[t]["score"]) for t in tagged},
                entities=tuple(json.loads(lead["entities_json"])),
                why={t: tuple(themes[t]["terms"][:WHY_TERMS]) for t in tagged},
                also=tuple(
                    {"outlet": o["outlet"], "title": o["title"], "link": o["link"]} for o in others
                ),
                watched=tuple(
                    entry
                    for entry, entity_id in watch
                    if (entity_id and entity_id in entity_ids) or entry.casefold() in text
                ),
            )
        )
    return stories


def _lede(summary: str) -> str:
    """The first one or two sentences, at most about LEDE_CHARS characters."""
    sentences = _SENTENCE_END.split(" ".join(summary.split()))
    lede = sentences[0] if sentences else ""
    if len(sentences) > 1 and len(lede) + len(sentences[1]) < LEDE_CHARS:
        lede += " " + sentences[1]
    return lede if len(lede) <= LEDE_CHARS else lede[: LEDE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _counts(
    db: sqlite_utils.Database, since: str, until: str, stories: list[Story]
) -> dict[str, int]:
    (articles,) = db.execute(
        "SELECT count(*) FROM articles WHERE fetched_utc >= ? AND fetched_utc < ?", [since, until]
    ).fetchone()
    counts = {"articles": articles, "stories": len(stories)}
    for theme in THEMES:
        counts[theme] = sum(theme in story.themes for story in stories)
    counts["both"] = sum(len(story.themes) == len(THEMES) for story in stories)
    return counts


def _entity_counts(
    db: sqlite_utils.Database, since: str, until: str
) -> dict[str, tuple[str, str, int]]:
    rows = db.execute(
        "SELECT e.id, e.name, e.type, count(DISTINCT a.id) FROM article_entities ae "
        "JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id "
        "WHERE e.in_kb = 1 AND a.fetched_utc >= ? AND a.fetched_utc < ? "
        f"AND {NAMED} GROUP BY e.id",
        [since, until],
    ).fetchall()
    return {entity_id: (name, kind, count) for entity_id, name, kind, count in rows}


def _top_entities(
    db: sqlite_utils.Database, since: str, until: str, start: datetime, days: float
) -> list[dict[str, Any]]:
    """The most-named entities, with their count against their 7-day average for as long a span."""
    now = _entity_counts(db, since, until)
    before = _entity_counts(db, to_iso(start - timedelta(days=7)), since)
    top = sorted(now.items(), key=lambda item: (-item[1][2], item[1][0]))[:TOP_ENTITIES]
    result = []
    for entity_id, (name, kind, count) in top:
        average = before.get(entity_id, ("", "", 0))[2] / 7 * days
        result.append(
            {
                "name": name,
                "type": kind,
                "articles": count,
                "average": round(average, 1),
                "change": round(count - average, 1),
            }  # fmt: skip
        )
    return result


def _spikes(
    db: sqlite_utils.Database, since: str, until: str, start: datetime, days: float
) -> list[dict[str, Any]]:
    """Entities named SPIKE_RATIO times more than their 28-day mean (given some history)."""
    now = _entity_counts(db, since, until)
    history = _entity_counts(db, to_iso(start - timedelta(days=28)), since)
    spikes = []
    for entity_id, (name, _, count) in now.items():
        past = history.get(entity_id, ("", "", 0))[2]
        expected = past / 28 * days
        if past and count >= SPIKE_MIN_ARTICLES and count >= SPIKE_RATIO * expected:
            spikes.append({"name": name, "articles": count, "mean": round(expected, 2),
                           "ratio": round(count / expected, 1)})  # fmt: skip
    return sorted(spikes, key=lambda spike: -spike["ratio"])


def _incursions(db: sqlite_utils.Database, since: str, until: str) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT i.day, i.what, i.zone, i.place, max(i.count) FROM incursions i "
        "JOIN articles a ON a.id = i.article_id WHERE a.fetched_utc >= ? AND a.fetched_utc < ? "
        "GROUP BY i.day, i.what, i.zone, i.place ORDER BY i.day DESC, i.what, i.zone, i.place",
        [since, until],
    ).fetchall()
    return [{"day": d, "what": w, "zone": z, "place": p, "count": c} for d, w, z, p, c in rows]


def _failing_feeds(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT name, consecutive_failures, last_error FROM feeds "
        "WHERE consecutive_failures > 0 OR disabled_reason IS NOT NULL "
        "ORDER BY consecutive_failures DESC, name"
    ).fetchall()
    return [{"name": n, "failures": f, "error": e} for n, f, e in rows]


def _quiet_feeds(db: sqlite_utils.Database, end: datetime, quiet_days: int) -> list[dict[str, Any]]:
    cutoff = to_iso(end - timedelta(days=quiet_days))
    rows = db.execute(
        "SELECT name, last_new_article_utc FROM feeds WHERE consecutive_failures = 0 "
        "AND coalesce(last_new_article_utc, created_utc) < ? ORDER BY name",
        [cutoff],
    ).fetchall()
    return [{"name": name, "since": (last or "never")[:10]} for name, last in rows]


def _chart(db: sqlite_utils.Database, config: DigestConfig, day: date) -> list[dict[str, Any]]:
    """Tagged articles per theme for each of the last CHART_DAYS local days."""
    first = day - timedelta(days=CHART_DAYS - 1)
    start = datetime.combine(first, time(0), tzinfo=config.zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=config.zone)
    counts: dict[tuple[str, str], int] = {}
    for published, theme in db.execute(
        "SELECT a.published_utc, t.theme FROM article_themes t "
        "JOIN articles a ON a.id = t.article_id "
        "WHERE t.tagged = 1 AND a.published_utc >= ? AND a.published_utc < ?",
        [to_iso(start), to_iso(end)],
    ):
        local = from_iso(published).astimezone(config.zone).date().isoformat()
        counts[(local, theme)] = counts.get((local, theme), 0) + 1
    chart = []
    for offset in range(CHART_DAYS):
        current = (first + timedelta(days=offset)).isoformat()
        chart.append({"day": current, **{t: counts.get((current, t), 0) for t in SECTIONS}})
    return chart
