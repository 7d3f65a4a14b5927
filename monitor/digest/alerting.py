"""Alerts after each pass: match the articles the pass stored against every rule, keep each
match once per recipient (alert_store), then send each rule's unsent matches to each recipient
in one email, within the same pass.

`monitor fetch` and each feed job of `monitor run` call `alert_after_pass`; `monitor alerts
send` calls `send_alerts` alone, and `monitor demo` and `monitor alerts test` `find_matches`.

Exactly once, as for the digest: a row is kept before its email goes, claimed with the email's
Message-ID just before, and marked after; one sender at a time (a lock beside the database), so
a row still `sending` when a sender starts is one that a stopped process left, and goes again as
the same message. Quiet hours and the hourly cap hold matches back until the next allowed send.
"""

import fcntl
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import sqlite_utils

from ..alert_config import IncursionThreshold, zone_words
from ..archive.alert_store import (
    Match,
    Row,
    claim,
    hold,
    messages_in_last_hour,
    new_articles,
    record_matches,
    record_outcome,
    skip_new_articles,
    unfinished,
)
from ..archive.selection import Selection, entities_named, select_articles, threshold_facts
from ..archive.transaction import write_transaction
from ..clock import now_utc, stored_time
from ..config import Config, EmailConfig
from .alert_rules import Rule, quiet_now
from .mailer import SendFailed, alert_message_id, compose, failure_status, send
from .render import render_alert_html, render_alert_text

log = logging.getLogger(__name__)

LOCK_POLL_S = 0.1


@dataclass(frozen=True)
class Found:
    """A match with what an email or a listing says about its article."""

    match: Match
    title: str
    outlet: str
    link: str | None
    published_utc: str


@dataclass(frozen=True)
class AlertDelivery:
    """One email's outcome: sent, failed, rejected or uncertain; or held (quiet hours, cap)."""

    rule: str
    recipient: str
    status: str
    matches: int
    held_back: int = 0  # matches that had waited for quiet hours or the cap to pass
    message_id: str | None = None
    error: str | None = None


def find_matches(db: sqlite_utils.Database, rule: Rule, among: Selection) -> list[Found]:
    """What the rule matches among the articles `among` selects (a pass's new articles, or the
    last 7 days'): one per article, or one per day and place for an incursion threshold."""
    selection = replace(
        among, feeds=rule.feeds, tags=rule.tags, entity_ids=rule.entity_ids,
        themes=rule.themes, query=rule.query, incursions=rule.incursions,
    )  # fmt: skip
    articles = {row["id"]: row for row in select_articles(db, selection)}
    if rule.incursions:
        highest: dict[str, dict[str, Any]] = {}  # the report giving the highest figure
        for fact in threshold_facts(db, rule.incursions, list(articles)):
            key = f"incursion:{fact['day']}:{fact['place']}"
            if key not in highest or fact["count"] > highest[key]["count"]:
                highest[key] = fact
        found = [
            _found(Match(key, fact["article_id"], _figure(rule.incursions, fact)), articles)
            for key, fact in highest.items()
        ]
        return sorted(found, key=lambda item: item.published_utc, reverse=True)
    named = entities_named(db, rule.entity_ids, list(articles)) if rule.entities else {}
    return [
        _found(Match(f"article:{article_id}", article_id, _why(rule, named.get(article_id))),
               articles)
        for article_id in articles
    ]  # fmt: skip


def alert_after_pass(
    db: sqlite_utils.Database,
    config: Config,
    rules: tuple[Rule, ...],
    *,
    wait_seconds: float = 2.0,
    stop: threading.Event | None = None,
) -> list[AlertDelivery]:
    """Match what the pass stored and send every rule's unsent matches. Without rules, or
    without `email:` in feeds.yaml, the pass's articles are passed over: alerts are news, and a
    later pass does not send them late (`monitor fetch --no-alerts` passes them over itself)."""
    if not rules or config.email is None:
        skip_new_articles(db.conn)
        return []
    match_new_articles(db, rules)
    return send_alerts(db, config, rules, wait_seconds=wait_seconds, stop=stop)


def match_new_articles(db: sqlite_utils.Database, rules: tuple[Rule, ...]) -> int:
    """Keep each rule's matches among the articles stored since the last look, once per
    recipient; returns how many were new."""
    now = now_utc()
    # One transaction, so that two passes at once never look at the same articles.
    with write_transaction(db.conn):
        after, up_to = new_articles(db.conn)
        among = Selection(rowids=(after, up_to))
        found = [
            (rule.name, item.match, rule.recipients)
            for rule in rules
            for item in (find_matches(db, rule, among) if up_to > after else [])
        ]
        return record_matches(db, found, up_to, now)


