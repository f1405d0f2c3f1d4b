"""The Sync page, second part: sending and receiving sync files between a BKD and an OPD
(real databases made through the core, registered with each other), refused files,
conflicts and their resolution, proposals, permissions, and the history of a staff member
from the staff page."""
import zipfile

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from db import backup_to
from ui.conflicts_model import (
    C_KEPT,
    C_OTHER,
    C_RECORD,
    ConflictsModel,
    KindCountsModel,
    ProposalsModel,
)
from ui.context import AppContext
from ui.history_dialog import H_ACCOUNT, H_FIELD, H_NEW, H_OLD, H_SITE, HistoryDialog, \
    HistoryModel
from ui.staff_page import StaffPage
from ui.sync_page import SyncPage
from ui.units_page import UnitsPage
from wfh_desktop import accounts, register, sites, sync
from wfh_desktop.accounts import action
from wfh_desktop.database import open_database

from .accounts_helpers import log_in_as, make_users

UNITS = "kode,nama,induk,jenis,layanan_publik\nRSUD,RSUD Ulin,,rsud,ya\n"
DEWI = "199105052019032004"          # the staff member of the RSUD in the conftest data


class Office:
    """A BKD (the test's ``ctx`` database, with units and staff) and an OPD RSUD,
    registered with each other through the core."""

    def __init__(self, tmp_path, bkd_ctx):
        self.tmp = tmp_path
        self.n = 0
        self.bkd = bkd_ctx
        sites.set_site(self.bkd.db, "bkd")
        path = tmp_path / "opd.sqlite3"
        db = open_database(path)
        csv = tmp_path / "opd-units.csv"
        csv.write_text(UNITS, encoding="utf-8")
        register.import_units(db, csv)
        sites.set_site(db, "opd", "RSUD")
        self.opd = AppContext(db, path, "en")
        for src, dst in ((self.bkd.db, self.opd.db), (self.opd.db, self.bkd.db)):
            ident = tmp_path / f"id-{sites.site_info(src).role}.json"
            site = sites.write_identity(src, ident)
            sites.trust(dst, ident, site.fingerprint)

    def file(self, name=None):
        self.n += 1
        return self.tmp / (name or f"f{self.n}.wfhsync")

    def send(self, src, dst):
        path = self.file()
        sync.export(src, path)
        return sync.import_file(dst, path)


@pytest.fixture
def net(tmp_path, ctx):
    n = Office(tmp_path, ctx)
    yield n
    n.opd.db.conn.close()


def make_page(qtbot, ctx):
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def dewi(db):
    return next(s for s in register.StaffList.load(db).rows if s["nip"] == DEWI)


def set_position(db, staff_id, position):
    raw = register.staff_file_row(db, staff_id)
    raw["jabatan"] = position
    register.update_staff(db, staff_id, raw)


def send_with_page(qtbot, page, path, to_code="RSUD"):
    x = page.exchange
    i = next(i for i in range(x.peer_combo.count())
             if to_code in x.peer_combo.itemText(i))
    x.peer_combo.setCurrentIndex(i)
    page.tabs.setCurrentIndex(page.send_tab)
    asked = []
    x.choose_file_to_save = lambda suggested: asked.append(suggested) or str(path)
    qtbot.mouseClick(x.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: x.task is None, timeout=30_000)
    return asked


def receive_with_page(qtbot, page, path):
    x = page.exchange
    page.tabs.setCurrentIndex(page.receive_tab)
    x.choose_file_to_open = lambda: str(path)
    qtbot.mouseClick(x.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: x.task is None, timeout=30_000)


