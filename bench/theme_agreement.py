"""How far a second reader's theme labels agree with the writers', beside the shipped model's.

    .venv/bin/python bench/theme_agreement.py [--second tests/data/blind/themes-second-reader.jsonl]

Two second readers each labelled 200 English passages by the annotation guide alone, without
seeing the writers' labels or the model's tags: `themes-second-reader.jsonl` draws at random from
blind-23 to blind-31, `themes-second-reader-2.jsonl` (another reader) from blind-32 to blind-34,
passages in Japanese or Chinese left out. Their agreement with the writers is the ceiling a
model can be held to on these passages: where two careful readers differ on cooperation told in
passing, no model can agree with both.
"""

import argparse
import json
from pathlib import Path

from sklearn.metrics import f1_score

from monitor.json_lines import json_lines
from monitor.nlp.themes import load_model
from monitor.vocabulary import THEMES

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"


def writers_passages() -> dict[str, dict[str, object]]:
    passages = {}
    for path in sorted(BLIND.glob("blind-*.jsonl")):
        for _, line in json_lines(path):
            record = json.loads(line)
            passages[record["id"]] = record
    return passages


def agreement(truth: list[dict[str, int]], other: list[dict[str, int]]) -> str:
    scores = [f1_score([t[theme] for t in truth], [o[theme] for o in other]) for theme in THEMES]
    per_theme = ", ".join(f"{t} {s:.3f}" for t, s in zip(THEMES, scores, strict=True))
    return f"macro-F1 {sum(scores) / len(scores):.3f} ({per_theme})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=BLIND / "themes-second-reader.jsonl")
    args = parser.parse_args()
    second = [json.loads(line) for _, line in json_lines(args.second)]
    passages = writers_passages()
    chosen = [passages[label["id"]] for label in second]
    texts = [f"{p.get('title') or ''}\n\n{p['text']}".strip() for p in chosen]
    tags = [result.tags for result in load_model().score(texts)]
    writers = [{t: int(p["themes"][t]) for t in THEMES} for p in chosen]  # type: ignore[index]
    reader = [{t: int(label[t]) for t in THEMES} for label in second]
    model = [{t: int(t in tagged) for t in THEMES} for tagged in tags]
    print(f"{len(second)} passages")
    print(f"second reader against the writers: {agreement(writers, reader)}")
    print(f"shipped model against the writers: {agreement(writers, model)}")
    print(f"shipped model against the second reader: {agreement(reader, model)}")


if __name__ == "__main__":
    main()
