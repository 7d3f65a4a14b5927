"""`monitor digests list`: the digests already built, and to whom they went. Apart from
`monitor digest`, which builds them, so that listing them loads nothing that building needs."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from ..archive.digest_store import list_digests
from ..archive.store import open_db_readonly
from .common import LIMIT, common_options
from .output import output_options, print_records


@click.group()
def digests() -> None:
    """Digests already built, and to whom they went."""


@digests.command("list")
@common_options
@output_options
@click.option("-n", "--limit", type=LIMIT, default=30, show_default=True, help="At most this many.")
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
