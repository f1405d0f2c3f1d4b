"""Copies of the database file: automatic daily backups, a backup on request, a restore.

Automatic backups are written with SQLite's backup API into ``backups/`` beside the
database, one per calendar day of use (``wfh-desktop-2020-03-23.sqlite3`` for
``wfh-desktop.sqlite3``), before the first change of the day.  The newest ``keep_days``
of them are kept (a setting in the database, 14 by default); older ones are deleted.

A restore checks the chosen file first (``PRAGMA integrity_check``, a WFH Desktop
database, not from a newer version), keeps a copy of the current database in ``backups/``
(``...-before-restore-20200323-101500.sqlite3``), then copies the file into the live
database with the backup API: one transaction, so a crash leaves the old database whole.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import db as store
from db import register as settings_sql
from db import safety as sql

from .accounts import action
from .i18n import language, t

KEEP_DAYS_KEY = "backup.keep_days"
DEFAULT_KEEP_DAYS = 14
MIN_KEEP_DAYS, MAX_KEEP_DAYS = 1, 365
BACKUP_FOLDER = "backups"
DEFAULT_SUFFIX = ".sqlite3"


class RestoreRefused(Exception):
    """A file that cannot be restored (damaged, not ours, from a newer version, ...)."""

    def __init__(self, path, message: str):
        self.path = str(path)
        super().__init__(message)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    day: dt.date
    size: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    target: Path
    kept: Path | None  # the copy of the database as it was before the restore


# --- names and places -------------------------------------------------------------------

def backup_folder(db_path) -> Path:
    """``backups/`` beside the database file."""
    return Path(os.path.abspath(str(db_path))).parent / BACKUP_FOLDER


def _stem_and_suffix(db_path) -> tuple[str, str]:
    p = Path(str(db_path))
    return (p.stem, p.suffix) if p.suffix else (p.name, DEFAULT_SUFFIX)


def daily_backup_path(db_path, day: dt.date) -> Path:
    stem, suffix = _stem_and_suffix(db_path)
    return backup_folder(db_path) / f"{stem}-{day.isoformat()}{suffix}"


def _daily_pattern(db_path) -> re.Pattern:
    stem, suffix = _stem_and_suffix(db_path)
    return re.compile(re.escape(stem) + r"-(\d{4}-\d{2}-\d{2})" + re.escape(suffix) + "$")


def list_backups(db_path) -> list[BackupFile]:
    """The automatic backups of the database at *db_path*, newest first."""
    folder = backup_folder(db_path)
    pattern = _daily_pattern(db_path)
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        try:
            day = dt.date.fromisoformat(match.group(1))
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupFile(entry, day, size))
    out.sort(key=lambda b: b.day, reverse=True)
    return out


def newest_backup(db_path) -> BackupFile | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def format_size(size: int, lang: str | None = None) -> str:
    """``812 bytes``, ``34.5 KB``, ``1.2 MB`` (with a decimal comma in Indonesian)."""
    if size < 1024:
        return t("{n} bytes", n=size)
    value, unit = size / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    text = f"{value:.1f}"
    if (lang or language()) == "id":
        text = text.replace(".", ",")
    return f"{text} {unit}"


# --- the setting ------------------------------------------------------------------------

def keep_days(db) -> int:
    """How many daily backups are kept (the stored setting, else 14)."""
    value = settings_sql.get_setting(db, KEEP_DAYS_KEY, DEFAULT_KEEP_DAYS)
    if isinstance(value, int) and not isinstance(value, bool) \
            and MIN_KEEP_DAYS <= value <= MAX_KEEP_DAYS:
        return value
    return DEFAULT_KEEP_DAYS


@action("settings")
def set_keep_days(db, days) -> int:
    """Store how many daily backups to keep; :class:`ValueError` outside 1..365."""
    try:
        number = int(str(days).strip())
    except ValueError:
        number = None
    if number is None or not MIN_KEEP_DAYS <= number <= MAX_KEEP_DAYS:
        raise ValueError(t("the number of days to keep backups must be a whole number from "
                           "{low} to {high}, not {value}", low=MIN_KEEP_DAYS,
                           high=MAX_KEEP_DAYS, value=days))
    with store.transaction(db):
        settings_sql.set_setting(db, KEEP_DAYS_KEY, number)
    return number


# --- writing copies ---------------------------------------------------------------------

def _same_file(a, b) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(str(a)) == os.path.abspath(str(b))


def _write_copy(db, target: Path) -> Path:
    """A consistent copy of *db* at *target*, written under a temporary name first so that
    *target* is either the old file or the whole new copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    _remove_quietly(partial)
    try:
        store.backup_to(db, partial)
        os.replace(partial, target)
    except BaseException:
        _remove_quietly(partial)
        raise
    return target


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def daily_backup(db, db_path, *, today: dt.date | None = None) -> Path | None:
    """Today's automatic backup of *db* (kept at *db_path*), unless one exists already;
    then older ones beyond :func:`keep_days` are deleted.  The path written, or None."""
    if str(db_path) == ":memory:":
        return None
    today = today or dt.date.today()
    target = daily_backup_path(db_path, today)
    if target.exists():
        return None
    _write_copy(db, target)
    prune(db_path, keep_days(db))
    return target


