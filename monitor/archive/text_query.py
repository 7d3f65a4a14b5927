"""A full-text query as the archive reads it: which index answers it, the expression that index
is given, and the check that it will run there.

`monitor search`, an alert rule's `query:` and `export --alert` all ask `text_index`, and the
rule is checked when feeds.yaml loads by running that same expression on empty tables with the
columns and tokenizers of the real indexes: a check on any other table passed queries that then
failed at every pass ("text: Taiwan", a column only the check's table had) and refused ones the
archive runs ("title: Taiwan").
"""

import sqlite3
from dataclasses import dataclass

from .cjk_search import COLUMNS as CJK_COLUMNS
from .cjk_search import TABLE as CJK_INDEX
from .segment import match_expression

ENGLISH_INDEX = "articles_fts"
# Each index's columns and tokenizer: the English one's as migration 1 made it.
_COLUMNS = {
    ENGLISH_INDEX: "title, summary, content, full_text, tokenize='porter'",
    CJK_INDEX: CJK_COLUMNS,
}


@dataclass(frozen=True)
class TextIndex:
    """The full-text index that answers a query, the query as that index reads it, and the
    column of `articles a` its rows name."""

    table: str
    expression: str
    article_column: str
    index_column: str

    @property
    def joined(self) -> str:
        return f"a.{self.article_column} = {self.table}.{self.index_column}"

    @property
    def condition(self) -> str:
        return (
            f"a.{self.article_column} IN (SELECT {self.index_column} FROM {self.table} "
            f"WHERE {self.table} MATCH ?)"
        )


def text_index(query: str) -> TextIndex:
    """English (any non-CJK) text is in `articles_fts`; CJK text in an index of its own, of
    character pairs, which reads the query turned into pairs (cjk_search.py)."""
    if cjk_query := match_expression(query):
        return TextIndex(CJK_INDEX, cjk_query, "id", "article_id")
    return TextIndex(ENGLISH_INDEX, query, "rowid", "rowid")


def check_text_query(query: str) -> None:
    """ValueError with SQLite's reason when the archive could not run `query`; microseconds,
    on an empty in-memory copy of the index that would answer it."""
    index = text_index(query)
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE {index.table} USING fts5({_COLUMNS[index.table]})")
        conn.execute(
            f"SELECT * FROM {index.table} WHERE {index.table} MATCH ?", [index.expression]
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise ValueError(f"not valid full-text search syntax: {exc} (got {query!r})") from None
    finally:
        conn.close()
