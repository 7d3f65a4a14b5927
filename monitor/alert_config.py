"""`alerts:` in feeds.yaml: rules that email matching new articles within the pass that stored
them. Validated with the rest of the file; only the check that a rule's entities are in the
knowledge base waits for a command that acts on alerts (alert_rules.py), since loading the
knowledge base takes about a second that reading commands do not need to spend."""

import re
import sqlite3
from collections.abc import Sequence
from datetime import time
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from .addresses import check_address, is_one_line
from .errors import ConfigError
from .vocabulary import PLACES, THEMES, WHAT, ZONES

_CLOCK = r"([01]\d|2[0-3]):([0-5]\d)"
_QUIET_HOURS = re.compile(rf"^{_CLOCK}-{_CLOCK}$")
CRITERIA = ("entities", "query", "themes", "feeds", "tags", "incursions")


class IncursionThreshold(BaseModel):
    """`incursions:` of a rule: a figure of `what` in `zone` (at `place`, if given) of at least
    `at_least`, judged on the day's figure (`per: day`) or on one report's (`per: report`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    what: str
    zone: str
    at_least: Annotated[StrictInt, Field(ge=1, le=10_000)]  # more craft than reports count
    place: str | None = None
    per: Literal["day", "report"] = "day"

    @field_validator("what")
    @classmethod
    def _what(cls, value: str) -> str:
        return _one_of(value, WHAT)

    @field_validator("zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return _one_of(value, ZONES)

    @field_validator("place")
    @classmethod
    def _place(cls, value: str | None) -> str | None:
        return None if value is None else _one_of(value, PLACES)

    def describe(self) -> str:
        where = f" at {self.place}" if self.place else ""
        return f"{self.at_least}+ {self.what} {zone_words(self.zone)}{where} per {self.per}"


class AlertConfig(BaseModel):
    """One entry of `alerts:`. A rule matches an article when every criterion it gives holds,
    and a criterion that lists several values when any of them does."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1)]
    entities: tuple[str, ...] = ()
    query: Annotated[str, Field(min_length=1)] | None = None
    themes: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    incursions: IncursionThreshold | None = None
    quiet_hours: str | None = None
    max_per_hour: Annotated[StrictInt, Field(ge=1, le=3_600)] | None = None  # one a second
    recipients: tuple[str, ...] = ()

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip() or not is_one_line(value):
            raise ValueError("must be one line of text (it is in the email subject)")
        return value.strip()

    @field_validator("themes")
    @classmethod
    def _themes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_one_of(theme, THEMES) for theme in value)

    @field_validator("query")
    @classmethod
    def _query(cls, value: str | None) -> str | None:
        if value is not None:
            check_fts_query(value)
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str | None) -> str | None:
        if value is not None:
            quiet_window(value)
        return value

    @field_validator("recipients")
    @classmethod
    def _recipients(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for address in value:
            check_address(address)
        return value

    @model_validator(mode="after")
    def _some_criterion(self) -> "AlertConfig":
        if not any(getattr(self, key) for key in CRITERIA):
            raise ValueError(
                f"give at least one of {', '.join(CRITERIA)} (a rule without one would match "
                "every article)"
            )
        return self

    @property
    def quiet(self) -> tuple[time, time] | None:
        return quiet_window(self.quiet_hours) if self.quiet_hours else None


def quiet_window(value: str) -> tuple[time, time]:
    """'22:00-07:00' as (start, end); the window may run past midnight."""
    found = _QUIET_HOURS.match(value)
    if not found:
        raise ValueError(f"must be two times such as 22:00-07:00 (got {value!r})")
    start = time(int(found.group(1)), int(found.group(2)))
    end = time(int(found.group(3)), int(found.group(4)))
    if start == end:
        raise ValueError(f"starts and ends at the same time (got {value!r})")
    return start, end


# The English index's columns and tokenizer, as migration 1 made `articles_fts`: a query is
# checked on the table it runs on. A probe with one column `text` passed "text: Taiwan", which
# then failed at every pass, and refused "title: Taiwan", which `monitor search` runs.
ARCHIVE_INDEX = "title, summary, content, full_text, tokenize='porter'"


def check_fts_query(query: str) -> None:
    """Refuse what SQLite's full-text search would refuse at every pass, now, with its reason:
    an empty in-memory copy of the archive's index parses the query in microseconds."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5({ARCHIVE_INDEX})")
        conn.execute("SELECT * FROM articles_fts WHERE articles_fts MATCH ?", [query]).fetchall()
    except sqlite3.OperationalError as exc:
        raise ValueError(f"not valid full-text search syntax: {exc} (got {query!r})") from None
    finally:
        conn.close()


def check_alerts(
    alerts: Sequence[AlertConfig],
    feed_names: Sequence[str],
    digest_recipients: Sequence[str],
    path: Path,
) -> None:
    """What a rule alone cannot check: unique names, recipients, feeds that exist."""
    seen: dict[str, int] = {}
    for index, rule in enumerate(alerts):
        where = f"{path}: alerts[{index}] '{rule.name}'"
        if rule.name.casefold() in seen:
            raise ConfigError(
                f"{where}: name: already used by alerts[{seen[rule.name.casefold()]}]"
            )
        seen[rule.name.casefold()] = index
        if not rule.recipients and not digest_recipients:
            raise ConfigError(
                f"{where}: recipients: none here and none in digest.recipients; give one"
            )
        for feed in rule.feeds:
            if feed not in feed_names:
                raise ConfigError(f"{where}: feeds: no feed named '{feed}' in feeds:")


def _one_of(value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValueError(f"must be one of {', '.join(allowed)} (got {value!r})")
    return value


_ZONE_WORDS = {
    "around Taiwan": "around Taiwan",
    "ADIZ": "in the ADIZ",
    "median line": "across the median line",
    "contiguous zone": "in the contiguous zone",
    "territorial waters": "in territorial waters",
    "restricted waters": "in restricted waters",
}


def zone_words(zone: str) -> str:
    """'aircraft around Taiwan', 'official ships in territorial waters'."""
    return _ZONE_WORDS.get(zone, zone)
