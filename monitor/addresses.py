"""Values bound for an email header: one line, and an address where one is expected."""

import unicodedata
from email.utils import parseaddr


def check_address(value: str) -> str:
    name, address = parseaddr(value)
    if not is_one_line(value) or "@" not in address or " " in address:
        raise ValueError(f"{value!r} is not an email address")
    return value


def is_one_line(value: str) -> bool:
    """Fit for an email header: no control characters and nothing else that str.splitlines
    breaks at (U+2028, U+2029), which the email package refuses in a header at send time."""
    return not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value)
