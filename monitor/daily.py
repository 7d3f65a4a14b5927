"""The daily job: build the date's digest once, store it, and send it once to each recipient.

The CLI (`monitor digest`) and the scheduler both call these functions.
"""

from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from .config import Config
from .digest import build_digest
from .digest_store import StoredDigest, delivery_status, record_delivery, save_digest, stored_digest
from .mailer import Delivery, SendFailed, build_message, is_transient, message_id, send
from .render import render_html, render_text


@dataclass(frozen=True)
class DigestRun:
    digest: StoredDigest
    deliveries: list[Delivery]


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
    digest = build_digest(db, config.digest, day, window)
    return save_digest(db, digest, render_text(digest), render_html(digest))


def send_digest(
    db: sqlite_utils.Database, config: Config, stored: StoredDigest, wait_seconds: float = 2.0
) -> list[Delivery]:
    """Send to every recipient who has not had this date's digest. Nobody gets it twice."""
    settings = config.require_email()
    password = settings.password()
    deliveries = []
    for recipient in config.digest.recipients:
        identifier = message_id(stored.date, recipient, settings.sender)
        status = delivery_status(db, stored.date, recipient)
        if status in ("sent", "rejected"):
            deliveries.append(Delivery(recipient, identifier, "already_" + status))
            continue
        message = build_message(stored, settings.sender, recipient)
        try:
            attempts = send(settings, password, message, wait_seconds)
        except SendFailed as failure:
            status = "failed" if is_transient(failure.error) else "rejected"
            result = Delivery(recipient, identifier, status, failure.attempts, str(failure))
            record_delivery(
                db, stored.date, recipient, identifier, status, failure.attempts, result.error
            )
        else:
            result = Delivery(recipient, identifier, "sent", attempts)
            record_delivery(db, stored.date, recipient, identifier, "sent", attempts, None)
        deliveries.append(result)
    return deliveries
