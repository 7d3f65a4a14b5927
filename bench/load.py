"""Load: the time and peak memory of one `monitor fetch` over many feeds, a tenth misbehaving.

    .venv/bin/python bench/load.py [--feeds 300] [--items 100]

The feeds of tests/test_load.py at full size: `--feeds` feeds on 30 loopback hosts, nine in ten
serving `--items` articles and one in ten misbehaving (500, 410, 429, HTML, a gzip bomb, broken
XML, a body that never finishes, which the default 30 s timeout cuts). The command runs as users
run it, in a fresh process whose peak resident memory is read when it ends. It prints the
seconds, the peak, the articles stored and each outcome's count; the test checks the outcomes
at 70 feeds of 5 items, this the figures at scale (README, Performance: 27,000 articles in
about 115 s, peak 549 MB).
"""

import argparse
import json
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

from common import ROOT, measured_run

sys.path.insert(0, str(ROOT / "tests"))  # the feeds the test serves, at this size
from load_feeds import serve_feeds, wide_server  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=300, help="Feeds, a tenth misbehaving.")
    parser.add_argument("--items", type=int, default=100, help="Articles in each good feed.")
    args = parser.parse_args()
    bad = args.feeds // 10
    with tempfile.TemporaryDirectory() as scratch, wide_server() as server:
        directory = Path(scratch)
        config, db = directory / "feeds.yaml", directory / "monitor.db"
        serve_feeds(server, config, args.feeds - bad, bad, args.items)
        command = [sys.executable, "-m", "monitor.cli", "fetch", "--json",
                   "--config", str(config), "--db", str(db)]  # fmt: skip
        seconds, peak_mb, stdout = measured_run(command, cwd=ROOT)
        outcomes = Counter(report["outcome"] for report in json.loads(stdout))
        with sqlite3.connect(db) as archive:
            stored = archive.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"{args.feeds} feeds x {args.items} items ({bad} misbehaving): {seconds:.0f} s, "
          f"peak RSS {peak_mb:.0f} MB, {stored:,} articles stored")  # fmt: skip
    print("outcomes: " + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items())))


if __name__ == "__main__":
    main()
