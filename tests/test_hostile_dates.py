"""Impossible or odd dates and time zones in feeds: nothing crashes, and no item is put on an
absurd day in the archive, the digest or an export.

Found by robustAM, the sixth hostile-input audit; each case names what the release before did.
"""

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FeedServer, item, rss
from hostile import run_monitor
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fetch import run
from test_hostile_fetch import frozen_clock

from monitor.ingest.item_dates import EARLIEST
from monitor.ingest.parse import parse_feed

FETCHED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FETCH_TIME = "2026-12-01T12:00:00+00:00"


def published(date: str) -> str:
    """The publication time stored for an item dated `date` (its pubDate), fetched at noon."""
    body = rss(item("g", "Title", pubDate=date))
    [article] = parse_feed(body, {}, "k", FETCHED).articles
    return article.published_utc.isoformat()


@pytest.mark.parametrize(
    "date, stored",
    [
        # Before: 2026-11-27T05:21 (an offset of 99 hours 99 minutes, four days back).
        ("Tue, 01 Dec 2026 10:00:00 +9999", "2026-12-01T10:00:00+00:00"),
        ("2026-12-01T10:00:00+99:99", "2026-12-01T10:00:00+00:00"),
        # Before: the previous day, a whole day back.
        ("Tue, 01 Dec 2026 10:00:00 +2400", "2026-12-01T10:00:00+00:00"),
        # Before: no date (the fetch time).
        ("Tue, 01 Dec 2026 10:00:00 GMT+25", "2026-12-01T10:00:00+00:00"),
        ("Tue, 01 Dec 2026 10:00:00 GMT+8", "2026-12-01T02:00:00+00:00"),
        # Before: read as UTC, eight or nine hours late (clamped to the fetch when past it).
        ("Tue, 01 Dec 2026 10:00:00 UTC+8", "2026-12-01T02:00:00+00:00"),
        ("Tue, 01 Dec 2026 10:00:00 JST", "2026-12-01T01:00:00+00:00"),
        # Before: no date, so an item five months old took the fetch time.
        ("Tue, 30 Jun 2026 23:59:60 +0000", "2026-06-30T23:59:59+00:00"),
        # Before: 2026-01-04, a day feedparser made up.
        ("-0044-03-15T00:00:00Z", FETCH_TIME),
        # Before: stored as written, shown in the digest as the item's day.
        ("Mon, 01 Jan 0001 00:00:00 GMT", FETCH_TIME),
        ("Mon, 01 Jan 1900 00:00:00 GMT", FETCH_TIME),
        ("Thu, 01 Jan 1970 00:00:00 GMT", FETCH_TIME),
        ("1969-07-20T20:17:40Z", FETCH_TIME),
        # As before: real zones and the new year they cross, and the future clamped.
        ("Tue, 01 Dec 2026 10:00:00 +1400", "2026-11-30T20:00:00+00:00"),
        ("Thu, 01 Jan 2026 00:30:00 +0100", "2025-12-31T23:30:00+00:00"),
        ("01 Dec 26 10:00 +0000", "2026-12-01T10:00:00+00:00"),
        ("Fri, 31 Dec 9999 23:59:59 -1200", FETCH_TIME),
        ("Sat, 01 Jan 0000 00:00:00 GMT", FETCH_TIME),
    ],
)
def test_an_item_is_dated_on_the_day_its_feed_wrote_or_when_it_arrived(
    date: str, stored: str
) -> None:
    assert published(date) == stored


DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ZONES = st.one_of(
    st.builds("{}{:02d}{:02d}".format, st.sampled_from("+-"), st.integers(0, 99), st.integers(0, 99)),
    st.builds("{}{}{}".format, st.sampled_from(["GMT", "UTC"]), st.sampled_from("+-"), st.integers(0, 99)),
    st.sampled_from(["GMT", "UTC", "Z", "EST", "PDT", "JST", "KST", "HKT", "CST", "XYZ", ""]),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(DAY_NAMES), st.integers(0, 40), st.sampled_from(MONTHS),
    st.integers(0, 99999), st.integers(0, 99), st.integers(0, 99), st.integers(0, 99), ZONES,
    st.booleans(),
)  # fmt: skip
def test_any_date_a_feed_writes_is_stored_between_1990_and_the_fetch(
    weekday: str, day: int, month: str, year: int, hour: int, minute: int, second: int,
    zone: str, iso: bool,
) -> None:  # fmt: skip
    """RFC 822 and ISO 8601 dates with any field out of range, and any zone: never an error,
    and the stored time is a day the item could have been published on."""
    if iso:
        number = MONTHS.index(month) + 1
        date = f"{year:04d}-{number:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{zone}"
    else:
        date = f"{weekday}, {day:02d} {month} {year} {hour:02d}:{minute:02d}:{second:02d} {zone}"
    moment = datetime.fromisoformat(published(date))
    assert EARLIEST <= moment <= FETCHED


