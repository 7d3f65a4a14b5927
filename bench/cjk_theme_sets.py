"""What the CJK blind sets would add to the Japanese and Chinese theme corpora: each set left out
in turn, a model trained on the corpus's `train` split plus the other sets' passages scored on
it, against the model trained on the corpus alone; and both models to be compared (the corpus
alone, and the corpus with every set but the newest) on the corpus's held-out split and on the
sets' fifths that would join it.

    .venv/bin/python bench/cjk_theme_sets.py [--language ja zh] [--newest blind18] [--all]
                                             [--cv-each] [--workers 2]

A set's passages join as the corpus's way has them (docs/evaluation-sets.md, "Themes: the
evaluation sets join the training corpus"): title, a blank line and the text; every fifth
passage of a set to `test`, the rest to `train`. A left-out model reads only the other sets'
`train` passages, as the shipped model would (--all: every passage of the other sets). The two
models compared choose their thresholds by cross-validation, as `python -m
monitor.nlp.cjk_themes` does; a left-out model takes the thresholds of the model with the sets,
which reads all but one of its sets, unless --cv-each (each choosing its own by 5-fold
cross-validation, about six times the time).
(From a git worktree, prefix with `PYTHONPATH=.` so that the checkout is measured.)
"""

import argparse
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

import numpy as np
from common import theme_examples

from monitor.nlp.cjk_script import fold
from monitor.nlp.cjk_themes import folded_corpus, vectorizer
from monitor.nlp.themes import (
    VECTORIZER_PARAMS,
    Example,
    ThemeModel,
    _classifier,
    evaluate,
    train,
)
from monitor.vocabulary import THEMES

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "cjk"
TEST_EVERY = 5  # every fifth passage of a set to the corpus's `test` split
HELD, FIFTHS, BOTH = "the corpus's held-out split", "the sets' fifths (to join it)", "both"


def set_names() -> list[str]:
    stems = {path.stem.removeprefix("ja-") for path in DATA.glob("ja-blind*.jsonl")}
    return sorted(stems, key=lambda part: int(part.removeprefix("blind") or 1))


def load_set(language: str, name: str) -> list[Example]:
    """A blind set's labelled passages as the corpus would hold them (folded, split by fives)."""
    return theme_examples(DATA / f"{language}-{name}.jsonl", TEST_EVERY, fold)


def fit(examples: list[Example], held: list[Example]) -> ThemeModel:
    return train(examples, held, 0, vectorizer())


def fit_at(examples: list[Example], thresholds: dict[str, float]) -> ThemeModel:
    """As train() fits, at given thresholds: no cross-validation, a sixth of the time."""
    words = vectorizer()
    features = words.fit_transform([example.text for example in examples])
    fitted = {
        theme: _classifier().fit(features, np.array([e.labels[theme] for e in examples]))
        for theme in THEMES
    }
    return ThemeModel(
        vocabulary={str(term): int(column) for term, column in words.vocabulary_.items()},
        idf=words.idf_,
        vectorizer_params={k: v for k, v in words.get_params().items() if k in VECTORIZER_PARAMS},
        coefficients={theme: c.coef_[0] for theme, c in fitted.items()},
        intercepts={theme: float(c.intercept_[0]) for theme, c in fitted.items()},
        thresholds=thresholds,
    )


def macro(model: ThemeModel, examples: list[Example]) -> float:
    return float(evaluate(model, examples)["macro_f1"])


Job = tuple[str, str | None, str, bool, dict[str, float] | None]


def run(job: Job) -> tuple[str, str | None, dict[str, float]]:
    """One model and its scores. `name` None: the corpus alone, scored on every set; else that
    set left out, trained on the corpus and the other sets' passages (at `thresholds` when
    given). Left out, the newest set gives the model to ship, scored on the corpus's held-out
    split and the sets' fifths as well, with the thresholds it chose."""
    language, name, newest, every, thresholds = job
    sets = {other: load_set(language, other) for other in set_names()}
    # The corpus as written for the project: the sets' passages that have joined it are taken
    # out, so that each set can be left out in turn.
    joined = {e.text for s in sets.values() for e in s}
    corpus = [e for e in folded_corpus(language) if e.text not in joined]
    held = [e for e in corpus if e.split == "test"]
    fifths = [e for other, s in sets.items() if other != newest for e in s if e.split == "test"]
    training = [e for e in corpus if e.split == "train"]
    if name is not None:
        training += [
            e for o, s in sets.items() if o != name for e in s if every or e.split == "train"
        ]
    model = fit(training, held) if thresholds is None else fit_at(training, thresholds)
    scored = sets if name is None else {name: sets[name]}
    scores = {set_name: macro(model, examples) for set_name, examples in scored.items()}
    if name is None or name == newest:
        scores |= {HELD: macro(model, held), FIFTHS: macro(model, fifths), "n": len(training)}
        scores |= {BOTH: macro(model, held + fifths)} | {
            f"threshold {theme}": model.thresholds[theme] for theme in THEMES
        }
    return language, name, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", nargs="+", default=["ja", "zh"])
    parser.add_argument("--newest", default=set_names()[-1], help="the set kept out of training")
    parser.add_argument("--all", action="store_true", help="left-out models read every passage")
    parser.add_argument(
        "--cv-each", action="store_true", help="each left-out model chooses its thresholds"
    )
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    names = set_names()
    results: dict[tuple[str, str | None], dict[str, float]] = {}
    with ProcessPoolExecutor(options.workers) as pool:
        first = [
            (language, name) for language in options.language for name in (None, options.newest)
        ]
        pending = {
            pool.submit(run, (language, name, options.newest, options.all, None))
            for language, name in first
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                language, name, scores = future.result()
                results[language, name] = scores
                print(f"{language} {name or 'corpus'}: {scores}", file=sys.stderr, flush=True)
                if name != options.newest:
                    continue
                at = (
                    None
                    if options.cv_each
                    else {theme: scores[f"threshold {theme}"] for theme in THEMES}
                )
                pending |= {
                    pool.submit(run, (language, other, options.newest, options.all, at))
                    for other in names
                    if other != options.newest
                }
    for language in options.language:
        before, shipped = results[language, None], results[language, options.newest]
        print(f"\n{language}: themes macro-F1, trained on the corpus alone → with the other sets")
        rows = [(name, before[name], results[language, name][name]) for name in names]
        for name, old, new in rows:
            print(f"  {name:<8} left out  {old:.3f} → {new:.3f}  {new - old:+.3f}")
        for label, kept in (("", rows), (f" but {options.newest}", rows[:-1])):
            old, new = (sum(r[i] for r in kept) / len(kept) for i in (1, 2))
            print(f"  mean of the {len(kept)} sets{label}  {old:.4f} → {new:.4f}  {new - old:+.4f}")
        print(f"  the model to ship reads every set's `train` passages but {options.newest}'s"
              f" ({int(shipped['n'])} passages; the corpus alone {int(before['n'])})")  # fmt: skip
        for key in (HELD, FIFTHS, BOTH, *(f"threshold {theme}" for theme in THEMES)):
            print(f"  {key:<36} {before[key]:.4f} → {shipped[key]:.4f}")


if __name__ == "__main__":
    main()
