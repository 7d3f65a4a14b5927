"""Backoff and Retry-After policy, as pure functions."""

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from monitor.ingest.fetch import FetchResult, parse_retry_after
from monitor.ingest.health import BACKOFF_MAX, FeedState, after_fetch, backoff_delay

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_backoff_doubles_with_jitter_and_caps_at_a_week() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(n, rng) for n in range(1, 12)]
    for n, delay in enumerate(delays, start=1):
        nominal = min(timedelta(minutes=15) * 2 ** (n - 1), BACKOFF_MAX)
        assert nominal * 0.75 <= delay <= nominal
    assert backoff_delay(500, rng) <= timedelta(days=7)  # never stopped for good
    assert len({backoff_delay(3) for _ in range(20)}) > 1  # jitter spreads failing feeds


def test_retry_after_forms() -> None:
    assert parse_retry_after("120", NOW) == NOW + timedelta(seconds=120)
    assert parse_retry_after("Thu, 26 Nov 2026 14:00:00 GMT", NOW) == NOW + timedelta(hours=2)
    assert parse_retry_after("soon", NOW) == NOW + timedelta(hours=1)
    assert parse_retry_after("99999999", NOW) == NOW + timedelta(days=7)
    assert parse_retry_after("Thu, 01 Jan 2015 00:00:00 GMT", NOW) == NOW


@given(st.text() | st.integers(min_value=0).map(str))
def test_any_retry_after_is_a_wait_of_at_most_a_week(value: str) -> None:
    """Whatever a server sends (robustAL: before, 10**25 seconds raised OverflowError and "²"
    ValueError, and the feed's 429 was counted as its failure)."""
    assert NOW <= parse_retry_after(value, NOW) <= NOW + timedelta(days=7)


def test_not_modified_keeps_validators_and_success_clears_failures() -> None:
    state = FeedState(1, "A", "https://a.example/", etag='"x"', last_modified="Tue",
                      consecutive_failures=4, last_error="HTTP 500")  # fmt: skip
    result = FetchResult("not_modified", "https://a.example/", "https://a.example/", status=304)
    after = after_fetch(state, result, NOW)
    assert (after.etag, after.last_modified) == ('"x"', "Tue")
    assert (after.consecutive_failures, after.last_error, after.next_fetch_utc) == (0, None, None)
