import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ui.staff_dialog import StaffDialog
from ui.staff_model import COL_AGE, COL_ESELON, COL_NAME, COL_NIP
from ui.staff_page import StaffPage
from wfh_desktop import register
from wfh_desktop.tabular import read_table
from wfh_desktop.staff import STAFF_FILE

from .conftest import NEW_NIP, staff_count
from .test_staff_dialog import fill_new_staff


@pytest.fixture
def page(qtbot, ctx):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page):
    return [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]


def select_name(page, name):
    row = names(page).index(name)
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, COL_NAME))
    assert page.selected_id() == page.model.row_id(row)
    return page.model.row_id(row)


def click_header(qtbot, page, column):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_shows_all_active_staff_sorted_by_name(page):
    assert page.model.rowCount() == 5
    assert names(page) == sorted(names(page), key=str.lower)
    assert page.count_label.text() == "5 of 5 staff"
    assert page.table.isVisibleTo(page)


def test_filter_as_you_type_narrows_the_table(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "bud")
    assert names(page) == ["Budi Santoso, S.Kom."]
    assert page.count_label.text() == "1 of 5 staff"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "kepala")
    assert names(page) == ["Ahmad Yani", "Siti Aminah, S.H., M.H."]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "19860926 201505")  # a NIP typed with spaces
    assert names(page) == ["Budi Santoso, S.Kom."]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "zzz")
    assert page.model.rowCount() == 0
    assert page.views.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No staff match the search."
    page.filter_edit.clear()
    assert page.model.rowCount() == 5
    assert page.views.currentWidget() is page.table


def test_unit_filter(page):
    combo = page.unit_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "All units"
    assert "BKD-SEK - Sekretariat" in texts
    combo.setCurrentIndex(combo.findData("BKD-SEK"))
    assert names(page) == ["Budi Santoso, S.Kom.", "Rudi Hartono"]
    assert page.count_label.text() == "2 of 5 staff"