def test_a_feed_of_odd_dates_puts_no_item_on_an_absurd_day_in_the_digest(tmp_path: Path) -> None:
    """As a user meets it: `monitor fetch` of a feed whose system writes "no date" as 0001-01-01
    or 1900-01-01 and whose zone is garbled, then `monitor digest --preview` and `export`.
    Before: the digest showed "Odd, 0001-01-01 00:00", "1900-01-01 00:00" and a day four days
    before the one written."""
    written = datetime.now(UTC).replace(hour=10, minute=0, second=0) - timedelta(days=2)
    dates = {
        "a": "Mon, 01 Jan 0001 00:00:00 GMT",
        "b": "Mon, 01 Jan 1900 00:00:00 GMT",
        "c": "Thu, 01 Jan 1970 00:00:00 GMT",
        "d": written.strftime("%a, %d %b %Y %H:%M:%S +9999"),
    }
    story = "Chinese coast guard ships entered restricted waters off Kinmen, Taiwan said."
    items = [item(guid, f"Kinmen story {guid}", description=story, pubDate=date)
             for guid, date in dates.items()]  # fmt: skip
    (tmp_path / "odd.rss").write_bytes(rss(*items, title="Odd"))
    config = tmp_path / "feeds.yaml"
    config.write_text("feeds:\n  - name: Odd\n    url: odd.rss\n")
    common = ("--db", str(tmp_path / "m.db"))
    fetched = run_monitor("fetch", "--config", str(config), *common)
    assert fetched.returncode == 0, fetched.stderr
    arrived = datetime.now(UTC).date()
    # The day each item is put on: the one written, or the day it arrived (give or take the
    # digest's time zone and a pass across midnight).
    days = {str(arrived + timedelta(days=shift)) for shift in (-1, 0, 1)} | {str(written.date())}
    digest = run_monitor("digest", "--preview", "--config", str(config), *common)
    assert digest.returncode == 0, digest.stderr
    shown = re.findall(r"Odd, (\d{4}-\d\d-\d\d) ", digest.stdout)
    assert shown and set(shown) <= days, digest.stdout
    exported = run_monitor("export", "--format", "jsonl", *common)
    stored = {json.loads(line)["id"]: json.loads(line)["published_utc"][:10]
              for line in exported.stdout.splitlines()}  # fmt: skip
    assert len(stored) == 4 and set(stored.values()) <= days
    assert str(written.date()) in stored.values()


def test_future_dates_are_not_believed_after_the_clock_once_ran_years_ahead(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: a fetch logged while the clock ran three years ahead was taken as how far time
    had come, so for three years every future date a feed gave (a feed dating every item a
    year ahead) was stored as the item's day."""
    right = datetime.now(UTC).replace(microsecond=0)
    ahead = (right + timedelta(days=365)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    url = feed_server.feed("/future", rss(item("f", "Dated a year ahead", pubDate=ahead)),
                           etag=None, last_modified=None)  # fmt: skip
    other = feed_server.feed("/other", rss(item("o", "Fetched while the clock ran ahead")))
    frozen_clock(monkeypatch, right + timedelta(days=3 * 365))
    run(tmp_path, [{"name": "Other", "url": other}])
    frozen_clock(monkeypatch, right)
    reports, db = run(tmp_path, [{"name": "Future", "url": url}])
    assert reports["Future"].new_articles == 1
    stored = db.execute("SELECT published_utc FROM articles WHERE title LIKE 'Dated%'").fetchone()
    assert stored[0] == right.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize("published", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])
def test_a_text_dated_at_the_calendars_end_is_analysed_as_undated(published: str) -> None:
    """Before: "on Monday" read against the year 1 or 9999 overflowed the date arithmetic, and
    `analyze --jsonl` stopped with "unexpected error: OverflowError: date value out of range"
    (an item an old release stored as 0001-01-01 failed its analysis the same way)."""
    text = "Chinese coast guard ships entered restricted waters off Kinmen on Monday, Taiwan said."
    line = json.dumps({"id": "x", "title": "Kinmen", "text": text, "published_utc": published})
    analysed = run_monitor("analyze", "--jsonl", "-", input=line + "\n")
    assert analysed.returncode == 0, analysed.stderr
    [result] = [json.loads(row) for row in analysed.stdout.splitlines()]
    assert {"Kinmen", "China Coast Guard"} <= {e["canonical"] for e in result["entities"]}
