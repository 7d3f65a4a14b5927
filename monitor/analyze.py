"""The analysis stage: language, then entities, incursion counts and themes for English articles.

Pure over a batch of articles; the spaCy model loads on first use, so a pass that finds
nothing new never loads it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from .entities import Mention, link_mentions
from .incursions import Incursion, find_incursions, may_report_incursions
from .kb import KnowledgeBase, default_kb
from .language import article_language
from .nlp import Pipeline, default_pipeline
from .parse import Article
from .themes import ThemeModel, ThemeScores, default_theme_model

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

BATCH_SIZE = 64
ENGLISH = "en"
# One batch through the model at a time: the service runs feed jobs on several threads, and a
# spaCy pipeline is not meant to be shared by concurrent callers.
_MODEL_IN_USE = threading.Lock()


@dataclass(frozen=True)
class TextToAnalyse:
    id: str
    text: str  # title, a blank line, then the fullest text available
    declared_language: str | None = None
    published_utc: datetime | None = None


@dataclass(frozen=True)
class Analysis:
    id: str
    language: str | None
    language_source: str  # feed or detected
    status: str  # analyzed, or not_english (stored and marked, never run through the English model)
    mentions: tuple[Mention, ...] = ()
    incursions: tuple[Incursion, ...] = ()
    themes: ThemeScores | None = None  # English articles only


def article_input(article: Article) -> TextToAnalyse:
    text = f"{article.title}\n\n{article.text}".strip()
    return TextToAnalyse(article.id, text, article.language, article.published_utc)


def analyse(
    items: list[TextToAnalyse],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    kb: KnowledgeBase | None = None,
    theme_model: ThemeModel | None = None,
) -> list[Analysis]:
    """Analyse a batch in order; `workers` > 1 runs spaCy in that many processes."""
    languages = [article_language(item.declared_language, item.text) for item in items]
    english = [
        item for item, (language, _) in zip(items, languages, strict=True)
        if language in (ENGLISH, None)
    ]  # fmt: skip
    results: dict[str, Analysis] = {}
    if english:
        with _MODEL_IN_USE:
            results = _analyse_english(english, workers, pipeline, kb, theme_model)
    analyses = []
    for item, (language, source) in zip(items, languages, strict=True):
        found = results.get(item.id, Analysis(item.id, None, "", "not_english"))
        analyses.append(replace(found, language=language, language_source=source))
    return analyses


def _analyse_english(
    english: list[TextToAnalyse],
    workers: int,
    pipeline: Pipeline | None,
    kb: KnowledgeBase | None,
    theme_model: ThemeModel | None,
) -> dict[str, Analysis]:
    results: dict[str, Analysis] = {}
    pipeline = pipeline or default_pipeline()
    kb = kb or default_kb()
    themes = (theme_model or default_theme_model()).score([item.text for item in english])
    docs = pipeline.nlp.pipe(
        (item.text for item in english), batch_size=BATCH_SIZE, n_process=workers
    )
    for item, doc, scores in zip(english, docs, themes, strict=True):
        mentions = tuple(link_mentions(doc, kb))
        incursions = tuple(_incursions(doc, item))
        results[item.id] = Analysis(item.id, None, "", "analyzed", mentions, incursions, scores)
    return results


def _incursions(doc: Doc, item: TextToAnalyse) -> list[Incursion]:
    if not may_report_incursions(doc.text):
        return []
    published = item.published_utc or datetime.now(UTC)
    sentences = [(sent.text, _written_day(sent, published)) for sent in doc.sents]
    return find_incursions(sentences, doc.text, published)


def _written_day(sentence: Span, published: datetime) -> date | None:
    """The latest date written in the sentence, not after publication: a report "between 6 a.m.
    on 24 November and 6 a.m. on 25 November" is the report of the 25th."""
    import dateparser  # slow to import; only incursion reports need it

    days = []
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        moment = dateparser.parse(
            ent.text,
            languages=["en"],
            settings={
                "RELATIVE_BASE": published.replace(tzinfo=None),
                "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day"],
            },
        )
        if moment is not None and moment.date() <= published.date():
            days.append(moment.date())
    return max(days, default=None)
