"""Opening the database for the command line and the GUI (which never imports ``db``)."""
from __future__ import annotations

from pathlib import Path

import db as _db
from db import NewerDatabaseError, NotADatabaseError, StorageError

from .i18n import t
from .paths import default_database

__all__ = ["StorageError", "open_database", "storage_message", "default_database"]


def open_database(path: str | Path | None = None):
    """Open and migrate the database at *path* (default: the per-user data folder)."""
    return _db.open_database(Path(path) if path else default_database())


def storage_message(exc: StorageError) -> str:
    """What to tell the user about a database file that cannot be used."""
    if isinstance(exc, NewerDatabaseError):
        return t("{path}: this database was written by a newer version of WFH Desktop; install "
                 "the newer version (unknown changes: {names})", path=exc.path,
                 names=", ".join(exc.unknown))
    if isinstance(exc, NotADatabaseError):
        return t("{path}: not a WFH Desktop database ({reason})", path=exc.path,
                 reason=t(exc.reason))
    return str(exc)
