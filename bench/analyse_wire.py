"""The analysis alone, in one process, on the `real` preset's 400 wire articles (bench/wire.py).

    .venv/bin/python bench/analyse_wire.py [--articles 400] [--dump FILE] [--batch-size N ...]

Prints the wall and CPU seconds of `analyse()` with the models already loaded, so a change to the
rules can be timed without the fetch, the store and model loading around it (bench/e2e.py times
the whole command). With --dump, also writes every output (entities, facts, themes) as sorted JSON:
two checkouts whose dumps are byte-identical analyse these articles alike, which is how a speed
change proves it changed no output (`cmp` the two files). With --batch-size, times each batch
size given in turn, twice, to show where the model runs fastest on this machine.
"""

import argparse
import dataclasses
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import wire

import monitor.nlp.analyze
from monitor.nlp.analyze import TextToAnalyse, analyse


def plain(value: Any) -> Any:
    """Dataclasses, tuples and dicts as JSON values; anything else by its repr."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="how many wire articles")
    parser.add_argument("--dump", type=Path, help="write every output here as sorted JSON")
    parser.add_argument("--batch-size", type=int, nargs="+", help="time these batch sizes")
    args = parser.parse_args()
    items = [
        TextToAnalyse(
            str(n), f"{title}\n\n{text}", None, datetime(d.year, d.month, d.day, tzinfo=UTC)
        )
        for n, (title, text, d) in enumerate(wire.articles(args.articles))
    ]
    analyse(items[:5])  # loads the models, which the figures leave out
    for size in (args.batch_size or []) * 2:  # interleaved, so load changes hit every size
        monitor.nlp.analyze.BATCH_SIZE = size  # the name analyse() reads
        cpu = time.process_time()
        analyse(items)
        print(f"batch size {size}: {time.process_time() - cpu:.1f} s CPU", flush=True)
    if args.batch_size:
        return
    cpu, wall = time.process_time(), time.perf_counter()
    outputs = analyse(items)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"analyse() of {len(items)} wire articles: {wall:.1f} s wall, {cpu:.1f} s CPU")
    if args.dump:
        text = json.dumps(plain(outputs), indent=1, sort_keys=True, ensure_ascii=False)
        args.dump.write_text(text, encoding="utf-8")
        print(f"outputs written to {args.dump}", file=sys.stderr)


if __name__ == "__main__":
    main()
