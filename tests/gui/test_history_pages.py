"""History... on the roster, attendance, reports and policy pages: a change made through the
page (or the core) is shown, from the sync change log, in the history dialog of the record
selected on the page; nothing is offered when nothing is selected."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import accounts, attendance, register, scheduler  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import reports as rep  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.attendance_model import COL_STATUS  # noqa: E402
from ui.attendance_page import DAY, AttendancePage  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.history_dialog import (  # noqa: E402
    H_ACCOUNT,
    H_FIELD,
    H_NEW,
    H_OLD,
    H_OP,
    H_SITE,
    HISTORY_COLUMNS,
    HistoryDialog,
)
from ui.policy_page import PolicyPage  # noqa: E402
from ui.reports_page import ReportsPage  # noqa: E402
from ui.roster_model import COL_NAME  # noqa: E402
from ui.roster_page import RosterPage  # noqa: E402

from .helpers_units import Recorder  # noqa: E402

from .test_roster_page import MONDAY, NUMBER, POLICY  # noqa: E402
CTRL = Qt.KeyboardModifier.ControlModifier
HERE = "this installation"


@pytest.fixture
def org(database):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas")
    o.person("Kepala Dinas", "DIN", "jpt", "II.a", age=48)
    o.person("Siti Hamil", "DIN", age=31, sex="P", pregnant=True)
    for i in range(4):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.build()
    return database


@pytest.fixture
def hctx(org, tmp_path):
    return AppContext(org, tmp_path / "t.sqlite3", "en")


def staff_id(db, name):
    return next(r["id"] for r in register.StaffList.load(db).rows if r["name"] == name)


class Shown:
    """Replaces a page's exec method: records what each history dialog showed."""

    def __init__(self):
        self.dialogs = []  # (kind, key, title, summary, rows)

    def __call__(self, dialog):
        assert isinstance(dialog, HistoryDialog)
        model = dialog.model
        rows = [[model.index(r, c).data() for c in range(HISTORY_COLUMNS)]
                for r in range(model.rowCount())]
        self.dialogs.append((dialog.kind, dialog.key, dialog.title_label.text(),
                             dialog.summary.text(), rows))
        return 0

    @property
    def last(self):
        return self.dialogs[-1]


def changes(rows):
    """The rows of the dialog grouped by change: [(op, office, account, {field: (old,
    new)})], oldest first."""
    out = []
    for r in rows:
        if r[H_OP]:
            out.append((r[H_OP], r[H_SITE], r[H_ACCOUNT], {}))
        out[-1][3][r[H_FIELD]] = (r[H_OLD], r[H_NEW])
    return out


def activate(qtbot, page):
    """Make *page* the active window (shortcuts of a page work there only)."""
    with qtbot.waitActive(page):
        page.activateWindow()


def action_named(menu, text):
    return next(a for a in menu.actions() if a.text() == text)


# --- the roster ----------------------------------------------------------------------------

def test_the_history_of_a_roster_entry_from_its_context_menu(qtbot, hctx, reported):
    policy(hctx.db, POLICY)
    page = RosterPage(hctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert page.select_unit("DIN")
    assert not page.history_action.isEnabled()          # no roster yet, nothing selected
    with qtbot.waitSignal(page.generated, timeout=20000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    # someone in the office on Monday goes home by hand (as W would; no rule breaks)
    column = page.model.column_of(MONDAY)
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, COL_NAME)).startswith("Staf ")
               and page.model.cell_at(page.model.index(r, column))["mode"] == "WFO")
    name = page.model.staff_at(row)["name"]
    page.table.setCurrentIndex(page.model.index(row, column))
    page.table.setFocus()
    assert page.pin_current("WFH")
    page.exec_dialog = shown = Shown()
    menu = page.cell_menu(page.table.currentIndex())
    history = action_named(menu, "History...")
    assert history.isEnabled() and history.shortcut().toString() == "Ctrl+H"
    history.trigger()
    kind, key, title, summary, rows = shown.last
    assert (kind, key) == ("roster", [staff_id(hctx.db, name), "2020-03-23"])
    assert title.startswith(f"Roster: {name} (") and title.endswith("), 2020-03-23")
    assert "2 change(s)" in summary
    made, pinned = changes(rows)
    who = accounts.who(hctx.db)
    assert made[:3] == ("added", HERE, who)
    assert made[3]["Work mode"] == ("", "WFO") and made[3]["Unit"] == ("", "DIN")
    # ids of other records are shown as the records are named, fields by their names
    assert made[3]["Staff member"][1] == title.split(": ", 1)[1].rsplit(", ", 1)[0]
    assert made[3]["Policy (SE)"] == ("", NUMBER)
    assert pinned[:3] == ("changed", HERE, who)
    assert pinned[3]["Work mode"] == ("WFO", "WFH")
    assert pinned[3]["Set by hand"] == ("No", "Yes")
    assert pinned[3]["Rule"][1] == "manual entry"          # the rule by its name
    assert reported == []


