"""feeds.yaml: load, validate, and describe what the user asked to monitor.

Every problem is reported as one line naming the file, the entry and the field, so a typo in
feeds.yaml never surfaces as a traceback or, worse, as a silently ignored setting.
"""

import os
from dataclasses import dataclass, field
from ipaddress import ip_address
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from .addresses import check_address, is_one_line
from .alert_config import AlertConfig, check_alerts
from .config_errors import describe_validation_error
from .datadir import user_kb_path
from .errors import ConfigError
from .files import FileTooLarge, NotARegularFile, read_capped
from .urls import feed_location_key, is_web_url, redact, url_problem, without_credentials
from .yaml_data import load_plain_data

MIN_INTERVAL_MINUTES = 15
# feeds.yaml needs four levels (the file, `feeds:`, an entry, its tags).
MAX_NESTING = 16


class FeedConfig(BaseModel):
    """One entry of `feeds:`; `url` is an http(s) URL or a path relative to feeds.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1)]
    url: Annotated[str, Field(min_length=1)]
    # Every number has a ceiling (tests/test_hostile_archive.py checks each field): past what
    # any use of it means, times computed from it leave the calendar (year 9999) and integers
    # leave SQLite's 64 bits, so an absurd value loaded and then failed a command at each use.
    # At most a year: a feed fetched more rarely is better paused (`enabled: false`).
    interval: Annotated[StrictInt, Field(ge=MIN_INTERVAL_MINUTES, le=525_600)] = 60
    enabled: StrictBool = True
    tags: tuple[str, ...] = ()
    full_text: StrictBool = False
    # Overrides what the feed declares (real feeds often omit or misstate it) and skips
    # detection: an ISO 639-1 code such as en, ja or zh.
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = None

    @field_validator("name", "url")
    @classmethod
    def _strip(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @field_validator("url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if is_web_url(value):
            if problem := url_problem(value):  # never quotes a password
                raise ValueError(problem)
            return value
        # Any scheme as RFC 3986 reads one, not only before "://": "javascript:...", "data:..."
        # and "mailto:..." were taken for file names. A one-letter scheme is a drive ("C:").
        try:
            scheme = urlsplit(value).scheme.lower()
        except ValueError:  # the parser's message quotes the address, password and all
            raise ValueError("not a valid URL (its address cannot be read)") from None
        if len(scheme) > 1 and scheme != "file":
            raise ValueError(f"'{scheme}' URLs are not supported; use http(s) or a file path")
        return value


class DigestConfig(BaseModel):
    """`digest:` in feeds.yaml: when the daily digest is built, for whom, and what ranks first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")] = "07:30"
    timezone: str = "UTC"
    recipients: tuple[str, ...] = ()
    max_items: Annotated[StrictInt, Field(ge=1, le=10_000)] = 40
    watch: tuple[str, ...] = ()
    quiet_days: Annotated[StrictInt, Field(ge=1, le=3_650)] = 3  # ten years
    send_empty: StrictBool = False  # a digest with no stories is stored, and mailed only if so
    title: Annotated[str, Field(min_length=1)] = "Japan–Taiwan monitor"

    @field_validator("title")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if not is_one_line(value):
            raise ValueError(
                "must be one line without control characters (it starts the email subject)"
            )
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone '{value}' (use a name such as Asia/Tokyo)"
            ) from None
        return value

    @field_validator("recipients")
    @classmethod
    def _addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for address in value:
            check_address(address)
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class EmailConfig(BaseModel):
    """`email:` in feeds.yaml: the SMTP server. The password only comes from the environment."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    host: Annotated[str, Field(min_length=1)]
    port: Annotated[StrictInt, Field(ge=1, le=65535)] = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    sender: Annotated[str, Field(alias="from")]
    ca_file: str | None = None
    timeout_seconds: Annotated[float, Field(gt=0, le=3_600)] = 30.0  # an hour for one mail

    @field_validator("sender")
    @classmethod
    def _sender(cls, value: str) -> str:
        check_address(value)
        return value

    @model_validator(mode="after")
    def _safe(self) -> "EmailConfig":
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(
                "security: none is only allowed to a loopback host (use starttls or ssl)"
            )
        if self.security == "none" and self.username:
            raise ValueError("username: never sent over plaintext; use starttls or ssl")
        if self.username and not self.password_env:
            raise ValueError(
                "password_env: required with username (the password comes from the environment)"
            )
        return self

    def password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


class ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[FeedConfig] = []
    digest: DigestConfig | None = None
    email: EmailConfig | None = None
    knowledge_base: Annotated[str, Field(min_length=1)] | None = None
    alerts: list[AlertConfig] = []


@dataclass(frozen=True)
class Feed:
    """A feed as the pipeline sees it: `location` is a URL without credentials or an absolute
    file path; `credentials` (from `https://user:password@host/...`) are kept apart, sent only
    to the feed's own server, and never shown, logged, exported or stored."""

    name: str
    url: str  # as configured, with any password redacted
    location: str
    interval_minutes: int
    enabled: bool
    tags: tuple[str, ...]
    full_text: bool
    credentials: tuple[str, str] | None = field(default=None, repr=False)
    language: str | None = None  # overrides the feed's own declaration

    @property
    def is_local(self) -> bool:
        return not is_web_url(self.location)


