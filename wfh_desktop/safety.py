"""Opening the database safely, for the command line and the GUI alike.

:func:`open_checked` runs ``PRAGMA quick_check`` on the file (read-only) before anything
writes to it.  A damaged file is never written to: a command that would write is refused
with :class:`DatabaseDamaged`, whose message names the file and the newest backup to
restore; a command that only reads gets a read-only connection and a warning.  A sound
file is opened (and migrated) as usual and today's automatic backup is written.  A file on
a network share gives a warning: SQLite's locking is not reliable there.
"""
from __future__ import annotations

import os
import shlex
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from db import safety as sql

from . import backup
from .database import open_database
from .i18n import t
from .paths import default_database

# file systems reached over the network (Linux /proc/mounts names)
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "ceph",
                       "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2"}
DRIVE_REMOTE = 4  # GetDriveTypeW


class DatabaseDamaged(Exception):
    """The database file fails ``PRAGMA quick_check``."""

    def __init__(self, path, problems: list[str], newest: backup.BackupFile | None,
                 explicit_path: bool = True):
        self.path = str(path)
        self.problems = list(problems)
        self.newest = newest
        self.explicit_path = explicit_path
        super().__init__(self.message("refused"))

    def restore_command(self, source: str | None = None) -> str:
        """``wfh-desktop [--db FILE] restore BACKUP``, quoted for a shell where needed."""
        parts = ["wfh-desktop"]
        if self.explicit_path:
            parts += ["--db", _quote(self.path)]
        parts += ["restore", _quote(source) if source else "FILE"]
        return " ".join(parts)

    def advice(self) -> str:
        if self.newest is not None:
            return t("The newest backup is {backup} (of {date}). Restore it with:\n  {command}",
                     backup=self.newest.path, date=self.newest.day.isoformat(),
                     command=self.restore_command(str(self.newest.path)))
        return t("No backup of it was found in {folder}. Restore a copy you kept with:\n"
                 "  {command}", folder=backup.backup_folder(self.path),
                 command=self.restore_command())

    def message(self, mode: str = "refused") -> str:
        """*mode*: ``refused`` (a command that would write), ``read_only`` (a command that
        only reads) or ``gui``."""
        head = t("{path}: the database file is damaged ({problem}).", path=self.path,
                 problem=self.problems[0] if self.problems else "?")
        if mode == "refused":
            what = t("Nothing was written to it.")
        elif mode == "read_only":
            what = t("It is opened read-only; what is shown may be incomplete.")
        else:
            what = t("WFH Desktop does not open it, so that nothing more is lost.")
        return f"{head} {what}\n{self.advice()}"


def _quote(text: str) -> str:
    if os.name == "nt":
        return f'"{text}"' if any(c in text for c in ' &()^%!"') else text
    return shlex.quote(text)


@dataclass
class Session:
    """An opened database and what the user should be told about it."""
    db: object
    path: str
    read_only: bool = False
    warnings: list[str] = field(default_factory=list)
    backup: Path | None = None  # today's automatic backup, when this open wrote it


def check_on_start(path, *, explicit_path: bool = True) -> DatabaseDamaged | None:
    """``PRAGMA quick_check`` of the file at *path* (read-only); the damage, or None for a
    sound, new or empty file, or one that is not SQLite at all (opening says so)."""
    p = Path(str(path))
    if str(path) == ":memory:" or not p.is_file() or p.stat().st_size == 0 \
            or not sql.has_sqlite_header(p):
        return None
    problems = sql.check_problems(p, quick=True)
    if not problems:
        return None
    return DatabaseDamaged(p, problems, backup.newest_backup(p), explicit_path)


