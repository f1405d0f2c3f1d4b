"""The policy form: one surat edaran with its period, working days, holidays and every rule.

Every edit builds a :class:`~wfh_desktop.policy.Policy` from the widgets and checks it with
:func:`wfh_desktop.policy_form.check_policy`, which applies the rules of ``policy import``:
the form accepts exactly what a TOML file may hold.  A problem shows next to its field
(number and title once they were touched, every problem after a save attempt) and in a
summary that names the field; Save stays disabled while there is one.  Saving goes
through :func:`wfh_desktop.policy.save_policy`: a new number becomes version 1, a changed
policy the next version, an unchanged one is left alone and the user is told so.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import policy as pol
from wfh_desktop import policy_form, register
from wfh_desktop.policy import EXEMPT_ROLES, ESELON_TIERS, WEEKDAYS, Policy, Rules
from wfh_desktop.staff import LEVELS, UNIT_TYPES

from . import runner
from .unit_dialog import ErrorLabel, unit_type_names, with_error

HINT_STYLE = "color: #555555;"
DATE_FORMAT = "dd/MM/yyyy"
CODE_ROLE = Qt.ItemDataRole.UserRole

WEEKDAY_SOURCES = {
    "mon": QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    "tue": QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    "thu": QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    "sat": QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
}

LEVEL_SOURCES = {
    "jpt": QT_TRANSLATE_NOOP("PolicyLevels", "JPT"),
    "administrator": QT_TRANSLATE_NOOP("PolicyLevels", "administrator"),
    "pengawas": QT_TRANSLATE_NOOP("PolicyLevels", "pengawas"),
    "pelaksana": QT_TRANSLATE_NOOP("PolicyLevels", "pelaksana"),
    "fungsional": QT_TRANSLATE_NOOP("PolicyLevels", "fungsional"),
}

HOLIDAY_KIND_SOURCES = {
    "national": QT_TRANSLATE_NOOP("HolidayKinds", "National holiday"),
    "cuti_bersama": QT_TRANSLATE_NOOP("HolidayKinds", "Collective leave (cuti bersama)"),
}

# the fields of the form by the key of the TOML format, as the error summary names them
FIELD_SOURCES = {
    "number": QT_TRANSLATE_NOOP("PolicyFields", "Number"),
    "title": QT_TRANSLATE_NOOP("PolicyFields", "Title"),
    "issuer": QT_TRANSLATE_NOOP("PolicyFields", "Issuer"),
    "signed_on": QT_TRANSLATE_NOOP("PolicyFields", "Signed on"),
    "valid_from": QT_TRANSLATE_NOOP("PolicyFields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("PolicyFields", "Valid to"),
    "workdays": QT_TRANSLATE_NOOP("PolicyFields", "Working days"),
    "holidays": QT_TRANSLATE_NOOP("PolicyFields", "Policy holidays"),
    "rules.always_office_top_levels": QT_TRANSLATE_NOOP("PolicyFields",
                                                        "Top structural levels in office"),
    "rules.office_levels_by_unit_type": QT_TRANSLATE_NOOP("PolicyFields",
                                                          "Office levels by unit type"),
    "rules.max_office_share": QT_TRANSLATE_NOOP("PolicyFields", "Cap on site"),
    "rules.min_office": QT_TRANSLATE_NOOP("PolicyFields", "Minimum on site"),
    "rules.cap_wins": QT_TRANSLATE_NOOP("PolicyFields", "Cap or minimum"),
    "rules.rotation": QT_TRANSLATE_NOOP("PolicyFields", "Rotation"),
    "rules.rotation_scope": QT_TRANSLATE_NOOP("PolicyFields", "Who rotates together"),
    "rules.fill_to_cap": QT_TRANSLATE_NOOP("PolicyFields", "Fill up to the cap"),
    "rules.home_if_age_at_least": QT_TRANSLATE_NOOP("PolicyFields", "Age limit"),
    "rules.home_if_pregnant": QT_TRANSLATE_NOOP("PolicyFields", "Pregnant staff"),
    "rules.home_if_comorbid": QT_TRANSLATE_NOOP("PolicyFields", "Staff with comorbidities"),
    "rules.exempt_units": QT_TRANSLATE_NOOP("PolicyFields", "Exempt units"),
    "rules.exempt_roles": QT_TRANSLATE_NOOP("PolicyFields", "Exempt roles"),
}


def weekday_name(key: str) -> str:
    return QCoreApplication.translate("Weekdays", WEEKDAY_SOURCES[key])


def level_name(key: str) -> str:
    return QCoreApplication.translate("PolicyLevels", LEVEL_SOURCES.get(key, key))


def holiday_kind_name(kind: str) -> str:
    source = HOLIDAY_KIND_SOURCES.get(kind)
    return QCoreApplication.translate("HolidayKinds", source) if source else kind


def field_name(key: str) -> str:
    source = FIELD_SOURCES.get(key)
    return QCoreApplication.translate("PolicyFields", source) if source else key


def fill(template: str, *values: str) -> str:
    """*template* with ``%1``, ``%2`` ... replaced by *values* in one pass, so that a value
    holding ``%2`` (a policy number, a title) is left as it is."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1])
                  if int(m.group(1)) <= len(values) else m.group(0), template)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def format_day(day: dt.date, pattern: str = "d MMMM yyyy") -> str:
    """A date in the words of the GUI's language (``23 Maret 2020``)."""
    return QLocale().toString(to_qdate(day), pattern)


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
    return edit


