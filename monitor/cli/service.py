"""`monitor run`, `status`, `serve` and `doctor`: the monitor as a long-running service."""

import copy
import logging
import signal
import threading
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import click

from ..archive.feed_health import feed_health
from ..archive.store import open_db_readonly
from ..clock import clock_time, latest_due_date, now_utc
from ..config import load_config
from ..errors import MonitorError
from .common import common_options, configure_logging
from .output import output_options, print_json, print_records, stderr

log = logging.getLogger(__name__)


@click.command()
@common_options
def run(config_path: Path, db_path: Path) -> None:
    """Run unattended: fetch each feed on its interval, send the digest daily, follow edits to
    feeds.yaml, stop cleanly on SIGTERM or Ctrl-C. One instance per database.

    \b
    Example:
      MONITOR_SMTP_PASSWORD=... monitor run --config /etc/monitor/feeds.yaml
    """
    from ..service import Service, single_instance  # the scheduler: for `run` alone

    verbosity = click.get_current_context().meta.get("verbosity", 0)
    configure_logging(max(verbosity, 1), timestamps=True)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # our own lines say what ran
    with single_instance(db_path):
        service = Service(config_path, db_path)
        stopping = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.set())
        service.start()
        while not stopping.wait(timeout=1.0):
            pass
        log.info("stopping: finishing or rolling back the feeds in flight")
        service.shutdown()
        log.info("stopped")


@click.command()
@common_options
@output_options
def status(config_path: Path, db_path: Path, output: str | None) -> None:
    """Each feed's health and the last and next digest. Reads the database, never writes it.

    --json prints one object with the feeds and both digests; --jsonl, --csv and --tsv the
    feeds alone. The table view says the digests on stderr.

    \b
    Example:
      monitor status --json
    """
    config = load_config(config_path)
    db = open_db_readonly(db_path)
    now = now_utc()
    columns = ["name", "enabled", "health", "last_success_utc", "last_error",
               "consecutive_failures", "next_fetch_utc", "articles_per_day"]  # fmt: skip
    feeds = [{key: row[key] for key in columns} for row in feed_health(db, config.feeds, now)]
    digest = config.digest
    due = latest_due_date(config, now)
    next_day = due + timedelta(days=1)
    next_digest = datetime.combine(next_day, clock_time(digest.time), tzinfo=digest.zone)
    last = db.execute("SELECT date, subject, created_utc FROM digests ORDER BY date DESC LIMIT 1")
    last_row = last.fetchone()
    deliveries = (
        [
            dict(r)
            for r in db.query(
                "SELECT recipient, status, sent_utc FROM digest_deliveries WHERE digest_date = ?",
                [last_row[0]],
            )
        ]  # fmt: skip
        if last_row
        else []
    )
    report: dict[str, Any] = {
        "feeds": feeds,
        "last_digest": {
            "date": last_row[0],
            "subject": last_row[1],
            "created_utc": last_row[2],
            "deliveries": deliveries,
        }
        if last_row
        else None,  # fmt: skip
        "next_digest": next_digest.isoformat(),
    }
    if output == "json":
        print_json(report)
        return
    columns = ["name", "health", "last_success_utc", "next_fetch_utc", "articles_per_day"]
    print_records(feeds, output, columns, "no feeds")
    if output is None:
        # On stderr, so that the lines in a pipe are the feeds' rows alone.
        last_text = f"{last_row[0]} ({last_row[1]})" if last_row else "none yet"
        stderr.print(f"last digest: {last_text}\nnext digest: {next_digest:%Y-%m-%d %H:%M %Z}")


@click.command()
@common_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8001,
    show_default=True,
    help="Port to listen on (1-65535).",
)
def serve(config_path: Path, db_path: Path, host: str, port: int) -> None:
    """Browse and query the database in Datasette (install the extra: pip install 'monitor[web]').

    The tables come described, with canned queries: today's security stories, this week's top
    entities, incursions by day. The Atom feeds of `monitor export` are at
    /-/atom/articles.atom (with theme, entity, feed, alert, since and limit, as in
    ?theme=security&entity=Liaoning) and /-/atom/digests.atom. Ctrl-C or SIGTERM stops it.

    \b
    Example:
      monitor serve --port 8001
    """
    open_db_readonly(db_path).close()  # a clear error for a missing or broken database
    try:
        import uvicorn
        from datasette.app import Datasette
        from datasette.plugins import pm

        from ..digest import datasette_atom
    except ImportError:
        raise MonitorError("Datasette is not installed: pip install 'monitor[web]'") from None
    if not pm.has_plugin(datasette_atom.PLUGIN):
        pm.register(datasette_atom, name=datasette_atom.PLUGIN)
    from ..archive.datasette_metadata import metadata

    # In this process rather than a child: a stopped or killed `monitor serve` can leave no
    # Datasette behind, and the metadata is passed in memory, so there is no file to clean up.
    served = metadata(db_path.stem) | {"plugins": datasette_atom.settings(db_path, config_path)}
    datasette = Datasette([str(db_path)], metadata=served)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop_serving)
    logs = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    logs["handlers"]["access"]["stream"] = "ext://sys.stderr"  # stdout is for data
    import asyncio

    asyncio.run(datasette.invoke_startup())
    try:
        uvicorn.run(datasette.app(), host=host, port=port, log_config=logs, lifespan="on")
    except SystemExit as exc:
        if exc.code:  # uvicorn has logged why (the port is taken, the address is not ours)
            raise MonitorError(f"cannot serve on {host}:{port}; try another --port") from None
        raise


def _stop_serving(signum: int, frame: FrameType | None) -> None:
    """uvicorn stops on SIGTERM or Ctrl-C and then raises the signal again for the handler it
    found; being asked to stop is a normal end, so exit 0 (as `monitor run` does), and a signal
    that arrives before uvicorn listens stops the command just as well."""
    raise SystemExit(0)


@click.command()
@common_options
@output_options
def doctor(config_path: Path, db_path: Path, output: str | None) -> None:
    """Check the installation: config, database integrity and schema, models, SMTP.

    Exits 1 when a check fails.

    \b
    Example:
      monitor doctor
    """
    from .doctor import run_checks  # it loads the spaCy model to check it

    checks = run_checks(config_path, db_path)
    print_records([check.__dict__ for check in checks], output, ["name", "status", "detail"], "")
    failed = [check.name for check in checks if check.status == "fail"]
    if failed:
        raise MonitorError(f"{len(failed)} checks failed: {', '.join(failed)}")
