"""One window per database: a lock file beside the database, held with the system's file
lock for as long as the GUI runs.

``wfh-desktop.sqlite3.lock`` holds the process id, host and start time of its owner, for
the message a second window shows.  The operating system releases the lock when the
process ends, however it ends, so the lock of a process that died (a crash, a power cut)
is simply taken over by the next start.  The command line does not take the lock; it asks
:func:`owner` whether a window has the database open.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
from pathlib import Path

from .i18n import t

LOCK_SUFFIX = ".lock"
INFO_SIZE = 512  # the owner's description is written at the start of the file
WINDOWS_LOCK_OFFSET = 1 << 20  # the byte locked on Windows, past the description


class AlreadyOpen(Exception):
    """Another WFH Desktop window has the database open."""

    def __init__(self, db_path, owner: dict):
        self.path = str(db_path)
        self.owner = owner
        super().__init__(t("{path} is already open in another WFH Desktop window (process "
                           "{pid} on {host}). Switch to that window, or close it and start "
                           "again.", path=self.path, pid=owner.get("pid", "?"),
                           host=owner.get("host", "?")))


def lock_path(db_path) -> Path:
    return Path(f"{db_path}{LOCK_SUFFIX}")


def _describe() -> bytes:
    info = {"pid": os.getpid(), "host": socket.gethostname(),
            "since": dt.datetime.now().isoformat(timespec="seconds")}
    return json.dumps(info).encode("utf-8")[:INFO_SIZE].ljust(INFO_SIZE, b" ")


def _read_info(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, INFO_SIZE)
        info = json.loads(data.decode("utf-8", errors="replace").strip() or "{}")
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int, shared: bool = False) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    _OPEN_FLAGS = os.O_RDWR | getattr(os, "O_BINARY", 0)
else:
    import fcntl

    def _try_lock(fd: int, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _OPEN_FLAGS = os.O_RDWR


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


class InstanceLock:
    """``InstanceLock(db_path).acquire()`` or :class:`AlreadyOpen`; ``release()`` at the end
    (also as a context manager)."""

    def __init__(self, db_path):
        self.db_path = str(db_path)
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "InstanceLock":
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(10):
            fd = os.open(self.path, _OPEN_FLAGS | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                info = _read_info(fd)
                os.close(fd)
                raise AlreadyOpen(self.db_path, info)
            # the previous owner may have removed the file between our open and our lock
            if os.name != "nt" and not _same_file(fd, self.path):
                _unlock(fd)
                os.close(fd)
                continue
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, _describe())
            self._fd = fd
            return self
        raise AlreadyOpen(self.db_path, {})

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name != "nt":
            # removed while still held: a process waiting on the old file notices the change
            try:
                self.path.unlink()
            except OSError:
                pass
        _unlock(fd)
        os.close(fd)
        if os.name == "nt":  # pragma: no cover
            try:
                self.path.unlink()
            except OSError:
                pass  # another process has it open: it stays, unlocked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return False


def owner(db_path) -> dict | None:
    """The owner of the lock of *db_path* (``pid``, ``host``, ``since``) while a window
    has the database open, else None.  Never creates the lock file."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if _try_lock(fd, shared=True):
            _unlock(fd)
            return None
        return _read_info(fd) or {"pid": "?", "host": "?"}
    finally:
        os.close(fd)
