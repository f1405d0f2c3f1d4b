import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenuBar

from ui import app as app_module
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.staff_model import COL_AGE
from ui.staff_page import StaffPage
from wfh_desktop import __version__, i18n, register

from .conftest import NEW_NIP

INDONESIAN = {
    ("MainWindow", "WFH Desktop"): "WFH Desktop",
    ("MainWindow", "Staff"): "Pegawai",
    ("MainWindow", "Units"): "Unit Kerja",
    ("MainWindow", "Policies"): "Surat edaran",
    ("MainWindow", "Roster"): "Jadwal",
    ("MainWindow", "Attendance"): "Kehadiran",
    ("MainWindow", "Daily reports"): "Laporan harian",
    ("MainWindow", "Sync"): "Sinkronisasi",
    ("MainWindow", "Settings"): "Pengaturan",
    ("MainWindow", "&File"): "&Berkas",
    ("StaffPage", "Show inactive"): "Tampilkan nonaktif",
    ("StaffModel", "Name"): "Nama",
}


class FakeIndonesian(QTranslator):
    """Stands in for the .qm the lead builds: a few strings, looked up by context."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return INDONESIAN.get((context, source), "")

    def isEmpty(self):
        return False


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_main_window_shows_the_staff_page_and_status(window, ctx):
    assert window.windowTitle() == "WFH Desktop"
    assert window.page_titles() == ["Staff", "Units", "Policies", "Roster", "Attendance",
                                    "Daily reports", "Sync", "Settings"]
    assert window.current_page_key() == "staff"
    assert isinstance(window.pages["staff"], StaffPage)
    assert window.stack.currentWidget() is window.staff_page
    assert menu_titles(window) == ["&File", "&View", "&Help"]
    assert window.status_db.text() == f"Database: {ctx.db_path}"
    assert window.status_count.text() == "5 staff in 4 units"
    assert window.width() >= 1000 and window.height() >= 700


def test_status_follows_changes(window, ctx, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(f"nip,nama,jenis_pegawai,unit\n{NEW_NIP},Rahmawati,PNS,RSUD\n",
                    encoding="utf-8")
    register.import_staff(ctx.db, path)
    ctx.notify("staff")
    assert window.status_count.text() == "6 staff in 4 units"


def test_add_page_and_show_page(window):
    label = QLabel("extra")
    window.add_page("extra", label, "Extra")
    assert window.page_titles()[-1] == "Extra"
    assert window.show_page("extra") is label
    assert window.stack.currentWidget() is label
    assert window.current_page_key() == "extra"
    with pytest.raises(ValueError):
        window.add_page("extra", QLabel(), "Again")
    made = []
    window.add_page("later", lambda ctx: made.append(ctx) or QLabel("later"), lambda: "Later")
    assert made == [window.ctx] and window.page_titles()[-1] == "Later"


def test_file_menu_actions_reach_the_staff_page(window, monkeypatch):
    calls = []
    monkeypatch.setattr(StaffPage, "import_staff", lambda self: calls.append("import"))
    monkeypatch.setattr(StaffPage, "export_staff", lambda self: calls.append("export"))
    window.action_import.trigger()
    window.action_export.trigger()
    assert calls == ["import", "export"]


def test_about_names_version_and_database(window, ctx):
    shown = []
    window.show_message = lambda title, text: shown.append((title, text))
    window.action_about.trigger()
    assert shown[0][0] == "About WFH Desktop"
    assert __version__ in shown[0][1] and ctx.db_path in shown[0][1]


def test_language_switch_rebuilds_the_window_in_place(window, ctx, monkeypatch):
    monkeypatch.setattr(app_module, "load_translators",
                        lambda lang: [FakeIndonesian()] if lang == "id" else [])
    window.add_page("extra", QLabel("kept"), "Extra")
    old_page = window.staff_page
    old_page.filter_edit.setText("a")
    old_page.inactive_check.setChecked(True)
    old_page.sort_by(COL_AGE, descending=True)
    old_page.select_id(old_page.model.row_id(1))
    state = old_page.save_state()
    window.show_page("extra")
    assert window.language_actions["en"].isChecked()

    window.language_actions["id"].trigger()
    assert ctx.lang == "id"
    assert QSettings().value("ui/lang") == "id"
    assert i18n.language() == "id"
    assert window.staff_page is not old_page  # rebuilt, not the old widgets
    assert window.page_titles() == ["Pegawai", "Unit Kerja", "Surat edaran", "Jadwal",
                                    "Kehadiran", "Laporan harian", "Sinkronisasi",
                                    "Pengaturan", "Extra"]
    assert menu_titles(window)[0] == "&Berkas"
    assert window.staff_page.inactive_check.text() == "Tampilkan nonaktif"
    assert window.staff_page.model.headerData(0, Qt.Orientation.Horizontal) == "Nama"
    assert window.language_actions["id"].isChecked()
    assert window.current_page_key() == "extra"  # stays on the page the clerk was on
    assert window.staff_page.save_state() == state  # search, sort, selection kept
    assert window.staff_page.table.horizontalHeader().sortIndicatorSection() == COL_AGE

    window.language_actions["en"].trigger()
    assert len(window.findChildren(QMenuBar)) == 1  # the old menus went away
    assert QSettings().value("ui/lang") == "en"
    assert i18n.language() == "en"
    assert window.page_titles() == ["Staff", "Units", "Policies", "Roster", "Attendance",
                                    "Daily reports", "Sync", "Settings", "Extra"]
    assert menu_titles(window)[0] == "&File"


def test_language_switch_with_the_bundled_translation(window, ctx):
    """The shipped .qm installs, translates the pages, and comes out again."""
    old_page = window.staff_page
    window.set_language("id")
    assert QSettings().value("ui/lang") == "id"
    assert window.staff_page is not old_page
    assert app_module._installed  # the shipped wfh_desktop_id.qm
    assert window.page_titles() == ["Pegawai", "Unit Kerja", "Surat edaran", "Jadwal",
                                    "Kehadiran", "Laporan harian", "Sinkronisasi",
                                    "Pengaturan"]
    assert window.windowTitle() == "WFH Desktop"
    window.set_language("en")
    assert app_module._installed == []
    assert window.page_titles() == ["Staff", "Units", "Policies", "Roster", "Attendance",
                                    "Daily reports", "Sync", "Settings"]


def test_choose_language(monkeypatch):
    assert app_module.choose_language() == "id"
    app_module.settings().setValue("ui/lang", "en")
    assert app_module.choose_language() == "en"
    monkeypatch.setenv("WFH_DESKTOP_LANG", "id")
    assert app_module.choose_language() == "id"
    assert app_module.choose_language("en") == "en"
    monkeypatch.setenv("WFH_DESKTOP_LANG", "fr")
    assert app_module.choose_language() == "en"


def test_missing_translation_warns_and_stays_in_english(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(app_module, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert app_module.load_translators("id") == []
    assert "wfh_desktop_id.qm" in caplog.text
    assert app_module.load_translators("en") == []


@pytest.fixture
def keep_app_names(qapp):
    names = qapp.organizationName(), qapp.applicationName()
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.mark.usefixtures("keep_app_names")
def test_run_opens_the_window_and_quits_after_show(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("WFH_DESKTOP_QUIT_AFTER_SHOW", "1")
    shown = []
    real = app_module.create_main_window

    def create(ctx):
        shown.append(real(ctx))
        return shown[-1]

    monkeypatch.setattr(app_module, "create_main_window", create)
    code = app_module.run(tmp_path / "gui.sqlite3", "en")
    assert code == 0
    assert capsys.readouterr().out == "WFH Desktop window shown\n"
    assert shown[0].isVisible()
    assert shown[0].ctx.db_path == str(tmp_path / "gui.sqlite3")
    assert QCoreApplication.applicationName() == "WFH Desktop"
    shown[0].close()
    shown[0].deleteLater()


@pytest.mark.usefixtures("keep_app_names")
def test_run_reads_the_staff_list_ahead_and_the_staff_page_shows_it(monkeypatch, tmp_path,
                                                                    capsys):
    """The staff list is read on a thread while the log-in waits; the staff page takes
    that list (once) instead of reading its own, and shows every active staff member."""
    from wfh_desktop import demo
    from wfh_desktop.database import open_database

    path = tmp_path / "gui.sqlite3"
    db = open_database(path)
    demo.build_demo(db, staff=30, seed=2)
    active = db.execute("SELECT count(*) FROM staff WHERE active = 1").fetchone()[0]
    db.conn.close()
    monkeypatch.setenv("WFH_DESKTOP_QUIT_AFTER_SHOW", "1")
    taken, shown = [], []
    real_take = AppContext.take_staff_list

    def take(ctx):
        taken.append(real_take(ctx))
        return taken[-1]

    monkeypatch.setattr(AppContext, "take_staff_list", take)
    real = app_module.create_main_window
    monkeypatch.setattr(app_module, "create_main_window",
                        lambda ctx: shown.append(real(ctx)) or shown[-1])
    assert app_module.run(path, "en") == 0
    capsys.readouterr()
    page = shown[0].pages["staff"]
    assert taken[0] is not None and page.staff is taken[0]
    assert page.model.rowCount() == active == 30
    assert shown[0].ctx.take_staff_list() is None   # taken once: later reloads read it
    shown[0].close()
    shown[0].deleteLater()


@pytest.mark.usefixtures("keep_app_names")
def test_run_refuses_a_file_that_is_not_a_database(monkeypatch, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database", encoding="utf-8")
    messages = []
    monkeypatch.setattr(app_module, "show_critical", messages.append)
    assert app_module.run(bad, "en") == 1
    assert len(messages) == 1 and str(bad) in messages[0]
    assert "not a WFH Desktop database" in messages[0]


@pytest.mark.usefixtures("keep_app_names")
def test_application_reuses_the_running_qapplication(qapp):
    assert app_module.application() is QApplication.instance() is qapp
    assert sys.argv  # untouched


def test_pages_are_built_when_first_opened(window):
    assert set(window.pages) == {"staff"}  # the window opens on the staff register alone
    roster = window.show_page("roster")
    from ui.roster_page import RosterPage

    assert isinstance(roster, RosterPage) and window.pages["roster"] is roster
    assert window.current_page_key() == "roster"
    assert window.show_page("roster") is roster  # built once
    window.nav.setCurrentRow(window.page_titles().index("Settings"))
    from ui.settings_page import SettingsPage

    assert isinstance(window.pages["settings"], SettingsPage)
    assert window.stack.currentWidget().isAncestorOf(window.pages["settings"])
