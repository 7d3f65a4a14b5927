"""`monitor digest`: build, keep, write out and send the daily digest."""

import json
from datetime import datetime
from pathlib import Path

import click

from ..archive.digest_store import StoredDigest, discard_unsent
from ..archive.store import open_db, open_db_readonly
from ..clock import latest_due_date, now_utc
from ..config import Config, load_config
from ..digest.build import (
    build_digest,
    content,
    preview_window,
    refuse_if_not_due,
)
from ..digest.daily import make_digest, send_digest, told
from ..digest.mailer import Delivery, build_message
from ..digest.render import render_html, render_text
from ..errors import MonitorError
from ..json_lines import json_text
from ..nlp.kb import knowledge_base
from .common import common_options
from .output import stderr
from .signals import stop_on_signals


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
@click.option(
    "--preview",
    is_flag=True,
    help="What has arrived since the last digest, up to now; stores and sends nothing.",
)
@click.option("--send", "send_mail", is_flag=True, help="Email it to the recipients who lack it.")
@click.option(
    "--resend-uncertain",
    is_flag=True,
    help="With --send: send again where the server may already have it (same Message-ID).",
)
@click.option("--rebuild", is_flag=True, help="Build a stored digest again, if none went out.")
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Write .txt, .html, .eml here."
)
@click.option("--json", "as_json", is_flag=True, help="Print the digest as one JSON document.")
def digest(
    config_path: Path,
    db_path: Path,
    day: datetime | None,
    preview: bool,
    send_mail: bool,
    resend_uncertain: bool,
    rebuild: bool,
    out: Path | None,
    as_json: bool,
) -> None:
    """Build the daily digest (once per date), store it and print it.

    The digest for DATE covers what arrived after the previous digest and up to the digest time
    on DATE, in the digest's time zone (feeds.yaml, digest:); the first covers 24 hours. A date
    whose time has not come is refused: its window is still open. --preview shows what has
    arrived since the last digest, up to now, without storing or sending anything.

    A digest with no stories is stored but not mailed unless digest.send_empty is true. A
    delivery is uncertain when the server took the message but never confirmed it: it may have
    arrived, so it is not sent again unless --resend-uncertain says so.

    \b
    Examples:
      monitor fetch && monitor digest --preview
      monitor digest --out digests/ --json > digest.json
      monitor digest --date 2026-11-26 --send
      monitor digest --date 2026-11-26 --send --resend-uncertain
    """
    if resend_uncertain and not send_mail:
        raise click.UsageError("--resend-uncertain goes with --send")
    if preview and (send_mail or day or rebuild):
        raise click.UsageError("--preview stores and sends nothing: no --send, --date or --rebuild")
    config = load_config(config_path)
    if preview:
        _preview(config, db_path, out, as_json)
        return
    date = day.date() if day else latest_due_date(config)
    refuse_if_not_due(config.digest, date)  # before a database is opened, let alone written
    if send_mail:
        config.require_email()  # a missing password is an error now, before any work
    db = open_db(db_path)
    if rebuild:
        discard_unsent(db, date.isoformat())
    stored = make_digest(db, config, date)
    if as_json:
        # Read and written again: a digest an older release stored kept U+2028 raw (json_text).
        stored_content = json.loads(stored.content_json) if stored.content_json else None
        click.echo(json_text(stored_content or _old_content(stored)))
    else:
        click.echo(stored.text, nl=False)
    if out:
        for path in write_files(stored, config, out):
            stderr.print(f"wrote {path}")
    if send_mail:
        if stored.empty and not config.digest.send_empty:  # digests kept from before still go
            stderr.print(f"{stored.date}: no stories; stored, not sent (digest.send_empty: true)")
        with stop_on_signals() as stop:
            deliveries = send_digest(
                db, config, stored, stop=stop, resend_uncertain=resend_uncertain
            )
            report(deliveries, stored.date)


def _preview(config: Config, db_path: Path, out: Path | None, as_json: bool) -> None:
    db = open_db_readonly(db_path)
    now = now_utc()
    today = now.astimezone(config.digest.zone).date()
    window = preview_window(db, now)
    built = build_digest(
        db,
        config.digest,
        today,
        window,
        knowledge_base(config.knowledge_base),
        preview=True,
        feeds=config.feeds,
    )
    text = render_text(built)
    click.echo(json_text(content(built)) if as_json else text, nl=as_json)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for suffix, body in ((".txt", text), (".html", render_html(built))):
            path = out / f"digest-preview-{today}{suffix}"
            path.write_text(body, encoding="utf-8")
            stderr.print(f"wrote {path}")


def _old_content(stored: StoredDigest) -> dict[str, object]:
    """What a digest stored before the JSON contract existed can still say."""
    return {
        "date": stored.date, "subject": stored.subject, "timezone": stored.timezone,
        "window_start_utc": stored.window_start_utc, "window_end_utc": stored.window_end_utc,
        "stories": json.loads(stored.items_json),
    }  # fmt: skip


def report(deliveries: list[Delivery], date: str) -> None:
    """One line per recipient (and digest kept from an earlier date); exit 1 when one failed,
    or may have arrived (uncertain), which only a person can settle."""
    for delivery in deliveries:
        stderr.print(told(delivery, date), markup=False)
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
