"""Japanese and Chinese analysis: entities, incursion facts and themes on the labelled sets in
tests/data/cjk/, per language and class, and the analysis speed against English.

    .venv/bin/python bench/cjk_quality.py [--part tune|held-out|blind|blind2|...|blind14]
                                          [--misses] [--no-speed]

Each set's first 60 passages are what the rules were tuned on; the last 40 are held out
(docs/evaluation-sets.md). The tune part also scores {ja,zh}-tune-extra.jsonl and
{ja,zh}-tune2.jsonl, passages written to tune the incursion rules on (facts only: their
entities and themes are not labelled; tune2 was written in the fifth round in wordings the sets
before lacked), and prints the incursion figures of each and of all together. The test suite
pins floors on the held-out part. The blind parts ({ja,zh}-blind.jsonl, -blind2.jsonl, ...)
were each written by a hand that never read the rules and scored once after a round of work;
each became development data when the next round read its misses. Which part is still unread,
and every part's figures, are in docs/evaluation-sets.md. A part whose files do not exist yet
stops with a clear error.
A blind set's misses must not be read, or it is blind no more.
Speed is articles (and characters) per second of the whole analysis, model load excluded, on the
100 passages of each language and on the 330 English development passages, one process.
(From a git worktree, prefix with `PYTHONPATH=.` so that the checkout is measured.)
"""

import argparse
import time
from pathlib import Path

from entity_quality import SETS, table

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.evaluation import Counts, Passage, cjk_split, evaluate_passages, load_passages
from monitor.nlp.kb import KnowledgeBase, default_kb

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "cjk"
LANGUAGES = {"ja": "Japanese", "zh": "Chinese"}
# "blind", "blind2", ...: every blind part written so far, in the order they were written
BLIND_PARTS = sorted(
    {path.stem.removeprefix("ja-") for path in DATA.glob("ja-blind*.jsonl")},
    key=lambda part: int(part.removeprefix("blind") or 1),
)


def speed(passages: list[Passage], language: str) -> str:
    items = [TextToAnalyse(p.id, p.text, language, p.published) for p in passages]
    analyse(items[:4])  # load the models first: a pass loads them once
    started = time.perf_counter()
    analyse(items)
    elapsed = time.perf_counter() - started
    chars = sum(len(p.text) for p in passages)
    return f"{len(items) / elapsed:8.1f} articles/s  {chars / elapsed:9,.0f} characters/s"


def print_facts(title: str, parts: list[Counts]) -> None:
    """Incursion precision and recall of several scored sets taken together."""
    gold = sum(c.incursions_gold for c in parts)
    predicted = sum(c.incursions_predicted for c in parts)
    correct = sum(c.incursions_correct for c in parts)
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    print(f"  incursion facts, {title}: precision {precision:.3f}  recall {recall:.3f}"
          f"  ({correct} right of {predicted} found, {gold} labelled)")  # fmt: skip


def print_misses(counts: Counts, facts_only: bool = False) -> None:
    rows = [("fact missed", counts.incursion_misses), ("fact extra", counts.incursion_extras)]
    if not facts_only:
        rows = [("missed", counts.misses), ("extra", counts.extras), ("wrong", counts.wrong),
                ("split", counts.unmerged), *rows]  # fmt: skip
    for label, found in rows:
        for row in found:
            print(f"    {label}: {row}")


def print_tune_extras(
    language: str, kb: KnowledgeBase, tune: Counts, n_tune: int, misses: bool
) -> None:
    """The facts-only passages written to tune the incursion rules on: tune-extra, then tune2
    (written in the fifth round in wordings the sets before lacked), each and all together."""
    parts, n = [tune], n_tune
    for name in ("tune-extra", "tune2"):
        path = DATA / f"{language}-{name}.jsonl"
        if not path.exists():
            continue
        extra = load_passages(path, kb)
        extra_counts = evaluate_passages(extra, kb, language)["all"]
        print_facts(f"{name} ({len(extra)} passages)", [extra_counts])
        if misses:
            print_misses(extra_counts, facts_only=True)
        parts, n = [*parts, extra_counts], n + len(extra)
    print_facts(f"tune and all extras ({n})", parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=["tune", "held-out", *BLIND_PARTS],
        action="append",
    )
    parser.add_argument("--misses", action="store_true", help="List misses and wrong facts.")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    missing = [
        path
        for part in args.part or []
        if part.startswith("blind")
        for path in (DATA / f"{language}-{part}.jsonl" for language in LANGUAGES)
        if not path.exists()
    ]
    if missing:
        parser.error("no such set yet: " + ", ".join(str(path) for path in missing))
    kb = default_kb()
    for language, name in LANGUAGES.items():
        passages = load_passages(DATA / f"{language}-dev.jsonl", kb)
        for part in args.part or ["tune", "held-out"]:
            if part.startswith("blind"):
                chosen = load_passages(DATA / f"{language}-{part}.jsonl", kb)
            else:
                chosen = cjk_split(passages, part)
            counts = evaluate_passages(chosen, kb, language)
            table(f"{name}, {part} ({len(chosen)} passages)", counts)
            if args.misses:
                print_misses(counts["all"])
            if part == "tune":
                print_tune_extras(language, kb, counts["all"], len(chosen), args.misses)
    if not args.no_speed:
        print("\nanalysis speed, model load excluded, one process:")
        english = [p for path in SETS["dev"] for p in load_passages(path, kb)]
        print(f"  English  ({len(english):>3} passages) {speed(english, 'en')}")
        for language, name in LANGUAGES.items():
            passages = load_passages(DATA / f"{language}-dev.jsonl", kb)
            print(f"  {name:8} ({len(passages):>3} passages) {speed(passages, language)}")


if __name__ == "__main__":
    main()
