"""The daily digest for a date: what arrived in its window, as stories in sections under a
headline index, with the day in numbers, entity trends and spikes, incursions, feed health,
what was left out and a chart. The numbers come from the query layer (queries.py).

The window, stated once: the digest for date D covers what arrived after the previous digest's
end and up to D at the digest time, in the digest's time zone; the first digest covers the 24
hours before. A date whose time has not come has no digest yet (its window is still open).

Reads the archive; writes nothing (digest_store keeps what this builds).
"""

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlite_utils

from ..archive.feed_health import feed_health
from ..archive.queries import (
    incursion_facts,
    incursion_lines,
    spikes,
    theme_counts_by_day,
    top_entities,
    window_articles,
    window_counts,
)
from ..clock import clock_time, now_utc, stored_time, to_iso
from ..config import DigestConfig, Feed
from ..errors import MonitorError
from ..nlp.kb import KnowledgeBase, default_kb
from ..nlp.why import why_phrases
from ..vocabulary import THEMES
from .cluster import Clusterable, cluster_stories
from .watch import WatchEntry, watch_entries, watched_in

SECTIONS = ("security", "cooperation")
LEDE_CHARS = 320
STORY_ENTITIES = 5
TOP_ENTITIES = 8
CHART_DAYS = 14
SHORT_ID = 8
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])|(?<=[。！？])")  # CJK needs no space


@dataclass(frozen=True)
class Story:
    article_id: str
    short_id: str  # what `monitor label` takes
    title: str
    link: str | None
    outlet: str
    published_local: str  # "2026-11-25 11:42"
    lede: str
    section: str  # the theme it is filed under: its surer one
    themes: tuple[str, ...]
    scores: dict[str, float]
    entities: tuple[str, ...]
    why: dict[str, tuple[str, ...]]  # theme -> the article's own phrases that decided it
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
    preview: bool = False  # what has arrived so far; not a stored digest

    @property
    def subject(self) -> str:
        """The same numbers as the sections below it."""
        counts = self.counts
        if not counts["stories"]:
            return f"{self.title}, {self.date}: no stories"
        return (
            f"{self.title}, {self.date}: {counts['stories']} stories "
            f"({counts['security']} security, {counts['cooperation']} cooperation)"
        )

    @property
    def empty(self) -> bool:
        return not self.counts["stories"]


def content(digest: Digest) -> dict[str, Any]:
    """The digest as one JSON document: what `monitor digest --json` prints and scripts rely on
    (README, "The digest as JSON"). Stories are in the order of the headline index."""
    stories = [
        {"id": s.article_id, **{k: v for k, v in asdict(s).items() if k != "article_id"}}
        for section in SECTIONS
        for s in digest.sections[section]
    ]
    return {
        "date": digest.date,
        "title": digest.title,
        "subject": digest.subject,
        "timezone": digest.timezone,
        "window_start_utc": digest.window_start_utc,
        "window_end_utc": digest.window_end_utc,
        "preview": digest.preview,
        "counts": digest.counts,
        "stories": stories,
        "incursions": digest.incursions,
        "top_entities": digest.top_entities,
        "spikes": digest.spikes,
        "feed_health": {"failing": digest.failing_feeds, "quiet": digest.quiet_feeds},
    }


def digest_due(config: DigestConfig, day: date) -> datetime:
    """When the digest for `day` falls due: its time on that day, in its time zone."""
    return datetime.combine(day, clock_time(config.time), tzinfo=config.zone)


def refuse_if_not_due(config: DigestConfig, day: date, now: datetime | None = None) -> None:
    """A digest for a date whose time has not come would close its window early, and what
    arrives before that time would then land in no digest at all."""
    due = digest_due(config, day)
    if due > (now or now_utc()):
        raise MonitorError(
            f"the digest for {day} falls due at {due:%Y-%m-%d %H:%M} {config.timezone}; its "
            "window is still open (monitor digest --preview shows what has arrived so far)"
        )


