"""The attendance page driven like a clerk: key a day from the keyboard, refuse bad input on
the spot, undo, lock, correct, import with a preview, print, and the month."""
import datetime as dt
import getpass
import os
import sys
import types

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from db import attendance as att_sql  # noqa: E402
from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import attendance, recap, register, scheduler  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.attendance_model import (  # noqa: E402
    COL_HISTORY,
    COL_NAME,
    COL_NOTE,
    COL_SOURCE,
    COL_STATUS,
    COL_TIME_IN,
    COL_TIME_OUT,
    MONTH_FIRST_DAY_COL,
    RECAP_COL_CODES,
    RECAP_COL_PRESENT,
    STATE_ROLE,
)
from ui.attendance_page import DAY, MONTH, AttendancePage  # noqa: E402
from ui.context import AppContext  # noqa: E402

POLICY = """
number = "800/123/ORG"
title = "Penyesuaian sistem kerja ASN"
issuer = "Sekretaris Daerah"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-03
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.5
rotation = "weekly"
home_if_pregnant = true
home_if_age_at_least = 50
"""
NUMBER = "800/123/ORG"
MONDAY, TUESDAY, THURSDAY = dt.date(2020, 3, 23), dt.date(2020, 3, 24), dt.date(2020, 3, 26)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def org(database):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas").unit(
        "DIN-SEK", "Sekretariat", parent="DIN", type="dinas")
    o.person("Kepala Dinas", "DIN", "jpt", "II.a", age=48)
    o.person("Siti Hamil", "DIN", age=31, sex="P", pregnant=True)
    o.person("Pak Tua", "DIN", age=55)
    for i in range(4):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.person("Staf Sekretariat", "DIN-SEK", age=40)
    o.build()
    scheduler.generate(database, policy(database, POLICY))
    return database


@pytest.fixture
def ctx(org, tmp_path):
    return AppContext(org, tmp_path / "t.sqlite3", "en")


@pytest.fixture
def page(qtbot, ctx):
    widget = AttendancePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_view(DAY)
    assert widget.select_unit("DIN")
    assert widget.show_day(MONDAY)
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.table.setFocus()
    return widget


def sheet(ctx, day=MONDAY):
    return attendance.day_sheet(ctx.db, "DIN", day)


def row_of(page, name):
    return next(i for i, r in enumerate(page.model.rows()) if r.name == name)


def status(page, name):
    return page.model.data(page.model.index(row_of(page, name), COL_STATUS))


def go(page, name, column=COL_STATUS):
    page.table.setCurrentIndex(page.model.index(row_of(page, name), column))
    page.table.setFocus()


def keys(qtbot, page, text):
    qtbot.keyClicks(page.table, text)