def test_ctrl_h_on_the_roster_opens_the_history_of_the_selected_cell(qtbot, hctx):
    scheduler.generate(hctx.db, policy(hctx.db, POLICY))
    page = RosterPage(hctx)
    qtbot.addWidget(page)
    page.show()
    page.select_unit("DIN")
    page.show_date(MONDAY)
    page.exec_dialog = shown = Shown()
    activate(qtbot, page)
    page.table.setCurrentIndex(page.model.index(0, COL_NAME))    # a name, not an entry
    page.table.setFocus()
    assert not page.history_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL)
    assert shown.dialogs == []
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of(MONDAY)))
    assert page.history_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL)
    [(kind, key, _title, _summary, rows)] = shown.dialogs
    assert kind == "roster" and key[1] == "2020-03-23"
    assert [c[0] for c in changes(rows)] == ["added"]


# --- attendance ----------------------------------------------------------------------------

def test_the_history_of_a_keyed_attendance_entry(qtbot, hctx, reported):
    scheduler.generate(hctx.db, policy(hctx.db, POLICY))
    page = AttendancePage(hctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.set_view(DAY)
    assert page.select_unit("DIN") and page.show_day(MONDAY)
    activate(qtbot, page)
    page.exec_dialog = shown = Shown()
    row = next(i for i, r in enumerate(page.model.rows()) if r.name == "Staf 2")
    page.table.setCurrentIndex(page.model.index(row, COL_STATUS))
    page.table.setFocus()
    # nothing keyed yet: offered, but disabled, and the tooltip says why
    menu = page.cell_menu(page.table.currentIndex())
    history = action_named(menu, "History...")
    assert not history.isEnabled()
    assert "Nothing was keyed for Staf 2" in history.toolTip()
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL)
    assert shown.dialogs == []

    qtbot.keyClicks(page.table, "S")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.table.setCurrentIndex(page.model.index(row, COL_STATUS))
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)           # save the day
    entry = attendance.day_sheet(hctx.db, "DIN", MONDAY).rows[row].entry
    assert entry["status"] == "S"
    assert page.current_row().name == "Staf 2"                  # the cursor stays there
    assert page.history_action.isEnabled()
    assert "Every change of the selected entry" in page.history_action.toolTip()
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL)
    kind, key, title, summary, rows = shown.last
    assert "1 change(s)" in summary
    assert (kind, key) == ("attendance", entry["id"])
    assert title.startswith("Attendance: Staf 2 (") and title.endswith("), 2020-03-23")
    [(op, office, account, fields)] = changes(rows)
    assert (op, office, account) == ("added", HERE, accounts.who(hctx.db))
    assert fields["Status"] == ("", "S")
    assert fields["Unit"] == ("", "DIN")
    assert fields["Staff member"][1].startswith("Staf 2 (")
    assert fields["Keyed by"] == ("", accounts.who(hctx.db))
    assert "id" not in fields and "replaces" not in fields
    # the month view has no selected entry
    page.set_view("month")
    assert not page.history_action.isEnabled()
    assert reported == []


