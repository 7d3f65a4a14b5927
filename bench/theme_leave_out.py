"""Whether blind sets joined to the theme corpus help on sets the model has not read: a model is
trained without each group of joined sets in turn and scored on that group, beside the shipped
model (docs/evaluation-sets.md, "Theme bar for a corpus joining blind-68 to blind-118").

    PYTHONPATH=. .venv/bin/python bench/theme_leave_out.py train --rows ROWS --leave-out 116-118
        --out DIR
    PYTHONPATH=. .venv/bin/python bench/theme_leave_out.py score --rows ROWS --out DIR
        [--candidate CAND.npz] [--second tests/data/blind/themes-second-reader-3.jsonl]

ROWS is a candidate file of joined rows, written by `bench/join_theme_corpus.py --sets 68-118
--rows-out ROWS` (4,570 rows; not kept in the repository, since the sets hold them). `train` fits
on the corpus as it stands (rows of ROWS it already holds are not counted twice) plus the `train`
rows of ROWS outside the left-out sets, as `monitor train` fits, and writes DIR/without-A-B.npz;
one training takes minutes, so run the groups as separate processes. `score` reads every such
file in DIR and scores each on its own group's passages as `analyse` scores them (title, a blank
line and the text): per set, pooled, and the bar's second point (pooled up by at least 0.005, no
set down by more than 0.020). --candidate adds the bar's first point: the model trained with
every row joined, on the corpus's held-out split as it stands (without the rows of ROWS).
--second counts, on a second reader's passages, the model errors on labels the writer and the
reader share (bench/theme_agreement.py), for the shipped model and the left-out ones.
"""

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from theme_agreement import model_errors_both_readers_share, set_of
from theme_errors import Passage, blind_passages, macro_f1, set_numbers

from monitor.json_lines import json_lines
from monitor.nlp.themes import (
    CORPUS_PATH,
    Example,
    ThemeModel,
    ThemeScores,
    load_corpus,
    load_model,
    save_model,
    train,
)
from monitor.vocabulary import THEMES

BAR_POOLED = 0.005
BAR_WORST_SET = -0.020
BAR_HELD_OUT = -0.003


def corpus_without(rows: Path, corpus: Path = CORPUS_PATH) -> list[Example]:
    """The corpus as it stands before ROWS join, whether or not it already holds them."""
    joined = {json.loads(line)["id"] for _, line in json_lines(rows)}
    ids = [json.loads(line).get("id") for _, line in json_lines(corpus)]
    return [e for e, i in zip(load_corpus(corpus), ids, strict=True) if i not in joined]


def corpus_leaving_out(rows: Path, left_out: set[int], corpus: Path = CORPUS_PATH) -> list[Example]:
    """The corpus with the rows of ROWS joined but those of the left-out sets: no passage of a
    set scored as unseen reaches training or the held-out split."""
    ids = [json.loads(line)["id"] for _, line in json_lines(rows)]
    joined = [e for e, i in zip(load_corpus(rows), ids, strict=True) if set_of(i) not in left_out]
    return corpus_without(rows, corpus) + joined


def train_without(rows: Path, group: str, out: Path) -> None:
    corpus = corpus_leaving_out(rows, set(set_numbers(group)))
    held = [e for e in corpus if e.split == "test"]
    version = int(load_model().meta.get("version", 0)) + 1
    model = train([e for e in corpus if e.split == "train"], held, version)
    out.mkdir(parents=True, exist_ok=True)
    save_model(model, out / f"without-{group}.npz")
    print(f"without blind-{group}: held-out macro-F1 {model.meta['held_out']['macro_f1']:.4f}")


def tags_of(model: ThemeModel, passages: list[Passage]) -> list[ThemeScores]:
    return model.score([p.example.text for p in passages])


def score(rows: Path, out: Path, candidate: Path | None, second: Path | None) -> None:
    shipped = load_model()
    if candidate:
        held = [e for e in corpus_without(rows) if e.split == "test"]
        before, after = (macro_f1(held, m.score([e.text for e in held])) for m in
                         (shipped, load_model(candidate)))  # fmt: skip
        verdict = "holds" if after - before >= BAR_HELD_OUT else "fails"
        print(f"held-out split ({len(held)}): {before:.4f} -> {after:.4f}"
              f" ({after - before:+.4f}, bar {BAR_HELD_OUT:+.3f}): {verdict}")  # fmt: skip
    passages: list[Passage] = []
    results: dict[str, tuple[ThemeScores, ThemeScores]] = {}
    for path in sorted(out.glob("without-*.npz")):
        group = path.stem.removeprefix("without-")
        chosen = blind_passages(set_numbers(group))
        pairs = zip(tags_of(shipped, chosen), tags_of(load_model(path), chosen), strict=True)
        results.update({p.id: pair for p, pair in zip(chosen, pairs, strict=True)})
        passages += chosen
    by_set: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        by_set[passage.set_name].append(passage)

    def change(name: str, chosen: list[Passage]) -> float:
        examples = [p.example for p in chosen]
        figures = [macro_f1(examples, [results[p.id][k] for p in chosen]) for k in (0, 1)]
        print(f"{name} ({len(chosen)}): {figures[0]:.4f} -> {figures[1]:.4f}"
              f" ({figures[1] - figures[0]:+.4f})")  # fmt: skip
        return figures[1] - figures[0]

    pooled = change(f"pooled over {len(by_set)} sets", passages)
    worst = min(change(f"  {name}", chosen) for name, chosen in by_set.items())
    verdict = "holds" if pooled >= BAR_POOLED and worst >= BAR_WORST_SET else "fails"
    print(f"pooled {pooled:+.4f} (bar {BAR_POOLED:+.3f}), worst set {worst:+.4f}"
          f" (bar {BAR_WORST_SET:+.3f}): {verdict}")  # fmt: skip
    if second:
        shared_errors(second, passages, results)


def shared_errors(
    second: Path, passages: list[Passage], results: dict[str, tuple[ThemeScores, ThemeScores]]
) -> None:
    read = {label["id"]: label for label in (json.loads(line) for _, line in json_lines(second))}
    chosen = [p for p in passages if p.id in read]
    writers = [p.example.labels for p in chosen]
    reader = [{t: int(read[p.id][t]) for t in THEMES} for p in chosen]
    print(f"\n{second.name}: {len(chosen)} of its {len(read)} passages scored")
    for k, name in enumerate(("shipped model", "left-out models")):
        tagged = [{t: int(t in results[p.id][k].tags) for t in THEMES} for p in chosen]
        shared: Counter[str] = model_errors_both_readers_share(writers, reader, tagged)
        print(f"{name}: {sum(shared.values())} errors where both readers agree,"
              f" {dict(sorted(shared.items()))}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("train", "score"))
    parser.add_argument("--rows", type=Path, required=True, help="The joined rows' file.")
    parser.add_argument("--out", type=Path, required=True, help="Where the models go.")
    parser.add_argument("--leave-out", metavar="A-B", help="train: the sets to leave out.")
    parser.add_argument("--candidate", type=Path, help="score: the model with every row.")
    parser.add_argument("--second", type=Path, help="score: a second reader's labels.")
    args = parser.parse_args()
    if args.step == "train":
        if not args.leave_out:
            parser.error("train needs --leave-out A-B")
        train_without(args.rows, args.leave_out, args.out)
    else:
        score(args.rows, args.out, args.candidate, args.second)


if __name__ == "__main__":
    main()
