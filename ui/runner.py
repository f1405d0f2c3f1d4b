"""The one path to run a core operation from the GUI (after Anki's ``CollectionOp``).

:func:`run_in_background` calls ``fn(db)`` on a worker thread with a connection of its own
(an SQLite connection must not cross threads), shows a busy dialog when the work takes more
than :data:`PROGRESS_DELAY_MS`, reports a failure in one place (:func:`report_error`, which
tests replace), and on success tells the views what changed (``ctx.notify(kind)``) and calls
``on_done(result)`` on the GUI thread.  :func:`run_now` is the same path for small edits
that run on the GUI thread with ``ctx.db``.

Messages of the core (``InvalidRecord``, ``ImportRejected``, ``FileError``, ...) are already
in the user's language; they are shown as plain text.
"""
from __future__ import annotations

import logging
import traceback
from typing import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from wfh_desktop import accounts
from wfh_desktop.database import StorageError, open_database, storage_message

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300

_active: set["Task"] = set()


def error_text(exc: BaseException) -> str:
    """What to tell the user about *exc*, as plain text."""
    if isinstance(exc, StorageError):
        return storage_message(exc)
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])  # the core's "staff member not found", not its repr
    if type(exc).__module__.split(".")[0] == "wfh_desktop" or isinstance(exc, ValueError):
        return str(exc)
    if isinstance(exc, OSError):
        name = exc.filename or ""
        reason = exc.strerror or str(exc)
        return f"{name}: {reason}" if name else reason
    text = QCoreApplication.translate("Runner", "Unexpected error ({kind}): {message}")
    return text.format(kind=type(exc).__name__, message=str(exc))


def show_error_box(parent: QWidget | None, text: str) -> None:
    title = QCoreApplication.translate("Runner", "WFH Desktop")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      _alive(parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message box showing *text* as plain text: a message may quote a file (a name, a
    header, a sender) that looks like HTML, which the static QMessageBox functions render."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, _alive(parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# The single place where failures are shown.  Tests replace it:
# ``monkeypatch.setattr(runner, "report_error", lambda parent, text: seen.append(text))``.
report_error: Callable[[QWidget | None, str], None] = show_error_box


def _alive(widget):
    return widget if widget is not None and shiboken6.isValid(widget) else None


def report_exception(parent, exc: BaseException, tb: str = "") -> None:
    """Log an unexpected exception and show *exc* through :func:`report_error`."""
    if not (type(exc).__module__.split(".")[0] == "wfh_desktop"
            or isinstance(exc, (StorageError, ValueError, KeyError, OSError))):
        log.error("unexpected error in a GUI operation\n%s", tb or traceback.format_exc())
    report_error(_alive(parent), error_text(exc))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int)


class Task(QObject):
    """One core operation running on a worker thread.

    ``finished(ok)`` is emitted last, on the GUI thread, after the views were told what
    changed and ``on_done`` or the error report ran.  ``result`` and ``error`` hold the
    outcome.
    """

    finished = Signal(bool)

    def __init__(self, parent, ctx, label: str, fn, on_done=None,
                 changes: Iterable[str] = ("staff",), on_error=None):
        super().__init__()
        self.parent_widget = parent
        self.ctx = ctx
        self.label = label
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.changes = tuple(changes)
        self.account = accounts.current(ctx.db)  # the worker writes as the same account
        self.result = None
        self.error: BaseException | None = None
        self.running = False
        self.progress: QProgressDialog | None = None
        self.step: tuple[int, int] | None = None  # the last (done, total) reported
        self._signals = _Signals()
        self._signals.done.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._finish_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._show_step, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "Task":
        self.running = True
        _active.add(self)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        QThreadPool.globalInstance().start(self._work)
        return self

    # worker thread ---------------------------------------------------------------
    def report_progress(self, done: int, total: int) -> None:
        """Called by the work on its thread: the dialog shows *done* of *total*."""
        self._signals.progressed.emit(done, total)

    def _work(self) -> None:
        try:
            db = open_database(self.ctx.db_path)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self._signals.failed.emit(exc, traceback.format_exc())
            return
        try:
            accounts.use_account(db, self.account)
            result = self.fn(db)
        except BaseException as exc:  # noqa: BLE001
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.done.emit(result)
        finally:
            db.conn.close()

    # GUI thread ------------------------------------------------------------------
    def _show_progress(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.label, "", 0, 0, _alive(self.parent_widget))
        dialog.setWindowTitle(QCoreApplication.translate("Runner", "Please wait"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        if self.step is not None:
            self._show_step(*self.step)
        dialog.show()

    @Slot(int, int)
    def _show_step(self, done: int, total: int) -> None:
        self.step = (done, total)
        if self.progress is not None and shiboken6.isValid(self.progress) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        self.running = False
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None

    @Slot(object)
    def _finish_ok(self, result) -> None:
        self._close_progress()
        self.result = result
        ok = True
        try:
            for kind in self.changes:
                self.ctx.notify(kind)
            if self.on_done is not None and self._parent_alive():
                self.on_done(result)
        except Exception as exc:  # noqa: BLE001 - a view failed to refresh: say so once
            self.error = exc
            ok = False
            report_exception(self.parent_widget, exc)
        self._end(ok)

    @Slot(object, str)
    def _finish_failed(self, exc, tb: str) -> None:
        self._close_progress()
        self.error = exc
        try:
            if self.on_error is not None:
                if self._parent_alive():
                    self.on_error(exc)
            else:
                report_exception(self.parent_widget, exc, tb)
        finally:
            self._end(False)

    def _parent_alive(self) -> bool:
        """False once the widget that started the work was deleted (a closed dialog):
        its callbacks would touch a dead object."""
        return self.parent_widget is None or shiboken6.isValid(self.parent_widget)

    def _end(self, ok: bool) -> None:
        _active.discard(self)
        self.finished.emit(ok)


def run_in_background(parent, ctx, label: str, fn: Callable, on_done: Callable | None = None,
                      changes: Iterable[str] = ("staff",), on_error: Callable | None = None,
                      progress: bool = False) -> Task:
    """Run ``fn(db)`` off the GUI thread; see the module docstring.

    *on_error*, when given, receives the exception instead of :func:`report_error` (the
    import dialog shows an unreadable file inside itself).  With *progress* the work is
    called as ``fn(db, report)`` and ``report(done, total)`` (safe from the worker thread)
    turns the busy dialog into a progress bar.  Returns the started :class:`Task`; wait
    for ``task.finished``.
    """
    task = Task(parent, ctx, label, fn, on_done, changes, on_error)
    if progress:
        task.fn = lambda db: fn(db, task.report_progress)
    return task.start()


def run_now(parent, ctx, fn: Callable, changes: Iterable[str] = ("staff",)):
    """Run a small edit ``fn(ctx.db)`` on the GUI thread through the same error path.

    Returns ``(True, result)`` or ``(False, None)`` after the error was reported.
    """
    try:
        result = fn(ctx.db)
    except Exception as exc:  # noqa: BLE001 - reported in the one place
        report_exception(parent, exc)
        return False, None
    for kind in changes:
        ctx.notify(kind)
    return True, result


def running_tasks() -> int:
    return len(_active)


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Block until every worker finished (before the database is closed at exit)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
