"""The sync page's exchange tabs: send data (a preview per kind, then the file written in
the background), receive data (a file opened or dropped, imported in the background, the
result in plain words), conflicts (keep the shown value or use the other one) and, at the
BKD, the proposals of the OPDs.  :class:`SyncExchange` builds the four widgets the page
puts in its tabs; file choosers go through ``choose_file_to_save`` and
``choose_file_to_open``, which tests replace."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wfh_desktop import sites, sync

from . import permissions, runner
from .conflicts_model import (
    C_KEPT,
    C_OTHER,
    C_RECORD,
    ConflictsModel,
    KindCountsModel,
    P_CHANGES,
    P_RECORD,
    ProposalsModel,
    kind_label,
    value_text,
)
from .trust_dialog import plain_label

SYNC_FILTER = "WFH Desktop sync (*.wfhsync);;* (*)"
EXTENSION = ".wfhsync"
HINT_STYLE = "color: #555555;"
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"

# the page refreshes its lists on these; an import tells the other pages these
EXCHANGE_KINDS = ("staff", "units", "policies", "roster", "attendance", "reports")
NOTIFY_OF_KIND = {
    "units": "units", "staff": "staff", "policies": "policies", "holidays": "policies",
    "attendance_codes": "policies", "absences": "roster", "roster": "roster",
    "roster_conflicts": "roster", "attendance": "attendance",
    "attendance_locks": "attendance", "attendance_closures": "attendance",
    "reports": "reports", "report_items": "reports",
}
ALL = ""   # the send combo's entry for a file holding everything


def notify_kinds(counts: dict[str, int]) -> list[str]:
    """What to tell the other pages after an import that applied *counts*."""
    out = []
    for kind in counts:
        name = NOTIFY_OF_KIND.get(kind)
        if name and name not in out:
            out.append(name)
    return out + ["sync"]


def _table(model, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class SyncExchange(QObject):
    def __init__(self, ctx, page: QWidget):
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.site: sites.Site | None = None
        self.peers: list[dict] = []
        self.ready = False
        self.last_export: sync.ExportResult | None = None
        self.last_import: sync.ImportResult | None = None
        self.last_refusal = ""
        self.preview_stale = True
        self.task: runner.Task | None = None
        self.preview_model = KindCountsModel(self)
        self.received_model = KindCountsModel(self)
        self.conflicts_model = ConflictsModel(self)
        self.proposals_model = ProposalsModel(self)
        self.send_widget = self._send_widget()
        self.receive_widget = self._receive_widget()
        self.conflicts_widget = self._conflicts_widget()
        self.proposals_widget = self._proposals_widget()

    # --- building ----------------------------------------------------------------------
    def _send_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(4, 4, 4, 4)
        inner = layout
        intro = plain_label(self.tr(
            "Choose the office, check what will go out, then save the sync file and send "
            "it to that office by USB stick, e-mail or WhatsApp."))
        self.peer_combo = QComboBox()
        self.peer_combo.setObjectName("send_to")
        self.peer_combo.setMinimumContentsLength(30)
        self.peer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.peer_combo.currentIndexChanged.connect(lambda *_: self.refresh_preview())
        to_row = QHBoxLayout()
        to_row.addWidget(plain_label(self.tr("Send to:"), wrap=False))
        to_row.addWidget(self.peer_combo)
        to_row.addStretch(1)
        self.preview_table = _table(self.preview_model, "preview")
        self.preview_table.setAccessibleName(self.tr("What will go out"))
        self.preview_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.preview_summary = plain_label()
        self.preview_summary.setObjectName("preview_summary")
        self.export_button = QPushButton(self.tr("&Save sync file..."))
        self.export_button.clicked.connect(lambda: self.save_sync_file())
        permissions.apply(self.ctx, self.export_button, "sync")
        button_row = QHBoxLayout()
        button_row.addWidget(self.preview_summary, 1)
        button_row.addWidget(self.export_button)
        self.export_status = plain_label()
        self.export_status.setObjectName("export_status")
        self.export_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        table_row = QHBoxLayout()
        table_row.addWidget(self.preview_table, 2)
        table_row.addStretch(3)
        self.preview_table.setMinimumWidth(360)
        inner.addWidget(intro)
        inner.addLayout(to_row)
        inner.addLayout(table_row, 1)
        inner.addLayout(button_row)
        inner.addWidget(self.export_status)
        return w

    def _receive_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(4, 4, 4, 4)
        inner = layout
        intro = plain_label(self.tr(
            "Open a sync file received from a registered office, or drop it on this page. "
            "It is checked first: a damaged or forged file changes nothing."))
        self.import_button = QPushButton(self.tr("&Open sync file..."))
        self.import_button.clicked.connect(lambda: self.open_sync_file())
        permissions.apply(self.ctx, self.import_button, "sync")
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.import_status = plain_label()
        self.import_status.setObjectName("import_status")
        self.import_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_details = plain_label()
        self.import_details.setObjectName("import_details")
        self.received_table = _table(self.received_model, "received")
        self.received_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.received_table.setMaximumHeight(220)
        self.received_table.setMaximumWidth(480)
        self.received_table.hide()
        self.refused_label = plain_label()
        self.refused_label.hide()
        self.refused_list = QListWidget()
        self.refused_list.setObjectName("refused")
        self.refused_list.setAccessibleName(self.tr("Refused changes"))
        self.refused_list.hide()
        inner.addWidget(intro)
        inner.addLayout(row)
        inner.addWidget(self.import_status)
        inner.addWidget(self.import_details)
        inner.addWidget(self.received_table)
        inner.addWidget(self.refused_label)
        inner.addWidget(self.refused_list, 1)
        self.receive_stretch = QWidget()
        inner.addWidget(self.receive_stretch, 1)
        return w

    def _conflicts_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(4, 4, 4, 4)
        intro = plain_label(self.tr(
            "The same field was changed in two places without either seeing the other. "
            "Every office shows the same value for now; keep it or use the other one. "
            "The decision travels with the next sync file."))
        intro.setStyleSheet(HINT_STYLE)
        self.conflicts_table = _table(self.conflicts_model, "conflicts")
        self.conflicts_table.setAccessibleName(self.tr("Conflicts"))
        header = self.conflicts_table.horizontalHeader()
        header.setSectionResizeMode(C_RECORD, QHeaderView.ResizeMode.Interactive)
        self.conflicts_table.setColumnWidth(C_RECORD, 260)
        for col in (C_KEPT, C_OTHER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.conflicts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        # the selected conflict in full (long values are cut in the table)
        self.conflict_detail = plain_label()
        self.conflict_detail.setObjectName("conflict_detail")
        self.conflict_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.show_resolved.toggled.connect(lambda *_: self.load_conflicts())
        self.conflicts_summary = plain_label()
        self.conflicts_summary.setObjectName("conflicts_summary")
        self.keep_button = QPushButton(self.tr("&Keep shown value"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected("winner"))
        self.other_button = QPushButton(self.tr("&Use the other value"))
        self.other_button.clicked.connect(lambda: self.resolve_selected("other"))
        for b in (self.keep_button, self.other_button):
            permissions.apply(self.ctx, b, "sync")
        row = QHBoxLayout()
        row.addWidget(self.show_resolved)
        row.addWidget(self.conflicts_summary, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.other_button)
        layout.addWidget(intro)
        layout.addWidget(self.conflicts_table, 1)
        layout.addWidget(self.conflict_detail)
        layout.addLayout(row)
        return w

    def _proposals_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(4, 4, 4, 4)
        intro = plain_label(self.tr(
            "Changes an OPD made to data the BKD keeps (staff, units, policies). They are "
            "not applied until the BKD accepts them."))
        intro.setStyleSheet(HINT_STYLE)
        self.proposals_table = _table(self.proposals_model, "proposals")
        self.proposals_table.setAccessibleName(self.tr("Proposals from OPDs"))
        header = self.proposals_table.horizontalHeader()
        header.setSectionResizeMode(P_CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(P_RECORD, QHeaderView.ResizeMode.Interactive)
        self.proposals_table.setColumnWidth(P_RECORD, 300)
        self.proposals_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.proposals_summary = plain_label()
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        permissions.apply(self.ctx, self.accept_button, "sync")
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr(
            "Close the proposal and keep the BKD's data; the OPD's edit gives way to it "
            "at the OPD's next import"))
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        permissions.apply(self.ctx, self.reject_button, "sync")
        row = QHBoxLayout()
        row.addWidget(self.proposals_summary, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        layout.addWidget(intro)
        layout.addWidget(self.proposals_table, 1)
        layout.addLayout(row)
        return w

    # --- replaceable interactions ------------------------------------------------------
    def choose_file_to_save(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Save the sync file"),
                                              suggested, SYNC_FILTER)
        return path or None

    def choose_file_to_open(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Open a sync file"), "",
                                              SYNC_FILTER)
        return path or None

    # --- loading -----------------------------------------------------------------------
    def load(self, site, peers: list[dict]) -> None:
        self.site, self.peers = site, list(peers)
        self.ready = site is not None and site.role is not None and bool(peers)
        if not self.ready:
            self.preview_model.set_counts({})
            self.conflicts_model.set_rows([])
            self.proposals_model.set_rows([])
            self._update_buttons()
            return
        current = self.peer_combo.currentData()
        self.peer_combo.blockSignals(True)
        self.peer_combo.clear()
        for p in peers:
            self.peer_combo.addItem(sites.site_label(p["role"], p["unit_code"], p["name"]),
                                    p["site_id"])
        if site.role == "bkd":
            self.peer_combo.addItem(self.tr("All offices (everything, for a first exchange)"),
                                    ALL)
        i = self.peer_combo.findData(current) if current is not None else -1
        self.peer_combo.setCurrentIndex(max(i, 0))
        self.peer_combo.blockSignals(False)
        self.preview_stale = True
        self.preview_if_shown()
        self.load_conflicts()
        self.load_proposals()

    def selected_peer(self) -> str | None:
        """The site id chosen to send to, or None for everything."""
        return self.peer_combo.currentData() or None

    def preview_if_shown(self) -> None:
        """The preview reads the whole change log: it is counted when the Send tab is
        shown, not on every change elsewhere in the program."""
        if self.preview_stale and self.send_widget.isVisible():
            self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview_stale = False
        if not self.ready:
            return
        try:
            counts = sync.preview(self.ctx.db, self.selected_peer())
        except Exception as exc:  # noqa: BLE001 - shown where the preview would be
            self.preview_model.set_counts({})
            self.preview_summary.setText(runner.error_text(exc))
            return
        self.preview_model.set_counts(counts)
        total = sum(counts.values())
        self.preview_summary.setText(
            self.tr("%n change(s) will go out.", "", total) if total else
            self.tr("Nothing new for this office: the file would only say what this "
                    "office has."))

    def load_conflicts(self) -> None:
        if not self.ready:
            return
        rows = sync.conflicts(self.ctx.db, include_resolved=self.show_resolved.isChecked(),
                              described=True)
        selected = self.selected_conflict()
        self.conflicts_model.set_rows(rows)
        open_count = sum(1 for r in rows if not r.get("resolved"))
        self.conflicts_summary.setText(
            self.tr("%n open conflict(s)", "", open_count) if open_count else
            self.tr("No open conflict."))
        if selected:
            row = self.conflicts_model.row_of_id(selected["id"])
            if row >= 0:
                self.conflicts_table.selectRow(row)
        self._update_buttons()
        update = getattr(self.page, "_update_tab_titles", None)
        if update is not None and hasattr(self.page, "tabs"):
            update()

    def load_proposals(self) -> None:
        if not self.ready or self.site.role != "bkd":
            self.proposals_model.set_rows([])
            return
        rows = sync.proposals(self.ctx.db, described=True)
        self.proposals_model.set_rows(rows)
        n = len(rows)
        self.proposals_summary.setText(
            self.tr("%n proposal(s) waiting", "", n) if n else self.tr("No proposal waits."))
        self._update_buttons()

    def selected_conflict(self) -> dict | None:
        rows = self.conflicts_table.selectionModel().selectedRows() \
            if hasattr(self, "conflicts_table") else []
        return self.conflicts_model.row_dict(rows[0].row()) if rows else None

    def selected_proposal(self) -> dict | None:
        rows = self.proposals_table.selectionModel().selectedRows() \
            if hasattr(self, "proposals_table") else []
        return self.proposals_model.row_dict(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        if not hasattr(self, "accept_button"):
            return
        busy = self.task is not None
        self.export_button.setEnabled(self.ready and not busy)
        self.import_button.setEnabled(self.ready and not busy)
        c = self.selected_conflict()
        self.conflict_detail.setText("" if c is None else "\n".join((
            self.tr("Value kept: {value} ({source})").format(
                value=value_text(c["winner_side"]["value"], c["field"]),
                source=ConflictsModel.source_text(c["winner_side"])),
            self.tr("Other value: {value} ({source})").format(
                value=value_text(c["other_side"]["value"], c["field"]),
                source=ConflictsModel.source_text(c["other_side"])))))
        may_resolve = c is not None and not c.get("resolved")
        self.keep_button.setEnabled(may_resolve)
        self.other_button.setEnabled(may_resolve)
        self.accept_button.setEnabled(self.selected_proposal() is not None)
        self.reject_button.setEnabled(self.selected_proposal() is not None)

    # --- sending -----------------------------------------------------------------------
    def default_file_name(self) -> str:
        site = self.site
        own = (site.unit_code or site.role or "site") if site else "site"
        peer = next((p for p in self.peers if p["site_id"] == self.selected_peer()), None)
        to = (peer["unit_code"] or peer["role"]) if peer else "semua"
        return f"wfh-sync-{own}-{to}-{dt.date.today().isoformat()}{EXTENSION}".lower()

    def save_sync_file(self, path: str | None = None) -> runner.Task | None:
        """Write the sync file for the chosen office in the background; the page then
        shows where it is and what it holds."""
        if not permissions.check(self.page, self.ctx, "sync") or not self.ready:
            return None
        if not path:
            path = self.choose_file_to_save(self.default_file_name())
        if not path:
            return None
        if not path.lower().endswith(EXTENSION) and "." not in path.rsplit("/", 1)[-1]:
            path += EXTENSION
        peer = self.selected_peer()
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Writing {path}...").format(path=path))

        def done(result: sync.ExportResult) -> None:
            self.last_export = result
            parts = ", ".join(f"{kind_label(k)}: {n}" for k, n in result.counts.items())
            self.export_status.setStyleSheet(OK_STYLE)
            self.export_status.setText("\n".join(x for x in (
                self.tr("Saved {total} change(s) to {path}").format(total=result.total,
                                                                  path=result.path),
                parts,
                self.tr("Send this file to {office} by USB stick, e-mail or WhatsApp; "
                        "there it is opened under Sync > Receive data.").format(
                    office=self.peer_combo.currentText() if peer else self.tr("the offices")),
            ) if x))

        def failed(exc) -> None:
            self.export_status.setStyleSheet(ERROR_STYLE)
            self.export_status.setText(runner.error_text(exc))

        return self._start(self.tr("Writing the sync file..."),
                           lambda db: sync.export(db, path, peer), done, failed, ("sync",))

    # --- receiving ---------------------------------------------------------------------
    def open_sync_file(self, path: str | None = None) -> runner.Task | None:
        """Check and apply a sync file in the background and say what it did."""
        if not permissions.check(self.page, self.ctx, "sync") or not self.ready:
            return None
        if not path:
            path = self.choose_file_to_open()
        if not path:
            return None
        self.import_status.setStyleSheet("")
        self.import_status.setText(self.tr("Reading {path}...").format(path=path))
        self.import_details.clear()
        self.received_table.hide()
        self.refused_label.hide()
        self.refused_list.clear()
        self.refused_list.hide()
        self.last_refusal = ""

        def done(result: sync.ImportResult) -> None:
            self.last_import = result
            self.show_import(result)
            for kind in notify_kinds(result.counts):
                self.ctx.notify(kind)

        def failed(exc) -> None:
            self.last_import = None
            if isinstance(exc, (sync.SyncError, OSError)):
                self.last_refusal = runner.error_text(exc)
                self.import_status.setStyleSheet(ERROR_STYLE)
                self.import_status.setText(self.tr("The file was refused. Nothing was "
                                                   "changed."))
                self.import_details.setText(self.last_refusal)
            else:
                self.import_status.setText("")
                runner.report_exception(self.page, exc)

        return self._start(self.tr("Reading the sync file..."),
                           lambda db: sync.import_file(db, path), done, failed, ())

    def show_import(self, r: sync.ImportResult) -> None:
        self.import_status.setStyleSheet(OK_STYLE)
        self.import_status.setText(self.tr("Received from {sender}: {path}").format(
            sender=r.sender, path=r.path))
        lines = [
            self.tr("%n change(s) applied", "", r.applied),
            self.tr("%n already here", "", r.skipped),
        ]
        if r.refused:
            lines.append(self.tr("%n refused (see below)", "", len(r.refused)))
        if r.proposals:
            lines.append(self.tr("%n proposal(s) wait for a decision (tab Proposals)", "",
                                 r.proposals))
        if r.conflicts:
            lines.append(self.tr("%n new conflict(s) (tab Conflicts)", "", r.conflicts))
        if r.adopted:
            lines.append(self.tr("%n local record(s) joined with the BKD's", "", r.adopted))
        lines += [self.tr("Warning: %1").replace("%1", w) for w in r.warnings]
        self.import_details.setText("\n".join(lines))
        self.received_model.set_counts(r.counts)
        self.received_table.setVisible(bool(r.counts))
        if r.refused:
            self.refused_label.setText(self.tr("Refused changes:"))
            self.refused_label.show()
            cache: dict = {}
            self.refused_list.addItems([
                f"{kind_label(x.kind)}: "
                f"{sync.record_label(self.ctx.db, x.kind, x.key, cache, x.data)}: {x.reason}"
                for x in r.refused])
            self.refused_list.show()
        self.receive_stretch.setVisible(not r.refused)

    # --- conflicts and proposals -------------------------------------------------------
    def resolve_selected(self, keep: str) -> bool:
        if not permissions.check(self.page, self.ctx, "sync"):
            return False
        c = self.selected_conflict()
        if c is None or c.get("resolved"):
            return False
        ok, _ = runner.run_now(self.page, self.ctx,
                               lambda db: sync.resolve(db, c["id"], keep),
                               changes=(NOTIFY_OF_KIND.get(c["kind"], "sync"), "sync"))
        return ok

    def accept_selected(self) -> bool:
        if not permissions.check(self.page, self.ctx, "sync"):
            return False
        p = self.selected_proposal()
        if p is None:
            return False
        ok, _ = runner.run_now(self.page, self.ctx, lambda db: sync.accept(db, p["id"]),
                               changes=(NOTIFY_OF_KIND.get(p["kind"], "sync"), "sync"))
        return ok

    def reject_selected(self) -> bool:
        if not permissions.check(self.page, self.ctx, "sync"):
            return False
        p = self.selected_proposal()
        if p is None:
            return False
        ok, _ = runner.run_now(self.page, self.ctx, lambda db: sync.reject(db, p["id"]),
                               changes=("sync",))
        return ok

    # --- the one background path -------------------------------------------------------
    def _start(self, label, fn, done, failed, changes) -> runner.Task:
        def finished(_ok):
            self.task = None
            self._update_buttons()

        task = runner.run_in_background(self.page, self.ctx, label, fn, on_done=done,
                                        changes=changes, on_error=failed)
        self.task = task
        task.finished.connect(finished)
        self._update_buttons()
        return task
