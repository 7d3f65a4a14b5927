"""Alerts in the archive: what each rule matched for each recipient, once, and what became of it.

A row is keyed by (rule, recipient, match_key): `article:ID` for entity, query, theme, feed and
tag rules, `incursion:DAY:PLACE` for incursion thresholds, so inserting it again changes nothing.
Its status is one of:

pending    matched, not sent yet (held back by quiet hours or the hourly cap: `held_reason`)
sending    claimed for one message (`message_id`) by a sender that has not finished; found so by
           the next sender, it means that one stopped mid-send, and it is sent again as the
           same message
sent       the server accepted it
failed     nothing was delivered; tried again by the next pass
rejected   a permanent refusal; not tried again
uncertain  the message went out and was never confirmed; sent again only when asked
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..clock import to_iso
from .transaction import write_transaction

if TYPE_CHECKING:  # a pass with nothing new passes its articles over on the plain connection
    import sqlite_utils

UNFINISHED = ("pending", "sending", "failed")


@dataclass(frozen=True)
class Match:
    """What one rule found: an article, or a day's incursion figure and the report giving it."""

    key: str
    article_id: str
    matched: str  # the entities it names, or the figure, or the criterion it met


@dataclass(frozen=True)
class Row:
    """A delivery row with what an email says about its article."""

    id: int
    rule: str
    recipient: str
    match_key: str
    matched: str
    status: str
    held_reason: str | None
    message_id: str | None
    title: str
    outlet: str
    link: str | None
    published_utc: str
    attempted_utc: str | None


def new_articles(conn: sqlite3.Connection) -> tuple[int, int]:
    """(after, up to): the rowids of the articles stored since alerts last looked."""
    (after,) = conn.execute("SELECT article_rowid FROM _alert_watermark").fetchone()
    (latest,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()
    return int(after), max(int(after), int(latest))


def record_matches(
    db: sqlite_utils.Database,
    found: Iterable[tuple[str, Match, Sequence[str]]],
    up_to: int,
    now: datetime,
) -> int:
    """Keep each (rule, match, recipients) found once, and move the mark to `up_to`; returns
    how many rows were new. Call inside the write transaction that found them."""
    added = 0
    for rule, match, recipients in found:
        for recipient in recipients:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alert_deliveries (rule, recipient, match_key, article_id, "
                "matched, status, matched_utc) VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                [rule, recipient, match.key, match.article_id, match.matched, to_iso(now)],
            )
            added += cursor.rowcount
    db.execute("UPDATE _alert_watermark SET article_rowid = ?", [up_to])
    return added


def skip_new_articles(conn: sqlite3.Connection) -> None:
    """Look past what is stored now without matching it (`monitor fetch --no-alerts`)."""
    with write_transaction(conn):
        conn.execute("UPDATE _alert_watermark SET article_rowid = ?", [new_articles(conn)[1]])


def unfinished(
    db: sqlite_utils.Database, rule: str, recipient: str, resend_uncertain: bool = False
) -> list[Row]:
    """The rule's rows for the recipient that a send should deal with, oldest match first."""
    statuses = (*UNFINISHED, "uncertain") if resend_uncertain else UNFINISHED
    return [
        Row(**row)
        for row in db.query(
            "SELECT d.id, d.rule, d.recipient, d.match_key, d.matched, d.status, d.held_reason, "
            "d.message_id, a.title, f.name AS outlet, a.link, a.published_utc, d.attempted_utc "
            "FROM alert_deliveries d JOIN articles a ON a.id = d.article_id "
            "JOIN feeds f ON f.id = a.feed_id "
            f"WHERE d.rule = ? AND d.recipient = ? AND d.status IN ({_marks(statuses)}) "
            "ORDER BY a.published_utc DESC, d.id",
            [rule, recipient, *statuses],
        )
    ]


def claim(db: sqlite_utils.Database, rows: Sequence[Row], message_id: str, now: datetime) -> None:
    """Mark the rows as going out in one message, before it goes (a message that goes again
    keeps the time it first went, which the hourly cap counts)."""
    with write_transaction(db.conn):
        db.execute(
            "UPDATE alert_deliveries SET status = 'sending', attempted_utc = CASE WHEN "
            "message_id IS ? AND attempted_utc IS NOT NULL THEN attempted_utc ELSE ? END, "
            f"message_id = ? WHERE id IN ({_marks(rows)})",
            [message_id, to_iso(now), message_id, *(row.id for row in rows)],
        )


def record_outcome(
    db: sqlite_utils.Database,
    rows: Sequence[Row],
    status: str,
    attempts: int,
    error: str | None,
    now: datetime,
) -> None:
    with write_transaction(db.conn):
        db.execute(
            f"UPDATE alert_deliveries SET status = ?, attempts = attempts + ?, last_error = ?, "
            f"sent_utc = ?, held_reason = CASE WHEN ? = 'sent' THEN NULL ELSE held_reason END "
            f"WHERE id IN ({_marks(rows)})",
            [status, attempts, error, to_iso(now) if status == "sent" else None, status,
             *(row.id for row in rows)],
        )  # fmt: skip


def hold(db: sqlite_utils.Database, rows: Sequence[Row], reason: str) -> None:
    """Keep the rows for the next allowed send, saying why they wait."""
    with write_transaction(db.conn):
        db.execute(
            f"UPDATE alert_deliveries SET held_reason = ? WHERE id IN ({_marks(rows)})",
            [reason, *(row.id for row in rows)],
        )


def messages_in_last_hour(
    db: sqlite_utils.Database, rule: str, recipient: str, now: datetime
) -> int:
    """Messages of the rule that went out (or may have) to the recipient in the last hour."""
    (count,) = db.execute(
        "SELECT count(DISTINCT message_id) FROM alert_deliveries WHERE rule = ? AND recipient = ? "
        "AND status IN ('sent', 'uncertain', 'sending') AND attempted_utc > ?",
        [rule, recipient, to_iso(now - timedelta(hours=1))],
    ).fetchone()
    return int(count)


def alert_history(
    db: sqlite_utils.Database, rule: str | None, limit: int | None
) -> list[dict[str, Any]]:
    """Every delivery row, newest match first, with its article."""
    return list(
        db.query(
            "SELECT d.matched_utc, d.rule, d.recipient, d.status, d.matched, a.title, a.link, "
            "f.name AS outlet, d.match_key, d.message_id, d.attempts, d.last_error, "
            "d.held_reason, d.attempted_utc, d.sent_utc "
            "FROM alert_deliveries d JOIN articles a ON a.id = d.article_id "
            "JOIN feeds f ON f.id = a.feed_id WHERE (? IS NULL OR d.rule = ?) "
            "ORDER BY d.matched_utc DESC, d.id DESC" + (" LIMIT ?" if limit else ""),
            [rule, rule, *([limit] if limit else [])],
        )
    )


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))
