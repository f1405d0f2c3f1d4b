"""Starting the GUI: the application object, the language, the database, the main window.

``wfh-desktop`` with no command calls :func:`run`.  The language is the ``lang`` argument,
else ``WFH_DESKTOP_LANG``, else the saved setting ``ui/lang``, else Indonesian.  Indonesian
loads ``resources/translations/wfh_desktop_id.qm`` (and Qt's own ``qtbase_id`` when Qt
ships it); English is the source language of every string.

Once the database is open, the log-in comes first (on a database without accounts: the
creation of its administrator); cancelling it ends the program.
``WFH_DESKTOP_QUIT_AFTER_SHOW`` (start-up tests, the frozen smoke test) skips it.
"""
from __future__ import annotations

import logging
import os
import sys
import threading

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from wfh_desktop import i18n
from wfh_desktop.database import StorageError, storage_message
from wfh_desktop.paths import resource

from . import gc_guard
from .context import AppContext

log = logging.getLogger(__name__)

APP_NAME = "WFH Desktop"
ORG_NAME = "WFH Desktop"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
SETTINGS_LANG = "ui/lang"

_installed: list[QTranslator] = []


def application() -> QApplication:
    """The running QApplication, created with our names if there is none yet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    gc_guard.install(app)  # cycles collected on this thread, never in a worker
    return app


def settings() -> QSettings:
    """The user's settings (organisation and application names of the running app)."""
    return QSettings()