def test_the_exchange_tabs_show_once_a_role_and_a_peer_exist(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    for tab in (page.send_tab, page.receive_tab, page.conflicts_tab, page.proposals_tab):
        assert not page.tabs.isTabVisible(tab)
    net = Office(tmp_path, ctx)
    try:
        ctx.notify("sync")
        for tab in (page.send_tab, page.receive_tab, page.conflicts_tab,
                    page.proposals_tab):
            assert page.tabs.isTabVisible(tab)
        opd_page = make_page(qtbot, net.opd)
        assert opd_page.tabs.isTabVisible(opd_page.receive_tab)
        assert not opd_page.tabs.isTabVisible(opd_page.proposals_tab)     # the BKD's only
        # the OPD sends to the BKD only; the BKD may also write everything
        assert opd_page.exchange.peer_combo.count() == 1
        texts = [page.exchange.peer_combo.itemText(i)
                 for i in range(page.exchange.peer_combo.count())]
        assert texts[0].startswith("OPD RSUD") and "All offices" in texts[-1]
        # the preview reads the change log only once the Send tab shows
        assert page.exchange.preview_stale and page.exchange.preview_model.rowCount() == 0
        page.tabs.setCurrentIndex(page.send_tab)
        assert not page.exchange.preview_stale
        assert page.exchange.preview_summary.text()
    finally:
        net.opd.db.conn.close()


def test_the_bkd_sends_and_the_opd_receives(qtbot, net, reported):
    bkd_page = make_page(qtbot, net.bkd)
    x = bkd_page.exchange
    x.peer_combo.setCurrentIndex(0)
    path = net.file("to-rsud.wfhsync")
    asked = send_with_page(qtbot, bkd_page, path)
    assert asked and asked[0].startswith("wfh-sync-bkd-rsud-") and \
        asked[0].endswith(".wfhsync")
    assert path.exists()
    status = x.export_status.text()
    assert str(path) in status and "Staff: 5" in status and "WhatsApp" in status
    assert x.last_export.counts["staff"] == 5
    # the RSUD has not confirmed anything yet: the preview still lists it all
    # (the core counts changes once stamped, which the first export does)
    kinds = {x.preview_model.index(r, 0).data(): x.preview_model.index(r, 1).data()
             for r in range(x.preview_model.rowCount())}
    assert kinds["Staff"] == "5" and "Units" in kinds
    assert "change(s) will go out" in x.preview_summary.text()

    opd_page = make_page(qtbot, net.opd)
    staff_page = StaffPage(net.opd)
    qtbot.addWidget(staff_page)
    assert staff_page.model.rowCount() == 0
    seen = []
    net.opd.changed.connect(seen.append)
    receive_with_page(qtbot, opd_page, path)
    y = opd_page.exchange
    result = y.last_import
    assert result is not None and result.applied > 5 and not result.refused
    assert y.import_status.text().startswith("Received from BKD")
    assert f"{result.applied} change(s) applied" in y.import_details.text()
    assert y.received_table.isVisibleTo(opd_page)
    assert {"staff", "units", "policies", "sync"} <= set(seen)
    assert staff_page.model.rowCount() == 5                 # the staff page refreshed
    assert reported == []

    # the same file again: everything is already here
    receive_with_page(qtbot, opd_page, path)
    assert "0 change(s) applied" in y.import_details.text()
    assert f"{result.total} already here" in y.import_details.text()


def flip(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 1]) + data[i + 1:]


