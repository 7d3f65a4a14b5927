"""Entity-linking quality on a labelled set: the figures the tests pin and bench/ prints."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from .analyze import Analysis, TextToAnalyse, analyse


@dataclass
class EntityScores:
    passages: int = 0
    expected: int = 0
    found: int = 0  # expected KB entities that were found
    predicted_kb: int = 0  # distinct KB entities predicted
    correct_kb: int = 0  # of those, expected
    predicted_all: int = 0  # distinct entities predicted, KB or not
    variants: int = 0  # surface spellings listed as variants of one entity
    variants_linked: int = 0  # of those, linked to that entity
    misses: list[tuple[str, str]] = field(default_factory=list)
    extras: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct_kb / self.predicted_kb if self.predicted_kb else 1.0

    @property
    def consistency(self) -> float:
        return self.variants_linked / self.variants if self.variants else 1.0

    @property
    def guesses_per_expected(self) -> float:
        return self.predicted_all / self.expected if self.expected else 0.0

    def summary(self) -> dict[str, float]:
        return {
            "passages": self.passages,
            "canonical_recall": round(self.recall, 3),
            "canonical_precision": round(self.precision, 3),
            "variant_consistency": round(self.consistency, 3),
            "predicted_per_expected": round(self.guesses_per_expected, 2),
        }


def load_passages(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_entities(passages: list[dict[str, object]], analyses: list[Analysis]) -> EntityScores:
    scores = EntityScores()
    for passage, analysis in zip(passages, analyses, strict=True):
        expected = set(passage["expected"])  # type: ignore[call-overload]
        kb_found = {m.entity_id for m in analysis.mentions if m.in_kb}
        scores.passages += 1
        scores.expected += len(expected)
        scores.found += len(expected & kb_found)
        scores.predicted_kb += len(kb_found)
        scores.correct_kb += len(kb_found & expected)
        scores.predicted_all += len({m.entity_id for m in analysis.mentions})
        scores.misses += [(str(passage["id"]), e) for e in sorted(expected - kb_found)]
        scores.extras += [(str(passage["id"]), e) for e in sorted(kb_found - expected)]
        text = str(passage["text"])
        for entity_id, surfaces in dict(passage.get("variants") or {}).items():  # type: ignore[call-overload]
            for surface in surfaces:
                start = text.find(surface)
                scores.variants += 1
                linked = any(
                    m.entity_id == entity_id and m.start < start + len(surface) and start < m.end
                    for m in analysis.mentions
                )
                scores.variants_linked += linked
    return scores


def evaluate_entities(path: Path, workers: int = 1) -> EntityScores:
    passages = load_passages(path)
    items = [TextToAnalyse(str(p["id"]), str(p["text"]), "en") for p in passages]
    return score_entities(passages, analyse(items, workers=workers))
