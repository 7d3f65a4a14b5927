"""JSON Lines files read as they are written: a record ends at "\\n" and nowhere else.

`str.splitlines()` also ends a line at U+2028, U+2029, U+0085 and the other Unicode line breaks,
which JSON keeps raw inside a string (`json.dumps(..., ensure_ascii=False)`, as the labelling
guide and `--jsonl` write): a passage whose text holds one, as text copied from a web page may,
would be cut in two and fail to load. Files, `monitor export`'s and `analyze --jsonl`'s output
and their tests all read JSON Lines through `json_lines_in`; corpus files are written by
`as_json_lines`."""

import json
import re
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
    return "".join(json_text(record) + "\n" for record in records)


# Half a UTF-16 pair, which no UTF-8 text can hold: a "\ud800" escape in JSON read in, an
# argument whose bytes were not UTF-8. Left raw, the JSON could not be printed or written
# (`monitor analyze --jsonl` ended in "unexpected error: UnicodeEncodeError").
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# What JSON keeps raw in a string but ends a line for another reader: U+2028 and U+2029 end a
# line in JavaScript before ES2019 and in every reader that splits with `str.splitlines()`, as
# U+0085 (NEL) does there too (json.dumps escapes only the characters below U+0020). Raw, one
# title copied from a web page cut its record of `export --format jsonl` in two.
_LINE_BREAKS_JSON_KEEPS = "\u2028\u2029\x85"
_ESCAPED = re.compile(f"[\ud800-\udfff{_LINE_BREAKS_JSON_KEEPS}]")


def json_text(value: Any, **options: Any) -> str:
    """`value` as JSON with non-ASCII text kept as written, and any lone surrogate or line
    break JSON keeps raw written as its escape, so the text can always be encoded, is one line
    to any reader when `options` ask for no indent, and `json.loads` gives `value` back. Every
    JSON monitor prints or stores is written here."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _ESCAPED.sub(lambda one: f"\\u{ord(one.group()):04x}", text)


def whole_characters(text: str) -> str:
    """`text` with each lone surrogate (a "\\ud800" escape in JSON read in) as U+FFFD, one
    character for one, so offsets into it still hold: no analysis, database or file can take
    half a character."""
    return _LONE_SURROGATE.sub("\ufffd", text)
