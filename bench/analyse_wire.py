"""The analysis alone, in one process, on the `real` preset's 400 wire articles (bench/wire.py).

    .venv/bin/python bench/analyse_wire.py [--articles 400] [--dump FILE] [--batch-size N ...]
    .venv/bin/python bench/analyse_wire.py --stages

Prints the wall and CPU seconds of `analyse()` with the models already loaded, so a change to the
rules can be timed without the fetch, the store and model loading around it (bench/e2e.py times
the whole command). With --dump, also writes every output (entities, facts, themes) as sorted JSON:
two checkouts whose dumps are byte-identical analyse these articles alike, which is how a speed
change proves it changed no output (`cmp` the two files). With --batch-size, times each batch
size given in turn, twice, to show where the model runs fastest on this machine. With --stages,
times analyse() whole, then with the incursion reader left out, then with linking left out too,
and the model with the knowledge-base merge alone: what each stage costs is what goes when it
goes (the outputs of those runs are not the product's).
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
from monitor.nlp.english import default_pipeline


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
    parser.add_argument("--stages", action="store_true", help="time analyse() without stages")
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
    if args.stages:
        _time_stages(items)
        return
    cpu, wall = time.process_time(), time.perf_counter()
    outputs = analyse(items)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"analyse() of {len(items)} wire articles: {wall:.1f} s wall, {cpu:.1f} s CPU")
    if args.dump:
        text = json.dumps(plain(outputs), indent=1, sort_keys=True, ensure_ascii=False)
        args.dump.write_text(text, encoding="utf-8")
        print(f"outputs written to {args.dump}", file=sys.stderr)


def _time_stages(items: list[TextToAnalyse]) -> None:
    """analyse() whole, without the incursion reader, without linking too, and the model with the
    knowledge-base merge alone, twice over."""
    whole = monitor.nlp.analyze._incursions, monitor.nlp.analyze.link_mentions
    pipeline = default_pipeline()
    for _ in range(2):
        for label, left_out in (("whole", 0), ("without incursions", 1), ("nor linking", 2)):
            monitor.nlp.analyze._incursions = whole[0] if left_out < 1 else lambda *_: []
            monitor.nlp.analyze.link_mentions = whole[1] if left_out < 2 else lambda *_: []
            cpu = time.process_time()
            analyse(items)
            print(f"analyse(), {label}: {time.process_time() - cpu:.1f} s CPU", flush=True)
        cpu = time.process_time()
        with pipeline.nlp.memory_zone():
            for _ in pipeline.process(item.text for item in items):
                pass
        print(f"the model and the merge alone: {time.process_time() - cpu:.1f} s CPU", flush=True)
    monitor.nlp.analyze._incursions, monitor.nlp.analyze.link_mentions = whole


if __name__ == "__main__":
    main()
