"""The `monitor` command: a thin shell over the pipeline and the store."""

import logging
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_digest import digest, digests
from .cli_entities import analyze, entities, incursions
from .cli_feeds import feeds
from .cli_query import articles, search, sql
from .cli_service import doctor, run, serve, status
from .cli_themes import label, reclassify_command, train_command
from .cliutil import common_options, json_option, run_pass, show_reports
from .config import load_config
from .demo import demo
from .errors import MonitorError
from .store import open_db


class MonitorGroup(click.Group):
    """Turns a MonitorError anywhere below into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
@click.option("-v", "--verbose", is_flag=True, help="Log each step on stderr.")
def main(verbose: bool) -> None:
    """Monitor news feeds: fetch them into a SQLite archive you can query.

    \b
    Examples:
      monitor demo                      # try it on the bundled offline feeds
      monitor fetch                     # one pass over the feeds in ./feeds.yaml
      monitor search "ADIZ" --since 7d  # full-text search of what was stored
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@common_options
@json_option
@click.option("--feed", "names", multiple=True, help="Only this feed (repeatable).")
@click.option("--force", is_flag=True, help="Also fetch feeds that are backing off.")
@click.option("--workers", type=click.IntRange(min=1), default=1, help="spaCy worker processes.")
def fetch(
    config_path: Path,
    db_path: Path,
    as_json: bool,
    names: tuple[str, ...],
    force: bool,
    workers: int,
) -> None:
    """Fetch every enabled feed once and store the new articles.

    Exits 0 when the pass completes, even if some feeds failed (they are in the summary).

    \b
    Example:
      monitor fetch --feed "Focus Taiwan" --json
    """
    config = load_config(config_path)
    db = open_db(db_path)
    reports = run_pass(config, db, list(names) or None, force, workers)
    show_reports(reports, as_json)


for command in (
    feeds, search, articles, sql, entities, incursions, analyze, label, train_command,
    reclassify_command, digest, digests, run, status, serve, doctor, demo,
):  # fmt: skip
    main.add_command(command)


if __name__ == "__main__":
    main()
