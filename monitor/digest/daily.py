"""The daily job: build the date's digest once, store it, and send it once to each recipient.

The CLI (`monitor digest`) and the scheduler both call these functions.
"""

import threading
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import sqlite_utils

from ..archive.digest_store import (
    StoredDigest,
    delivery_status,
    record_delivery,
    save_digest,
    stored_digest,
)
from ..config import Config, EmailConfig
from ..nlp.kb import knowledge_base
from .build import build_digest, content
from .mailer import Delivery, SendFailed, build_message, failure_status, message_id, send
from .render import render_html, render_text

# How long a digest whose copy failed is kept to be sent with the next one: a reader who gets
# it within a week still reads it as the week's news; older, it is in the archive.
KEPT_DAYS = 7
UNRECORDED = "sent, or about to be, when the archive could not record how it went"


def make_digest(
    db: sqlite_utils.Database,
    config: Config,
    day: date,
    window: tuple[datetime, datetime] | None = None,
) -> StoredDigest:
    """The stored digest for `day`, building and storing it first if there is none: the same
    date always gives the same content."""
    existing = stored_digest(db, day.isoformat())
    if existing:
        return existing
    digest = build_digest(
        db, config.digest, day, window, knowledge_base(config.knowledge_base), feeds=config.feeds
    )
    return save_digest(db, content(digest), render_text(digest), render_html(digest))


def send_digest(
    db: sqlite_utils.Database,
    config: Config,
    stored: StoredDigest,
    wait_seconds: float = 2.0,
    *,
    stop: threading.Event | None = None,
    resend_uncertain: bool = False,
) -> list[Delivery]:
    """Send to every recipient who has not had this date's digest (a digest with no stories
    only with `digest.send_empty`), after the earlier digests kept for a recipient whose copy
    failed (a 4xx, a hang-up, a server too slow: `kept_digests`). Nobody gets one twice: a
    delivery that may have arrived (uncertain) goes again only with `resend_uncertain`, a
    person's decision. Setting `stop` ends the send in progress; the rest are `failed`, to be
    tried next time."""
    settings = config.require_email()
    password = settings.password()
    stop = stop or threading.Event()
    deliveries = []
    for kept, recipients in kept_digests(db, stored.date, config.digest.recipients):
        deliveries += _deliver(db, settings, password, kept, recipients, wait_seconds, stop)
    if stored.empty and not config.digest.send_empty:
        return deliveries  # stored for the record; nobody needs a mail that says nothing happened
    return deliveries + _deliver(
        db, settings, password, stored, config.digest.recipients, wait_seconds, stop,
        resend_uncertain,
    )  # fmt: skip


def kept_digests(
    db: sqlite_utils.Database, before: str, recipients: Sequence[str]
) -> list[tuple[StoredDigest, list[str]]]:
    """The digests dated before `before`, up to KEPT_DAYS before it, that failed to reach one of the
    `recipients` (a transient failure): each is sent with the next digest, to those alone. A
    new date's digest covers only what arrived since the last one, so a copy that failed on
    its day was that day's news lost for its reader, whatever the next days brought."""
    first = (date.fromisoformat(before) - timedelta(days=KEPT_DAYS)).isoformat()
    failed: dict[str, list[str]] = {}
    for day, recipient in db.execute(
        "SELECT digest_date, recipient FROM digest_deliveries WHERE status = 'failed' "
        "AND digest_date >= ? AND digest_date < ? ORDER BY digest_date, recipient",
        [first, before],
    ).fetchall():
        if recipient in recipients:
            failed.setdefault(day, []).append(recipient)
    kept = [(stored_digest(db, day), failing) for day, failing in failed.items()]
    return [(digest, failing) for digest, failing in kept if digest is not None]


def told(delivery: Delivery, date: str) -> str:
    """One delivery as the CLI and the service's log tell it, when sending the digest for
    `date`: "ben@example.org: failed (451 Try later); kept, and sent with the next digest"."""
    kept = (
        f" (the digest for {delivery.date}, kept since it failed)" if delivery.date != date else ""
    )
    error = f" ({delivery.error})" if delivery.error else ""
    later = f"; kept, and sent with the next digest (up to {KEPT_DAYS} days)"
    return f"{delivery.recipient}: {delivery.status}{kept}{error}" + (
        later if delivery.status == "failed" else ""
    )


def _deliver(
    db: sqlite_utils.Database,
    settings: EmailConfig,
    password: str | None,
    stored: StoredDigest,
    recipients: Sequence[str],
    wait_seconds: float,
    stop: threading.Event,
    resend_uncertain: bool = False,
) -> list[Delivery]:
    deliveries = []
    for recipient in recipients:
        identifier = message_id(stored.date, recipient, settings.sender)
        status = delivery_status(db, stored.date, recipient)
        if status in ("sent", "rejected") or (status == "uncertain" and not resend_uncertain):
            deliveries.append(Delivery(stored.date, recipient, identifier, "already_" + status))
            continue
        message = build_message(stored, settings.sender, recipient)
        # Kept before the conversation: should the archive refuse this (a full disk), nothing
        # goes; recorded after it only, a copy sent on a full disk went unrecorded and went
        # again at each try (the service's, every 5 minutes). A copy left "sending" (the sender
        # killed, or the outcome refused) goes again whole, with the same Message-ID.
        record_delivery(db, stored.date, recipient, identifier, "sending", 0, UNRECORDED)
        try:
            attempts = send(settings, password, message, wait_seconds, stop=stop)
        except SendFailed as failure:
            status, error = failure_status(failure.error), str(failure)
            result = Delivery(stored.date, recipient, identifier, status, failure.attempts, error)
        else:
            result = Delivery(stored.date, recipient, identifier, "sent", attempts)
        record_delivery(
            db, stored.date, recipient, identifier, result.status, result.attempts, result.error
        )
        deliveries.append(result)
    return deliveries