class BackgroundCheck:
    """:func:`check_on_start` on a thread of its own, started now: ``PRAGMA quick_check``
    waits on SQLite and the disk, not on Python, so the GUI imports its window meanwhile.
    :meth:`result` is what :func:`check_on_start` returns (or raises)."""

    def __init__(self, path, *, explicit_path: bool = True):
        self._result: DatabaseDamaged | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(path, explicit_path),
                                        name="start-check", daemon=True)
        self._thread.start()

    def _run(self, path, explicit_path: bool) -> None:
        try:
            self._result = check_on_start(path, explicit_path=explicit_path)
        except BaseException as exc:  # noqa: BLE001 - raised again by result()
            self._error = exc

    def result(self) -> DatabaseDamaged | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def open_checked(path=None, *, write: bool = True, daily_backup: bool = True,
                 today=None, check: BackgroundCheck | None = None) -> Session:
    """Open the database for a command or the GUI; see the module docstring.  *check*:
    the check of the same file, started earlier.

    Raises :class:`DatabaseDamaged` (a damaged file and *write*) and the storage errors
    of :func:`wfh_desktop.database.open_database` (not a database, newer version).
    """
    explicit = path is not None
    p = Path(str(path)) if path is not None else default_database()
    spath = str(p)
    warnings = []
    if spath != ":memory:":
        share = network_share(spath)
        if share:
            warnings.append(t("{path} is on a network share ({where}). A dropped connection "
                              "can damage the database; keep it on a disk of this PC.",
                              path=spath, where=share))
    damage = check.result() if check is not None else check_on_start(
        p, explicit_path=explicit)
    if damage is not None:
        if write:
            raise damage
        warnings.append(damage.message("read_only"))
        return Session(sql.open_read_only(p), spath, read_only=True, warnings=warnings)
    existed = spath != ":memory:" and p.is_file() and p.stat().st_size > 0
    db = open_database(p)
    session = Session(db, spath, warnings=warnings)
    if daily_backup and existed:  # a file created just now has nothing to back up
        try:
            session.backup = backup.daily_backup(db, p, today=today)
        except Exception as exc:  # noqa: BLE001 - a failed backup never stops the work
            reason = getattr(exc, "strerror", None) or str(exc)
            warnings.append(t("the automatic backup of {path} into {folder} failed: {reason}",
                              path=spath, folder=backup.backup_folder(p), reason=reason))
    return session


# --- network shares ------------------------------------------------------------------------

def _unescape_mount(text: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    return (text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _linux_network_mount(path: str, mounts: str) -> str | None:
    target = os.path.realpath(path)
    best = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = _unescape_mount(parts[0]), _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (device, point, fstype)
    if best and best[2].lower() in NETWORK_FILESYSTEMS:
        return f"{best[2]} {best[0]}"
    return None


def _windows_drive_is_remote(drive: str) -> bool:
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    except (AttributeError, OSError, ImportError):
        return False


def network_share(path, *, system: str | None = None, mounts: str | None = None,
                  drive_is_remote=None) -> str | None:
    """Where *path* lives when that is a network share (``\\\\server\\share``, a mapped
    network drive, an NFS/SMB mount), else None.  *system*, *mounts* and
    *drive_is_remote* stand in for the running system in tests."""
    system = system or ("windows" if os.name == "nt" else sys.platform)
    text = str(path)
    if system == "windows":
        if text.startswith("\\\\?\\UNC\\"):
            return "\\\\" + text[8:].split("\\")[0]
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            server = text.replace("/", "\\").lstrip("\\").split("\\")[0]
            return f"\\\\{server}"
        drive = os.path.splitdrive(os.path.abspath(text))[0] if os.name == "nt" else text[:2]
        if len(drive) == 2 and drive[1] == ":":
            remote = (drive_is_remote or _windows_drive_is_remote)(drive.upper())
            if remote:
                return t("network drive {drive}", drive=drive.upper())
        return None
    if system.startswith("linux"):
        if mounts is None:
            try:
                with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                    mounts = fh.read()
            except OSError:
                return None
        return _linux_network_mount(text, mounts)
    return None
