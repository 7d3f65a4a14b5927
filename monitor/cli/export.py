"""`monitor export`: the archive, or any part the CLI can select, as JSON Lines, CSV or Atom."""

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from ..archive.digest_store import digests_for_export
from ..archive.selection import select_articles
from ..archive.store import open_db_readonly
from ..digest.atom import articles_atom, digests_atom
from ..digest.export import Request, choose
from ..files import open_for_writing
from .common import LIMIT, SINCE, common_options
from .output import stderr, write_rows

# The columns of `monitor articles --json`.
ARTICLE_COLUMNS = (
    "id", "published_utc", "feed", "title", "link", "summary", "language", "fetched_utc", "themes",
)  # fmt: skip
DIGEST_COLUMNS = (
    "date", "subject", "timezone", "window_start_utc", "window_end_utc", "created_utc",
    "stories", "text",
)  # fmt: skip


@click.command()
@common_options
@click.option(
    "--format", "file_format", type=click.Choice(["jsonl", "csv", "atom"]), default="jsonl",
    show_default=True, help="JSON Lines, CSV (a header line, the columns of articles --json) "
    "or an Atom feed (one entry per article).",
)  # fmt: skip
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout."
)
@click.option("--theme", help="Only articles with this theme.")
@click.option("--entity", help="Only articles naming this entity (any spelling or alias).")
@click.option("--feed", help="Only articles from this feed (its name).")
@click.option("--alert", help="Only what this alert rule matches (feeds.yaml, alerts:).")
@click.option("--since", type=SINCE, help="Only articles published since: 7d, or a date.")
@click.option("--arrived-since", type=SINCE, help="Only articles that arrived since.")
@click.option("-n", "--limit", type=LIMIT, help="At most this many (no limit).")
@click.option("--digests", is_flag=True, help="The stored daily digests instead of articles.")
def export(
    config_path: Path,
    db_path: Path,
    file_format: str,
    out: Path | None,
    theme: str | None,
    entity: str | None,
    feed: str | None,
    alert: str | None,
    since: str | None,
    arrived_since: str | None,
    limit: int | None,
    digests: bool,
) -> None:
    """Write articles (newest first, all of them unless -n) or the digests for other tools:
    JSON Lines, CSV with the columns of `monitor articles --json`, or Atom for feed readers.

    `monitor serve` publishes the same Atom feeds at /-/atom/articles.atom?theme=...&entity=...
    and /-/atom/digests.atom.

    \b
    Examples:
      monitor export --theme security --entity Liaoning --format atom --out liaoning.atom
      monitor export --since 30d --format csv > month.csv
      monitor export --alert "Big days around Taiwan" --format jsonl
      monitor export --digests --format atom
    """
    db = open_db_readonly(db_path)
    if digests:
        if theme or entity or feed or alert or since or arrived_since:
            raise click.UsageError("--digests takes no article selection")
        rows = digests_for_export(db, limit)
        with _output(out) as stream:
            if file_format == "atom":
                _write_bytes(stream, digests_atom(rows, "monitor: daily digests", "digests"))
            else:
                values = ([row[key] for key in DIGEST_COLUMNS] for row in rows)
                write_rows(file_format, DIGEST_COLUMNS, values, stream)
        return
    request = Request(theme, entity, feed, alert, since, arrived_since)
    chosen = choose(db, config_path, request)
    for note in chosen.notes:
        stderr.print(note)
    articles = select_articles(db, chosen.selection, limit)
    with _output(out) as stream:
        if file_format == "atom":
            _write_bytes(stream, articles_atom(articles, f"monitor: {chosen.title}", chosen.seed))
        else:
            values = ([row[key] for key in ARTICLE_COLUMNS] for row in articles)
            write_rows(file_format, ARTICLE_COLUMNS, values, stream)


@contextlib.contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    """stdout, or the --out file, written whole or not at all (files.open_for_writing)."""
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open_for_writing(out) as stream:
        yield stream


def _write_bytes(stream: TextIO, data: bytes) -> None:
    """The feed as feedgen encoded it (UTF-8, as its XML declaration says)."""
    stream.flush()
    stream.buffer.write(data)
    stream.buffer.flush()
