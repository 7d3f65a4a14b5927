"""Theme classifier quality against a keyword-rule baseline, on the held-out split and across
writers (train on the other writers' passages, test on the one left out), plus scoring speed.

    .venv/bin/python bench/themes.py [--writers PREFIX ...]

--writers leaves out only the writers whose id starts with one of the prefixes (`--writers
blind19` leaves out blind19-a, then blind19-b), which takes minutes where all 60 take 40.

    .venv/bin/python bench/themes.py --join blind-68 ... blind-76 --unseen blind-77 ... blind-79

--join trains a model on the corpus with those blind sets joined the documented way (title, a
blank line and the text; every fifth passage to `test`) and scores it beside the shipped model on
the held-out split and on the --unseen sets, which neither has read: whether more hands help on
the next one. It skips the writer-by-writer part. `--join` with no set retrains on the corpus as
it stands, as `monitor train` does without corrections: the figures of a retrain, which the
tests of `monitor train` leave to this script (they train on a sample).

(From a git worktree, put the checkout first: `PYTHONPATH=. .venv/bin/python bench/themes.py`;
otherwise the editable install's code, corpus and model are measured.)
"""

import argparse
import json
import re
import time
from dataclasses import replace

from common import ROOT, theme_examples

from monitor.json_lines import json_lines
from monitor.nlp.themes import Example, evaluate, load_corpus, load_model, train
from monitor.vocabulary import THEMES

KEYWORDS = {
    "cooperation": r"agree|sign|memorand|\bmou\b|cooperat|partner|exchange|donat|\baid\b|"
    r"invest|pact|deal|joint statement|framework|sister|friendship|workshop|training",
    "security": r"military|aircraft|drill|missile|coast guard|incursion|adiz|warship|defen[cs]e|"
    r"\bpla\b|navy|naval|exercise|deterren|bomber|fighter|sortie|coerci|cyberattack|arms",
}


def keyword_rules(examples: list[Example]) -> dict[str, object]:
    """The baseline: a theme is tagged when any of its keywords appears."""
    model = replace(load_model())

    def score(texts):  # type: ignore[no-untyped-def]
        from monitor.nlp.themes import ThemeScores

        return [
            ThemeScores(
                {t: 1.0 for t in THEMES},
                tuple(t for t in THEMES if re.search(KEYWORDS[t], text, re.I)),
                {},
            )
            for text in texts
        ]

    model.score = score  # type: ignore[method-assign]
    return evaluate(model, examples)


def line(name: str, metrics: dict[str, object]) -> str:
    parts = [f"{name:34}", f"macro-F1 {metrics['macro_f1']:.3f}"]
    for theme in THEMES:
        m = metrics[theme]  # type: ignore[index]
        parts.append(f"{theme} P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['f1']:.3f}")
    return "  ".join(parts)


BLIND = ROOT / "tests" / "data" / "blind"


def blind_set(name: str, test_every: int = 5) -> list[Example]:
    return theme_examples(BLIND / f"{name}.jsonl", test_every)


def join_and_compare(corpus: list[Example], joined: list[str], unseen: list[str]) -> None:
    extra = [e for name in joined for e in blind_set(name)]
    held = [e for e in corpus if e.split == "test"]
    model = train([e for e in corpus + extra if e.split == "train"], held + extra, 0)
    unseen_examples = [e for name in unseen for e in blind_set(name, test_every=0)]
    for label, candidate in (("shipped model", load_model()), ("with the joined sets", model)):
        print(line(f"{label}, held-out split", evaluate(candidate, held)))
        if unseen_examples:
            print(line(f"{label}, unseen sets", evaluate(candidate, unseen_examples)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", nargs="+", metavar="PREFIX", help="Leave out only these.")
    parser.add_argument("--join", nargs="*", metavar="SET", help="Blind sets to join the corpus.")
    parser.add_argument("--unseen", nargs="+", metavar="SET", default=[], help="Sets to score on.")
    args = parser.parse_args()
    corpus = load_corpus()
    if args.join is not None:
        join_and_compare(corpus, args.join, args.unseen)
        return
    test = [e for e in corpus if e.split == "test"]
    print(f"held-out split: {len(test)} passages")
    print(line("shipped model", evaluate(load_model(), test)))
    print(line("keyword rules", keyword_rules(test)))

    from monitor.nlp.themes import CORPUS_PATH

    # A writer is an id's prefix: p1 ... p9 wrote the corpus, dev-a ... blind11-b the evaluation
    # sets whose passages joined it once they were development data.
    ids = [json.loads(row)["id"].rsplit("-", 1)[0] for _, row in json_lines(CORPUS_PATH)]
    print("\nacross writers (train on the other writers, test on the one left out):")
    figures: dict[str, list[float]] = {"model": [], "keyword rules": []}
    chosen = sorted(w for w in set(ids) if not args.writers or w.startswith(tuple(args.writers)))
    if not chosen:  # "p1-" names no writer: the corpus's ids are "p1-0001", its writer "p1"
        parser.error(
            f"--writers {' '.join(args.writers)}: no writer id starts so (e.g. p1, blind12-a)"
        )
    for writer in chosen:
        held = [e for e, i in zip(corpus, ids, strict=True) if i == writer]
        rest = [e for e, i in zip(corpus, ids, strict=True) if i != writer]
        for name, metrics in (
            ("model", train(rest, held, 0).meta["held_out"]),
            ("keyword rules", keyword_rules(held)),
        ):
            print(line(f"{name}, {writer} held out", metrics))
            figures[name].append(metrics["macro_f1"])  # type: ignore[arg-type]
    for name, values in figures.items():
        print(f"{name}, mean over {len(values)} writers: macro-F1 {sum(values) / len(values):.3f}")

    model = load_model()
    texts = [e.text for e in corpus] * 5
    started = time.perf_counter()
    model.score(texts)
    elapsed = time.perf_counter() - started
    print(f"\nscoring: {len(texts) / elapsed:,.0f} passages/s")


if __name__ == "__main__":
    main()
