"""The circulars (surat edaran): the stored policies and their versions, each policy's rules
in plain words, importing and exporting TOML, the policy form, the holiday calendar and the
history of a policy version from the sync change log (History..., Ctrl+H)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import policy as pol
from wfh_desktop import register
from wfh_desktop.policy import Policy, PolicyError
from wfh_desktop.staff import LEVELS

from . import permissions, runner
from .attendance_model import plain_tip
from .history_dialog import HistoryDialog
from .holidays_dialog import HolidaysDialog
from .policy_dialog import PolicyDialog, fill, format_day, level_name, weekday_name
from .unit_dialog import unit_type_names
from .units_page import MessageListDialog

ID_ROLE = Qt.ItemDataRole.UserRole


# the sentences of the details pane
SAY = {
    "age": QT_TRANSLATE_NOOP("PolicyRules", "Staff aged %1 or more work from home."),
    "pregnant": QT_TRANSLATE_NOOP("PolicyRules", "Pregnant staff work from home."),
    "comorbid": QT_TRANSLATE_NOOP("PolicyRules", "Staff with comorbidities work from home."),
    "exempt_units": QT_TRANSLATE_NOOP(
        "PolicyRules", "Exempt units, working normally in the office (with their sub-units): "
                       "%1."),
    "public_service": QT_TRANSLATE_NOOP("PolicyRules",
                                        "Public-service staff stay in the office."),
    "teacher": QT_TRANSLATE_NOOP("PolicyRules", "Teachers stay in the office."),
    "by_type": QT_TRANSLATE_NOOP("PolicyRules",
                                 "In units of type %1, eselon %2 stay in the office."),
    "top_other_1": QT_TRANSLATE_NOOP(
        "PolicyRules", "In other units, the top structural level stays in the office."),
    "top_other": QT_TRANSLATE_NOOP(
        "PolicyRules", "In other units, the top %1 structural levels stay in the office."),
    "top_1": QT_TRANSLATE_NOOP("PolicyRules", "The top structural level stays in the office."),
    "top": QT_TRANSLATE_NOOP("PolicyRules", "Top %1 structural levels stay in the office."),
    "cap": QT_TRANSLATE_NOOP("PolicyRules", "At most %1% of staff on site."),
    "no_cap": QT_TRANSLATE_NOOP("PolicyRules", "No cap on the staff on site."),
    "min": QT_TRANSLATE_NOOP("PolicyRules", "Minimum on site: %1."),
    "cap_wins": QT_TRANSLATE_NOOP("PolicyRules",
                                  "When the minimum and the cap collide, the cap wins."),
    "min_wins": QT_TRANSLATE_NOOP("PolicyRules",
                                  "When the minimum and the cap collide, the minimum wins."),
    "fill": QT_TRANSLATE_NOOP("PolicyRules", "Staff take turns in the office up to the cap."),
    "no_fill": QT_TRANSLATE_NOOP("PolicyRules",
                                 "Only the staff needed for the minimum come in."),
    "rest_home": QT_TRANSLATE_NOOP("PolicyRules", "Everyone else works from home."),
    "weekly": QT_TRANSLATE_NOOP("PolicyRules", "weekly"),
    "daily": QT_TRANSLATE_NOOP("PolicyRules", "daily"),
    "scope_opd": QT_TRANSLATE_NOOP("PolicyRules", "Rotation: %1, the whole OPD together."),
    "scope_unit": QT_TRANSLATE_NOOP("PolicyRules", "Rotation: %1, each unit on its own."),
    "version": QT_TRANSLATE_NOOP("PolicyRules", "%1, version %2"),
    "issuer": QT_TRANSLATE_NOOP("PolicyRules", "Issued by %1"),
    "signed": QT_TRANSLATE_NOOP("PolicyRules", "Signed on %1"),
    "period": QT_TRANSLATE_NOOP("PolicyRules", "Valid from %1 to %2"),
    "workdays": QT_TRANSLATE_NOOP("PolicyRules", "Working days: %1"),
    "holidays": QT_TRANSLATE_NOOP("PolicyRules", "Policy holidays: %1"),
    "rules": QT_TRANSLATE_NOOP("PolicyRules", "Rules"),
}


def say(key: str, *values: str) -> str:
    return fill(QCoreApplication.translate("PolicyRules", SAY[key]), *values)


def describe_rules(policy: Policy, unit_names: dict[str, str] | None = None) -> list[str]:
    """The rules of *policy* in plain words, one sentence a line, in the order the roster
    applies them."""
    r = policy.rules
    unit_names = unit_names or {}
    out: list[str] = []
    if r.home_if_age_at_least is not None:
        out.append(say("age", str(r.home_if_age_at_least)))
    if r.home_if_pregnant:
        out.append(say("pregnant"))
    if r.home_if_comorbid:
        out.append(say("comorbid"))
    if r.exempt_units:
        names = [f"{code} ({unit_names[code.upper()]})" if code.upper() in unit_names else code
                 for code in r.exempt_units]
        out.append(say("exempt_units", ", ".join(names)))
    out += [say(role) for role in r.exempt_roles if role in ("public_service", "teacher")]
    if r.office_levels_by_unit_type:
        types = unit_type_names()
        for unit_type, tiers in r.office_levels_by_unit_type.items():
            out.append(say("by_type", types.get(unit_type, unit_type), ", ".join(tiers)))
    n = r.always_office_top_levels
    if n:
        key = "top_other" if r.office_levels_by_unit_type else "top"
        out.append(say(key + "_1") if n == 1 else say(key, str(n)))
    if r.max_office_share is not None:
        out.append(say("cap", f"{r.max_office_share * 100:.1f}".rstrip("0").rstrip(".")))
    else:
        out.append(say("no_cap"))
    mins = [f"{r.min_office[level]} {level_name(level)}" for level in LEVELS
            if r.min_office.get(level)]
    if mins:
        out.append(say("min", ", ".join(mins)))
    if mins and r.max_office_share is not None:
        out.append(say("cap_wins" if r.cap_wins else "min_wins"))
    if r.max_office_share is not None:
        out.append(say("fill" if r.fill_to_cap else "no_fill"))
    elif not mins:
        out.append(say("rest_home"))
    rotation = say("daily" if r.rotation == "daily" else "weekly")
    out.append(say("scope_opd" if r.rotation_scope == "opd" else "scope_unit", rotation))
    return out


def describe_policy(policy: Policy, unit_names: dict[str, str] | None = None) -> str:
    """Everything about *policy* as plain text for the details pane."""
    lines = [say("version", policy.number, str(policy.version)), policy.title]
    if policy.issuer:
        lines.append(say("issuer", policy.issuer))
    if policy.signed_on:
        lines.append(say("signed", format_day(policy.signed_on)))
    lines.append(say("period", format_day(policy.valid_from), format_day(policy.valid_to)))
    lines.append(say("workdays", ", ".join(weekday_name(d) for d in pol.WEEKDAYS
                                            if d in policy.workdays)))
    if policy.holidays:
        lines.append(say("holidays", ", ".join(format_day(d) for d in policy.holidays)))
    lines += ["", say("rules")]
    lines += [f"\u2022 {line}" for line in describe_rules(policy, unit_names)]
    return "\n".join(lines)


def suggested_file_name(policy: Policy) -> str:
    """``se-065-0312-org-v1.toml`` for the policy number ``065/0312/ORG``."""
    slug = re.sub(r"[^a-z0-9]+", "-", policy.number.lower()).strip("-") or "policy"
    return f"se-{slug}-v{policy.version}.toml"


class PolicyPage(QWidget):
    """Stored policies (newest version of each number, older versions below it) and the
    selected one's rules in plain words.

    Choosers, messages and dialogs go through ``choose_open_file``, ``choose_save_file``,
    ``show_error``, ``show_info``, ``open_policy_dialog``, ``open_holidays_dialog`` and
    ``open_history_dialog``, which tests replace.
    """

    NUMBER, VERSION, VALID_FROM, VALID_TO, TITLE, ISSUER = range(6)
    FILE_FILTER = "TOML (*.toml)"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("Number"), self.tr("Version"), self.tr("Valid from"),
                                   self.tr("Valid to"), self.tr("Title"), self.tr("Issuer")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.headerItem().setToolTip(
            self.VERSION, self.tr("A changed policy is stored as a new version; expand a "
                                  "policy to see its older versions"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (self.NUMBER, self.VERSION, self.VALID_FROM, self.VALID_TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ISSUER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.ISSUER, 260)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.tree.itemActivated.connect(lambda *_: self.edit_policy())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a policy to see its rules."))

        self.new_button = QPushButton(self.tr("New policy..."))
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.edit_button.setToolTip(self.tr("Change the selected policy; a changed policy is "
                                            "stored as its next version"))
        self.history_button = QPushButton(self.tr("History..."))
        self.history_button.setToolTip(self.tr(
            "Every change of the selected policy version: when, where and by whom (Ctrl+H)"))
        self.import_button = QPushButton(self.tr("Import TOML..."))
        self.export_button = QPushButton(self.tr("Export TOML..."))
        self.holidays_button = QPushButton(self.tr("Holidays..."))
        self.holidays_button.setToolTip(self.tr("The holiday calendar: national holidays and "
                                                "collective leave of each year"))
        self.older_check = QCheckBox(self.tr("Show older versions"))
        self.new_button.clicked.connect(lambda: self.new_policy())
        self.edit_button.clicked.connect(lambda: self.edit_policy())
        self.history_button.clicked.connect(lambda: self.show_history())
        self.import_button.clicked.connect(lambda: self.import_toml())
        self.export_button.clicked.connect(lambda: self.export_toml())
        self.holidays_button.clicked.connect(lambda: self.open_holidays())
        self.older_check.toggled.connect(self._show_older)
        for button in (self.new_button, self.edit_button, self.import_button):
            permissions.apply(ctx, button, "policies")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.history_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.older_check)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.holidays_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        history = QShortcut(QKeySequence("Ctrl+H"), self)
        history.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        history.activated.connect(self.show_history)

        self._policies: dict[str, Policy] = {}
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- replaceable interactions ----------------------------------------------------

    def choose_open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.FILE_FILTER)
        return path or None

    def choose_save_file(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.FILE_FILTER)
        return path or None

    def show_error(self, title: str, message: str, lines: list[str] | None = None) -> None:
        if lines:
            MessageListDialog(title, message, lines, self).exec()
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()

    def show_info(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def open_policy_dialog(self, dialog: PolicyDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_holidays_dialog(self, dialog: HolidaysDialog) -> None:
        dialog.exec()

    def open_history_dialog(self, dialog: HistoryDialog) -> None:
        dialog.exec()

    # --- the list ----------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind in ("policies", "units"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_policy()
        policies = pol.list_policies(self.ctx.db)
        self._policies = {p.id: p for p in policies}
        by_number: dict[str, list[Policy]] = {}
        for p in policies:
            by_number.setdefault(p.number, []).append(p)
        for versions in by_number.values():
            versions.sort(key=lambda p: p.version, reverse=True)
        # newest circulars first
        order = sorted(by_number.values(), key=lambda v: (v[0].valid_from, v[0].number),
                       reverse=True)
        self.tree.clear()
        current = None
        for versions in order:
            top = self._item(versions[0])
            self.tree.addTopLevelItem(top)
            for older in versions[1:]:
                top.addChild(self._item(older, older=True))
            if selected is not None and selected.number == versions[0].number:
                current = top
                if selected.id != versions[0].id:
                    for i in range(top.childCount()):
                        if top.child(i).data(self.NUMBER, ID_ROLE) == selected.id:
                            current = top.child(i)
        if self.older_check.isChecked():
            self.tree.expandAll()
        if current is None and self.tree.topLevelItemCount():
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
        self.summary.setText(fill(self.tr("Policies: %1 · versions: %2"),
                                  str(len(by_number)), str(len(policies))))
        self._show_selected()

    def _item(self, p: Policy, older: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([p.number, str(p.version), p.valid_from.isoformat(),
                                p.valid_to.isoformat(), p.title, p.issuer])
        item.setData(self.NUMBER, ID_ROLE, p.id)
        item.setTextAlignment(self.VERSION, Qt.AlignmentFlag.AlignRight
                              | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(self.TITLE, plain_tip(p.title))  # a tool tip may render HTML
        if older:
            item.setToolTip(self.VERSION, self.tr("An older version, kept on record"))
            font = item.font(self.NUMBER)
            font.setItalic(True)
            for column in range(6):
                item.setFont(column, font)
        return item

    def _show_older(self, show: bool) -> None:
        if show:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()

    def selected_policy(self) -> Policy | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._policies.get(item.data(self.NUMBER, ID_ROLE))

    def select_policy(self, number: str, version: int | None = None) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.text(self.NUMBER) != number:
                continue
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if version is None or item.text(self.VERSION) == str(version):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _unit_names(self) -> dict[str, str]:
        return {u["code"].upper(): u["name"] for u in register.list_units(self.ctx.db)}

    def _show_selected(self) -> None:
        policy = self.selected_policy()
        self.details.setPlainText(describe_policy(policy, self._unit_names())
                                  if policy is not None else "")
        for button in (self.edit_button, self.export_button, self.history_button):
            button.setEnabled(policy is not None)

    def context_menu(self) -> QMenu | None:
        """The menu of the selected policy version (None when none is selected)."""
        if self.selected_policy() is None:
            return None
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit..."), lambda: self.edit_policy())
        permissions.apply(self.ctx, edit, "policies")
        history = menu.addAction(self.tr("History..."), lambda: self.show_history())
        history.setShortcut(QKeySequence("Ctrl+H"))
        return menu

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = self.context_menu()
        if menu is None:
            return
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- actions -----------------------------------------------------------------------

    def new_policy(self) -> bool:
        if not permissions.check(self, self.ctx, "policies"):
            return False
        return self._run_dialog(PolicyDialog(self.ctx, None, self))

    def edit_policy(self) -> bool:
        policy = self.selected_policy()
        if policy is None or not permissions.check(self, self.ctx, "policies"):
            return False
        return self._run_dialog(PolicyDialog(self.ctx, policy, self))

    def _run_dialog(self, dialog: PolicyDialog) -> bool:
        try:
            accepted = self.open_policy_dialog(dialog)
            result = dialog.result_import
        finally:
            dialog.deleteLater()
        if not accepted or result is None:
            return False
        self.select_policy(result.policy.number, result.policy.version)
        return result.status != "unchanged"

    def import_toml(self, path: str | None = None) -> bool:
        """Import a surat edaran from TOML: stored as a new policy or its next version, or
        nothing stored and every problem listed with its line and key."""
        if not permissions.check(self, self.ctx, "policies"):
            return False
        path = path or self.choose_open_file(self.tr("Import policy"))
        if not path:
            return False
        try:
            result = pol.import_policy(self.ctx.db, path)
        except PolicyError as exc:
            self.show_error(self.tr("Policy not imported"),
                            fill(self.tr("%1 has errors; nothing was stored. Correct the file "
                                         "and import it again."), Path(path).name),
                            exc.lines())
            return False
        except Exception as exc:  # noqa: BLE001 - storage and file errors, one place
            runner.report_exception(self, exc)
            return False
        p = result.policy
        if result.status == "unchanged":
            self.select_policy(p.number, p.version)
            self.show_info(self.tr("Policy not changed"),
                           fill(self.tr("Policy %1 is stored already with the same content "
                                        "(version %2); nothing was added."),
                                p.number, str(p.version)))
            return False
        self.ctx.notify("policies")
        self.select_policy(p.number, p.version)
        if result.status == "new":
            message = fill(self.tr("Policy %1 stored as version 1."), p.number)
        else:
            message = fill(self.tr("Policy %1 changed: stored as version %2. The earlier "
                                   "versions stay on record."), p.number, str(p.version))
        self.show_info(self.tr("Policy imported"), message)
        return True

    def export_toml(self, path: str | None = None) -> bool:
        policy = self.selected_policy()
        if policy is None:
            return False
        path = path or self.choose_save_file(self.tr("Export policy"),
                                             suggested_file_name(policy))
        if not path:
            return False
        try:
            Path(path).write_text(pol.policy_to_toml(policy), encoding="utf-8")
        except OSError as exc:
            self.show_error(self.tr("Policy not exported"), runner.error_text(exc))
            return False
        self.show_info(self.tr("Policy exported"),
                       fill(self.tr("Policy %1 (version %2) written to %3."),
                            policy.number, str(policy.version), path))
        return True

    def show_history(self) -> bool:
        """Every change of the selected policy version (everyone may read it); each version
        is a record of its own."""
        policy = self.selected_policy()
        if policy is None:
            return False
        title = say("version", policy.number, str(policy.version))
        dialog = HistoryDialog(self.ctx, "policies", policy.id, title, self)
        try:
            self.open_history_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    def open_holidays(self) -> None:
        policy = self.selected_policy()
        dialog = HolidaysDialog(self.ctx, policy.valid_from.year if policy else None, self)
        try:
            self.open_holidays_dialog(dialog)
        finally:
            dialog.deleteLater()
