"""Themes in the archive: the analyst's corrections, retraining data, and reclassification."""

import sqlite_utils

from ..clock import now_utc, to_iso
from ..errors import MonitorError
from ..nlp.themes import Example
from ..vocabulary import THEMES
from .transaction import write_transaction

# The same text the pipeline analyses (analyze.article_input): title, blank line, fullest text.
ARTICLE_TEXT_SQL = "a.title || char(10) || char(10) || coalesce(a.full_text, a.content, a.summary)"


def correct_themes(
    db: sqlite_utils.Database, article_id: str, themes: set[str], not_themes: set[str]
) -> dict[str, int]:
    """Record the analyst's labels for an article and apply them to it at once.

    Themes the analyst does not name keep their current tag: that is what they saw and let stand.
    """
    if not db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        raise MonitorError(f"no article with id '{article_id}' (see monitor articles --json)")
    if themes & not_themes:
        raise MonitorError(f"--theme and --not both name {', '.join(sorted(themes & not_themes))}")
    current = dict(
        db.execute(
            "SELECT theme, tagged FROM article_themes WHERE article_id = ?", [article_id]
        ).fetchall()
    )
    labels = {theme: int(current.get(theme, 0)) for theme in THEMES}
    labels |= {theme: 1 for theme in themes} | {theme: 0 for theme in not_themes}
    with write_transaction(db.conn):
        db.execute(
            "INSERT OR REPLACE INTO theme_corrections (article_id, cooperation, security, "
            "corrected_utc) VALUES (?, ?, ?, ?)",
            [article_id, labels["cooperation"], labels["security"], to_iso(now_utc())],
        )
        for theme, tagged in labels.items():
            db.execute(
                "INSERT INTO article_themes (article_id, theme, score, tagged, top_terms_json, "
                "model_version) VALUES (?, ?, ?, ?, '[]', 'analyst') "
                "ON CONFLICT(article_id, theme) DO UPDATE SET tagged = excluded.tagged",
                [article_id, theme, float(tagged), tagged],
            )
        db.execute(
            "UPDATE articles SET off_topic = ? WHERE id = ?",
            [int(not any(labels.values())), article_id],
        )
    return labels


def corrections(db: sqlite_utils.Database) -> list[Example]:
    """The analyst's corrections as training examples."""
    rows = db.execute(
        f"SELECT {ARTICLE_TEXT_SQL}, c.cooperation, c.security FROM theme_corrections c "
        "JOIN articles a ON a.id = c.article_id"
    ).fetchall()
    return [
        Example(text, {"cooperation": cooperation, "security": security})
        for text, cooperation, security in rows
    ]
