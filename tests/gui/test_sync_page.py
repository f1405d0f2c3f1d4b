"""The Sync page, first part: this office (site id, role, unit, name, fingerprint), its
registration file, registering another office (the fingerprint read over the phone) and
the table of registered offices."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.main_window import MainWindow
from ui.peers_model import COL_FINGERPRINT, COL_NAME, COL_ROLE, COL_UNIT, PeersModel
from ui.sync_page import SyncPage
from ui.trust_dialog import STEP_DONE, STEP_FILE, STEP_FINGERPRINT, TrustDialog
from wfh_desktop import accounts, register, sites
from wfh_desktop.database import open_database

from .accounts_helpers import log_in_as, make_users

UNITS = "kode,nama,induk,jenis,layanan_publik\nRSUD,RSUD Ulin,,rsud,ya\n"


@pytest.fixture
def page(qtbot, ctx):
    p = SyncPage(ctx)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def other(tmp_path):
    """``other(role, unit=None)``: another office's database, set up through the core;
    returns (db, path of its registration file)."""
    opened = []

    def make(role, unit=None, name="other"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        opened.append(db)
        if unit:
            csv = tmp_path / f"{name}-units.csv"
            csv.write_text(UNITS, encoding="utf-8")
            register.import_units(db, csv)
        sites.set_site(db, role, unit)
        path = tmp_path / f"{name}.json"
        sites.write_identity(db, path)
        return db, path

    yield make
    for db in opened:
        db.conn.close()


def select_unit(page, code):
    i = page.unit_combo.findData(code)
    assert i >= 0
    page.unit_combo.setCurrentIndex(i)


def test_page_shows_site_id_and_fingerprint(page, ctx):
    site = sites.existing_site(ctx.db)  # made on opening the page
    assert site is not None and site.role is None
    assert page.site_id_label.text() == site.site_id
    assert page.fingerprint_label.text() == site.fingerprint
    assert page.fingerprint_label.textFormat() == Qt.TextFormat.PlainText
    assert page.fingerprint_label.font().fixedPitch()
    # nothing to write or register before the office says what it is
    assert not page.identity_button.isEnabled()
    assert not page.trust_button.isEnabled()
    assert not page.unit_combo.isVisibleTo(page)        # a unit for an OPD only
    assert page.model.rowCount() == 0
    assert page.peers_summary.text() == "No office is registered yet."
    assert not page.locked_label.isVisibleTo(page)


def test_setting_opd_with_a_unit_and_saving_stores_it(page, ctx, reported):
    assert page.save() is False                      # no role chosen
    assert page.error.text() == "Choose BKD or OPD."
    page.opd_radio.setChecked(True)
    assert page.unit_combo.isEnabled() and page.unit_combo.isVisibleTo(page)
    page.unit_combo.setCurrentIndex(-1)
    assert page.save() is False
    assert page.error.text() == "Choose the unit of this OPD."
    select_unit(page, "RSUD")
    assert page.name_edit.text() == "RSUD Ulin"     # the unit's name by default
    assert page.save() is True
    site = sites.existing_site(ctx.db)
    assert (site.role, site.unit_code, site.name) == ("opd", "RSUD", "RSUD Ulin")
    assert page.status.text() == "Saved."
    assert page.identity_button.isEnabled() and page.trust_button.isEnabled()
    assert "An OPD registers the BKD" in page.trust_intro.text()

    page.name_edit.setText("  RSUD  Ulin   Banjarmasin ")
    assert page.save() is True
    assert sites.existing_site(ctx.db).name == "RSUD Ulin Banjarmasin"
    assert page.name_edit.text() == "RSUD Ulin Banjarmasin"   # reloaded as stored

    page.bkd_radio.setChecked(True)
    assert not page.unit_combo.isEnabled() and not page.unit_combo.isVisibleTo(page)
    assert page.save() is True
    site = sites.existing_site(ctx.db)
    assert (site.role, site.unit_code, site.name) == ("bkd", None, "RSUD Ulin Banjarmasin")
    assert reported == []


def test_a_name_that_was_the_default_follows_the_unit(page):
    page.opd_radio.setChecked(True)
    select_unit(page, "RSUD")
    assert page.name_edit.text() == "RSUD Ulin"
    select_unit(page, "BKD-SEK")
    assert page.name_edit.text() == "Sekretariat"
    page.name_edit.setText("Sekretariat BKD")        # typed: kept
    select_unit(page, "BKD-MUT")
    assert page.name_edit.text() == "Sekretariat BKD"


def test_saving_the_registration_file(page, ctx, tmp_path, reported):
    sites.set_site(ctx.db, "opd", "RSUD")
    ctx.notify("site")
    assert page.identity_button.isEnabled()
    path = tmp_path / "rsud.json"
    asked = []
    page.choose_save_file = lambda title, suggested: asked.append(suggested) or str(path)
    assert page.save_identity() is True
    assert asked == ["wfh-desktop-rsud.json"]
    ident = sites.read_identity(path)
    site = sites.existing_site(ctx.db)
    assert ident.fingerprint == site.fingerprint
    assert (ident.role, ident.unit_code, ident.site_id) == ("opd", "RSUD", site.site_id)
    assert str(path) in page.identity_status.text()
    assert page.identity_fingerprint.text() == site.fingerprint
    assert page.identity_fingerprint.isVisibleTo(page)
    assert reported == []
    # cancelled: nothing written
    page.choose_save_file = lambda title, suggested: None
    assert page.save_identity() is False


def test_a_registration_file_that_cannot_be_written_is_reported(page, ctx, tmp_path,
                                                                 reported):
    sites.set_site(ctx.db, "bkd")
    ctx.notify("site")
    assert page.save_identity(str(tmp_path / "missing" / "bkd.json")) is False
    assert len(reported) == 1 and "missing" in reported[0]


def drive(dialog, qtbot, path, typed):
    """Step 1: the file; step 2: the fingerprint typed key by key; then Register."""
    dialog.choose_open_file = lambda title: str(path)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_FILE
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_FINGERPRINT
    dialog.fingerprint_edit.clear()
    qtbot.keyClicks(dialog.fingerprint_edit, typed)
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)


def test_registering_another_office(page, ctx, other, qtbot, reported):
    make_users(ctx.db)                       # an administrator, logged in
    sites.set_site(ctx.db, "opd", "RSUD")
    ctx.notify("site")
    bkd_db, bkd_file = other("bkd", name="bkd")
    bkd = sites.site_info(bkd_db)
    seen = []

    def run(dialog):
        assert isinstance(dialog, TrustDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        # step 1 shows what the file says, not its fingerprint
        dialog.choose_open_file = lambda title: str(bkd_file)
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        assert dialog.identity_box.isVisible()
        assert dialog.office_value.text() == "BKD"
        assert dialog.name_value.text() == "BKD"
        assert dialog.unit_value.text() == "-"
        assert dialog.site_value.text() == bkd.site_id
        assert bkd.fingerprint not in "".join(
            w.text() for w in (dialog.office_value, dialog.unit_value, dialog.name_value,
                               dialog.site_value, dialog.file_error))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.step() == STEP_FINGERPRINT

        # a wrong fingerprint (one character off) is refused in the dialog
        wrong = bkd.fingerprint[:-1] + ("A" if bkd.fingerprint[-1] != "A" else "B")
        qtbot.keyClicks(dialog.fingerprint_edit, wrong.replace("-", "").lower())
        assert dialog.fingerprint_edit.text() == wrong      # capitals, grouped
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        assert dialog.step() == STEP_FINGERPRINT
        assert "does not match" in dialog.fingerprint_error.text()
        assert dialog.fingerprint_error.isVisible()
        assert bkd.fingerprint not in dialog.fingerprint_error.text()
        assert sites.list_peers(ctx.db) == []                 # nothing saved

        # too short
        dialog.fingerprint_edit.clear()
        qtbot.keyClicks(dialog.fingerprint_edit, bkd.fingerprint[:9])
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        assert dialog.fingerprint_error.text() == \
            "Type all 16 characters of the fingerprint."
        assert sites.list_peers(ctx.db) == []

        # the right one, typed with dashes as read
        dialog.fingerprint_edit.clear()
        qtbot.keyClicks(dialog.fingerprint_edit, bkd.fingerprint)
        assert dialog.fingerprint_edit.text() == bkd.fingerprint
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        assert dialog.step() == STEP_DONE
        assert dialog.status == "new"
        assert dialog.done_label.text() == "BKD is registered."
        assert dialog.close_button.isVisible()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.exec_dialog = run
    assert page.register_office() is True
    assert len(seen) == 1
    [peer] = sites.list_peers(ctx.db)
    assert peer["site_id"] == bkd.site_id and peer["trusted_by"] == "boss"
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_ROLE).data() == "BKD"
    assert page.model.index(0, COL_FINGERPRINT).data() == bkd.fingerprint
    assert page.peers_summary.text() == "1 office(s) registered"
    assert page.table.currentIndex().row() == 0
    # registered: the role and unit are fixed now
    assert page.locked_label.isVisibleTo(page)
    assert not page.opd_radio.isEnabled() and not page.unit_combo.isEnabled()

    # the same file again: already registered, nothing changed
    def again(dialog):
        drive(dialog, qtbot, bkd_file, bkd.fingerprint)
        assert dialog.step() == STEP_DONE and dialog.status == "unchanged"
        assert dialog.done_label.text() == "BKD was registered already."
        assert dialog.done_detail.text() == "Nothing changed."
        return QDialog.DialogCode.Accepted

    page.exec_dialog = again
    assert page.register_office() is True
    assert len(sites.list_peers(ctx.db)) == 1
    assert reported == []


def test_the_bkd_registers_an_opd_and_a_changed_name_updates_it(page, ctx, other, qtbot):
    sites.set_site(ctx.db, "bkd")
    ctx.notify("site")
    assert "The BKD registers each OPD" in page.trust_intro.text()
    opd_db, opd_file = other("opd", "RSUD", name="rsud")
    opd = sites.site_info(opd_db)

    def first(dialog):
        drive(dialog, qtbot, opd_file, opd.fingerprint.replace("-", " "))
        assert dialog.unit_value.text() == "RSUD (RSUD Ulin)"  # known here too
        assert dialog.status == "new"
        return QDialog.DialogCode.Accepted

    page.exec_dialog = first
    assert page.register_office() is True
    assert page.model.index(0, COL_UNIT).data() == "RSUD"
    assert page.model.index(0, COL_NAME).data() == "RSUD Ulin"

    sites.set_site(opd_db, "opd", "RSUD", "RSUD Ulin Banjarmasin")
    sites.write_identity(opd_db, opd_file)

    def second(dialog):
        drive(dialog, qtbot, opd_file, opd.fingerprint)
        assert dialog.status == "updated"
        assert dialog.done_detail.text() == "Its name and unit were updated."
        return QDialog.DialogCode.Accepted

    page.exec_dialog = second
    assert page.register_office() is True
    assert page.model.index(0, COL_NAME).data() == "RSUD Ulin Banjarmasin"


def test_files_of_no_use_are_told_at_the_first_step(qtbot, ctx, other, tmp_path):
    sites.set_site(ctx.db, "opd", "RSUD")
    own = tmp_path / "own.json"
    sites.write_identity(ctx.db, own)
    _db, opd_file = other("opd", "RSUD", name="rsud2")
    damaged = tmp_path / "damaged.json"
    damaged.write_text(own.read_text(encoding="utf-8").replace('"RSUD"', '"BKD"'),
                       encoding="utf-8")
    dialog = TrustDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.next_button.isEnabled()
    for path, words in ((own, "this office itself"), (opd_file, "An OPD registers only"),
                        (damaged, "signature does not match")):
        assert dialog.choose_file(str(path)) is False
        assert words in dialog.file_error.text(), dialog.file_error.text()
        assert not dialog.next_button.isEnabled()
        assert dialog.next_step() is False and dialog.step() == STEP_FILE
    assert sites.list_peers(ctx.db) == []


def test_the_core_refusal_shows_in_the_dialog(qtbot, ctx, other):
    """A second BKD at an OPD: the core refuses; its message shows, nothing is saved."""
    sites.set_site(ctx.db, "opd", "RSUD")
    db1, file1 = other("bkd", name="bkd1")
    db2, file2 = other("bkd", name="bkd2")
    sites.trust(ctx.db, file1, sites.site_info(db1).fingerprint)
    dialog = TrustDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    drive(dialog, qtbot, file2, sites.site_info(db2).fingerprint)
    assert dialog.step() == STEP_FINGERPRINT
    assert "registered already" in dialog.fingerprint_error.text()
    assert "Nothing was registered." in dialog.fingerprint_error.text()
    assert [p["site_id"] for p in sites.list_peers(ctx.db)] == [sites.site_info(db1).site_id]


@pytest.mark.parametrize("role", ["operator", "viewer"])
def test_others_than_administrators_cannot_change_or_register(qtbot, ctx, role, reported):
    make_users(ctx.db, role)
    sites.set_site(ctx.db, "opd", "RSUD")
    log_in_as(ctx.db, role)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    for button in (page.save_button, page.trust_button, page.identity_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Only an administrator may")
    assert not page.opd_radio.isEnabled() and not page.unit_combo.isEnabled()
    assert page.name_edit.isReadOnly()
    ctx.notify("site")                       # the page's own state logic keeps them off
    assert not page.trust_button.isEnabled() and not page.save_button.isEnabled()
    assert page.fingerprint_label.text() == sites.existing_site(ctx.db).fingerprint
    # reached anyway: refused through the one error path, nothing done
    page.exec_dialog = lambda dialog: pytest.fail("no dialog for a " + role)
    assert page.register_office() is False
    assert page.save() is False
    assert len(reported) == 2 and all("may not" in r for r in reported)
    assert sites.existing_site(ctx.db).name == "RSUD Ulin"


def test_peers_model(qtmodeltester, ctx, other):
    sites.set_site(ctx.db, "opd", "RSUD")
    db, path = other("bkd", name="bkd")
    sites.trust(ctx.db, path, sites.site_info(db).fingerprint)
    model = PeersModel()
    model.set_rows(sites.list_peers(ctx.db))
    qtmodeltester.check(model)
    assert model.columnCount() == 6 and model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Office", "Unit", "Name", "Fingerprint", "Registered at", "By"]
    tip = model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert sites.site_info(db).site_id in tip


def test_the_main_window_has_the_sync_page(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    assert "Sync" in w.page_titles()
    assert "sync" not in w.pages                     # built when first opened
    page = w.show_page("sync")
    assert isinstance(page, SyncPage)
    assert w.current_page_key() == "sync"


def test_the_page_in_indonesian(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.set_language("id")
    assert "Sinkronisasi" in w.page_titles()
    page = w.show_page("sync")
    assert page.trust_button.text().replace("&", "") == "Daftarkan kantor lain..."
    w.set_language("en")
    assert accounts.current(ctx.db) is None


def test_a_name_from_the_file_shows_as_typed(qtbot, ctx, other, tmp_path):
    markup = "<b>x</b><img src=file:///etc/passwd>"
    sites.set_site(ctx.db, "bkd")
    db, path = other("opd", "RSUD", name="rsud")
    sites.set_site(db, "opd", "RSUD", markup)
    sites.write_identity(db, path)
    dialog = TrustDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.choose_file(str(path)) is True
    assert dialog.name_value.textFormat() == Qt.TextFormat.PlainText
    assert dialog.name_value.text() == markup
    assert dialog.next_step() is True
    assert dialog.fingerprint_intro.textFormat() == Qt.TextFormat.PlainText
    assert markup in dialog.fingerprint_intro.text()
    model = PeersModel()
    sites.trust(ctx.db, path, sites.site_info(db).fingerprint)
    model.set_rows(sites.list_peers(ctx.db))
    tip = model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;" in tip


def test_the_fingerprint_field_groups_and_refuses(qtbot, ctx):
    dialog = TrustDialog(ctx)
    qtbot.addWidget(dialog)
    edit = dialog.fingerprint_edit
    qtbot.keyClicks(edit, "ab0c1d8e9f")                # 0, 1, 8, 9 never occur
    assert edit.text() == "ABCD-EF"
    edit.clear()
    edit.insert("k7qd 3mzp a2xe lw5n")                  # pasted with spaces
    assert edit.text() == "K7QD-3MZP-A2XE-LW5N"
    qtbot.keyClicks(edit, "Q")                          # no 17th character
    assert edit.text() == "K7QD-3MZP-A2XE-LW5N"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "K7QD-3MZP-A2XE-LW5"
