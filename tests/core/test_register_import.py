import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from db import register as sql
from wfh_desktop import register
from wfh_desktop.i18n import set_language
from wfh_desktop.staff import STAFF_FILE

from .conftest import TODAY, write_csv

HEADER = ["nip", "nik", "nama", "jenis_pegawai", "jabatan", "tingkat", "eselon", "golongan",
          "unit", "tanggal_lahir", "jenis_kelamin", "hamil", "komorbid", "layanan_publik",
          "guru", "telepon", "email"]

GOOD = [
    ["197001011998032004", "", "Dr. Hj. Siti Rahmah, S.E., M.Si.", "PNS", "Kepala Badan",
     "jpt", "II.a", "IV/c", "BKD", "", "P", "tidak", "tidak", "tidak", "tidak",
     "+62 812-3456-7890", "siti@bkd.go.id"],
    ["19860926 201505 1 001", "", "H. Muhammad Ridwan, S.Sos.", "PNS", "Analis Kepegawaian",
     "fungsional", "", "III/b", "BKD-MUT", "1986-09-26", "L", "", "ya", "", "", "0812 555 1234",
     ""],
    ["", "6371054109900001", "Nurul Hidayah", "PHL", "=HYPERLINK(\"x\")", "", "", "",
     "BKD-SEK", "", "", "ya", "", "", "", "", ""],
]


def staff_count(db):
    return sql.count_staff(db)


def test_import_all_good_rows(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD[:2])
    report = register.import_staff(with_units, path, today=TODAY)
    assert (report.inserted, report.updated, report.unchanged) == (2, 0, 0)
    rows = {r["name"]: r for r in sql.list_staff(with_units)}
    assert rows["H. Muhammad Ridwan, S.Sos."]["nip"] == "198609262015051001"
    assert rows["Dr. Hj. Siti Rahmah, S.E., M.Si."]["unit_code"] == "BKD"


def test_any_bad_row_means_nothing_written_and_every_bad_row_listed(with_units, tmp_path):
    set_language("en")
    try:
        bad1 = list(GOOD[0])
        bad1[0] = "19700101199803200"  # 17 digits
        bad2 = list(GOOD[1])
        bad2[8] = "NOPE"
        path = write_csv(tmp_path / "s.csv", HEADER, [GOOD[2], bad1, bad2])
        with pytest.raises(register.ImportRejected) as exc:
            register.import_staff(with_units, path, today=TODAY)
        lines = [str(e) for e in exc.value.report.errors]
        assert "s.csv: row 3, column nip: must be 18 digits, found 17" in lines
        assert "s.csv: row 4, column unit: unknown unit code NOPE" in lines
        assert staff_count(with_units) == 0
    finally:
        set_language("id")


def test_skip_invalid_writes_good_rows_and_saves_rejects(with_units, tmp_path):
    bad = list(GOOD[1])
    bad[10] = "P"  # contradicts the NIP
    path = write_csv(tmp_path / "s.csv", HEADER, [GOOD[0], bad])
    rejects = tmp_path / "rejects.csv"
    report = register.import_staff(with_units, path, skip_invalid=True, rejects=rejects,
                                   today=TODAY)
    assert report.inserted == 1 and staff_count(with_units) == 1
    with open(rejects, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1
    assert rows[0]["nama"] == "H. Muhammad Ridwan, S.Sos."
    assert "jenis_kelamin" in rows[0]["alasan"]


def test_reimport_updates_never_duplicates(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD)
    register.import_staff(with_units, path, today=TODAY)
    changed = [list(r) for r in GOOD]
    changed[0][4] = "Kepala Badan Kepegawaian Daerah"
    path2 = write_csv(tmp_path / "s2.csv", HEADER, changed)
    report = register.import_staff(with_units, path2, today=TODAY)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 2)
    assert staff_count(with_units) == 3
    positions = {r["name"]: r["position"] for r in sql.list_staff(with_units)}
    assert positions["Dr. Hj. Siti Rahmah, S.E., M.Si."] == "Kepala Badan Kepegawaian Daerah"


