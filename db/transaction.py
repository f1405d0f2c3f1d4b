"""One transaction around a multi-step write; nested calls become savepoints."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager


class Connection(sqlite3.Connection):
    """A connection whose ``with conn:`` does not commit inside our transaction.

    sqlite-utils wraps its writes in ``with db.conn:``, which would commit an outer
    transaction halfway.  Inside :func:`transaction` that block is a no-op and the outer
    transaction decides.
    """

    depth = 0

    def __enter__(self):
        if self.depth:
            return self
        return super().__enter__()

    def __exit__(self, exc_type, exc, tb):
        if self.depth:
            return False
        return super().__exit__(exc_type, exc, tb)


@contextmanager
def transaction(db):
    """``with transaction(db):`` runs the block in one transaction (or a savepoint)."""
    conn = db.conn
    depth = getattr(conn, "depth", 0)
    if depth:
        name = f"sp{depth}"
        conn.execute(f"SAVEPOINT {name}")
        conn.depth = depth + 1
        try:
            yield db
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")
        finally:
            conn.depth = depth
    else:
        conn.execute("BEGIN IMMEDIATE")
        conn.depth = 1
        try:
            yield db
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            conn.depth = 0
