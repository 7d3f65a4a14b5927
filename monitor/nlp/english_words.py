"""Ordinary English words, as the English model's own lists hold them, and the slips of a few
words that copy misspells ("aircarft", "militray"): a slip is one edit off the word (a letter
dropped, added or changed, or two neighbours swapped) and no word itself. "Freight" has the
letters of "fighter" and "medians" is one letter off "median", yet each is a word of its own
that copy writes as it means, so neither is ever read as the other.

The words are the strings of the model's vocabulary (the forms its training text holds) and
its lemmatizer's lists (WordNet's lemmas of nouns, verbs, adjectives and adverbs, and their
irregular forms): read once, from the model package the English pipeline loads.
"""

import importlib.util
import logging
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .english import MODEL_PACKAGES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Words:
    """The forms the model knows, and its lemmatizer's rules of inflection ("ed" to "e"), each
    with the lemmas of its part of speech that an inflected form is read back to."""

    forms: frozenset[str]
    rules: tuple[tuple[str, str, frozenset[str]], ...]

    def __contains__(self, low: str) -> bool:
        return low in self.forms or any(
            low.endswith(end) and low[: len(low) - len(end)] + lemma_end in lemmas
            for end, lemma_end, lemmas in self.rules
            if end
        )


@lru_cache(maxsize=1)
def english_words() -> Words:
    """Every word the installed English model knows, lower-cased; none without a model."""
    for package in MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        data = [p for p in Path(spec.origin).parent.iterdir() if (p / "vocab").is_dir()]
        if data:
            return _words_in(data[0])
    log.warning("no English model is installed: misspelt craft words are read without its words")
    return Words(frozenset(), ())


def _words_in(model: Path) -> Words:
    import srsly
    from spacy.lookups import Lookups

    strings = srsly.read_json(model / "vocab" / "strings.json")
    forms = {text.lower() for text in strings if text.isalpha()}
    tables = Lookups().from_disk(model / "lemmatizer" / "lookups")
    index, exceptions = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    rules = []
    for part, lemmas in index.items():
        known = frozenset(str(lemma).lower() for lemma in lemmas)
        forms |= known | {str(form).lower() for form in exceptions.get(part, {})}
        rules += [
            (end, lemma_end, known)
            for end, lemma_end in tables.get_table("lemma_rules").get(part, [])
        ]
    return Words(frozenset(forms), tuple(rules))


@lru_cache(maxsize=1 << 16)  # asked once a spelling; news repeats its words
def slip_of(low: str, targets: Collection[str]) -> str | None:
    """The word of `targets` that `low` misspells, if `low` is one edit off it and is no word
    of its own; `targets` must be hashable (a frozenset)."""
    if low in targets or low in english_words():
        return None
    found = process.extractOne(low, targets, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else None