def test_duplicate_nip_inside_one_file_is_rejected(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, [GOOD[0], GOOD[0]])
    with pytest.raises(register.ImportRejected) as exc:
        register.import_staff(with_units, path, today=TODAY)
    assert [e.row for e in exc.value.report.errors] == [3]


def test_english_headers_semicolons_and_cp1252(with_units, tmp_path):
    header = ["NIP", "Name", "Type", "Unit", "Position", "Sex"]
    rows = [["19860926 201505 1 001", "Ir. Bambang Supriadi, M.T.", "PNS", "BKD",
             "Perencana Ahli Muda – Bidang", "L"]]
    path = write_csv(tmp_path / "s.csv", header, rows, encoding="cp1252", delimiter=";")
    register.import_staff(with_units, path, today=TODAY)
    (row,) = sql.list_staff(with_units)
    assert row["position"] == "Perencana Ahli Muda – Bidang"
    assert row["name"] == "Ir. Bambang Supriadi, M.T."


def test_utf8_bom_is_accepted(with_units, tmp_path):
    path = tmp_path / "s.csv"
    write_csv(path, HEADER, GOOD[:1])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert register.import_staff(with_units, path, today=TODAY).inserted == 1


def test_xlsx_import_with_nip_as_text_and_dates(with_units, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    row = list(GOOD[1])
    row[9] = dt.datetime(1986, 9, 26)
    ws.append(row)
    path = tmp_path / "s.xlsx"
    wb.save(path)
    assert register.import_staff(with_units, path, today=TODAY).inserted == 1


def test_xlsx_nip_stored_as_number_is_explained(with_units, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    row = list(GOOD[0])
    row[0] = 197001011998032004  # Excel keeps only 15 significant digits
    ws.append(row)
    path = tmp_path / "s.xlsx"
    wb.save(path)
    with pytest.raises(register.ImportRejected) as exc:
        register.import_staff(with_units, path, today=TODAY)
    assert "spreadsheet" in str(exc.value.report.errors[0])


def test_export_neutralises_formulas_and_round_trips(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD)
    register.import_staff(with_units, path, today=TODAY)
    out1 = tmp_path / "out1.csv"
    assert register.export_staff(with_units, out1) == 3
    text = out1.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+62 812-3456-7890" in text
    for line in text.splitlines()[1:]:
        for cell in next(csv.reader([line])):
            assert not cell.startswith(("=", "+", "-", "@"))

    from wfh_desktop.database import open_database

    units_out = tmp_path / "units.csv"
    register.export_units(with_units, units_out)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    register.import_units(fresh, units_out)
    register.import_staff(fresh, out1, today=TODAY)
    out2 = tmp_path / "out2.csv"
    register.export_staff(fresh, out2)
    assert out1.read_bytes() == out2.read_bytes()
    rows = {r["name"]: r for r in sql.list_staff(fresh)}
    assert rows["Nurul Hidayah"]["position"] == '=HYPERLINK("x")'


def test_xlsx_export_round_trip_keeps_nip_as_text(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD)
    register.import_staff(with_units, path, today=TODAY)
    x1 = tmp_path / "s1.xlsx"
    register.export_staff(with_units, x1)
    ws = load_workbook(x1).active
    assert [c.value for c in ws[1]] == [c.name for c in STAFF_FILE]
    nips = [ws.cell(row=r, column=1) for r in range(2, 5) if ws.cell(row=r, column=1).value]
    assert all(c.data_type == "s" for c in nips)
    assert "197001011998032004" in [c.value for c in nips]
    assert ws.freeze_panes == "A2"
    formula_cells = [c for row in ws.iter_rows(min_row=2) for c in row
                     if isinstance(c.value, str) and c.value.startswith("=")]
    assert formula_cells and all(c.data_type == "s" and c.quotePrefix for c in formula_cells)

    from wfh_desktop.database import open_database

    fresh = open_database(tmp_path / "fresh.sqlite3")
    u = tmp_path / "u.xlsx"
    register.export_units(with_units, u)
    register.import_units(fresh, u)
    register.import_staff(fresh, x1, today=TODAY)
    c1, c2 = tmp_path / "c1.csv", tmp_path / "c2.csv"
    register.export_staff(with_units, c1)
    register.export_staff(fresh, c2)
    assert c1.read_bytes() == c2.read_bytes()


def test_missing_required_column_is_a_file_error(with_units, tmp_path):
    from wfh_desktop.tabular import FileError

    path = write_csv(tmp_path / "s.csv", ["nip", "nama"], [["198609262015051001", "A"]])
    with pytest.raises(FileError) as exc:
        register.import_staff(with_units, path)
    assert "jenis_pegawai" in str(exc.value)


def test_units_import_tree_and_errors(database, tmp_path):
    path = write_csv(tmp_path / "u.csv", ["code", "name", "parent", "type", "public_service"], [
        ["DINKES", "Dinas Kesehatan", "", "dinas", "ya"],
        ["PKM-1", "Puskesmas Teluk Dalam", "DINKES", "puskesmas", "ya"],
    ])
    register.import_units(database, path)
    tree = [(u["code"], depth) for u, depth in register.unit_tree(database)]
    assert tree == [("DINKES", 0), ("PKM-1", 1)]

    bad = write_csv(tmp_path / "bad.csv", ["kode", "nama", "induk", "jenis"], [
        ["A", "Satu", "B", "dinas"],
        ["B", "Dua", "A", "dinas"],
        ["C", "Tiga", "ZZZ", "kantor"],
    ])
    with pytest.raises(register.ImportRejected) as exc:
        register.import_units(database, bad)
    rows = sorted({e.row for e in exc.value.report.errors})
    assert rows == [2, 3, 4]
    assert len(register.list_units(database)) == 2


def test_staff_list_filters_and_sorts(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD)
    register.import_staff(with_units, path, today=TODAY)
    lst = register.StaffList.load(with_units, today=TODAY)
    assert [r["name"] for r in lst.query("ridwan")] == ["H. Muhammad Ridwan, S.Sos."]
    assert [r["name"] for r in lst.query("19860926 201505")] == ["H. Muhammad Ridwan, S.Sos."]
    assert len(lst.query("bkd")) == 3
    assert len(lst.query("", unit_code="BKD-SEK")) == 1
    ages = [r["age"] for r in lst.query("", sort="age")]
    assert ages == sorted(ages)
    names = [r["name"] for r in lst.query("", sort="name", descending=True)]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_deactivate_hides_from_default_list(with_units, tmp_path):
    path = write_csv(tmp_path / "s.csv", HEADER, GOOD)
    register.import_staff(with_units, path, today=TODAY)
    sid = next(r["id"] for r in sql.list_staff(with_units) if r["name"] == "Nurul Hidayah")
    register.set_staff_active(with_units, sid, False)
    lst = register.StaffList.load(with_units)
    assert len(lst.query("")) == 2
    assert len(lst.query("", include_inactive=True)) == 3


def test_add_and_update_staff_check_unique_nip(with_units):
    from wfh_desktop.staff import InvalidRecord

    raw = {"nip": "198609262015051001", "nama": "Budi", "jenis_pegawai": "PNS", "unit": "BKD"}
    sid = register.add_staff(with_units, raw)
    with pytest.raises(InvalidRecord) as exc:
        register.add_staff(with_units, dict(raw, nama="Andi"))
    assert exc.value.errors[0].column == "nip"
    register.update_staff(with_units, sid, dict(raw, jabatan="Pengadministrasi Umum"))
    assert register.get_staff(with_units, sid)["position"] == "Pengadministrasi Umum"
