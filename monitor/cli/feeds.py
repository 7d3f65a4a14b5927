"""`monitor feeds ...`: see, edit, check, import and export the feeds in feeds.yaml."""

from pathlib import Path
from typing import Any

import click

from ..archive.feed_health import feed_health
from ..archive.store import open_db_readonly
from ..clock import now_utc
from ..config import load_config
from ..errors import printable
from ..ingest.feedsfile import add_feeds, remove_feed
from ..urls import canonical_url
from .common import common_options, show_reports
from .output import output_options, print_records, stderr


@click.group()
def feeds() -> None:
    """List, add, remove, check, import and export feeds."""


@feeds.command("list")
@common_options
@output_options
def list_feeds(config_path: Path, db_path: Path, output: str | None) -> None:
    """Each feed in feeds.yaml with its current URL, health and article count (a feed not
    fetched yet says so). Reads the database, never writes it.

    \b
    Example:
      monitor feeds list --json
    """
    config = load_config(config_path)
    db = open_db_readonly(db_path)
    keys = ["name", "url", "configured_url", "interval_minutes", "enabled", "health",
            "last_success_utc", "consecutive_failures", "next_fetch_utc", "articles",
            "tags"]  # fmt: skip
    rows = [{key: row[key] for key in keys} for row in feed_health(db, config.feeds, now_utc())]
    columns = ["name", "url", "health", "last_success_utc", "articles"]
    print_records(rows, output, columns, "no feeds")


@feeds.command("add")
@common_options
@click.argument("url")
@click.option("--name", required=True, help="A name for the feed, unique in feeds.yaml.")
@click.option("--interval", type=click.IntRange(min=15), help="Minutes between fetches.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--full-text", is_flag=True, help="Fetch each article's page for its full text.")
def add(
    config_path: Path,
    db_path: Path,
    url: str,
    name: str,
    interval: int | None,
    tags: tuple[str, ...],
    full_text: bool,
) -> None:
    """Add a feed to feeds.yaml, keeping the file's comments.

    \b
    Example:
      monitor feeds add https://focustaiwan.tw/rss/cross-strait --name "Focus Taiwan" --tag taiwan
    """
    entry: dict[str, Any] = {"name": name, "url": url}
    if interval:
        entry["interval"] = interval
    if tags:
        entry["tags"] = list(tags)
    if full_text:
        entry["full_text"] = True
    add_feeds(config_path, [entry])
    stderr.print(f"added '{name}' to {config_path}")


@feeds.command("remove")
@common_options
@click.argument("name")
def remove(config_path: Path, db_path: Path, name: str) -> None:
    """Remove a feed from feeds.yaml; its stored articles stay in the database.

    \b
    Example:
      monitor feeds remove "Focus Taiwan"
    """
    remove_feed(config_path, name)
    stderr.print(f"removed '{name}' from {config_path}")


@feeds.command("check")
@common_options
@output_options
def check(config_path: Path, db_path: Path, output: str | None) -> None:
    """Validate feeds.yaml and fetch each feed once, storing nothing.

    `new_articles` is the number of items each feed carries now.

    \b
    Example:
      monitor feeds check
    """
    import asyncio

    from ..pipeline import check_feeds  # fetching: HTTP and parsing, for `check` alone

    config = load_config(config_path)
    stderr.print(f"{config_path}: valid, {len(config.feeds)} feeds")
    reports = asyncio.run(check_feeds(config))
    show_reports(reports, output)


@feeds.command("import")
@common_options
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_opml(config_path: Path, db_path: Path, opml_file: Path) -> None:
    """Add the feeds of an OPML file to feeds.yaml (feeds already there are skipped).

    \b
    Example:
      monitor feeds import subscriptions.opml
    """
    from ..ingest.opml import read_opml  # listparser is slow to import

    config = load_config(config_path) if config_path.exists() else None
    names = {feed.name.casefold() for feed in config.feeds} if config else set()
    urls = {canonical_url(f.location) or f.location for f in config.feeds} if config else set()
    entries: list[dict[str, Any]] = []
    for sub in read_opml(opml_file):
        if (canonical_url(sub.url) or sub.url) in urls:
            continue
        name = _unique_name(sub.name, names)
        entry: dict[str, Any] = {"name": name, "url": sub.url}
        if sub.tags:
            entry["tags"] = list(sub.tags)
        entries.append(entry)
        names.add(name.casefold())
        urls.add(canonical_url(sub.url) or sub.url)
    if entries:
        add_feeds(config_path, entries)
    stderr.print(f"imported {len(entries)} feeds into {config_path}")


def _unique_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


@feeds.command("export")
@common_options
def export_opml(config_path: Path, db_path: Path) -> None:
    """Print the web feeds as OPML 2.0 (a feed read from a file is named on stderr and left
    out: its path means nothing to another reader).

    \b
    Example:
      monitor feeds export > subscriptions.opml
    """
    from ..ingest.opml import write_opml

    config = load_config(config_path)
    click.echo(write_opml(config), nl=False)
    local = [printable(feed.name, 60) for feed in config.feeds if feed.is_local]
    if local:
        names = ", ".join(repr(name) for name in local)
        stderr.print(f"left out {len(local)} feeds read from files (no web address): {names}")
