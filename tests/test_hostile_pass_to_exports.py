"""Any item titles, summaries and dates a feed sends, through `monitor fetch`, `monitor digest`
and every export: one property over the real parts (robustAK).

A feed server on loopback serves the generated items; the CLI (in process, as `monitor`
runs it) fetches them into an SQLite file, previews and writes the digest, and exports the
archive as JSON Lines, CSV and Atom. Every command must exit 0 and print what its format's own
reader reads back whole, whatever the items held.
"""

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from conftest import FeedServer, serving
from hostile import respond
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.cli.main import main

# Text a feed may carry: any character (XML cannot hold some of them, feedparser reads past
# them), markup that is and is not closed, and what a terminal, a spreadsheet or a mail header
# would take for a command.
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40) | st.sampled_from(
    ["", " ", "\x0c\x1b[31m", "\u202eevil", "=HYPERLINK(\"x\")", "<b>open", "]]>", "&amp;amp;",
     "a\r\nBcc: x@example.org", "\u2028\u0085", "&#0;&#xD800;", "\ufeff\ufffe"]
)  # fmt: skip
# Dates as feeds write them, right and wrong: RFC 822, ISO 8601, years 1 and 9999, offsets past
# a day, a leap second, no date at all, and any text.
DATE = st.none() | TEXT | st.sampled_from(
    ["Mon, 07 Dec 2026 01:00:00 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
     "Fri, 31 Dec 9999 23:59:59 +2400", "2026-12-06T23:59:60Z", "2026-02-30T10:00:00Z",
     "0000-00-00T00:00:00Z", "1969-12-31T23:59:59-00:01", "99999999999", "Sun, 06 Dec 2026"]
)  # fmt: skip
ITEM = st.fixed_dictionaries(
    {"title": TEXT, "description": TEXT, "pubDate": DATE},
    optional={"guid": TEXT, "link": st.sampled_from(["http://example.org/a", "javascript:x", ""])},
)


def escaped(text: str) -> str:
    """Text inside an element as a careless feed writes it: only & and < escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def document(items: list[dict[str, str | None]]) -> bytes:
    rendered = []
    for fields in items:
        inner = "".join(
            f"<{tag}>{escaped(value)}</{tag}>" for tag, value in fields.items() if value is not None
        )
        rendered.append(f"<item>{inner}</item>")
    text = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
    return (text + "".join(rendered) + "</channel></rss>").encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def wire() -> Iterator[FeedServer]:
    with serving() as server:
        yield server


EXAMPLES = iter(range(10**9))


def monitor(folder: Path, *args: str) -> str:
    """`monitor ARGS` on the folder's feeds.yaml and database: its stdout, once it exits 0."""
    env = {"MONITOR_CONFIG": str(folder / "feeds.yaml"), "MONITOR_DB": str(folder / "m.db")}
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


@settings(max_examples=20)
@given(st.lists(ITEM, min_size=1, max_size=4))
def test_any_items_pass_through_fetch_digest_and_every_export(
    wire: FeedServer, items: list[dict[str, str | None]]
) -> None:
    path = f"/{next(EXAMPLES)}/feed"
    wire.route(path, respond(200, document(items), {"Content-Type": "application/rss+xml"}))
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        (folder / "feeds.yaml").write_text(f"feeds:\n  - {{name: Wire, url: '{wire.url(path)}'}}\n")
        monitor(folder, "fetch", "--no-alerts")
        stored = [json.loads(line) for line in monitor(folder, "export").splitlines()]
        preview = json.loads(monitor(folder, "digest", "--preview", "--json"))
        assert isinstance(preview, dict)
        monitor(folder, "digest", "--preview", "--out", str(folder / "out"))
        rows = list(csv.DictReader(io.StringIO(monitor(folder, "export", "--format", "csv"))))
        assert [row["id"] for row in rows] == [article["id"] for article in stored]
        atom = ElementTree.fromstring(monitor(folder, "export", "--format", "atom"))
        assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == len(stored)
        listed = json.loads(monitor(folder, "articles", "--json"))
        assert sorted(a["id"] for a in listed) == sorted(a["id"] for a in stored)
