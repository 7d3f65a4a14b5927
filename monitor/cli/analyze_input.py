"""What `monitor analyze --jsonl` reads: one record per line, each read on its own.

A line that is no JSON object of the documented fields is one line on stderr naming its number
and what is wrong, and every other line is still analysed: the first bad line used to end the
command, so one stray record in a file of ten thousand lost the other 9,999, and a field of
the wrong type (a title that is a list) was analysed as its Python repr. The fields are checked
by pydantic, strictly: a title is text, never a number made into text."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError

from ..clock import from_iso
from ..errors import printable
from ..json_lines import json_lines_in, whole_characters
from ..nlp.analyze import TextToAnalyse


class Record(BaseModel):
    """One input line's fields; others a file may carry (a link, a feed) are let be."""

    model_config = ConfigDict(extra="ignore")

    id: StrictStr | StrictInt | None = None
    title: StrictStr | None = None
    text: StrictStr | None = None
    published_utc: StrictStr | None = None


@dataclass(frozen=True)
class BadLine:
    number: int
    problem: str


def read_records(text: str, name: str) -> Iterator[TextToAnalyse | BadLine]:
    """Each line of JSON Lines `text` as the item to analyse, or why it cannot be one."""
    for number, line in json_lines_in(text):
        try:
            yield _item(number, line)
        except ValueError as exc:  # JSONDecodeError and ValidationError are ValueErrors
            yield BadLine(number, f"{name}: line {number}: {printable(str(exc), 200)}")


def _item(number: int, line: str) -> TextToAnalyse:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not a JSON object: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError(f"not a JSON object but a {type(value).__name__}")
    try:
        record = Record.model_validate(value)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"][:1])
        raise ValueError(f"{field}: {error['msg']}") from None
    title = whole_characters(record.title or "")
    body = whole_characters(record.text or "")
    identifier = str(record.id) if record.id is not None else str(number)
    return TextToAnalyse(
        identifier, f"{title}\n\n{body}" if title else body, None, _moment(record.published_utc)
    )


def _moment(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return from_iso(published)
    except (ValueError, OverflowError):
        raise ValueError(f"published_utc {published!r} is not an ISO date and time") from None
