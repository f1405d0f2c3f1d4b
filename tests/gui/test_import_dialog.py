import pytest
from PySide6.QtCore import Qt

from ui.import_dialog import ImportDialog, PlanModel
from ui.staff_page import StaffPage
from wfh_desktop import register
from wfh_desktop.staff import STAFF_FILE
from wfh_desktop.tabular import read_table

from .conftest import NEW_NIP, staff_count

HEADER = "nip,nama,jenis_pegawai,jabatan,unit,catatan\n"
GOOD_1 = f"{NEW_NIP},Rahmawati,PNS,Analis,RSUD,baru\n"
GOOD_2 = "198609262015051001,\"Budi Santoso, S.Kom.\",PNS,Kepala Seksi Data,BKD-SEK,\n"
BAD = "19900415201403,Nur Hidayah,PNS,Perawat,RSUD,\n"  # NIP too short
BAD_UNIT = "199202022019031005,Ali,PNS,Perawat,NOWHERE,\n"


def write(tmp_path, *rows, name="staff-new.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def open_dialog(qtbot, ctx, path):
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as loaded:
        pass
    return dialog, loaded.args[0]


def shown(dialog):
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, qtbot, ctx, tmp_path):
    dialog, ok = open_dialog(qtbot, ctx, write(tmp_path, GOOD_1, BAD, GOOD_2))
    assert ok
    qtmodeltester.check(dialog.model, force_py=True)


def test_a_bad_row_is_reported_in_the_preview_and_nothing_is_written(qtbot, ctx, tmp_path):
    before = staff_count(ctx.db)
    dialog, ok = open_dialog(qtbot, ctx, write(tmp_path, GOOD_1, BAD, GOOD_2, BAD_UNIT))
    assert ok
    assert dialog.counts_label.text() == (
        "4 rows: 1 new, 1 to update, 0 unchanged, 2 rejected")
    # the rejected rows are shown first, in red, with the file's row number and reason
    rows = shown(dialog)
    assert [r[:2] for r in rows] == [["3", "Rejected"], ["5", "Rejected"]]
    assert "nip: must be 18 digits, found 14" in rows[0][PlanModel.COL_MESSAGE]
    assert "unknown unit code NOWHERE" in rows[1][PlanModel.COL_MESSAGE]
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("all"))
    assert [r[0] for r in shown(dialog)] == ["3", "5", "2", "4"]
    assert [r[1] for r in shown(dialog)] == ["Rejected", "Rejected", "New", "Update"]
    assert dialog.ignored_label.text() == "Columns not used: catatan"
    assert not dialog.import_button.isEnabled()
    assert "nothing will be written" in dialog.advice_label.text()
    assert dialog.start_import() is None
    dialog.cancel_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert staff_count(ctx.db) == before
    budi = next(r for r in register.StaffList.load(ctx.db).rows
                if r["nip"] == "198609262015051001")
    assert budi["position"] == "Pranata Komputer"


def test_skip_rejected_rows_writes_the_good_ones_and_offers_the_rejects(qtbot, ctx, tmp_path):
    before = staff_count(ctx.db)
    dialog, _ = open_dialog(qtbot, ctx, write(tmp_path, GOOD_1, BAD, GOOD_2))
    rejects = tmp_path / "rejected.csv"
    questions = []
    dialog.ask = lambda q: questions.append(q) or True
    dialog.choose_save_file = lambda: str(rejects)
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.advice_label.text() == (
        "2 rows will be written; the 1 rejected rows are left out.")
    with qtbot.waitSignal(ctx.changed, timeout=10000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.task.finished, timeout=10000):
            pass
    assert changed.args == ["staff"]
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert staff_count(ctx.db) == before + 1
    nips = {r["nip"]: r for r in register.StaffList.load(ctx.db).rows}
    assert nips[NEW_NIP]["name"] == "Rahmawati"
    assert nips["198609262015051001"]["position"] == "Kepala Seksi Data"
    assert len(questions) == 1 and "1 rejected rows" in questions[0]
    table = read_table(rejects, STAFF_FILE)
    assert len(table.rows) == 1
    text = rejects.read_text(encoding="utf-8-sig")
    assert "Nur Hidayah" in text and "alasan" in text


def test_save_rejected_rows_without_importing(qtbot, ctx, tmp_path):
    dialog, _ = open_dialog(qtbot, ctx, write(tmp_path, GOOD_1, BAD))
    target = tmp_path / "fix-me"
    dialog.choose_save_file = lambda: str(target)
    assert dialog.save_rejects_button.isEnabled()
    dialog.save_rejects_button.click()
    assert dialog.rejects_saved_to == str(target) + ".csv"
    assert "Nur Hidayah" in (tmp_path / "fix-me.csv").read_text(encoding="utf-8-sig")


def test_a_clean_file_imports_through_the_page(qtbot, ctx, tmp_path):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    path = write(tmp_path, GOOD_1)
    page.choose_open_file = lambda: str(path)
    dialogs = []

    def drive(dialog):
        dialogs.append(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=10000):
            pass
        assert dialog.import_button.isEnabled()
        assert not dialog.skip_check.isEnabled()
        dialog.import_button.click()
        with qtbot.waitSignal(dialog.task.finished, timeout=10000):
            pass
        return dialog.result()

    page.exec_dialog = drive
    assert page.import_staff() is True
    assert isinstance(dialogs[0], ImportDialog)
    assert staff_count(ctx.db) == 6
    assert page.count_label.text() == "6 of 6 staff"


def test_nothing_to_change(qtbot, ctx, tmp_path):
    path = tmp_path / "export.xlsx"
    register.export_staff(ctx.db, path)
    dialog, _ = open_dialog(qtbot, ctx, path)
    assert dialog.counts_label.text() == "5 rows: 0 new, 0 to update, 5 unchanged, 0 rejected"
    assert not dialog.ignored_label.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.advice_label.text() == "Nothing to change: every row matches the register."


@pytest.mark.parametrize("name, content, expected", [
    ("staff.txt", "nip\n", "unsupported file type .txt"),
    ("staff.csv", "nip,nama\n1,x\n", "missing column jenis_pegawai (type)"),
    ("staff.xlsx", "not a zip", "cannot read the file"),
])
def test_an_unreadable_file_is_shown_clearly(qtbot, ctx, tmp_path, reported, name, content,
                                             expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    dialog, ok = open_dialog(qtbot, ctx, path)
    assert ok is False
    assert expected in dialog.error_label.text()
    assert str(path) in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.import_button.isEnabled()
    assert "Nothing was written" in dialog.advice_label.text()
    assert reported == []  # shown in the dialog, not in a message box


def test_a_failed_write_is_reported_and_the_dialog_stays(qtbot, ctx, tmp_path, monkeypatch):
    dialog, _ = open_dialog(qtbot, ctx, write(tmp_path, GOOD_1))
    errors = []
    dialog.show_error = errors.append

    def broken(db, plan):
        raise register.ImportRejected(plan.report)

    monkeypatch.setattr(register, "apply_staff_plan", broken)
    dialog.import_button.click()
    with qtbot.waitSignal(dialog.task.finished, timeout=10000) as done:
        pass
    assert done.args == [False]
    assert errors == ["0 rows rejected; nothing was written"]
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert dialog.import_button.isEnabled()
    assert staff_count(ctx.db) == 5
