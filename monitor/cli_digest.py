"""`monitor digest` and `monitor digests list`: build, keep, write out and send the daily digest."""

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from .cliutil import common_options
from .config import Config, load_config
from .daily import make_digest, send_digest
from .digest import latest_due_date
from .digest_store import StoredDigest, list_digests
from .errors import MonitorError
from .mailer import Delivery, build_message
from .output import output_options, print_records, stderr
from .store import open_db, open_db_readonly


def write_files(stored: StoredDigest, config: Config, directory: Path) -> list[Path]:
    """The digest as .txt, .html and .eml files named after its date."""
    directory.mkdir(parents=True, exist_ok=True)
    base = directory / f"digest-{stored.date}"
    sender = config.email.sender if config.email else "monitor@localhost"
    recipient = config.digest.recipients[0] if config.digest.recipients else sender
    paths = [base.with_suffix(".txt"), base.with_suffix(".html"), base.with_suffix(".eml")]
    paths[0].write_text(stored.text, encoding="utf-8")
    paths[1].write_text(stored.html, encoding="utf-8")
    paths[2].write_bytes(bytes(build_message(stored, sender, recipient)))
    return paths


def _sane_date(value: datetime | None) -> datetime | None:
    if value is not None and not 1970 <= value.year <= 9998:
        raise click.BadParameter(f"{value:%Y-%m-%d} is outside the years 1970 to 9998")
    return value


@click.command()
@common_options
@click.option(
    "--date",
    "day",
    type=click.DateTime(["%Y-%m-%d"]),
    callback=lambda _ctx, _param, value: _sane_date(value),
    help="Digest date (default: the latest due).",
)
@click.option("--send", "send_mail", is_flag=True, help="Email it to the recipients who lack it.")
@click.option(
    "--resend-uncertain",
    is_flag=True,
    help="With --send: send again where the server may already have it (same Message-ID).",
)
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Write .txt, .html, .eml here."
)
def digest(
    config_path: Path,
    db_path: Path,
    day: datetime | None,
    send_mail: bool,
    resend_uncertain: bool,
    out: Path | None,
) -> None:
    """Build the daily digest (once per date) and print its text version.

    It covers what arrived since the previous digest, up to the digest time on DATE in the
    digest's time zone (feeds.yaml, digest:).

    A delivery is uncertain when the server took the message but never confirmed it: it may
    have arrived, so it is not sent again unless --resend-uncertain says so.

    \b
    Examples:
      monitor digest --out digests/
      monitor digest --date 2026-11-26 --send
      monitor digest --date 2026-11-26 --send --resend-uncertain
    """
    if resend_uncertain and not send_mail:
        raise click.UsageError("--resend-uncertain goes with --send")
    config = load_config(config_path)
    if send_mail:
        config.require_email()  # a missing password is an error now, before any work
    db = open_db(db_path)
    stored = make_digest(db, config, day.date() if day else latest_due_date(config))
    click.echo(stored.text, nl=False)
    if out:
        for path in write_files(stored, config, out):
            stderr.print(f"wrote {path}")
    if send_mail:
        report(send_digest(db, config, stored, resend_uncertain=resend_uncertain))


def report(deliveries: list[Delivery]) -> None:
    """One line per recipient; exit 1 when one failed, or may have arrived (uncertain), which
    only a person can settle."""
    for delivery in deliveries:
        note = f" ({delivery.error})" if delivery.error else ""
        stderr.print(f"{delivery.recipient}: {delivery.status}{note}", markup=False)
    failed = sum(d.status in ("failed", "rejected") for d in deliveries)
    uncertain = sum(d.status in ("uncertain", "already_uncertain") for d in deliveries)
    problems = [f"{failed} of {len(deliveries)} deliveries failed"] if failed else []
    if uncertain:
        problems.append(
            f"{uncertain} of {len(deliveries)} uncertain: the server may have the message; "
            "if it did not arrive, send it again with --resend-uncertain"
        )
    if problems:
        raise MonitorError("; ".join(problems))


@click.group()
def digests() -> None:
    """Digests already built, and to whom they went."""


@digests.command("list")
@common_options
@output_options
@click.option("-n", "--limit", default=30, show_default=True, help="At most this many.")
def list_command(config_path: Path, db_path: Path, output: str | None, limit: int) -> None:
    """Stored digests, newest first, with each recipient's delivery status.

    \b
    Example:
      monitor digests list --json
    """
    rows = list_digests(open_db_readonly(db_path), limit)
    columns = ["date", "stories", "subject", "delivered"]
    print_records(rows, output, columns, "no digests yet", shown=_delivered)


def _delivered(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "delivered": ", ".join(f"{d['recipient']} {d['status']}" for d in row["deliveries"]),
    }
