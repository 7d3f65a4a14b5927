"""One pass over the feeds, in three stages:

1. fetch and parse every due feed concurrently, keeping the articles not stored yet (and their
   pages' text for `full_text` feeds, within a time budget);
2. analyse all new articles together (language, entities, incursion counts), so spaCy sees one
   large batch, on worker processes if asked; a pass with nothing new never loads the model;
3. store each feed in one transaction: its new articles, their analysis, its state, its log row.

Each stage has one failure boundary per feed (per article for analysis): whatever goes wrong
there, expected or not, becomes that feed's recorded failure (its fetch row, failure count and
backoff) or that article's `analysis_status = 'failed'`, and the other feeds go on.

The CLI and the scheduler both call `poll`; neither holds logic of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .archive.feed_rows import sync_feeds
from .archive.moved_feeds import in_row, row_moved_from, take_row
from .archive.store import archive_clock, describe_failure, known_articles, save_fetch
from .archive.transaction import write_transaction
from .clock import now_utc, to_iso
from .config import Config, Feed
from .errors import ConfigError, FetchError, one_line
from .ingest.fetch import FetchLimits, FetchResult, HttpSession, failed, read_local
from .ingest.health import FeedState, after_fetch, waiting_until

if TYPE_CHECKING:  # parsing loads when a feed has changed, analysis when an article is new
    from .ingest.parse import Article
    from .nlp.analyze import Analysis

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


@dataclass
class _Fetched:
    """A feed between stages: fetched and parsed, not yet stored."""

    feed: Feed
    state: FeedState
    result: FetchResult
    started: datetime
    articles: list[Article] = field(default_factory=list)
    moved_from: int | None = None  # the row of the feed it was, when it takes that row


class Stopped(Exception):
    """The pass was asked to stop while fetching; nothing of it was stored."""


def poll(
    config: Config,
    conn: sqlite3.Connection,
    *,
    names: list[str] | None = None,
    force: bool = False,
    workers: int = 1,
    limits: FetchLimits | None = None,
    on_report: Callable[[FeedReport], None] | None = None,
    stop: threading.Event | None = None,
) -> list[FeedReport]:
    """Fetch the enabled feeds (or those named) once and store what is new.

    Feeds backing off or asked to wait (Retry-After) are skipped unless `force`. When `stop` is
    set during fetching, the fetches are cancelled and Stopped is raised: feeds are stored whole
    or not at all, so a stopped pass leaves the archive as it was.
    """
    feeds = [config.feed(name) for name in names] if names else list(config.feeds)
    states = sync_feeds(conn, config)
    now = now_utc()
    reports: dict[str, FeedReport] = {}
    due: list[Feed] = []
    for feed in feeds:
        reason = _skip_reason(feed, states[feed.name], now, force)
        if reason:
            reports[feed.name] = FeedReport(feed.name, "skipped", error=reason)
            if on_report:
                on_report(reports[feed.name])
        else:
            due.append(feed)
    clock = archive_clock(conn, now)
    fetched = asyncio.run(_fetch_all(due, states, conn, limits or FetchLimits(), stop, clock))
    _take_rows_moved_from(conn, fetched)
    analyses = _analyse_new(fetched, workers, config.knowledge_base)
    for item in fetched:
        reports[item.feed.name] = _store(conn, item, analyses)
        if on_report:
            on_report(reports[item.feed.name])
    return [reports[feed.name] for feed in feeds]


def _skip_reason(feed: Feed, state: FeedState, now: datetime, force: bool) -> str | None:
    if not feed.enabled:
        return "disabled in feeds.yaml"
    if state.disabled_reason:
        return f"disabled: {state.disabled_reason}"
    until = waiting_until(state, now)
    if not force and until:
        return f"waiting until {to_iso(until)} ({state.last_error})"
    return None


async def _fetch_all(
    feeds: list[Feed],
    states: dict[str, FeedState],
    conn: sqlite3.Connection,
    limits: FetchLimits,
    stop: threading.Event | None,
    clock: datetime,
) -> list[_Fetched]:
    slots = asyncio.Semaphore(MAX_FEEDS_AT_ONCE)
    full_text_deadline = time.monotonic() + limits.full_text_seconds_per_pass
    listed = {state.id for state in states.values()}

    async def one(feed: Feed) -> _Fetched:
        async with slots:
            return await _fetch_feed(
                session, feed, states[feed.name], conn, listed, clock, full_text_deadline
            )

    async with HttpSession(limits) as session:
        everything = asyncio.gather(*(one(feed) for feed in feeds))
        if stop is None:
            return list(await everything)
        watcher: asyncio.Future[None] = asyncio.ensure_future(_wait_for(stop))
        waiting: set[asyncio.Future[object]] = {everything, watcher}  # type: ignore[arg-type]
        done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        if everything in done:
            watcher.cancel()
            return list(everything.result())
        everything.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await everything
        raise Stopped


async def _wait_for(stop: threading.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)


async def _fetch_feed(
    session: HttpSession,
    feed: Feed,
    state: FeedState,
    conn: sqlite3.Connection,
    listed: set[int],
    clock: datetime,
    full_text_deadline: float,
) -> _Fetched:
    """Fetch, parse and (for full-text feeds) fetch pages: anything that fails is the feed's."""
    started = now_utc()
    try:
        inside = not feed.is_local and await session.is_inside(feed.location)
        result, articles = await _fetch_and_parse(
            session, feed, state, str(state.id), inside, clock
        )
        known = known_articles(conn, articles)
        item = _Fetched(feed, state, result, started, [a for a in articles if a.id not in known])
        item.moved_from = row_moved_from(conn, state.id, articles, listed)
        if feed.full_text and item.articles:
            from .ingest.fulltext import add_full_texts

            item.articles = await add_full_texts(
                session, item.articles, inside=inside, deadline=full_text_deadline
            )
    except Exception as exc:  # noqa: BLE001 - the feed's failure boundary
        log.debug("feed %r failed", feed.name, exc_info=True)
        return _Fetched(feed, state, failed(feed.location, one_line(exc)), started)
    return item