@dataclass(frozen=True)
class Config:
    path: Path
    feeds: tuple[Feed, ...]
    digest: DigestConfig = DigestConfig()
    email: EmailConfig | None = None
    # The user's knowledge-base additions: `knowledge_base:` in feeds.yaml, relative to it, else
    # entities.yaml in the user data directory. It need not exist until something is added.
    knowledge_base: Path = field(default_factory=user_kb_path)
    alerts: tuple[AlertConfig, ...] = ()

    def require_email(self) -> EmailConfig:
        """The SMTP settings, checked as a sender needs them: now, not at 07:30."""
        if not self.digest.recipients and self.email is not None:
            raise ConfigError(f"{self.path}: digest.recipients: required to send")
        return self.require_smtp()

    def require_smtp(self) -> EmailConfig:
        """The SMTP settings with their password, whoever the recipients are (alerts name
        their own)."""
        if self.email is None:
            raise ConfigError(f"{self.path}: email: required to send (see README, Configuration)")
        if self.email.password_env and self.email.password() is None:
            raise ConfigError(
                f"{self.path}: email.password_env: the environment variable "
                f"{self.email.password_env} is not set"
            )
        return self.email

    def feed(self, name: str) -> Feed:
        for feed in self.feeds:
            if feed.name == name:
                return feed
        raise ConfigError(f"{self.path}: no feed named '{name}'")


# Thousands of feeds take a few hundred kilobytes; a file larger than this is not a feeds file.
MAX_CONFIG_BYTES = 16 * 1024 * 1024


def read_yaml(path: Path, regular_only: bool = False) -> Any:
    """Parse YAML as plain data only: no tags that construct objects. `regular_only` refuses a
    FIFO, device or directory rather than wait on it (files.read_capped)."""
    try:
        text = read_capped(path, MAX_CONFIG_BYTES, regular_only).decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (use --config or MONITOR_CONFIG)") from None
    except FileTooLarge as exc:
        raise ConfigError(f"{path}: {exc}: no feeds file is (is it the right file?)") from None
    except NotARegularFile as exc:
        raise ConfigError(f"{path}: {exc.strerror}: make it a plain file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return load_plain_data(
        text, path, MAX_NESTING, "feeds.yaml needs four (the file, feeds, an entry, its tags)"
    )


def load_config(path: Path, regular_only: bool = False) -> Config:
    return parse_config(read_yaml(path, regular_only), path)


def knowledge_base_path(config_path: Path) -> Path:
    """The user's knowledge-base file for commands that read feeds.yaml only for it: the one
    it names, or the default when there is no feeds.yaml (reading commands work without one)."""
    return load_config(config_path).knowledge_base if config_path.exists() else user_kb_path()


def parse_config(data: Any, path: Path) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'feeds' list at the top")
    for key in ("feeds", "alerts"):
        if key in data and data[key] is None:  # `feeds:` with nothing under it yet
            data = {**data, key: []}
    try:
        parsed = ConfigFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, data, path)) from None
    feeds = tuple(_resolve(entry, path.parent) for entry in parsed.feeds)
    _reject_duplicates(feeds, path)
    digest = parsed.digest or DigestConfig()
    check_alerts(parsed.alerts, [feed.name for feed in feeds], digest.recipients, path)
    email = parsed.email
    if email and email.ca_file:
        email = email.model_copy(update={"ca_file": str((path.parent / email.ca_file).resolve())})
    knowledge_base = (
        (path.parent / Path(parsed.knowledge_base).expanduser()).resolve()
        if parsed.knowledge_base
        else user_kb_path()
    )
    if parsed.knowledge_base:  # a wrong value here; the data directory's file is kb.py's
        _check_knowledge_base(knowledge_base, f"{path}: knowledge_base: ")
    return Config(
        path=path,
        feeds=feeds,
        digest=digest,
        email=email,
        knowledge_base=knowledge_base,
        alerts=tuple(parsed.alerts),
    )


def _check_knowledge_base(knowledge_base: Path, named_in: str) -> None:
    """The knowledge base feeds.yaml names is read whole by every analysis and rewritten by
    `entities add`: a directory, a FIFO or a device there (/dev/zero filled memory until the
    system killed the pass) is a mistake in feeds.yaml, refused before anything runs. It need
    not exist yet. The file in the data directory nobody names: a faulty one is left out by
    every load (kb.knowledge_base), and the shipped knowledge base applies."""
    if knowledge_base.exists() and not knowledge_base.is_file():
        raise ConfigError(
            f"{named_in}{knowledge_base}: not a regular file (a directory, FIFO or device is no "
            "knowledge base)"
        )


def _resolve(entry: FeedConfig, base: Path) -> Feed:
    credentials = None
    if is_web_url(entry.url):
        location, credentials = without_credentials(entry.url)
    else:
        raw = entry.url.removeprefix("file://")
        location = str((base / Path(raw).expanduser()).resolve())
    return Feed(
        name=entry.name,
        url=redact(entry.url),
        credentials=credentials,
        location=location,
        interval_minutes=entry.interval,
        enabled=entry.enabled,
        tags=entry.tags,
        full_text=entry.full_text,
        language=entry.language,
    )


def _reject_duplicates(feeds: tuple[Feed, ...], path: Path) -> None:
    seen_names: dict[str, int] = {}
    seen_urls: dict[str, int] = {}
    for index, feed in enumerate(feeds):
        key = feed_location_key(feed.location)
        if feed.name.casefold() in seen_names:
            first = seen_names[feed.name.casefold()]
            raise ConfigError(
                f"{path}: feeds[{index}] '{feed.name}': name: already used by feeds[{first}]"
            )
        if key in seen_urls:
            first = seen_urls[key]
            raise ConfigError(
                f"{path}: feeds[{index}] '{feed.name}': url: same feed as feeds[{first}] "
                f"'{feeds[first].name}'"
            )
        seen_names[feed.name.casefold()] = index
        seen_urls[key] = index