def test_header_click_sorts_through_the_core(qtbot, page):
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert not page.table.isSortingEnabled()
    click_header(qtbot, page, COL_AGE)
    ages = [page.model.index(r, COL_AGE).data() for r in range(page.model.rowCount())]
    assert header.sortIndicatorSection() == COL_AGE
    with_age = [int(a) for a in ages if a]
    assert with_age == sorted(with_age)
    click_header(qtbot, page, COL_AGE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    ages = [int(a) for a in (page.model.index(r, COL_AGE).data()
                             for r in range(page.model.rowCount())) if a]
    assert ages == sorted(ages, reverse=True)
    click_header(qtbot, page, COL_NIP)
    nips = [page.model.index(r, COL_NIP).data() for r in range(page.model.rowCount())]
    assert nips == sorted(nips)
    assert (page.sort_column, page.descending) == (COL_NIP, False)


def test_a_column_the_core_cannot_sort_keeps_the_previous_order(qtbot, page):
    click_header(qtbot, page, COL_AGE)
    before = names(page)
    click_header(qtbot, page, COL_ESELON)
    header = page.table.horizontalHeader()
    if "eselon" in register.STAFF_LIST_KEYS:
        assert header.sortIndicatorSection() == COL_ESELON
        eselons = [r["eselon"] for r in page.model.rows()]
        assert eselons[:2] == ["II.a", "III.b"] and set(eselons[2:]) == {""}
    else:
        assert header.sortIndicatorSection() == COL_AGE
        assert names(page) == before


def test_selection_survives_filtering(qtbot, page):
    staff_id = select_name(page, "Ahmad Yani")
    qtbot.keyClicks(page.filter_edit, "ahmad")
    assert page.selected_id() == staff_id


def test_deactivate_asks_and_greys_the_row(qtbot, page, ctx):
    staff_id = select_name(page, "Ahmad Yani")
    questions = []
    page.ask = lambda q: questions.append(q) or False
    assert page.toggle_active() is False
    assert len(questions) == 1 and "Ahmad Yani" in questions[0]
    assert register.get_staff(ctx.db, staff_id)["active"] == 1

    infos = []
    page.show_info = infos.append
    page.ask = lambda q: questions.append(q) or True
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Delete deactivates, after asking
    assert len(questions) == 2
    assert register.get_staff(ctx.db, staff_id)["active"] == 0
    assert "Ahmad Yani" not in names(page)
    assert page.count_label.text() == "4 of 4 staff"
    assert infos and "Show inactive" in infos[0]

    page.inactive_check.setChecked(True)
    row = names(page).index("Ahmad Yani")
    assert page.model.index(row, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.count_label.text() == "5 of 5 staff"
    select_name(page, "Ahmad Yani")
    assert page.active_button.text() == "&Reactivate"
    assert page.toggle_active() is True
    assert register.get_staff(ctx.db, staff_id)["active"] == 1
    row = names(page).index("Ahmad Yani")
    assert page.model.index(row, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_add_staff_through_the_dialog_and_see_it_in_the_table(qtbot, page, ctx):
    def drive(dialog):
        assert isinstance(dialog, StaffDialog) and dialog.staff_id is None
        fill_new_staff(qtbot, dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.exec_dialog = drive
    qtbot.keyClicks(page.filter_edit, "budi")  # the new row is hidden by this filter
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert staff_count(ctx.db) == 6
    assert "Rahmawati, S.E." in names(page)
    assert page.filter_edit.text() == ""
    assert page.model.row_dict(page.table.currentIndex().row())["nip"] == NEW_NIP
    assert page.count_label.text() == "6 of 6 staff"


def test_enter_edits_the_selected_row(qtbot, page, ctx):
    staff_id = select_name(page, "Rudi Hartono")
    seen = []

    def drive(dialog):
        seen.append(dialog.staff_id)
        dialog.fields["jabatan"].setText("Pengemudi Kepala")
        assert dialog.save()
        return dialog.result()

    page.exec_dialog = drive
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == [staff_id]
    assert register.get_staff(ctx.db, staff_id)["position"] == "Pengemudi Kepala"
    assert page.selected_id() == staff_id
    row = page.table.currentIndex().row()
    assert page.model.row_dict(row)["position"] == "Pengemudi Kepala"


def test_cancelled_dialog_changes_nothing(qtbot, page, ctx):
    select_name(page, "Rudi Hartono")
    page.exec_dialog = lambda dialog: dialog.reject() or dialog.result()
    assert page.edit_staff() is False
    assert page.add_staff() is False
    assert staff_count(ctx.db) == 5


def test_ctrl_f_focuses_the_filter(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_edit


def test_export_runs_in_the_background(qtbot, page, tmp_path):
    target = tmp_path / "out.xlsx"
    page.choose_save_file = lambda: str(target)
    infos = []
    page.show_info = infos.append
    task = page.export_staff()
    with qtbot.waitSignal(task.finished, timeout=10000) as done:
        pass
    assert done.args == [True]
    assert len(read_table(target, STAFF_FILE).rows) == 5
    assert infos == [f"5 staff written to {target}"]


def test_export_failure_is_shown(qtbot, page, tmp_path):
    page.choose_save_file = lambda: str(tmp_path / "missing-folder" / "out.csv")
    errors = []
    page.show_error = errors.append
    task = page.export_staff()
    with qtbot.waitSignal(task.finished, timeout=10000) as done:
        pass
    assert done.args == [False]
    assert len(errors) == 1 and "out.csv" in errors[0]


def test_changes_elsewhere_reload_the_page(qtbot, page, ctx, tmp_path):
    path = tmp_path / "u.csv"
    path.write_text("kode,nama\nDINKES,Dinas Kesehatan\n", encoding="utf-8")
    register.import_units(ctx.db, path)
    ctx.notify("units")
    assert page.unit_combo.findData("DINKES") > 0
    s = tmp_path / "s.csv"
    s.write_text(f"nip,nama,jenis_pegawai,unit\n{NEW_NIP},Rahmawati,PNS,DINKES\n",
                 encoding="utf-8")
    register.import_staff(ctx.db, s)
    ctx.notify("staff")
    assert "Rahmawati" in names(page)


def test_empty_register_says_what_to_do(qtbot, empty_ctx):
    page = StaffPage(empty_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert page.views.currentWidget() is page.empty_label
    assert "No staff yet" in page.empty_label.text()
    assert page.count_label.text() == "0 of 0 staff"
    assert not page.edit_button.isEnabled() and not page.active_button.isEnabled()


def test_double_click_edits(qtbot, page):
    seen = []
    page.exec_dialog = lambda dialog: seen.append(dialog.staff_id) or 0
    row = names(page).index("Ahmad Yani")
    rect = page.table.visualRect(page.model.index(row, COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == [page.model.row_id(row)]


# --- the runner, as the page uses it ------------------------------------------------

def test_slow_work_shows_a_busy_dialog_and_uses_its_own_connection(qtbot, page, ctx):
    import threading
    import time

    from ui import runner

    seen = {}

    def work(db):
        seen["thread"] = threading.get_ident()
        seen["same_connection"] = db is ctx.db
        time.sleep(runner.PROGRESS_DELAY_MS / 1000 + 0.4)
        return register.counts(db)["staff"]

    results, changes = [], []
    ctx.changed.connect(changes.append)
    task = runner.run_in_background(page, ctx, "Working...", work, on_done=results.append,
                                    changes=("staff", "units"))
    qtbot.waitUntil(lambda: task.progress is not None, timeout=5000)
    assert task.progress.labelText() == "Working..."
    assert task.progress.isVisible()
    with qtbot.waitSignal(task.finished, timeout=10000) as done:
        pass
    assert done.args == [True]
    assert results == [5] and task.result == 5
    assert changes == ["staff", "units"]
    assert seen["thread"] != threading.get_ident() and not seen["same_connection"]
    assert task.progress is None and runner.running_tasks() == 0


def test_quick_work_shows_no_dialog(qtbot, page, ctx):
    from ui import runner

    task = runner.run_in_background(page, ctx, "Quick", lambda db: 1, changes=())
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    qtbot.wait(runner.PROGRESS_DELAY_MS + 50)
    assert task.progress is None


def test_failures_are_reported_in_one_place(qtbot, page, ctx, reported):
    from ui import runner

    def broken(db):
        raise RuntimeError("disk on fire")

    changes = []
    ctx.changed.connect(changes.append)
    task = runner.run_in_background(page, ctx, "Breaking", broken)
    with qtbot.waitSignal(task.finished, timeout=10000) as done:
        pass
    assert done.args == [False]
    assert reported == ["Unexpected error (RuntimeError): disk on fire"]
    assert changes == []  # nothing changed, nothing refreshed
    assert isinstance(task.error, RuntimeError)

    ok, result = runner.run_now(page, ctx, lambda db: register.set_staff_active(
        db, "no-such-id", False))
    assert (ok, result) == (False, None)
    assert reported[-1] == "staff member not found"
