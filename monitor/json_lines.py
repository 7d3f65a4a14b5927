"""JSON Lines files read as they are written: a record ends at "\\n" and nowhere else.

`str.splitlines()` also ends a line at U+2028, U+2029, U+0085 and the other Unicode line breaks,
which JSON keeps raw inside a string (`json.dumps(..., ensure_ascii=False)`, as the labelling
guide and `--jsonl` write): a passage whose text holds one, as text copied from a web page may,
would be cut in two and fail to load. Files, `monitor export`'s and `analyze --jsonl`'s output
and their tests all read JSON Lines through `json_lines_in`; corpus files are written by
`as_json_lines`."""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def json_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Each line of `path` that holds more than whitespace, with its number (from 1)."""
    return json_lines_in(path.read_text(encoding="utf-8"))


def json_lines_in(text: str) -> Iterator[tuple[int, str]]:
    """Each line of JSON Lines `text` that holds more than whitespace, with its number (from 1)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def as_json_lines(records: Iterable[Any]) -> str:
    """Records as JSON Lines, non-ASCII text kept as written, each line ended by "\\n"."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
