"""Sync: who this office is (BKD or an OPD, its site id and fingerprint), its registration
file and the offices it trusts (tab "Offices"); then, once this office has a role and a
registered peer, sending and receiving sync files, the open conflicts and (at the BKD)
the proposals of the OPDs.  Every write goes through the core (:mod:`wfh_desktop.sites`,
:mod:`wfh_desktop.sync`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import register, sites

from . import permissions, runner
from .peers_model import COL_NAME, PeersModel
from .roster_page import DEPTH_ROLE, UnitItemDelegate
from .sync_exchange import EXCHANGE_KINDS, SyncExchange
from .trust_dialog import IDENTITY_FILTER, TrustDialog, fingerprint_font, plain_label
from .unit_dialog import ErrorLabel

HINT_STYLE = "color: #555555;"


class SyncPage(QWidget):
    """The page.  File choosers and dialogs go through ``choose_save_file`` and
    ``exec_dialog``, which tests replace."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.site: sites.Site | None = None
        self.peers: list[dict] = []
        self._default_name = ""

        self.model = PeersModel(self)
        left = QVBoxLayout()
        left.addWidget(self._office_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._identity_box())
        right.addWidget(self._trust_box())
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        offices = QWidget()
        offices_layout = QVBoxLayout(offices)
        offices_layout.setContentsMargins(4, 4, 4, 4)
        offices_layout.addLayout(top)
        offices_layout.addWidget(self._peers_box(), 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(offices, self.tr("Offices"))
        self.exchange = SyncExchange(ctx, self)
        self.send_tab = self.tabs.addTab(self.exchange.send_widget, self.tr("Send data"))
        self.receive_tab = self.tabs.addTab(self.exchange.receive_widget,
                                            self.tr("Receive data"))
        self.conflicts_tab = self.tabs.addTab(self.exchange.conflicts_widget,
                                              self.tr("Conflicts"))
        self.proposals_tab = self.tabs.addTab(self.exchange.proposals_widget,
                                              self.tr("Proposals from OPDs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda *_: self.exchange.preview_if_shown())
        self.setAcceptDrops(True)

        ctx.changed.connect(self._on_changed)
        self.load_units()
        self.load()

    # --- building ----------------------------------------------------------------------
    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This office"))
        form = self.office_form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setFont(fingerprint_font(22))
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setToolTip(self.tr(
            "The other office compares this with the file you send it"))
        self.site_id_label = QLabel()
        self.site_id_label.setObjectName("site_id")
        self.site_id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.site_id_label.setFont(fingerprint_font())
        self.site_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bkd_radio = QRadioButton(self.tr("BKD (the hub of the region)"))
        self.opd_radio = QRadioButton(self.tr("OPD (a regional office: choose its unit)"))
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.bkd_radio)
        self.role_group.addButton(self.opd_radio)
        self.role_group.buttonToggled.connect(lambda *_: self._place_changed())
        roles = QVBoxLayout()
        roles.setSpacing(2)
        roles.addWidget(self.bkd_radio)
        roles.addWidget(self.opd_radio)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.setMinimumContentsLength(24)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMaxVisibleItems(25)
        self.unit_combo.setPlaceholderText(self.tr("choose the unit..."))
        self.unit_combo.setItemDelegate(UnitItemDelegate(self.unit_combo))
        self.unit_combo.currentIndexChanged.connect(lambda *_: self._place_changed())
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(sites.MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("the unit's name, or BKD"))
        self.name_edit.textEdited.connect(lambda *_: self.status.clear())
        self.locked_label = plain_label(self.tr(
            "Registered with other offices: the role and unit can no longer change."))
        self.locked_label.setStyleSheet(HINT_STYLE)
        self.locked_label.hide()

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(lambda: self.save())
        permissions.apply(self.ctx, self.save_button, "settings")
        if not permissions.allowed(self.ctx, "settings"):
            for widget in (self.bkd_radio, self.opd_radio, self.unit_combo):
                widget.setEnabled(False)
            self.name_edit.setReadOnly(True)
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        self.status = plain_label()
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Site id:"), self.site_id_label)
        form.addRow(self.tr("Role:"), roles)
        form.addRow(self.tr("Unit:"), self.unit_combo)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.locked_label)
        form.addRow(self.error)
        form.addRow(save_row)
        return box

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Registration file"))
        layout = QVBoxLayout(box)
        how = plain_label(self.tr(
            "Save this office's registration file and send it to the other office by USB "
            "stick, e-mail or WhatsApp. Then phone that office and read this office's "
            "fingerprint aloud: it shows the file comes from you."))
        self.identity_button = QPushButton(self.tr("Save registration &file..."))
        self.identity_button.clicked.connect(lambda: self.save_identity())
        permissions.apply(self.ctx, self.identity_button, "sync")
        row = QHBoxLayout()
        row.addWidget(self.identity_button)
        row.addStretch(1)
        self.identity_status = plain_label()
        self.identity_status.setObjectName("identity_status")
        self.identity_fingerprint = QLabel()
        self.identity_fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_fingerprint.setFont(fingerprint_font(16))
        self.identity_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_fingerprint.hide()
        layout.addWidget(how)
        layout.addLayout(row)
        layout.addWidget(self.identity_status)
        layout.addWidget(self.identity_fingerprint)
        return box

    def _trust_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Register another office"))
        layout = QVBoxLayout(box)
        self.trust_intro = plain_label()
        self.trust_button = QPushButton(self.tr("&Register another office..."))
        self.trust_button.clicked.connect(lambda: self.register_office())
        permissions.apply(self.ctx, self.trust_button, "sync")
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addStretch(1)
        layout.addWidget(self.trust_intro)
        layout.addLayout(row)
        return box

    def _peers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Registered offices"))
        layout = QVBoxLayout(box)
        self.table = QTableView()
        self.table.setObjectName("peers")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Registered offices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.peers_summary = plain_label()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.peers_summary)
        return box

    # --- replaceable interactions ------------------------------------------------------
    def choose_save_file(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, IDENTITY_FILTER)
        return path or None

    def exec_dialog(self, dialog) -> int:
        return dialog.exec()

    # --- loading -----------------------------------------------------------------------
    def _on_changed(self, kind: str) -> None:
        if kind == "units":
            self.load_units()
        if kind in ("site", "sync", "units"):
            self.load()
        elif kind in EXCHANGE_KINDS:
            self.exchange.load(self.site, self.peers)

    def load_units(self) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit, depth in register.unit_tree(self.ctx.db):
            self.unit_combo.addItem(f"{unit['code']} - {unit['name']}", unit["code"])
            i = self.unit_combo.count() - 1
            self.unit_combo.setItemData(i, depth, DEPTH_ROLE)
            self.unit_combo.setItemData(i, unit["name"], Qt.ItemDataRole.UserRole + 2)
        i = self.unit_combo.findData(current) if current else -1
        self.unit_combo.setCurrentIndex(i)
        self.unit_combo.blockSignals(False)

    def load(self) -> None:
        """Show the site (made on first use: its id and key pair) and the peers."""
        try:
            self.site = sites.site_info(self.ctx.db)
            self.peers = sites.list_peers(self.ctx.db)
            self.error.set_message("")
        except Exception as exc:  # noqa: BLE001 - a read-only or damaged database
            self.site, self.peers = None, []
            self.error.set_message(runner.error_text(exc))
        site = self.site
        self.fingerprint_label.setText(site.fingerprint if site else "-")
        self.site_id_label.setText(site.site_id if site else "-")
        self.role_group.blockSignals(True)
        self.unit_combo.blockSignals(True)
        self.role_group.setExclusive(False)
        self.bkd_radio.setChecked(site is not None and site.role == "bkd")
        self.opd_radio.setChecked(site is not None and site.role == "opd")
        self.role_group.setExclusive(True)
        i = self.unit_combo.findData(site.unit_code) if site and site.unit_code else -1
        self.unit_combo.setCurrentIndex(i)
        self.role_group.blockSignals(False)
        self.unit_combo.blockSignals(False)
        self.name_edit.setText(site.name if site else "")
        self.name_edit.setCursorPosition(0)
        self._default_name = self._place_default_name()
        self.model.set_rows(self.peers)
        self._update_state()
        self.exchange.load(self.site, self.peers)
        ready = self.exchange.ready
        for tab in (self.send_tab, self.receive_tab, self.conflicts_tab):
            self.tabs.setTabVisible(tab, ready)
        self.tabs.setTabVisible(self.proposals_tab, ready and self.site.role == "bkd")
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        n = self.exchange.conflicts_model.rowCount() if self.exchange.ready else 0
        self.tabs.setTabText(self.conflicts_tab, self.tr("Conflicts (%1)").replace(
            "%1", str(n)) if n and not self.exchange.show_resolved.isChecked()
            else self.tr("Conflicts"))
        p = self.exchange.proposals_model.rowCount() if self.exchange.ready else 0
        self.tabs.setTabText(self.proposals_tab, self.tr("Proposals from OPDs (%1)").replace(
            "%1", str(p)) if p else self.tr("Proposals from OPDs"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.exchange.preview_if_shown()

    # --- a sync file dropped on the page ---------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.exchange.ready and self._dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event.mimeData())
        if not path or not self.exchange.ready:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(self.receive_tab)
        self.exchange.open_sync_file(path)

    @staticmethod
    def _dropped_file(mime) -> str | None:
        if not mime.hasUrls():
            return None
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return files[0] if len(files) == 1 else None

    def _place_default_name(self) -> str:
        """The name the core gives when none is typed: the unit's name, or BKD."""
        if self.bkd_radio.isChecked():
            return "BKD"
        if self.opd_radio.isChecked() and self.unit_combo.currentIndex() >= 0:
            return self.unit_combo.currentData(Qt.ItemDataRole.UserRole + 2) or ""
        return ""

    def _place_changed(self) -> None:
        # a name that was the old place's default follows the new place
        new_default = self._place_default_name()
        if self.name_edit.text().strip() in ("", self._default_name):
            self.name_edit.setText(new_default)
            self.name_edit.setCursorPosition(0)
        self._default_name = new_default
        self.status.clear()
        self.error.set_message("")
        self._update_state()

    def _update_state(self) -> None:
        site = self.site
        may_edit = permissions.allowed(self.ctx, "settings")
        locked = bool(self.peers)
        self.locked_label.setVisible(locked)
        for radio in (self.bkd_radio, self.opd_radio):
            radio.setEnabled(may_edit and not locked)
        self.unit_combo.setEnabled(may_edit and not locked and self.opd_radio.isChecked())
        self.office_form.setRowVisible(self.unit_combo, self.opd_radio.isChecked())
        role_set = site is not None and site.role is not None
        first = self.tr("First choose BKD or OPD and save.")
        for button in (self.identity_button, self.trust_button):
            button.setEnabled(role_set)
            button.setToolTip("" if role_set else first)
        if site is not None and site.role == "opd":
            self.trust_intro.setText(self.tr(
                "An OPD registers the BKD once: ask the BKD for its registration file, then "
                "check its fingerprint with the BKD by phone."))
        elif site is not None and site.role == "bkd":
            self.trust_intro.setText(self.tr(
                "The BKD registers each OPD: ask the OPD for its registration file, then "
                "check its fingerprint with the OPD by phone."))
        else:
            self.trust_intro.setText(self.tr(
                "Say first whether this office is the BKD or an OPD, and save."))
        n = len(self.peers)
        self.peers_summary.setText(self.tr("No office is registered yet.") if n == 0 else
                                   self.tr("%n office(s) registered", "", n))

    # --- actions -----------------------------------------------------------------------
    def selected_role(self) -> str | None:
        if self.bkd_radio.isChecked():
            return "bkd"
        if self.opd_radio.isChecked():
            return "opd"
        return None

    def save(self) -> bool:
        """Store the role, the unit (an OPD) and the name through ``sites.set_site``."""
        if not permissions.check(self, self.ctx, "settings"):
            return False
        role = self.selected_role()
        unit = self.unit_combo.currentData() if role == "opd" else None
        if role is None:
            self.error.set_message(self.tr("Choose BKD or OPD."))
            return False
        if role == "opd" and not unit:
            self.error.set_message(self.tr("Choose the unit of this OPD."))
            self.unit_combo.setFocus()
            return False
        name = self.name_edit.text().strip() or None
        self.error.set_message("")
        ok, _site = runner.run_now(self, self.ctx,
                                   lambda db: sites.set_site(db, role, unit, name),
                                   changes=("site",))
        if ok:
            self.status.setText(self.tr("Saved."))
        return ok

    def save_identity(self, path: str | None = None) -> bool:
        """Write the registration file (to *path*, asked for when None) and show the
        fingerprint to read over the phone."""
        if not permissions.check(self, self.ctx, "sync"):
            return False
        site = self.site
        if not path:
            place = (site.unit_code or site.role or "site") if site else "site"
            path = self.choose_save_file(self.tr("Save the registration file"),
                                         f"wfh-desktop-{place.lower()}.json")
        if not path:
            return False
        ok, written = runner.run_now(self, self.ctx,
                                     lambda db: sites.write_identity(db, path), changes=())
        if not ok:
            return False
        self.identity_status.setText(self.tr(
            "Saved to {path}.\nFingerprint to read over the phone:").format(path=path))
        self.identity_fingerprint.setText(written.fingerprint)
        self.identity_fingerprint.show()
        return True

    def register_office(self) -> bool:
        """The wizard that registers another office; True when it registered (or
        updated) one."""
        if not permissions.check(self, self.ctx, "sync"):
            return False
        dialog = TrustDialog(self.ctx, self)
        try:
            self.exec_dialog(dialog)
            result = dialog.result_
        finally:
            dialog.deleteLater()
        if result is None:
            return False
        row = self.model.row_of_site(result.peer["site_id"])
        if row >= 0:
            self.table.selectRow(row)
        return True
