"""Is linking linear in the length of one sentence without end? Seconds per length.

    .venv/bin/python bench/endless_sentences.py [--case NAME ...] [--words 1000 2000 ...]
        [--profile CASE WORDS]

A feed that sends no full stop makes one sentence of thousands of words, and the linking rules
read "the sentence" around each name: a rule that scans the whole sentence for each name in it
is quadratic there, though linear on real copy. Each case repeats one clause shape (the shapes
those rules look for: a minister titled before his ministry, a visit received, a capital's
possessive) joined by commas and "and", to each number of words, and prints the CPU seconds of
`analyse()` with the ratio to the length before (about 2.0 linear, 4.0 quadratic). `--profile`
prints cProfile's top functions by their own time for one case and length.
"""

import argparse
import cProfile
import pstats
import time

from hostile_lengths import PUBLISHED

import monitor.nlp.analyze
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.english import Pipeline, default_pipeline

WORDS = (1000, 2000, 4000, 8000)
# Each case: clauses taken in turn, none with a full stop.
CASES: dict[str, tuple[str, ...]] = {
    "titled-ministers": (
        "Japan's Foreign Minister Takeshi Iwaya said the Foreign Ministry would respond",
        "Defense Minister Wellington Koo told the Ministry of National Defense to watch",
    ),
    "received-visits": (
        "Foreign Minister Lin Chia-lung receives a Japanese Diet delegation with MOFA",
        "the delegation was received by President Lai Ching-te at the Presidential Office",
    ),
    "capital-possessives": (
        "Beijing's Foreign Ministry said Tokyo's Defense Ministry and Taipei's Mainland "
        "Affairs Council",
    ),
}


def text_of(case: str, words: int) -> str:
    clauses = CASES[case]
    pieces: list[str] = []
    count = 0
    while count < words:
        clause = clauses[len(pieces) % len(clauses)]
        pieces.append(clause)
        count += len(clause.split()) + 1
    return ", and ".join(pieces)


def analyse_seconds(pipeline: Pipeline, text: str) -> float:
    item = TextToAnalyse("endless", text, "en", PUBLISHED)
    start = time.process_time()
    analyse([item], pipeline=pipeline)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--words", type=int, nargs="+", default=WORDS)
    parser.add_argument("--profile", nargs=2, metavar=("CASE", "WORDS"))
    args = parser.parse_args()
    monitor.nlp.analyze.MAX_ANALYSED_CHARS = 10**9  # read every length whole
    pipeline = default_pipeline()
    analyse_seconds(pipeline, "Warm-up: Foreign Minister Lin Chia-lung said so.")
    if args.profile:
        text = text_of(args.profile[0], int(args.profile[1]))
        profile = cProfile.Profile()
        profile.runcall(analyse_seconds, pipeline, text)
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
        return
    print(f"{'case':<22}{'words':>7}{'chars':>9}{'analyse s':>11}{'ratio':>7}")
    for case in args.case or CASES:
        before: float | None = None
        for words in args.words:
            text = text_of(case, words)
            seconds = analyse_seconds(pipeline, text)
            ratio = f"{seconds / before:>7.2f}" if before else f"{'':>7}"
            print(f"{case:<22}{words:>7}{len(text):>9}{seconds:>11.2f}{ratio}", flush=True)
            before = seconds


if __name__ == "__main__":
    main()