def send_alerts(
    db: sqlite_utils.Database,
    config: Config,
    rules: tuple[Rule, ...],
    *,
    wait_seconds: float = 2.0,
    stop: threading.Event | None = None,
    resend_uncertain: bool = False,
) -> list[AlertDelivery]:
    """Send each rule's unsent matches to each of its recipients, one email each."""
    settings = config.require_smtp()
    password = settings.password()
    stop = stop or threading.Event()
    deliveries: list[AlertDelivery] = []
    with _one_sender(db, stop):
        for rule in rules:
            for recipient in rule.recipients:
                rows = unfinished(db, rule.name, recipient, resend_uncertain)
                for batch, fresh in _batches(rows):
                    if stop.is_set():
                        return deliveries
                    now = now_utc()
                    reason = _held(db, rule, recipient, now, config) if fresh else None
                    if reason:
                        hold(db, batch, reason)
                        deliveries.append(AlertDelivery(rule.name, recipient, "held",
                                                        len(batch), error=reason))  # fmt: skip
                        continue
                    message = _message(config, rule, recipient, batch, now)
                    identifier = str(message["Message-ID"])
                    claim(db, batch, identifier, now)
                    held_back = sum(row.held_reason is not None for row in batch)
                    status, attempts, error = _send(settings, password, message, wait_seconds, stop)
                    record_outcome(db, batch, status, attempts, error, now_utc())
                    deliveries.append(AlertDelivery(rule.name, recipient, status, len(batch),
                                                    held_back, identifier, error))  # fmt: skip
    return deliveries


def _send(
    settings: EmailConfig,
    password: str | None,
    message: EmailMessage,
    wait_seconds: float,
    stop: threading.Event,
) -> tuple[str, int, str | None]:
    """(status, attempts, error) of one message, as the digest's sends are recorded."""
    try:
        attempts = send(settings, password, message, wait_seconds, stop=stop)
    except SendFailed as failure:
        return failure_status(failure.error), failure.attempts, str(failure)
    return "sent", attempts, None


def _batches(rows: list[Row]) -> Iterator[tuple[list[Row], bool]]:
    """A message a stopped sender left unconfirmed (or uncertain, when asked) goes again whole,
    as the same message; everything else not sent yet goes in one new message (`True`)."""
    again: dict[str, list[Row]] = {}
    for row in rows:
        if row.status in ("sending", "uncertain") and row.message_id:
            again.setdefault(row.message_id, []).append(row)
    yield from ((batch, False) for batch in again.values())
    fresh = [row for row in rows if row.status in ("pending", "failed")]
    if fresh:
        yield fresh, True


def _held(
    db: sqlite_utils.Database, rule: Rule, recipient: str, now: datetime, config: Config
) -> str | None:
    if quiet_now(rule, now, config.digest.zone):
        return f"quiet hours {rule.quiet_hours_text}"
    cap = rule.max_per_hour
    if cap and messages_in_last_hour(db, rule.name, recipient, now) >= cap:
        return f"max_per_hour {cap}"
    return None


def _message(
    config: Config, rule: Rule, recipient: str, rows: list[Row], now: datetime
) -> EmailMessage:
    """The email for these rows. One that goes again keeps its Message-ID and Date, so that a
    second copy is recognisably the same message."""
    settings = config.require_smtp()
    again = rows[0].status in ("sending", "uncertain") and rows[0].message_id
    identifier = rows[0].message_id if again else None
    identifier = identifier or alert_message_id(
        rule.name, recipient, [row.match_key for row in rows], settings.sender
    )
    if again:
        now = stored_time(rows[0].attempted_utc, f"alert {rule.name!r}: attempted_utc") or now
    subject = f"{config.digest.title} alert: {rule.name} ({len(rows)} new)"
    text = render_alert_text(rule, rows, config.digest)
    html = render_alert_html(rule, rows, config.digest)
    return compose(subject, text, html, settings.sender, recipient, identifier, now)


@contextmanager
def _one_sender(db: sqlite_utils.Database, stop: threading.Event) -> Iterator[None]:
    """One sender at a time per database, across threads and processes: the feed jobs of
    `monitor run` and a `monitor fetch` beside it wait their turn (or the stop event)."""
    path = Path(db.execute("PRAGMA database_list").fetchone()[2]).resolve()
    lock_path = path.with_name(path.name + ".alerts.lock")
    with lock_path.open("a") as handle:
        while not stop.is_set():
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                stop.wait(LOCK_POLL_S)
                continue
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
            return
        yield  # stopped while waiting: the caller sees `stop` and sends nothing


def _why(rule: Rule, names: list[str] | None) -> str:
    """What an article matched, in the words of the rule."""
    if names:
        return ", ".join(names)
    if rule.query:
        return f"search: {rule.query}"
    if rule.themes:
        return " or ".join(rule.themes)
    return ", ".join(rule.feeds or rule.tags)


def _found(match: Match, articles: dict[str, dict[str, Any]]) -> Found:
    article = articles[match.article_id]
    return Found(match, article["title"], article["feed"], article["link"],
                 article["published_utc"])  # fmt: skip


def _figure(threshold: IncursionThreshold, fact: dict[str, Any]) -> str:
    """'2026-11-25 Taiwan: 28 aircraft around Taiwan', as the digest's incursion lines begin."""
    figure = fact["count"] if threshold.per == "report" else fact["day_count"]
    place = fact["place"] or "place not named"
    return f"{fact['day']} {place}: {figure} {fact['what']} {zone_words(fact['zone'])}"
