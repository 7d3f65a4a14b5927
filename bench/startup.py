"""Start-up: wall time of each reading command, and of a pass over feeds with nothing new, as
whole processes (`python -m monitor.cli ...`), on an archive of 200 analysed articles.

    .venv/bin/python bench/startup.py [--runs 7]

Prints each command's median and fastest run, and the machine's load average.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Server, feed_documents

COMMANDS = [
    ["fetch"],  # the feeds are unchanged: every GET is answered 304
    ["articles"],
    ["articles", "--explain"],
    ["search", "Taiwan"],
    ["entities"],
    ["incursions"],
    ["sql", "SELECT count(*) FROM articles"],
    ["status"],
    ["feeds", "list"],
    ["digests", "list"],
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    documents = feed_documents(4, 50)
    server = Server(documents)
    work = Path(tempfile.mkdtemp(prefix="monitor-startup-"))
    server.write_feeds_yaml(work / "feeds.yaml")
    env = {**os.environ, "MONITOR_CONFIG": str(work / "feeds.yaml"),
           "MONITOR_DB": str(work / "monitor.db")}  # fmt: skip
    monitor = [sys.executable, "-m", "monitor.cli"]
    subprocess.run([*monitor, "fetch"], env=env, check=True, capture_output=True)
    load_before = os.getloadavg()
    times: dict[str, list[float]] = {}
    for _ in range(args.runs):
        for command in COMMANDS:
            started = time.perf_counter()
            subprocess.run([*monitor, *command], env=env, check=True, capture_output=True)
            times.setdefault(" ".join(command), []).append(time.perf_counter() - started)
    server.close()
    load = " ".join(f"{f:.2f}" for f in load_before)
    print(f"{args.runs} runs each, interleaved; load average (1, 5, 15 min) {load}\n")
    print(f"{'monitor ...':38} {'median s':>9} {'fastest s':>9}")
    for name, runs in times.items():
        label = name if name != "fetch" else "fetch (nothing new)"
        print(f"{label:38} {statistics.median(runs):9.2f} {min(runs):9.2f}")


if __name__ == "__main__":
    main()
