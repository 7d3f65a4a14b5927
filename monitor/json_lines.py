"""JSON Lines files read as they are written: a record ends at "\\n" and nowhere else.

`str.splitlines()` also ends a line at U+2028, U+2029, U+0085 and the other Unicode line breaks,
which JSON keeps raw inside a string (`json.dumps(..., ensure_ascii=False)`, as the labelling
guide and `--jsonl` write): a passage whose text holds one, as text copied from a web page may,
would be cut in two and fail to load."""

from collections.abc import Iterator
from pathlib import Path


def json_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Each line of `path` that holds more than whitespace, with its number (from 1)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            yield number, line