async def _fetch_and_parse(
    session: HttpSession,
    feed: Feed,
    state: FeedState | None,
    feed_key: str,
    inside: bool,
    clock: datetime | None = None,
) -> tuple[FetchResult, list[Article]]:
    """One feed's articles; a body that is not a feed turns the result into a failure."""
    location = state.url if state else feed.location
    if feed.is_local:
        result = await asyncio.to_thread(read_local, location, session.limits)
    else:
        result = await session.fetch(
            location,
            inside=inside,
            credentials=feed.credentials,
            etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
        )
    if result.outcome != "ok":
        return result, []
    from .ingest.parse import parse_feed

    headers = dict(result.headers)
    if result.status is not None:  # a web response: relative links resolve against its URL
        headers.setdefault("content-location", result.final_url)
    try:
        parsed = await asyncio.to_thread(
            parse_feed, result.body, headers, feed_key, now_utc(), clock
        )
    except FetchError as exc:
        return replace(result, outcome="failed", error=str(exc)), []
    if feed.language:  # the user's word over the feed's, which is often missing or wrong
        return result, [replace(a, language=feed.language) for a in parsed.articles]
    return result, parsed.articles


def _take_rows_moved_from(conn: sqlite3.Connection, fetched: list[_Fetched]) -> None:
    """Each feed that is one no longer listed, renamed and moved (archive/moved_feeds.py),
    takes its row: its items get the ids they have there, so none is stored twice. Should two
    new feeds both be the same one, the first in feeds.yaml takes it and the other is new."""
    taken: set[int] = set()
    for item in fetched:
        row = item.moved_from
        if row is None or row in taken:
            item.moved_from = None
            continue
        taken.add(row)
        articles = in_row(item.articles, row)
        known = known_articles(conn, articles)
        item.articles = [article for article in articles if article.id not in known]