def key(qtbot, page, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(page.table, k, mods)


def entries(ctx):
    return att_sql.count_entries(ctx.db)


def test_the_prefill_is_the_rosters_expectation_and_is_not_confirmed(page, ctx):
    core = sheet(ctx)
    assert [r.name for r in page.model.rows()] == [r.name for r in core.rows]
    assert status(page, "Kepala Dinas") == "H"  # top level: WFO -> H
    assert status(page, "Siti Hamil") == "WFH"  # pregnant: WFH
    assert status(page, "Pak Tua") == "WFH"  # age limit
    for i, r in enumerate(core.rows):
        index = page.model.index(i, COL_STATUS)
        assert page.model.data(index) == r.expected
        assert page.model.data(index, STATE_ROLE) == "expected"
        assert page.model.data(index, Qt.ItemDataRole.FontRole).italic()
        assert "not confirmed" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert all(r.name != "Staf Sekretariat" for r in page.model.rows())  # the sub-unit's
    assert NUMBER in page.period_label.text()
    assert entries(ctx) == 0


def test_key_a_day_with_the_keyboard_alone(qtbot, page, ctx):
    first, second, third = (r.name for r in page.model.rows()[:3])
    go(page, first)
    keys(qtbot, page, "S")
    key(qtbot, page, Qt.Key.Key_Return)  # commits and moves down
    assert page.table.currentIndex().row() == 1
    assert page.table.currentIndex().column() == COL_STATUS
    keys(qtbot, page, "h")
    key(qtbot, page, Qt.Key.Key_Tab)  # on to the time in
    assert page.table.currentIndex().column() == COL_TIME_IN
    keys(qtbot, page, "0745")
    key(qtbot, page, Qt.Key.Key_Tab)
    assert page.table.currentIndex().column() == COL_TIME_OUT
    keys(qtbot, page, "16.05")
    key(qtbot, page, Qt.Key.Key_Tab)
    assert page.table.currentIndex().column() == COL_NOTE
    keys(qtbot, page, "rapat di BKD")
    key(qtbot, page, Qt.Key.Key_Tab)  # the next row's status
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (
        2, COL_STATUS)
    keys(qtbot, page, "w")  # W is WFH (the only code starting with W)
    key(qtbot, page, Qt.Key.Key_Return)
    key(qtbot, page, Qt.Key.Key_Return)  # Enter on a cell not typed into: just move down
    assert page.table.currentIndex().row() == 4
    assert status(page, first) == "S"
    assert page.model.data(page.model.index(1, COL_TIME_IN)) == "07:45"
    assert page.model.data(page.model.index(1, COL_STATUS), STATE_ROLE) == "pending"
    assert entries(ctx) == 0  # nothing written before the save

    key(qtbot, page, Qt.Key.Key_S, CTRL)
    assert page.table.currentIndex().row() == 4  # saving leaves the cursor where it was
    core = {r.name: r for r in sheet(ctx).rows}
    assert core[first].entry["status"] == "S"
    e = core[second].entry
    assert (e["status"], e["time_in"], e["time_out"], e["note"]) == (
        "H", "07:45", "16:05", "rapat di BKD")
    assert core[third].entry["status"] == "WFH"
    # the rest were keyed as the roster expects; who and from where are recorded
    for r in core.values():
        assert r.entry is not None
        assert r.entry["keyed_by"] == getpass.getuser()
        assert r.entry["source"] == "paper"
        if r.name not in (first, second, third):
            assert r.entry["status"] == r.expected
    assert not page.model.has_pending()
    assert not page.undo_stack.canUndo()
    assert page.model.data(page.model.index(1, COL_SOURCE)) == "Paper sheet"
    assert page.model.data(page.model.index(1, COL_STATUS), STATE_ROLE) == "keyed"
    assert "saved" in page.status_text()


def test_the_source_combo_and_the_user_are_recorded(qtbot, page, ctx, monkeypatch):
    monkeypatch.setattr(page, "user_name", lambda: "operator-1")
    page.source_combo.setCurrentIndex(page.source_combo.findData("whatsapp"))
    go(page, "Staf 0")
    keys(qtbot, page, "I")
    key(qtbot, page, Qt.Key.Key_Return)
    assert page.save_day()
    e = next(r for r in sheet(ctx).rows if r.name == "Staf 0").entry
    assert (e["status"], e["source"], e["keyed_by"]) == ("I", "whatsapp", "operator-1")
    assert page.model.data(page.model.index(row_of(page, "Staf 0"), COL_SOURCE)) == "WhatsApp"


def test_an_invalid_code_is_refused_on_the_spot_and_nothing_is_saved(qtbot, page, ctx):
    go(page, "Staf 1")
    before = status(page, "Staf 1")
    keys(qtbot, page, "X")
    key(qtbot, page, Qt.Key.Key_Return)
    assert "X is not an attendance code" in page.status_text()
    assert page.table.open_editor() is not None  # the editor stays, the cursor too
    assert page.table.currentIndex().row() == row_of(page, "Staf 1")
    key(qtbot, page, Qt.Key.Key_Escape)
    assert page.table.open_editor() is None
    assert status(page, "Staf 1") == before
    assert not page.model.has_pending()

    keys(qtbot, page, "T")  # TB or TK: not enough
    key(qtbot, page, Qt.Key.Key_Return)
    assert "could be TB, TK" in page.status_text()
    key(qtbot, page, Qt.Key.Key_Escape)

    go(page, "Staf 1", COL_TIME_IN)
    keys(qtbot, page, "2575")
    key(qtbot, page, Qt.Key.Key_Tab)
    assert "2575 is not a time" in page.status_text()
    key(qtbot, page, Qt.Key.Key_Escape)
    keys(qtbot, page, "08:00")
    key(qtbot, page, Qt.Key.Key_Tab)
    keys(qtbot, page, "0700")  # out before in
    key(qtbot, page, Qt.Key.Key_Tab)
    assert "before the time in 08:00" in page.status_text()
    key(qtbot, page, Qt.Key.Key_Escape)
    assert page.model.data(page.model.index(row_of(page, "Staf 1"), COL_TIME_OUT)) == ""
    assert entries(ctx) == 0


def test_enter_on_the_last_row_says_how_to_save(qtbot, page):
    last = page.model.rows()[-1].name
    go(page, last)
    keys(qtbot, page, "H")
    key(qtbot, page, Qt.Key.Key_Return)
    assert page.table.currentIndex().row() == len(page.model.rows()) - 1
    assert "last row" in page.status_text() and "Ctrl+S" in page.status_text()
    assert status(page, last) == "H"


def test_tab_goes_through_the_cells_that_take_input(qtbot, page):
    go(page, "Staf 0", COL_NAME)
    key(qtbot, page, Qt.Key.Key_Tab)
    index = page.table.currentIndex()
    assert (index.row(), index.column()) == (row_of(page, "Staf 0"), COL_STATUS)
    key(qtbot, page, Qt.Key.Key_Backtab)
    index = page.table.currentIndex()
    assert (index.row(), index.column()) == (row_of(page, "Staf 0") - 1, COL_NOTE)
    go(page, "Staf 1", COL_NAME)
    keys(qtbot, page, "s")  # typing on a name goes to the row's status
    key(qtbot, page, Qt.Key.Key_Return)
    assert status(page, "Staf 1") == "S"


def test_times_are_normalised(page):
    r = row_of(page, "Staf 2")
    for typed, shown in (("0730", "07:30"), ("07.30", "07:30"), ("7:05", "07:05"),
                         ("07:30", "07:30")):
        assert page.type_into(r, COL_TIME_IN, typed)
        assert page.model.data(page.model.index(r, COL_TIME_IN)) == shown


def test_the_day_is_saved_whole_or_not_at_all(qtbot, page, ctx, org):
    # a newcomer has no roster yet: a time without a code cannot be keyed
    Org(org).person("Pegawai Baru", "DIN", age=28).build()
    page.refresh()
    assert status(page, "Pegawai Baru") == ""
    newcomer = row_of(page, "Pegawai Baru")
    assert page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    assert page.type_into(newcomer, COL_TIME_IN, "0800")
    assert not page.save_day()
    assert entries(ctx) == 0
    assert "Nothing was saved" in page.status_text()
    assert "Pegawai Baru" in page.status_text()
    assert page.model.errors_of(newcomer)
    assert page.model.data(page.model.index(newcomer, COL_STATUS),
                           Qt.ItemDataRole.BackgroundRole) is not None
    # typing the code fixes the row; now the whole day goes in
    assert page.type_into(newcomer, COL_STATUS, "H")
    assert page.save_day()
    assert entries(ctx) == len(page.model.rows())


def test_undo_and_redo_of_an_unsaved_edit(qtbot, page, ctx):
    name = "Staf 3"
    expected = status(page, name)
    go(page, name)
    keys(qtbot, page, "C")
    key(qtbot, page, Qt.Key.Key_Return)
    assert status(page, name) == "C"
    go(page, "Kepala Dinas")
    key(qtbot, page, Qt.Key.Key_Z, CTRL)
    assert status(page, name) == expected
    assert page.model.data(page.model.index(row_of(page, name), COL_STATUS),
                           STATE_ROLE) == "expected"
    assert not page.model.has_pending()
    assert page.table.currentIndex().row() == row_of(page, name)  # shows what it undid
    key(qtbot, page, Qt.Key.Key_Y, CTRL)
    assert status(page, name) == "C"
    page.undo_stack.undo()
    assert page.save_day()
    e = next(r for r in sheet(ctx).rows if r.name == name).entry
    assert e["status"] == expected


def test_delete_clears_a_cell_undoably(qtbot, page):
    r = row_of(page, "Staf 0")
    page.type_into(r, COL_TIME_IN, "0800")
    go(page, "Staf 0", COL_TIME_IN)
    key(qtbot, page, Qt.Key.Key_Delete)
    assert page.model.data(page.model.index(r, COL_TIME_IN)) == ""
    page.undo_stack.undo()
    assert page.model.data(page.model.index(r, COL_TIME_IN)) == "08:00"


def test_leaving_a_day_with_unsaved_changes_asks(qtbot, page):
    page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    page.ask = lambda question: False
    page.step(1)
    assert page.day == MONDAY and page.model.has_pending()
    page.ask = lambda question: True
    page.step(1)
    assert page.day == TUESDAY and not page.model.has_pending()
    page.step(1)
    assert page.day == THURSDAY  # the 25th is a holiday under the policy
    page.step(-1)
    assert page.day == TUESDAY


def test_a_day_off_is_read_only(page):
    page.show_day(dt.date(2020, 3, 25))
    assert page.banner.isVisible()
    assert "holiday" in page.banner.text()
    assert not page.model.editable
    assert not page.save_button.isEnabled()


def lock(qtbot, page, ctx):
    asked = []
    page.ask = lambda question: asked.append(question) or True
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert asked and "Lock" in asked[0]
    assert attendance.is_locked(ctx.db, "DIN", MONDAY) is not None


def test_a_locked_day_refuses_edits(qtbot, page, ctx):
    page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    page.ask = lambda question: True
    assert not page.lock_day()  # unsaved changes first
    assert "Save the day" in page.status_text()
    assert page.save_day()
    lock(qtbot, page, ctx)
    assert page.banner.isVisible() and "LOCKED" in page.banner.text()
    assert not page.model.editable
    assert not page.save_button.isEnabled()
    go(page, "Staf 1")
    keys(qtbot, page, "H")
    assert page.table.open_editor() is None
    assert "locked" in page.status_text()
    assert not page.type_into(row_of(page, "Staf 1"), COL_STATUS, "H")
    with pytest.raises(attendance.DayLocked):  # the core agrees
        attendance.save_day_sheet(ctx.db, "DIN", MONDAY, {})
    assert not page.model.has_pending()


def test_a_correction_keeps_the_original_beside_it(qtbot, page, ctx):
    go(page, "Staf 0")
    keys(qtbot, page, "S")
    key(qtbot, page, Qt.Key.Key_Return)
    assert page.save_day()
    lock(qtbot, page, ctx)
    seen = []

    def fill(dialog):
        seen.append(dialog)
        assert dialog.history.count() == 1
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("DL"))
        assert not dialog.save()  # no reason yet
        assert "Reason" in dialog.error_label.text()
        dialog.reason_edit.setText("surat tugas ditemukan")
        dialog.by_edit.setText("Kepala Bidang")
        assert dialog.save()
        return dialog.result()

    page.exec_dialog = fill
    go(page, "Staf 0")
    assert page.correct_action.isEnabled()
    menu = page.cell_menu(page.table.currentIndex())
    assert page.correct_action in menu.actions()
    key(qtbot, page, Qt.Key.Key_F2)
    assert seen
    r = row_of(page, "Staf 0")
    assert status(page, "Staf 0") == "DL\n(corrected; was S)"
    assert page.model.data(page.model.index(r, COL_HISTORY)) == "\u270e 2"
    staff_id = page.model.sheet_row(r).staff_id
    history = attendance.entry_history(ctx.db, staff_id, MONDAY)
    assert [(v["status"], v["kind"], v["current"]) for v in history] == [
        ("S", "key", 0), ("DL", "correction", 1)]
    assert history[1]["reason"] == "surat tugas ditemukan"
    assert history[1]["keyed_by"] == "Kepala Bidang"
    tip = page.model.data(page.model.index(r, COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "keyed S" in tip and "corrected to DL" in tip and "surat tugas ditemukan" in tip
    assert "corrected to DL" in page.status_text()


def write_attendance_csv(path, rows):
    lines = ["date,nip,nik,status,time_in,time_out,source,note"]
    lines += [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def staff_nip(ctx, name):
    return next(s["nip"] for s in register.StaffList.load(ctx.db).rows if s["name"] == name)


def run_import(qtbot, page, path):
    page.choose_open_file = lambda: str(path)
    dialogs = []

    def look(dialog):
        dialogs.append(dialog)
        qtbot.waitUntil(lambda: dialog.report is not None or dialog.file_error is not None,
                        timeout=20000)
        return QDialog.DialogCode.Rejected

    page.exec_dialog = look
    page.import_file()
    return dialogs[0]


def test_import_preview_lists_a_bad_row_and_writes_nothing(qtbot, page, ctx, tmp_path):
    path = tmp_path / "hadir.csv"
    write_attendance_csv(path, [
        ("2020-03-23", staff_nip(ctx, "Staf 0"), "", "H", "07:30", "16:00", "paper", ""),
        ("2020-03-23", staff_nip(ctx, "Staf 1"), "", "XYZ", "07:30", "16:00", "paper", ""),
    ])
    dialog = run_import(qtbot, page, path)
    assert dialog.model.rowCount() == 1
    error = dialog.model.error_at(0)
    assert (error.row, error.column) == (3, "status")
    assert "XYZ" in dialog.model.data(dialog.model.index(0, 2))
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    assert "Nothing will be written" in dialog.advice_label.text()
    assert entries(ctx) == 0


def test_a_clean_import_writes_after_the_preview(qtbot, page, ctx, tmp_path):
    path = tmp_path / "hadir.csv"
    write_attendance_csv(path, [
        ("2020-03-23", staff_nip(ctx, "Staf 0"), "", "H", "0730", "16:00", "whatsapp", ""),
        ("2020-03-23", staff_nip(ctx, "Staf 1"), "", "S", "", "", "", "surat dokter"),
    ])
    dialog = run_import(qtbot, page, path)
    assert dialog.model.rowCount() == 0
    assert dialog.import_button.isEnabled()
    assert entries(ctx) == 0  # the preview writes nothing
    task = dialog.start_import()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert entries(ctx) == 2
    page.refresh()
    assert status(page, "Staf 1") == "S"
    assert page.model.data(page.model.index(row_of(page, "Staf 0"), COL_SOURCE)) == \
        "WhatsApp"


def test_export_writes_the_month_of_the_unit(qtbot, page, ctx, tmp_path):
    assert page.save_day()
    path = tmp_path / "out.csv"
    page.choose_save_file = lambda *a: str(path)
    task = page.export_file()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + len(page.model.rows())
    assert "entries written" in page.status_text()


def fake_pdf(monkeypatch, name, func):
    module = types.ModuleType(f"wfh_desktop.pdf.{name}")
    setattr(module, func, None)
    monkeypatch.setitem(sys.modules, f"wfh_desktop.pdf.{name}", module)
    return module


def test_print_buttons_call_the_pdf_renderers_lazily(qtbot, page, ctx, tmp_path,
                                                      monkeypatch):
    calls = []
    sheet_module = fake_pdf(monkeypatch, "attendance_sheet", "print_sheets")
    recap_module = fake_pdf(monkeypatch, "recap", "print_recap")
    sheet_module.print_sheets = lambda *args: calls.append(("sheet",) + args[1:]) or 1
    recap_module.print_recap = lambda *args: calls.append(("recap",) + args[1:]) or 1

    def fill(dialog):
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("F4"))
        dialog.orientation_combo.setCurrentIndex(1)
        dialog.path_edit.setText(str(tmp_path / "lembar"))
        dialog.accept()
        return dialog.result()

    page.exec_dialog = fill
    task = page.print_sheet()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    task = page.print_recap()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    pdf = str(tmp_path / "lembar.pdf")
    assert calls == [("sheet", pdf, MONDAY, "DIN", "F4", True),
                     ("recap", pdf, "2020-03", "DIN", "F4")]
    assert pdf in page.status_text()


def test_month_view_codes_recap_chart_and_close(qtbot, page, ctx):
    page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    assert page.save_day()
    page.set_view(MONTH)
    assert page.views.currentIndex() == 1
    m = page.month_model
    data = recap.recap_data(ctx.db, "2020-03", "DIN")
    unit = next(u for u in data.units if u.unit_code == "DIN")
    working = [d.date for d in unit.days if d.workday]
    assert [d.date for d in m.days()] == working
    row = m.row_of(next(r.staff_id for r in unit.rows if r.name == "Staf 0"))
    assert m.data(m.index(row, MONTH_FIRST_DAY_COL)) == "S"
    assert m.data(m.index(row, MONTH_FIRST_DAY_COL), STATE_ROLE) == "keyed"
    later = m.index(row, m.column_of(TUESDAY))
    assert m.data(later, STATE_ROLE) == "expected"  # not keyed: the roster's code, grey
    footer = m.footer_row()
    day = next(d for d in unit.days if d.workday)
    assert m.data(m.index(footer, MONTH_FIRST_DAY_COL)) == f"{day.group_onsite}/{day.cap}"
    recap_row = next(r for r in unit.rows if r.name == "Staf 0")
    rm = page.recap_model
    shown = next(i for i in range(rm.rowCount()) if rm.recap_row(i).name == "Staf 0")
    assert rm.data(rm.index(shown, RECAP_COL_PRESENT)) == str(recap_row.present)
    assert "S 1" in rm.data(rm.index(shown, RECAP_COL_CODES))
    assert len(page.chart.days) == len(working)
    assert page.chart.days[0].onsite == day.group_onsite

    page.ask = lambda question: True
    assert page.close_month()
    fingerprints = [c["fingerprint"] for c in att_sql.closures(ctx.db, ["2020-03"]).values()]
    assert len(fingerprints) == 2  # the unit and its sub-unit
    assert any(fp in page.status_text() for fp in fingerprints)
    assert any(fp in page.fingerprint_label.text() for fp in fingerprints)
    assert "LOCKED" in page.banner.text()
    assert not page.close_button.isEnabled()
    # Enter on a day of the month opens that day
    page.open_month_cell(m.index(row, m.column_of(TUESDAY)))
    assert page.view == DAY and page.day == TUESDAY
    assert page.current_row().name == "Staf 0"
    assert not page.model.editable  # the closed month locked it


def test_state_survives_a_rebuild(page, ctx, qtbot):
    page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    state = page.save_state()
    other = AttendancePage(ctx)
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.day == MONDAY and other.unit_code() == "DIN"
    assert status(other, "Staf 0") == "S"


def test_print_sheet_and_recap_with_the_real_renderers(qtbot, page, tmp_path):
    pytest.importorskip("wfh_desktop.pdf.attendance_sheet")
    pytest.importorskip("wfh_desktop.pdf.recap")
    assert page.save_day()
    written = []

    def fill(dialog):
        path = tmp_path / f"out{len(written)}.pdf"
        written.append(path)
        dialog.path_edit.setText(str(path))
        dialog.accept()
        return dialog.result()

    page.exec_dialog = fill
    for start in (page.print_sheet, page.print_recap):
        task = start()
        with qtbot.waitSignal(task.finished, timeout=60000) as finished:
            pass
        assert finished.args == [True], task.error
        assert "pages written to" in page.status_text()
    assert [p.read_bytes()[:5] for p in written] == [b"%PDF-", b"%PDF-"]


def test_printing_a_day_off_says_why(qtbot, page, reported, tmp_path):
    pytest.importorskip("wfh_desktop.pdf.attendance_sheet")
    page.show_day(dt.date(2020, 3, 25))  # a holiday
    path = tmp_path / "libur.pdf"

    def fill(dialog):
        dialog.path_edit.setText(str(path))
        dialog.accept()
        return dialog.result()

    page.exec_dialog = fill
    task = page.print_sheet()
    with qtbot.waitSignal(task.finished, timeout=60000) as finished:
        pass
    assert finished.args == [False]
    assert len(reported) == 1 and "not a working day" in reported[0], reported
    assert not path.exists()


def test_closing_the_window_or_switching_user_asks_about_unsaved_keying(qtbot, ctx):
    from ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("attendance")
    page.set_view(DAY)
    assert page.select_unit("DIN") and page.show_day(MONDAY)
    page.type_into(row_of(page, "Staf 0"), COL_STATUS, "S")
    asked = []
    page.ask = lambda question: asked.append(question) or False
    assert window.close() is False  # kept open, the typing kept
    assert window.isVisible() and page.model.has_pending()
    assert window.switch_user() is False
    assert len(asked) == 2 and "not saved" in asked[0]
    page.ask = lambda question: True
    assert window.close() is True
