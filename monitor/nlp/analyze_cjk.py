"""The analysis of Japanese and Chinese articles: entities, incursion counts and themes, into
the same records as English ones (analyze.py).

Per language, loaded on first use: for Japanese, GiNZA's names (japanese.py); for Chinese,
jieba's (chinese.py); for both, the knowledge base's names found by characters
(cjk_entities.py), the incursion patterns (cjk_incursions.py) and a theme model that reads
characters (cjk_themes.py). They come with the `cjk` extra; without it these articles are
stored and marked `not_english`, as before, and `monitor doctor` says what to install.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .analyze import Analysis, TextToAnalyse
from .chinese import chinese_names, jieba_installed
from .cjk_entities import ModelName, cjk_mentions
from .cjk_home import home_country
from .cjk_incursions import find_cjk_incursions
from .cjk_press_home import press_home
from .cjk_script import fold, opencc_available
from .cjk_themes import cjk_theme_model, score_cjk
from .japanese import ginza_installed, japanese_pipeline
from .kb import KnowledgeBase
from .reporting_clocks import local_publication
from .themes import ThemeScores

INSTALL_HINT = "pip install 'monitor[cjk]'"


def cjk_ready(language: str | None) -> bool:
    """Whether articles in `language` can be analysed here: the `cjk` extra is installed."""
    if language == "ja":
        return opencc_available() and ginza_installed()
    if language == "zh":
        return opencc_available() and jieba_installed()
    return False


def analyse_cjk(items: list[TextToAnalyse], language: str, kb: KnowledgeBase) -> list[Analysis]:
    """Analyse a batch of articles in one language (ja or zh), in order."""
    texts = [item.text for item in items]
    if language == "ja":
        names = japanese_pipeline().names(texts)
    else:
        names = [chinese_names(text) for text in texts]
    model = cjk_theme_model(language)
    themes = score_cjk(model, texts)
    return [
        _analysis(item, language, kb, found, scores, model.version)
        for item, found, scores in zip(items, names, themes, strict=True)
    ]


def _analysis(
    item: TextToAnalyse,
    language: str,
    kb: KnowledgeBase,
    names: list[ModelName],
    themes: ThemeScores,
    version: str,
) -> Analysis:
    published = local_publication(item.published_utc or datetime.now(UTC), language, item.text)
    home = press_home(item.text, home_country(language, item.text))
    mentions = cjk_mentions(item.text, kb, published.date(), home, names)
    incursions = find_cjk_incursions(item.text, fold(item.text), published)
    return Analysis(
        item.id, language, "", "analyzed", tuple(mentions), tuple(incursions),
        themes,
        theme_model_version=f"{language}-{version}",
    )  # fmt: skip
