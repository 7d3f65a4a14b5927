"""`monitor demo`: the main job on the bundled offline feeds, into a fresh demo database."""

from pathlib import Path

import click

from .cliutil import json_option, print_json, run_pass, show_reports, stderr
from .config import load_config
from .errors import ConfigError
from .store import open_db

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_CONFIG = REPO_ROOT / "demo" / "feeds.yaml"
DEMO_DB = Path("db/demo.db")


@click.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEMO_DB,
    show_default=True,
    help="Demo database; replaced on every run.",
)
@json_option
def demo(db_path: Path, as_json: bool) -> None:
    """Run the main job on the bundled demo feeds and show what it did.

    \b
    Example:
      monitor demo && monitor articles --db db/demo.db
    """
    if not DEMO_CONFIG.exists():
        raise ConfigError(f"{DEMO_CONFIG}: demo feeds not found (run from a checkout of monitor)")
    for stale in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    config = load_config(DEMO_CONFIG)
    db = open_db(db_path)
    reports = run_pass(config, db, None, force=True)
    if as_json:
        print_json([report.__dict__ for report in reports])
        return
    show_reports(reports, as_json=False)
    items = sum(1 for _ in db.query("SELECT id FROM articles"))
    stderr.print(f"\n[bold]{items} articles[/] stored in {db_path}; the newest:")
    for row in db.query(
        "SELECT a.published_utc, f.name AS feed, a.title FROM articles a "
        "JOIN feeds f ON f.id = a.feed_id ORDER BY a.published_utc DESC LIMIT 8"
    ):
        click.echo(f"  {row['published_utc']}  {row['feed']}: {row['title']}")
    stderr.print(
        f"\nTry: monitor search ADIZ --db {db_path}    monitor sql 'SELECT * FROM feeds' "
        f"--db {db_path}"
    )
