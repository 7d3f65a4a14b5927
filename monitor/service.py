"""`monitor run`: one process that fetches each feed on its own interval, sends the alerts each
fetch matched and the digest at its local time, follows edits to feeds.yaml, and stops cleanly.

APScheduler 3 runs the jobs: feeds on a thread pool (one connection per host across all of
them), the digest on its own thread so a slow feed never delays it. Jobs have explicit ids,
coalesce and never overlap themselves. The digest never misfires silently: a late run still
runs, and a digest missed while the process was down is sent once at start-up, covering the gap.
"""

import fcntl
import hashlib
import logging
import os
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .archive.store import describe_failure, open_db
from .clock import clock_time, latest_due_date, now_utc
from .config import MAX_CONFIG_BYTES, Feed, load_config
from .digest.alert_rules import alert_rules
from .digest.alerting import alert_after_pass
from .digest.daily import make_digest, send_digest, told
from .errors import MonitorError, one_line
from .files import read_capped
from .pipeline import Stopped, poll
from .urls import is_web_url

log = logging.getLogger(__name__)

FEED_WORKERS = 4
JITTER_SHARE = 0.1  # of the interval, so feeds that share a host do not all fire together
MAX_JITTER = timedelta(minutes=5)
RELOAD_EVERY_S = 5.0
DIGEST_RETRY_MINUTES = 5


class AlreadyRunning(MonitorError):
    pass


