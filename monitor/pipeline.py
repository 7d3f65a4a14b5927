"""One pass over the feeds: fetch → parse → keep the unseen → (full text) → store.

The CLI and the scheduler both call `poll`; neither holds logic of its own.
"""

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

import sqlite_utils

from .clock import now_utc, to_iso
from .config import Config, Feed
from .errors import FetchError
from .fetch import FetchLimits, FetchResult, HttpSession, read_local
from .fulltext import add_full_texts
from .health import FeedState, after_fetch
from .parse import Article, parse_feed
from .store import known_articles, save_fetch, sync_feeds

log = logging.getLogger(__name__)

MAX_FEEDS_AT_ONCE = 8


@dataclass(frozen=True)
class FeedReport:
    """How one feed fared in a pass: what `monitor fetch` prints per feed."""

    feed: str
    outcome: str  # ok, not_modified, failed, gone, retry_later, skipped
    new_articles: int = 0
    http_status: int | None = None
    error: str | None = None
    duration_ms: int = 0
    next_fetch_utc: str | None = None


def poll(
    config: Config,
    db: sqlite_utils.Database,
    *,
    names: list[str] | None = None,
    force: bool = False,
    limits: FetchLimits | None = None,
    on_report: Callable[[FeedReport], None] | None = None,
) -> list[FeedReport]:
    """Fetch the enabled feeds (or those named) once and store what is new.

    Feeds backing off or asked to wait (Retry-After) are skipped unless `force`.
    """
    feeds = [config.feed(name) for name in names] if names else list(config.feeds)
    states = sync_feeds(db, config)
    return asyncio.run(_poll(feeds, states, db, force, limits or FetchLimits(), on_report))


async def _poll(
    feeds: list[Feed],
    states: dict[str, FeedState],
    db: sqlite_utils.Database,
    force: bool,
    limits: FetchLimits,
    on_report: Callable[[FeedReport], None] | None,
) -> list[FeedReport]:
    slots = asyncio.Semaphore(MAX_FEEDS_AT_ONCE)
    now = now_utc()

    async def run(feed: Feed) -> FeedReport:
        state = states[feed.name]
        skipped = _skip_reason(feed, state, now, force)
        if skipped:
            report = FeedReport(feed.name, "skipped", error=skipped)
        else:
            async with slots:
                report = await _poll_feed(session, feed, state, db, limits)
        if on_report:
            on_report(report)
        return report

    async with HttpSession(limits) as session:
        return list(await asyncio.gather(*(run(feed) for feed in feeds)))


def _skip_reason(feed: Feed, state: FeedState, now: datetime, force: bool) -> str | None:
    if not feed.enabled:
        return "disabled in feeds.yaml"
    if state.disabled_reason:
        return f"disabled: {state.disabled_reason}"
    if not force and not state.due(now):
        return f"waiting until {to_iso(state.next_fetch_utc)} ({state.last_error})"  # type: ignore[arg-type]
    return None


async def _poll_feed(
    session: HttpSession,
    feed: Feed,
    state: FeedState,
    db: sqlite_utils.Database,
    limits: FetchLimits,
) -> FeedReport:
    started = now_utc()
    if feed.is_local:
        result = await asyncio.to_thread(read_local, state.url, limits)
    else:
        result = await session.fetch(state.url, etag=state.etag, last_modified=state.last_modified)
    articles: list[Article] = []
    if result.outcome == "ok":
        try:
            articles = await _new_articles(result, state, db, started)
        except FetchError as exc:
            result = replace(result, outcome="failed", error=str(exc))
        if feed.full_text and articles:
            articles = await add_full_texts(session, articles)
    after = after_fetch(state, result, now_utc())
    new = save_fetch(db, state, after, result, articles, started)
    log.info(
        "fetched %s: %s%s, %d new, %d ms",
        feed.name,
        result.outcome,
        f" {result.status}" if result.status else "",
        new,
        result.duration_ms,
    )
    return FeedReport(
        feed=feed.name,
        outcome=result.outcome,
        new_articles=new,
        http_status=result.status,
        error=after.last_error if result.outcome != "not_modified" else None,
        duration_ms=result.duration_ms,
        next_fetch_utc=to_iso(after.next_fetch_utc) if after.next_fetch_utc else None,
    )


async def _new_articles(
    result: FetchResult, state: FeedState, db: sqlite_utils.Database, fetched: datetime
) -> list[Article]:
    headers = dict(result.headers)
    if result.status is not None:  # a web response: relative links resolve against its URL
        headers.setdefault("content-location", result.final_url)
    parsed = await asyncio.to_thread(parse_feed, result.body, headers, str(state.id), fetched)
    known = known_articles(db, parsed.articles)
    return [article for article in parsed.articles if article.id not in known]


async def check_feeds(config: Config, limits: FetchLimits | None = None) -> list[FeedReport]:
    """Fetch and parse every feed once, storing nothing; `new_articles` counts the items."""
    limits = limits or FetchLimits()

    async def check(feed: Feed) -> FeedReport:
        if feed.is_local:
            result = await asyncio.to_thread(read_local, feed.location, limits)
        else:
            result = await session.fetch(feed.location)
        items = 0
        if result.outcome == "ok":
            try:
                parsed = await asyncio.to_thread(
                    parse_feed, result.body, result.headers, feed.name, now_utc()
                )
                items = len(parsed.articles)
            except FetchError as exc:
                result = replace(result, outcome="failed", error=str(exc))
        return FeedReport(
            feed.name, result.outcome, items, result.status, result.error, result.duration_ms
        )

    async with HttpSession(limits) as session:
        return list(await asyncio.gather(*(check(feed) for feed in config.feeds)))
