import datetime as dt

from PySide6.QtCore import Qt

from ui.staff_model import (
    COL_ACTIVE,
    COL_AGE,
    COL_LEVEL,
    COL_NAME,
    COL_NIP,
    COL_UNIT,
    INACTIVE_COLOR,
    StaffModel,
)
from wfh_desktop import register

TODAY = dt.date(2020, 3, 23)


def staff_rows(db, **query):
    return register.StaffList.load(db, today=TODAY).query(include_inactive=True, **query)


def find(model, name):
    for row in range(model.rowCount()):
        if model.index(row, COL_NAME).data() == name:
            return row
    raise AssertionError(name)


def test_model_passes_qtmodeltester(qtmodeltester, with_staff):
    model = StaffModel()
    model.set_rows(staff_rows(with_staff))
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester):
    model = StaffModel()
    qtmodeltester.check(model, force_py=True)


def test_cells_show_formatted_nip_plain_nik_age_and_unit(with_staff, tmp_path):
    nik_csv = tmp_path / "nik.csv"
    nik_csv.write_text("nip,nik,nama,jenis_pegawai,unit\n,6371054509900003,Rina Wati,PTT,RSUD\n",
                       encoding="utf-8")
    register.import_staff(with_staff, nik_csv)
    model = StaffModel()
    model.set_rows(staff_rows(with_staff))
    budi = find(model, "Budi Santoso, S.Kom.")
    assert model.index(budi, COL_NIP).data() == "19860926 201505 1 001"
    assert model.index(budi, COL_AGE).data() == "33"  # born 1986-09-26, on 2020-03-23
    assert model.index(budi, COL_UNIT).data() == "BKD-SEK"
    assert model.index(budi, COL_LEVEL).data() == "Pelaksana"
    assert model.index(budi, COL_AGE).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    rina = find(model, "Rina Wati")
    assert model.index(rina, COL_NIP).data() == "6371054509900003"
    siti = find(model, "Siti Aminah, S.H., M.H.")
    assert model.index(siti, COL_LEVEL).data() == "JPT"


def test_inactive_rows_are_grey_italic_and_marked(with_staff):
    rows = staff_rows(with_staff)
    budi = next(r for r in rows if r["name"].startswith("Budi"))
    register.set_staff_active(with_staff, budi["id"], False)
    model = StaffModel()
    model.set_rows(staff_rows(with_staff))
    row = find(model, budi["name"])
    assert model.index(row, COL_ACTIVE).data() == "Inactive"
    assert model.index(row, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) == INACTIVE_COLOR
    assert model.index(row, COL_NAME).data(Qt.ItemDataRole.FontRole).italic()
    other = find(model, "Ahmad Yani")
    assert model.index(other, COL_ACTIVE).data() == "Active"
    assert model.index(other, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_tooltip_summarises_the_record_and_escapes_markup(with_units, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("nip,nama,jenis_pegawai,jabatan,golongan,unit,hamil,jenis_kelamin,email\n"
                    "199004152014032001,<b>Ani</b> & Co,PNS,Analis,III/a,RSUD,ya,P,ani@x.go.id\n",
                    encoding="utf-8")
    register.import_staff(with_units, path)
    model = StaffModel()
    model.set_rows(staff_rows(with_units))
    summary = model.summary(model.rows()[0])
    assert "<b>Ani</b> & Co" in summary
    assert "NIP: 19900415 201403 2 001" in summary
    assert "Golongan: III/a" in summary
    assert "Unit: RSUD - RSUD Ulin" in summary
    assert "pregnant" in summary and "ani@x.go.id" in summary
    tip = model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Ani&lt;/b&gt; &amp; Co" in tip
    assert "<b>Ani" not in tip


def test_row_id_and_row_of_id(with_staff):
    rows = staff_rows(with_staff, sort="name")
    model = StaffModel()
    model.set_rows(rows)
    assert [model.row_id(i) for i in range(model.rowCount())] == [r["id"] for r in rows]
    assert model.row_of_id(rows[2]["id"]) == 2
    assert model.row_of_id("nobody") == -1
    assert model.index(1, COL_NAME).data(Qt.ItemDataRole.UserRole) == rows[1]["id"]


def test_set_rows_resets_and_keeps_the_core_list(qtbot, with_staff):
    model = StaffModel()
    rows = staff_rows(with_staff)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(rows)
    assert model.rowCount() == 5
    assert model.rows() is rows  # no copy, no per-row objects
    model.set_rows(rows[:2])
    assert model.rowCount() == 2


def test_headers_are_translated_strings(with_staff):
    model = StaffModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[COL_NAME] == "Name" and headers[COL_NIP] == "NIP / NIK"
    assert all(headers)
