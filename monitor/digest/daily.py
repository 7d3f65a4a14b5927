"""The daily job: build the date's digest once, store it, and send it once to each recipient.

The CLI (`monitor digest`) and the scheduler both call these functions.
"""

import threading
from datetime import date, datetime

import sqlite_utils

from ..archive.digest_store import (
    StoredDigest,
    delivery_status,
    record_delivery,
    save_digest,
    stored_digest,
)
from ..config import Config
from ..nlp.kb import knowledge_base
from .build import build_digest, content
from .mailer import Delivery, SendFailed, build_message, failure_status, message_id, send
from .render import render_html, render_text


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
    only with `digest.send_empty`). Nobody gets it twice: a
    delivery that may have arrived (uncertain) goes again only with `resend_uncertain`, a
    person's decision. Setting `stop` ends the send in progress; the rest are `failed`, to be
    tried next time."""
    settings = config.require_email()
    if stored.empty and not config.digest.send_empty:
        return []  # stored for the record; nobody needs a mail that says nothing happened
    password = settings.password()
    stop = stop or threading.Event()
    deliveries = []
    for recipient in config.digest.recipients:
        identifier = message_id(stored.date, recipient, settings.sender)
        status = delivery_status(db, stored.date, recipient)
        if status in ("sent", "rejected") or (status == "uncertain" and not resend_uncertain):
            deliveries.append(Delivery(recipient, identifier, "already_" + status))
            continue
        message = build_message(stored, settings.sender, recipient)
        try:
            attempts = send(settings, password, message, wait_seconds, stop=stop)
        except SendFailed as failure:
            result = Delivery(
                recipient, identifier, failure_status(failure.error), failure.attempts, str(failure)
            )
        else:
            result = Delivery(recipient, identifier, "sent", attempts)
        record_delivery(
            db, stored.date, recipient, identifier, result.status, result.attempts, result.error
        )
        deliveries.append(result)
    return deliveries