def digest_window(
    db: sqlite_utils.Database, config: DigestConfig, day: date
) -> tuple[datetime, datetime]:
    """From the end of the previous digest (so days the machine was down are covered once) to
    the digest time on `day`; a first digest covers 24 hours."""
    end = digest_due(config, day)
    row = db.execute(
        "SELECT window_end_utc FROM digests WHERE date < ? ORDER BY date DESC LIMIT 1",
        [day.isoformat()],
    ).fetchone()
    start = (stored_time(row[0], "last digest: window_end_utc") if row else None) or (
        end - timedelta(days=1)
    )
    return min(start, end), end


def preview_window(db: sqlite_utils.Database, now: datetime) -> tuple[datetime, datetime]:
    """What has arrived since the last stored digest (or in the last 24 hours), up to now."""
    row = db.execute("SELECT max(window_end_utc) FROM digests").fetchone()
    start = (stored_time(row[0], "last digest: window_end_utc") if row else None) or (
        now - timedelta(days=1)
    )
    return min(start, now), now + timedelta(seconds=1)


def build_digest(
    db: sqlite_utils.Database,
    config: DigestConfig,
    day: date,
    window: tuple[datetime, datetime] | None = None,
    kb: KnowledgeBase | None = None,
    *,
    preview: bool = False,
    feeds: Sequence[Feed] | None = None,
) -> Digest:
    """The digest of `window` (default: `day`'s); feed health covers `feeds` (the configured
    ones; default every feed the database knows)."""
    start, end = window or digest_window(db, config, day)
    kb = kb or default_kb()
    articles = window_articles(db, start, end)
    stories = _stories(articles, config, watch_entries(config.watch, kb))
    stories = sorted(stories, key=_rank, reverse=True)[: config.max_items]
    sections: dict[str, list[Story]] = {name: [] for name in SECTIONS}
    for story in stories:
        sections[story.section].append(story)
    health = feed_health(db, feeds if feeds is not None else _recorded_feeds(db), end)
    reported_days = {row["day"] for row in _facts_of(db, articles)}
    facts = [f for f in incursion_facts(db) if f["day"] in reported_days]
    return Digest(
        date=day.isoformat(),
        title=config.title,
        timezone=config.timezone,
        window_start_utc=to_iso(start),
        window_end_utc=to_iso(end),
        counts=window_counts(articles)
        | {"stories": len(stories)}
        | {name: len(items) for name, items in sections.items()},
        sections=sections,
        top_entities=top_entities(db, start, end, baseline_days=7, limit=TOP_ENTITIES, in_kb=True),
        spikes=spikes(db, start, end),
        incursions=incursion_lines(facts),
        failing_feeds=_failing_feeds(health),
        quiet_feeds=_quiet_feeds(health, end, config.quiet_days),
        chart=_chart(db, config, day),
        preview=preview,
    )


def _recorded_feeds(db: sqlite_utils.Database) -> list[Feed]:
    """Every feed the database knows, as if configured as it was last seen."""
    return [
        Feed(row[0], row[1], row[1], 60, True, tuple(json.loads(row[2])), False)
        for row in db.execute("SELECT name, config_url, tags_json FROM feeds ORDER BY name")
    ]


def _rank(story: Story) -> tuple[int, int, float]:
    """Watch-list matches first, then stories more outlets carried, then the surer tags."""
    return (len(story.watched) > 0, len(story.also), max(story.scores.values(), default=0.0))


