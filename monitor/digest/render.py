"""The digest and alerts as plain text and as HTML (Jinja2). Every string from a feed is escaped
by autoescaping, and every link passes `safe_url`: http, https and mailto only."""

from collections.abc import Sequence
from functools import cache
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..archive.alert_store import Row
from ..clock import stored_time
from ..config import DigestConfig
from ..errors import without_bidi_controls
from .alert_rules import Rule, describe
from .build import SECTIONS, Digest

COLORS = {"security": "#b91c1c", "cooperation": "#1d4ed8"}
CHART_HEIGHT = 60
SAFE_SCHEMES = {"http", "https", "mailto"}


def safe_url(url: str | None) -> str | None:
    if not url or any(ch in url for ch in "\r\n\t "):
        return None
    return url if urlsplit(url).scheme.lower() in SAFE_SCHEMES else None


def _local(timestamp: str, digest: Digest | DigestConfig) -> str:
    from zoneinfo import ZoneInfo

    moment = stored_time(timestamp, "a row's time")
    if moment is None:
        return timestamp  # as stored, where the warning names it
    return moment.astimezone(ZoneInfo(digest.timezone)).strftime("%Y-%m-%d %H:%M")


def _without_bidi(value: object) -> object:
    return without_bidi_controls(value) if isinstance(value, str) else value


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("monitor.digest.build", "templates"),
        autoescape=select_autoescape(["html", "html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        # Every value a template prints, a feed's title as much as an outlet or an entity: in a
        # mail client a bidi override in a title reversed the rest of its line, the outlet and
        # the link after it included ("Trojan Source"), as on a terminal before errors.printable.
        finalize=_without_bidi,
    )
    environment.filters["safe_url"] = safe_url
    environment.filters["local"] = _local
    return environment


def left_out(counts: dict[str, int]) -> str:
    """'3 not in English, 10 off-topic': what arrived but has no story, and why."""
    parts = [
        f"{counts[key]} {label}"
        for key, label in (
            ("not_english", "not in English"),
            ("off_topic", "off-topic"),
            ("failed", "not analysed (failed)"),
        )  # fmt: skip
        if counts.get(key)
    ]
    return ", ".join(parts)


def render_text(digest: Digest) -> str:
    return (
        _environment()
        .get_template("digest.txt.j2")
        .render(digest=digest, sections=SECTIONS, left_out=left_out(digest.counts))
    )


def render_html(digest: Digest) -> str:
    peak = max((day["security"] + day["cooperation"] for day in digest.chart), default=0)
    return (
        _environment()
        .get_template("digest.html.j2")
        .render(
            digest=digest,
            sections=SECTIONS,
            colors=COLORS,
            chart_height=CHART_HEIGHT,
            chart_scale=CHART_HEIGHT / peak if peak else 0,
            left_out=left_out(digest.counts),
        )
    )


def render_alert_text(rule: Rule, rows: Sequence[Row], digest: DigestConfig) -> str:
    return _environment().get_template("alert.txt.j2").render(**_alert(rule, rows, digest))


def render_alert_html(rule: Rule, rows: Sequence[Row], digest: DigestConfig) -> str:
    return _environment().get_template("alert.html.j2").render(**_alert(rule, rows, digest))


def _alert(rule: Rule, rows: Sequence[Row], digest: DigestConfig) -> dict[str, object]:
    reasons = sorted({row.held_reason for row in rows if row.held_reason})
    return {
        "rule": rule,
        "criteria": describe(rule),
        "rows": rows,
        "digest": digest,
        "held_back": sum(row.held_reason is not None for row in rows),
        "held_reasons": ", ".join(reasons),
    }
