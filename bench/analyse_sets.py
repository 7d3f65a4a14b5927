"""Every output of `analyse()` on every labelled passage in tests/data/, written as sorted JSON.

    .venv/bin/python bench/analyse_sets.py --dump FILE [--only en|cjk]

The English sets (dev, regression, blind-*) are read as English, the Japanese and Chinese sets
(tests/data/cjk/) in their language, all in one process (about 18,600 passages, ten minutes on
this machine). Two checkouts whose dumps are byte-identical analyse every passage the project
was ever scored on alike: how a speed change proves it changed no output where
`bench/analyse_wire.py --dump` covers only the wire copy, and how a rule change lists every
output it changed (`diff` the two files), not only the miss lines the scorers print.
"""

import argparse
import json
from pathlib import Path

from analyse_wire import plain
from entity_quality import DATA, SETS

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.evaluation import load_passages


def labelled_files(only: str | None) -> list[tuple[Path, str]]:
    """Each labelled file with the language its passages are read in."""
    english = [(path, "en") for paths in SETS.values() for path in paths]
    cjk = [(path, path.name[:2]) for path in sorted((DATA / "cjk").glob("*.jsonl"))]
    return {"en": english, "cjk": cjk}.get(only or "", english + cjk)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, required=True, help="write every output here")
    parser.add_argument("--only", choices=["en", "cjk"], help="only these sets")
    args = parser.parse_args()
    items = [
        # The file's name in each id, so a diff of two dumps names the passage it changed.
        TextToAnalyse(f"{path.name}:{passage.id}", passage.text, language, passage.published)
        for path, language in labelled_files(args.only)
        for passage in load_passages(path)
    ]
    print(f"{len(items)} passages")
    outputs = analyse(items)
    text = json.dumps(plain(outputs), indent=0, sort_keys=True, ensure_ascii=False)
    args.dump.write_text(text, encoding="utf-8")
    print(f"outputs written to {args.dump}")


if __name__ == "__main__":
    main()
