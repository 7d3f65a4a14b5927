"""Analysing stored articles again: after a failure, a knowledge-base edit or a new model.

The same analysis a pass runs (analyze.analyse_safely), over articles already in the archive,
in batches that each commit on their own: an interrupted run keeps what it finished, and
running it again is harmless. The analyst's theme labels stand.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlite_utils

from ..clock import stored_time, to_iso
from ..nlp.analyze import TextToAnalyse, analyse_safely
from ..nlp.kb import KnowledgeBase, default_kb
from ..nlp.themes import ThemeModel, default_theme_model
from .analysis_store import save_analysis
from .theme_store import ARTICLE_TEXT_SQL
from .transaction import write_transaction

BATCH = 200


def articles_to_reanalyze(
    db: sqlite_utils.Database, since: datetime | None, failed_only: bool
) -> list[str]:
    """Ids of the articles published since `since` (all when None), only failed ones if asked,
    oldest arrival first."""
    where, args = [], []
    if failed_only:
        where.append("analysis_status = 'failed'")
    if since:
        where.append("published_utc >= ?")
        args.append(to_iso(since))
    sql = "SELECT id FROM articles" + (f" WHERE {' AND '.join(where)}" if where else "")
    return [row[0] for row in db.execute(sql + " ORDER BY fetched_utc, id", args)]


def reanalyze(
    db: sqlite_utils.Database,
    article_ids: list[str],
    *,
    workers: int = 1,
    kb: KnowledgeBase | None = None,
    theme_model: ThemeModel | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Analyse the given stored articles again and replace their analysis."""
    kb = kb or default_kb()
    theme_model = theme_model or default_theme_model()
    before = _tags(db)
    failed = 0
    for start in range(0, len(article_ids), BATCH):
        batch = _inputs(db, article_ids[start : start + BATCH])
        analyses = analyse_safely(batch, workers, theme_model, kb)
        with write_transaction(db.conn):
            for analysis in analyses:
                save_analysis(db, analysis)
        failed += sum(analysis.status == "failed" for analysis in analyses)
        if on_batch:
            on_batch(len(batch))
    after = _tags(db)
    changed = sum(before.get(article) != after.get(article) for article in article_ids)
    return {
        "articles": len(article_ids),
        "failed": failed,
        "tags_changed": changed,
        "model_version": theme_model.version,
    }


def _inputs(db: sqlite_utils.Database, ids: list[str]) -> list[TextToAnalyse]:
    """The text a pass analysed (title, blank line, fullest text), the language the feed
    declared (a detected one is detected again), and the publication time."""
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT a.id, {ARTICLE_TEXT_SQL}, "
        "CASE WHEN a.language_source = 'feed' THEN a.language END, a.published_utc "
        f"FROM articles a WHERE a.id IN ({marks})",
        ids,
    ).fetchall()
    by_id = {
        row[0]: TextToAnalyse(
            row[0], row[1], row[2], stored_time(row[3], f"article {row[0]}: published_utc")
        )
        for row in rows
    }
    return [by_id[article_id] for article_id in ids if article_id in by_id]


def _tags(db: sqlite_utils.Database) -> dict[str, tuple[str, ...]]:
    tags: dict[str, list[str]] = {}
    for article_id, theme in db.execute(
        "SELECT article_id, theme FROM article_themes WHERE tagged = 1 ORDER BY theme"
    ):
        tags.setdefault(article_id, []).append(theme)
    return {article_id: tuple(themes) for article_id, themes in tags.items()}
