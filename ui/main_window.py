"""The main window: a navigation list on the left, the pages on the right, menus and a
status bar.  Switching the language rebuilds the window's contents in place."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import __version__, accounts, register
from wfh_desktop.paths import resource

from . import permissions
from .app import apply_language
from .staff_page import StaffPage

KEY_ROLE = Qt.ItemDataRole.UserRole
BACKUP_CHECK_MS = 15 * 60 * 1000  # a window left open overnight backs up on the new day

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """``add_page(key, widget, title)`` adds a page; ``show_page(key)`` shows it.

    Pages built in :meth:`_add_pages` are rebuilt, and so retranslated, when the language
    changes.  A page added from outside may be given as a factory ``f(ctx) -> QWidget``
    and a title function ``f() -> str`` to be rebuilt too; a page given as a widget keeps
    its widget and title.
    """

    language_changed = Signal(str)
    user_changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self._extra: list[tuple[str, object, object]] = []
        self._building = False
        self.resize(1200, 760)
        icon = resource("icons", "wfh-desktop.png")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        ctx.changed.connect(self._on_changed)
        self._build()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self.daily_backup())
        self.backup_timer.start()

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        self._building = True
        self.setWindowTitle(self.tr("WFH Desktop"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setSpacing(2)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.pages = {}
        self._lazy: dict[str, tuple[object, QWidget]] = {}
        self._add_pages()
        for key, widget, title in self._extra:
            self._insert(key, widget(self.ctx) if callable(widget) and not isinstance(
                widget, QWidget) else widget, title() if callable(title) else title)
        self._build_menus()
        self._build_status()
        self._building = False
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _add_pages(self) -> None:
        self.staff_page = StaffPage(self.ctx)
        self.add_page("staff", self.staff_page, self.tr("Staff"))
        # the other pages are built (and their modules imported) when first opened, so
        # the window shows the staff register as fast as it can
        self._add_lazy_page("units", _units_page, self.tr("Units"))
        self._add_lazy_page("policies", _policy_page, self.tr("Policies"))
        self._add_lazy_page("roster", _roster_page, self.tr("Roster"))
        self._add_lazy_page("attendance", _attendance_page, self.tr("Attendance"))
        self._add_lazy_page("reports", _reports_page, self.tr("Daily reports"))
        self._add_lazy_page("sync", _sync_page, self.tr("Sync"))
        self._add_lazy_page("settings", _settings_page, self.tr("Settings"))
        # with user accounts only: the accounts (administrators) and the audit log
        if accounts.current(self.ctx.db) is not None and accounts.can(self.ctx.db, "users"):
            self._add_lazy_page("users", _users_page, self.tr("Users"))
        if permissions.may_read_audit(self.ctx):
            self._add_lazy_page("audit", _audit_page, self.tr("Audit log"))

    def _add_lazy_page(self, key: str, factory, title: str) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self._lazy[key] = (factory, holder)
        self._insert_holder(key, holder, title)

    def _insert_holder(self, key: str, holder: QWidget, title: str) -> None:
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.nav.addItem(item)

    def page(self, key: str) -> QWidget:
        """The page *key*, built now if it was not opened before."""
        if key in self._lazy and key not in self.pages:
            factory, holder = self._lazy[key]
            widget = factory(self.ctx)
            holder.layout().addWidget(widget)
            self.pages[key] = widget
        return self.pages[key]

    def _on_nav(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.page(item.data(KEY_ROLE))
        self.stack.setCurrentIndex(row)

    def _build_menus(self) -> None:
        bar = QMenuBar(self)  # owns the menus and actions: a rebuild drops them all
        self.setMenuBar(bar)
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_import = QAction(self.tr("&Import staff..."), bar)
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        self.action_import.triggered.connect(self.import_staff)
        permissions.apply(self.ctx, self.action_import, "staff")
        self.action_export = QAction(self.tr("&Export staff..."), bar)
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.triggered.connect(self.export_staff)
        self.action_quit = QAction(self.tr("&Quit"), bar)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        self.action_switch_user = self.action_change_password = None
        if accounts.current(self.ctx.db) is not None:
            self.action_switch_user = QAction(self.tr("S&witch user..."), bar)
            self.action_switch_user.triggered.connect(lambda: self.switch_user())
            self.action_change_password = QAction(self.tr("&Change my password..."), bar)
            self.action_change_password.triggered.connect(lambda: self.change_password())
            file_menu.addAction(self.action_switch_user)
            file_menu.addAction(self.action_change_password)
            file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        view_menu = bar.addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(bar)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("id", self.tr("Bahasa Indonesia")), ("en", self.tr("English"))):
            action = QAction(name, bar)
            action.setCheckable(True)
            action.setChecked(lang == self.ctx.lang)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[lang] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About WFH Desktop"), bar)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.about)
        help_menu.addAction(self.action_about)

    def _build_status(self) -> None:
        bar = QStatusBar(self)
        self.setStatusBar(bar)
        self.status_db = QLabel()
        self.status_db.setTextFormat(Qt.TextFormat.PlainText)
        self.status_count = QLabel()
        self.status_count.setTextFormat(Qt.TextFormat.PlainText)
        self.status_user = QLabel()
        self.status_user.setObjectName("user")
        self.status_user.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status_db, 1)
        bar.addPermanentWidget(self.status_user)
        bar.addPermanentWidget(self.status_count)
        self.update_status()

    def rebuild(self) -> None:
        """Build menus, pages and status bar again (after a language change).

        A page with ``save_state() -> dict`` and ``restore_state(dict)`` keeps its state
        (the staff page: search text, unit, inactive switch, sort, selection)."""
        current = self.current_page_key()
        states = {key: page.save_state() for key, page in self.pages.items()
                  if hasattr(page, "save_state") and hasattr(page, "restore_state")}
        for key, widget, _title in self._extra:
            if isinstance(widget, QWidget):
                self.stack.removeWidget(widget)
                widget.setParent(None)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._build()
        for key, state in states.items():
            # a lazy page that was open is built again to take its state back
            page = self.page(key) if key in self._lazy else self.pages.get(key)
            if page is not None and hasattr(page, "restore_state"):
                page.restore_state(state)
        if current in self.pages or current in self._lazy:
            self.show_page(current)

    # --- pages ---------------------------------------------------------------------
    def add_page(self, key: str, widget, title) -> QWidget:
        if key in self.pages or key in self._lazy:
            raise ValueError(f"page {key!r} exists already")
        if not self._building:
            self._extra.append((key, widget, title))
        if not isinstance(widget, QWidget):
            widget = widget(self.ctx)
        return self._insert(key, widget, title() if callable(title) else title)

    def _insert(self, key: str, widget: QWidget, title: str) -> QWidget:
        self.pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.nav.addItem(item)
        return widget

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        holder = self._lazy[key][1] if key in self._lazy else widget
        self.nav.setCurrentRow(self.stack.indexOf(holder))
        return widget

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    # --- actions -------------------------------------------------------------------
    def import_staff(self):
        return self.show_page("staff").import_staff()

    def export_staff(self):
        return self.show_page("staff").export_staff()

    def set_language(self, lang: str) -> None:
        """Switch the GUI and the core's messages to *lang*, remember it, rebuild."""
        if lang == self.ctx.lang:
            return
        apply_language(lang)
        self.ctx.lang = lang
        self.rebuild()
        self.language_changed.emit(lang)

    def pages_may_leave(self) -> bool:
        """True unless a page holds typed, unsaved work (attendance keying) that the
        clerk wants to keep: each page with ``may_leave()`` asks."""
        return all(page.may_leave() for page in list(self.pages.values())
                   if hasattr(page, "may_leave"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.pages_may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def daily_backup(self, today=None):
        """The automatic backup of a day of use, for a window that stays open past
        midnight (the start of the program made today's already).  The path written,
        or None."""
        from wfh_desktop import backup

        if self.ctx.db_path == ":memory:":
            return None
        try:
            written = backup.daily_backup(self.ctx.db, self.ctx.db_path, today=today)
        except Exception as exc:  # noqa: BLE001 - a failed backup never stops the work
            log.warning("automatic backup of %s failed: %s", self.ctx.db_path, exc)
            self.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace(
                "%1", getattr(exc, "strerror", None) or str(exc)))
            return None
        if written is not None:
            self.ctx.notify("backups")
            self.statusBar().showMessage(self.tr("Automatic backup written: %1").replace(
                "%1", str(written)), 10_000)
        return written

    # --- the account ---------------------------------------------------------------
    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this)."""
        return dialog.exec()

    def switch_user(self) -> bool:
        """Log out, then log in as someone else; every page is built again for the new
        account's role.  Cancelling leaves nobody logged in, so the window closes."""
        from .login_dialog import LoginDialog

        if not self.pages_may_leave():
            return False
        accounts.logout(self.ctx.db)
        dialog = LoginDialog(self.ctx, self, switching=True)
        try:
            ok = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not ok or accounts.current(self.ctx.db) is None:
            self.close()
            return False
        self.rebuild()
        self.user_changed.emit()
        return True

    def change_password(self) -> bool:
        from .login_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, None, self)
        try:
            ok = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if ok:
            self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)
        return ok

    def about_text(self) -> str:
        return self.tr(
            "WFH Desktop {version}\n\nWFO/WFH rosters, manual attendance and daily work "
            "reports for regional government offices, offline.\n\nDatabase: {path}"
        ).format(version=__version__, path=self.ctx.db_path)

    def about(self) -> None:
        self.show_message(self.tr("About WFH Desktop"), self.about_text())

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- status --------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("staff", "units"):
            self.update_status()
        elif kind == "users":
            account = accounts.current(self.ctx.db)
            if account is not None and account.role != self._role:
                self.rebuild()  # the account's own role changed: other pages, other rights
            else:
                self.update_status()

    def update_status(self) -> None:
        n = register.counts(self.ctx.db)
        self.status_db.setText(self.tr("Database: {path}").format(path=self.ctx.db_path))
        self.status_db.setToolTip(self.ctx.db_path)
        self.status_count.setText(self.tr("{staff} staff in {units} units").format(
            staff=n["staff"], units=n["units"]))
        account = accounts.current(self.ctx.db)
        self._role = account.role if account is not None else None
        self.status_user.setText(account.label if account is not None else "")
        self.status_user.setToolTip(self.tr("Logged in as %1").replace(
            "%1", account.full_name or account.name) if account is not None else "")
        self.status_user.setVisible(account is not None)


def _units_page(ctx):
    from .units_page import UnitsPage

    return UnitsPage(ctx)


def _policy_page(ctx):
    from .policy_page import PolicyPage

    return PolicyPage(ctx)


def _roster_page(ctx):
    from .roster_page import RosterPage

    return RosterPage(ctx)


def _attendance_page(ctx):
    from .attendance_page import AttendancePage

    return AttendancePage(ctx)


def _reports_page(ctx):
    from .reports_page import ReportsPage

    return ReportsPage(ctx)


def _sync_page(ctx):
    from .sync_page import SyncPage

    return SyncPage(ctx)


def _settings_page(ctx):
    from .settings_page import SettingsPage

    return SettingsPage(ctx)


def _users_page(ctx):
    from .users_page import UsersPage

    return UsersPage(ctx)


def _audit_page(ctx):
    from .audit_page import AuditPage

    return AuditPage(ctx)