@contextmanager
def single_instance(db_path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside the database for as long as the service runs. The lock
    follows the database's real path, so a symlink or a relative path cannot start a second."""
    real = db_path.resolve()
    lock_path = real.with_name(real.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle: IO[str] = lock_path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        owner = handle.read().strip() or "another process"
        handle.close()
        raise AlreadyRunning(
            f"{db_path}: `monitor run` is already running on this database (pid {owner})"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


class Service:
    """The scheduler and its jobs. `minute` shrinks time for tests; users keep one minute."""

    def __init__(
        self,
        config_path: Path,
        db_path: Path,
        *,
        minute: timedelta = timedelta(minutes=1),
        reload_every_s: float = RELOAD_EVERY_S,
        retry_wait_s: float = 2.0,
    ) -> None:
        self.config_path = config_path
        self.db_path = db_path
        self.minute = minute
        self.reload_every_s = reload_every_s
        self.retry_wait_s = retry_wait_s
        self.config = load_config(config_path)
        self.rules = alert_rules(self.config)
        self._config_digest = self._edit_digest = _file_digest(config_path)
        self.stop = threading.Event()
        self._host_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self.scheduler = BackgroundScheduler(
            executors={
                "default": ThreadPoolExecutor(FEED_WORKERS),
                "digest": ThreadPoolExecutor(1),
            },
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=self.config.digest.zone,
        )

    def start(self) -> None:
        """Every feed is fetched once now, then on its interval; a missed digest goes out now."""
        if self.config.email and (self.config.digest.recipients or self.rules):
            self.config.require_smtp()
        open_db(self.db_path).close()  # migrate once, before any job opens it
        self.scheduler.start()
        for feed in self.config.feeds:
            self._schedule_feed(feed, first=now_utc())
        self._schedule_digest()
        if self._missed_digest():
            self.scheduler.add_job(self.run_digest, id="digest-catch-up", executor="digest")
        self.scheduler.add_job(
            self.reload, IntervalTrigger(seconds=self.reload_every_s), id="config-reload"
        )
        log.info("monitor run: %d feeds, digest at %s %s", len(self.config.feeds),
                 self.config.digest.time, self.config.digest.timezone)  # fmt: skip

    def shutdown(self) -> None:
        """Stop fetches in flight (nothing partial is stored) and the digest's SMTP conversation
        in flight, and wait for the jobs to end."""
        self.stop.set()
        self.scheduler.shutdown(wait=True)

    # -- feeds

    def _schedule_feed(self, feed: Feed, first: datetime | None = None) -> None:
        job_id = f"feed:{feed.name}"
        if self.scheduler.get_job(job_id):
            self.scheduler.remove_job(job_id)
        if not feed.enabled:
            return
        interval = self.minute * feed.interval_minutes
        jitter = min(interval * JITTER_SHARE, MAX_JITTER * (self.minute / timedelta(minutes=1)))
        self.scheduler.add_job(
            self.fetch_feed,
            IntervalTrigger(seconds=interval.total_seconds(), jitter=jitter.total_seconds()),
            args=[feed.name],
            id=job_id,
            name=job_id,
            next_run_time=first,
        )

    def fetch_feed(self, name: str) -> None:
        """One pass over the feed, then the alerts it matched (after the host is free again:
        a slow SMTP server never holds up the next fetch from the same host)."""
        config, rules = self.config, self.rules
        try:
            feed = config.feed(name)
        except MonitorError:
            return  # removed from feeds.yaml since this run was scheduled
        host = urlsplit(feed.location).netloc if is_web_url(feed.location) else "local files"
        try:
            db = open_db(self.db_path)
        except MonitorError as exc:  # the database itself is unusable: say so, try later
            log.error("fetch feed=%r: %s", name, exc)
            return
        try:
            with self._host_locks[host]:
                poll(config, db.conn, names=[name], stop=self.stop)
            if not self.stop.is_set():
                for sent in alert_after_pass(db, config, rules, wait_seconds=self.retry_wait_s,
                                             stop=self.stop):  # fmt: skip
                    note = f" ({sent.error})" if sent.error else ""
                    log.info("alert %r to %s: %s, %d matches%s", sent.rule, sent.recipient,
                             sent.status, sent.matches, note)  # fmt: skip
        except Stopped:
            log.info("fetch feed=%r stopped by shutdown; nothing stored", name)
        except Exception as exc:  # noqa: BLE001 - poll records feeds' failures itself
            log.error("fetch feed=%r: %s", name, one_line(exc))
            log.debug("fetch feed=%r", name, exc_info=True)
        finally:
            db.close()

    # -- digest

    def _schedule_digest(self) -> None:
        digest = self.config.digest
        moment = clock_time(digest.time)
        self.scheduler.add_job(
            self.run_digest,
            CronTrigger(hour=moment.hour, minute=moment.minute, timezone=digest.zone),
            id="digest",
            executor="digest",
            replace_existing=True,
        )

    def _missed_digest(self) -> bool:
        """A digest fell due while the process was down: there is an earlier one, not this one.
        (A new installation waits for its first digest time instead of mailing an empty one.)"""
        day = latest_due_date(self.config).isoformat()
        db = open_db(self.db_path)
        try:
            earlier, this = db.execute(
                "SELECT sum(date < ?), sum(date = ?) FROM digests", [day, day]
            ).fetchone()
            unsent = db.execute(
                "SELECT count(*) FROM digest_deliveries "
                "WHERE digest_date = ? AND status = 'failed'",
                [day],
            ).fetchone()[0]
        finally:
            db.close()
        return bool(earlier) and (not this or bool(unsent))

    def run_digest(self, now: datetime | None = None) -> None:
        """The digest job, with its failure boundary: a digest that cannot be built (the
        database locked past its wait, a full disk) is tried again DIGEST_RETRY_MINUTES later,
        not at the next day's time with the day's email never sent."""
        try:
            self._digest(now)
        except Exception as exc:  # noqa: BLE001 - told in one line, and tried again
            log.debug("digest", exc_info=True)
            if self.stop.is_set():
                log.error("digest: %s", describe_failure(exc))
                return
            log.error("digest: %s; trying again in %d minutes", describe_failure(exc),
                      DIGEST_RETRY_MINUTES)  # fmt: skip
            retry = now_utc() + self.minute * DIGEST_RETRY_MINUTES
            self.scheduler.add_job(self.run_digest, "date", run_date=retry, id="digest-retry",
                                   executor="digest", replace_existing=True)  # fmt: skip

    def _digest(self, now: datetime | None) -> None:
        """Build the latest due digest (covering everything since the last one) and send it to
        whoever lacks it. Idempotent by date: a doubled trigger (a DST fall-back) sends nothing."""
        config = self.config
        day = latest_due_date(config, now)
        db = open_db(self.db_path)
        try:
            stored = make_digest(db, config, day)
            log.info("digest %s: %s", stored.date, stored.subject)
            if config.email and config.digest.recipients and not self.stop.is_set():
                for delivery in send_digest(db, config, stored, self.retry_wait_s, stop=self.stop):
                    log.info("digest %s to %s", stored.date, told(delivery, stored.date))
        finally:
            db.close()

    # -- live configuration

    def reload(self) -> None:
        """Apply an edited feeds.yaml once it reads the same on two checks in a row; an invalid
        edit is logged and the running config stays. An editor that truncates the file and then
        writes it can be caught halfway, and half a file ("feeds:" and no entry yet) may be valid
        YAML with fewer feeds: applied, it would drop the rest until the next check."""
        digest = _file_digest(self.config_path)
        if digest == self._config_digest:
            self._edit_digest = digest
            return
        if digest != self._edit_digest:
            self._edit_digest = digest  # changed since the last check: the writer may not be done
            return
        self._config_digest = digest
        try:
            # The watcher never waits on the file: a FIFO there held this job, and with it every
            # later reload, for as long as no one wrote to it.
            new = load_config(self.config_path, regular_only=True)
            self.rules = alert_rules(new)
        except MonitorError as exc:
            log.error("feeds.yaml change ignored, still running the previous config: %s", exc)
            return
        old, self.config = self.config, new
        before = {feed.name: feed for feed in old.feeds}
        after = {feed.name: feed for feed in new.feeds}
        for name in before.keys() - after.keys():
            if self.scheduler.get_job(f"feed:{name}"):
                self.scheduler.remove_job(f"feed:{name}")
            log.info("feed %r removed", name)
        for name, feed in after.items():
            if before.get(name) != feed:
                self._schedule_feed(feed, first=now_utc())  # new or changed: fetch at once
                log.info("feed %r %s", name, "changed" if name in before else "added")
        if new.digest != old.digest:
            self._schedule_digest()
            log.info("digest rescheduled: %s %s", new.digest.time, new.digest.timezone)


def _file_digest(path: Path) -> str:
    """The file's hash, read as loading reads it (capped): a feeds.yaml that became a link to an
    endless device would otherwise fill memory from the watcher, every few seconds."""
    try:
        return hashlib.sha256(read_capped(path, MAX_CONFIG_BYTES, regular_only=True)).hexdigest()
    except OSError:  # missing, unreadable, too large or no file: loading says which, once
        return ""
