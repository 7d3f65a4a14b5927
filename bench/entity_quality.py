"""Entities, incursion facts and themes on the labelled passages in tests/data/, per class.

    .venv/bin/python bench/entity_quality.py [--misses] [--detect-language] [--set NAME]

NAME is dev, regression, blind-1, blind-2, ... Every passage is read as English unless
--detect-language is given.

`entity_eval.jsonl` and `entity_regression.jsonl` are regression sets (the linker was tuned on
both); `dev/` is the development set, written to the shapes of real wire copy. Each file in
`blind/` is a set of its own, named for the file (`blind-1`, `blind-2`): written by a hand that
never saw the linker or the knowledge base, and scored once, at the end of a piece of work. A
blind set read after its score was recorded is development data from then on (blind-1 is), and
the next one is the unseen estimate (docs/evaluation-sets.md). None is scored unless asked for
by name; the test suite pins floors on the regression and development sets.
"""

import argparse
import sys
from pathlib import Path

from monitor.nlp.evaluation import Counts, evaluate, load_passages, score
from monitor.nlp.kb import default_kb

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {
    "regression": [DATA / "entity_eval.jsonl", DATA / "entity_regression.jsonl"],
    "dev": sorted((DATA / "dev").glob("dev-*.jsonl")),
} | {path.stem: [path] for path in sorted((DATA / "blind").glob("blind-*.jsonl"))}
COLUMNS = [
    ("passages", "n"), ("canonical_recall", "recall"), ("canonical_precision", "prec"),
    ("variant_consistency", "merged"), ("recall_people", "people"), ("recall_places", "places"),
    ("recall_military_terms", "mil.terms"), ("wrong_links", "wrong"),
    ("wrong_country", "wr.country"), ("undecided_linked", "undec.linked"),
    ("incursion_precision", "inc.P"), ("incursion_recall", "inc.R"),
    ("theme_macro_f1", "themes F1"),
]  # fmt: skip


def table(title: str, by_class: dict[str, Counts]) -> None:
    print(f"\n{title}")
    print(f"  {'class':<20}" + "".join(f"{label:>13}" for _, label in COLUMNS))
    for name in ["all", *sorted(c for c in by_class if c != "all")]:
        figures = by_class[name].summary()
        cells = "".join(f"{_cell(figures.get(key)):>13}" for key, _ in COLUMNS)
        print(f"  {name:<20}{cells}")


def _cell(value: object) -> str:
    return "" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=sorted(SETS), action="append", help="Default: regression and dev."
    )
    parser.add_argument(
        "--misses", action="store_true", help="List misses, wrong links and split spellings."
    )
    parser.add_argument(
        "--detect-language",
        action="store_true",
        help="Read each passage in the language detected from its text, as `monitor analyze` "
        "reads a feed that declares none, instead of as English: a Japanese or Chinese passage "
        "in an English set then goes to the Japanese or Chinese analysis.",
    )
    args = parser.parse_args()
    language = None if args.detect_language else "en"
    chosen = args.set or ["regression", "dev"]
    for name in chosen:
        paths = SETS[name]
        if name == "dev" and len(paths) > 1:  # one table for the three writers together
            kb = default_kb()
            passages = [p for path in paths for p in load_passages(path, kb)]
            from monitor.nlp.analyze import TextToAnalyse, analyse

            items = [TextToAnalyse(p.id, p.text, language, p.published) for p in passages]
            results = {"dev (all writers)": score(passages, analyse(items), kb)}
        else:
            results = {path.name: evaluate(path, language=language) for path in paths}
        for title, by_class in results.items():
            table(title, by_class)
            if args.misses:
                _misses(by_class["all"])
    sys.stdout.flush()


def _misses(counts: Counts) -> None:
    for passage, entity in counts.misses:
        print(f"    missed {entity} in {passage}")
    for passage, surface, gold, got in counts.wrong:
        print(f"    wrong  {surface!r} in {passage}: {got} instead of {gold}")
    for passage, entity, astray in counts.unmerged:
        print(f"    split  {entity} in {passage}: {', '.join(map(repr, astray))} not linked alike")
    for passage, fact in counts.incursion_misses:
        print(f"    missed fact {fact} in {passage}")
    for passage, fact in counts.incursion_extras:
        print(f"    extra  fact {fact} in {passage}")


if __name__ == "__main__":
    main()
