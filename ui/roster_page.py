"""The roster page: who works in the office (WFO) and who from home (WFH), per unit and
working day, under a surat edaran.

The clerk picks a unit and a week or month, generates the roster under a policy
(:func:`wfh_desktop.scheduler.generate`, off the GUI thread through
:func:`ui.runner.run_in_background`), and sets entries by hand from the keyboard: ``O``
(office), ``W`` (home), ``Delete`` (back to the rules), or from the context menu or a
double click.  Every entry set by hand is a :class:`PinCommand` on the page's
:class:`QUndoStack` (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).  History... (Ctrl+H, also in the
context menu) shows every change of the selected entry from the sync change log.  A bar chart under the grid shows
the on-site share of each day against the cap; the list next to it says what the last
generation or entry changed and which rules gave way in the shown days.

Errors and the history dialog go through :meth:`RosterPage.show_error` and
:meth:`RosterPage.exec_dialog`, which tests replace.
"""
from __future__ import annotations

import calendar
import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QPalette,
    QPen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import accounts, register, roster, scheduler, settings, sync
from wfh_desktop import policy as policies
from wfh_desktop.explain import ExplainCache, explain_entry, rule_name
from wfh_desktop.i18n import language

from . import permissions, runner
from .conflicts_model import kind_label
from .history_dialog import HistoryDialog
from .roster_chart import RosterChart
from .roster_model import (
    COL_NAME,
    COL_POSITION,
    FIRST_DAY_COL,
    MODE_COLORS,
    OFF_COLOR,
    RosterModel,
)

WEEK, MONTH = "week", "month"
MAX_LIST_LINES = 200
SETTINGS_UNIT = "roster/unit"
SETTINGS_VIEW = "roster/view"
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def first_workday(policy) -> dt.date:
    """The first working day of a policy's period (its start when it has none)."""
    day = policy.valid_from
    while day <= policy.valid_to:
        if policy.is_workday(day):
            return day
        day += dt.timedelta(days=1)
    return policy.valid_from


class UnitItemDelegate(QStyledItemDelegate):
    """Indents the units of the drop-down list by their depth in the tree."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE) or 0
        option.rect.adjust(depth * 18, 0, 0, 0)


class CellDelegate(QStyledItemDelegate):
    """Keeps a selected cell's own colour (WFO, WFH, a breach) and frames it instead of
    filling it with the selection colour."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        if selected and index.data(Qt.ItemDataRole.BackgroundRole) is not None:
            opt.state &= ~QStyle.StateFlag.State_Selected
            super().paint(painter, opt, index)
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 3)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
            return
        super().paint(painter, option, index)


class RosterTable(QTableView):
    """The grid; ``O``/``W`` ask for a pin, ``Delete``/``Backspace`` for a release."""

    pin_requested = Signal(str)
    release_requested = Signal()
    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            key = event.key()
            if key == Qt.Key.Key_O:
                self.pin_requested.emit("WFO")
                return
            if key == Qt.Key.Key_W:
                self.pin_requested.emit("WFH")
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.release_requested.emit()
                return
        super().keyPressEvent(event)


class PinCommand(QUndoCommand):
    """Set one entry by hand (*mode* WFO/WFH) or give it back to the rules (*mode* None).

    Undo restores the entry as it was: not pinned -> released; pinned with another mode
    (and by someone) -> pinned so again.
    """

    def __init__(self, page: "RosterPage", staff_id: str, name: str, day: dt.date,
                 mode: str | None, before: tuple[str, str] | None, by: str):
        super().__init__()
        self.page = page
        self.staff_id = staff_id
        self.day = day
        self.mode = mode
        self.before = before  # (mode, pinned_by) when it was pinned, else None
        self.by = by
        self.ok = False
        date = page.model.day_label(day)
        if mode is None:
            self.setText(QCoreApplication.translate(
                "RosterPage", "release {name} on {date}").format(name=name, date=date))
        else:
            self.setText(QCoreApplication.translate(
                "RosterPage", "set {name} to {mode} on {date}").format(
                name=name, mode=mode, date=date))

    def redo(self) -> None:
        self.ok = self.page.apply_entry(self.staff_id, self.day, self.mode, self.by)
        if not self.ok:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.before is None:
            self.page.apply_entry(self.staff_id, self.day, None)
        else:
            mode, by = self.before
            self.page.apply_entry(self.staff_id, self.day, mode, by)


