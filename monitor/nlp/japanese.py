"""The Japanese pipeline: GiNZA (`ja_ginza`, a spaCy pipeline with SudachiPy inside), loaded on
first use like the English one, for the names the knowledge base lacks.

Only `tok2vec` and `ner` run: the parser, morphologizer and bunsetu components add nothing to
entities. GiNZA labels names with Sekine's extended hierarchy (Person, Country, Military, ...);
the classes an analyst counts are mapped to monitor's labels and the rest (dates, amounts,
titles, products) are left out, as the English pipeline leaves out DATE and CARDINAL. Without
`ja_ginza` (it comes with the `cjk` extra) or when it fails to load, the knowledge base's rules
find the names alone.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cjk_entities import ModelName
from .model_ops import multiply_with_openblas

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL = "ja_ginza"
UNNEEDED = ["parser", "morphologizer", "compound_splitter", "bunsetu_recognizer"]
LABELS = {
    "Person": "PERSON",
    "Country": "GPE", "Province": "GPE", "City": "GPE", "County": "GPE", "GPE_Other": "GPE",
    "Island": "LOC", "Sea": "LOC", "Bay": "LOC", "Water_Route": "LOC", "Region_Other": "LOC",
    "Domestic_Region": "LOC", "Geological_Region_Other": "LOC", "Continental_Region": "LOC",
    "Company": "ORG", "Company_Group": "ORG", "Corporation_Other": "ORG", "Government": "ORG",
    "Military": "ORG", "International_Organization": "ORG", "Political_Party": "ORG",
    "Political_Organization_Other": "ORG", "Public_Institution": "ORG", "Cabinet": "ORG",
    "Organization_Other": "ORG", "Research_Institute": "ORG", "Newspaper": "ORG",
    "Aircraft": "EQUIPMENT", "Ship": "EQUIPMENT", "Weapon": "EQUIPMENT",
}  # fmt: skip
_LOCK = threading.Lock()


@dataclass(frozen=True)
class JapanesePipeline:
    nlp: Language | None  # None: the knowledge base's rules only
    model: str  # "ja_ginza 5.3.0", or why there is none

    def names(self, texts: list[str], batch_size: int = 16) -> list[list[ModelName]]:
        """The model's names in each text, with monitor's labels."""
        if self.nlp is None:
            return [[] for _ in texts]
        # As for English: strings met in a batch are freed with it, so the vocabulary of a
        # service that runs for months stays flat.
        with self.nlp.memory_zone():
            return [
                [
                    ModelName(ent.start_char, ent.end_char, LABELS[ent.label_])
                    for ent in doc.ents
                    if ent.label_ in LABELS
                ]
                for doc in self.nlp.pipe(texts, batch_size=batch_size)
            ]


_LOADED: list[JapanesePipeline] = []  # loaded once a process


def japanese_pipeline() -> JapanesePipeline:
    with _LOCK:
        if not _LOADED:
            _LOADED.append(_load())
    return _LOADED[0]


def ginza_installed() -> bool:
    return importlib.util.find_spec(MODEL) is not None


def _load() -> JapanesePipeline:
    import spacy

    try:
        nlp = spacy.load(MODEL, exclude=UNNEEDED)
    except (OSError, ImportError, ValueError) as exc:
        log.warning(
            "the Japanese model %s did not load (%s): Japanese entities come from the knowledge "
            "base alone; pip install 'monitor[cjk]'",
            MODEL,
            exc,
        )
        return JapanesePipeline(None, f"knowledge-base rules only ({MODEL} did not load)")
    return JapanesePipeline(multiply_with_openblas(nlp), f"{MODEL} {nlp.meta.get('version', '?')}")