def _analyse_new(fetched: list[_Fetched], workers: int, user_kb: Path) -> dict[str, Analysis]:
    """Analyse each new article once, even when two feeds carry the same link in this pass.
    A knowledge base that does not load fails the analysis of every article, which is stored
    all the same and analysed again by `monitor reanalyze --failed` once it is fixed."""
    links: set[str] = set()
    batch: list[Article] = []
    for item in fetched:
        unique = []
        for article in item.articles:
            if article.link and article.link in links:
                continue
            if article.link:
                links.add(article.link)
            unique.append(article)
        item.articles = unique
        batch += unique
    if not batch:
        return {}
    from .nlp.analyze import Analysis, analyse_safely, article_input
    from .nlp.kb import knowledge_base

    try:
        kb = knowledge_base(user_kb)
    except ConfigError as exc:
        log.error("%s", exc)
        return {a.id: Analysis(a.id, a.language, "", "failed", error=str(exc)) for a in batch}
    analyses = analyse_safely([article_input(a) for a in batch], workers, kb=kb)
    return {analysis.id: analysis for analysis in analyses}


def _store(conn: sqlite3.Connection, item: _Fetched, analyses: dict[str, Analysis]) -> FeedReport:
    """Save the feed in one transaction; when that fails (a full disk, a lock held too long, a
    bug), nothing of it is kept and the failure is recorded as the feed's, if the database lets
    anything be recorded at all."""
    result = item.result
    after = after_fetch(item.state, result, now_utc())
    try:
        with write_transaction(conn):
            state = item.state
            if item.moved_from is not None:
                take_row(conn, state.id, item.moved_from, item.feed)
                state = replace(state, id=item.moved_from)
            new = save_fetch(conn, state, after, result, item.articles, item.started, analyses)
    except Exception as exc:  # noqa: BLE001 - the feed's failure boundary
        log.debug("feed %r could not be stored", item.feed.name, exc_info=True)
        # SQLite's failures with what to do (a full disk, a column dropped by hand), as the CLI
        # tells them, in `feeds list`, `status` and the digest's feed health too.
        result = replace(result, outcome="failed", error=f"not stored: {describe_failure(exc)}")
        after, new = after_fetch(item.state, result, now_utc()), 0
        try:
            save_fetch(conn, item.state, after, result, [], item.started)
        except Exception as again:  # noqa: BLE001 - the database refuses even the log row
            log.error("feed %r: failure not recorded: %s", item.feed.name, one_line(again))
    log.info(
        "fetch feed=%r outcome=%s status=%s new=%d duration_ms=%d%s",
        item.feed.name,
        result.outcome,
        result.status or "-",
        new,
        result.duration_ms,
        f" error={after.last_error!r}" if after.last_error else "",
    )
    return FeedReport(
        feed=item.feed.name,
        outcome=result.outcome,
        new_articles=new,
        http_status=result.status,
        error=after.last_error if result.outcome != "not_modified" else None,
        duration_ms=result.duration_ms,
        next_fetch_utc=to_iso(after.next_fetch_utc) if after.next_fetch_utc else None,
    )


async def check_feeds(config: Config, limits: FetchLimits | None = None) -> list[FeedReport]:
    """Fetch and parse every feed once, storing nothing; `new_articles` counts the items."""
    limits = limits or FetchLimits()

    async def check(feed: Feed) -> FeedReport:
        try:
            inside = not feed.is_local and await session.is_inside(feed.location)
            result, articles = await _fetch_and_parse(session, feed, None, feed.name, inside)
        except Exception as exc:  # noqa: BLE001 - one feed's failure, as in a pass
            result, articles = failed(feed.location, one_line(exc)), []
        return FeedReport(
            feed.name,
            result.outcome,
            len(articles),
            result.status,
            result.error,
            result.duration_ms,
        )

    async with HttpSession(limits) as session:
        return list(await asyncio.gather(*(check(feed) for feed in config.feeds)))