class RosterPage(QWidget):
    """The roster of one unit for a week or a month; see the module docstring."""

    generated = Signal(object)  # the GenerateResult, after the grid was refreshed
    entry_changed = Signal(object)  # the GenerateResult of a pin or release

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = QSettings().value(SETTINGS_VIEW, WEEK)
        if self.view not in (WEEK, MONTH):
            self.view = WEEK
        self.anchor: dt.date | None = None
        self.grid = None
        self.last_task: runner.Task | None = None
        self.report_lines: list[str] = []
        self._units: dict[str, dict] = {}
        self.undo_stack = QUndoStack(self)

        # --- the first row: unit, policy, generate ------------------------------------
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.setMinimumContentsLength(30)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMaxVisibleItems(25)
        self.unit_combo.setItemDelegate(UnitItemDelegate(self.unit_combo))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policy")
        self.policy_combo.setMinimumContentsLength(24)
        self.policy_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.policy_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        policy_label = QLabel(self.tr("&Policy (SE):"))
        policy_label.setBuddy(self.policy_combo)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("generate")
        self.generate_button.setToolTip(self.tr(
            "Generate the roster of the selected unit and its sub-units for the whole period "
            "of the policy; entries set by hand are kept"))
        self.generate_button.clicked.connect(self.generate)

        # --- the second row: view, navigation, undo --------------------------------------
        self.week_button = QToolButton()
        self.week_button.setText(self.tr("&Week"))
        self.month_button = QToolButton()
        self.month_button.setText(self.tr("&Month"))
        self.view_group = QButtonGroup(self)
        for button, view in ((self.week_button, WEEK), (self.month_button, MONTH)):
            button.setCheckable(True)
            button.setChecked(view == self.view)
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            self.view_group.addButton(button)
        self.prev_button = QToolButton()
        self.prev_button.setText("<")
        self.prev_button.setToolTip(self.tr("Previous week or month (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText(">")
        self.next_button.setToolTip(self.tr("Next week or month (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Show the week or month of today (Alt+Home)"))
        self.today_button.clicked.connect(self.go_today)
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        bold = QFont(self.period_label.font())
        bold.setBold(True)
        self.period_label.setFont(bold)

        # own actions (not createUndoAction): a short button text, the command in the tooltip
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(
                self.tr("Undo: {what} (Ctrl+Z)").format(what=text) if text else ""))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(
                self.tr("Redo: {what} (Ctrl+Shift+Z)").format(what=text) if text else ""))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for target in (self.generate_button, self.undo_action, self.redo_action):
            permissions.apply(ctx, target, "roster")
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # everyone may read the history of an entry
        self.history_action = QAction(self.tr("History..."), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(self.tr(
            "Every change of the selected entry: when, where and by whom (Ctrl+H)"))
        self.history_action.triggered.connect(self.show_history)
        self.history_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action, self.history_action):
            action.setShortcutContext(page_wide)
            self.addAction(action)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.redo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button, keys in ((self.prev_button, "Alt+Left"), (self.next_button, "Alt+Right"),
                             (self.today_button, "Alt+Home")):
            button.setShortcut(QKeySequence(keys))

        # --- the grid --------------------------------------------------------------------
        self.explain_cache = ExplainCache()
        self.model = RosterModel(self, explainer=self.explain)
        self.table = RosterTable()
        self.table.setObjectName("roster")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self.toggle_at)
        self.table.pin_requested.connect(self.pin_current)
        self.table.release_requested.connect(lambda: self.pin_current(None))
        self.table.resized.connect(self._fit_if_shown)
        self.table.selectionModel().currentChanged.connect(
            lambda *_: self._update_history_action())
        vheader = self.table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        vheader.setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setAccessibleName(self.tr("Roster"))

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555555; font-size: 11pt; margin: 24px;")
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty_label)

        self.legend = self._legend()

        # --- under the grid: the chart and the messages ------------------------------------
        self.chart = RosterChart()
        self.chart.setObjectName("chart")
        self.messages = QListWidget()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(self.tr("Changes and conflicts"))
        self.messages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.messages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.chart)
        bottom.addWidget(self.messages)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setChildrenCollapsible(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.views, 1)
        top_layout.addLayout(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        row1 = QHBoxLayout()
        row1.addWidget(unit_label)
        row1.addWidget(self.unit_combo, 3)
        row1.addSpacing(12)
        row1.addWidget(policy_label)
        row1.addWidget(self.policy_combo, 2)
        row1.addWidget(self.generate_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.week_button)
        row2.addWidget(self.month_button)
        row2.addSpacing(12)
        row2.addWidget(self.prev_button)
        row2.addWidget(self.today_button)
        row2.addWidget(self.next_button)
        row2.addSpacing(12)
        row2.addWidget(self.period_label, 1)
        row2.addWidget(self.undo_button)
        row2.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.splitter, 1)

        ctx.changed.connect(self._on_changed)
        self._load_units()
        self._load_policies()
        self.anchor = self.default_date()
        self.refresh()

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(2, 2, 2, 2)
        items = [(MODE_COLORS["WFO"], self.tr("WFO: in the office")),
                 (MODE_COLORS["WFH"], self.tr("WFH: from home")),
                 (OFF_COLOR, self.tr("CT, S, DL...: not scheduled (leave, sick, duty)"))]
        for color, text in items:
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {color.name()}; border: 1px solid #888888;")
            row.addWidget(swatch)
            label = QLabel(text)
            row.addWidget(label)
            row.addSpacing(10)
        keys = QLabel(self.tr("* set by hand   ! breaks a rule   "
                              "Keys: O office, W home, Delete back to the rules"))
        keys.setStyleSheet("color: #555555;")
        row.addWidget(keys)
        row.addStretch(1)
        return row

    # --- loading -----------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("staff", "units"):
            self._load_units()
        if kind == "policies":
            self._load_policies()
        if kind in ("staff", "units", "policies", "roster"):
            self.refresh()

    def _load_units(self) -> None:
        current = self.unit_combo.currentData() or QSettings().value(SETTINGS_UNIT, "")
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self._units = {}
        for unit, depth in register.unit_tree(self.ctx.db):
            self._units[unit["id"]] = unit
            self.unit_combo.addItem(unit["name"], unit["code"])
            i = self.unit_combo.count() - 1
            self.unit_combo.setItemData(i, depth, DEPTH_ROLE)
            self.unit_combo.setItemData(i, f"{unit['code']} - {unit['name']}",
                                        Qt.ItemDataRole.ToolTipRole)
        i = self.unit_combo.findData(current) if current else -1
        self.unit_combo.setCurrentIndex(max(i, 0) if self.unit_combo.count() else -1)
        self.unit_combo.blockSignals(False)

    def _load_policies(self) -> None:
        current = self.policy_combo.currentData()
        self.policy_combo.blockSignals(True)
        self.policy_combo.clear()
        latest: dict[str, object] = {}
        for p in policies.list_policies(self.ctx.db):  # newest version first in a number
            latest.setdefault(p.number, p)
        ordered = sorted(latest.values(), key=lambda p: (p.valid_from, p.number))
        for p in ordered:
            self.policy_combo.addItem(
                f"{p.number} ({p.valid_from:%d/%m/%Y} - {p.valid_to:%d/%m/%Y})", p.number)
            self.policy_combo.setItemData(self.policy_combo.count() - 1, p.title,
                                          Qt.ItemDataRole.ToolTipRole)
        i = self.policy_combo.findData(current) if current else -1
        self.policy_combo.setCurrentIndex(i if i >= 0 else self.policy_combo.count() - 1)
        self.policy_combo.blockSignals(False)

    def default_date(self) -> dt.date:
        """The first working day of the latest policy, or today without a policy."""
        policy = self.selected_policy()
        return first_workday(policy) if policy else dt.date.today()

    # --- what is selected ---------------------------------------------------------------
    def unit_code(self) -> str | None:
        return self.unit_combo.currentData() or None

    def policy_number(self) -> str | None:
        return self.policy_combo.currentData() or None

    def selected_policy(self):
        number = self.policy_number()
        return policies.get_policy(self.ctx.db, number) if number else None

    def select_unit(self, code: str) -> bool:
        i = self.unit_combo.findData(code)
        if i < 0:
            return False
        self.unit_combo.setCurrentIndex(i)
        return True

    def select_policy(self, number: str) -> bool:
        i = self.policy_combo.findData(number)
        if i < 0:
            return False
        self.policy_combo.setCurrentIndex(i)
        return True

    def period(self) -> tuple[dt.date, dt.date]:
        anchor = self.anchor or dt.date.today()
        return week_of(anchor) if self.view == WEEK else month_of(anchor)

    def _unit_changed(self, _index: int) -> None:
        if self.unit_code():
            QSettings().setValue(SETTINGS_UNIT, self.unit_code())
        self.refresh()

    # --- navigation -------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.view = view
        QSettings().setValue(SETTINGS_VIEW, view)
        self.week_button.setChecked(view == WEEK)
        self.month_button.setChecked(view == MONTH)
        self.refresh()

    def step(self, delta: int) -> None:
        start, _end = self.period()
        if self.view == WEEK:
            self.anchor = start + dt.timedelta(days=7 * delta)
        else:
            month = start.month - 1 + delta
            self.anchor = dt.date(start.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.show_date(dt.date.today())

    def show_date(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def period_text(self) -> str:
        start, end = self.period()
        if self.view == MONTH:
            months = settings.MONTHS_EN if language() == "en" else settings.MONTHS_ID
            return f"{months[start.month - 1]} {start.year}"
        return f"{settings.format_long_date(start)} - {settings.format_long_date(end)}"

    # --- the grid -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the roster of the unit and period again and show it."""
        self.explain_cache.clear()
        current = self._current_key()
        code = self.unit_code()
        start, end = self.period()
        self.period_label.setText(self.period_text())
        self.grid = roster.roster_grid(self.ctx.db, code, start, end) if code else None
        self.model.set_compact(self.view == MONTH)
        self.model.set_grid(self.grid)
        empty = self.grid is None or not self.grid.days or not self.grid.staff
        if empty:
            self.empty_label.setText(self.empty_text())
            self.views.setCurrentWidget(self.empty_label)
            self.chart.set_days([])
            self.chart.setVisible(False)
        else:
            self.views.setCurrentWidget(self.table)
            self.chart.set_days(self.grid.days)
            self.chart.setVisible(True)
            self._fit_columns()
            self._restore_current(current)
        self._update_history_action()
        self.show_messages()

    def empty_text(self) -> str:
        if not self._units:
            return self.tr("There are no units yet. Add the units and staff of the office "
                           "first; then choose a policy here and press Generate.")
        if self.policy_combo.count() == 0:
            return self.tr("There is no policy (surat edaran) yet. Import one first; then "
                           "choose it here and press Generate.")
        policy = self.selected_policy()
        return self.tr("There is no roster for this unit in these days. Choose a policy "
                       "above and press Generate; SE {number} covers {start} to {end}.").format(
            number=policy.number, start=settings.format_long_date(policy.valid_from),
            end=settings.format_long_date(policy.valid_to))

    def _fit_if_shown(self) -> None:
        if self.views.currentWidget() is self.table and self.model.days():
            self._fit_columns()

    def _fit_columns(self) -> None:
        month = self.view == MONTH
        self.table.setColumnHidden(COL_POSITION, month)
        self.table.resizeColumnToContents(COL_NAME)
        self.table.setColumnWidth(COL_NAME, min(self.table.columnWidth(COL_NAME),
                                                230 if month else 280))
        if not month:
            self.table.resizeColumnToContents(COL_POSITION)
            self.table.setColumnWidth(COL_POSITION,
                                      min(self.table.columnWidth(COL_POSITION), 240))
        days = range(FIRST_DAY_COL, self.model.columnCount())
        for col in days:
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, self.table.columnWidth(col) + (4 if month else 16))
        if not month and len(days):
            # a week has few columns: share the free width out, up to a readable size
            used = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())
                       if not self.table.isColumnHidden(c))
            free = self.table.viewport().width() - used
            if free > 0:
                extra = free // len(days)
                for col in days:
                    width = self.table.columnWidth(col)
                    self.table.setColumnWidth(col, max(width, min(width + extra, 120)))

    def _current_key(self):
        index = self.table.currentIndex()
        person = self.model.staff_at(index.row()) if index.isValid() else None
        day = self.model.day_at(index.column()) if index.isValid() else None
        if person is None:
            return None
        return person["id"], (day.date if day else None), index.column()

    def _restore_current(self, key) -> None:
        if key is None:
            return
        staff_id, day, column = key
        row = self.model.row_of(staff_id)
        col = self.model.column_of(day) if day else column
        if row >= 0 and col >= 0:
            self.table.setCurrentIndex(self.model.index(row, col))

    def explain(self, staff_id: str, day: dt.date) -> str:
        """The core's sentence for one entry (the tooltip of a cell)."""
        staff = register.get_staff(self.ctx.db, staff_id)
        return explain_entry(self.ctx.db, staff, day, self.explain_cache) if staff else ""

    # --- messages under the grid -----------------------------------------------------
    def show_messages(self) -> None:
        self.messages.clear()
        for line in self.report_lines:
            self._message(line)
        conflicts = [c for d in (self.grid.days if self.grid else []) for c in d.conflicts]
        if self.grid is not None and self.grid.days:
            if conflicts:
                self._message(self.tr("Rules that gave way in the shown days ({n}):").format(
                    n=len(conflicts)), heading=True)
                for c in conflicts[:MAX_LIST_LINES]:
                    self._message(self.conflict_text(c))
                if len(conflicts) > MAX_LIST_LINES:
                    self._message(self.tr("... and {n} more").format(
                        n=len(conflicts) - MAX_LIST_LINES))
            else:
                self._message(self.tr("Every rule holds in the shown days."), heading=True)

    def _message(self, text: str, heading: bool = False) -> None:
        item = QListWidgetItem(text)
        if heading:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.messages.addItem(item)

    def message_texts(self) -> list[str]:
        return [self.messages.item(i).text() for i in range(self.messages.count())]

    def conflict_text(self, c: dict) -> str:
        """One conflict (a stored row or one of a GenerateResult) in plain words."""
        unit = c.get("unit") or self._units.get(c.get("unit_id"), {}).get("code", "")
        date = settings.format_date_id(dt.date.fromisoformat(c["date"]))
        other = rule_name(c["gave_way_to"])
        if c["rule"] == "max_office_share":
            return self.tr("{date}, {unit}: {detail} on site, above the on-site cap; the cap "
                           "gave way to {other}.").format(date=date, unit=unit,
                                                          detail=c["detail"], other=other)
        if c["rule"] == "min_office":
            return self.tr("{date}, {unit}: the minimum on-site composition is not met "
                           "({detail}); it gave way to {other}.").format(
                date=date, unit=unit, detail=c["detail"], other=other)
        return self.tr("{date}, {unit}: the rule \"{rule}\" gave way to \"{other}\" "
                       "({detail}).").format(date=date, unit=unit, rule=rule_name(c["rule"]),
                                             other=other, detail=c["detail"])

    def _change_lines(self, changes, skip=None) -> list[str]:
        lines = []
        moved = [c for c in changes if c.old is not None and (c.staff_id, c.date) != skip]
        for c in moved[:MAX_LIST_LINES]:
            date = self.model.day_label(dt.date.fromisoformat(c.date))
            if c.new is None:
                lines.append(self.tr("{name}: {date} {old} removed").format(
                    name=c.name, date=date, old=c.old))
            else:
                lines.append(self.tr("{name}: {date} {old} -> {new}").format(
                    name=c.name, date=date, old=c.old, new=c.new))
        if len(moved) > MAX_LIST_LINES:
            lines.append(self.tr("... and {n} more").format(n=len(moved) - MAX_LIST_LINES))
        return lines

    # --- generating -------------------------------------------------------------------
    def generate(self) -> runner.Task | None:
        """Generate the roster of the selected unit (and sub-units) under the selected
        policy, off the GUI thread; ``generated`` is emitted when the grid shows it."""
        code, number = self.unit_code(), self.policy_number()
        if not permissions.check(self, self.ctx, "roster"):
            return None
        if not code or not number:
            self.show_error(self.tr("Choose a unit and a policy first."))
            return None
        policy = policies.get_policy(self.ctx.db, number)

        def work(db, report):
            return scheduler.generate(db, policy, unit_code=code, progress=report)

        self.generate_button.setEnabled(False)
        task = runner.run_in_background(
            self, self.ctx, self.tr("Generating the roster under SE {number}...").format(
                number=number), work, on_done=self._generated, changes=("roster",),
            progress=True)
        task.finished.connect(self._generation_ended)
        self.last_task = task
        return task

    def _generation_ended(self, _ok: bool) -> None:
        if shiboken6.isValid(self.generate_button):
            self.generate_button.setEnabled(True)

    def _generated(self, result) -> None:
        p = result.policy
        if result.days == 0:
            lines = [self.tr("SE {number} has no working days in its period; nothing was "
                             "generated.").format(number=p.number)]
        else:
            lines = [self.tr("SE {number}, {start} to {end}, {days} working days: {added} "
                             "added, {changed} changed, {removed} removed, {same} "
                             "unchanged.").format(
                number=p.number, start=settings.format_long_date(result.start),
                end=settings.format_long_date(result.end), days=result.days,
                added=result.inserted, changed=result.updated, removed=result.deleted,
                same=result.unchanged)]
            if result.conflicts:
                lines.append(self.tr("Rules gave way on {n} unit-day(s) of the period; those "
                                     "of the shown days are listed below.").format(
                    n=len(result.conflicts)))
            if result.breaches:
                lines.append(self.tr("{n} entries set by hand break a rule (marked !).").format(
                    n=len(result.breaches)))
            moved = self._change_lines(result.changes)
            if moved:
                lines.append(self.tr("What moved:"))
                lines.extend(moved)
        self.report_lines = lines
        start, end = self.period()
        if (self.grid is None or not self.grid.days) and not (
                start <= result.end and result.start <= end):
            self.anchor = first_workday(p)  # show the roster just made
        self.refresh()
        self.generated.emit(result)

    # --- entries set by hand ------------------------------------------------------------
    def pin_current(self, mode: str | None) -> bool:
        """Set the current cell to *mode* (WFO/WFH), or back to the rules (None), as an
        undoable command.  False when there is nothing to do."""
        index = self.table.currentIndex()
        cell = self.model.cell_at(index)
        if cell is None:
            return False
        if mode is None and not cell["pinned"]:
            return False
        if mode is not None and cell["pinned"] and cell["mode"] == mode:
            return False
        if not permissions.check(self, self.ctx, "roster"):
            return False
        person = self.model.staff_at(index.row())
        day = self.model.day_at(index.column()).date
        before = (cell["mode"], cell["pinned_by"] or "") if cell["pinned"] else None
        command = PinCommand(self, person["id"], person["name"], day, mode, before,
                             self.user_name())
        self.undo_stack.push(command)
        return command.ok

    def toggle_at(self, index) -> bool:
        """Double click: WFO <-> WFH by hand (a day off is left alone)."""
        cell = self.model.cell_at(index)
        if cell is None or cell["mode"] not in ("WFO", "WFH"):
            return False
        self.table.setCurrentIndex(index)
        return self.pin_current("WFH" if cell["mode"] == "WFO" else "WFO")

    def apply_entry(self, staff_id: str, day: dt.date, mode: str | None, by: str = "") -> bool:
        """Pin (or release) one entry in the core; the grid refreshes on the change."""
        if mode is None:
            def work(db):
                return scheduler.unpin(db, staff_id, day)
        else:
            def work(db):
                return scheduler.pin(db, staff_id, day, mode, by)
        ok, result = runner.run_now(self, self.ctx, work, changes=("roster",))
        if ok:
            self.reveal(staff_id, day)
            self.report_lines = self._entry_report(staff_id, day, result)
            self.show_messages()
            self.entry_changed.emit(result)
        return ok

    def reveal(self, staff_id: str, day: dt.date) -> bool:
        """Show and select the cell of *staff_id* on *day* (another unit or period if
        needed: an undo shows what it undid)."""
        if self.model.row_of(staff_id) < 0:
            staff = register.get_staff(self.ctx.db, staff_id)
            if staff is None or not self.select_unit(staff["unit_code"]):
                return False
        start, end = self.period()
        if not start <= day <= end:
            self.show_date(day)
        row, col = self.model.row_of(staff_id), self.model.column_of(day)
        if row < 0 or col < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, col))
        return True

    def _entry_report(self, staff_id: str, day: dt.date, result) -> list[str]:
        row = self.model.row_of(staff_id)
        person = self.model.staff_at(row) if row >= 0 else register.get_staff(self.ctx.db,
                                                                             staff_id)
        name = person["name"] if person else staff_id
        cell = self.grid.cells.get((staff_id, day.isoformat())) if self.grid else None
        date = settings.format_date_id(day)
        if cell is None:
            return []
        if cell["pinned"]:
            lines = [self.tr("{name} set to {mode} on {date} by hand.").format(
                name=name, mode=cell["mode"], date=date)]
        else:
            lines = [self.tr("{name} on {date} is back to the rules: {mode}.").format(
                name=name, mode=cell["mode"], date=date)]
        if cell["breach"]:
            number = result.policy.number if result is not None else ""
            lines.append(self.tr("This breaks the rule \"{rule}\" of SE {number}.").format(
                rule=rule_name(cell["breach"]), number=number))
        moved = self._change_lines(result.changes if result is not None else [],
                                   skip=(staff_id, day.isoformat()))
        if moved:
            lines.append(self.tr("Others moved to keep the rules:"))
            lines.extend(moved)
        return lines

    def user_name(self) -> str:
        """Who sets an entry by hand: the account logged in (before accounts exist, the
        one signed in to this computer)."""
        return accounts.who(self.ctx.db)

    def cell_menu(self, index) -> QMenu | None:
        """The context menu of a day cell (None elsewhere)."""
        cell = self.model.cell_at(index)
        if cell is None:
            return None
        menu = QMenu(self)
        wfo = menu.addAction(self.tr("Set to WFO (office)"), lambda: self.pin_current("WFO"))
        wfo.setShortcut(QKeySequence("O"))
        wfo.setEnabled(not (cell["pinned"] and cell["mode"] == "WFO"))
        wfh = menu.addAction(self.tr("Set to WFH (home)"), lambda: self.pin_current("WFH"))
        wfh.setShortcut(QKeySequence("W"))
        wfh.setEnabled(not (cell["pinned"] and cell["mode"] == "WFH"))
        release = menu.addAction(self.tr("Release (back to the rules)"),
                                 lambda: self.pin_current(None))
        release.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        release.setEnabled(bool(cell["pinned"]))
        for action in (wfo, wfh, release):
            permissions.apply(self.ctx, action, "roster")
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.history_action)
        return menu

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = self.cell_menu(index)
        if menu is None:
            return
        self.table.setCurrentIndex(index)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- history --------------------------------------------------------------------------
    def history_key(self) -> list[str] | None:
        """The sync key (staff id, ISO date) of the selected entry, or None when no entry
        is selected."""
        index = self.table.currentIndex()
        if self.views.currentWidget() is not self.table or self.model.cell_at(index) is None:
            return None
        return [self.model.staff_at(index.row())["id"],
                self.model.day_at(index.column()).date.isoformat()]

    def _update_history_action(self) -> None:
        self.history_action.setEnabled(self.history_key() is not None)

    def show_history(self) -> bool:
        """Every change of the selected entry (everyone may read it)."""
        key = self.history_key()
        if key is None:
            return False
        title = f"{kind_label('roster')}: {sync.record_label(self.ctx.db, 'roster', key)}"
        dialog = HistoryDialog(self.ctx, "roster", key, title, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    # --- what tests replace -----------------------------------------------------------
    def exec_dialog(self, dialog) -> int:
        return dialog.exec()

    def show_error(self, text: str) -> None:
        runner.report_error(self, text)
