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
from .model_ops import for_inference

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

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
# SudachiPy, GiNZA's tokenizer, refuses a text of more than 49,149 bytes (about 16,000 Japanese
# characters), and a long article is read up to MAX_ANALYSED_CHARS (50,000): the model reads
# such a text in pieces that fit whatever the characters (4 bytes at most each), cut after a
# sentence's end where one falls in the piece's second half.
PIECE_CHARS = 12_000
SENTENCE_ENDS = "。！？\n"


@dataclass(frozen=True)
class JapanesePipeline:
    nlp: Language | None  # None: the knowledge base's rules only
    model: str  # "ja_ginza 5.3.0", or why there is none

    def names(self, texts: list[str], batch_size: int = 16) -> list[list[ModelName]]:
        """The model's names in each text, with monitor's labels."""
        if self.nlp is None:
            return [[] for _ in texts]
        split = [pieces(text) for text in texts]
        # As for English: strings met in a batch are freed with it, so the vocabulary of a
        # service that runs for months stays flat.
        with self.nlp.memory_zone():
            docs = iter(
                self.nlp.pipe((p for parts in split for _, p in parts), batch_size=batch_size)
            )
            return [
                [
                    ModelName(offset + ent.start_char, offset + _line_end(ent), LABELS[ent.label_])
                    for offset, _ in parts
                    for ent in next(docs).ents
                    if ent.label_ in LABELS and _line_end(ent) > ent.start_char
                ]
                for parts in split
            ]


def _line_end(ent: Span) -> int:
    """Where a model's name ends: at the end of its line at the latest. A headline's last word
    and the body's first are no one name ("九州・山口\n\n政府は" read as a person 山口政府)."""
    line = ent.text.split("\n", 1)[0]
    return ent.start_char + len(line)


def pieces(text: str) -> list[tuple[int, str]]:
    """`text` in pieces the tokenizer takes, each with its offset in the text."""
    found, start = [], 0
    while len(text) - start > PIECE_CHARS:
        end = start + PIECE_CHARS
        cut = max(text.rfind(mark, start + PIECE_CHARS // 2, end) for mark in SENTENCE_ENDS)
        end = cut + 1 if cut >= 0 else end
        found.append((start, text[start:end]))
        start = end
    return [*found, (start, text[start:])]


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
    return JapanesePipeline(for_inference(nlp), f"{MODEL} {nlp.meta.get('version', '?')}")
