"""The attendance page: key a unit's day from the signed paper sheet (or a WhatsApp message,
a video call), lock it, correct it afterwards, and look at the month.

Day view: one row per staff member of the unit.  The Status column starts with what the
roster expects (grey italic: not confirmed yet).  The clerk types a code (``H``, ``W`` for
``WFH``, ``S``, ``I``, ``CT`` ...) and Enter moves down, Tab moves on to the times (``0730``,
``07.30`` and ``07:30`` all read as 07:30) and the note, then to the next row.  A value the
core would refuse is refused on the spot with a message in the status line.  Ctrl+S saves
the whole day in one call of :func:`wfh_desktop.attendance.save_day_sheet` (every row or
none; the rows it refuses are marked); Ctrl+Z / Ctrl+Y undo and redo what is not saved yet.
A locked day is read-only; Correct... (F2) adds a correction with a reason, and the
original stays beside it.  History... (Ctrl+H, also in the context menu) shows every change
of the selected row's keyed entry from the sync change log.

Month view: staff x working days, the recap numbers of the unit and a chart of the on-site
count against the cap; Close month stores the fingerprint of the month.

Questions, file choosers, dialogs and error boxes go through :meth:`AttendancePage.ask`,
:meth:`AttendancePage.choose_open_file`, :meth:`AttendancePage.choose_save_file`,
:meth:`AttendancePage.exec_dialog` and :meth:`AttendancePage.show_error`, which tests
replace.  The PDF renderers are imported when a print button is pressed.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import accounts, attendance, recap, register, roster, sync
from wfh_desktop.i18n import language
from wfh_desktop.settings import MONTHS_EN, MONTHS_ID, format_date_id

from . import permissions, runner
from .attendance_dialogs import (
    AttendanceImportDialog,
    CorrectionDialog,
    PrintDialog,
    last_dir,
    remember_dir,
)
from .attendance_model import (
    COL_EXPECTED,
    COL_HISTORY,
    COL_KEYED_BY,
    COL_NAME,
    COL_NO,
    COL_NOTE,
    COL_POSITION,
    COL_SOURCE,
    COL_STATUS,
    COL_TIME_IN,
    COL_TIME_OUT,
    COLUMN_OF,
    CORRECTED_BACKGROUND,
    CORRECTED_MARK,
    EDITABLE_COLUMNS,
    EXPECTED_TEXT,
    MONTH_COL_NAME,
    MONTH_FIRST_DAY_COL,
    PENDING_BACKGROUND,
    RECAP_COL_NAME,
    SOURCE_KEYS,
    DayModel,
    MonthModel,
    RecapModel,
    expected_code,
    plain_tip,
    short_stamp,
    source_label,
)
from .conflicts_model import kind_label
from .history_dialog import HistoryDialog
from .roster_chart import RosterChart
from .roster_page import DEPTH_ROLE, UnitItemDelegate

DAY, MONTH = "day", "month"
SETTINGS_UNIT = "attendance/unit"
SETTINGS_VIEW = "attendance/view"
SETTINGS_SOURCE = "attendance/source"
SEARCH_DAYS = 400  # how far the previous/next working day is looked for


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


@dataclass(frozen=True)
class ChartDay:
    """What :class:`ui.roster_chart.RosterChart` draws for a day: keyed on site (H) of the
    rotation group against its cap."""
    date: dt.date
    onsite: int
    cap: int | None
    headcount: int
    policy: str | None


# --- the grid --------------------------------------------------------------------------------

class EntryDelegate(QStyledItemDelegate):
    """A line editor per cell.  Enter, Tab and Shift+Tab check the text first: a value the
    model refuses keeps the editor open (the message goes to the status line); an accepted
    one is committed and ``advance`` says where the cursor goes ("down", "next",
    "previous")."""

    advance = Signal(str)

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        column = index.column()
        editor.setMaxLength(attendance.MAX_NOTE if column == COL_NOTE else 8)
        editor.setProperty("column", column)
        editor.setProperty("row", index.row())
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)

    def check(self, editor) -> bool:
        """True when the editor's text would be accepted; else the model says why."""
        view = self.parent()
        model = view.model()
        value, error = model.validate(editor.property("row"), editor.property("column"),
                                      editor.text())
        if error:
            model.refused.emit(error)
            editor.selectAll()
            return False
        return True

    def finish(self, editor, move: str | None) -> bool:
        if not self.check(editor):
            return False
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move:
            self.advance.emit(move)
        return True

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish(editor, "down")
                return True
            if key == Qt.Key.Key_Tab:
                self.finish(editor, "next")
                return True
            if key == Qt.Key.Key_Backtab:
                self.finish(editor, "previous")
                return True
        return super().eventFilter(editor, event)


