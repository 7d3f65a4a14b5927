"""What the CJK blind sets would add to the Japanese and Chinese theme corpora: each set left out
in turn, a model trained on the corpus's `train` split plus the other sets' passages scored on
it, against the model trained on the corpus alone; and both models to be compared (the corpus
alone, and the corpus with every set but the newest) on the corpus's held-out split and on the
sets' fifths that would join it.

    .venv/bin/python bench/cjk_theme_sets.py [--language ja zh] [--newest blind18] [--all]
                                             [--cv-each] [--as-shipped] [--repeats 5]
                                             [--workers 2]

A set's passages join as the corpus's way has them (docs/evaluation-sets.md, "Themes: the
evaluation sets join the training corpus"): title, a blank line and the text; every fifth
passage of a set to `test`, the rest to `train`. A left-out model reads only the other sets'
`train` passages, as the shipped model would (--all: every passage of the other sets). The two
models compared choose their thresholds by cross-validation, as `python -m
monitor.nlp.cjk_themes` does; a left-out model takes the thresholds of the model with the sets,
which reads all but one of its sets, unless --cv-each (each choosing its own by 5-fold
cross-validation, about six times the time). No model with the sets reads the newest, so that it
judges them all.

--as-shipped compares with the shipped model instead of the corpus alone, on the sets it has not
read: the model with the sets reads the corpus as it stands plus the sets not yet in it, each of
those left out in turn, so the figures say what joining them would add to the model users have.
--repeats sets the fold seeds of the model to ship (as `python -m monitor.nlp.cjk_themes`
chooses its thresholds by default; 1 takes a fifth of the time).
(From a git worktree, prefix with `PYTHONPATH=.` so that the checkout is measured.)
"""

import argparse
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

import numpy as np
from common import theme_examples

from monitor.nlp.cjk_script import fold
from monitor.nlp.cjk_themes import CV_REPEATS, cjk_theme_model, folded_corpus, read_as, vectorizer
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


def fit(language: str, examples: list[Example], held: list[Example], repeats: int) -> ThemeModel:
    """As `python -m monitor.nlp.cjk_themes` trains the model it ships: thresholds on the
    out-of-fold predictions of `repeats` fold seeds (it takes CV_REPEATS), and the language's
    copy read in its pieces (cjk_themes.READINGS)."""
    return read_as(language, train(examples, held, 0, vectorizer(), repeats))


def fit_at(language: str, examples: list[Example], thresholds: dict[str, float]) -> ThemeModel:
    """As fit() fits, at given thresholds: no cross-validation, a sixth of the time."""
    words = vectorizer()
    features = words.fit_transform([example.text for example in examples])
    fitted = {
        theme: _classifier().fit(features, np.array([e.labels[theme] for e in examples]))
        for theme in THEMES
    }
    model = ThemeModel(
        vocabulary={str(term): int(column) for term, column in words.vocabulary_.items()},
        idf=words.idf_,
        vectorizer_params={k: v for k, v in words.get_params().items() if k in VECTORIZER_PARAMS},
        coefficients={theme: c.coef_[0] for theme, c in fitted.items()},
        intercepts={theme: float(c.intercept_[0]) for theme, c in fitted.items()},
        thresholds=thresholds,
    )
    return read_as(language, model)


def macro(model: ThemeModel, examples: list[Example]) -> float:
    return float(evaluate(model, examples)["macro_f1"])


# (language, set left out or None, newest set, --all, thresholds or None, --as-shipped, --repeats)
Job = tuple[str, str | None, str, bool, dict[str, float] | None, bool, int]


