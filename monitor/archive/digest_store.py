"""Digests and their deliveries in the archive: each date built once, each recipient served once."""

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..clock import now_utc, to_iso
from ..errors import MonitorError
from ..json_lines import json_text
from .transaction import write_transaction


@dataclass(frozen=True)
class StoredDigest:
    date: str
    timezone: str
    window_start_utc: str
    window_end_utc: str
    subject: str
    text: str
    html: str
    items_json: str
    created_utc: str
    content_json: str | None  # the digest as `monitor digest --json` prints it

    @property
    def empty(self) -> bool:
        return not json.loads(self.items_json)


def stored_digest(db: sqlite_utils.Database, date: str) -> StoredDigest | None:
    row = db.execute(
        "SELECT date, timezone, window_start_utc, window_end_utc, subject, text, html, "
        "items_json, created_utc, content_json FROM digests WHERE date = ?",
        [date],
    ).fetchone()
    return StoredDigest(*row) if row else None


def save_digest(
    db: sqlite_utils.Database, content: dict[str, Any], text: str, html: str
) -> StoredDigest:
    """Keep the digest (`content` is its JSON contract, build.content); a date already stored
    keeps its first version (a digest is a record)."""
    with write_transaction(db.conn):
        db.execute(
            "INSERT OR IGNORE INTO digests (date, timezone, window_start_utc, window_end_utc, "
            "subject, text, html, items_json, created_utc, content_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                content["date"], content["timezone"], content["window_start_utc"],
                content["window_end_utc"], content["subject"], text, html,
                json_text(content["stories"]), to_iso(now_utc()),
                json_text(content),
            ],
        )  # fmt: skip
    stored = stored_digest(db, content["date"])
    assert stored is not None
    return stored


def discard_unsent(db: sqlite_utils.Database, date: str) -> None:
    """Forget a stored digest so it can be built again; refused once a copy has gone out (or
    may have: uncertain, or sending when its sender was stopped), because then it is a record of
    what the analyst received."""
    with write_transaction(db.conn):
        sent = db.execute(
            "SELECT count(*) FROM digest_deliveries WHERE digest_date = ? "
            "AND status IN ('sent', 'uncertain', 'sending')",
            [date],
        ).fetchone()[0]
        if sent:
            raise MonitorError(
                f"the digest for {date} has gone out to {sent} recipient(s); it stays as sent"
            )
        db.execute("DELETE FROM digest_deliveries WHERE digest_date = ?", [date])
        db.execute("DELETE FROM digests WHERE date = ?", [date])


def delivery_status(db: sqlite_utils.Database, date: str, recipient: str) -> str | None:
    row = db.execute(
        "SELECT status FROM digest_deliveries WHERE digest_date = ? AND recipient = ?",
        [date, recipient],
    ).fetchone()
    return str(row[0]) if row else None


def record_delivery(
    db: sqlite_utils.Database,
    date: str,
    recipient: str,
    message_id: str,
    status: str,
    attempts: int,
    error: str | None,
) -> None:
    with write_transaction(db.conn):
        db.execute(
            "INSERT INTO digest_deliveries (digest_date, recipient, message_id, status, attempts, "
            "last_error, sent_utc) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(digest_date, recipient) DO UPDATE SET status = excluded.status, "
            "attempts = digest_deliveries.attempts + excluded.attempts, "
            "last_error = excluded.last_error, sent_utc = excluded.sent_utc",
            [date, recipient, message_id, status, attempts, error,
             to_iso(now_utc()) if status == "sent" else None],
        )  # fmt: skip


def list_digests(db: sqlite_utils.Database, limit: int) -> list[dict[str, Any]]:
    digests = []
    for row in db.query(
        "SELECT date, subject, window_start_utc, window_end_utc, created_utc, "
        "json_array_length(items_json) AS stories FROM digests ORDER BY date DESC LIMIT ?",
        [limit],
    ):
        deliveries = list(
            db.query(
                "SELECT recipient, message_id, status, attempts, last_error, sent_utc "
                "FROM digest_deliveries WHERE digest_date = ? ORDER BY recipient",
                [row["date"]],
            )
        )
        digests.append({**row, "deliveries": deliveries})
    return digests


def digests_for_export(db: sqlite_utils.Database, limit: int | None) -> list[dict[str, Any]]:
    """Stored digests, newest first, whole: `monitor export --digests` and its Atom feed."""
    return list(
        db.query(
            "SELECT date, subject, timezone, window_start_utc, window_end_utc, created_utc, "
            "json_array_length(items_json) AS stories, text, html FROM digests "
            "ORDER BY date DESC" + (" LIMIT ?" if limit else ""),
            [limit] if limit else [],
        )
    )
