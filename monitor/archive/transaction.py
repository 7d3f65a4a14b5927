"""Write transactions that wait their turn.

A deferred transaction (SQLite's default, and sqlite-utils' `atomic()`) that reads before it
writes cannot wait for the write lock: when another connection holds it, the upgrade fails at
once with "database is locked", whatever the busy timeout. `BEGIN IMMEDIATE` takes the write
lock first, so a writer queues for up to the busy timeout and then works on a stable view.

It works on the plain connection (`db.conn` for a sqlite-utils Database), so that a pass with
nothing new can keep its books without loading sqlite-utils.
"""

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Everything inside commits together or not at all; nested blocks join the outer one."""
    if conn.in_transaction:
        with _savepoint(conn):  # inside the transaction already holding the lock
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"monitor_{secrets.token_hex(8)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # A failure such as a RAISE(ROLLBACK) trigger can end the whole transaction, savepoint
        # and all: cleaning up then would hide the first error behind "no such savepoint".
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {name}")
