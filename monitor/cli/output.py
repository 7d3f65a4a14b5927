"""How commands print rows: a table for a person at a terminal, and JSON, JSON Lines, CSV or
TSV for programs, from one set of writers.

Each listing command takes `--json`, `--jsonl`, `--csv` and `--tsv` (one at most, through
`output_options`). The four carry the same columns, the records the command finds; a list of
plain values becomes one CSV cell joined with "; ", a nested object or a list of them its JSON
text. Without a flag, the table view shows the columns chosen for reading: a Rich table on a
terminal, the same columns as plain tab-separated lines with a header in a pipe.

JSON and JSON Lines are written as sqlite-utils writes them (a row per line, binary values as
base64, a repeated column name numbered), with the json module: importing sqlite-utils' CLI to
write them took a pass with nothing new a fifth longer. tests/test_output.py pins the text to
sqlite-utils' own writer. `monitor sql --fmt` draws its tables with the same tabulate formats as
`sqlite-utils query --fmt`.

CSV and TSV are opened in spreadsheets, which run a cell beginning with "=", "+", "-" or "@" (or
a tab or carriage return before one) as a formula: a feed titled `=HYPERLINK("http://x", "Read")`
would become a live link, or worse (CSV injection). Every text cell so begun is written with a
leading apostrophe, which Excel reads as "this is text" and does not show (LibreOffice's CSV
import shows it); numbers stay numbers. So is a cell begun by a character that folds to one of
those, the full-width "＝＋－＠" of Japanese and Chinese titles and the small "﹦﹢﹣﹫":
LibreOffice Calc 7.4 reads them as text in its English, Japanese, Chinese and Korean locales
(while it folds full-width digits into numbers), but Excel's Japanese and Chinese editions fold
full-width characters typed into a cell, and whether they fold them in a file they open is
documented nowhere we could read; an apostrophe before a rare title is a small price against a
live "＝HYPERLINK(...)". A line break inside a cell is written as "\n": a lone carriage return
is no reason for the csv module to quote a cell, and left bare it ends the row for every reader.
JSON and JSON Lines keep every text as stored.

Nothing from a feed or a server is ever read as terminal markup: the consoles interpret none, and
table cells are plain Text with control characters removed, so a title such as
`[link=file:///etc/passwd]x[/link]` or `[/]` prints as written.
"""

import base64
import csv
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO, TypeVar, cast

import click
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import printable
from ..json_lines import json_text

F = TypeVar("F", bound=Callable[..., Any])


FORMATS = {
    "json": "Print JSON.",
    "jsonl": "Print JSON Lines: one object per line.",
    "csv": "Print CSV with a header line.",
    "tsv": "Print tab-separated values with a header line.",
}
CELL_CHARS = 10_000  # a table cell or plain line shows at most this much of one value
WRAPPED_MIN_CHARS = 8  # a column that wraps is never narrower, nor wrapped text in records

stdout = Console(soft_wrap=True, markup=False, highlight=False, emoji=False)
stderr = Console(stderr=True, soft_wrap=True, markup=False, highlight=False, emoji=False)

# Values a reader copies whole, so a table never wraps or shortens them: links, and ISO dates
# and times (2026-11-26, 2026-11-26T01:00:00Z, 2026-11-26T07:30:00+09:00).
_WHOLE = re.compile(
    r"[a-z][a-z0-9+.-]*://\S+"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)


def output_options(command: F) -> F:
    """--json, --jsonl, --csv and --tsv, one at most (two are a usage error, exit 2); the
    command receives `output`, the chosen format, or None for the table view."""

    @functools.wraps(command)
    def choose_format(*args: Any, **kwargs: Any) -> Any:
        chosen = [name for name in FORMATS if kwargs.pop(f"as_{name}")]
        if len(chosen) > 1:
            flags = " and ".join(f"--{name}" for name in chosen)
            raise click.UsageError(f"{flags} exclude each other; choose one")
        return command(*args, output=chosen[0] if chosen else None, **kwargs)

    wrapped: Callable[..., Any] = choose_format
    for name, help_text in reversed(FORMATS.items()):
        wrapped = click.option(f"--{name}", f"as_{name}", is_flag=True, help=help_text)(wrapped)
    return cast(F, wrapped)


