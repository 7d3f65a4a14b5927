"""Knowledge-base files as every load reads them: the bytes of a regular file of a bounded size,
and the plain data in them.

The user's file is theirs to edit by hand, and any text may be there: a FIFO in its place held
every command that analyses (fetch, analyze, reanalyze) waiting for a writer, a link to an
endless device filled memory, and 100,000 nested brackets ended each analysis in a
RecursionError. Each is now one line naming the file (kb.load_kb then leaves the user's file
out, and the shipped knowledge base applies)."""

from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails

from ..errors import ConfigError, printable
from ..files import FileTooLarge, read_capped
from ..yaml_data import load_plain_data

# The shipped file is under 300 KB with about 5,000 entities; a file a hundred times larger is
# no knowledge base a person keeps.
MAX_KB_BYTES = 4 * 1024 * 1024
# The shipped file nests five levels (the file, entities, an entry, its offices, an office).
MAX_KB_NESTING = 8


def read_kb_bytes(path: Path) -> bytes:
    """The file's bytes, or ConfigError in one line: never a wait on a FIFO or a device."""
    try:
        return read_capped(path, MAX_KB_BYTES, regular_only=True)
    except FileTooLarge as exc:
        raise ConfigError(f"{path}: {exc}: no knowledge base is (is it the right file?)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the knowledge base: {exc.strerror}") from None


def kb_data(raw: bytes, path: Path) -> Any:
    """The plain data of a knowledge-base file, or ConfigError naming the file and the line."""
    return load_plain_data(
        raw, path, MAX_KB_NESTING, "a knowledge base needs five (the file, entities, an entry, "
        "its offices, an office)",
    )  # fmt: skip


def where_invalid(data: Any, error: ErrorDetails) -> str:
    """A validation error as the entry and the field it is in, "entities[3] 'Zork': type:
    Input should be ...", the entry named as the user wrote it."""
    location = list(error["loc"])
    where = "the file" if not location else ".".join(str(part) for part in location)
    if len(location) >= 2 and location[0] == "entities" and isinstance(location[1], int):
        entry = data["entities"][location[1]]
        name = entry.get("name") if isinstance(entry, dict) else None
        named = f" {printable(repr(name), 60)}" if isinstance(name, str) else ""
        fields = ".".join(str(part) for part in location[2:]) or "the entry"
        where = f"entities[{location[1]}]{named}: {fields}"
    return f"{where}: {error['msg']}"
