"""Does analysis stay linear in an article's length? Words per second of `analyse` on one
article of growing length, against the same words as ordinary 400-word articles.

    .venv/bin/python bench/long_articles.py [--repeat 3]

A long article (a live blog, a report's full text) is built by joining wire-copy articles
(bench/wire.py) under one headline, up to each length, and a long transcript by giving their
paragraphs to speakers in turn ("QUESTION:", "MINISTER KIHARA:"); analysis reads at most
MAX_ANALYSED_CHARS (50,000) of an article, so that is the longest case. If a pass reads the whole
text once a mention, as the headline check once did through spaCy's `doc.text` (a 160,000-
character article took 115 s to link) or searches a transcript's speaker labels again for each
pair of mentions (a 50,000-character press conference took 8 s), the rate falls as the article
grows; a linear pipeline keeps about the rate of short articles. Each length runs `--repeat`
times and the best is shown.
"""

import argparse
import time

import wire

from monitor.nlp.analyze import MAX_ANALYSED_CHARS, TextToAnalyse, analyse
from monitor.nlp.english import default_pipeline

LENGTHS = (2_500, 10_000, 25_000, MAX_ANALYSED_CHARS)  # characters


SPEAKERS = ("QUESTION", "MINISTER KIHARA")


def long_article(chars: int, bodies: list[str], transcript: bool = False) -> str:
    """A headline, then whole wire articles until `chars` characters; in a transcript each
    paragraph is a turn of the next speaker."""
    if transcript:
        text = "Press Conference by the Chief Cabinet Secretary"
        paragraphs = [p for body in bodies for p in body.split("\n\n")]
        bodies = [f"{SPEAKERS[i % 2]}: {p}" for i, p in enumerate(paragraphs)]
    else:
        text = "Live: China's drills around Taiwan, reactions from Tokyo and Washington"
    for body in bodies:
        if len(text) >= chars:
            break
        text += "\n\n" + body
    return text[:chars]


def best_seconds(items: list[TextToAnalyse], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        analyse(items)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per length (best is shown)")
    args = parser.parse_args()
    default_pipeline()
    analyse([TextToAnalyse("warm-up", "Taiwan's defence ministry tracked 12 aircraft.", "en")])
    bodies = [body for _, body, _ in wire.articles(200)]
    short = [TextToAnalyse(str(i), body, "en") for i, body in enumerate(bodies[:60])]
    short_words = sum(len(item.text.split()) for item in short)
    short_rate = short_words / best_seconds(short, args.repeat)
    print(f"{'article':<36}{'words':>8}{'seconds':>10}{'words/s':>10}{'vs short':>10}")
    print(f"{'60 ordinary articles':<36}{short_words:>8,}{'':>10}{short_rate:>10,.0f}{1:>10.2f}")
    for transcript in (False, True):
        for chars in LENGTHS:
            text = long_article(chars, bodies, transcript)
            words = len(text.split())
            seconds = best_seconds([TextToAnalyse("long", text, "en")], args.repeat)
            rate = words / seconds
            label = f"{'a transcript' if transcript else 'one'} of {len(text):,} characters"
            print(f"{label:<36}{words:>8,}{seconds:>10.2f}{rate:>10,.0f}{rate / short_rate:>10.2f}")


if __name__ == "__main__":
    main()
