"""Analysing stored articles again: after a failure, a knowledge-base edit or a new model.

The same analysis a pass runs (analyze.analyse_safely), over articles already in the archive,
in batches that each commit on their own: an interrupted run keeps what it finished. A run
queues its articles (`_reanalysis_queue`) and each batch leaves the queue in the transaction
that saves it, so the next run of the same selection, with the same knowledge base, theme model
and release, takes up where one stopped (Ctrl-C, SIGTERM, SIGKILL, a power cut): nothing is
lost and nothing done twice. The analyst's theme labels stand.
"""

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlite_utils

from .. import __version__
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


def reanalysis_run(
    since: str | None, failed_only: bool, kb: KnowledgeBase, theme_model: ThemeModel
) -> str:
    """What a run is, as a key: its selection as typed and what its analysis depends on, so a
    run after an edit to the knowledge base, a new theme model or release starts afresh."""
    parts = {"since": since, "failed": failed_only, "kb": kb.digest, "themes": theme_model.version}
    return json.dumps({**parts, "release": __version__}, sort_keys=True)


def left_by_a_stopped_run(db: sqlite_utils.Database, run: str) -> list[str]:
    """The articles a stopped run of `run` left, oldest arrival first; none when the last run
    finished or was another."""
    return [row[0] for row in db.execute(
        "SELECT q.article_id FROM _reanalysis_queue q JOIN articles a ON a.id = q.article_id "
        "WHERE q.run = ? ORDER BY a.fetched_utc, a.id", [run],
    )]  # fmt: skip


def reanalyze(
    db: sqlite_utils.Database,
    article_ids: list[str],
    *,
    workers: int = 1,
    kb: KnowledgeBase | None = None,
    theme_model: ThemeModel | None = None,
    on_batch: Callable[[int], None] | None = None,
    run: str = "",
) -> dict[str, Any]:
    """Analyse the given stored articles again and replace their analysis; those of `run` left
    for the next run of it, if this one stops (left_by_a_stopped_run)."""
    kb = kb or default_kb()
    theme_model = theme_model or default_theme_model()
    before = _tags(db)
    failed = 0
    with write_transaction(db.conn):  # one run's queue at a time: a new run replaces another's
        db.execute("DELETE FROM _reanalysis_queue")
        db.conn.executemany(
            "INSERT INTO _reanalysis_queue (article_id, run) VALUES (?, ?)",
            [(article_id, run) for article_id in article_ids],
        )
    for start in range(0, len(article_ids), BATCH):
        ids = article_ids[start : start + BATCH]
        analyses = analyse_safely(_inputs(db, ids), workers, theme_model, kb)
        with write_transaction(db.conn):
            for analysis in analyses:
                save_analysis(db, analysis)
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM _reanalysis_queue WHERE article_id IN ({marks})", ids)
        failed += sum(analysis.status == "failed" for analysis in analyses)
        if on_batch:
            on_batch(len(ids))
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