def choose_language(lang: str | None = None) -> str:
    """The argument, else ``WFH_DESKTOP_LANG``, else the saved setting, else ``id``."""
    for candidate in (lang, os.environ.get("WFH_DESKTOP_LANG"),
                      settings().value(SETTINGS_LANG)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def load_translators(lang: str) -> list[QTranslator]:
    """Translators for *lang* (none for English, the source language)."""
    if lang == "en":
        return []
    out = []
    qm = resource("translations", f"wfh_desktop_{lang}.qm")
    own = QTranslator()
    if qm.is_file() and own.load(str(qm)):
        out.append(own)
    else:
        log.warning("translation %s is missing or unreadable; the GUI stays in English", qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        out.append(qt_own)
    return out


def install_translators(lang: str) -> list[QTranslator]:
    """Replace the installed translators by those of *lang*; also switch the core's
    messages (:func:`wfh_desktop.i18n.set_language`) and the default locale."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in load_translators(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
                       if lang == "id" else QLocale(QLocale.Language.English,
                                                    QLocale.Country.UnitedKingdom))
    return list(_installed)


def apply_language(lang: str, *, save: bool = True) -> None:
    """Switch the running application to *lang* (and remember it when *save*)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if save:
        s = settings()
        s.setValue(SETTINGS_LANG, lang)
        s.sync()
    install_translators(lang)


def create_main_window(ctx: AppContext):
    from .main_window import MainWindow

    return MainWindow(ctx)


def log_in(ctx) -> bool:
    """The log-in, or the first administrator of a database without accounts; False when
    cancelled (the program ends)."""
    from .login_dialog import log_in_at_start

    return log_in_at_start(ctx)


def show_critical(text: str) -> None:
    """A message before any window exists (the database cannot be opened)."""
    title = QCoreApplication.translate("App", "WFH Desktop")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _quit_after_show(app: QApplication, window) -> None:
    def done():
        app.processEvents()
        window.repaint()
        print("WFH Desktop window shown", flush=True)
        app.exit(0)

    QTimer.singleShot(0, done)


def ask_restore(text: str) -> bool:
    """The database is damaged: show *text* and ask whether to restore the newest backup.
    Tests replace this."""
    title = QCoreApplication.translate("App", "WFH Desktop")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = box.addButton(QCoreApplication.translate("App", "Restore the newest backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def show_warnings(parent, warnings: list[str]) -> None:
    """Warnings about the database (network share, failed automatic backup), once the
    window is up.  Tests replace this."""
    title = QCoreApplication.translate("App", "WFH Desktop")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(warnings),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def open_session(path, explicit: bool):
    """Open the database at *path* for the window: checked first; a damaged file is
    offered the newest backup (restored, then opened) or refused.  The session, or None
    after a message was shown.

    The check (``PRAGMA quick_check``, which reads the whole file) runs on a thread
    while the modules of the main window are imported."""
    from wfh_desktop import backup, safety

    check = safety.BackgroundCheck(path, explicit_path=explicit)
    from . import main_window  # noqa: F401 - imported now, while the check runs

    try:
        return safety.open_checked(path if explicit else None, write=True, check=check)
    except safety.DatabaseDamaged as damage:
        if damage.newest is None:
            show_critical(damage.message("gui"))
            return None
        if not ask_restore(damage.message("gui") + "\n\n" + QCoreApplication.translate(
                "App", "Restore the newest backup now? The damaged file is kept in the "
                "backups folder.")):
            return None
        try:
            backup.restore(path, damage.newest.path)
        except (backup.RestoreRefused, OSError) as exc:
            show_critical(str(exc))
            return None
        try:
            return safety.open_checked(path, write=True)
        except safety.DatabaseDamaged as again:
            show_critical(again.message("gui"))
            return None
    except StorageError as exc:
        show_critical(storage_message(exc))
        return None


def run(db_path=None, lang: str | None = None) -> int:
    """Open the GUI on *db_path* (default: the per-user database); the exit code.

    The database is locked against a second window (:mod:`wfh_desktop.instance`), checked
    and backed up once a day (:func:`wfh_desktop.safety.open_checked`) before the window
    shows it."""
    from wfh_desktop import instance
    from wfh_desktop.database import default_database

    app = application()
    lang = choose_language(lang)
    install_translators(lang)
    path = str(db_path) if db_path else str(default_database())
    lock = None
    if path != ":memory:":
        try:
            lock = instance.InstanceLock(path).acquire()
        except instance.AlreadyOpen as exc:
            show_critical(str(exc))
            return 1
        except OSError as exc:  # a folder we cannot write to: opening says more below
            log.warning("cannot take the lock %s: %s", instance.lock_path(path), exc)
    try:
        session = open_session(path, explicit=bool(db_path))
        if session is None:
            return 1
        return _run_window(app, session, lang)
    finally:
        if lock is not None:
            lock.release()


def _first_start(ctx, window) -> None:
    from .first_start import maybe_first_start  # imported once the window is up

    maybe_first_start(ctx, window)


class StaffReadAhead:
    """Reads the staff list on a thread (with a connection of its own) while the log-in
    waits for the person, or at least for its password check: the staff page, which the
    window shows first, then takes it instead of reading 10,000 rows itself.  Only read,
    never shown before the log-in; on any failure the page reads the list as before."""

    def __init__(self, path: str):
        self.staff = None
        self._thread = threading.Thread(target=self._read, args=(path,),
                                        name="staff-read-ahead", daemon=True)
        self._thread.start()

    def _read(self, path: str) -> None:
        try:
            from wfh_desktop import register
            from wfh_desktop.database import open_database

            db = open_database(path)
            try:
                self.staff = register.StaffList.load(db)
            finally:
                db.conn.close()
        except Exception:  # noqa: BLE001 - the staff page reads it itself
            log.warning("reading the staff list ahead failed", exc_info=True)

    def result(self):
        """The staff list, once read (None after a failure)."""
        self._thread.join()
        return self.staff


def _run_window(app, session, lang: str) -> int:
    db = session.db
    ctx = AppContext(db, session.path, lang)
    for warning in session.warnings:
        log.warning("%s", warning)
    read_ahead = None
    if session.path != ":memory:" and not session.read_only:
        read_ahead = StaffReadAhead(session.path)
        ctx.read_ahead_staff(read_ahead.result)
    quit_after_show = os.environ.get("WFH_DESKTOP_QUIT_AFTER_SHOW") == "1"
    if not quit_after_show and not log_in(ctx):
        if read_ahead is not None:
            read_ahead.result()   # its connection is closed before the program ends
        db.conn.close()  # cancelled: no window, a normal end
        return 0
    window = create_main_window(ctx)
    window.show()
    if quit_after_show:
        _quit_after_show(app, window)
    else:
        if session.warnings:
            QTimer.singleShot(0, lambda: show_warnings(window, session.warnings))
        # an empty database: offer demo data or an import, once the window is up
        QTimer.singleShot(0, lambda: _first_start(ctx, window))
    try:
        code = app.exec()
    finally:
        from .runner import wait_for_tasks

        wait_for_tasks()
        db.conn.close()
    return code
