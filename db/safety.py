"""SQL of the file's safety: integrity checks, read-only opening, copies of a whole file.

Checks open the file read-only (``mode=ro``), so that checking a damaged file never writes
to it: a read-write connection would checkpoint the WAL into the file when it closes.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .connection import MIGRATIONS_TABLE, BUSY_TIMEOUT_MS, NotADatabaseError
from .database import Database
from .transaction import Connection

SQLITE_MAGIC = b"SQLite format 3\x00"


def _read_only_uri(path: str | Path, settled: bool = False) -> str:
    """``file:`` URI of *path* with ``mode=ro`` (a Windows UNC path keeps its two leading
    slashes inside the URI's path, as SQLite wants it).

    A *settled* file (a backup: nobody writes to it) without a WAL beside it is opened
    ``immutable``, which leaves no ``-wal`` and ``-shm`` files behind."""
    text = os.path.abspath(str(path))
    if os.name == "nt":
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            text = "/" + text  # C:/x -> /C:/x
    query = "immutable=1" if settled and not os.path.exists(f"{path}-wal") else "mode=ro"
    return "file://" + quote(text, safe="/:") + "?" + query


def connect_read_only(path: str | Path, *, settled: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to *path* (nor create it); see :func:`_read_only_uri`
    for *settled*."""
    conn = sqlite3.connect(_read_only_uri(path, settled), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level=None, factory=Connection)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_read_only(path: str | Path) -> Database:
    """The database at *path* for reading only (no migrations, no pragmas that write)."""
    return Database(connect_read_only(path))


def has_sqlite_header(path: str | Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def check_problems(path: str | Path, *, quick: bool = True, limit: int = 20,
                   settled: bool = False) -> list[str]:
    """What ``PRAGMA quick_check`` (or ``integrity_check``) finds wrong in *path*, at most
    *limit* lines; an empty list when the file is sound.  A file SQLite cannot even read
    gives the error it raised as the one problem."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = connect_read_only(path, settled=settled)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [str(r) for r in rows]


def recorded_migrations(path: str | Path, *, settled: bool = False) -> list[str]:
    """The migrations recorded in the file at *path* (read-only).

    :class:`NotADatabaseError` when the file is not SQLite or has no migrations table (not
    written by WFH Desktop).
    """
    spath = str(path)
    if not has_sqlite_header(path):
        raise NotADatabaseError(spath, "the file is not an SQLite database")
    try:
        conn = connect_read_only(path, settled=settled)
    except sqlite3.Error as exc:
        raise NotADatabaseError(spath, str(exc)) from exc
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if MIGRATIONS_TABLE not in tables:
            raise NotADatabaseError(spath, "the file holds no WFH Desktop data")
        return [r[0] for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")]
    except sqlite3.Error as exc:
        raise NotADatabaseError(spath, str(exc)) from exc
    finally:
        conn.close()


def copy_file_database(source: str | Path, target: str | Path, *,
                       settled: bool = False) -> None:
    """Copy the database at *source* (opened read-only) into *target* with SQLite's backup
    API.  *target* may be a live database: the copy is written in one transaction of its
    own, so a reader sees the old file or the new one, and a crash leaves the old one."""
    src = connect_read_only(source, settled=settled)
    try:
        dest = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dest.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()

