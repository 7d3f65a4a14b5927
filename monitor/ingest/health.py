"""What a fetch outcome means for a feed's future: backoff, Retry-After, moves, 410 Gone.

Pure functions over records, so the policy is tested without a network or a database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fetch import FetchResult

BACKOFF_BASE = timedelta(minutes=15)
BACKOFF_MAX = timedelta(days=7)
MOVES_TO_CONFIRM = 3  # a permanent redirect seen this many fetches in a row moves the feed


@dataclass(frozen=True)
class FeedState:
    """A feed's row in the `feeds` table, as far as fetching cares."""

    id: int
    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    consecutive_failures: int = 0
    next_fetch_utc: datetime | None = None
    disabled_reason: str | None = None
    redirect_url: str | None = None
    redirect_count: int = 0
    last_error: str | None = None


def backoff_delay(failures: int, rng: random.Random | None = None) -> timedelta:
    """Exponential from 15 minutes, capped at 7 days, with jitter so failing feeds spread out.

    The cap is what keeps a feed alive: it is retried at least weekly, never stopped for good.
    """
    rng = rng or random.Random()
    exponential = BACKOFF_BASE * (2 ** min(max(failures - 1, 0), 20))
    capped: timedelta = min(exponential, BACKOFF_MAX)
    return capped * rng.uniform(0.75, 1.0)


def after_fetch(state: FeedState, result: FetchResult, now: datetime) -> FeedState:
    """The feed's next state after `result` (a body that did not parse arrives as failed)."""
    if result.outcome == "gone":
        return replace(
            state, disabled_reason=f"{result.error} ({now:%Y-%m-%d})", last_error=result.error
        )
    if result.outcome == "retry_later":
        # The server is busy, not broken: honour its wish without counting a failure.
        return replace(state, next_fetch_utc=result.retry_after, last_error=result.error)
    if result.outcome == "failed":
        failures = state.consecutive_failures + 1
        return replace(
            state,
            consecutive_failures=failures,
            next_fetch_utc=now + backoff_delay(failures),
            last_error=result.error,
        )
    succeeded = replace(
        state,
        consecutive_failures=0,
        next_fetch_utc=None,
        last_error=None,
        etag=result.etag or (state.etag if result.outcome == "not_modified" else None),
        last_modified=result.last_modified
        or (state.last_modified if result.outcome == "not_modified" else None),
    )
    return _track_move(succeeded, result.moved_to)


def _track_move(state: FeedState, moved_to: str | None) -> FeedState:
    """Move the stored URL only after the same permanent redirect, fetch after fetch."""
    if moved_to is None:
        return replace(state, redirect_url=None, redirect_count=0)
    count = state.redirect_count + 1 if moved_to == state.redirect_url else 1
    if count >= MOVES_TO_CONFIRM:
        return replace(state, url=moved_to, redirect_url=None, redirect_count=0)
    return replace(state, redirect_url=moved_to, redirect_count=count)


def waiting_until(state: FeedState, now: datetime) -> datetime | None:
    """When the feed may be fetched again, if not now.

    No wait monitor sets is longer than BACKOFF_MAX (Retry-After is capped alike), so a time
    further ahead than that from `now` was set while the clock ran ahead: it is void, and the
    feed is due now. (Capping the time instead would keep it waiting for ever, the cap moving
    on with the clock.)
    """
    if state.next_fetch_utc is None or state.next_fetch_utc <= now:
        return None
    if state.next_fetch_utc > now + BACKOFF_MAX:
        return None
    return state.next_fetch_utc
