"""Whether a database still holds every table and column this version's migrations make.

The database is the user's file: a table renamed or a column dropped in the sqlite3 shell or
another tool leaves the schema version as it was, so nothing said so, `monitor doctor` called
the file healthy, and each command that reached the missing part failed with SQLite's bare "no
such table". `monitor doctor` names what is missing, against a database migrated in memory
(a tenth of a second, paid by doctor alone).
"""

import functools
import sqlite3

from .migrations import migrate


def missing_parts(conn: sqlite3.Connection) -> list[str]:
    """'table digests', 'column articles.author': what this version's schema has and the
    database lacks (an empty list for a whole one)."""
    present = _tables(conn)
    missing = []
    for table, columns in _expected().items():
        if table not in present:
            missing.append(f"table {table}")
        else:
            missing += [
                f"column {table}.{column}" for column in columns if column not in present[table]
            ]
    return missing


@functools.cache
def _expected() -> dict[str, tuple[str, ...]]:
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn)
        return {table: tuple(sorted(columns)) for table, columns in _tables(conn).items()}
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> dict[str, set[str]]:
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        name: {row[1] for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", [name])}
        for name in names
    }
