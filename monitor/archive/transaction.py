"""Write transactions that wait their turn.

A deferred transaction (SQLite's default, and sqlite-utils' `atomic()`) that reads before it
writes cannot wait for the write lock: when another connection holds it, the upgrade fails at
once with "database is locked", whatever the busy timeout. `BEGIN IMMEDIATE` takes the write
lock first, so a writer queues for up to the busy timeout and then works on a stable view.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Everything inside commits together or not at all; nested blocks join the outer one."""
    if db.conn.in_transaction:
        with db.atomic():  # a savepoint inside the transaction already holding the lock
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