# --- daily reports -------------------------------------------------------------------------

def test_the_history_of_a_reviewed_report_from_the_queue_menu(qtbot, hctx, reported):
    scheduler.generate(hctx.db, policy(hctx.db, POLICY))
    report = rep.add_report(hctx.db, staff_id(hctx.db, "Staf 0"), MONDAY,
                            "1. Menyusun laporan (1 dokumen)", "whatsapp")[0]
    page = ReportsPage(hctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.select_unit("DIN") and page.show_day(MONDAY)
    page.exec_dialog = shown = Shown()
    assert page.select_report(report.id)
    page.queue_table.setFocus()
    qtbot.keyClick(page.queue_table, Qt.Key.Key_A)               # accept
    assert rep.get_report(hctx.db, report.id).verdict == "accepted"
    assert page.current_row().report_id == report.id
    menu = page.queue_menu()
    history = action_named(menu, "History...")
    assert history.isEnabled() and history.shortcut().toString() == "Ctrl+H"
    history.trigger()
    kind, key, title, summary, rows = shown.last
    assert (kind, key) == ("reports", report.id) and "2 change(s)" in summary
    assert title.startswith("Daily reports: Staf 0 (") and title.endswith("), 2020-03-23")
    added, accepted = changes(rows)
    who = accounts.who(hctx.db)
    assert added[:3] == ("added", HERE, who)
    assert added[3]["Text"] == ("", "1. Menyusun laporan (1 dokumen)")
    assert accepted[:3] == ("changed", HERE, who)
    assert accepted[3]["Verdict"] == ("pending", "accepted")
    assert accepted[3]["Reviewed by"] == ("-", page.user_name())
    assert reported == []


def test_no_report_selected_no_history(qtbot, hctx):
    page = ReportsPage(hctx)
    qtbot.addWidget(page)
    page.show()
    page.show_day(MONDAY)
    page.exec_dialog = shown = Shown()
    assert page.current_row() is None
    assert page.queue_menu() is None
    assert not page.history_action.isEnabled()
    assert page.show_history() is False and shown.dialogs == []


# --- policies ------------------------------------------------------------------------------

def test_the_history_of_each_policy_version(qtbot, ctx, tmp_path):
    page = PolicyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_error = page.show_info = Recorder()
    page.open_history_dialog = shown = Shown()
    assert not page.history_button.isEnabled()                   # nothing to select yet
    assert page.context_menu() is None
    path = tmp_path / "se.toml"
    path.write_text(POLICY, encoding="utf-8")
    page.choose_open_file = Recorder(str(path))
    assert page.import_toml()
    path.write_text(POLICY.replace("max_office_share = 0.5", "max_office_share = 0.4"),
                    encoding="utf-8")
    assert page.import_toml()                                    # stored as version 2
    v1, v2 = sorted(pol.list_policies(ctx.db), key=lambda p: p.version)
    assert page.selected_policy().id == v2.id
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    kind, key, title, summary, rows = shown.last
    assert (kind, key, title) == ("policies", v2.id, f"{NUMBER}, version 2")
    assert "1 change(s)" in summary
    [(op, office, account, fields)] = changes(rows)
    assert (op, office, account) == ("added", HERE, accounts.who(ctx.db))
    assert fields["Version"] == ("", "2") and fields["Number"] == ("", NUMBER)
    assert '"max_office_share": 0.4' in fields["Rules"][1]

    assert page.select_policy(NUMBER, 1)
    menu = page.context_menu()
    assert [a.text() for a in menu.actions()] == ["Edit...", "History..."]
    activate(qtbot, page)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_H, CTRL)
    _kind, key, title, _summary, rows = shown.last
    assert (key, title) == (v1.id, f"{NUMBER}, version 1")
    assert changes(rows)[0][3]["Version"] == ("", "1")
    assert len(shown.dialogs) == 2
