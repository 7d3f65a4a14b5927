"""How long choosing a theme's threshold takes, and how much of it is scikit-learn's metrics.

    .venv/bin/python bench/threshold_speed.py [--passages 60] [--seeds 4] [--repeat 20]

`best_threshold` (monitor/nlp/theme_thresholds.py) scores every point of its grid with
scikit-learn's `f1_score` and `precision_score`, two calls per point and fold seed, and each call
checks its inputs at length. The same counts taken with numpy choose the same threshold; this
prints the seconds a call of each way takes on random probabilities, so that the cost of the
checks is measured, not guessed. The threshold property of test_themes.py calls it 120 times.
"""

import argparse
import time
from collections.abc import Callable

import numpy as np

from monitor.nlp.theme_thresholds import THRESHOLD_GRID, best_threshold


def counted_scores(labels: np.ndarray, held: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """F1 and precision at every grid point, from true and false positive counts."""
    tagged = held[np.newaxis, :] >= THRESHOLD_GRID[:, np.newaxis]
    true_positives = (tagged & (labels == 1)).sum(axis=1)
    tagged_count = tagged.sum(axis=1)
    positives = int((labels == 1).sum())
    precision = np.divide(true_positives, tagged_count, out=np.zeros(len(THRESHOLD_GRID)),
                          where=tagged_count > 0)  # fmt: skip
    both = tagged_count + positives
    f1 = np.divide(2 * true_positives, both, out=np.zeros(len(THRESHOLD_GRID)), where=both > 0)
    return f1, precision


def seconds_per_call(call: Callable[[], object], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        call()
    return (time.perf_counter() - started) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=60)
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, args.passages)
    held = [rng.random(args.passages) for _ in range(args.seeds)]
    from sklearn.metrics import f1_score, precision_score

    for probabilities in held:  # the counts are scikit-learn's figures
        f1, precision = counted_scores(labels, probabilities)
        for i, threshold in enumerate(THRESHOLD_GRID):
            tagged = probabilities >= threshold
            assert abs(f1[i] - f1_score(labels, tagged, zero_division=0)) < 1e-12
            assert abs(precision[i] - precision_score(labels, tagged, zero_division=0)) < 1e-12
    whole = seconds_per_call(lambda: best_threshold(labels, held), args.repeat)
    counts = seconds_per_call(lambda: [counted_scores(labels, p) for p in held], args.repeat)
    print(f"best_threshold, {args.passages} passages x {args.seeds} seeds: {whole * 1000:.1f} ms")
    print(f"the same F1 and precision counted with numpy: {counts * 1000:.2f} ms")


if __name__ == "__main__":
    main()