def json_option(command: F) -> F:
    """--json alone, for commands that print one summary rather than rows."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(command)


def print_json(data: Any) -> None:
    """One JSON document (a summary object), indented for reading."""
    click.echo(json_text(data, indent=2, default=str))


def print_records(
    records: Sequence[Mapping[str, Any]],
    output: str | None,
    view: Sequence[str],
    empty: str,
    shown: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
) -> None:
    """Records in the chosen format with all their fields, or, without one, the table view of
    the `view` fields (each record passed through `shown` first, to format it for reading)."""
    if output is None:
        cells = [shown(record) if shown else record for record in records]
        print_table(view, [[record.get(column) for column in view] for record in cells], empty)
        return
    columns = list(dict.fromkeys(key for record in records for key in record))
    write_rows(output, columns, ([record.get(c) for c in columns] for record in records))


def write_rows(
    output: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    out: TextIO | None = None,
) -> None:
    """Rows as JSON, JSON Lines, CSV or TSV to `out` (stdout by default), streamed."""
    out = out or sys.stdout
    if output in ("json", "jsonl"):
        for line in _json_lines(columns, rows, lines=output == "jsonl"):
            out.write(line + "\n")
        return
    # A bare newline ends each line, as in every other format here: a "\r" would stick to the
    # last field of a TSV line in `cut` and `awk`. The csv module reads both.
    dialect = "excel-tab" if output == "tsv" else "excel"
    writer = csv.writer(out, dialect=dialect, lineterminator="\n")
    if columns:
        writer.writerow(columns)
    writer.writerows([_spreadsheet_cell(_flat(value)) for value in row] for row in rows)


# What a spreadsheet reads as the start of a formula, per OWASP's "CSV Injection".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_cell(value: Any) -> Any:
    """A text cell with its line breaks as "\n", marked as text if a spreadsheet would run it as
    a formula (the module docstring), or would once it folds the first character's width."""
    if not isinstance(value, str):
        return value
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    opening = unicodedata.normalize("NFKC", value[:1])
    return "'" + text if opening.startswith(FORMULA_STARTS) else text


def _json_lines(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], lines: bool
) -> Iterator[str]:
    keys = _unique_keys(columns)
    encoded = (json_text(dict(zip(keys, row, strict=True)), default=_json_binary) for row in rows)
    if lines:
        yield from encoded
        return
    line = next(encoded, None)
    if line is None:
        yield "[]"
        return
    opening = "["
    for following in encoded:  # a comma after every row but the last, "]" after the last
        yield f"{opening}{line},"
        line, opening = following, " "
    yield f"{opening}{line}]"


def _unique_keys(columns: Sequence[str]) -> list[str]:
    """Column names as JSON keys: a repeated name (`SELECT a.id, b.id`) becomes id_2, id_3, ...,
    skipping names the query already has, so no value overwrites another."""
    taken, seen, keys = set(columns), set(), []
    for column in columns:
        key, suffix = column, 2
        if column in seen:
            while key in seen or key in taken:
                key, suffix = f"{column}_{suffix}", suffix + 1
        seen.add(key)
        keys.append(key)
    return keys


