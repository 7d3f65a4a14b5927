"""Writing an article's analysis: language, entities, incursion counts and themes."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING

import sqlite_utils

from ..json_lines import json_text
from ..vocabulary import THEMES

if TYPE_CHECKING:
    from ..nlp.analyze import Analysis
    from ..nlp.themes import ThemeScores


def save_analysis(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Write one article's analysis, replacing any earlier one (an analyst's theme labels
    stand); the caller holds the transaction."""
    db.execute(
        "UPDATE articles SET language = ?, language_source = ?, analysis_status = ?, "
        "analysis_error = ? WHERE id = ?",
        [analysis.language, analysis.language_source, analysis.status, analysis.error,
         analysis.id],
    )  # fmt: skip
    corrected = db.execute(
        "SELECT 1 FROM theme_corrections WHERE article_id = ?", [analysis.id]
    ).fetchone()
    if analysis.themes is not None and analysis.theme_model_version and not corrected:
        save_themes(db, analysis.id, analysis.themes, analysis.theme_model_version)
    db.execute("DELETE FROM article_entities WHERE article_id = ?", [analysis.id])
    grouped: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    written: dict[str, tuple[object, ...]] = {}  # each entity's row as this article last wrote it
    for mention in analysis.mentions:
        grouped[mention.entity_id].append((mention.start, mention.text, mention.kind))
        row = (mention.in_kb, mention.canonical, mention.label, mention.description)
        if written.get(mention.entity_id) == row:
            continue  # the statement that wrote it, again: it would change nothing
        written[mention.entity_id] = row
        if mention.in_kb:
            db.execute(
                "INSERT INTO entities (id, name, type, in_kb, description) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, "
                "in_kb = 1, description = excluded.description",
                [mention.entity_id, mention.canonical, mention.label, mention.description],
            )
        else:
            db.execute(
                "INSERT OR IGNORE INTO entities (id, name, type, in_kb) VALUES (?, ?, ?, 0)",
                [mention.entity_id, mention.canonical, mention.label],
            )
    for entity_id, occurrences in grouped.items():
        surfaces = sorted({text for _, text, _ in occurrences})
        kinds = sorted({kind for _, _, kind in occurrences})
        db.execute(
            "INSERT OR REPLACE INTO article_entities (article_id, entity_id, mention_count, "
            "surface_forms_json, first_mention_offset, kinds_json) VALUES (?, ?, ?, ?, ?, ?)",
            [
                analysis.id,
                entity_id,
                len(occurrences),
                json_text(surfaces),
                min(start for start, _, _ in occurrences),
                json.dumps(kinds),
            ],
        )
    db.execute("DELETE FROM incursions WHERE article_id = ?", [analysis.id])
    for fact in analysis.incursions:
        db.execute(
            "INSERT INTO incursions (article_id, day, count, what, zone, place, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                analysis.id,
                fact.day.isoformat(),
                fact.count,
                fact.what,
                fact.zone,
                fact.place,
                fact.evidence,
            ],
        )


def save_themes(
    db: sqlite_utils.Database, article_id: str, themes: ThemeScores, model_version: str
) -> None:
    for theme in THEMES:
        terms = themes.top_terms.get(theme, ())
        db.execute(
            "INSERT OR REPLACE INTO article_themes (article_id, theme, score, tagged, "
            "top_terms_json, model_version) VALUES (?, ?, ?, ?, ?, ?)",
            [
                article_id,
                theme,
                themes.scores[theme],
                int(theme in themes.tags),
                json_text([term for term, _ in terms]),
                model_version,
            ],
        )
    db.execute(
        "UPDATE articles SET off_topic = ? WHERE id = ?", [int(themes.off_topic), article_id]
    )
