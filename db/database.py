"""The database handle: sqlite-utils' small verbs on one sqlite3 connection.

``query`` (rows as dicts), ``execute`` and ``table_names`` are what the project calls on
every path, so they are implemented here on the plain connection; ``db["table"]`` hands out
sqlite-utils' Table API, imported on first use.  Importing sqlite-utils costs about 100 ms
(it pulls in NumPy when present), which the GUI does not pay before its first paint.
"""
from __future__ import annotations

import sqlite3
from typing import Iterator


class Database:
    # the account logged in on this handle (set by wfh_desktop.accounts), None before
    account = None

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params=None) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]

    @property
    def utils(self):
        """The same connection as a ``sqlite_utils.Database``."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, table_name: str):
        return self.utils[table_name]

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"<Database {self.conn!r}>"