def _json_binary(value: Any) -> dict[str, Any]:
    """A binary value in JSON, as sqlite-utils writes and reads it back."""
    if isinstance(value, bytes):
        return {"$base64": True, "encoded": base64.b64encode(value).decode("latin-1")}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _flat(value: Any) -> Any:
    """A value as one CSV cell: lists of plain values joined, nested data as JSON text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return json.dumps(_json_binary(value))
    if isinstance(value, list | tuple) and not any(
        isinstance(v, dict | list | tuple) for v in value
    ):
        return "; ".join(str(_flat(v)) for v in value)
    if isinstance(value, dict | list | tuple):
        return json_text(value, default=str)
    return value


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], empty: str) -> None:
    """The table view: a table on a terminal; in a pipe, plain tab-separated lines with a
    header, one line per row (whitespace in a value collapsed), for `cut`, `grep` and `sort`."""
    if not rows:
        stderr.print(empty)
        return
    cells = [[_cell(value) for value in row] for row in rows]
    if not sys.stdout.isatty():
        click.echo("\t".join(columns))
        for row in cells:
            click.echo("\t".join(row))
        return
    table = _table(columns, cells)
    if table is None:
        for line in _records(columns, cells):
            stdout.print(line)
        return
    stdout.print(table)


def _table(columns: Sequence[str], cells: list[list[str]]) -> Table | None:
    """Links and timestamps whole, each on one line; the other columns share the room left, in
    proportion to how much more each would take, and wrap (folding a word longer than the
    column), so nothing is cut. None when that cannot fit the terminal."""
    whole: dict[int, int] = {}
    natural: dict[int, int] = {}
    for index, name in enumerate(columns):
        values = [row[index] for row in cells if row[index]]
        widest = max([cell_len(name), *(cell_len(value) for value in values)])
        if values and all(_WHOLE.fullmatch(value) for value in values):
            whole[index] = widest
        else:
            natural[index] = widest
    # The box takes its two edges and a line between columns, and each cell a space either side.
    room = stdout.width - (len(columns) + 1) - 2 * len(columns) - sum(whole.values())
    narrowest = {index: min(width, WRAPPED_MIN_CHARS) for index, width in natural.items()}
    if room < sum(narrowest.values()):
        return None
    widths = _shares(room, natural, narrowest) if sum(natural.values()) > room else {}
    table = Table(show_lines=False)
    for index, name in enumerate(columns):
        if index in whole:
            table.add_column(name, no_wrap=True, min_width=whole[index])
        else:
            table.add_column(name, overflow="fold", width=widths.get(index))
    for row in cells:
        table.add_row(*(Text(value) for value in row))
    return table


def _shares(room: int, natural: dict[int, int], narrowest: dict[int, int]) -> dict[int, int]:
    """Widths for the wrapping columns: each its narrowest, and the room left over shared in
    proportion to how much wider each would be whole (the largest remainders round up)."""
    spare = room - sum(narrowest.values())
    wants = {index: natural[index] - narrowest[index] for index in natural}
    total = sum(wants.values())
    widths = {index: narrowest[index] + spare * wants[index] // total for index in natural}
    left = room - sum(widths.values())
    for index in sorted(natural, key=lambda i: spare * wants[i] % total, reverse=True)[:left]:
        widths[index] += 1
    return widths


def _records(columns: Sequence[str], cells: list[list[str]]) -> Iterator[str]:
    """Each row as a block of `column  value` lines, for a terminal too narrow for the table
    (as psql's expanded display): long text wraps under its value, a link or a time stays on
    one line even when the terminal has to wrap it, so it is still whole when copied."""
    key_width = max(cell_len(name) for name in columns)
    text_width = max(stdout.width - key_width - 2, WRAPPED_MIN_CHARS)
    for number, row in enumerate(cells):
        if number:
            yield ""
        for name, value in zip(columns, row, strict=True):
            if _WHOLE.fullmatch(value):
                lines = [value]
            else:
                wrapped = Text(value).wrap(stdout, text_width, overflow="fold")
                lines = [line.plain.rstrip() for line in wrapped] or [""]
            yield f"{name:<{key_width}}  {lines[0]}"
            yield from (" " * (key_width + 2) + line for line in lines[1:])


def table_format_option(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> str | None:
    """Check a --fmt value against tabulate's formats, loading tabulate only when one is given."""
    import tabulate

    if value is None or value in tabulate.tabulate_formats:
        return value
    formats = ", ".join(tabulate.tabulate_formats)
    raise click.BadParameter(f"{value!r} is not a tabulate format; choose one of {formats}")


def print_tabulated(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], table_format: str
) -> None:
    """Rows as a tabulate table (`sqlite-utils query --fmt`): plain text, Markdown, HTML..."""
    import tabulate

    cells = [[_cell(value) if isinstance(value, str | bytes) else value for value in row]
             for row in rows]  # fmt: skip
    click.echo(tabulate.tabulate(cells, headers=list(columns), tablefmt=table_format))


def _cell(value: Any) -> str:
    flat = _flat(value)
    return printable(str(flat), limit=CELL_CHARS)
