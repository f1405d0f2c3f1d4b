"""Opening the database file: pragmas, named migrations, a copy before migrating."""
from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path


from .database import Database
from .migrations import MIGRATIONS
from .transaction import Connection, transaction


class StorageError(Exception):
    """A database file that cannot be used as it is."""


class NewerDatabaseError(StorageError):
    """The file was written by a newer version of the program."""

    def __init__(self, path, unknown):
        self.path = str(path)
        self.unknown = list(unknown)
        super().__init__(
            f"{path}: written by a newer version of WFH Desktop "
            f"(unknown migrations: {', '.join(self.unknown)})"
        )


class NotADatabaseError(StorageError):
    def __init__(self, path, reason):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: not a WFH Desktop database ({reason})")


MIGRATIONS_TABLE = "_migrations"
BUSY_TIMEOUT_MS = 5000


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=Connection
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def applied_migrations(db: Database) -> list[str]:
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")]


def pending_migrations(db: Database) -> list[str]:
    done = set(applied_migrations(db))
    return [name for name, _ in MIGRATIONS if name not in done]


def backup_to(db: Database, target: str | Path) -> Path:
    """Copy the live database to *target* with SQLite's online backup API."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at *path*.

    WAL journal, foreign keys on and a busy timeout.  Before pending migrations run on a
    file that already holds data, a copy ``<name>.before-<migration>-<stamp>.bak`` is
    written next to it.  A file that records migrations this version does not know was
    written by a newer version and is refused.
    """
    spath = str(path)
    if spath != ":memory:":
        p = Path(spath)
        p.parent.mkdir(parents=True, exist_ok=True)
        if p.exists() and p.stat().st_size > 0:
            with open(p, "rb") as fh:
                head = fh.read(16)
            if head != b"SQLite format 3\x00":
                raise NotADatabaseError(spath, "the file is not an SQLite database")
    try:
        conn = _connect(spath)
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(spath, str(exc)) from exc
    db = Database(conn)
    try:
        done = applied_migrations(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotADatabaseError(spath, str(exc)) from exc
    known = {name for name, _ in MIGRATIONS}
    unknown = [n for n in done if n not in known]
    if unknown:
        conn.close()
        raise NewerDatabaseError(spath, unknown)
    if migrate:
        migrate_database(db, spath)
    return db


def migrate_database(db: Database, path: str = ":memory:") -> list[str]:
    pending = pending_migrations(db)
    if not pending:
        return []
    if path != ":memory:" and db.table_names():
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(db, Path(path).with_name(f"{Path(path).name}.before-{pending[0]}-{stamp}.bak"))
    steps = dict(MIGRATIONS)
    for name in pending:
        with transaction(db):  # one transaction per migration, recorded with it
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            steps[name](db)
            db.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                [name, _dt.datetime.now().isoformat(timespec="seconds")],
            )
    return pending
