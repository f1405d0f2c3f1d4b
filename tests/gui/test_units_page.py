import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from wfh_desktop import register  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.unit_dialog import UnitDialog  # noqa: E402
from ui.units_page import UnitsPage  # noqa: E402

from .helpers_units import UNITS_CSV, Recorder, close_context, open_context  # noqa: E402


@pytest.fixture
def ctx(tmp_path):
    set_language("en")
    context = open_context(tmp_path)
    yield context
    close_context(context)
    set_language("id")


@pytest.fixture
def page(qtbot, ctx):
    widget = UnitsPage(ctx)
    qtbot.addWidget(widget)
    widget.show_error = Recorder()
    widget.show_info = Recorder()
    return widget


def row_texts(item):
    return [item.text(c) for c in range(item.columnCount())]


def import_file(page, path):
    page.choose_open_file = Recorder(str(path))
    return page.import_units()


def test_imported_parent_and_child_show_as_a_tree(page, ctx, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    assert import_file(page, path) is True
    assert page.show_error.calls == []
    assert page.tree.topLevelItemCount() == 2
    bkd = page.tree.topLevelItem(0)
    assert row_texts(bkd) == ["BKD", "Badan Kepegawaian Daerah", "Board (badan)", "No", "0"]
    assert bkd.childCount() == 1
    assert row_texts(bkd.child(0))[:2] == ["BKD-MUT", "Bidang Mutasi"]
    assert bkd.isExpanded()
    rsud = page.tree.topLevelItem(1)
    assert row_texts(rsud) == ["RSUD", "RSUD Ulin", "Regional hospital (RSUD)", "Yes", "0"]
    assert page.show_info.calls and "3 added" in page.show_info.calls[0][1]


def test_a_bad_row_is_reported_and_nothing_is_written(page, ctx, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV + "DISKES,Dinas Kesehatan,NOPE,dinas,ya\nX Y,,,kantor,ya\n",
                    encoding="utf-8")
    assert import_file(page, path) is False
    assert register.counts(ctx.db)["units"] == 0
    assert page.tree.topLevelItemCount() == 0
    [(title, message, lines)] = page.show_error.calls
    assert "2 row(s)" in message and "units.csv" in message
    assert "units.csv: row 5, column induk: unknown parent unit NOPE" in lines
    assert any(line.startswith("units.csv: row 6, column kode:") for line in lines)
    assert any(line.startswith("units.csv: row 6, column nama:") for line in lines)
    assert any(line.startswith("units.csv: row 6, column jenis:") for line in lines)
    assert page.show_info.calls == []


def test_unreadable_file_is_reported(page, ctx, tmp_path):
    path = tmp_path / "units.txt"
    path.write_text("kode,nama\n", encoding="utf-8")
    assert import_file(page, path) is False
    [(title, message)] = page.show_error.calls
    assert "unsupported file type .txt" in message


def test_adding_a_unit_through_the_dialog(page, ctx, qtbot, tmp_path):
    register.import_units(ctx.db, _write(tmp_path))
    page.refresh()
    assert page.select_unit("BKD")
    dialog = UnitDialog(ctx, parent_unit_id=page.selected_unit_id())
    qtbot.addWidget(dialog)
    assert dialog.parent_combo.currentText().strip().startswith("BKD")
    dialog.code_edit.setText("BKD-MUT")  # already used
    dialog.name_edit.setText("Bidang Pengembangan Kompetensi")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.assertNotEmitted(ctx.changed):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors["kode"].text() == "unit code BKD-MUT is already used by Bidang Mutasi"
    assert not dialog.errors["kode"].isHidden()
    assert dialog.errors["nama"].isHidden()

    dialog.code_edit.setText("BKD-BANG")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("badan"))
    dialog.public_check.setChecked(True)
    with qtbot.waitSignal(ctx.changed) as signal:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert signal.args == ["units"]
    assert dialog.result() == UnitDialog.DialogCode.Accepted
    stored = {u["code"]: u for u in register.list_units(ctx.db)}["BKD-BANG"]
    assert (stored["name"], stored["parent_code"], stored["type"], stored["public_service"]) == (
        "Bidang Pengembangan Kompetensi", "BKD", "badan", 1)
    # the page refreshed on ctx.changed
    bkd = page.tree.topLevelItem(0)
    assert sorted(bkd.child(i).text(0) for i in range(bkd.childCount())) == ["BKD-BANG", "BKD-MUT"]
    assert page.select_unit("BKD-BANG")
    assert row_texts(page.tree.currentItem())[2:4] == ["Board (badan)", "Yes"]


def test_edit_dialog_offers_no_parent_below_the_unit(page, ctx, qtbot, tmp_path):
    register.import_units(ctx.db, _write(tmp_path))
    page.refresh()
    page.select_unit("BKD")
    opened = Recorder(True)
    page.open_unit_dialog = opened
    item = page.tree.currentItem()
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # Enter on a unit opens it
    assert opened.calls == [(item.data(0, Qt.ItemDataRole.UserRole),)]

    dialog = UnitDialog(ctx, page.selected_unit_id())
    qtbot.addWidget(dialog)
    offered = [dialog.parent_combo.itemText(i).split()[0] for i in range(1, dialog.parent_combo.count())]
    assert offered == ["RSUD"]
    assert dialog.code_edit.text() == "BKD" and dialog.type_combo.currentData() == "badan"
    dialog.name_edit.setText("Badan Kepegawaian dan Pengembangan SDM")
    assert dialog.save()
    assert page.tree.topLevelItem(0).text(1) == "Badan Kepegawaian dan Pengembangan SDM"


def test_staff_counts_follow_staff_changes(page, ctx, tmp_path):
    register.import_units(ctx.db, _write(tmp_path))
    staff = tmp_path / "s.csv"
    staff.write_text("nik,nama,jenis_pegawai,unit\n6371054109900001,Nurul Hidayah,PHL,BKD-MUT\n",
                     encoding="utf-8")
    register.import_staff(ctx.db, staff)
    ctx.notify("staff")
    page.select_unit("BKD-MUT")
    assert page.tree.currentItem().text(UnitsPage.STAFF) == "1"
    assert "1 active staff" in page.summary.text()


def test_export_writes_the_file(page, ctx, tmp_path):
    register.import_units(ctx.db, _write(tmp_path))
    out = tmp_path / "out.csv"
    page.choose_save_file = Recorder(str(out))
    assert page.export_units()
    assert out.read_text(encoding="utf-8-sig").splitlines()[:3] == [
        "kode,nama,induk,jenis,layanan_publik", "BKD,Badan Kepegawaian Daerah,,badan,tidak",
        "BKD-MUT,Bidang Mutasi,BKD,badan,tidak"]


def _write(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    return path