def prune(db_path, keep: int) -> list[Path]:
    """Delete the automatic backups beyond the newest *keep*; the paths deleted."""
    deleted = []
    for old in list_backups(db_path)[max(keep, 1):]:
        try:
            old.path.unlink()
        except OSError:
            continue
        deleted.append(old.path)
    return deleted


def backup_now(db, target, *, db_path=None) -> tuple[Path, int]:
    """``wfh-desktop backup -o FILE``: a copy of *db* at *target*; (path, size in bytes).

    :class:`ValueError` when *target* is the database itself.
    """
    target = Path(target)
    if db_path is not None and str(db_path) != ":memory:" and target.exists() \
            and _same_file(target, db_path):
        raise ValueError(t("{path} is the database itself; choose another file name",
                           path=target))
    try:
        _write_copy(db, target)
    except OSError as exc:
        raise ValueError(t("cannot write the file {path}: {reason}", path=target,
                           reason=exc.strerror or str(exc))) from exc
    return target, target.stat().st_size


# --- checking and restoring -------------------------------------------------------------

def check_backup(path) -> list[str]:
    """Check that the file at *path* can be restored: it exists, passes ``PRAGMA
    integrity_check``, is a WFH Desktop database and is not from a newer version.  Returns
    the migrations it records; :class:`RestoreRefused` with the reason otherwise."""
    from db.migrations import MIGRATIONS

    p = Path(path)
    if not p.is_file():
        raise RestoreRefused(p, t("{path}: the file does not exist", path=p))
    if not sql.has_sqlite_header(p):
        raise RestoreRefused(p, t("{path}: not a WFH Desktop database ({reason})", path=p,
                                  reason=t("the file is not an SQLite database")))
    problems = sql.check_problems(p, quick=False, settled=True)
    if problems:
        raise RestoreRefused(p, t("{path}: the file is damaged ({problem}); it cannot be "
                                  "restored", path=p, problem=problems[0]))
    try:
        done = sql.recorded_migrations(p, settled=True)
    except store.NotADatabaseError as exc:
        raise RestoreRefused(p, t("{path}: not a WFH Desktop database ({reason})", path=p,
                                  reason=t(exc.reason))) from exc
    known = {name for name, _ in MIGRATIONS}
    unknown = [n for n in done if n not in known]
    if unknown:
        raise RestoreRefused(p, t("{path}: this backup was written by a newer version of WFH "
                                  "Desktop; install the newer version to restore it (unknown "
                                  "changes: {names})", path=p, names=", ".join(unknown)))
    if not done:
        raise RestoreRefused(p, t("{path}: not a WFH Desktop database ({reason})", path=p,
                                  reason=t("the file holds no WFH Desktop data")))
    return done


def _keep_current(db_path: Path, now: dt.datetime) -> Path | None:
    """Copy the database as it is before a restore into ``backups/``; a damaged file that
    SQLite cannot copy is copied byte for byte (with its WAL)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stem, suffix = _stem_and_suffix(db_path)
    kept = backup_folder(db_path) / f"{stem}-before-restore-{now:%Y%m%d-%H%M%S}{suffix}"
    kept.parent.mkdir(parents=True, exist_ok=True)
    partial = kept.with_name(f".{kept.name}.partial")
    _remove_quietly(partial)
    try:
        sql.copy_file_database(db_path, partial)
        os.replace(partial, kept)
    except sqlite3.Error:
        _remove_quietly(partial)
        shutil.copy2(db_path, kept)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{kept}-wal"))
    return kept


def restore(db_path, source, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database at *db_path* by the backup *source*.

    The caller closes its own connections first (the GUI closes the window afterwards;
    ``wfh-desktop restore`` refuses while the GUI has the database open).  Raises
    :class:`RestoreRefused` when the file fails :func:`check_backup`; the current database
    is untouched then.
    """
    db_path, source = Path(db_path), Path(source)
    if str(db_path) == ":memory:":
        raise RestoreRefused(db_path, t("a database in memory cannot be restored"))
    check_backup(source)
    if db_path.exists() and _same_file(source, db_path):
        raise RestoreRefused(source, t("{path} is the database itself; choose a backup",
                                       path=source))
    kept = _keep_current(db_path, now or dt.datetime.now())
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        sql.copy_file_database(source, db_path, settled=True)
    except sqlite3.DatabaseError:
        # the live file is too damaged for SQLite to write into: put a whole copy beside
        # it and move it into place in one step (the damaged file was kept above)
        fresh = db_path.with_name(f".{db_path.name}.restoring")
        _remove_quietly(fresh)
        try:
            sql.copy_file_database(source, fresh, settled=True)
            for extra in ("-wal", "-shm", "-journal"):
                Path(f"{db_path}{extra}").unlink(missing_ok=True)
            os.replace(fresh, db_path)
        finally:
            _remove_quietly(fresh)
    # a backup of an older version is brought up to date now (with its own copy first)
    store.open_database(db_path).close()
    return RestoreResult(source, db_path, kept)
