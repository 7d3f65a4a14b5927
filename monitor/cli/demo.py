"""`monitor demo`: the main job on the bundled offline feeds, into a fresh demo database."""

from datetime import datetime, timedelta
from pathlib import Path

import click
import sqlite_utils

from ..archive.alert_store import new_articles, skip_new_articles
from ..archive.queries import incursion_facts, incursion_lines, top_entities
from ..archive.selection import Selection
from ..archive.store import open_db
from ..clock import from_iso, latest_due_date
from ..config import load_config
from ..digest.alert_rules import Rule, alert_rules
from ..digest.alerting import find_matches
from ..digest.daily import make_digest
from ..errors import MonitorError
from ..shipped import DEMO_DIR
from .common import run_pass, show_reports
from .digest import write_files
from .output import output_options, stderr

DEMO_CONFIG = DEMO_DIR / "feeds.yaml"
# Relative, like --db everywhere: the demo lands in db/ under the current directory (created if
# need be), where the printed commands find it, wherever monitor is installed.
DEMO_DB = Path("db/demo.db")


@click.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEMO_CONFIG,
    show_default=True,
    help="Feeds for the demo (the bundled offline ones by default).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEMO_DB,
    show_default=True,
    help="Demo database; replaced on every run.",
)
@output_options
def demo(config_path: Path, db_path: Path, output: str | None) -> None:
    """Run the main job on the bundled demo feeds and show what it did.

    With --json, --jsonl, --csv or --tsv it prints only the per-feed summary, as `fetch` does.

    \b
    Example:
      monitor demo && monitor articles --db db/demo.db
    """
    config = load_config(config_path)  # first: a bad --config leaves the last demo in place
    rules = alert_rules(config)
    for stale in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    db = open_db(db_path)
    reports = run_pass(config, db.conn, None, force=True)
    show_reports(reports, output)
    if output:
        return
    items = sum(1 for _ in db.query("SELECT id FROM articles"))
    if not items:  # nothing to show, and no demo day to show it for
        raise MonitorError(f"{config_path}: no feed gave an article; see each feed's error above")
    stderr.print(f"\n{items} articles stored in {db_path}, with their themes:", style="bold")
    for row in db.query(
        "SELECT a.published_utc, f.name AS feed, a.title, a.analysis_status, "
        "(SELECT group_concat(t.theme, ' + ') FROM article_themes t "
        " WHERE t.article_id = a.id AND t.tagged = 1) AS themes "
        "FROM articles a JOIN feeds f ON f.id = a.feed_id ORDER BY a.published_utc DESC"
    ):
        tags = row["themes"] or (
            "not English" if row["analysis_status"] == "not_english" else "off-topic"
        )
        click.echo(f"  {row['published_utc'][:16]}  [{tags}] {row['title']} ({row['feed']})")
    stderr.print("\nTop entities:", style="bold")
    start, end = _whole_demo(db)
    for row in top_entities(db, start, end, baseline_days=7, limit=10, in_kb=True):
        click.echo(f"  {row['articles']:>3} articles  {row['name']} ({row['type']})")
    stderr.print("\nIncursions by day:")
    for line in incursion_lines(incursion_facts(db)):
        click.echo(f"  {line['day']}  {line['place']}: {line['text']}")
    _show_alerts(db, rules)
    stored = make_digest(db, config, latest_due_date(config), _whole_demo(db))
    written = write_files(stored, config, db_path.parent)
    stderr.print(f"\nThe demo digest ({stored.subject}):", style="bold")
    click.echo(f"  {written[1].resolve()}")
    stderr.print(
        f"\nTry: monitor search ADIZ --db {db_path}    monitor entities --since 30d --db {db_path}"
    )


def _show_alerts(db: sqlite_utils.Database, rules: tuple[Rule, ...]) -> None:
    """What each alert rule would send after this pass; the demo sends nothing."""
    if not rules:
        return
    stderr.print("\nAlerts it would send (the demo sends none):", style="bold")
    among = Selection(rowids=new_articles(db.conn))
    for rule in rules:
        found = find_matches(db, rule, among)
        noun = "match" if len(found) == 1 else "matches"
        click.echo(f"  {rule.name} to {', '.join(rule.recipients)}: {len(found)} {noun}")
        for item in found:
            click.echo(f"    {item.published_utc[:16]}  {item.title} ({item.outlet}): "
                       f"{item.match.matched}")  # fmt: skip
    skip_new_articles(db.conn)


def _whole_demo(db: sqlite_utils.Database) -> tuple[datetime, datetime]:
    """The demo digest covers the day up to the moment the demo fetched its feeds."""
    (last,) = db.execute("SELECT max(fetched_utc) FROM articles").fetchone()
    end = from_iso(last) + timedelta(seconds=1)
    return end - timedelta(days=1), end