def plain_label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def known_holiday_names(db) -> dict[dt.date, str]:
    """Names of the days in the holiday calendar and in the shipped presets."""
    names: dict[dt.date, str] = {}
    for year in pol.preset_years():
        for row in pol.holiday_preset(year):
            names[dt.date.fromisoformat(row["date"])] = row["name"]
    for row in pol.list_holidays(db):
        names[dt.date.fromisoformat(row["date"])] = row["name"]
    return names


class PolicyDialog(QDialog):
    """Create a policy (``policy=None``) or change one (a new version on save).

    ``result_import`` holds the :class:`~wfh_desktop.policy.PolicyImport` of the last save;
    ``show_info`` is replaced by tests.
    """

    def __init__(self, ctx, policy: Policy | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.original = policy
        self.result_import: pol.PolicyImport | None = None
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = True
        self._problems: dict[str, str] = {}
        self._known_units = policy_form.known_unit_codes(ctx.db)
        self._holiday_names = known_holiday_names(ctx.db)
        if policy is None:
            self.setWindowTitle(self.tr("New policy"))
        else:
            self.setWindowTitle(fill(self.tr("Change policy %1 (version %2)"), policy.number,
                                     str(policy.version)))
        self.resize(860, 720)

        self.errors = {key: ErrorLabel() for key in list(pol.TOP_KEYS)
                       + [f"rules.{k}" for k in pol.RULE_KEYS]}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._letter_tab(), self.tr("Letter"))
        self.tabs.addTab(self._scrolled(self._rules_tab()), self.tr("Rules"))
        self.tabs.addTab(self._exemptions_tab(), self.tr("Exemptions"))

        self.summary = ErrorLabel()
        self.pending = plain_label(style=HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.pending)
        layout.addWidget(self.buttons)

        if policy is not None:
            self.set_policy(policy)
        else:
            self.set_policy(self._blank())
        self._loading = False
        self._connect()
        self.validate()

    # --- building ----------------------------------------------------------------------

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _letter_tab(self) -> QWidget:
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("for example 065/0312/ORG"))
        self.number_hint = plain_label(style=HINT_STYLE)
        self.number_hint.hide()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("for example Penyesuaian sistem kerja ASN selama pandemi COVID-19"))
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setPlaceholderText(self.tr("for example Sekretaris Daerah"))

        self.signed_check = QCheckBox()
        self.signed_check.setToolTip(self.tr("Untick when the signing date is not known"))
        self.signed_edit = date_edit()
        signed = QHBoxLayout()
        signed.addWidget(self.signed_check)
        signed.addWidget(self.signed_edit)
        signed.addStretch(1)

        self.valid_from_edit = date_edit()
        self.valid_to_edit = date_edit()
        period = QHBoxLayout()
        period.addWidget(self.valid_from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.valid_to_edit)
        period.addStretch(1)
        self.period_error = ErrorLabel()

        self.workday_checks: dict[str, QCheckBox] = {}
        days = QHBoxLayout()
        for key in WEEKDAYS:
            box = QCheckBox(weekday_name(key))
            self.workday_checks[key] = box
            days.addWidget(box)
        days.addStretch(1)

        self.holiday_list = QListWidget()
        self.holiday_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.holiday_list.setMinimumHeight(120)
        self.holiday_list.setMaximumHeight(240)
        self.holiday_date_edit = date_edit()
        self.add_holiday_button = QPushButton(self.tr("Add"))
        self.remove_holiday_button = QPushButton(self.tr("Remove"))
        self.add_holiday_button.clicked.connect(
            lambda: self.add_holidays([from_qdate(self.holiday_date_edit.date())]))
        self.remove_holiday_button.clicked.connect(self.remove_selected_holidays)
        holiday_buttons = QHBoxLayout()
        holiday_buttons.addWidget(self.holiday_date_edit)
        holiday_buttons.addWidget(self.add_holiday_button)
        holiday_buttons.addWidget(self.remove_holiday_button)
        holiday_buttons.addStretch(1)
        self.preset_row = QHBoxLayout()
        self.preset_buttons: dict[int, QPushButton] = {}
        self._preset_span: list[int] = []
        self.preset_status = plain_label(style=HINT_STYLE)
        self.preset_status.hide()
        holidays = QVBoxLayout()
        holidays.setContentsMargins(0, 0, 0, 0)
        holidays.addWidget(self.holiday_list)
        holidays.addLayout(holiday_buttons)
        holidays.addLayout(self.preset_row)
        holidays.addWidget(self.preset_status)
        holidays.addWidget(plain_label(self.tr(
            "Days off of this circular on top of the holiday calendar. Both kinds of days "
            "get no roster entry."), HINT_STYLE))
        holidays.addWidget(self.errors["holidays"])

        form = QFormLayout()
        number_box = with_error(self.number_edit, self.errors["number"])
        number_box.layout().addWidget(self.number_hint)
        form.addRow(self.tr("Number:"), number_box)
        form.addRow(self.tr("Title:"), with_error(self.title_edit, self.errors["title"]))
        form.addRow(self.tr("Issuer:"), with_error(self.issuer_edit, self.errors["issuer"]))
        form.addRow(self.tr("Signed on:"), self._boxed(signed, self.errors["signed_on"]))
        form.addRow(self.tr("Valid from:"), self._boxed(period, self.period_error))
        form.addRow(self.tr("Working days:"), self._boxed(days, self.errors["workdays"]))
        form.addRow(self.tr("Policy holidays:"), self._boxed(holidays))
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    @staticmethod
    def _boxed(layout, error: ErrorLabel | None = None) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addLayout(layout)
        if error is not None:
            inner.addWidget(error)
        return box

    def _rules_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        # who stays in the office
        office = QGroupBox(self.tr("Who stays in the office"))
        office_layout = QVBoxLayout(office)
        self.top_levels_spin = QSpinBox()
        self.top_levels_spin.setRange(0, 5)
        self.top_levels_spin.setSpecialValueText(self.tr("none"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The top")))
        top.addWidget(self.top_levels_spin)
        top.addWidget(QLabel(self.tr("structural (eselon) levels of the OPD stay in the office")))
        top.addStretch(1)
        office_layout.addLayout(top)
        office_layout.addWidget(self.errors["rules.always_office_top_levels"])

        self.by_type_group = QGroupBox(self.tr("Levels that stay in the office by unit type "
                                               "(optional)"))
        self.by_type_group.setCheckable(True)
        by_type = QVBoxLayout(self.by_type_group)
        by_type.addWidget(plain_label(self.tr(
            "For a unit whose type has levels ticked here (or that lies below such a unit), "
            "exactly those eselon levels stay in the office; other units keep their top "
            "structural levels as set above."), HINT_STYLE))
        self.type_table = QTableWidget(len(UNIT_TYPES), len(ESELON_TIERS))
        self.type_table.setHorizontalHeaderLabels(
            [fill(self.tr("Eselon %1"), tier) for tier in ESELON_TIERS])
        types = unit_type_names()
        self.type_table.setVerticalHeaderLabels([types[key] for key in UNIT_TYPES])
        self.type_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.type_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row in range(len(UNIT_TYPES)):
            for column in range(len(ESELON_TIERS)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.type_table.setItem(row, column, item)
        header = self.type_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.type_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.type_table.resizeRowsToContents()
        height = (self.type_table.horizontalHeader().sizeHint().height()
                  + sum(self.type_table.rowHeight(r) for r in range(len(UNIT_TYPES))) + 4)
        self.type_table.setMinimumHeight(height)
        by_type.addWidget(self.type_table)
        by_type.addWidget(self.errors["rules.office_levels_by_unit_type"])
        office_layout.addWidget(self.by_type_group)
        layout.addWidget(office)

        # on site
        onsite = QGroupBox(self.tr("On site"))
        onsite_layout = QVBoxLayout(onsite)
        self.cap_check = QCheckBox(self.tr("At most"))
        self.cap_spin = QSpinBox()
        self.cap_spin.setRange(0, 100)
        self.cap_spin.setSuffix(" %")
        cap = QHBoxLayout()
        cap.addWidget(self.cap_check)
        cap.addWidget(self.cap_spin)
        cap.addWidget(QLabel(self.tr("of a unit's active staff on site each day")))
        cap.addStretch(1)
        onsite_layout.addLayout(cap)
        onsite_layout.addWidget(plain_label(self.tr("Untick for no cap."), HINT_STYLE))
        onsite_layout.addWidget(self.errors["rules.max_office_share"])

        self.min_spins: dict[str, QSpinBox] = {}
        mins = QHBoxLayout()
        mins.addWidget(QLabel(self.tr("Minimum on site:")))
        for level in LEVELS:
            spin = QSpinBox()
            spin.setRange(0, 99)
            self.min_spins[level] = spin
            mins.addWidget(spin)
            mins.addWidget(QLabel(level_name(level)))
            mins.addSpacing(8)
        mins.addStretch(1)
        onsite_layout.addLayout(mins)
        onsite_layout.addWidget(self.errors["rules.min_office"])

        self.cap_wins_radio = QRadioButton(self.tr("The cap wins"))
        self.min_wins_radio = QRadioButton(self.tr("The minimum wins"))
        self.cap_wins_group = QButtonGroup(self)
        self.cap_wins_group.addButton(self.cap_wins_radio)
        self.cap_wins_group.addButton(self.min_wins_radio)
        wins = QHBoxLayout()
        wins.addWidget(QLabel(self.tr("When the minimum and the cap collide:")))
        wins.addWidget(self.cap_wins_radio)
        wins.addWidget(self.min_wins_radio)
        wins.addStretch(1)
        onsite_layout.addLayout(wins)
        onsite_layout.addWidget(plain_label(self.tr(
            "A unit of 10 cannot have 6 people on site under a 30% cap. If the cap wins, "
            "fewer come in than the minimum asks; if the minimum wins, the cap is exceeded. "
            "The roster says which rule gave way."), HINT_STYLE))
        self.fill_check = QCheckBox(self.tr("Fill the places on site up to the cap"))
        onsite_layout.addWidget(self.fill_check)
        onsite_layout.addWidget(plain_label(self.tr(
            "Ticked: staff take turns in the office until the cap is reached. Not ticked: "
            "only the staff needed for the minimum come in."), HINT_STYLE))
        layout.addWidget(onsite)

        # rotation
        rotation = QGroupBox(self.tr("Rotation"))
        rotation_layout = QVBoxLayout(rotation)
        self.weekly_radio = QRadioButton(self.tr("Weekly"))
        self.daily_radio = QRadioButton(self.tr("Daily"))
        self.rotation_group = QButtonGroup(self)
        self.rotation_group.addButton(self.weekly_radio)
        self.rotation_group.addButton(self.daily_radio)
        turns = QHBoxLayout()
        turns.addWidget(QLabel(self.tr("Staff take turns:")))
        turns.addWidget(self.weekly_radio)
        turns.addWidget(self.daily_radio)
        turns.addStretch(1)
        rotation_layout.addLayout(turns)
        self.unit_scope_radio = QRadioButton(self.tr("Each unit rotates on its own"))
        self.opd_scope_radio = QRadioButton(self.tr("The whole OPD rotates together"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.unit_scope_radio)
        self.scope_group.addButton(self.opd_scope_radio)
        rotation_layout.addWidget(self.unit_scope_radio)
        rotation_layout.addWidget(self.opd_scope_radio)
        rotation_layout.addWidget(plain_label(self.tr(
            "Each unit on its own: every bidang, bagian and seksi meets the minimum and the "
            "cap by itself. The whole OPD together: the minimum and the cap count the staff "
            "of the whole OPD, so a small seksi may have nobody on site on some days."),
            HINT_STYLE))
        layout.addWidget(rotation)

        # sent home
        home = QGroupBox(self.tr("Work from home"))
        home_layout = QVBoxLayout(home)
        self.age_check = QCheckBox(self.tr("Staff aged"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(18, 70)
        age = QHBoxLayout()
        age.addWidget(self.age_check)
        age.addWidget(self.age_spin)
        age.addWidget(QLabel(self.tr("or more work from home")))
        age.addStretch(1)
        home_layout.addLayout(age)
        home_layout.addWidget(self.errors["rules.home_if_age_at_least"])
        self.pregnant_check = QCheckBox(self.tr("Pregnant staff work from home"))
        self.comorbid_check = QCheckBox(self.tr("Staff with comorbidities work from home"))
        home_layout.addWidget(self.pregnant_check)
        home_layout.addWidget(self.comorbid_check)
        home_layout.addWidget(plain_label(self.tr(
            "These come before every rule that keeps staff in the office."), HINT_STYLE))
        layout.addWidget(home)
        layout.addStretch(1)
        return page

    def _exemptions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        units = QGroupBox(self.tr("Exempt units (work normally, in the office)"))
        units_layout = QVBoxLayout(units)
        units_layout.addWidget(plain_label(self.tr(
            "Tick the units that serve the public and keep working normally. A ticked unit "
            "takes its sub-units with it."), HINT_STYLE))
        self.unit_tree = QTreeWidget()
        self.unit_tree.setColumnCount(2)
        self.unit_tree.setHeaderLabels([self.tr("Code"), self.tr("Name")])
        self.unit_tree.setUniformRowHeights(True)
        self.unit_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.unit_tree.header().setStretchLastSection(True)
        self._unit_items: dict[str, QTreeWidgetItem] = {}
        items: dict[str, QTreeWidgetItem] = {}
        for unit, _depth in register.unit_tree(self.ctx.db):
            item = QTreeWidgetItem([unit["code"], unit["name"]])
            item.setData(0, CODE_ROLE, unit["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            parent = items.get(unit["parent_id"])
            if parent is None:
                self.unit_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[unit["id"]] = item
            self._unit_items[unit["code"].upper()] = item
        self.unit_tree.expandAll()
        units_layout.addWidget(self.unit_tree)
        units_layout.addWidget(self.errors["rules.exempt_units"])
        layout.addWidget(units, 1)

        roles = QGroupBox(self.tr("Exempt roles (work normally, in the office)"))
        roles_layout = QVBoxLayout(roles)
        role_names = {"public_service": self.tr("Public-service staff"),
                      "teacher": self.tr("Teachers")}
        self.role_checks = {role: QCheckBox(role_names[role]) for role in EXEMPT_ROLES}
        row = QHBoxLayout()
        for box in self.role_checks.values():
            row.addWidget(box)
        row.addStretch(1)
        roles_layout.addLayout(row)
        roles_layout.addWidget(self.errors["rules.exempt_roles"])
        layout.addWidget(roles)
        return page

    def _connect(self) -> None:
        self.number_edit.textEdited.connect(lambda _: self._edited("number"))
        self.title_edit.textEdited.connect(lambda _: self._edited("title"))
        self.number_edit.textChanged.connect(lambda _: self.validate())
        self.title_edit.textChanged.connect(lambda _: self.validate())
        self.issuer_edit.textChanged.connect(lambda _: self.validate())
        self.signed_check.toggled.connect(self._on_signed_toggled)
        for edit in (self.signed_edit, self.valid_from_edit, self.valid_to_edit):
            edit.dateChanged.connect(lambda _: self.validate())
        self.valid_from_edit.dateChanged.connect(lambda _: self._update_presets())
        self.valid_to_edit.dateChanged.connect(lambda _: self._update_presets())
        for box in (*self.workday_checks.values(), *self.role_checks.values(),
                    self.cap_check, self.fill_check, self.age_check, self.pregnant_check,
                    self.comorbid_check, self.weekly_radio, self.daily_radio,
                    self.unit_scope_radio, self.opd_scope_radio, self.cap_wins_radio,
                    self.min_wins_radio):
            box.toggled.connect(lambda _: self.validate())
        self.by_type_group.toggled.connect(self.type_table.setVisible)
        self.by_type_group.toggled.connect(lambda _: self.validate())
        for spin in (self.top_levels_spin, self.cap_spin, self.age_spin,
                     *self.min_spins.values()):
            spin.valueChanged.connect(lambda _: self.validate())
        self.type_table.itemChanged.connect(lambda _: self.validate())
        self.unit_tree.itemChanged.connect(self._on_unit_checked)
        self.holiday_list.itemSelectionChanged.connect(self._update_enabled)

    # --- values ----------------------------------------------------------------------

    def _blank(self) -> Policy:
        """An empty form: the rules a TOML file without a [rules] table has; the period
        starts after the latest stored policy (a new circular usually follows one) and
        the issuer is that policy's."""
        stored = pol.list_policies(self.ctx.db)
        latest = max(stored, key=lambda p: (p.valid_to, p.version), default=None)
        start = latest.valid_to + dt.timedelta(days=1) if latest else dt.date.today()
        return Policy(number="", title="", issuer=latest.issuer if latest else "",
                      signed_on=start, valid_from=start,
                      valid_to=start + dt.timedelta(days=13),
                      workdays=["mon", "tue", "wed", "thu", "fri"], holidays=[], rules=Rules())

    def set_policy(self, policy: Policy) -> None:
        """Show *policy* in the form."""
        loading, self._loading = self._loading, True
        self.number_edit.setText(policy.number)
        self.title_edit.setText(policy.title)
        self.issuer_edit.setText(policy.issuer)
        self.signed_check.setChecked(policy.signed_on is not None)
        self.signed_edit.setDate(to_qdate(policy.signed_on or policy.valid_from))
        self.signed_edit.setEnabled(policy.signed_on is not None)
        self.valid_from_edit.setDate(to_qdate(policy.valid_from))
        self.valid_to_edit.setDate(to_qdate(policy.valid_to))
        self.holiday_date_edit.setDate(to_qdate(policy.valid_from))
        for key, box in self.workday_checks.items():
            box.setChecked(key in policy.workdays)
        self.holiday_list.clear()
        self.add_holidays(policy.holidays, quiet=True)

        r = policy.rules
        self.top_levels_spin.setValue(r.always_office_top_levels)
        self.by_type_group.setChecked(bool(r.office_levels_by_unit_type))
        self.type_table.setVisible(bool(r.office_levels_by_unit_type))
        for row, unit_type in enumerate(UNIT_TYPES):
            tiers = r.office_levels_by_unit_type.get(unit_type, [])
            for column, tier in enumerate(ESELON_TIERS):
                self.type_table.item(row, column).setCheckState(
                    Qt.CheckState.Checked if tier in tiers else Qt.CheckState.Unchecked)
        self.cap_check.setChecked(r.max_office_share is not None)
        self.cap_spin.setValue(policy_form.share_to_percent(r.max_office_share)
                               if r.max_office_share is not None else 30)
        for level, spin in self.min_spins.items():
            spin.setValue(r.min_office.get(level, 0))
        (self.cap_wins_radio if r.cap_wins else self.min_wins_radio).setChecked(True)
        self.fill_check.setChecked(r.fill_to_cap)
        (self.daily_radio if r.rotation == "daily" else self.weekly_radio).setChecked(True)
        (self.opd_scope_radio if r.rotation_scope == "opd"
         else self.unit_scope_radio).setChecked(True)
        self.age_check.setChecked(r.home_if_age_at_least is not None)
        self.age_spin.setValue(r.home_if_age_at_least or 50)
        self.pregnant_check.setChecked(r.home_if_pregnant)
        self.comorbid_check.setChecked(r.home_if_comorbid)
        self.set_exempt_units(r.exempt_units)
        for role, box in self.role_checks.items():
            box.setChecked(role in r.exempt_roles)
        self._loading = loading
        self._update_presets()
        self._update_enabled()
        if not loading:
            self.validate()

    def set_exempt_units(self, codes: list[str]) -> None:
        """Tick the units of *codes*; a code the register does not know is listed at the
        end, ticked, so that nothing of a stored policy is lost unseen."""
        self.unit_tree.blockSignals(True)
        wanted = {c.strip().upper() for c in codes}
        for key, item in list(self._unit_items.items()):
            if item.data(1, CODE_ROLE) == "unknown":
                self.unit_tree.takeTopLevelItem(self.unit_tree.indexOfTopLevelItem(item))
                del self._unit_items[key]
        for key, item in self._unit_items.items():
            item.setCheckState(0, Qt.CheckState.Checked if key in wanted
                               else Qt.CheckState.Unchecked)
        for code in codes:
            if code.strip().upper() not in self._unit_items:
                item = QTreeWidgetItem([code.strip(), self.tr("(not in the unit register)")])
                item.setData(0, CODE_ROLE, code.strip())
                item.setData(1, CODE_ROLE, "unknown")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
                self.unit_tree.addTopLevelItem(item)
                self._unit_items[code.strip().upper()] = item
        self.unit_tree.blockSignals(False)
        self._update_inherited()

    def exempt_unit_codes(self) -> list[str]:
        """Codes of the ticked units in tree order."""
        out = []

        def walk(item):
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, CODE_ROLE))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.unit_tree.topLevelItemCount()):
            walk(self.unit_tree.topLevelItem(i))
        return out

    def check_unit(self, code: str, checked: bool = True) -> None:
        """Tick (or untick) the unit *code* in the exempt units tree."""
        self._unit_items[code.upper()].setCheckState(
            0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _levels_by_type(self) -> dict[str, list[str]]:
        out = {}
        for row, unit_type in enumerate(UNIT_TYPES):
            tiers = [tier for column, tier in enumerate(ESELON_TIERS)
                     if self.type_table.item(row, column).checkState() == Qt.CheckState.Checked]
            if tiers:
                out[unit_type] = tiers
        return out

    def set_levels_by_type(self, unit_type: str, tiers: list[str]) -> None:
        row = UNIT_TYPES.index(unit_type)
        for column, tier in enumerate(ESELON_TIERS):
            self.type_table.item(row, column).setCheckState(
                Qt.CheckState.Checked if tier in tiers else Qt.CheckState.Unchecked)

    def holiday_dates(self) -> list[dt.date]:
        return sorted(dt.date.fromisoformat(self.holiday_list.item(i).data(CODE_ROLE))
                      for i in range(self.holiday_list.count()))

    def policy(self) -> Policy:
        """The form as a policy (not yet checked)."""
        rules = Rules(
            always_office_top_levels=self.top_levels_spin.value(),
            office_levels_by_unit_type=(self._levels_by_type() if self.by_type_group.isChecked()
                                        else {}),
            max_office_share=(self.cap_spin.value() / 100 if self.cap_check.isChecked()
                              else None),
            min_office={level: spin.value() for level, spin in self.min_spins.items()
                        if spin.value()},
            cap_wins=self.cap_wins_radio.isChecked(),
            rotation="daily" if self.daily_radio.isChecked() else "weekly",
            rotation_scope="opd" if self.opd_scope_radio.isChecked() else "unit",
            fill_to_cap=self.fill_check.isChecked(),
            home_if_age_at_least=self.age_spin.value() if self.age_check.isChecked() else None,
            home_if_pregnant=self.pregnant_check.isChecked(),
            home_if_comorbid=self.comorbid_check.isChecked(),
            exempt_units=self.exempt_unit_codes(),
            exempt_roles=[role for role, box in self.role_checks.items() if box.isChecked()],
        )
        return Policy(
            number=self.number_edit.text(), title=self.title_edit.text(),
            issuer=self.issuer_edit.text(),
            signed_on=(from_qdate(self.signed_edit.date()) if self.signed_check.isChecked()
                       else None),
            valid_from=from_qdate(self.valid_from_edit.date()),
            valid_to=from_qdate(self.valid_to_edit.date()),
            workdays=[key for key in WEEKDAYS if self.workday_checks[key].isChecked()],
            holidays=self.holiday_dates(), rules=rules)

    # --- holidays of the policy --------------------------------------------------------

    def add_holidays(self, days, quiet: bool = False) -> int:
        """Add *days* that are not in the list yet; return how many were added."""
        have = set(self.holiday_dates())
        added = 0
        for day in sorted(set(days) - have):
            name = self._holiday_names.get(day, "")
            text = format_day(day, "ddd, d MMM yyyy")
            item = QListWidgetItem(f"{text}    {name}" if name else text)
            item.setData(CODE_ROLE, day.isoformat())
            row = sum(1 for d in have if d < day)
            self.holiday_list.insertItem(row, item)
            have.add(day)
            added += 1
        if not quiet:
            self.validate()
        return added

    def remove_selected_holidays(self) -> None:
        for item in self.holiday_list.selectedItems():
            self.holiday_list.takeItem(self.holiday_list.row(item))
        self.validate()

    def _period_years(self) -> list[int]:
        start = self.valid_from_edit.date().year()
        end = self.valid_to_edit.date().year()
        return list(range(start, end + 1)) if end >= start else [start]

    def _update_presets(self) -> None:
        span = self._period_years()
        if span == self._preset_span:
            return
        self._preset_span = span
        years = [y for y in span if y in pol.preset_years()]
        while self.preset_row.count():
            item = self.preset_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.preset_buttons = {}
        for year in years:
            button = QPushButton(fill(self.tr("Add the national holidays of %1"), str(year)))
            button.setToolTip(fill(self.tr(
                "Adds the shipped national holidays and collective leave (cuti bersama) of "
                "%1 that fall within the valid period"), str(year)))
            button.clicked.connect(lambda _=False, y=year: self.add_preset(y))
            self.preset_buttons[year] = button
            self.preset_row.addWidget(button)
        if not years:
            label = str(span[0]) if len(span) == 1 else f"{span[0]}-{span[-1]}"
            none = QPushButton(fill(self.tr("No shipped holidays for %1"), label))
            none.setEnabled(False)
            self.preset_row.addWidget(none)
        self.preset_row.addStretch(1)

    def add_preset(self, year: int) -> int:
        """Add the preset days of *year* that fall within the valid period."""
        start = from_qdate(self.valid_from_edit.date())
        end = from_qdate(self.valid_to_edit.date())
        days = [dt.date.fromisoformat(r["date"]) for r in pol.holiday_preset(year)]
        added = self.add_holidays([d for d in days if start <= d <= end])
        self.preset_status.setText(fill(
            self.tr("%1 day(s) of %2 added; the others are outside the valid period or "
                    "listed already."), str(added), str(year)))
        self.preset_status.show()
        return added

    # --- checking as you type -------------------------------------------------------

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def _on_signed_toggled(self, checked: bool) -> None:
        self.signed_edit.setEnabled(checked)
        self.validate()

    def _on_unit_checked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._update_inherited()
            self.validate()

    def _update_inherited(self) -> None:
        """Grey the sub-units of a ticked unit: they are exempt through it."""
        self.unit_tree.blockSignals(True)
        through = self.tr("Exempt through %1")

        def walk(item, parent_code):
            item.setDisabled(parent_code is not None)
            item.setToolTip(0, fill(through, parent_code) if parent_code else "")
            mine = parent_code or (item.data(0, CODE_ROLE)
                                   if item.checkState(0) == Qt.CheckState.Checked else None)
            for i in range(item.childCount()):
                walk(item.child(i), mine)

        for i in range(self.unit_tree.topLevelItemCount()):
            walk(self.unit_tree.topLevelItem(i), None)
        self.unit_tree.blockSignals(False)

    def _update_enabled(self) -> None:
        self.cap_spin.setEnabled(self.cap_check.isChecked())
        capped = self.cap_check.isChecked()
        for widget in (self.cap_wins_radio, self.min_wins_radio, self.fill_check):
            widget.setEnabled(capped)
        self.age_spin.setEnabled(self.age_check.isChecked())
        self.remove_holiday_button.setEnabled(bool(self.holiday_list.selectedItems()))

    def validate(self) -> dict[str, str]:
        """Check the form; show the problems and enable Save only when there is none."""
        if self._loading:
            return self._problems
        self._update_enabled()
        current = self.policy()
        _clean, problems = policy_form.check_policy(current, self._known_units)
        self._problems = problems
        shown = {key: message for key, message in problems.items()
                 if self._show_all or key not in ("number", "title") or key in self._touched}
        for key, label in self.errors.items():
            label.set_message(shown.get(key, ""))
        self.period_error.set_message("; ".join(
            shown[k] for k in ("valid_from", "valid_to") if k in shown))
        self.summary.set_message("\n".join(
            f"{field_name(key)}: {message}" for key, message in shown.items()))
        hidden = [key for key in problems if key not in shown]
        self.pending.setText(fill(self.tr("To save, fill in: %1"),
                                  ", ".join(field_name(key) for key in hidden))
                             if hidden else "")
        self.pending.setVisible(bool(hidden))
        self.save_button.setEnabled(not problems)
        self._show_number_hint(current.number.strip())
        return problems

    def _show_number_hint(self, number: str) -> None:
        hint = ""
        if number and (self.original is None or number != self.original.number):
            existing = pol.get_policy(self.ctx.db, number)
            if existing is not None:
                hint = fill(self.tr("Policy %1 exists already (version %2): saving stores "
                                    "its next version."), number, str(existing.version))
            elif self.original is not None:
                hint = fill(self.tr("A different number makes a new policy; %1 stays as "
                                    "it is."), self.original.number)
        self.number_hint.setText(hint)
        self.number_hint.setVisible(bool(hint))

    # --- saving ------------------------------------------------------------------------

    def show_info(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def save(self) -> bool:
        self._show_all = True
        if self.validate():
            self._focus_first_error()
            return False
        clean, _ = policy_form.check_policy(self.policy(), self._known_units)
        if self.original is not None:
            clean = policy_form.keep_unchanged(self.original, clean)
        try:
            result = pol.save_policy(self.ctx.db, clean, source=pol.policy_to_toml(clean))
        except Exception as exc:  # noqa: BLE001 - shown in the one place
            runner.report_exception(self, exc)
            return False
        self.result_import = result
        p = result.policy
        if result.status == "unchanged":
            self.show_info(self.tr("Nothing changed"),
                           fill(self.tr("Nothing changed: policy %1 stays at version %2."),
                                p.number, str(p.version)))
            self.accept()
            return True
        if result.status == "new":
            message = fill(self.tr("Policy %1 stored as version 1."), p.number)
        else:
            message = fill(self.tr("Policy %1 changed: stored as version %2. The earlier "
                                   "versions stay on record."), p.number, str(p.version))
        self.ctx.notify("policies")
        self.show_info(self.tr("Policy saved"), message)
        self.accept()
        return True

    def _focus_first_error(self) -> None:
        fields = {"number": (0, self.number_edit), "title": (0, self.title_edit),
                  "issuer": (0, self.issuer_edit), "signed_on": (0, self.signed_edit),
                  "valid_from": (0, self.valid_from_edit), "valid_to": (0, self.valid_to_edit),
                  "workdays": (0, self.workday_checks["mon"]),
                  "holidays": (0, self.holiday_list),
                  "rules.exempt_units": (2, self.unit_tree),
                  "rules.exempt_roles": (2, self.role_checks["public_service"])}
        for key in self._problems:
            tab, widget = fields.get(key, (1, None))
            self.tabs.setCurrentIndex(tab)
            if widget is not None:
                widget.setFocus()
            return
