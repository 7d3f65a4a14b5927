"""`monitor entities`, `monitor incursions` and `monitor analyze`: what the NLP stage found."""

from __future__ import annotations

import getpass
import shlex
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from ..archive.queries import incursion_facts, incursion_lines, top_entities
from ..archive.store import open_db_readonly
from ..clock import now_utc, parse_since, to_iso
from ..config import knowledge_base_path
from ..errors import MonitorError
from ..json_lines import json_text
from ..nlp.names import fold
from .common import LIMIT, SINCE, WORKERS, common_options
from .output import output_options, print_records, stderr

if TYPE_CHECKING:  # analysis loads with `monitor analyze`, not with the reading commands
    from ..nlp.analyze import Analysis


def _period(since: str) -> tuple[datetime, datetime]:
    """The window [since, now] by arrival, as `top_entities` counts it."""
    end = now_utc() + timedelta(seconds=1)
    return parse_since(since, end), end


@click.group(invoke_without_command=True)
@common_options
@output_options
@click.option(
    "--since", type=SINCE, default="7d", show_default=True, help="Period: 7d, 24h, or a date."
)
@click.option("--type", "entity_type", help="Only this type: PERSON, ORG, GPE, LOC, TERM, ...")
@click.option("-n", "--limit", type=LIMIT, default=20, show_default=True, help="At most this many.")
@click.pass_context
def entities(
    ctx: click.Context,
    config_path: Path,
    db_path: Path,
    output: str | None,
    since: str,
    entity_type: str | None,
    limit: int,
) -> None:
    """Top entities by articles that arrived in the period naming them, with the change against
    the period of the same length before it ("new" when the archive does not go back so far).

    \b
    Examples:
      monitor entities --since 7d --type PERSON
      monitor entities unknown      # frequent names not in models/entities.yaml
    """
    if ctx.invoked_subcommand:
        return
    db = open_db_readonly(db_path)
    start, end = _period(since)
    days = (end - start) / timedelta(days=1)
    rows = top_entities(db, start, end, baseline_days=days, limit=limit, entity_type=entity_type)
    _show(rows, output)


@entities.command("unknown")
@common_options
@output_options
@click.option(
    "--since", type=SINCE, default="30d", show_default=True, help="Period: 30d, 7d, or a date."
)
@click.option("-n", "--limit", type=LIMIT, default=30, show_default=True, help="At most this many.")
def unknown(config_path: Path, db_path: Path, output: str | None, since: str, limit: int) -> None:
    """Frequent names that are not in the knowledge base, to review and add.

    \b
    Example:
      monitor entities unknown --since 30d -n 50
    """
    db = open_db_readonly(db_path)
    start, end = _period(since)
    days = (end - start) / timedelta(days=1)
    rows = top_entities(db, start, end, baseline_days=days, limit=limit, in_kb=False)
    for row in rows:
        row |= suggestion(row["name"], row["type"], row["surface_forms"])
    _show(rows, output, extra=["add_command"])


# spaCy's labels as the knowledge base's types: what `entities unknown` suggests.
SUGGESTED_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
    "NORP": "ORG", "PRODUCT": "EQUIPMENT", "EVENT": "TERM", "LAW": "TERM",
    "WORK_OF_ART": "TERM", "LANGUAGE": "TERM",
}  # fmt: skip


def suggestion(name: str, label: str, spellings: list[str]) -> dict[str, Any]:
    """A type and aliases for an entity outside the knowledge base, and the command that adds
    it: the other spellings articles used become aliases."""
    kind = SUGGESTED_TYPES.get(label, "TERM")
    # A line break inside a name is the page's layout, not the name; `entities add` takes one
    # line of text, so the names are suggested on one line.
    name = one_line(name)
    aliases = sorted({one_line(s.removeprefix("the ")) for s in spellings} - {name, ""})
    # "--" ends the options, so a name that starts with "-" is still the name ("-Dash" was
    # read as the option -D and the command failed).
    command = (
        f"monitor entities add --type {kind}"
        + "".join(f" --alias {shlex.quote(alias)}" for alias in aliases)
        + f" -- {shlex.quote(name)}"
    )
    return {"suggested_type": kind, "suggested_aliases": aliases, "add_command": command}


def one_line(text: str) -> str:
    """`text` with its runs of whitespace and line breaks as one space, and no other control
    character: as `entities add` takes a name."""
    return "".join(c for c in " ".join(text.split()) if c.isprintable())


