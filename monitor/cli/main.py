"""The `monitor` command: a thin shell over the pipeline and the store.

Each command's module is imported when the command runs, not before: a reading command such as
`monitor articles` never loads what fetching, analysis or the service need (HTTP, spaCy,
trafilatura, the scheduler), and starts in a fraction of a second.
"""

import importlib
import logging
import os
import select
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..archive.db_place import where_it_cannot_write
from ..archive.store import connect_db, describe_db_error
from ..errors import MonitorError, one_line, printable
from ..files import NO_ROOM
from .common import (
    WORKERS,
    checking_text,
    common_options,
    run_pass,
    show_alerts,
    show_reports,
    verbose_option,
)
from .output import output_options, stderr
from .signals import stop_on_signals

if TYPE_CHECKING:
    from ..digest.alert_rules import Rule

log = logging.getLogger(__name__)

# monitor uses no pydantic plugins, and looking for them reads the metadata of every installed
# package: about 15 ms of each command's start. Setting the variable yourself still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# Command name -> (module, attribute) of the commands imported when they run.
LAZY_COMMANDS = {
    "feeds": ("feeds", "feeds"),
    "search": ("query", "search"),
    "articles": ("query", "articles"),
    "sql": ("query", "sql"),
    "entities": ("entities", "entities"),
    "incursions": ("entities", "incursions"),
    "analyze": ("entities", "analyze"),
    "label": ("themes", "label"),
    "train": ("themes", "train_command"),
    "digest": ("digest", "digest"),
    "digests": ("digests", "digests"),
    "run": ("service", "run"),
    "status": ("service", "status"),
    "serve": ("service", "serve"),
    "doctor": ("service", "doctor"),
    "demo": ("demo", "demo"),
    "migrate": ("archive", "migrate"),
    "reanalyze": ("archive", "reanalyze_command"),
    "reclassify": ("archive", "reanalyze_command"),  # its name before it re-ran analysis
    "alerts": ("alerts", "alerts"),
    "export": ("export", "export"),
}


class MonitorGroup(click.Group):
    """Whatever fails below reaches the user as one line on stderr and exit status 1: their
    own errors as written, database and file-system errors with the file and what to do, and
    anything unexpected summarised (its traceback is logged under -vv). A closed pipe on stdout
    ends the command quietly, with status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in LAZY_COMMANDS:
            command = super().get_command(ctx, cmd_name)
            return checking_text(command) if command else None
        module, attribute = LAZY_COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f".{module}", __package__), attribute)
        assert isinstance(command, click.Command)
        return checking_text(command)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError as exc:
            if not _stdout_closed():
                raise click.ClickException(f"unexpected error: {one_line(exc)}") from None
            # The reader stopped early (`monitor articles --jsonl | head -1`): nothing is wrong,
            # and nothing more can be written there, not even what is still buffered at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:
            where = ctx.meta.get("db_path")
            blocked = where_it_cannot_write(Path(where), exc) if where else None
            if blocked:
                raise click.ClickException(blocked) from None
            hint = describe_db_error(exc)
            raise click.ClickException(f"{where or 'the database'}: {hint}") from None
        except OSError as exc:
            # Files monitor writes name themselves (files.NO_ROOM); a write that found no room
            # and names none was to the terminal's stream, redirected to a full disk.
            where = exc.filename or ("standard output" if exc.errno in NO_ROOM else "a file")
            raise click.ClickException(f"{where}: {printable(exc.strerror or str(exc))}") from None
        except Exception as exc:  # noqa: BLE001 - a traceback reaching a user is a bug
            log.debug("unexpected error", exc_info=True)
            raise click.ClickException(
                f"unexpected error: {one_line(exc)} (run with -vv for the traceback)"
            ) from None


def _stdout_closed() -> bool:
    """Whether stdout is a pipe that nobody reads any more (poll reports an error on it)."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in poller.poll(0))
    except (OSError, ValueError):  # no file descriptor behind stdout (a test's runner)
        return False


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
@verbose_option
def main() -> None:
    """Monitor news feeds: fetch them into a SQLite archive you can query.

    \b
    Examples:
      monitor demo                      # try it on the bundled offline feeds
      monitor fetch                     # one pass over the feeds in ./feeds.yaml
      monitor search "ADIZ" --since 7d  # full-text search of what was stored
    """


@main.command()
@common_options
@output_options
@click.option("--feed", "names", multiple=True, help="Only this feed (repeatable).")
@click.option("--force", is_flag=True, help="Also fetch feeds that are backing off.")
@click.option("--workers", type=WORKERS, default=1, help="Analysis worker processes.")
@click.option(
    "--no-alerts", is_flag=True, help="Send no alerts for this pass's articles, now or later."
)
def fetch(
    config_path: Path,
    db_path: Path,
    output: str | None,
    names: tuple[str, ...],
    force: bool,
    workers: int,
    no_alerts: bool,
) -> None:
    """Fetch every enabled feed once, store the new articles, and send the alerts they match.

    Exits 0 when the pass completes, even if some feeds failed (they are in the summary) or an
    alert could not be sent (it is tried again on the next pass).

    \b
    Examples:
      monitor fetch --feed "Focus Taiwan" --json
      monitor fetch --no-alerts
    """
    from ..config import load_config

    config = load_config(config_path)
    rules: tuple[Rule, ...] = ()
    if config.alerts and not no_alerts:  # alerting loads only for a feeds.yaml with rules
        from ..digest.alert_rules import alert_rules

        rules = alert_rules(config)  # an unknown entity stops it before a fetch
    if rules and config.email:
        config.require_smtp()
    conn = connect_db(db_path)
    reports = run_pass(config, conn, list(names) or None, force, workers)
    show_reports(reports, output)
    if not rules:  # the pass's articles are history to rules added later, never sent late
        from ..archive.alert_store import skip_new_articles

        skip_new_articles(conn)
        return
    if config.email is None:
        stderr.print(f"alerts: none sent: {config_path} has no email: section")
    import sqlite_utils

    from ..digest.alerting import alert_after_pass

    with stop_on_signals() as stop:
        show_alerts(alert_after_pass(sqlite_utils.Database(conn), config, rules, stop=stop))
