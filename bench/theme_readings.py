"""Readings of cooperation in a security story, measured as changes to the scoring path (the
shipped model file unchanged) against the bar to ship.

    PYTHONPATH=. .venv/bin/python bench/theme_readings.py [--sets 68-100] [--reading NAME]

bench/theme_errors.py --candidate compares a model file; these candidates keep version 15 and
change how its cooperation is read, the way the annotation guide decides it:
- figures-rest: in a story told beside the day's figures (told_figures.py) whose rest is no
  security story of its own, the first model's cooperation on the rest counts too. Shipped,
  the non-negative model's reading replaces the first model's in every security story, so a
  relief or exchange story it reads as cooperation (blind80-a, blind87-a) loses the tag there.
- main-subject: cooperation must be a main subject, not a passing mention. The non-negative
  model adds score word by word (its decision grows about as the square root of a text's
  terms), so a long security story (more than 1.5 windows) keeps cooperation only when the
  mean of its log-odds over windows of about WINDOW_WORDS words (the corpus passages' length,
  on which its threshold was chosen) still passes the threshold.
- length-scaled: the same idea as one formula: the non-negative decision's word part scaled by
  (SCALE_TERMS / terms) ** SCALE_POWER for a text of more than SCALE_TERMS distinct terms.
- the first joined with each of the other two.

The bar is theme_errors.py's, written before measuring: pooled macro-F1 up by 0.010, the
held-out split no worse than -0.003, no set down by more than 0.020. The window, SCALE_TERMS and
SCALE_POWER were chosen while looking at blind-68 to blind-100, so each figure is a ceiling.

Measured (version 15; pooled blind-68 to blind-100, 2,970 passages: 0.9376, cooperation tp 636
fp 106 fn 57; held-out split 0.9622). None clears the bar:

| reading | pooled | held-out | worst set |
|---|---|---|---|
| figures-rest | +0.0006 | -0.0004 | blind-95 -0.010 |
| main-subject | +0.0016 | +0.0036 | blind-71 -0.053 |
| length-scaled | +0.0034 | +0.0030 | blind-81 -0.033 |
| figures-rest + main-subject | +0.0022 | +0.0032 | blind-71 -0.053 |
| figures-rest + length-scaled | +0.0040 | +0.0026 | blind-81 -0.033 |
"""

import argparse
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from theme_errors import blind_passages, compare, set_numbers

from monitor.nlp.themes import ThemeModel, ThemeScores, load_model
from monitor.nlp.told_figures import SENTENCE_END, told_figures_apart
from monitor.vocabulary import THEMES

WINDOW_WORDS = 200
SCALE_TERMS = 180
SCALE_POWER = 0.25

Reading = Callable[[ThemeModel, str, ThemeScores], ThemeScores]


class ReadModel:
    """The shipped model, each text's scores then passed through the candidate's readings:
    what theme_errors.compare needs of a model."""

    def __init__(self, model: ThemeModel, readings: Sequence[Reading]) -> None:
        self.model = model
        self.readings = readings

    def score(self, texts: Sequence[str]) -> list[ThemeScores]:
        results = []
        for text, result in zip(texts, self.model.score(texts), strict=True):
            if "security" in result.tags:
                for reading in self.readings:
                    result = reading(self.model, text, result)
            results.append(result)
        return results


def with_cooperation(result: ThemeScores, tagged: bool) -> ThemeScores:
    tags = {t for t in result.tags if t != "cooperation"} | ({"cooperation"} if tagged else set())
    return replace(result, tags=tuple(t for t in THEMES if t in tags))


def first_probability(model: ThemeModel, text: str, theme: str) -> float:
    probabilities = model._piece(*model._features(text))[2]
    return float(probabilities[THEMES.index(theme)])


def second_logit(model: ThemeModel, text: str) -> float:
    second = model._security_reading
    assert second is not None
    columns, values = model._features(text)
    return (
        float(values @ second.coefficients["cooperation"][columns])
        + second.intercepts["cooperation"]
    )


def second_threshold_logit(model: ThemeModel) -> float:
    assert model.security_cooperation is not None
    threshold = model.security_cooperation.threshold
    return float(np.log(threshold / (1 - threshold)))


def figures_rest(model: ThemeModel, text: str, result: ThemeScores) -> ThemeScores:
    """The rest of a story told beside the day's figures, no security story of its own, read
    as cooperation by the first model: cooperation."""
    parts = told_figures_apart(text)
    if parts is None:
        return result
    rest = parts[1]
    if first_probability(model, rest, "security") >= model.thresholds["security"]:
        return result
    found = first_probability(model, rest, "cooperation") >= model.thresholds["cooperation"]
    return with_cooperation(result, "cooperation" in result.tags or found)


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Consecutive sentences gathered into windows of `size` words or more; a last window of
    under half that joins the one before."""
    found: list[list[str]] = [[]]
    for sentence in (s for s in SENTENCE_END.split(text) if s.strip()):
        if sum(len(s.split()) for s in found[-1]) >= size:
            found.append([])
        found[-1].append(sentence)
    if len(found) > 1 and sum(len(s.split()) for s in found[-1]) < size / 2:
        found[-2].extend(found.pop())
    return [" ".join(window) for window in found]


def main_subject(model: ThemeModel, text: str, result: ThemeScores) -> ThemeScores:
    """A long security story keeps cooperation when its windows' mean log-odds pass."""
    if "cooperation" not in result.tags or len(text.split()) <= 1.5 * WINDOW_WORDS:
        return result
    mean = np.mean([second_logit(model, window) for window in windows(text)])
    return with_cooperation(result, mean >= second_threshold_logit(model))


def length_scaled(model: ThemeModel, text: str, result: ThemeScores) -> ThemeScores:
    """The non-negative decision's word part scaled down as if the text had SCALE_TERMS terms."""
    terms = len(model._features(text)[0])
    if "cooperation" not in result.tags or terms <= SCALE_TERMS:
        return result
    second = model._security_reading
    assert second is not None
    probability = min(max(result.scores["cooperation"], 1e-9), 1 - 1e-9)
    words_part = float(np.log(probability / (1 - probability))) - second.intercepts["cooperation"]
    scaled = words_part * (SCALE_TERMS / terms) ** SCALE_POWER + second.intercepts["cooperation"]
    return with_cooperation(result, scaled >= second_threshold_logit(model))


READINGS: dict[str, list[Reading]] = {
    "figures-rest": [figures_rest],
    "main-subject": [main_subject],
    "length-scaled": [length_scaled],
    "figures-rest+main-subject": [figures_rest, main_subject],
    "figures-rest+length-scaled": [figures_rest, length_scaled],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="68-100", help="Blind sets, as FIRST-LAST.")
    parser.add_argument("--reading", choices=sorted(READINGS), action="append")
    args = parser.parse_args()
    passages = blind_passages(set_numbers(args.sets))
    shipped = load_model()
    for name in args.reading or list(READINGS):
        print(f"\n{name}")
        compare(shipped, ReadModel(shipped, READINGS[name]), passages)


if __name__ == "__main__":
    main()
