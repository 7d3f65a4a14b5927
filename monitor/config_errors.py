"""A config file's validation error told in one line: the file, the entry (by its name, escaped
where it holds a line break), the field and what to do."""

from pathlib import Path
from typing import Any

from pydantic import ValidationError


def describe_validation_error(exc: ValidationError, data: dict[str, Any], path: Path) -> str:
    """Turn pydantic's first error into 'file: feeds[2] 'Name': field: problem'."""
    error = exc.errors()[0]
    loc = list(error["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] in ("feeds", "alerts") and isinstance(loc[1], int):
        entry = data[loc[0]][loc[1]]
        name = entry.get("name") if isinstance(entry, dict) else None
        shown = f" '{_one_line(name)}'" if isinstance(name, str) else ""
        where = f"{loc[0]}[{loc[1]}]{shown}: "
        loc = loc[2:]
    field = ".".join(str(part) for part in loc)
    message = _plain_message(error)
    return f"{path}: {where}{field + ': ' if field else ''}{message}"


def _one_line(name: str) -> str:
    """The name as written, with a line break or other unprintable character escaped ("\\n"),
    so the error stays one line whatever the file holds."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in name)


def _plain_message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; README, Configuration, lists every key)"
    if kind == "missing":
        return "required but missing"
    if kind == "string_pattern_mismatch":
        if error["loc"][-1] == "language":
            return (
                f"must be a two-letter ISO 639-1 code such as en, ja or zh (got {error['input']!r})"
            )
        return f"must be a time such as 07:30 (got {error['input']!r})"
    if kind == "greater_than_equal":
        limit = error["ctx"]["ge"]
        return f"must be at least {limit} (got {error['input']!r})"
    if kind == "less_than_equal":
        return f"must be at most {error['ctx']['le']:,} (got {error['input']!r})"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind == "value_error" and ": " in message and not error["loc"][1:]:
        return message  # a model-level check names its own field
    if "input" in error and kind.endswith("_type"):
        message += f" (got {error['input']!r})"
    return message
