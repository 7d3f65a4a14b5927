"""`monitor alerts list|test|history|send`: the alert rules of feeds.yaml and what they sent."""

from pathlib import Path

import click

from ..archive.alert_store import alert_history
from ..archive.selection import Selection
from ..archive.store import open_db, open_db_readonly
from ..clock import parse_since, to_iso
from ..config import load_config
from ..digest.alert_rules import alert_rules, describe, find_rule
from ..digest.alerting import find_matches, send_alerts
from ..errors import MonitorError
from .common import LIMIT, SINCE, common_options, show_alerts
from .output import output_options, print_records
from .signals import stop_on_signals


@click.group()
def alerts() -> None:
    """Alert rules (feeds.yaml, alerts:), what they would match, and what they sent.

    `monitor fetch` and `monitor run` send each rule's new matches after every pass.
    """


@alerts.command("list")
@common_options
@output_options
def list_command(config_path: Path, db_path: Path, output: str | None) -> None:
    """The rules, with their entities as the knowledge base knows them.

    \b
    Example:
      monitor alerts list --json
    """
    config = load_config(config_path)
    rules = alert_rules(config)
    rows = [
        {
            "name": rule.name,
            "criteria": describe(rule),
            "recipients": list(rule.recipients),
            "entities": [entity_id for entity_id, _ in rule.entities],
            "query": rule.query,
            "themes": list(rule.themes),
            "feeds": list(rule.feeds),
            "tags": list(rule.tags),
            "incursions": rule.incursions.model_dump() if rule.incursions else None,
            "quiet_hours": rule.quiet_hours_text,
            "max_per_hour": rule.max_per_hour,
        }
        for rule in rules
    ]
    columns = ["name", "criteria", "recipients", "quiet_hours", "max_per_hour"]
    print_records(rows, output, columns, f"no alert rules in {config_path} (alerts:)")


@alerts.command("test")
@common_options
@output_options
@click.argument("name")
@click.option(
    "--since", type=SINCE, default="7d", show_default=True, help="Articles that arrived since."
)
def test_command(
    config_path: Path, db_path: Path, output: str | None, name: str, since: str
) -> None:
    """What rule NAME would match among the articles that arrived in the last 7 days (or
    --since). Sends and records nothing.

    \b
    Example:
      monitor alerts test Liaoning --since 30d
    """
    config = load_config(config_path)
    rule = find_rule(alert_rules(config), name, config)
    db = open_db_readonly(db_path)
    among = Selection(arrived_since=to_iso(parse_since(since)))
    rows = [
        {
            "published_utc": item.published_utc,
            "outlet": item.outlet,
            "title": item.title,
            "matched": item.match.matched,
            "link": item.link,
            "article_id": item.match.article_id,
            "match_key": item.match.key,
        }
        for item in find_matches(db, rule, among)
    ]
    columns = ["published_utc", "outlet", "title", "matched", "link"]
    print_records(
        rows, output, columns, f"'{rule.name}' matches nothing that arrived since {since}"
    )


@alerts.command("history")
@common_options
@output_options
@click.option("--rule", help="Only this rule's.")
@click.option("-n", "--limit", type=LIMIT, default=50, show_default=True, help="At most this many.")
def history_command(
    config_path: Path, db_path: Path, output: str | None, rule: str | None, limit: int
) -> None:
    """What each rule matched and sent, newest first: sent, pending (held back by quiet hours or
    the hourly cap), failed (tried again next pass), rejected or uncertain.

    \b
    Example:
      monitor alerts history --rule Liaoning --csv
    """
    rows = alert_history(open_db_readonly(db_path), rule, limit)
    columns = ["matched_utc", "rule", "recipient", "status", "matched", "title"]
    print_records(rows, output, columns, "no alerts yet")


@alerts.command("send")
@common_options
@click.option(
    "--resend-uncertain",
    is_flag=True,
    help="Also send again what the server may already have (same Message-ID).",
)
def send_command(config_path: Path, db_path: Path, resend_uncertain: bool) -> None:
    """Send what the rules matched and could not send yet, without fetching: failed sends now
    rather than at the next pass, and with --resend-uncertain the uncertain ones.

    Exits 1 when a send failed, was rejected or is uncertain.

    \b
    Example:
      monitor alerts send --resend-uncertain
    """
    config = load_config(config_path)
    rules = alert_rules(config)
    config.require_smtp()
    with stop_on_signals() as stop:
        deliveries = send_alerts(
            open_db(db_path), config, rules, stop=stop, resend_uncertain=resend_uncertain
        )
        show_alerts(deliveries)
    bad = [d for d in deliveries if d.status in ("failed", "rejected", "uncertain")]
    if bad:
        uncertain = sum(d.status == "uncertain" for d in bad)
        hint = "; check the mailbox, then --resend-uncertain" if uncertain else ""
        raise MonitorError(f"{len(bad)} of {len(deliveries)} alert emails not sent{hint}")
