"""Each configured feed's health as the fetcher recorded it: what `feeds list`, `status`, the
digest's feed health and Datasette's canned query show."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..clock import stored_time, to_iso
from ..ingest.health import BACKOFF_MAX
from .feed_rows import as_synced, rows_of

if TYPE_CHECKING:
    from ..config import Feed

FEED_HEALTH_SQL = """
SELECT f.*,
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) AS articles,
       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.fetched_utc >= :week_ago)
         AS articles_last_7_days
FROM feeds f ORDER BY f.name
"""


def feed_health(
    db: sqlite_utils.Database, feeds: Sequence[Feed], now: datetime
) -> list[dict[str, Any]]:
    """Each configured feed's health as the fetcher recorded it (a feed the database has not
    seen yet is "not fetched yet"; nothing is written), what `feeds list`, `status` and the
    digest's feed health show."""
    recorded = [dict(row) for row in db.query(
        FEED_HEALTH_SQL, {"week_ago": to_iso(now - timedelta(days=7))}
    )]  # fmt: skip
    found = rows_of(feeds, recorded)
    rows = []
    for feed in feeds:
        row = {"articles": 0, "articles_last_7_days": 0} | as_synced(found[feed.name], feed)
        rows.append(
            {
                "name": feed.name,
                "url": row["url"],
                "configured_url": feed.url,
                "interval_minutes": feed.interval_minutes,
                "enabled": feed.enabled and not row["disabled_reason"],
                "health": _health(feed.enabled, row),
                "last_success_utc": row["last_success_utc"],
                "last_new_article_utc": row["last_new_article_utc"],
                "last_error": row["last_error"] or row["disabled_reason"],
                "consecutive_failures": row["consecutive_failures"],
                "next_fetch_utc": _next_fetch(row, feed, now),
                "articles": row["articles"],
                "articles_per_day": round(row["articles_last_7_days"] / 7, 1),
                "tags": json.loads(row["tags_json"]),
                "created_utc": row["created_utc"],
            }
        )
    return rows


def _health(enabled: bool, row: dict[str, Any]) -> str:
    """A feed's health in words."""
    if not enabled:
        return "disabled in feeds.yaml"
    if row["disabled_reason"]:
        return f"disabled: {row['disabled_reason']}"
    if row["consecutive_failures"]:
        return f"failing ({row['consecutive_failures']}x): {row['last_error']}"
    if row["url"] != row["config_url"]:
        return f"ok (moved from {row['config_url']})"
    return "ok" if row["last_success_utc"] else "not fetched yet"


def _next_fetch(row: dict[str, Any], feed: Feed, now: datetime) -> str | None:
    """When `monitor run` fetches the feed next: its interval after the last fetch, or later
    while it backs off or was asked to wait (never more than the longest wait from now)."""
    if not feed.enabled or row["disabled_reason"]:
        return None
    candidates = []
    last = stored_time(row["last_fetch_utc"], f"feed {feed.name!r}: last_fetch_utc")
    if last:
        candidates.append(last + timedelta(minutes=feed.interval_minutes))
    following = stored_time(row["next_fetch_utc"], f"feed {feed.name!r}: next_fetch_utc")
    if following:
        candidates.append(min(following, now + BACKOFF_MAX))
    return to_iso(max(candidates)) if candidates else None