def _stories(
    articles: list[dict[str, Any]], config: DigestConfig, watch: list[WatchEntry]
) -> list[Story]:
    rows = [a for a in articles if a["off_topic"] == 0]
    lede = {row["id"]: _lede(row["summary"]) for row in rows}
    groups = cluster_stories(
        [
            Clusterable(
                row["id"],
                row["title"],
                f"{row['title']}. {lede[row['id']]}",
                _published(row),
            )
            for row in rows
        ]
    )
    stories = []
    for group in groups:
        lead, *others = [rows[i] for i in group]
        themes = lead["themes"]
        tagged = tuple(t for t in THEMES if themes.get(t, {}).get("tagged"))
        if not tagged:
            continue
        scores = {t: float(themes[t]["score"]) for t in tagged}
        texts = [f"{rows[i]['title']}\n{rows[i]['summary']}" for i in group]
        entity_ids = {e["id"] for i in group for e in rows[i]["entities"]}
        story_text = f"{lead['title']}\n{lead['summary']}"
        stories.append(
            Story(
                article_id=lead["id"],
                short_id=lead["id"][:SHORT_ID],
                title=lead["title"],
                link=lead["link"],
                outlet=lead["outlet"],
                published_local=_published(lead).astimezone(config.zone).strftime("%Y-%m-%d %H:%M"),
                lede=lede[lead["id"]],
                section=max(tagged, key=lambda theme: scores[theme]),
                themes=tagged,
                scores=scores,
                entities=tuple(e["name"] for e in lead["entities"] if e["in_kb"])[:STORY_ENTITIES],
                why={t: why_phrases(story_text, themes[t]["terms"]) for t in tagged},
                also=tuple(
                    {"outlet": o["outlet"], "title": o["title"], "link": o["link"]} for o in others
                ),
                watched=watched_in(watch, entity_ids, texts),
            )
        )
    return stories


def _published(row: dict[str, Any]) -> datetime:
    """When the article was published, or, when its stored time is no time, when it arrived."""
    where = f"article {row['id']}"
    published = stored_time(row["published_utc"], f"{where}: published_utc")
    return published or stored_time(row["fetched_utc"], f"{where}: fetched_utc") or now_utc()


def _lede(summary: str) -> str:
    """The first one or two sentences, at most about LEDE_CHARS characters."""
    sentences = _SENTENCE_END.split(" ".join(summary.split()))
    lede = sentences[0] if sentences else ""
    if len(sentences) > 1 and len(lede) + len(sentences[1]) < LEDE_CHARS:
        lede += ("" if lede.endswith(("。", "！", "？")) else " ") + sentences[1]
    return lede if len(lede) <= LEDE_CHARS else lede[: LEDE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _facts_of(db: sqlite_utils.Database, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The incursion facts reported by these articles (whose days the digest reports on)."""
    ids = [a["id"] for a in articles]
    facts: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        facts += [
            dict(row)
            for row in db.query(f"SELECT day FROM incursions WHERE article_id IN ({marks})", chunk)
        ]
    return facts


def _failing_feeds(health: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"name": f["name"], "failures": f["consecutive_failures"], "error": f["last_error"]}
        for f in health
        if f["consecutive_failures"] or (f["last_error"] and not f["enabled"])
    ]


def _quiet_feeds(
    health: list[dict[str, Any]], end: datetime, quiet_days: int
) -> list[dict[str, Any]]:
    cutoff = to_iso(end - timedelta(days=quiet_days))
    return [
        {"name": f["name"], "since": (f["last_new_article_utc"] or "never")[:10]}
        for f in health
        if f["enabled"] and not f["consecutive_failures"]
        and (f["last_new_article_utc"] or f["created_utc"] or cutoff) < cutoff
    ]  # fmt: skip


def _chart(db: sqlite_utils.Database, config: DigestConfig, day: date) -> list[dict[str, Any]]:
    """Tagged articles per theme for each of the last CHART_DAYS local days, by arrival."""
    first = day - timedelta(days=CHART_DAYS - 1)
    start = datetime.combine(first, time(0), tzinfo=config.zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=config.zone)
    counts = theme_counts_by_day(db, start, end, config.zone)
    chart = []
    for offset in range(CHART_DAYS):
        current = (first + timedelta(days=offset)).isoformat()
        chart.append({"day": current, **{t: counts.get((current, t), 0) for t in SECTIONS}})
    return chart
