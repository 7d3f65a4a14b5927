"""The CJK search index, `articles_cjk_fts`: every article with CJK text in it, as character
pairs (segment.py), beside the English index `articles_fts`.

The English index keeps itself in step by triggers; this one cannot, since its text is made in
Python, so the store adds each new article's row as it saves the article (articles are never
edited or deleted), and migration 11 adds the rows of articles stored before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.cjk_script import has_cjk
from .segment import index_text

if TYPE_CHECKING:
    import sqlite_utils

TABLE = "articles_cjk_fts"
TEXT_COLUMNS = ("title", "summary", "content", "full_text")


def create_index(db: sqlite_utils.Database) -> None:
    """The table, and the rows of the articles already stored."""
    db.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(article_id UNINDEXED, text, "
        "tokenize = 'porter unicode61')"
    )
    columns = ", ".join(TEXT_COLUMNS)
    for article_id, *texts in db.execute(f"SELECT id, {columns} FROM articles").fetchall():
        index_article(db, article_id, texts)


def index_article(db: sqlite_utils.Database, article_id: str, texts: list[Any]) -> None:
    """Add an article's row when any of its texts (title, summary, content, full text) holds
    CJK characters; the caller holds the transaction."""
    text = "\n".join(str(part) for part in texts if part)
    if has_cjk(text):
        db.execute(
            f"INSERT INTO {TABLE} (article_id, text) VALUES (?, ?)", [article_id, index_text(text)]
        )
