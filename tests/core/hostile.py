"""Helpers of the hostile-input tests: a guard against hangs and a dump of the database."""
from __future__ import annotations

import contextlib
import signal


class Hang(BaseException):
    """A call ran longer than its guard allows (BaseException: no ``except Exception`` in
    the code under test swallows it)."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise :class:`Hang` in the block after *seconds* (POSIX, main thread).  A guard
    against a hang, far above what the call needs, not a measure of speed."""
    def alarm(_signum, _frame):
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def dump(db) -> list[str]:
    """Every table's schema and rows, to compare a database before and after a call."""
    return list(db.conn.iterdump())
