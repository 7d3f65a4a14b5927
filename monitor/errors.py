"""The one exception tree of monitor.

MonitorError            anything a user can fix; the CLI prints its message on one line, exit 1
├── ConfigError         feeds.yaml is missing, unreadable or invalid
├── StoreError          the database cannot be opened, migrated or written
└── FetchError          one feed could not be fetched or parsed (caught per feed, never fatal)
"""


class MonitorError(Exception):
    """A problem the user can fix, with a message that says what and where."""


class ConfigError(MonitorError):
    pass


class StoreError(MonitorError):
    pass


class FetchError(MonitorError):
    """A feed failed; `status` is the HTTP status when there was a response."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