@entities.command("add")
@common_options
@click.argument("name")
@click.option(
    "--type",
    "entity_type",
    required=True,
    type=click.Choice(["PERSON", "GPE", "LOC", "ORG", "EQUIPMENT", "TERM"]),
    help="What it is.",
)
@click.option("--alias", "aliases", multiple=True, help="Another name for it (repeatable).")
@click.option("--family-name", help="A person's surname, so it alone links after the full name.")
@click.option("--country", help="The id of the country it belongs to (e.g. taiwan).")
@click.option("--description", help="One line saying who or what it is.")
@click.option("--id", "entity_id", help="Its id (default: made from the name).")
def add(
    config_path: Path,
    db_path: Path,
    name: str,
    entity_type: str,
    aliases: tuple[str, ...],
    family_name: str | None,
    country: str | None,
    description: str | None,
    entity_id: str | None,
) -> None:
    """Add an entity to your knowledge base (not the shipped file), then bring stored articles
    up to date with `monitor reanalyze`.

    Your file is `knowledge_base:` in feeds.yaml, else entities.yaml in the user data directory
    (MONITOR_DATA_DIR overrides it); it is merged over the shipped models/entities.yaml.

    \b
    Example:
      monitor entities add "Chiang Wan-an" --type PERSON --family-name Chiang \\
        --alias 蔣萬安 --country taiwan --description "Mayor of Taipei from 2022"
    """
    from ..nlp.kb import knowledge_base
    from ..nlp.kbfile import add_entity, kb_to_add_to, made_id

    path = knowledge_base_path(config_path)
    kb = kb_to_add_to(path)
    entity_id = entity_id or made_id(name, kb.entities)
    if entity_type == "PERSON" and not family_name:
        family_name = name.split()[-1]
    for text in (name, *aliases):
        owner = kb.lookup(fold(text))
        if owner:
            raise MonitorError(f"'{text}' already names {owner} in the knowledge base")
    entry: dict[str, Any] = {"id": entity_id, "name": name, "type": entity_type}
    if family_name:
        entry["family_name"] = family_name
    entry["aliases"] = list(aliases)
    if country:
        entry["country"] = country
    entry["description"] = description or f"Added by {getpass.getuser()} with monitor"
    merged = add_entity(path, entry)
    knowledge_base.cache_clear()
    stderr.print(
        f"added {entity_id} to {path} ({len(merged.entities)} entities); link it in stored "
        "articles with: monitor reanalyze --since 30d"
    )


def _show(rows: list[dict[str, Any]], output: str | None, extra: list[str] | None = None) -> None:
    columns = ["name", "type", "articles", "change", "spellings", *(extra or [])]
    print_records(rows, output, columns, "no entities in this period", shown=_readable)


def _readable(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "change": "new" if row["change"] is None else f"{row['change']:+g}",
        "spellings": ", ".join(row["surface_forms"]),
    }


@click.command()
@common_options
@output_options
@click.option(
    "--since", type=SINCE, default="30d", show_default=True, help="Period: 30d, 7d, or a date."
)
def incursions(config_path: Path, db_path: Path, output: str | None, since: str) -> None:
    """Military craft reported near Taiwan, the Senkakus, Kinmen and Matsu: one line per day
    (the day the reports cover) and place, totals first, then how many of them crossed the
    median line or entered a zone. Each count is the highest any article reported for that day:
    outlets repeat the same figure. --json adds every fact with the articles that reported it.

    \b
    Example:
      monitor incursions --since 14d --json
    """
    db = open_db_readonly(db_path)
    rows = incursion_lines(incursion_facts(db, since=to_iso(parse_since(since))[:10]))
    print_records(rows, output, ["day", "place", "text"], "no incursions found")


@click.command()
@common_options
# A byte that is not UTF-8 (a Latin-1 file piped in) is read as U+FFFD, as a browser reads it:
# one character for one byte, so offsets still index what any UTF-8 reader of the input sees.
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Input is JSON Lines of {"id", "title", "text"}, and "published_utc" if known.',
)
@click.option("--workers", type=WORKERS, default=1, help="Analysis worker processes.")
def analyze(config_path: Path, db_path: Path, source: TextIO, jsonl: bool, workers: int) -> None:
    """Analyse a plain text, or JSON Lines, and print the entities found as JSON.

    Offsets index the text as given: the title, a blank line, then the text (or the text alone
    when there is no title), HTML character references ("&#8217;") and all, though each
    reference is read as the character it stands for. One output line per input line, in order;
    a line that is no such record is one line on stderr naming its number (the exit status is
    then 1), and the others are analysed all the same.
    Incursion days written as "on Monday" are read against "published_utc" when the line has
    it, else against now.

    \b
    Examples:
      echo "Defence Minister Kishi Nobwo visited Yonaguni." | monitor analyze
      monitor analyze articles.jsonl --jsonl > entities.jsonl
    """
    from ..nlp.analyze import TextToAnalyse, analyse
    from ..nlp.kb import knowledge_base
    from .analyze_input import BadLine, read_records

    if not jsonl:
        items = [TextToAnalyse("-", source.read(), None)]
        bad: list[BadLine] = []
    else:
        read = list(read_records(source.read(), getattr(source, "name", "<stdin>")))
        items = [item for item in read if isinstance(item, TextToAnalyse)]
        bad = [item for item in read if isinstance(item, BadLine)]
    for line in bad:
        click.echo(line.problem, err=True)
    # The knowledge base `fetch` links with: feeds.yaml's `knowledge_base:`, where `entities add`
    # writes, not only the data directory's.
    kb = knowledge_base(knowledge_base_path(config_path))
    for result in analyse(items, workers=workers, kb=kb):
        click.echo(json_text(_as_json(result)))
    if bad:
        raise MonitorError(f"{len(bad)} of {len(bad) + len(items)} lines not analysed (above)")


def _as_json(result: Analysis) -> dict[str, Any]:
    return {
        "id": result.id,
        "language": result.language,
        "entities": [
            {
                "text": m.text,
                "label": m.label,
                "canonical": m.canonical,
                "id": m.entity_id,
                "start": m.start,
                "end": m.end,
                "kind": m.kind,
            }  # fmt: skip
            for m in result.mentions
        ],
        "incursions": [
            {
                "count": i.count,
                "what": i.what,
                "zone": i.zone,
                "place": i.place,
                "day": i.day.isoformat(),
            }
            for i in result.incursions
        ],  # fmt: skip
        "themes": result.themes.scores if result.themes else {},
        "tags": list(result.themes.tags) if result.themes else [],
    }
