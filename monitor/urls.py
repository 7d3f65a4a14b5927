"""URLs as monitor keeps and shows them: validated, one spelling per resource, no credentials.

Every function here takes any string a feed, a server or a user may send and never raises: a
string that cannot be a web address (a bad port, broken IPv6 brackets, an empty host label) is
reported as a problem or as None, so it stays that item's or that feed's failure.
"""

import ipaddress
from collections.abc import Callable
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters known to identify a campaign or a click, never the article itself. Only
# known names: `ref`, `pk_id` and the like identify distinct articles on some sites.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
        "yclid", "_hsenc", "_hsmi", "ref_src", "ref_url", "cmpid", "ocid", "smid", "ncid",
        "sr_share", "pk_campaign", "pk_kwd", "pk_keyword", "pk_source", "pk_medium",
        "pk_content", "mtm_campaign", "mtm_kwd", "mtm_keyword", "mtm_source", "mtm_medium",
        "mtm_content", "mtm_cid", "mtm_group", "mtm_placement", "at_medium", "at_campaign",
        "at_platform", "at_send_date", "at_creation", "at_recipient_id", "at_link",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_HOST_CHARS = 253
MAX_LABEL_CHARS = 63
REDACTED = "***"


def url_problem(value: str) -> str | None:
    """Why `value` is not a usable http(s) URL, or None when it is."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port  # raises for a port out of range or not a number
        host = parts.hostname
    except ValueError as exc:
        # The parser's message quotes the address, and when brackets are broken
        # ("http://[:pw@[::1]") it takes the password for a part of it: quoted only without one.
        credentials = without_credentials(value)[1]
        return f"not a valid URL ({'its address cannot be read' if credentials else exc})"
    if parts.scheme.lower() not in DEFAULT_PORTS:
        return f"'{parts.scheme or 'no'}' scheme: only http and https are fetched"
    if not host:
        return "no host name"
    if port == 0:
        return "port 0 is not a port"
    return _host_problem(host, bracketed="[" in parts.netloc)


def _host_problem(host: str, bracketed: bool) -> str | None:
    try:
        address = ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        address = None
    if address is not None:
        if address.version == 6 and not bracketed:
            return f"IPv6 address {host} must be in brackets"
        return None
    if bracketed:
        return f"'{host}' in brackets is not an IPv6 address"
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"host name '{host}' is not valid (empty or over-long label)"
    labels = ascii_host.rstrip(".").split(".")
    if len(ascii_host) > MAX_HOST_CHARS or any(
        not label or len(label) > MAX_LABEL_CHARS for label in labels
    ):
        return f"host name '{host}' is not valid (empty or over-long label)"
    if any(not (ch.isalnum() or ch in "-_") for label in labels for ch in label):
        return f"host name '{host}' has characters a host name cannot have"
    return None


def is_web_url(value: str) -> bool:
    """An http(s) URL by its scheme, valid or not: a feed location that is not a file path."""
    return value.strip().lower().startswith(("http://", "https://"))


def without_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL with any `user:password@` removed, and the credentials apart."""
    scheme, netloc, rest = _split_netloc(url.strip())
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return url.strip(), None
    user, _, password = userinfo.partition(":")
    return f"{scheme}{hostport}{rest}", (user, password)


def feed_location_key(location: str) -> str:
    """What every spelling of one feed's location shares: a web URL made canonical (host case,
    tracking parameters, fragment), a file path as it is. Two feeds.yaml entries with one key
    are one feed, and a renamed entry is found again by it."""
    return (canonical_url(location) or location) if is_web_url(location) else location


def redact(url: str) -> str:
    """The URL as it may be shown, logged or exported: a password becomes ***."""
    scheme, netloc, rest = _split_netloc(url)
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return url
    return f"{scheme}{userinfo.partition(':')[0]}:{REDACTED}@{hostport}{rest}"


def _split_netloc(url: str) -> tuple[str, str, str]:
    """('http://', 'user:pw@host:80', '/path?q') by plain string rules, for any string."""
    scheme, sep, remainder = url.partition("://")
    if not sep:
        return "", "", url
    cut = min((i for i in (remainder.find(c) for c in "/?#") if i >= 0), default=len(remainder))
    return scheme + sep, remainder[:cut], remainder[cut:]


def canonical_url(url: str) -> str | None:
    """Lower-case scheme and host, no default port, no credentials, no fragment, no tracking
    parameters; None when `url` is not a usable http(s) URL.

    Path and the remaining query are kept as they are: servers may treat them case-sensitively.
    """
    if url_problem(url):
        return None
    return _canonical(urlsplit(url.strip()), _is_tracking)


def _canonical(parts: SplitResult, drop: Callable[[str], bool]) -> str:
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if not drop(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _is_tracking(param: str) -> bool:
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def legacy_canonical_url(url: str) -> str | None:
    """The canonical link as releases up to schema 5 stored it (they also removed `ref` and
    every `pk_`, `at_` and `mtm_` parameter), so articles stored then are still recognised."""
    if url_problem(url):
        return None
    return _canonical(urlsplit(url.strip()), _was_tracking)


def _was_tracking(param: str) -> bool:
    name = param.lower()
    return _is_tracking(name) or name == "ref" or name.startswith(("at_", "pk_", "mtm_"))
