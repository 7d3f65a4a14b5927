"""Reading commands, and a pass that finds nothing new, load nothing heavy: each runs in a
process of its own, which then names the heavy packages it imported. What they cost to import
(seconds, for spaCy and scikit-learn) is what `monitor.cli.main` keeps out of the way; how long a
command takes is measured by hand (README, Performance), never asserted here."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import FeedServer, item, rss, write_config

HEAVY = {"spacy", "sklearn", "lingua", "trafilatura", "dateparser", "feedparser", "lxml"}
# What a pass with nothing new needs not even for the archive: its books are kept on the plain
# connection (sqlite-utils imports numpy).
ARCHIVE_LIBRARIES = {"sqlite_utils", "numpy"}
# Runs `monitor ARGS`, then prints the packages it imported as the last line of stderr.
PROBE = """
import json, sys
from monitor.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
print(json.dumps([status, sorted({m.split(".")[0] for m in sys.modules})]), file=sys.stderr)
"""
READING = [
    ["articles"],
    ["articles", "--explain", "--json"],
    ["articles", "--entity", "Taiwan"],
    ["search", "Taiwan"],
    ["entities"],
    ["incursions", "--json"],
    ["sql", "SELECT count(*) FROM articles"],
    ["status"],
    ["feeds", "list"],
    ["digests", "list"],
]
NEWS = rss(
    item("a", "PLA aircraft near Taiwan", "https://n.example/a",
         description="Taiwan's Ministry of National Defense said 21 Chinese aircraft entered "
                     "its ADIZ on Monday; Defense Minister Wellington Koo said forces watched."),
)  # fmt: skip


def imported(tmp_path: Path, *args: str, among: set[str] = HEAVY) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args, "--config", str(tmp_path / "feeds.yaml"),
         "--db", str(tmp_path / "monitor.db")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    status, packages = json.loads(done.stderr.strip().splitlines()[-1])
    assert status in (0, None), (args, done.stderr)
    return sorted(set(packages) & among)


def test_reading_commands_and_a_pass_with_nothing_new_import_nothing_heavy(
    tmp_path: Path, feed_server: FeedServer, cli
) -> None:  # type: ignore[no-untyped-def]
    write_config(tmp_path / "feeds.yaml", [{"name": "News", "url": feed_server.feed("/n", NEWS)}])
    assert cli("fetch").exit_code == 0  # an archive with an analysed article to read
    for args in READING:
        assert imported(tmp_path, *args) == [], f"monitor {' '.join(args)}"
    unchanged = HEAVY | ARCHIVE_LIBRARIES
    assert imported(tmp_path, "fetch", among=unchanged) == [], "a pass over unchanged feeds"
