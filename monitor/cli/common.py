"""What every command shares: --config, --db and -v, and a pass over the feeds with its summary
(how rows are printed is in `output`)."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..archive.store import LIMIT_MAX
from ..clock import parse_since
from .output import print_records, stderr

if TYPE_CHECKING:  # fetching loads when a pass runs, not for a reading command
    import sqlite3

    from ..config import Config
    from ..digest.alerting import AlertDelivery
    from ..pipeline import FeedReport

DEFAULT_CONFIG = Path("feeds.yaml")
DEFAULT_DB = Path("db/monitor.db")
REPORT_COLUMNS = ["feed", "outcome", "new_articles", "http_status", "error"]
F = TypeVar("F", bound=Callable[..., Any])


def configure_logging(verbosity: int, timestamps: bool = False) -> None:
    """-v logs each step, -vv also debug lines and the traceback of unexpected errors."""
    level = logging.DEBUG if verbosity >= 2 else logging.INFO if verbosity else logging.WARNING
    stamp = "%(asctime)s " if timestamps else ""
    logging.basicConfig(
        level=level, format=f"{stamp}%(levelname)s %(name)s: %(message)s", force=True
    )


def _verbosity(ctx: click.Context, _param: click.Parameter, value: int) -> int:
    # Counted across the group and the command: `monitor -v fetch -v` is -vv.
    total = int(ctx.meta.get("verbosity", 0)) + value
    ctx.meta["verbosity"] = total
    configure_logging(total)
    return total


def verbose_option(command: F) -> F:
    return click.option(
        "-v",
        "--verbose",
        count=True,
        expose_value=False,
        callback=_verbosity,
        help="Log each step on stderr (-vv: debug lines and tracebacks).",
    )(command)


def _remember_db(ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    ctx.meta["db_path"] = value  # so a database error anywhere can name the file
    return value


class Since(click.ParamType[str]):
    """A span such as 7d, 12h, 30m, 2w, or a date; kept as typed, checked when parsed."""

    name = "since"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            parse_since(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return str(value)


SINCE = Since()


class Text(click.ParamType[str]):
    """Text typed at the command line, as UTF-8. Python reads a byte of another encoding in an
    argument as half a character, which no database, file or mail can hold: a search, a feed
    or an entity so typed failed with an unexpected UnicodeEncodeError. `MonitorGroup` gives
    this type to every text option and argument of every command."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if _HALF_CHARACTER.search(text):
            raw = text.encode("utf-8", "surrogateescape")
            self.fail(
                f"{raw!r} is not UTF-8 text (typed or pasted in another encoding?)", param, ctx
            )
        return text


_HALF_CHARACTER = re.compile("[\ud800-\udfff]")
TEXT = Text()


def checking_text(command: click.Command) -> click.Command:
    """`command`, and each command below it, with every plain text parameter read as `TEXT`."""
    for param in command.params:
        if param.type is click.STRING:
            param.type = TEXT
    for below in getattr(command, "commands", {}).values():
        checking_text(below)
    return command


# Counts typed at the command line, each with a ceiling. SQLite's integers have 64 bits: a
# larger -n failed deep inside a query with an OverflowError. Each analysis worker is a forked
# copy of the loaded models (hundreds of MB): more than the processors only share them, and
# `--workers 1000` forked a thousand copies at once.
LIMIT = click.IntRange(min=1, max=LIMIT_MAX)
WORKERS = click.IntRange(min=1, max=os.cpu_count() or 1)


def common_options(command: F) -> F:
    """--config, --db and -v on every command, so they work wherever they are typed."""
    command = verbose_option(command)
    command = click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="MONITOR_DB",
        default=DEFAULT_DB,
        show_default=True,
        callback=_remember_db,
        help="SQLite database file (env MONITOR_DB).",
    )(command)
    command = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="MONITOR_CONFIG",
        default=DEFAULT_CONFIG,
        show_default=True,
        help="Feeds file (env MONITOR_CONFIG).",
    )(command)
    return command


def run_pass(
    config: Config,
    conn: sqlite3.Connection,
    names: list[str] | None,
    force: bool,
    workers: int = 1,
) -> list[FeedReport]:
    """A pass with a progress bar on a terminal, and a one-line summary on stderr."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..pipeline import poll

    total = len(names) if names else len(config.feeds)
    with Progress(
        TextColumn("fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("", total=total)

        def advance(report: FeedReport) -> None:
            progress.update(task, advance=1, description=report.feed)

        reports = poll(config, conn, names=names, force=force, workers=workers, on_report=advance)
    new = sum(r.new_articles for r in reports)
    failed = sum(r.outcome in ("failed", "gone") for r in reports)
    stderr.print(f"{len(reports)} feeds, {new} new articles, {failed} failed")
    return reports


def show_reports(reports: list[FeedReport], output: str | None) -> None:
    """The per-feed summary of `fetch`, `feeds check` and `demo`."""
    rows = [report.__dict__ for report in reports]
    print_records(rows, output, REPORT_COLUMNS, "no feeds configured")


def show_alerts(deliveries: list[AlertDelivery]) -> None:
    """One line per alert email on stderr: what became of it."""
    for delivery in deliveries:
        matches = f"{delivery.matches} {'match' if delivery.matches == 1 else 'matches'}"
        held = f", {delivery.held_back} held back until now" if delivery.held_back else ""
        note = f": {delivery.error}" if delivery.error else ""
        stderr.print(
            f"alert '{delivery.rule}' to {delivery.recipient}: {delivery.status} "
            f"({matches}{held}){note}"
        )
