"""URL normalisation: one spelling per resource, so duplicates can be recognised."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the article itself.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_hsenc",
        "_hsmi",
        "ref",
        "ref_src",
        "cmpid",
        "ito",
        "ocid",
        "smid",
        "ncid",
        "sr_share",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in DEFAULT_PORTS


def _is_tracking(param: str) -> bool:
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    Path and the remaining query are kept as they are: servers may treat them case-sensitively.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))
