"""Join scored English blind sets to the theme corpus the documented way (docs/evaluation-sets.md,
"Themes: blind-23 to blind-64 join the corpus, version 13"), or check that the corpus holds them so.

    PYTHONPATH=. .venv/bin/python bench/join_theme_corpus.py --sets 68-94 [--check]

Each labelled passage becomes one corpus row: its text alone (no title), its two theme labels,
its class as `style`, and `test` when the number its id ends in is a multiple of five (every
fifth passage of each writer's), else `train`. A passage that `monitor analyze` would read as
another language than English (detected from its title and text, as for a feed that declares
none) stays out: it never reaches the English model. Rows whose id the corpus already holds are
left as they are, so joining twice adds nothing.

--rows-out FILE writes the rows that would join to FILE and leaves the corpus alone: a candidate's
rows for bench/theme_leave_out.py.

--check adds nothing and exits 1 when a set's rows are missing or differ from the rule's.
A blind set joins only once its figures are recorded: the next unscored sets stay out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from monitor.json_lines import as_json_lines, json_lines
from monitor.nlp.language import article_language
from monitor.vocabulary import THEMES

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"
CORPUS = ROOT / "models" / "training" / "themes.jsonl"
TEST_EVERY = 5
READ_AS_ENGLISH = ("en", None)  # None: too short to tell, which analysis reads as English


def corpus_rows(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """A labelled set's passages as corpus rows, and the ids left out as not read as English."""
    rows, left_out = [], []
    for record in (json.loads(line) for _, line in json_lines(path)):
        if record.get("themes") is None:
            continue
        title = record.get("title") or ""
        read = f"{title}\n\n{record['text']}" if title else record["text"]
        if article_language(None, read)[0] not in READ_AS_ENGLISH:
            left_out.append(record["id"])
            continue
        number = int(record["id"].rsplit("-", 1)[1])
        rows.append({
            "id": record["id"],
            "text": record["text"],
            **{theme: int(record["themes"][theme]) for theme in THEMES},
            "split": "test" if number % TEST_EVERY == 0 else "train",
            "style": record["class"],
        })  # fmt: skip
    return rows, left_out


def set_numbers(span: str) -> list[int]:
    first, _, last = span.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", required=True, help="Blind sets, as FIRST-LAST (68-94).")
    parser.add_argument("--check", action="store_true", help="Compare only; write nothing.")
    parser.add_argument(
        "--rows-out", type=Path, help="Write the rows to this file instead of the corpus."
    )
    args = parser.parse_args()
    held = {row["id"]: row for row in (json.loads(line) for _, line in json_lines(CORPUS))}
    added, differing, splits = [], [], Counter[str]()
    writers: set[str] = set()
    for number in set_numbers(args.sets):
        rows, left_out = corpus_rows(BLIND / f"blind-{number}.jsonl")
        for passage in left_out:
            print(f"blind-{number}: {passage} left out, not read as English", file=sys.stderr)
        for row in rows:
            splits[row["split"]] += 1
            writers.add(row["id"].rsplit("-", 1)[0])
            if row["id"] not in held:
                added.append(row)
            elif held[row["id"]] != row:
                differing.append(row["id"])
                print(f"{row['id']}: the corpus holds it otherwise", file=sys.stderr)
    print(
        f"{sum(splits.values())} passages by {len(writers)} hands ({splits['test']} to test); "
        f"{len(added)} not yet in the corpus, {len(differing)} held otherwise than the rule says"
    )
    if args.check:
        sys.exit(1 if added or differing else 0)
    if args.rows_out:  # a candidate's rows, measured before any joins (bench/theme_leave_out.py)
        args.rows_out.write_text(as_json_lines(added), encoding="utf-8")
        print(f"{len(added)} rows written to {args.rows_out}")
        return
    with CORPUS.open("a", encoding="utf-8") as corpus:
        corpus.write(as_json_lines(added))
    print(f"the corpus holds {len(held) + len(added)} passages")


if __name__ == "__main__":
    main()
