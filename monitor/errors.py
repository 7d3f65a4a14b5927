"""The one exception tree of monitor, and how any failure is told in one line.

MonitorError            anything a user can fix; the CLI prints its message on one line, exit 1
├── ConfigError         feeds.yaml is missing, unreadable or invalid
├── StoreError          the database cannot be opened, migrated or written
└── FetchError          one feed could not be fetched or parsed (caught per feed, never fatal)

Anything else that escapes a stage is a bug or an outside fault (a full disk, a broken library);
each stage's boundary turns it into `one_line(exc)` for the feed or article it hit.
"""

import re

MAX_LINE_CHARS = 300
# Control characters, and the bidirectional embeddings, overrides and isolates: on a terminal
# that lays out right-to-left text, one of those in a title reverses the rest of the line, its
# link included ("Trojan Source", CVE-2021-42574). The marks U+200E and U+200F stay: they steer
# one character, not the line.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_UNPRINTABLE = re.compile(rf"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]+")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


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


def printable(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """Outside text (a server's reason phrase, an exception message) made safe for one line:
    no control characters or escape sequences, whitespace collapsed, at most `limit` chars."""
    line = " ".join(_UNPRINTABLE.sub(" ", text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def without_bidi_controls(text: str) -> str:
    """Outside text that cannot reorder what is laid out after it, kept otherwise as it is:
    for text whose line breaks and tabs matter. The one rule for every output a person reads:
    `printable` (the terminal), the mails' templates (`render`) and the Atom and OPML
    documents (`xml_text`) all leave out the same characters."""
    return _BIDI.sub("", text)


def one_line(exc: BaseException) -> str:
    """'ValueError: Port out of range 0-65535': what an unexpected failure was, on one line."""
    message = printable(str(exc))
    if isinstance(exc, MonitorError):
        return message
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
