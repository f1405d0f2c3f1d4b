"""The daily reports page (laporan kinerja harian): import what staff at home sent by
WhatsApp and e-mail, say who the unknown senders are, verify a unit's reports of a day,
remind those who sent nothing, type in paper reports, print forms and export.

Import chat / e-mail... (or files dropped on the page) runs
:func:`wfh_desktop.reports.import_reports` off the GUI thread and says what it did; a file
that cannot be read is reported with the core's message (file, line) and nothing of it is
written.  Senders nobody could match wait under "Unknown senders": the clerk says once who
they are (:func:`~wfh_desktop.reports.assign_sender`, remembered for later imports) or sets
them aside (:func:`~wfh_desktop.reports.ignore_sender`).

Verification: the reports of the unit (with its sub-units) and day, pending first.  In the
list Up/Down move, ``A`` accepts, ``R`` returns (a note saying what to fix is required),
``N`` edits the note and ``P`` puts a report back to pending; the cursor then goes on to
the next pending report; History... (Ctrl+H, also in the list's context menu) shows every
change of the selected report from the sync change log.  The detail shows the text as it was sent, its activities
(editable, saved with :func:`~wfh_desktop.reports.save_items`), attachments and source
messages.  Missing reports: who worked from home that day and sent nothing, with a button
that copies the Indonesian reminder to the clipboard.

Imported text is never shown as rich text.  Questions, dialogs, messages and file choosers
go through :meth:`ReportsPage.ask`, :meth:`ReportsPage.ask_note`,
:meth:`ReportsPage.exec_dialog`, :meth:`ReportsPage.show_message`,
:meth:`ReportsPage.show_error` and :meth:`ReportsPage.choose_open_files`, which tests
replace.  The PDF renderers are imported when a form is printed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import accounts, attendance, register, sync
from wfh_desktop import reports as rep
from wfh_desktop.settings import format_date_id
from wfh_desktop.tabular import FileError

from . import permissions, runner
from .attendance_model import person_ident, plain_tip, short_stamp
from .conflicts_model import kind_label
from .history_dialog import HistoryDialog
from .reports_dialogs import (
    FORM_BLANK,
    FORM_DAILY,
    FORM_WEEK,
    AddReportDialog,
    ExportDialog,
    FormDialog,
    NoteDialog,
    StaffPicker,
    last_dir,
    plain_label,
    remember_dir,
    write_file,
)
from .reports_model import (
    I_COL_DESCRIPTION,
    I_COL_NOTE,
    I_COL_OUTPUT,
    I_COL_UNIT,
    I_COL_VOLUME,
    M_COL_COPY,
    M_COL_NAME,
    Q_COL_CHANNEL,
    Q_COL_FIRST,
    Q_COL_NO,
    Q_COL_NOTE,
    Q_COL_RECEIVED,
    Q_COL_STAFF,
    Q_COL_VERDICT,
    S_COL_CANDIDATES,
    S_COL_SENDER,
    VERDICT_BACKGROUND,
    ItemsModel,
    MissingModel,
    QueueModel,
    SendersModel,
    channel_label,
    verdict_label,
)
from .roster_page import DEPTH_ROLE, UnitItemDelegate

SETTINGS_UNIT = "reports/unit"
IMPORT_SUFFIXES = (".txt", ".zip", ".eml", ".mbox")
SEARCH_DAYS = 60  # how far the previous/next working day is looked for
TAB_QUEUE, TAB_SENDERS, TAB_MISSING = range(3)
VERDICT_KEYS = {Qt.Key.Key_A: "accepted", Qt.Key.Key_R: "returned", Qt.Key.Key_N: "note",
                Qt.Key.Key_P: "pending"}


def importable(path: str) -> bool:
    """A file the import takes: a chat (.txt, .zip), an e-mail (.eml) or a mailbox (.mbox
    or a file without an extension, as mail programs save them)."""
    p = Path(path)
    return p.is_file() and (p.suffix.lower() in IMPORT_SUFFIXES or not p.suffix)


class QueueTable(QTableView):
    """The verification list: ``A``, ``R``, ``N`` and ``P`` ask for a verdict
    (``verdict_key``); the other keys move as in any list."""

    verdict_key = Signal(str)  # accepted, returned, note, pending

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                     | Qt.KeyboardModifier.ShiftModifier)
        action = VERDICT_KEYS.get(event.key())
        if action and mods == Qt.KeyboardModifier.NoModifier and self.currentIndex().isValid():
            self.verdict_key.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)


class ButtonDelegate(QStyledItemDelegate):
    """Draws a cell as a push button showing the cell's text; a click on it emits
    ``clicked(row)``.  (One painted button per row, not a widget per row: the list of a
    whole OPD can be long.)"""

    clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pressed: tuple[int, int] | None = None

    @staticmethod
    def _button_rect(rect):
        return rect.adjusted(4, 4, -4, -4)

    def paint(self, painter, option, index) -> None:
        button = QStyleOptionButton()
        button.rect = self._button_rect(option.rect)
        button.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        button.state = QStyle.StateFlag.State_Enabled
        if self._pressed == (index.row(), index.column()):
            button.state |= QStyle.StateFlag.State_Sunken
        else:
            button.state |= QStyle.StateFlag.State_Raised
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(option.fontMetrics.horizontalAdvance(
            index.data(Qt.ItemDataRole.DisplayRole) or "") + 32)
        return size

    def editorEvent(self, event, model, option, index) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                        QEvent.Type.MouseButtonDblClick):
            return False
        inside = self._button_rect(option.rect).contains(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = (index.row(), index.column()) if inside else None
            return inside
        pressed, self._pressed = self._pressed, None
        if inside and pressed == (index.row(), index.column()):
            self.clicked.emit(index.row())
            return True
        return False


class ReportsPage(QWidget):
    """Daily reports; see the module docstring."""

    refreshed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.day: dt.date = dt.date.today()
        self.report: rep.Report | None = None  # the report in the detail pane
        self.last_task: runner.Task | None = None
        self.last_import: list | None = None  # (path, ImportResult or None, error) per file
        self.missing = None
        self.staff_list = register.StaffList([])
        self._units: dict[str, dict] = {}
        self._notifying = False
        self.setAcceptDrops(True)

        # --- the first row: unit, day, files ----------------------------------------------
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.setMinimumContentsLength(26)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMaxVisibleItems(25)
        self.unit_combo.setItemDelegate(UnitItemDelegate(self.unit_combo))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)

        self.prev_button = QToolButton()
        self.prev_button.setText("<")
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setToolTip(self.tr("Previous working day (Alt+Left)"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText(">")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next working day (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.dateChanged.connect(lambda d: self.show_day(d.toPython()))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Show today (Alt+Home)"))
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        self.today_button.clicked.connect(lambda: self.show_day(dt.date.today()))
        self.day_label = plain_label("", wrap=False)
        self.day_label.setObjectName("day")
        bold = QFont(self.day_label.font())
        bold.setBold(True)
        self.day_label.setFont(bold)

        self.import_button = QPushButton(self.tr("&Import chat / e-mail..."))
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr(
            "Import a WhatsApp chat export (.txt, or .zip with media), an e-mail (.eml) or a "
            "mailbox (.mbox). Files can also be dropped on this page."))
        self.import_button.clicked.connect(self.import_reports)
        self.add_button = QPushButton(self.tr("A&dd report..."))
        self.add_button.setObjectName("add")
        self.add_button.setToolTip(self.tr("Type in a report received on paper or copied "
                                           "from a message"))
        self.add_button.clicked.connect(self.add_report)
        self.print_button = QPushButton(self.tr("&Print form..."))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("The LAPORAN KINERJA HARIAN form of the selected "
                                             "report (or a blank one), or a weekly or monthly "
                                             "report, as PDF"))
        self.print_button.clicked.connect(self.print_form)
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Export the reports of a period to Excel or "
                                              "CSV"))
        self.export_button.clicked.connect(self.export_reports)

        # --- the tabs ---------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._build_queue(), "")
        self.tabs.addTab(self._build_senders(), "")
        self.tabs.addTab(self._build_missing(), "")
        self.tabs.setTabToolTip(TAB_QUEUE, self.tr("The reports of the unit and day: accept "
                                                   "or return them"))
        self.tabs.setTabToolTip(TAB_SENDERS, self.tr("Senders of imported messages the "
                                                     "register could not match"))
        self.tabs.setTabToolTip(TAB_MISSING, self.tr("Staff who worked from home on the day "
                                                     "and sent no report"))
        self.tabs.currentChanged.connect(self._tab_changed)

        # what the account's role allows (the core refuses the rest anyway)
        for target, permission in (
                (self.import_button, "reports.collect"), (self.add_button, "reports.collect"),
                (self.add_item_button, "reports.collect"),
                (self.remove_item_button, "reports.collect"),
                (self.save_items_action, "reports.collect"),
                (self.save_items_button, "reports.collect"),
                (self.discard_items_button, "reports.collect"),
                (self.assign_button, "reports.collect"), (self.ignore_button, "reports.collect"),
                (self.accept_button, "reports.verify"), (self.return_button, "reports.verify"),
                (self.note_button, "reports.verify"), (self.pending_button, "reports.verify")):
            permissions.apply(ctx, target, permission)
        if not permissions.allowed(ctx, "reports.collect"):
            self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.setAcceptDrops(False)

        # --- status line ------------------------------------------------------------------
        self.status_line = plain_label()
        self.status_line.setObjectName("status_line")
        self.status_line.setAccessibleName(self.tr("Messages"))
        self.summary_label = plain_label("", wrap=False)
        self.summary_label.setObjectName("summary")

        row1 = QHBoxLayout()
        row1.addWidget(unit_label)
        row1.addWidget(self.unit_combo, 2)
        row1.addSpacing(12)
        row1.addWidget(self.prev_button)
        row1.addWidget(self.date_edit)
        row1.addWidget(self.next_button)
        row1.addWidget(self.today_button)
        row1.addSpacing(12)
        row1.addWidget(self.day_label, 2)
        row2 = QHBoxLayout()
        row2.addWidget(self.import_button)
        row2.addWidget(self.add_button)
        row2.addStretch(1)
        row2.addWidget(self.print_button)
        row2.addWidget(self.export_button)
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(line)
        layout.addLayout(status)

        self.setFocusProxy(self.queue_table)
        ctx.changed.connect(self._on_changed)
        self._load_units()
        self._load_staff()
        self.day = self.default_date()
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _table(self, view: QTableView, name: str, accessible: str) -> QTableView:
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        vheader = view.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        view.horizontalHeader().setHighlightSections(False)
        return view

    def _build_queue(self) -> QWidget:
        self.queue_model = QueueModel(self)
        self.queue_table = self._table(QueueTable(), "queue", self.tr("Reports of the day"))
        self.queue_table.setModel(self.queue_model)
        self.queue_table.verdict_key.connect(self._verdict_key)
        self.queue_table.selectionModel().currentChanged.connect(
            lambda *_: self._show_current())
        self.queue_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.queue_table.customContextMenuRequested.connect(self._queue_menu)
        # everyone may read the history of a report; Ctrl+H works on the verification tab
        self.history_action = QAction(self.tr("History..."), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.setToolTip(self.tr(
            "Every change of the selected report: when, where and by whom (Ctrl+H)"))
        self.history_action.triggered.connect(self.show_history)
        self.history_action.setEnabled(False)
        header = self.queue_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (Q_COL_NO, Q_COL_CHANNEL, Q_COL_RECEIVED, Q_COL_VERDICT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Q_COL_FIRST, QHeaderView.ResizeMode.Stretch)
        self.queue_table.setColumnWidth(Q_COL_STAFF, 240)
        self.queue_table.setColumnWidth(Q_COL_NOTE, 200)
        self.queue_keys = plain_label(self.tr(
            "Up/Down: move.  A: accept.  R: return with a note.  N: note.  P: back to "
            "pending."), "color: #555555;")
        self.queue_keys.setObjectName("keys")
        self.queue_empty = plain_label("", "color: #555555; padding: 12px;")
        self.queue_empty.setObjectName("queue_empty")
        self.queue_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.queue_table)
        self.queue_stack.addWidget(self.queue_empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.queue_stack, 1)
        left_layout.addWidget(self.queue_keys)

        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self._build_detail())
        self.detail_empty = plain_label(self.tr("Select a report to see its text, "
                                                "activities and messages."),
                                        "color: #555555; padding: 12px;")
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_stack.addWidget(self.detail_empty)
        self.detail_stack.setCurrentIndex(1)

        self.queue_splitter = QSplitter(Qt.Orientation.Vertical)
        self.queue_splitter.addWidget(left)
        self.queue_splitter.addWidget(self.detail_stack)
        self.queue_splitter.setStretchFactor(0, 2)
        self.queue_splitter.setStretchFactor(1, 5)
        self.queue_splitter.setChildrenCollapsible(False)
        self.queue_splitter.addAction(self.history_action)
        return self.queue_splitter

    def _build_detail(self) -> QWidget:
        self.detail_name = plain_label()
        self.detail_name.setObjectName("detail_name")
        font = QFont(self.detail_name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.detail_name.setFont(font)
        self.detail_info = plain_label("", "color: #444444;")
        self.detail_info.setObjectName("detail_info")
        self.detail_verdict = plain_label()
        self.detail_verdict.setObjectName("detail_verdict")
        for label in (self.detail_name, self.detail_info, self.detail_verdict):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accept_button = QPushButton(self.tr("Accept (A)"))
        self.accept_button.setObjectName("accept")
        self.accept_button.setToolTip(self.tr("The report is complete: accept it"))
        self.accept_button.clicked.connect(lambda: self.review_current("accepted"))
        self.return_button = QPushButton(self.tr("Return... (R)"))
        self.return_button.setObjectName("return")
        self.return_button.setToolTip(self.tr("Send the report back with a note saying what "
                                              "to fix"))
        self.return_button.clicked.connect(lambda: self.review_current("returned"))
        self.note_button = QPushButton(self.tr("Note... (N)"))
        self.note_button.setObjectName("note")
        self.note_button.setToolTip(self.tr("Write or change the supervisor's note"))
        self.note_button.clicked.connect(lambda: self.review_current("note"))
        self.pending_button = QPushButton(self.tr("Pending (P)"))
        self.pending_button.setObjectName("pending")
        self.pending_button.setToolTip(self.tr("Put the report back to pending"))
        self.pending_button.clicked.connect(lambda: self.review_current("pending"))
        verdict_row = QHBoxLayout()
        verdict_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.accept_button, self.return_button, self.note_button,
                       self.pending_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            verdict_row.addWidget(button)
        verdict_row.addSpacing(8)

        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("report_text")
        self.text_view.setReadOnly(True)
        self.text_view.setAcceptDrops(False)
        self.text_view.setAccessibleName(self.tr("The report as it was sent"))
        self.attachments_label = plain_label("", "color: #444444;")
        self.attachments_label.setObjectName("attachments")
        self.attachments_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_title = QLabel(self.tr("Report text (as sent)"))
        text_title.setStyleSheet("font-weight: bold;")
        text_layout.addWidget(text_title)
        text_layout.addWidget(self.text_view, 1)
        text_layout.addWidget(self.attachments_label)

        # activities
        self.items_model = ItemsModel(self)
        self.items_model.refused.connect(lambda text: self.set_status(text, error=True))
        self.items_model.dirty_changed.connect(lambda _d: self._update_items_state())
        self.items_table = QTableView()
        self.items_table.setObjectName("items")
        self.items_table.setModel(self.items_model)
        self.items_table.setAccessibleName(self.tr("Activities"))
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.items_table.setWordWrap(True)
        numbers = self.items_table.verticalHeader()  # the No of each activity
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        numbers.setToolTip(self.tr("Number of the activity"))
        numbers.setHighlightSections(False)
        self.items_table.horizontalHeader().setHighlightSections(False)
        iheader = self.items_table.horizontalHeader()
        iheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        iheader.setSectionResizeMode(I_COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.items_table.setColumnWidth(I_COL_OUTPUT, 110)
        self.items_table.setColumnWidth(I_COL_VOLUME, 60)
        self.items_table.setColumnWidth(I_COL_UNIT, 80)
        self.items_table.setColumnWidth(I_COL_NOTE, 100)
        self.add_item_button = QPushButton(self.tr("Add activit&y"))
        self.add_item_button.setObjectName("add_item")
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button = QPushButton(self.tr("&Remove activity"))
        self.remove_item_button.setObjectName("remove_item")
        self.remove_item_button.clicked.connect(self.remove_item)
        self.save_items_action = QAction(self.tr("&Save activities"), self)
        self.save_items_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_items_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_items_action.triggered.connect(self.save_items)
        self.addAction(self.save_items_action)
        self.save_items_button = QPushButton(self.save_items_action.text())
        self.save_items_button.setObjectName("save_items")
        self.save_items_button.setToolTip(self.tr("Save the corrected activities (Ctrl+S); "
                                                  "the text as sent stays as it was"))
        self.save_items_button.clicked.connect(self.save_items)
        self.discard_items_button = QPushButton(self.tr("Discard chan&ges"))
        self.discard_items_button.setObjectName("discard_items")
        self.discard_items_button.clicked.connect(self.discard_items)
        items_buttons = QHBoxLayout()
        items_buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_item_button, self.remove_item_button):
            items_buttons.addWidget(button)
        items_buttons.addStretch(1)
        items_buttons.addWidget(self.discard_items_button)
        items_buttons.addWidget(self.save_items_button)
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items_table, 1)
        items_layout.addLayout(items_buttons)

        self.messages_view = QPlainTextEdit()
        self.messages_view.setObjectName("messages")
        self.messages_view.setReadOnly(True)
        self.messages_view.setAcceptDrops(False)
        self.messages_view.setAccessibleName(self.tr("Source messages"))

        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("detail_tabs")
        self.detail_tabs.addTab(items_box, self.tr("Activities"))
        self.detail_tabs.addTab(self.messages_view, self.tr("Source messages"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(text_box)
        split.addWidget(self.detail_tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        verdict_row.addWidget(self.detail_verdict, 1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.detail_name)
        layout.addWidget(self.detail_info)
        layout.addLayout(verdict_row)
        layout.addWidget(split, 1)
        return box

    def _build_senders(self) -> QWidget:
        self.senders_model = SendersModel(self)
        self.senders_table = self._table(QTableView(), "senders",
                                         self.tr("Senders waiting for review"))
        self.senders_table.setModel(self.senders_model)
        header = self.senders_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(S_COL_SENDER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(S_COL_CANDIDATES, QHeaderView.ResizeMode.Stretch)
        self.senders_table.setColumnWidth(S_COL_SENDER, 200)
        self.senders_table.selectionModel().currentChanged.connect(
            lambda *_: self._show_sender())
        # Enter on a sender: on to the staff picker (Enter there assigns)
        self.senders_table.activated.connect(lambda _i: self.picker.search.setFocus())
        self.senders_empty = plain_label(self.tr(
            "No sender is waiting. After an import, senders the register cannot match "
            "(an unknown number, a nickname, two staff of the same name) are listed here."),
            "color: #555555; padding: 12px;")
        self.senders_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.senders_stack = QStackedWidget()
        self.senders_stack.addWidget(self.senders_table)
        self.senders_stack.addWidget(self.senders_empty)

        self.sender_title = plain_label()
        self.sender_title.setObjectName("sender_title")
        font = QFont(self.sender_title.font())
        font.setBold(True)
        self.sender_title.setFont(font)
        self.sender_info = plain_label("", "color: #444444;")
        self.sender_info.setObjectName("sender_info")
        self.sample_view = QPlainTextEdit()
        self.sample_view.setObjectName("sample")
        self.sample_view.setReadOnly(True)
        self.sample_view.setAcceptDrops(False)
        self.sample_view.setAccessibleName(self.tr("The sender's first message"))
        self.picker = StaffPicker(self.staff_list, self)
        self.picker.setObjectName("picker")
        self.picker.selection_changed.connect(self._update_sender_state)
        self.picker.picked.connect(lambda _sid: self.assign_sender())
        who = QLabel(self.tr("&Who is this? Candidates first (bold); type to search all "
                             "staff:"))
        who.setBuddy(self.picker.search)
        who.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Assi&gn to the selected staff member"))
        self.assign_button.setObjectName("assign")
        self.assign_button.setToolTip(self.tr("File this sender's waiting messages in that "
                                              "person's reports and remember the sender for "
                                              "later imports (Enter in the list)"))
        self.assign_button.clicked.connect(self.assign_sender)
        self.ignore_button = QPushButton(self.tr("Ig&nore sender..."))
        self.ignore_button.setObjectName("ignore")
        self.ignore_button.setToolTip(self.tr("Not a staff member (the group's admin, someone "
                                              "of another office): keep their messages out "
                                              "of the reports, now and in later imports"))
        self.ignore_button.clicked.connect(self.ignore_sender)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ignore_button)
        sample_title = QLabel(self.tr("First message:"))
        about = QVBoxLayout()
        about.setContentsMargins(0, 0, 0, 0)
        about.addWidget(self.sender_title)
        about.addWidget(self.sender_info)
        about.addWidget(sample_title)
        about.addWidget(self.sample_view, 1)
        pick = QVBoxLayout()
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(who)
        pick.addWidget(self.picker, 1)
        pick.addLayout(buttons)
        detail = QWidget()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addLayout(about, 2)
        detail_layout.addSpacing(8)
        detail_layout.addLayout(pick, 3)
        self.sender_detail = detail

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.senders_stack)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        return split

    def _build_missing(self) -> QWidget:
        self.missing_model = MissingModel(self)
        self.missing_table = self._table(QTableView(), "missing",
                                         self.tr("Staff without a report"))
        self.missing_table.setModel(self.missing_model)
        self.missing_table.verticalHeader().setDefaultSectionSize(
            2 * self.fontMetrics().lineSpacing() + 10)
        header = self.missing_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M_COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.missing_table.selectionModel().currentChanged.connect(
            lambda *_: self._show_reminder())
        self.missing_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.missing_table.customContextMenuRequested.connect(self._missing_menu)
        copy_one = QAction(self.tr("Copy reminder"), self.missing_table)
        copy_one.setShortcut(QKeySequence.StandardKey.Copy)
        copy_one.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_one.triggered.connect(lambda: self.copy_reminder(
            self.missing_table.currentIndex().row()))
        self.missing_table.addAction(copy_one)
        self.missing_table.activated.connect(lambda index: self.copy_reminder(index.row()))
        self.copy_delegate = ButtonDelegate(self.missing_table)
        self.copy_delegate.clicked.connect(self.copy_reminder)
        self.missing_table.setItemDelegateForColumn(M_COL_COPY, self.copy_delegate)
        self.missing_summary = plain_label()
        self.missing_summary.setObjectName("missing_summary")
        self.copy_all_button = QPushButton(self.tr("Copy &all reminders"))
        self.copy_all_button.setObjectName("copy_all")
        self.copy_all_button.setToolTip(self.tr("Copy the reminders of everyone listed, one "
                                                "after the other"))
        self.copy_all_button.clicked.connect(self.copy_all_reminders)
        top = QHBoxLayout()
        top.addWidget(self.missing_summary, 1)
        top.addWidget(self.copy_all_button)
        self.reminder_view = QPlainTextEdit()
        self.reminder_view.setObjectName("reminder")
        self.reminder_view.setReadOnly(True)
        self.reminder_view.setAcceptDrops(False)
        self.reminder_view.setMaximumHeight(5 * self.fontMetrics().lineSpacing() + 12)
        self.reminder_view.setAccessibleName(self.tr("Reminder"))
        hint = plain_label(self.tr("Enter or Ctrl+C copies the reminder of the selected "
                                   "person; paste it into WhatsApp or an e-mail."),
                           "color: #555555;")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.missing_table, 1)
        layout.addWidget(QLabel(self.tr("Reminder (always in Indonesian):")))
        layout.addWidget(self.reminder_view)
        layout.addWidget(hint)
        return box

    # --- loading ------------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if self._notifying:
            return
        if kind in ("staff", "units"):
            self._load_units()
            self._load_staff()
        if kind == "staff" and self.senders_model.rowCount():
            # a phone number, an address or a name added: the waiting senders it identifies
            runner.run_now(self, self.ctx, rep.rematch_pending, changes=())
        if kind in ("staff", "units", "reports", "roster", "attendance", "policies",
                    "settings"):
            self.refresh()

    def _notify(self) -> None:
        """Tell the other pages that reports changed (this page has refreshed itself)."""
        self._notifying = True
        try:
            self.ctx.notify("reports")
        finally:
            self._notifying = False

    def _load_units(self) -> None:
        current = self.unit_combo.currentData() if self.unit_combo.count() else \
            QSettings().value(SETTINGS_UNIT, "")
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self._units = {}
        self.unit_combo.addItem(self.tr("All units"), "")
        self.unit_combo.setItemData(0, 0, DEPTH_ROLE)
        for unit, depth in register.unit_tree(self.ctx.db):
            self._units[unit["code"]] = unit
            self.unit_combo.addItem(unit["name"], unit["code"])
            i = self.unit_combo.count() - 1
            self.unit_combo.setItemData(i, depth, DEPTH_ROLE)
            self.unit_combo.setItemData(i, plain_tip(f"{unit['code']} - {unit['name']}"),
                                        Qt.ItemDataRole.ToolTipRole)
        i = self.unit_combo.findData(current or "")
        self.unit_combo.setCurrentIndex(max(i, 0))
        self.unit_combo.blockSignals(False)

    def _load_staff(self) -> None:
        self.staff_list = register.StaffList.load(self.ctx.db)
        self.picker.set_staff(self.staff_list)

    def default_date(self) -> dt.date:
        """Today while the latest policy (SE) runs; after it, its last working day."""
        from wfh_desktop import policy as policies

        today = dt.date.today()
        latest = max(policies.list_policies(self.ctx.db),
                     key=lambda p: (p.valid_from, p.number), default=None)
        if latest is None or latest.valid_from <= today <= latest.valid_to:
            return today
        start, end = latest.valid_from, min(today, latest.valid_to)
        if end < start:
            return start
        days = attendance.Calendar(self.ctx.db, start, end).working_days(start, end)
        return days[-1] if days else end

    # --- what is selected ---------------------------------------------------------------
    def unit_code(self) -> str | None:
        return self.unit_combo.currentData() or None

    def unit_name(self) -> str:
        code = self.unit_code()
        return self._units[code]["name"] if code in self._units else self.tr("All units")

    def select_unit(self, code: str | None) -> bool:
        i = self.unit_combo.findData(code or "")
        if i < 0:
            return False
        self.unit_combo.setCurrentIndex(i)
        return self.unit_code() == (code or None)

    def user_name(self) -> str:
        """Who verifies: the account logged in (until accounts exist, the one signed in
        to this computer)."""
        return accounts.who(self.ctx.db)

    def current_row(self):
        """The selected QueueRow, or None."""
        index = self.queue_table.currentIndex()
        return self.queue_model.row_at(index.row()) if index.isValid() else None

    def current_sender(self):
        index = self.senders_table.currentIndex()
        return self.senders_model.row_at(index.row()) if index.isValid() else None

    def select_report(self, report_id: str) -> bool:
        row = self.queue_model.row_of(report_id)
        if row < 0:
            return False
        self.queue_table.setCurrentIndex(self.queue_model.index(row, Q_COL_STAFF))
        self.queue_table.scrollTo(self.queue_model.index(row, Q_COL_STAFF))
        self._show_current()
        return True

    # --- navigation ---------------------------------------------------------------------
    def _unit_changed(self, _index: int) -> None:
        self._settle_items()
        QSettings().setValue(SETTINGS_UNIT, self.unit_code() or "")
        self.refresh()

    def show_day(self, day: dt.date) -> bool:
        if day == self.day:
            self._sync_date_edit()
            return True
        self._settle_items()
        self.day = day
        self.refresh()
        return True

    def working_day(self, start: dt.date, step: int) -> dt.date:
        """The nearest working day under a policy after (*step* 1) or before (-1) *start*;
        the next or previous calendar day when no policy covers the days around it."""
        first = start + dt.timedelta(days=step)
        lo, hi = sorted((first, start + dt.timedelta(days=step * SEARCH_DAYS)))
        days = attendance.Calendar(self.ctx.db, lo, hi).working_days(lo, hi)
        if not days:
            return first
        return days[0] if step > 0 else days[-1]

    def step(self, delta: int) -> None:
        self.show_day(self.working_day(self.day, 1 if delta > 0 else -1))

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        target = {TAB_QUEUE: self.queue_table, TAB_SENDERS: self.senders_table,
                  TAB_MISSING: self.missing_table}.get(index)
        if target is not None and target.isVisible():
            target.setFocus()

    # --- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue, the waiting senders and the missing list again."""
        self._sync_date_edit()
        self.day_label.setText(format_date_id(self.day))
        self.refresh_queue()
        self.refresh_senders()
        self.refresh_missing()
        self._update_tabs()
        self.refreshed.emit()

    def refresh_queue(self, select: str | None = None) -> None:
        """The unit's reports of the day; *select* (a report id), else the report shown
        before, stays selected."""
        keep = select or (self.report.id if self.report is not None else None)
        try:
            rows = rep.review_queue(self.ctx.db, self.unit_code(), self.day)
        except KeyError:  # the unit was removed meanwhile
            rows = []
        self.queue_model.set_rows(rows, self.day)
        row = self.queue_model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.queue_table.setCurrentIndex(self.queue_model.index(row, Q_COL_STAFF))
        self.queue_stack.setCurrentIndex(0 if rows else 1)
        self.queue_empty.setText(self.tr(
            "No report of {unit} on {date}.\n\nImport a WhatsApp chat or e-mails (Import chat "
            "/ e-mail..., or drop the files here), or type in a paper report (Add "
            "report...).").format(unit=self.unit_name(), date=format_date_id(self.day)))
        self._show_current(force=True)
        counts = self.queue_model.counts()
        self.summary_label.setText(self.tr(
            "{total} reports: {pending} pending, {returned} returned, {accepted} "
            "accepted").format(total=len(rows), **counts))

    def refresh_senders(self) -> None:
        current = self.current_sender()
        keep = current.sender_key if current is not None else None
        self.senders_model.set_rows(rep.review_list(self.ctx.db))
        row = self.senders_model.row_of(keep) if keep else -1
        if row < 0 and self.senders_model.rowCount():
            row = 0
        if row >= 0:
            self.senders_table.setCurrentIndex(self.senders_model.index(row, S_COL_SENDER))
        self.senders_stack.setCurrentIndex(0 if self.senders_model.rowCount() else 1)
        self._show_sender(force=True)

    def refresh_missing(self) -> None:
        current = self.missing_table.currentIndex().row()
        try:
            self.missing = rep.missing_reports(self.ctx.db, self.day, self.unit_code())
        except KeyError:
            self.missing = None
        people = self.missing.people if self.missing is not None else []
        self.missing_model.set_people(people)
        if people:
            row = min(max(current, 0), len(people) - 1)
            self.missing_table.setCurrentIndex(self.missing_model.index(row, M_COL_NAME))
        self.copy_all_button.setEnabled(bool(people))
        if self.missing is None:
            self.missing_summary.setText("")
        elif self.missing.expected == 0:
            self.missing_summary.setText(self.tr(
                "Nobody of {unit} works from home on {date} (roster and attendance).").format(
                unit=self.unit_name(), date=format_date_id(self.day)))
        else:
            self.missing_summary.setText(self.tr(
                "{missing} of {expected} staff working from home sent no report on "
                "{date}.").format(missing=len(people), expected=self.missing.expected,
                                  date=format_date_id(self.day)))
        self._show_reminder()

    def _update_tabs(self) -> None:
        pending = self.queue_model.counts()["pending"]
        self.tabs.setTabText(TAB_QUEUE, self.tr("&Verification ({n} pending)").format(
            n=pending))
        self.tabs.setTabText(TAB_SENDERS, self.tr("Unknown s&enders ({n})").format(
            n=self.senders_model.rowCount()))
        self.tabs.setTabText(TAB_MISSING, self.tr("&Missing reports ({n})").format(
            n=self.missing_model.rowCount()))

    # --- the detail of a report -----------------------------------------------------------
    def _show_current(self, force: bool = False) -> None:
        row = self.current_row()
        report_id = row.report_id if row is not None else None
        shown = self.report.id if self.report is not None else None
        if report_id == shown and not force:
            return
        if report_id != shown:
            self._settle_items()
        self.report = rep.get_report(self.ctx.db, report_id) if report_id else None
        self._fill_detail()

    def _fill_detail(self) -> None:
        r = self.report
        self.detail_stack.setCurrentIndex(0 if r is not None else 1)
        if r is None:
            self.items_model.set_items([])
            self.messages_view.setPlainText("")
            self.text_view.setPlainText("")
            self._update_verdict_state()
            return
        self.detail_name.setText(r.name)
        ident = person_ident(r.nip, r.nik)
        first = " \u00b7 ".join(x for x in (ident, r.position) if x)
        second = f"{r.unit_code} - {r.unit_name}" if r.unit_name else r.unit_code
        third = self.tr("{date} \u00b7 {channel} \u00b7 received {at}").format(
            date=format_date_id(r.date), channel=channel_label(r.channel),
            at=short_stamp(r.received_at))
        self.detail_info.setText("\n".join(x for x in (first, second, third) if x))
        self._fill_verdict()
        self.text_view.setPlainText(r.text)
        if r.attachments:
            self.attachments_label.setText(self.tr("Attachments: {names}").format(
                names=", ".join(r.attachments)))
        else:
            self.attachments_label.setText(self.tr("No attachments."))
        self.items_model.set_items(r.items)
        self.detail_tabs.setTabText(0, self.tr("Activities ({n})").format(n=len(r.items)))
        messages = rep.report_messages(self.ctx.db, r.id)
        self.messages_view.setPlainText(self.messages_text(messages))
        self.detail_tabs.setTabText(1, self.tr("Source messages ({n})").format(
            n=len(messages)))
        self._update_verdict_state()

    def _fill_verdict(self) -> None:
        r = self.report
        if r.verdict == "pending":
            text = self.tr("Pending: not verified yet.")
        elif r.verdict == "accepted":
            text = self.tr("Accepted by {who} on {at}.").format(
                who=r.reviewed_by or "-", at=short_stamp(r.reviewed_at))
        else:
            text = self.tr("Returned by {who} on {at}.").format(
                who=r.reviewed_by or "-", at=short_stamp(r.reviewed_at))
        if r.note:
            text += " " + self.tr("Note: {note}").format(note=r.note)
        self.detail_verdict.setText(text)
        color = VERDICT_BACKGROUND.get(r.verdict)
        self.detail_verdict.setStyleSheet(
            f"background: {color.name() if color else '#eeeeee'}; padding: 4px;"
            "border: 1px solid #bbbbbb;")

    def messages_text(self, messages: list[dict]) -> str:
        """The source messages of a report, each with when, who and from which file."""
        blocks = []
        for m in messages:
            who = m["sender"]
            contact = m.get("phone") or m.get("email")
            if contact and contact not in who:
                who = f"{who} ({contact})"
            head = f"{short_stamp(m['sent_at'])}  {who}  [{channel_label(m['channel'])}]"
            if m.get("source"):
                head += "  " + self.tr("from {file}").format(file=m["source"])
            lines = [head] + ([m["text"]] if m["text"] else [])
            if m["attachments"]:
                lines.append(self.tr("Attachments: {names}").format(
                    names=", ".join(m["attachments"])))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) if blocks else self.tr("No source message: the report "
                                                          "was typed in.")

    def _update_verdict_state(self) -> None:
        r = self.report
        has = r is not None
        self.history_action.setEnabled(self.current_row() is not None)
        self.accept_button.setEnabled(has and r.verdict != "accepted")
        self.return_button.setEnabled(has)
        self.note_button.setEnabled(has)
        self.pending_button.setEnabled(has and r.verdict != "pending")
        self._update_items_state()

    def _update_items_state(self) -> None:
        has = self.report is not None
        dirty = self.items_model.dirty
        self.add_item_button.setEnabled(has)
        self.remove_item_button.setEnabled(has and self.items_model.rowCount() > 0)
        self.save_items_action.setEnabled(has and dirty)
        self.save_items_button.setEnabled(has and dirty)
        self.discard_items_button.setEnabled(has and dirty)

    # --- verdicts -------------------------------------------------------------------------
    def _verdict_key(self, action: str) -> None:
        self.review_current(action)

    def review_current(self, action: str) -> bool:
        """``accepted``, ``returned`` (asks for the note), ``pending`` or ``note`` (asks
        for the note and keeps the verdict) for the selected report; then the cursor goes
        on to the next pending report."""
        row = self.current_row()
        if row is None or not permissions.check(self, self.ctx, "reports.verify"):
            return False
        self._settle_items()
        verdict = row.verdict if action == "note" else action
        note = row.note
        if action in ("returned", "note"):
            required = verdict == "returned"
            if action == "returned":
                title = self.tr("Return the report")
                prompt = self.tr("Return the report of {name} ({date}). What should be "
                                 "fixed?").format(name=row.name, date=format_date_id(self.day))
            else:
                title = self.tr("Note")
                prompt = self.tr("Note on the report of {name} ({date}):").format(
                    name=row.name, date=format_date_id(self.day))
            note = self.ask_note(title, prompt, row.note, required)
            if note is None:
                return False
        elif action == "accepted":
            note = row.note if row.verdict == "accepted" else ""
        rows = self.queue_model.rows()
        i = rows.index(row)
        following = [r.report_id for r in rows[i + 1:] + rows[:i]
                     if r.verdict == "pending" and r.report_id != row.report_id]
        by = self.user_name()
        report_id = row.report_id
        ok, report = runner.run_now(
            self, self.ctx, lambda db: rep.review_report(db, report_id, verdict, note, by),
            changes=())
        if not ok:
            return False
        self.refresh_queue(select=report_id)
        target = report_id
        if action != "note":
            pending = {r.report_id for r in self.queue_model.rows() if r.verdict == "pending"}
            target = next((rid for rid in following if rid in pending), report_id)
        self.select_report(target)
        self._update_tabs()
        self._notify()
        if action == "note":
            text = self.tr("Note of {name} saved.").format(name=row.name)
        else:
            text = self.tr("{name}: {verdict}.").format(name=row.name,
                                                        verdict=verdict_label(report.verdict))
            if target == report_id and report.verdict != "pending":
                text += " " + self.tr("No report of this day is pending any more.")
        self.set_status(text)
        return True

    def queue_menu(self) -> QMenu | None:
        """The context menu of the selected report (None when no report is selected)."""
        if self.current_row() is None:
            return None
        menu = QMenu(self)
        for text, action in ((self.tr("Accept (A)"), "accepted"),
                             (self.tr("Return... (R)"), "returned"),
                             (self.tr("Note... (N)"), "note"),
                             (self.tr("Pending (P)"), "pending")):
            menu.addAction(text, lambda a=action: self.review_current(a))
        menu.addSeparator()
        menu.addAction(self.tr("Print the daily form..."), self.print_form)
        menu.addAction(self.history_action)
        return menu

    def _queue_menu(self, pos) -> None:
        index = self.queue_table.indexAt(pos)
        if not index.isValid():
            return
        self.queue_table.setCurrentIndex(index)
        menu = self.queue_menu()
        if menu is None:
            return
        menu.exec(self.queue_table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_history(self) -> bool:
        """Every change of the selected report (everyone may read it)."""
        row = self.current_row()
        if row is None:
            return False
        key = row.report_id
        title = f"{kind_label('reports')}: {sync.record_label(self.ctx.db, 'reports', key)}"
        dialog = HistoryDialog(self.ctx, "reports", key, title, self)
        try:
            self.exec_dialog(dialog)
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()
        return True

    # --- activities -----------------------------------------------------------------------
    def add_item(self) -> None:
        index = self.items_table.currentIndex()
        row = self.items_model.add_item(index.row() if index.isValid() else None)
        if row >= 0:
            self.items_table.setCurrentIndex(self.items_model.index(row, I_COL_DESCRIPTION))
            self.items_table.setFocus()
            self.items_table.edit(self.items_model.index(row, I_COL_DESCRIPTION))
        self._update_items_state()

    def remove_item(self) -> None:
        index = self.items_table.currentIndex()
        if index.isValid():
            self.items_model.remove_item(index.row())
        self._update_items_state()

    def discard_items(self) -> None:
        if self.report is not None:
            self.items_model.set_items(self.report.items)
        self._update_items_state()

    def save_items(self) -> bool:
        """Save the activities as shown (the text as sent stays unchanged)."""
        r = self.report
        if r is None or not self.items_model.dirty:
            return False
        self._commit_item_editor()
        if not self.items_model.dirty:
            return False
        items = self.items_model.items()
        report_id = r.id
        ok, saved = runner.run_now(self, self.ctx,
                                   lambda db: rep.save_items(db, report_id, items),
                                   changes=())
        if not ok:
            return False
        self.report = saved
        self.items_model.set_items(saved.items)
        self.detail_tabs.setTabText(0, self.tr("Activities ({n})").format(n=len(saved.items)))
        self._notify()
        self.set_status(self.tr("Activities of {name} saved: {n}.").format(
            name=saved.name, n=len(saved.items)))
        self._update_items_state()
        return True

    def _commit_item_editor(self) -> None:
        """What is being typed in an activity cell goes into the model."""
        if self.items_table.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.items_table.indexWidget(self.items_table.currentIndex())
        if editor is not None and shiboken6.isValid(editor):
            self.items_table.commitData(editor)
            self.items_table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _settle_items(self) -> None:
        """Before another report is shown: changed activities are saved or dropped."""
        if self.report is None:
            return
        self._commit_item_editor()
        if not self.items_model.dirty:
            return
        if self.ask(self.tr("The activities of {name} were changed. Save them?").format(
                name=self.report.name)):
            self.save_items()
        else:
            self.items_model.set_items(self.report.items)

    # --- unknown senders ----------------------------------------------------------------
    def _show_sender(self, force: bool = False) -> None:
        s = self.current_sender()
        self.sender_detail.setEnabled(s is not None)
        if s is None:
            self.sender_title.setText("")
            self.sender_info.setText("")
            self.sample_view.setPlainText("")
            self.picker.set_candidates([])
            self._update_sender_state()
            return
        self.sender_title.setText(s.label)
        contact = s.phone or s.email
        names = ", ".join(c["name"] for c in s.candidates)
        if s.reason == "ambiguous":
            why = self.tr("Several staff fit: {names}").format(names=names)
        elif names:
            why = self.tr("Not matched; similar names: {names}").format(names=names)
        else:
            why = self.tr("Not matched: no staff member has this name, number or address.")
        info = [self.tr("{channel}, {contact}").format(channel=channel_label(s.channel),
                                                       contact=contact)
                if contact else channel_label(s.channel),
                self.tr("Messages waiting: {n} (from {first} to {last})").format(
                    n=s.pending, first=short_stamp(s.first_seen),
                    last=short_stamp(s.last_seen)),
                why]
        self.sender_info.setText("\n".join(info))
        self.sample_view.setPlainText(s.sample)
        self.picker.set_candidates([c["id"] for c in s.candidates])
        self._update_sender_state()

    def _update_sender_state(self) -> None:
        s = self.current_sender()
        staff = self.picker.selected_row()
        self.assign_button.setEnabled(s is not None and staff is not None)
        if staff is not None:
            self.assign_button.setText(self.tr("Assi&gn to {name}").format(
                name=staff["name"].replace("&", "&&")))  # a "&" in a name is no shortcut
        else:
            self.assign_button.setText(self.tr("Assi&gn to the selected staff member"))
        self.ignore_button.setEnabled(s is not None)

    def assign_sender(self) -> bool:
        s = self.current_sender()
        staff = self.picker.selected_row()
        if s is None or staff is None or not permissions.check(self, self.ctx,
                                                                "reports.collect"):
            return False
        ident = person_ident(staff.get("nip"), staff.get("nik"))
        who = f"{staff['name']} ({ident}, {staff['unit_code']})" if ident else \
            f"{staff['name']} ({staff['unit_code']})"
        if not self.ask(self.tr("Is {sender} {who}?\n\nTheir {n} waiting messages are filed "
                                "in {name}'s reports, and later messages of this sender "
                                "too.").format(sender=s.label, who=who, n=s.pending,
                                               name=staff["name"])):
            return False
        key, staff_id, by = s.sender_key, staff["id"], self.user_name()
        ok, result = runner.run_now(
            self, self.ctx, lambda db: rep.assign_sender(db, key, staff_id, by), changes=())
        if not ok:
            return False
        self.refresh()
        self._notify()
        self.set_status(self.tr(
            "{sender} is {name}. Messages filed: {filed} (reports created: {created}, "
            "extended: {extended}), sent from {first} to {last}.").format(
            sender=s.label, name=staff["name"], filed=result.filed, created=result.created,
            extended=result.extended, first=short_stamp(s.first_seen),
            last=short_stamp(s.last_seen)))
        return True

    def ignore_sender(self) -> bool:
        s = self.current_sender()
        if s is None or not permissions.check(self, self.ctx, "reports.collect"):
            return False
        if not self.ask(self.tr("Set {sender} aside? Their {n} waiting messages and later "
                                "ones are kept but filed in no report.").format(
                sender=s.label, n=s.pending)):
            return False
        key, by = s.sender_key, self.user_name()
        ok, n = runner.run_now(self, self.ctx, lambda db: rep.ignore_sender(db, key, by),
                               changes=())
        if not ok:
            return False
        self.refresh()
        self._notify()
        self.set_status(self.tr("{sender} set aside (messages: {n}).").format(sender=s.label,
                                                                              n=n))
        return True

    # --- missing reports ----------------------------------------------------------------
    def _show_reminder(self) -> None:
        person = self.missing_model.person_at(self.missing_table.currentIndex().row())
        self.reminder_view.setPlainText(person.reminder if person is not None else "")

    def copy_reminder(self, row: int) -> bool:
        person = self.missing_model.person_at(row)
        if person is None:
            return False
        QGuiApplication.clipboard().setText(person.reminder)
        self.missing_table.setCurrentIndex(self.missing_model.index(row, M_COL_NAME))
        if person.phone:
            text = self.tr("Reminder for {name} copied; paste it into WhatsApp to {phone}."
                           ).format(name=person.name, phone=person.phone)
        else:
            text = self.tr("Reminder for {name} copied (no phone number in the "
                           "register).").format(name=person.name)
        self.set_status(text)
        return True

    def copy_all_reminders(self) -> bool:
        people = self.missing_model.people()
        if not people:
            return False
        QGuiApplication.clipboard().setText("\n\n".join(p.reminder for p in people))
        self.set_status(self.tr("Reminders copied: {n}.").format(n=len(people)))
        return True

    def _missing_menu(self, pos) -> None:
        index = self.missing_table.indexAt(pos)
        person = self.missing_model.person_at(index.row()) if index.isValid() else None
        if person is None:
            return
        self.missing_table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Copy reminder"), lambda: self.copy_reminder(index.row()))
        link = rep.whatsapp_link(person.phone, person.reminder)
        copy_link = menu.addAction(self.tr("Copy WhatsApp link (wa.me)"),
                                   lambda: self._copy_link(person.name, link))
        copy_link.setEnabled(bool(link))
        menu.exec(self.missing_table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _copy_link(self, name: str, link: str) -> None:
        QGuiApplication.clipboard().setText(link)
        self.set_status(self.tr("WhatsApp link for {name} copied.").format(name=name))

    # --- importing ------------------------------------------------------------------------
    def import_reports(self) -> runner.Task | None:
        if not permissions.check(self, self.ctx, "reports.collect"):
            return None
        paths = self.choose_open_files()
        if not paths:
            return None
        return self.import_files(paths)

    def import_files(self, paths: list[str]) -> runner.Task | None:
        """Import chats and e-mails one after the other off the GUI thread; a file that
        cannot be read is reported and nothing of it is written."""
        paths = [str(p) for p in paths]
        if not paths or not permissions.check(self, self.ctx, "reports.collect"):
            return None
        self._settle_items()
        remember_dir(paths[0])

        def work(db, report):
            out = []
            for i, path in enumerate(paths):
                report(i, len(paths))
                try:
                    out.append((path, rep.import_reports(db, path), None))
                except FileError as exc:
                    out.append((path, None, str(exc)))
            report(len(paths), len(paths))
            return out

        label = self.tr("Importing {file}...").format(file=Path(paths[0]).name) \
            if len(paths) == 1 else self.tr("Importing {n} files...").format(n=len(paths))
        self.last_task = runner.run_in_background(self, self.ctx, label, work,
                                                  on_done=self._imported, changes=(),
                                                  progress=True)
        return self.last_task

    def _imported(self, outcome: list) -> None:
        self.last_import = outcome
        self.refresh()
        done = [(p, r) for p, r, e in outcome if r is not None]
        errors = [e for _p, r, e in outcome if r is None]
        if done:
            self._notify()
        if not done:
            self.set_status(self.tr("Nothing was imported."), error=True)
            self.show_error("\n\n".join(errors))
            return
        text = "\n\n".join([self.import_text(p, r) for p, r in done] + errors)
        waiting = sum(len(r.senders) for _p, r in done)
        added = sum(r.created for _p, r in done)
        updated = sum(r.extended for _p, r in done)
        self.set_status(self.tr("Imported. Reports added: {added}; updated: {updated}; "
                                "senders waiting for review: {senders}.").format(
            added=added, updated=updated, senders=waiting), error=bool(errors))
        if waiting:
            first = next(k for _p, r in done for k in r.senders)
            row = self.senders_model.row_of(first)
            if row >= 0:
                self.senders_table.setCurrentIndex(self.senders_model.index(row,
                                                                            S_COL_SENDER))
            self.tabs.setCurrentIndex(TAB_SENDERS)
        self.show_message(self.tr("Import"), text)

    def import_text(self, path: str, r) -> str:
        """What an import did, in words."""
        lines = [Path(path).name,
                 self.tr("Messages read: {n}").format(n=r.messages),
                 self.tr("Reports added: {created}; reports updated: {extended} (messages "
                         "filed: {filed})").format(created=r.created, extended=r.extended,
                                                   filed=r.filed),
                 self.tr("Imported before, skipped: {n}").format(n=r.duplicates)]
        if r.pending:
            lines.append(self.tr("Waiting for review under Unknown senders: {n} messages of "
                                 "{senders} senders").format(n=r.pending,
                                                             senders=len(r.senders)))
        if r.ignored:
            lines.append(self.tr("Messages of senders set aside: {n}").format(n=r.ignored))
        if r.rematched:
            lines.append(self.tr("Earlier waiting messages filed now that the register knows "
                                 "their senders: {n}").format(n=r.rematched))
        return "\n".join(lines)

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and importable(u.toLocalFile())]

    # --- adding, printing, exporting -------------------------------------------------------
    def add_report(self) -> bool:
        if not permissions.check(self, self.ctx, "reports.collect"):
            return False
        row = self.current_row()
        dialog = AddReportDialog(self.ctx, self.staff_list, self.day,
                                 row.staff_id if row is not None else None, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or \
                dialog.result_report is None:
            return False
        report, changed = dialog.result_report, dialog.changed
        self.day = report.date
        self.refresh()
        if not self.select_report(report.id):
            self.set_status(self.tr("Report of {name} on {date} saved; it is not in the unit "
                                    "shown.").format(name=report.name,
                                                     date=format_date_id(report.date)))
        elif changed:
            self.set_status(self.tr("Report of {name} on {date} saved: {n} activities.").format(
                name=report.name, date=format_date_id(report.date), n=len(report.items)))
        else:
            self.set_status(self.tr("This report of {name} on {date} was already "
                                    "recorded.").format(name=report.name,
                                                        date=format_date_id(report.date)))
        if changed:
            self._notify()
        self.tabs.setCurrentIndex(TAB_QUEUE)
        return True

    def print_form(self) -> runner.Task | None:
        row = self.current_row()
        dialog = FormDialog(self.staff_list, self.day,
                            row.staff_id if row is not None else None,
                            FORM_DAILY if row is not None else FORM_BLANK, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        kind, staff_id, paper, path = dialog.kind(), dialog.staff_id(), dialog.paper(), \
            dialog.path()
        start, end = dialog.period()
        if staff_id is None:
            return None

        def work(db):
            from wfh_desktop.pdf.report_form import daily_form_pdf, period_form_pdf

            if kind in (FORM_DAILY, FORM_BLANK):
                data, pages = daily_form_pdf(db, staff_id, start, blank=kind == FORM_BLANK,
                                             paper=paper)
            else:
                data, pages = period_form_pdf(db, staff_id, start, end,
                                              "week" if kind == FORM_WEEK else "month",
                                              paper=paper)
            write_file(path, data)
            return pages

        def done(pages):
            self.set_status(self.tr("{pages} pages written to {path}").format(pages=pages,
                                                                              path=path))

        self.last_task = runner.run_in_background(self, self.ctx,
                                                  self.tr("Printing the form..."), work,
                                                  on_done=done, changes=())
        return self.last_task

    def export_reports(self) -> runner.Task | None:
        start = self.day.replace(day=1)
        end = rep.month_of(f"{self.day.year:04d}-{self.day.month:02d}")[1]
        dialog = ExportDialog(start, end, self.unit_code(), self.unit_name(), self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        path, start, end, unit = dialog.path(), dialog.start(), dialog.end(), dialog.unit()

        def done(count):
            self.set_status(self.tr("{count} reports written to {path}").format(count=count,
                                                                                path=path))

        self.last_task = runner.run_in_background(
            self, self.ctx, self.tr("Exporting reports..."),
            lambda db: rep.export_reports(db, path, start, end, unit), on_done=done,
            changes=())
        return self.last_task

    # --- status -------------------------------------------------------------------------
    def set_status(self, text: str, error: bool = False) -> None:
        self.status_line.setText(text)
        self.status_line.setStyleSheet("color: #b00020; font-weight: bold;" if error else
                                       "color: #1b5e20;")

    def status_text(self) -> str:
        return self.status_line.text()

    # --- state across a language switch ---------------------------------------------------
    def save_state(self) -> dict:
        return {"unit": self.unit_code(), "day": self.day, "tab": self.tabs.currentIndex(),
                "report": self.report.id if self.report is not None else None}

    def restore_state(self, state: dict) -> None:
        self.select_unit(state.get("unit"))
        self.day = state.get("day", self.day)
        self.refresh()
        if state.get("report"):
            self.select_report(state["report"])
        self.tabs.setCurrentIndex(state.get("tab", TAB_QUEUE))

    # --- what tests replace ---------------------------------------------------------------
    def ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Daily reports"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_note(self, title: str, prompt: str, note: str = "",
                 required: bool = False) -> str | None:
        """The note typed in a :class:`NoteDialog`, or None when cancelled."""
        dialog = NoteDialog(title, prompt, note, required, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.note()

    def exec_dialog(self, dialog) -> int:
        try:
            return dialog.exec()
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_error(self, text: str) -> None:
        runner.report_error(self, text)

    def choose_open_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import chats and e-mails"), last_dir(),
            self.tr("WhatsApp chats and e-mails (*.txt *.zip *.eml *.mbox);;All files (*)"))
        return paths