def run(job: Job) -> tuple[str, str | None, dict[str, float]]:
    """One model and its scores. `name` None: the model before (the corpus alone, or the
    shipped model), scored on every set; a set's name: the model with the other sets but the
    newest, that set left out (at `thresholds` when given). Left out, the newest set gives the
    model to ship, scored on the corpus's held-out split and the sets' fifths as well, with the
    thresholds it chose."""
    language, name, newest, every, thresholds, as_shipped, repeats = job
    sets = {other: load_set(language, other) for other in set_names()}
    written = folded_corpus(language)
    # The corpus as written for the project: the sets' passages that have joined it are taken
    # out, so that each set can be left out in turn; as shipped, the joined ones stay.
    in_corpus = {e.text for e in written}
    kept_in = {o for o, s in sets.items() if as_shipped and s[0].text in in_corpus}
    joined = {e.text for o, s in sets.items() if o not in kept_in for e in s}
    corpus = [e for e in written if e.text not in joined]
    held = [e for e in corpus if e.split == "test"]
    fifths = [
        e for o, s in sets.items() if o not in (newest, *kept_in) for e in s if e.split == "test"
    ]
    training = [e for e in corpus if e.split == "train"]
    if name is not None:
        training += [
            e
            for o, s in sets.items()
            if o not in (name, newest, *kept_in)
            for e in s
            if every or e.split == "train"
        ]
    if name is None and as_shipped:
        model = cjk_theme_model(language)
    elif thresholds is None:
        model = fit(language, training, held, repeats)
    else:
        model = fit_at(language, training, thresholds)
    scored = sets if name is None else {name: sets[name]}
    scores = {set_name: macro(model, examples) for set_name, examples in scored.items()}
    if name is None or name == newest:
        scores |= {HELD: macro(model, held), FIFTHS: macro(model, fifths), "n": len(training)}
        scores |= {BOTH: macro(model, held + fifths)} | {
            f"threshold {theme}": model.thresholds[theme] for theme in THEMES
        }
    return language, name, scores


def joined_sets(language: str) -> list[str]:
    """The sets whose passages the corpus holds."""
    texts = {e.text for e in folded_corpus(language)}
    return [name for name in set_names() if load_set(language, name)[0].text in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", nargs="+", default=["ja", "zh"])
    parser.add_argument("--newest", default=set_names()[-1], help="the set kept out of training")
    parser.add_argument("--all", action="store_true", help="left-out models read every passage")
    parser.add_argument(
        "--cv-each", action="store_true", help="each left-out model chooses its thresholds"
    )
    parser.add_argument(
        "--as-shipped", action="store_true", help="compare with the shipped model, not the corpus"
    )
    parser.add_argument("--repeats", type=int, default=CV_REPEATS, help="fold seeds to ship")
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    # The sets each language's models leave out in turn: as shipped, those the corpus lacks.
    left_out = {
        language: [
            name
            for name in set_names()
            if not (options.as_shipped and name in joined_sets(language))
        ]
        for language in options.language
    }
    common = (options.newest, options.all)
    results: dict[tuple[str, str | None], dict[str, float]] = {}
    with ProcessPoolExecutor(options.workers) as pool:
        pending = {
            pool.submit(run, (language, name, *common, None, options.as_shipped, options.repeats))
            for language in options.language
            for name in (None, options.newest)
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                language, name, scores = future.result()
                results[language, name] = scores
                print(f"{language} {name or 'before'}: {scores}", file=sys.stderr, flush=True)
                if name != options.newest:
                    continue
                at = (
                    None
                    if options.cv_each
                    else {theme: scores[f"threshold {theme}"] for theme in THEMES}
                )
                pending |= {
                    pool.submit(
                        run, (language, other, *common, at, options.as_shipped, options.repeats)
                    )
                    for other in left_out[language]
                    if other != options.newest
                }
    origin = "the shipped model" if options.as_shipped else "trained on the corpus alone"
    for language in options.language:
        before, shipped = results[language, None], results[language, options.newest]
        print(f"\n{language}: themes macro-F1, {origin} → with the other sets")
        rows = [(name, before[name], results[language, name][name]) for name in left_out[language]]
        for name, old, new in rows:
            print(f"  {name:<8} left out  {old:.3f} → {new:.3f}  {new - old:+.3f}")
        for label, kept in (("", rows), (f" but {options.newest}", rows[:-1])):
            old, new = (sum(r[i] for r in kept) / len(kept) for i in (1, 2))
            print(f"  mean of the {len(kept)} sets{label}  {old:.4f} → {new:.4f}  {new - old:+.4f}")
        print(f"  the model to ship reads every set's `train` passages but {options.newest}'s"
              f" ({int(shipped['n'])} passages; before {int(before['n'])})")  # fmt: skip
        for key in (HELD, FIFTHS, BOTH, *(f"threshold {theme}" for theme in THEMES)):
            print(f"  {key:<36} {before[key]:.4f} → {shipped[key]:.4f}")


if __name__ == "__main__":
    main()