def test_a_tampered_file_dropped_on_the_page_is_refused_and_changes_nothing(qtbot, net,
                                                                            reported):
    good = net.file()
    sync.export(net.bkd.db, good)
    bad = net.file("bad.wfhsync")
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["changes.jsonl"] = flip(members["changes.jsonl"])
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    page = make_page(qtbot, net.opd)
    before = register.counts(net.opd.db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    x = page.exchange
    assert page.tabs.currentIndex() == page.receive_tab
    qtbot.waitUntil(lambda: x.task is None, timeout=30_000)
    assert x.import_status.text() == "The file was refused. Nothing was changed."
    assert "does not match its hash" in x.import_details.text()
    assert str(bad) in x.import_details.text()
    assert x.last_import is None
    assert register.counts(net.opd.db) == before
    assert reported == []


def make_conflict(net, tmp_path):
    """The BKD edits a staff member's position, writes a file, is restored from a copy
    taken before and edits the same field again: two edits that did not see each other
    (an OPD's edit of BKD data is a proposal, never a conflict).  Both files reach the OPD,
    and the OPD's file brings the lost edit back to the BKD."""
    bkd_path = tmp_path / "t.sqlite3"
    net.send(net.bkd.db, net.opd.db)
    staff_id = dewi(net.bkd.db)["id"]
    copy = tmp_path / "bkd-copy.sqlite3"
    backup_to(net.bkd.db, copy)
    set_position(net.bkd.db, staff_id, "Perawat Ahli Pertama")
    first = net.file()
    sync.export(net.bkd.db, first)
    net.bkd.db.conn.close()
    copy.replace(bkd_path)
    net.bkd.db = open_database(bkd_path)
    set_position(net.bkd.db, staff_id, "Perawat Penyelia")
    second = net.file()
    sync.export(net.bkd.db, second)
    sync.import_file(net.opd.db, first)
    assert sync.import_file(net.opd.db, second).conflicts == 1
    net.send(net.opd.db, net.bkd.db)
    return staff_id


def test_a_conflict_shows_at_both_offices_and_resolving_it_closes_it(qtbot, net, tmp_path,
                                                                    reported):
    staff_id = make_conflict(net, tmp_path)
    bkd_page = make_page(qtbot, net.bkd)
    opd_page = make_page(qtbot, net.opd)
    for page in (bkd_page, opd_page):
        model = page.exchange.conflicts_model
        assert model.rowCount() == 1
        record = model.index(0, C_RECORD).data()
        assert record.startswith("Staff: Dewi Lestari") and DEWI in record
        assert model.index(0, 1).data() == "Position"
        assert {model.index(0, C_KEPT).data(), model.index(0, C_OTHER).data()} == \
            {"Perawat Ahli Pertama", "Perawat Penyelia"}
        assert "BKD" in model.index(0, C_KEPT + 1).data()
        assert page.tabs.tabText(page.conflicts_tab) == "Conflicts (1)"
    x = bkd_page.exchange
    other = x.conflicts_model.index(0, C_OTHER).data()
    bkd_page.tabs.setCurrentIndex(bkd_page.conflicts_tab)
    assert not x.other_button.isEnabled()                   # nothing selected
    x.conflicts_table.selectRow(0)
    assert x.keep_button.isEnabled() and x.other_button.isEnabled()
    detail = x.conflict_detail.text()
    assert f"Other value: {other} (BKD / " in detail and "Value kept: " in detail
    qtbot.mouseClick(x.other_button, Qt.MouseButton.LeftButton)
    assert x.conflicts_model.rowCount() == 0
    assert x.conflicts_summary.text() == "No open conflict."
    assert register.get_staff(net.bkd.db, staff_id)["position"] == other
    x.show_resolved.setChecked(True)                        # still listed as resolved
    assert x.conflicts_model.rowCount() == 1
    assert "other value used" in x.conflicts_model.index(0, 6).data()
    assert not x.keep_button.isEnabled()
    # the decision travels: the OPD's conflict closes with the next file
    path = tmp_path / "resolved.wfhsync"
    send_with_page(qtbot, bkd_page, path)
    receive_with_page(qtbot, opd_page, path)
    assert opd_page.exchange.conflicts_model.rowCount() == 0
    assert opd_page.tabs.tabText(opd_page.conflicts_tab) == "Conflicts"
    assert register.get_staff(net.opd.db, staff_id)["position"] == other
    assert reported == []


@action("roster")
def put_absence(db, staff_id):
    db.execute("INSERT INTO absences (id, staff_id, kind, date_from, date_to, created_at) "
               "VALUES ('abs-1', ?, 'CS', '2020-03-23', '2020-03-24', 'x')", [staff_id])


def test_refused_changes_are_listed_by_the_records_name(qtbot, net, reported):
    """An OPD's file with an absence of a staff member outside its unit (written past the
    GUI): the BKD's page lists it as the staff member, not as an id."""
    net.send(net.bkd.db, net.opd.db)
    budi = next(s for s in register.StaffList.load(net.opd.db).rows
                if s["name"].startswith("Budi"))
    put_absence(net.opd.db, budi["id"])
    bkd_page = make_page(qtbot, net.bkd)
    path = net.file()
    sync.export(net.opd.db, path)
    receive_with_page(qtbot, bkd_page, path)
    x = bkd_page.exchange
    assert "1 refused" in x.import_details.text()
    assert x.refused_list.isVisibleTo(bkd_page)
    (line,) = [x.refused_list.item(i).text() for i in range(x.refused_list.count())]
    assert line.startswith("Absences: Budi Santoso, S.Kom. (198609262015051001): ")
    assert "outside RSUD" in line and budi["id"] not in line
    assert reported == []


def proposal_at_the_bkd(qtbot, net):
    """The OPD changes a position (BKD data): the BKD's page receives the file."""
    net.send(net.bkd.db, net.opd.db)
    staff_id = dewi(net.opd.db)["id"]
    set_position(net.opd.db, staff_id, "Kepala Ruangan")
    bkd_page = make_page(qtbot, net.bkd)
    path = net.file()
    sync.export(net.opd.db, path)
    receive_with_page(qtbot, bkd_page, path)
    return staff_id, bkd_page


def test_a_proposal_of_the_opd_is_accepted_at_the_bkd(qtbot, net, reported):
    staff_id, bkd_page = proposal_at_the_bkd(qtbot, net)
    x = bkd_page.exchange
    assert "1 proposal(s) wait" in x.import_details.text()
    assert x.proposals_model.rowCount() == 1
    assert "Position: Perawat \u2192 Kepala Ruangan" in x.proposals_model.index(0, 4).data()
    assert x.proposals_model.index(0, 1).data().startswith("OPD RSUD")
    assert register.get_staff(net.bkd.db, staff_id)["position"] == "Perawat"
    x.proposals_table.selectRow(0)
    qtbot.mouseClick(x.accept_button, Qt.MouseButton.LeftButton)
    assert register.get_staff(net.bkd.db, staff_id)["position"] == "Kepala Ruangan"
    assert x.proposals_model.rowCount() == 0
    assert reported == []


def test_the_history_of_a_staff_member_from_the_staff_page(qtbot, net, reported):
    staff_id = dewi(net.bkd.db)["id"]
    set_position(net.bkd.db, staff_id, "Perawat <b>Ahli</b>")
    net.send(net.bkd.db, net.opd.db)
    page = StaffPage(net.opd)
    qtbot.addWidget(page)
    page.show()
    assert not page.history_button.isEnabled()
    assert page.select_id(staff_id)
    assert page.history_button.isEnabled()
    menu = page.context_menu()
    assert [a.text() for a in menu.actions()] == ["Edit...", "History..."]
    shown = []

    def run(dialog):
        assert isinstance(dialog, HistoryDialog)
        shown.append([[dialog.model.index(r, c).data() for c in range(7)]
                      for r in range(dialog.model.rowCount())])
        assert "2 change(s)" in dialog.summary.text()
        return 0

    page.exec_dialog = run
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    rows = shown[0]
    change = next(r for r in reversed(rows) if r[H_FIELD] == "Position")
    assert change[H_OLD] == "Perawat" and change[H_NEW] == "Perawat <b>Ahli</b>"
    first = rows.index(change)
    head = next(rows[i] for i in range(first, -1, -1) if rows[i][H_SITE])
    assert head[H_SITE] == "BKD" and head[H_ACCOUNT] == accounts.who(net.bkd.db)
    assert rows[0][3] == "added" and "created_at" not in [r[H_FIELD] for r in rows]
    unit = next(r for r in rows if r[H_FIELD] == "Unit")
    assert unit[H_NEW] == "RSUD"                            # the code, not the id
    assert reported == []


def test_a_proposal_of_the_opd_is_rejected_at_the_bkd(qtbot, net, reported):
    staff_id, bkd_page = proposal_at_the_bkd(qtbot, net)
    x = bkd_page.exchange
    assert x.proposals_model.rowCount() == 1
    assert not x.reject_button.isEnabled()            # nothing selected yet
    x.proposals_table.selectRow(0)
    assert x.reject_button.isEnabled()
    qtbot.mouseClick(x.reject_button, Qt.MouseButton.LeftButton)
    assert register.get_staff(net.bkd.db, staff_id)["position"] == "Perawat"
    assert x.proposals_model.rowCount() == 0
    assert [p["status"] for p in sync.proposals(net.bkd.db, None)] == ["rejected"]
    assert bkd_page.tabs.tabText(bkd_page.proposals_tab) == "Proposals from OPDs"
    assert reported == []


@pytest.mark.parametrize("role", ["operator", "viewer"])
def test_a_viewer_sees_the_lists_but_cannot_send_receive_or_resolve(qtbot, net, tmp_path,
                                                                  role, reported):
    make_conflict(net, tmp_path)
    make_users(net.bkd.db, role)
    log_in_as(net.bkd.db, role)
    page = make_page(qtbot, net.bkd)
    x = page.exchange
    assert x.conflicts_model.rowCount() == 1               # read-only lists
    x.conflicts_table.selectRow(0)
    for button in (x.export_button, x.import_button, x.keep_button, x.other_button,
                   x.accept_button, x.reject_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Only an administrator may"), button.toolTip()
    # reached anyway (a drop): refused through the one error path
    assert x.open_sync_file(str(tmp_path / "x.wfhsync")) is None
    assert x.resolve_selected("other") is False
    assert len(reported) == 2 and all("may not" in r for r in reported)
    assert len(sync.conflicts(net.bkd.db)) == 1


def test_the_models(qtmodeltester, net, tmp_path):
    make_conflict(net, tmp_path)
    conflicts = ConflictsModel()
    conflicts.set_rows(sync.conflicts(net.bkd.db, described=True))
    qtmodeltester.check(conflicts)
    assert conflicts.rowCount() == 1 and conflicts.columnCount() == 7
    staff_id = dewi(net.opd.db)["id"]
    set_position(net.opd.db, staff_id, "Kepala Ruangan")
    net.send(net.opd.db, net.bkd.db)
    proposals = ProposalsModel()
    proposals.set_rows(sync.proposals(net.bkd.db, described=True))
    qtmodeltester.check(proposals)
    assert proposals.rowCount() >= 1
    counts = KindCountsModel()
    counts.set_counts(sync.preview(net.bkd.db))
    qtmodeltester.check(counts)
    assert counts.total() > 0
    history = HistoryModel()
    history.set_history(sync.history(net.bkd.db, "staff", staff_id))
    qtmodeltester.check(history)
    assert history.rowCount() > 1
    pregnant = next(i for i in range(history.rowCount())
                    if history.row_dict(i)["field"] == "pregnant")
    assert history.index(pregnant, H_FIELD).data() == "Pregnant"
    assert history.index(pregnant, H_NEW).data() == "No"        # not a bare 0


def test_the_history_of_a_unit_from_the_units_page(qtbot, net, reported):
    net.send(net.bkd.db, net.opd.db)
    page = UnitsPage(net.opd)
    qtbot.addWidget(page)
    page.show()
    assert page.select_unit("RSUD")
    assert page.history_button.isEnabled()
    shown = []

    def run(dialog):
        shown.append([[dialog.model.index(r, c).data() for c in range(7)]
                      for r in range(dialog.model.rowCount())])
        return 0

    page.exec_history = run
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    [rows] = shown
    assert rows[0][H_SITE] == "BKD" and rows[0][3] == "added"
    assert ["RSUD Ulin"] == [r[H_NEW] for r in rows if r[H_FIELD] == "Name"]
    assert reported == []
