"""`monitor migrate` and `monitor reanalyze`: bring what is stored up to this version."""

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ..archive.migrations import SCHEMA_VERSION
from ..archive.reanalysis import (
    articles_to_reanalyze,
    left_by_a_stopped_run,
    reanalysis_run,
    reanalyze,
)
from ..archive.store import open_db
from ..clock import parse_since
from ..config import knowledge_base_path
from ..errors import MonitorError
from ..nlp.kb import knowledge_base
from ..nlp.themes import default_theme_model
from .common import SINCE, WORKERS, common_options
from .output import json_option, print_json, stderr
from .signals import terminate_as_interrupt


@click.command()
@common_options
def migrate(config_path: Path, db_path: Path) -> None:
    """Upgrade the database to this version's schema (writing commands do it by themselves).

    \b
    Example:
      monitor migrate --db db/monitor.db
    """
    open_db(db_path).close()
    stderr.print(f"{db_path}: schema version {SCHEMA_VERSION}")


@click.command()
@common_options
@json_option
@click.option("--since", type=SINCE, help="Only articles published since: 30d, or a date.")
@click.option("--failed", "failed_only", is_flag=True, help="Only articles whose analysis failed.")
@click.option("--workers", type=WORKERS, default=1, help="Analysis worker processes.")
def reanalyze_command(
    config_path: Path,
    db_path: Path,
    as_json: bool,
    since: str | None,
    failed_only: bool,
    workers: int,
) -> None:
    """Analyse stored articles again: entities, incursions and themes, with the current
    knowledge base and models. Your theme labels stand. `reclassify` is another name for it. A
    run stopped midway (Ctrl-C, a kill, a power cut) is taken up where it stopped by the same
    command.

    \b
    Examples:
      monitor reanalyze --failed            # retry the articles whose analysis failed
      monitor reanalyze --since 30d         # after editing the knowledge base
    """
    db = open_db(db_path)
    kb = knowledge_base(knowledge_base_path(config_path))
    theme_model = default_theme_model()
    run = reanalysis_run(since, failed_only, kb, theme_model)
    ids = left_by_a_stopped_run(db, run)
    if ids:
        stderr.print(f"taking up the run stopped before: {len(ids)} articles left")
    else:
        ids = articles_to_reanalyze(db, parse_since(since) if since else None, failed_only)
    with (
        Progress(
            TextColumn("analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            console=stderr,
            transient=True,
            disable=not stderr.is_terminal,
        ) as progress,
        terminate_as_interrupt(),
    ):
        task = progress.add_task("", total=len(ids))
        try:
            result = reanalyze(
                db,
                ids,
                workers=workers,
                kb=kb,
                theme_model=theme_model,
                on_batch=lambda done: progress.update(task, advance=done),
                run=run,
            )
        except KeyboardInterrupt:
            # Each batch commits whole (reanalysis.reanalyze): every article is analysed the
            # old way or the new, and the same command again does the rest.
            done = int(progress.tasks[0].completed)
            raise MonitorError(
                f"stopped (Ctrl-C or SIGTERM) after {done} of {len(ids)} articles, each "
                "analysed as before or anew; run monitor reanalyze again to finish (the rest)"
            ) from None
    if as_json:
        print_json(result)
        return
    stderr.print(
        f"analysed {result['articles']} articles again ({result['failed']} failed) with theme "
        f"model {result['model_version']}: {result['tags_changed']} changed tags"
    )