class AttendanceTable(QTableView):
    """The day grid.  Typing a letter or digit starts editing (on a name column: the
    Status cell of the row); Enter moves down, Tab and Shift+Tab go through the cells that
    take input, row after row; Delete clears a cell.  Keys sent to the grid while a cell is
    being edited go to the cell's editor."""

    clear_requested = Signal()
    read_only_key = Signal()
    resized = Signal()
    end_reached = Signal()  # Enter or Tab on the last row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entry_delegate = EntryDelegate(self)
        self.setItemDelegate(self.entry_delegate)
        self.entry_delegate.advance.connect(self.advance)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def open_editor(self):
        if self.state() != QAbstractItemView.State.EditingState:
            return None
        editor = self.indexWidget(self.currentIndex())
        return editor if editor is not None and shiboken6.isValid(editor) else None

    def commit_editor(self) -> bool:
        """Commit an open editor (before saving); False when its text is refused."""
        editor = self.open_editor()
        if editor is None:
            return True
        return self.entry_delegate.finish(editor, None)

    def advance(self, move: str) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        if move == "down":
            moved = self.go(index.row() + 1, index.column())
        else:
            moved = self.go_editable(index.row(), index.column(), 1 if move == "next" else -1)
        if not moved and move != "previous":
            self.end_reached.emit()

    def go(self, row: int, column: int) -> bool:
        model = self.model()
        if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
            self.setCurrentIndex(model.index(row, column))
            return True
        return False

    def next_editable(self, row: int, column: int, step: int) -> tuple[int, int] | None:
        cells = [(r, c) for r in range(self.model().rowCount()) for c in EDITABLE_COLUMNS]
        if not cells:
            return None
        if column in EDITABLE_COLUMNS:
            i = cells.index((row, column)) + step
        elif step > 0:
            i = next((k for k, (r, c) in enumerate(cells) if (r, c) > (row, column)),
                     len(cells))
        else:
            before = [k for k, (r, c) in enumerate(cells) if (r, c) < (row, column)]
            i = before[-1] if before else -1
        return cells[i] if 0 <= i < len(cells) else None

    def go_editable(self, row: int, column: int, step: int) -> bool:
        target = self.next_editable(row, column, step)
        return target is not None and self.go(*target)

    def moveCursor(self, action, modifiers):
        current = self.currentIndex()
        if current.isValid() and action in (QAbstractItemView.CursorAction.MoveNext,
                                             QAbstractItemView.CursorAction.MovePrevious):
            step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            target = self.next_editable(current.row(), current.column(), step)
            return self.model().index(*target) if target else current
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event) -> None:
        editor = self.open_editor()
        if editor is not None:
            QCoreApplication.sendEvent(editor, event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        index = self.currentIndex()
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.advance("down")
            return
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            return
        text = event.text()
        if plain and text and text.isprintable() and not text.isspace() and index.isValid():
            model = self.model()
            if not model.editable:
                self.read_only_key.emit()
                return
            if index.column() not in EDITABLE_COLUMNS:
                index = model.index(index.row(), COL_STATUS)
                self.setCurrentIndex(index)
            if self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
                editor = self.open_editor()
                if editor is not None:
                    editor.setText(text)  # the typed key replaces what the cell showed
                return
        super().keyPressEvent(event)


class KeyingModel(DayModel):
    """The page's day grid: read-only too for an account that may not key attendance."""

    may_key = True

    @property
    def editable(self) -> bool:
        return self.may_key and DayModel.editable.fget(self)


# --- the page ---------------------------------------------------------------------------------

class AttendancePage(QWidget):
    """One unit's attendance for a day or a month; see the module docstring."""

    saved = Signal(object)  # the KeyResult of a saved day
    refreshed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = QSettings().value(SETTINGS_VIEW, DAY)
        if self.view not in (DAY, MONTH):
            self.view = DAY
        self.day: dt.date = dt.date.today()
        self.sheet = None
        self.month_recap = None
        self.month_unit = None
        self.last_task: runner.Task | None = None
        self._shown: tuple | None = None  # (unit code, day) of the sheet on screen
        self._units: dict[str, dict] = {}
        self._codes: list = []
        self.undo_stack = QUndoStack(self)

        # --- the first row: unit, view, date ------------------------------------------
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMaxVisibleItems(25)
        self.unit_combo.setItemDelegate(UnitItemDelegate(self.unit_combo))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)

        self.day_button = QToolButton()
        self.day_button.setText(self.tr("&Day"))
        self.day_button.setToolTip(self.tr("Key and check one day"))
        self.month_button = QToolButton()
        self.month_button.setText(self.tr("&Month"))
        self.month_button.setToolTip(self.tr("The month: codes per day, recap, chart"))
        self.view_group = QButtonGroup(self)
        for button, view in ((self.day_button, DAY), (self.month_button, MONTH)):
            button.setCheckable(True)
            button.setChecked(view == self.view)
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            self.view_group.addButton(button)

        self.prev_button = QToolButton()
        self.prev_button.setText("<")
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous working day, or month (Alt+Left)"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText(">")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next working day, or month (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setKeyboardTracking(False)  # a typed date counts once it is complete
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.dateChanged.connect(self._date_edited)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Show today (Alt+Home)"))
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        self.today_button.clicked.connect(lambda: self.show_day(dt.date.today()))
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.period_label.font())
        bold.setBold(True)
        self.period_label.setFont(bold)

        # --- actions --------------------------------------------------------------------
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = QAction(self.tr("&Save day"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setToolTip(self.tr("Key the whole day as shown: typed values and "
                                            "the roster's expectation of the rest (Ctrl+S)"))
        self.save_action.triggered.connect(self.save_day)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(
                plain_tip(self.tr("Undo: {what} (Ctrl+Z)").format(what=text)) if text else ""))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(
                plain_tip(self.tr("Redo: {what} (Ctrl+Y)").format(what=text)) if text else ""))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.correct_action = QAction(self.tr("&Correct..."), self)
        self.correct_action.setShortcut(QKeySequence("F2"))
        self.correct_action.setToolTip(self.tr("Correct the selected entry of a locked day, "
                                               "with a reason (F2)"))
        self.correct_action.triggered.connect(self.correct_current)
        # everyone may read the history of an entry
        self.history_action = QAction(self.tr("History..."), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.history_action.setEnabled(False)
        for action in (self.save_action, self.undo_action, self.redo_action,
                       self.correct_action, self.history_action):
            action.setShortcutContext(page_wide)
            self.addAction(action)

        # --- the banner (locked, closed, not a working day) -----------------------------
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()

        # --- the day view -----------------------------------------------------------------
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source")
        for key in SOURCE_KEYS:
            self.source_combo.addItem(source_label(key), key)
        i = self.source_combo.findData(QSettings().value(SETTINGS_SOURCE, "paper"))
        self.source_combo.setCurrentIndex(max(i, 0))
        self.source_combo.currentIndexChanged.connect(
            lambda _i: QSettings().setValue(SETTINGS_SOURCE, self.source()))
        source_label_widget = QLabel(self.tr("S&ource:"))
        source_label_widget.setBuddy(self.source_combo)
        self.save_button = self._button(self.save_action, "save")
        self.undo_button = self._button(self.undo_action, "undo")
        self.redo_button = self._button(self.redo_action, "redo")
        self.lock_button = QPushButton(self.tr("&Lock day..."))
        self.lock_button.setObjectName("lock")
        self.lock_button.setToolTip(self.tr("Lock the day of this unit and its sub-units: "
                                            "afterwards only a correction with a reason "
                                            "changes it"))
        self.lock_button.clicked.connect(self.lock_day)
        self.correct_button = self._button(self.correct_action, "correct")

        self.model = KeyingModel(self)
        self.model.may_key = permissions.allowed(ctx, "attendance.key")
        self.model.undo_stack = self.undo_stack
        self.model.refused.connect(self._refused)
        self.model.pending_changed.connect(self._update_state)
        self.model.touched.connect(self._touched)
        self.table = AttendanceTable()
        self.table.setObjectName("attendance")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendance of the day"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.clear_requested.connect(self.clear_current)
        self.table.read_only_key.connect(self._read_only_key)
        self.table.end_reached.connect(self._end_reached)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_state())
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resized.connect(self._fit_day_columns)
        self.legend = self._legend()

        day_tools = QHBoxLayout()
        day_tools.setContentsMargins(0, 0, 0, 0)
        day_tools.addWidget(source_label_widget)
        day_tools.addWidget(self.source_combo)
        day_tools.addWidget(self.save_button)
        day_tools.addWidget(self.undo_button)
        day_tools.addWidget(self.redo_button)
        day_tools.addSpacing(16)
        day_tools.addWidget(self.lock_button)
        day_tools.addWidget(self.correct_button)
        day_tools.addStretch(1)
        day_tools_widget = QWidget()
        day_tools_widget.setLayout(day_tools)

        day_view = QWidget()
        day_layout = QVBoxLayout(day_view)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.table, 1)
        day_layout.addLayout(self.legend)
        day_layout.addWidget(self.keys_label)

        # --- the month view ---------------------------------------------------------------
        self.close_button = QPushButton(self.tr("&Close month..."))
        self.close_button.setObjectName("close_month")
        self.close_button.setToolTip(self.tr("Lock every day of the month for this unit and "
                                             "its sub-units and store the fingerprint of "
                                             "its data"))
        self.close_button.clicked.connect(self.close_month)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        month_tools = QHBoxLayout()
        month_tools.setContentsMargins(0, 0, 0, 0)
        month_tools.addWidget(self.close_button)
        month_tools.addSpacing(8)
        month_tools.addWidget(self.fingerprint_label, 1)
        month_tools_widget = QWidget()
        month_tools_widget.setLayout(month_tools)

        self.month_model = MonthModel(self)
        self.month_table = QTableView()
        self.month_table.setObjectName("month")
        self.month_table.setModel(self.month_model)
        self.month_table.setAccessibleName(self.tr("Attendance of the month"))
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setWordWrap(False)
        self.month_table.verticalHeader().setVisible(False)
        self.month_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.month_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() + 8)
        self.month_table.horizontalHeader().setHighlightSections(False)
        self.month_table.activated.connect(self.open_month_cell)
        self.month_table.doubleClicked.connect(self.open_month_cell)
        self.recap_model = RecapModel(self)
        self.recap_table = QTableView()
        self.recap_table.setObjectName("recap")
        self.recap_table.setModel(self.recap_model)
        self.recap_table.setAccessibleName(self.tr("Recap of the month"))
        self.recap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recap_table.setWordWrap(False)
        self.recap_table.verticalHeader().setVisible(False)
        self.recap_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.recap_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() + 6)
        self.recap_table.horizontalHeader().setStretchLastSection(True)
        self.chart = RosterChart()
        self.chart.setObjectName("chart")
        recap_box = QWidget()
        recap_layout = QVBoxLayout(recap_box)
        recap_layout.setContentsMargins(0, 0, 0, 0)
        self.recap_title = QLabel()
        self.recap_title.setTextFormat(Qt.TextFormat.PlainText)
        self.recap_title.setFont(bold)
        recap_layout.addWidget(self.recap_title)
        recap_layout.addWidget(self.recap_table, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(recap_box)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 1)
        bottom.setChildrenCollapsible(False)
        self.month_bottom = bottom
        self._month_sized = False
        self.month_splitter = QSplitter(Qt.Orientation.Vertical)
        self.month_splitter.addWidget(self.month_table)
        self.month_splitter.addWidget(bottom)
        self.month_splitter.setStretchFactor(0, 3)
        self.month_splitter.setStretchFactor(1, 2)
        self.month_splitter.setChildrenCollapsible(False)

        # --- files and print (both views) --------------------------------------------------
        self.import_button = QPushButton(self.tr("&Import..."))
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr("Import attendance from a CSV or Excel file, "
                                              "checked before anything is written"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Export the month's attendance of this unit "
                                              "and its sub-units to CSV or Excel"))
        self.export_button.clicked.connect(self.export_file)
        self.print_sheet_button = QPushButton(self.tr("&Print sheet..."))
        self.print_sheet_button.setObjectName("print_sheet")
        self.print_sheet_button.setToolTip(self.tr("The attendance sheet of the day to "
                                                   "print and sign (PDF)"))
        self.print_sheet_button.clicked.connect(self.print_sheet)
        self.print_recap_button = QPushButton(self.tr("Print &recap..."))
        self.print_recap_button.setObjectName("print_recap")
        self.print_recap_button.setToolTip(self.tr("The attendance recap of the month (PDF)"))
        self.print_recap_button.clicked.connect(self.print_recap)

        # --- settings: the codes and the working hours ------------------------------------
        self.codes_action = QAction(self.tr("Attendance &codes..."), self)
        self.codes_action.setToolTip(self.tr("Add, change or deactivate the attendance "
                                             "codes of this region"))
        self.codes_action.triggered.connect(self.edit_codes)
        self.hours_action = QAction(self.tr("&Working hours..."), self)
        self.hours_action.setToolTip(self.tr("The start, end and break of each weekday, "
                                             "against which late arrival and early leave "
                                             "are measured"))
        self.hours_action.triggered.connect(self.edit_working_hours)
        self.settings_menu = QMenu(self)
        self.settings_menu.setToolTipsVisible(True)  # says why an action is disabled
        self.settings_menu.addAction(self.codes_action)
        self.settings_menu.addAction(self.hours_action)
        # what the account's role allows (the core refuses the rest anyway)
        for target, permission in (
                (self.save_action, "attendance.key"), (self.undo_action, "attendance.key"),
                (self.redo_action, "attendance.key"), (self.import_button, "attendance.key"),
                (self.lock_button, "attendance.lock"), (self.close_button, "attendance.lock"),
                (self.correct_action, "attendance.correct"),
                (self.codes_action, "attendance.codes"),
                (self.hours_action, "attendance.codes")):
            permissions.apply(ctx, target, permission)
        self.settings_button = QPushButton(self.tr("S&ettings"))
        self.settings_button.setObjectName("attendance_settings")
        self.settings_button.setToolTip(self.tr("Attendance codes and working hours"))
        self.settings_button.setMenu(self.settings_menu)

        # --- status line --------------------------------------------------------------------
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line = QLabel()
        self.status_line.setObjectName("status_line")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("Messages"))

        # --- layout -----------------------------------------------------------------------
        self.views = QStackedWidget()
        self.views.addWidget(day_view)
        self.views.addWidget(self.month_splitter)
        self.tools = QStackedWidget()
        self.tools.addWidget(day_tools_widget)
        self.tools.addWidget(month_tools_widget)
        self.tools.setSizePolicy(self.tools.sizePolicy().horizontalPolicy(),
                                 day_tools_widget.sizePolicy().verticalPolicy())

        row1 = QHBoxLayout()
        row1.addWidget(unit_label)
        row1.addWidget(self.unit_combo, 2)
        row1.addSpacing(12)
        row1.addWidget(self.day_button)
        row1.addWidget(self.month_button)
        row1.addSpacing(12)
        row1.addWidget(self.prev_button)
        row1.addWidget(self.date_edit)
        row1.addWidget(self.next_button)
        row1.addWidget(self.today_button)
        row1.addSpacing(12)
        row1.addWidget(self.period_label, 3)
        row2 = QHBoxLayout()
        row2.addWidget(self.tools, 1)
        row2.addWidget(self.import_button)
        row2.addWidget(self.export_button)
        row2.addWidget(self.print_sheet_button)
        row2.addWidget(self.print_recap_button)
        row2.addWidget(self.settings_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        status = QHBoxLayout()
        status.addWidget(self.status_line, 1)
        status.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.banner)
        layout.addWidget(self.views, 1)
        layout.addWidget(line)
        layout.addLayout(status)

        ctx.changed.connect(self._on_changed)
        self._load_units()
        self._load_codes()
        self.day = self.default_date()
        self.refresh()

    def _button(self, action: QAction, name: str = "") -> QPushButton:
        """A push button that runs *action* and follows its enabled state and tooltip (a
        tool button would drop the "..." of the action's text)."""
        button = QPushButton(action.text())
        if name:
            button.setObjectName(name)
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)

        def follow():
            if shiboken6.isValid(button):
                button.setEnabled(action.isEnabled())
                button.setToolTip(action.toolTip())

        action.changed.connect(follow)
        return button

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(2, 2, 2, 2)
        self.expected_sample = expected = QLabel()
        expected.setTextFormat(Qt.TextFormat.PlainText)
        expected.setStyleSheet(f"color: {EXPECTED_TEXT.name()}; font-style: italic;"
                               "border: 1px solid #bbbbbb; padding: 0 4px;")
        row.addWidget(expected)
        row.addWidget(QLabel(self.tr("expected from the roster, not confirmed")))
        row.addSpacing(10)
        for color, text in ((PENDING_BACKGROUND, self.tr("typed, not saved")),
                            (CORRECTED_BACKGROUND, self.tr("corrected"))):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {color.name()}; border: 1px solid #888888;")
            row.addWidget(swatch)
            row.addWidget(QLabel(text))
            row.addSpacing(10)
        row.addStretch(1)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("keys")
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #555555; margin-left: 2px;")
        return row

    # --- loading ----------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind in ("staff", "units"):
            self._load_units()
        if kind in ("settings", "attendance_codes"):
            self._load_codes()
        if kind in ("staff", "units", "policies", "roster", "attendance", "settings",
                    "attendance_codes", "attendance_hours"):
            self.refresh()

    def _load_units(self) -> None:
        current = self.unit_combo.currentData() or QSettings().value(SETTINGS_UNIT, "")
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self._units = {}
        for unit, depth in register.unit_tree(self.ctx.db):
            self._units[unit["code"]] = unit
            self.unit_combo.addItem(unit["name"], unit["code"])
            i = self.unit_combo.count() - 1
            self.unit_combo.setItemData(i, depth, DEPTH_ROLE)
            self.unit_combo.setItemData(i, plain_tip(f"{unit['code']} - {unit['name']}"),
                                        Qt.ItemDataRole.ToolTipRole)
        i = self.unit_combo.findData(current) if current else -1
        self.unit_combo.setCurrentIndex(max(i, 0) if self.unit_combo.count() else -1)
        self.unit_combo.blockSignals(False)

    def _load_codes(self) -> None:
        self._codes = attendance.list_codes(self.ctx.db, category="status", active_only=True)
        self.model.set_codes(self._codes)
        codes = [c.code for c in self._codes]
        self.expected_sample.setText(codes[0] if codes else "")
        shortcuts = [f"{c[0]} = {c}" for c in codes
                     if c[0] not in codes and sum(1 for x in codes if x[0] == c[0]) == 1]
        self.keys_label.setText(self.tr(
            "Type a code and Enter: {codes}{shortcuts}. Tab: times (0730), note. Delete "
            "clears, Ctrl+Z undoes, Ctrl+S saves the day.").format(codes=", ".join(codes),
                              shortcuts=f" ({', '.join(shortcuts)})" if shortcuts else ""))
        self.keys_label.setToolTip(plain_tip("\n".join(f"{c.code}: {c.meaning}"
                                                     for c in self._codes)))

    def default_date(self) -> dt.date:
        """Today when it is a working day; else the last working day before it within the
        latest policy, or the policy's first working day."""
        from wfh_desktop import policy as policies

        today = dt.date.today()
        latest = None
        for p in policies.list_policies(self.ctx.db):
            if latest is None or (p.valid_from, p.number) > (latest.valid_from, latest.number):
                latest = p
        if latest is None:
            return today
        end = min(today, latest.valid_to)
        start = latest.valid_from
        if end >= start:
            days = attendance.Calendar(self.ctx.db, start, end).working_days(start, end)
            if days:
                return days[-1] if today <= latest.valid_to else days[0]
        return start

    # --- what is selected --------------------------------------------------------------
    def unit_code(self) -> str | None:
        return self.unit_combo.currentData() or None

    def select_unit(self, code: str) -> bool:
        i = self.unit_combo.findData(code)
        if i < 0:
            return False
        self.unit_combo.setCurrentIndex(i)
        return self.unit_code() == code

    def source(self) -> str:
        return self.source_combo.currentData()

    def user_name(self) -> str:
        """Who keys: the account logged in (before accounts exist, the one signed in to
        this computer)."""
        return accounts.who(self.ctx.db)

    def month(self) -> str:
        return month_key(self.day)

    def current_row(self):
        index = self.table.currentIndex()
        return self.model.sheet_row(index.row()) if index.isValid() else None

    # --- navigation ---------------------------------------------------------------------
    def may_leave(self) -> bool:
        """The main window asks before it closes or another user logs in."""
        return self._may_leave()

    def _may_leave(self) -> bool:
        """True when nothing typed would be lost, or the clerk lets it go."""
        if not self.model.has_pending():
            return True
        if self.ask(self.tr("{n} rows have changes that are not saved. Leave them unsaved "
                            "(they are lost)?").format(n=self.model.pending_count())):
            self.model.set_sheet(self.sheet)
            self.undo_stack.clear()
            return True
        return False

    def _unit_changed(self, _index: int) -> None:
        code = self.unit_code()
        if self._shown and self._shown[0] != code and not self._may_leave():
            self.unit_combo.blockSignals(True)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(self._shown[0]))
            self.unit_combo.blockSignals(False)
            return
        if code:
            QSettings().setValue(SETTINGS_UNIT, code)
        self.refresh()

    def _date_edited(self, qdate: QDate) -> None:
        day = qdate.toPython()
        if day != self.day:
            self.show_day(day)

    def show_day(self, day: dt.date) -> bool:
        if day != self.day and not self._may_leave():
            self._sync_date_edit()
            return False
        self.day = day
        self.refresh()
        return True

    def set_view(self, view: str) -> None:
        self.view = view
        QSettings().setValue(SETTINGS_VIEW, view)
        self.day_button.setChecked(view == DAY)
        self.month_button.setChecked(view == MONTH)
        self.refresh()

    def working_day(self, start: dt.date, step: int) -> dt.date | None:
        """The nearest working day after (*step* 1) or before (-1) *start*."""
        first = start + dt.timedelta(days=step)
        lo, hi = sorted((first, start + dt.timedelta(days=step * SEARCH_DAYS)))
        days = attendance.Calendar(self.ctx.db, lo, hi).working_days(lo, hi)
        if not days:
            return None
        return days[0] if step > 0 else days[-1]

    def step(self, delta: int) -> None:
        if self.view == DAY:
            target = self.working_day(self.day, 1 if delta > 0 else -1)
            if target is None:
                self.set_status(self.tr("No working day under a policy (SE) follows this day.")
                                if delta > 0 else
                                self.tr("No working day under a policy (SE) comes before "
                                        "this day."), error=True)
                return
        else:
            month = self.day.month - 1 + delta
            first = dt.date(self.day.year + month // 12, month % 12 + 1, 1)
            last = month_bounds(first)[1]
            days = attendance.Calendar(self.ctx.db, first, last).working_days(first, last)
            target = days[0] if days else first
        self.show_day(target)

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    def period_text(self) -> str:
        if self.view == MONTH:
            months = MONTHS_EN if language() == "en" else MONTHS_ID
            return f"{months[self.day.month - 1]} {self.day.year}"
        text = format_date_id(self.day)
        if self.sheet is not None and self.sheet.policy:
            text += "  \u00b7  " + self.tr("SE {number}").format(number=self.sheet.policy)
        return text

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the unit's day (or month) again and show it; typed values are kept when
        the same day of the same unit is shown again."""
        self._sync_date_edit()
        code = self.unit_code()
        if self.view == DAY:
            self.views.setCurrentIndex(0)
            self.tools.setCurrentIndex(0)
            self.refresh_day(code)
        else:
            self.views.setCurrentIndex(1)
            self.tools.setCurrentIndex(1)
            self.refresh_month(code)
        self.period_label.setText(self.period_text())
        self._update_banner()
        self._update_state()
        self.refreshed.emit()

    def refresh_day(self, code: str | None) -> None:
        current = self.table.currentIndex()
        key = (code, self.day)
        keep = self._shown == key
        if not keep:
            self.undo_stack.clear()
        self.sheet = attendance.day_sheet(self.ctx.db, code, self.day) if code else None
        self.model.set_sheet(self.sheet, keep_pending=keep)
        self._shown = key
        if self.model.rowCount():
            self._fit_day_columns()
            row = current.row() if keep and current.isValid() else 0
            column = current.column() if keep and current.isValid() else COL_STATUS
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1),
                                                        column))

    def _fit_day_columns(self) -> None:
        """Fixed widths for codes, times and stamps; Name, Position and Note share the
        rest of the width."""
        if not self.model.rowCount():
            return
        fm = self.table.fontMetrics()
        header = self.model.headerData

        def fit(*texts, pad=16):
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        def title(col):
            return header(col, Qt.Orientation.Horizontal)

        fixed = {
            COL_NO: fit("000", title(COL_NO), pad=12),
            COL_EXPECTED: fit("WFH", title(COL_EXPECTED)),
            COL_STATUS: fit(title(COL_STATUS), self.model.tr("(corrected; was {original})")
                            .format(original="WFH")),
            COL_TIME_IN: fit("00:00", title(COL_TIME_IN)),
            COL_TIME_OUT: fit("00:00", title(COL_TIME_OUT)),
            COL_SOURCE: fit(title(COL_SOURCE), *(source_label(k) for k in SOURCE_KEYS),
                            pad=12),
            COL_KEYED_BY: fit(title(COL_KEYED_BY), "00/00 00:00", pad=12),
            COL_HISTORY: fit(title(COL_HISTORY), f"{CORRECTED_MARK} 00", pad=12),
        }
        for col, width in fixed.items():
            self.table.setColumnWidth(col, width)
        free = self.table.viewport().width() - sum(fixed.values())
        name = max(int(free * 0.42), 170)
        position = max(int(free * 0.32), 110)
        self.table.setColumnWidth(COL_NAME, name)
        self.table.setColumnWidth(COL_POSITION, position)
        self.table.setColumnWidth(COL_NOTE, max(free - name - position, 110))

    def refresh_month(self, code: str | None) -> None:
        self.month_recap = None
        unit = None
        days: list = []
        expected: dict = {}
        locked: set[str] = set()
        if code:
            self.month_recap = recap.recap_data(self.ctx.db, self.month(), code)
            unit = next((u for u in self.month_recap.units if u.unit_code == code), None)
        if unit is not None:
            days = [d for d in unit.days if d.workday]
            start, end = self.month_recap.start, self.month_recap.end
            status = {c.code for c in self._codes}
            grid = roster.roster_grid(self.ctx.db, code, start, end)
            expected = {key: expected_code(cell, status) for key, cell in grid.cells.items()}
            locked = {d.date.isoformat() for d in days
                      if attendance.is_locked(self.ctx.db, code, d.date)}
        self.month_unit = unit
        self.month_model.set_month(unit, days, expected, locked)
        self.recap_model.set_rows(unit.rows if unit else [])
        self.chart.set_days([ChartDay(d.date, d.group_onsite, d.cap, d.headcount, d.policy)
                             for d in days])
        self.recap_title.setText(self.tr("Recap of {month}: {days} working days").format(
            month=self.period_text(), days=len(days)))
        self._fit_month_columns()
        self._update_fingerprint()

    def _fit_month_columns(self) -> None:
        fm = self.month_table.fontMetrics()
        self.month_table.resizeColumnToContents(MONTH_COL_NAME)
        self.month_table.setColumnWidth(
            MONTH_COL_NAME, min(self.month_table.columnWidth(MONTH_COL_NAME), 240))
        width = max(fm.horizontalAdvance("WFH"), fm.horizontalAdvance("00/00")) + 10
        for col in range(MONTH_FIRST_DAY_COL, self.month_model.columnCount()):
            self.month_table.setColumnWidth(col, width)
        if not self._month_sized and self.width() > 300:
            width = self.width() - 8
            self.month_bottom.setSizes([int(width * 0.53), width - int(width * 0.53)])
            self._month_sized = True
        self.recap_table.resizeColumnsToContents()
        self.recap_table.setColumnWidth(RECAP_COL_NAME,
                                        min(self.recap_table.columnWidth(RECAP_COL_NAME), 170))

    def _update_fingerprint(self) -> None:
        unit = self.month_unit
        if unit is None:
            self.fingerprint_label.setText("")
            return
        if unit.closed:
            c = unit.closure
            text = self.tr("Closed by {who} on {at}; fingerprint at closing: {fp}").format(
                who=c.get("closed_by") or "-", at=short_stamp(c.get("closed_at")),
                fp=unit.closed_fingerprint)
            if unit.changed_since_close:
                text += "  " + self.tr("(corrected since: now {fp})").format(fp=unit.fingerprint)
        else:
            text = self.tr("Not closed; fingerprint of the data now: {fp}").format(
                fp=unit.fingerprint)
        self.fingerprint_label.setText(text)

    def _update_banner(self) -> None:
        text, style = "", ""
        lock = None
        if self.view == DAY and self.sheet is not None:
            lock = self.sheet.lock
            if self.sheet.policy is None:
                text = self.tr("No surat edaran (SE) covers {date}; there is nothing to key "
                               "on this day.").format(date=format_date_id(self.day))
            elif not self.sheet.workday:
                kind = self.tr("a holiday") if self.sheet.off_code == "LN" else \
                    self.tr("a day off")
                text = self.tr("{date} is {kind} under SE {number}; there is nothing to key."
                               ).format(date=format_date_id(self.day), kind=kind,
                                        number=self.sheet.policy)
        elif self.view == MONTH and self.unit_code():
            unit = self.month_unit
            if unit is not None and unit.closed:
                lock = {"kind": "month", "by": unit.closure.get("closed_by"),
                        "at": unit.closure.get("closed_at")}
        if lock is not None:
            style = "background: #fde2e2; color: #7a0010; border: 1px solid #d08080;"
            if lock["kind"] == "month":
                text = self.tr("LOCKED: {month} is closed (by {who}, {at}). Entries change "
                               "only by a correction with a reason (Correct..., F2).").format(
                    month=self.period_text() if self.view == MONTH else month_key(self.day),
                    who=lock["by"] or "-", at=short_stamp(lock["at"]))
            else:
                text = self.tr("LOCKED: this day was locked by {who} on {at}. Entries change "
                               "only by a correction with a reason (Correct..., F2).").format(
                    who=lock["by"] or "-", at=short_stamp(lock["at"]))
        elif text:
            style = "background: #eeeeee; color: #333333; border: 1px solid #bbbbbb;"
        self.banner.setText(text)
        self.banner.setStyleSheet(style + " padding: 6px; font-weight: bold;")
        self.banner.setVisible(bool(text))

    def _update_state(self) -> None:
        day_view = self.view == DAY
        sheet = self.sheet
        editable = day_view and self.model.editable
        unconfirmed = sum(1 for r in self.model.rows() if r.entry is None and r.expected)
        self.save_action.setEnabled(editable and (self.model.has_pending() or unconfirmed > 0))
        self.lock_button.setEnabled(day_view and sheet is not None and sheet.workday
                                    and sheet.policy is not None and not sheet.locked)
        locked = day_view and sheet is not None and sheet.locked
        self.correct_action.setEnabled(locked and self.current_row() is not None)
        self._update_history_action()
        self.close_button.setEnabled(not day_view and self.month_unit is not None
                                     and not self.month_unit.closed)
        has_unit = self.unit_code() is not None
        for button in (self.import_button, self.export_button, self.print_sheet_button,
                       self.print_recap_button):
            button.setEnabled(has_unit)
        self.source_combo.setEnabled(editable)
        if day_view and sheet is not None:
            keyed = sum(1 for r in self.model.rows() if r.entry is not None)
            text = self.tr("{total} staff: {keyed} keyed, {expected} expected only").format(
                total=len(self.model.rows()), keyed=keyed, expected=unconfirmed)
            if self.model.has_pending():
                text += "; " + self.tr("{n} rows changed, not saved").format(
                    n=self.model.pending_count())
            self.summary_label.setText(text)
        elif not day_view and self.month_recap is not None:
            unit = self.month_unit
            self.summary_label.setText(self.tr("{staff} staff, {days} working days").format(
                staff=len(unit.rows) if unit else 0, days=len(self.month_model.days())))
        else:
            self.summary_label.setText("")

    def set_status(self, text: str, error: bool = False) -> None:
        self.status_line.setText(text)
        self.status_line.setStyleSheet("color: #b00020; font-weight: bold;" if error else
                                       "color: #1b5e20;")

    def status_text(self) -> str:
        return self.status_line.text()

    def _refused(self, message: str) -> None:
        self.set_status(message, error=True)

    def _read_only_key(self) -> None:
        sheet = self.sheet
        if not self.model.may_key:
            self.set_status(permissions.reason(self.ctx, "attendance.key"), error=True)
        elif sheet is not None and sheet.locked:
            self.set_status(self.tr("This day is locked: press F2 (Correct...) to correct "
                                    "an entry with a reason."), error=True)
        else:
            self.set_status(self.tr("There is nothing to key on this day."), error=True)

    def _end_reached(self) -> None:
        if self.model.editable:
            self.set_status(self.tr("That was the last row. Ctrl+S saves the day."))

    def _touched(self, row: int, column: int) -> None:
        """A typed value changed (typing, undo, redo): that cell becomes the current one,
        so an undo shows what it undid."""
        if self.table.open_editor() is None:
            self.table.setCurrentIndex(self.model.index(row, column))

    # --- keying -------------------------------------------------------------------------
    def clear_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        if not self.model.editable:
            self._read_only_key()
            return False
        return self.model.clear_cell(index.row(), index.column())

    def type_into(self, row: int, column: int, text: str) -> bool:
        """What typing *text* into a cell and pressing Enter does (for scripts and tests
        that do not drive the keyboard)."""
        ok = self.model.setData(self.model.index(row, column), text)
        if ok:
            self.set_status("")
        return ok

    def save_day(self) -> bool:
        """Key the day as shown, in one call: every row or none."""
        if not self.table.commit_editor():
            return False
        sheet = self.sheet
        if sheet is None or not self.model.editable:
            return False
        code, day = sheet.unit_code, sheet.date
        changes = self.model.pending_changes()
        by, source = self.user_name(), self.source()
        try:
            result = attendance.save_day_sheet(self.ctx.db, code, day, changes,
                                               source=source, by=by)
        except attendance.InvalidEntries as exc:
            self.model.set_errors(exc.errors)
            rows = sorted({n for n, _e in exc.errors})
            first = next(r for r in self.model.rows() if r.no == rows[0])
            problem = exc.errors[0][1]
            self.set_status(self.tr("Nothing was saved: {n} rows have problems (marked red). "
                                    "Row {row}, {name}: {message}").format(
                n=len(rows), row=rows[0], name=first.name, message=problem.message),
                error=True)
            self.table.setCurrentIndex(self.model.index(self.model.row_of(first.staff_id),
                                                        COLUMN_OF.get(problem.column,
                                                                      COL_STATUS)))
            return False
        except attendance.DayLocked as exc:
            self.set_status(str(exc), error=True)
            self.refresh()
            return False
        except Exception as exc:  # noqa: BLE001 - reported in the one place
            runner.report_exception(self, exc)
            return False
        self.undo_stack.clear()
        current = self.table.currentIndex()
        self.model.set_sheet(self.sheet)  # typed values are now entries
        self.ctx.notify("attendance")
        self.refresh()
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.set_status(self.tr("{date} saved: {added} new, {changed} changed, {same} "
                                "unchanged (source: {source}; keyed by {who}).").format(
            date=format_date_id(day), added=result.inserted, changed=result.changed,
            same=result.unchanged, source=source_label(source), who=by or "-"))
        self.saved.emit(result)
        return True

    # --- locking and correcting ------------------------------------------------------------
    def lock_day(self) -> bool:
        sheet = self.sheet
        if sheet is None or sheet.locked or not sheet.workday:
            return False
        if not permissions.check(self, self.ctx, "attendance.lock"):
            return False
        if self.model.has_pending():
            self.set_status(self.tr("Save the day (Ctrl+S) or undo the {n} changed rows "
                                    "before locking it.").format(n=self.model.pending_count()),
                            error=True)
            return False
        question = self.tr("Lock {date} for {unit} and its sub-units? Afterwards an entry "
                           "changes only by a correction with a reason.").format(
            date=format_date_id(sheet.date), unit=sheet.unit_name)
        unconfirmed = sum(1 for r in sheet.rows if r.entry is None)
        if unconfirmed:
            question += "\n\n" + self.tr("{n} staff have no keyed entry yet (Save day keys "
                                         "the roster's expectation).").format(n=unconfirmed)
        if not self.ask(question):
            return False
        code, day, by = sheet.unit_code, sheet.date, self.user_name()
        ok, result = runner.run_now(self, self.ctx,
                                    lambda db: attendance.lock_day(db, code, day, by=by),
                                    changes=("attendance",))
        if not ok:
            return False
        self.refresh()
        text = self.tr("{date} locked for {units}.").format(
            date=format_date_id(day), units=", ".join(result.locked or result.already))
        if result.missing:
            text += " " + self.tr("{n} staff have no entry; only a correction can add one "
                                  "now.").format(n=len(result.missing))
        self.set_status(text)
        return True

    def correct_current(self) -> bool:
        row = self.current_row()
        sheet = self.sheet
        if row is None or sheet is None:
            return False
        if not sheet.locked:
            self.set_status(self.tr("This day is not locked: type the new value into the "
                                    "grid and save the day."), error=True)
            return False
        if not permissions.check(self, self.ctx, "attendance.correct"):
            return False
        dialog = CorrectionDialog(self.ctx, sheet.date, row, self._codes, self.user_name(),
                                  self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or \
                dialog.result_entry is None:
            return False
        entry = dialog.result_entry
        self.refresh()
        self.set_status(self.tr("{name}: corrected to {status} by {who} ({reason}).").format(
            name=row.name, status=entry["status"], who=entry["keyed_by"],
            reason=entry["reason"]))
        return True

    def close_month(self) -> bool:
        code = self.unit_code()
        if not code or not permissions.check(self, self.ctx, "attendance.lock"):
            return False
        month = self.month()
        label = self.period_text() if self.view == MONTH else month
        if not self.ask(self.tr("Close {month} for {unit} and its sub-units? Every day of the "
                                "month is locked and the fingerprint of its data is stored; "
                                "a later change needs a correction with a reason.").format(
                month=label, unit=self._units.get(code, {}).get("name", code))):
            return False
        by = self.user_name()
        ok, result = runner.run_now(self, self.ctx,
                                    lambda db: attendance.close_month(db, code, month, by=by),
                                    changes=("attendance",))
        if not ok:
            return False
        self.refresh()
        prints = dict(result.already)
        prints.update(result.closed)
        self.set_status(self.tr("{month} closed. Fingerprints: {prints}").format(
            month=label, prints=", ".join(f"{u} {fp}" for u, fp in prints.items())))
        return True

    # --- month ---------------------------------------------------------------------------
    def open_month_cell(self, index) -> bool:
        """Enter or a double click on a day of the month: show that day."""
        d = self.month_model.day_at(index.column())
        r = self.month_model.staff_at(index.row())
        if d is None:
            return False
        self.day = d.date
        self.set_view(DAY)
        if r is not None:
            row = self.model.row_of(r.staff_id)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, COL_STATUS))
        self.table.setFocus()
        return True

    # --- menus ---------------------------------------------------------------------------
    def cell_menu(self, index) -> QMenu | None:
        row = self.model.sheet_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        menu = QMenu(self)
        if self.model.editable:
            clear = menu.addAction(self.tr("Clear cell"), self.clear_current)
            clear.setShortcut(QKeySequence(Qt.Key.Key_Delete))
            menu.addSeparator()
            menu.addAction(self.undo_action)
            menu.addAction(self.redo_action)
            menu.addAction(self.save_action)
        else:
            menu.addAction(self.correct_action)
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.setToolTipsVisible(True)  # says why History... is disabled
        return menu

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = self.cell_menu(index)
        if menu is None:
            return
        self.table.setCurrentIndex(index)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- history ---------------------------------------------------------------------------
    def history_key(self) -> str | None:
        """The sync key (the id) of the selected row's keyed entry; None when no row is
        selected or nothing was keyed for it on the day."""
        row = self.current_row() if self.view == DAY else None
        return row.entry["id"] if row is not None and row.entry is not None else None

    def _update_history_action(self) -> None:
        row = self.current_row() if self.view == DAY else None
        key = self.history_key()
        self.history_action.setEnabled(key is not None)
        if row is not None and key is None:
            tip = self.tr("Nothing was keyed for {name} on {date} yet, so there is no "
                          "history.").format(name=row.name, date=format_date_id(self.day))
        else:
            tip = self.tr("Every change of the selected entry: when, where and by whom "
                          "(Ctrl+H)")
        self.history_action.setToolTip(plain_tip(tip))

    def show_history(self) -> bool:
        """Every change of the selected row's keyed entry (everyone may read it)."""
        key = self.history_key()
        if key is None:
            return False
        title = f"{kind_label('attendance')}: " \
                f"{sync.record_label(self.ctx.db, 'attendance', key)}"
        dialog = HistoryDialog(self.ctx, "attendance", key, title, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    def _double_clicked(self, _index) -> None:
        if self.sheet is not None and self.sheet.locked:
            self.correct_current()

    # --- settings ------------------------------------------------------------------------
    def edit_codes(self) -> None:
        """The attendance codes; a code added there can be typed at once, a deactivated
        one is refused (the page listens to ``attendance_codes``)."""
        from .codes_dialog import CodesDialog

        if not permissions.check(self, self.ctx, "attendance.codes"):
            return
        dialog = CodesDialog(self.ctx, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def edit_working_hours(self) -> bool:
        from .codes_dialog import WorkingHoursDialog

        if not permissions.check(self, self.ctx, "attendance.codes"):
            return False
        dialog = WorkingHoursDialog(self.ctx, self)
        try:
            saved = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.set_status(self.tr("Working hours saved; they measure the entries keyed "
                                    "from now on."))
        return saved

    # --- files ---------------------------------------------------------------------------
    def import_file(self) -> bool:
        if not permissions.check(self, self.ctx, "attendance.key"):
            return False
        path = self.choose_open_file()
        if not path:
            return False
        dialog = AttendanceImportDialog(self.ctx, path, source=self.source(),
                                        by=self.user_name(), parent=self)
        accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        if accepted and dialog.report is not None:
            self.set_status(self.tr("Imported {file}: {new} new, {changed} changed, "
                                    "{same} unchanged.").format(
                file=Path(path).name, new=dialog.report.inserted,
                changed=dialog.report.updated, same=dialog.report.unchanged))
        return accepted

    def export_file(self) -> runner.Task | None:
        code = self.unit_code()
        if not code:
            return None
        start, end = month_bounds(self.day)
        path = self.choose_save_file(
            self.tr("Export attendance"), f"kehadiran-{code}-{month_key(self.day)}.xlsx",
            self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))
        if not path:
            return None
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path = str(Path(path).with_suffix(".xlsx"))
        remember_dir(path)

        def done(count):
            self.set_status(self.tr("{count} entries written to {path}").format(
                count=count, path=path))

        self.last_task = runner.run_in_background(
            self, self.ctx, self.tr("Exporting attendance..."),
            lambda db: attendance.export_attendance(db, path, start, end, code),
            on_done=done, changes=())
        return self.last_task

    def print_sheet(self) -> runner.Task | None:
        code, day = self.unit_code(), self.day
        if not code:
            return None
        dialog = PrintDialog(self.tr("Print attendance sheet"),
                             f"daftar-hadir-{code}-{day.isoformat()}.pdf", True, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        path, paper, landscape = dialog.path(), dialog.paper(), dialog.landscape()

        def work(db):
            from wfh_desktop.pdf.attendance_sheet import print_sheets

            return print_sheets(db, path, day, code, paper, landscape)

        return self._print(work, path, self.tr("Printing the attendance sheet..."))

    def print_recap(self) -> runner.Task | None:
        code, month = self.unit_code(), self.month()
        if not code:
            return None
        dialog = PrintDialog(self.tr("Print attendance recap"),
                             f"rekap-kehadiran-{code}-{month}.pdf", False, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        path, paper = dialog.path(), dialog.paper()

        def work(db):
            from wfh_desktop.pdf.recap import print_recap

            return print_recap(db, path, month, code, paper)

        return self._print(work, path, self.tr("Printing the recap..."))

    def _print(self, work, path: str, label: str) -> runner.Task:
        def done(pages):
            self.set_status(self.tr("{pages} pages written to {path}").format(
                pages=pages, path=path))

        self.last_task = runner.run_in_background(self, self.ctx, label, work, on_done=done,
                                                  changes=())
        return self.last_task

    # --- state across a language switch ----------------------------------------------------
    def save_state(self) -> dict:
        return {"unit": self.unit_code(), "view": self.view, "day": self.day,
                "pending": self.model.pending_changes() if self._shown else {}}

    def restore_state(self, state: dict) -> None:
        if state.get("unit"):
            self.select_unit(state["unit"])
        self.view = state.get("view", self.view)
        self.day_button.setChecked(self.view == DAY)
        self.month_button.setChecked(self.view == MONTH)
        self.day = state.get("day", self.day)
        self.refresh()
        for staff_id, values in (state.get("pending") or {}).items():
            for field, value in values.items():
                self.model.set_pending(staff_id, field, value)

    # --- what tests replace --------------------------------------------------------------
    def ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Attendance"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def exec_dialog(self, dialog) -> int:
        return dialog.exec()

    def choose_open_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendance"), last_dir(),
                                              self.tr("CSV or Excel files (*.csv *.xlsx)"))
        if path:
            remember_dir(path)
        return path or None

    def choose_save_file(self, title: str, suggestion: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(last_dir()) / suggestion),
                                              filters)
        return path or None

    def show_error(self, text: str) -> None:
        runner.report_error(self, text)
