"""Hostile input: one test per bug the fuzzing (test_fuzz_importers.py) found, with the
smallest input that showed it, and the hardening around it (sizes, formulas on export)."""
import csv
import datetime as dt
import io
import sqlite3
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from wfh_desktop import attendance as att
from wfh_desktop import policy as pol
from wfh_desktop import register
from wfh_desktop import reports as rep
from wfh_desktop import staff, tabular
from wfh_desktop.i18n import set_language
from wfh_desktop.mail import read_eml
from wfh_desktop.tabular import FileError
from wfh_desktop.whatsapp import parse_chat

from .hostile import dump, time_limit
from .scenario import Org, policy

GUARD = 30  # seconds: a hang guard far above the milliseconds these calls take now
LONG = 300_000  # a long line: the old regular expressions took minutes on it
LONG_CELL = 130_000  # a long CSV cell (the csv module refuses more than 131,072 characters)


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


def xlsx_bytes(rows, edit=None) -> bytes:
    """An XLSX of *rows*; *edit(name, data)* may change the bytes of each zip member."""
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    if edit is None:
        return buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, edit(name, src.read(name)))
    return out.getvalue()


# --- files that are not what they claim to be ---------------------------------------------

def test_a_csv_with_a_utf8_mark_and_bytes_that_are_not_utf8_is_rejected(database, tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes(b"\xef\xbb\xbf\x00\x80")  # was: UnicodeDecodeError
    before = dump(database)
    with pytest.raises(FileError, match="byte 5 is not UTF-8"):
        register.import_units(database, path)
    assert dump(database) == before


@pytest.mark.parametrize("data, encoding", [(b"\xef\xbb\xbf\x80", "UTF-8"),
                                            (b"\xff\xfea", "UTF-16")])
def test_a_chat_with_a_byte_order_mark_it_does_not_keep_is_rejected(database, tmp_path, data,
                                                                    encoding):
    path = tmp_path / "chat.txt"
    path.write_bytes(data)  # was: UnicodeDecodeError
    with pytest.raises(FileError, match=f"marked as {encoding} text but is not valid"):
        rep.import_reports(database, path)


def test_a_damaged_xlsx_is_a_file_error(database, tmp_path):
    path = tmp_path / "units.xlsx"
    path.write_bytes(xlsx_bytes([["kode", "nama"], ["A", "Unit A"]], lambda name, data: b""
                                if name == "xl/worksheets/sheet1.xml" else data))
    before = dump(database)
    with pytest.raises(FileError, match="cannot read the file"):  # was: ParseError
        register.import_units(database, path)
    assert dump(database) == before


def test_an_xlsx_with_a_false_dimension_and_a_far_cell_is_read_quickly(tmp_path):
    """``A1:XFD1048576`` and a cell in the last row made a million rows of 16,384 cells."""
    def edit(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        data = data.replace(b'<dimension ref="A1:B2" />', b'<dimension ref="A1:XFD1048576"/>')
        return data.replace(b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr">'
                            b"<is><t>FAR</t></is></c></row></sheetData>")

    path = tmp_path / "units.xlsx"
    path.write_bytes(xlsx_bytes([["kode", "nama"], ["A", "Unit A"]], edit))
    assert b"XFD1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    with time_limit(GUARD):
        table = tabular.read_table(path, staff.UNIT_FILE)
    assert table.rows == [(2, {"kode": "A", "nama": "Unit A"}),
                          (1048576, {"kode": "FAR", "nama": None})]


def test_an_xlsx_that_unpacks_to_too_much_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_UNPACKED", 1000)
    path = tmp_path / "units.xlsx"
    path.write_bytes(xlsx_bytes([["kode", "nama"]] + [["A", "x" * 50]] * 100))
    with pytest.raises(FileError, match="unpacks to 0 MB, more than the 0 MB"):
        tabular.read_table(path, staff.UNIT_FILE)


def chat_zip(path, text: bytes, compress_type=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("_chat.txt"), text, compress_type=compress_type)
    return path


def test_a_chat_archive_that_unpacks_to_too_much_is_refused(database, tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_UNPACKED", 100)
    path = chat_zip(tmp_path / "chat.zip", b"23/03/20 08.15 - Ani: laporan\n" * 10)
    with pytest.raises(FileError, match="unpacks to"):
        rep.import_reports(database, path)


def test_a_chat_archive_with_an_unknown_compression_is_a_file_error(database, tmp_path):
    path = chat_zip(tmp_path / "chat.zip", b"23/03/20 08.15 - Ani: laporan\n",
                    zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):  # compression method: 99
        i = data.index(sig)
        data[i + at:i + at + 2] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(FileError, match="cannot read the file"):  # was: NotImplementedError
        rep.import_reports(database, path)


# --- dates at the ends of the calendar -------------------------------------------------------

def test_a_chat_dated_in_year_one_that_names_a_date_imports(database, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("0001-01-15 08:00 - Ani: laporan 1 jan\n", encoding="utf-8")
    result = rep.import_reports(database, path)  # was: OverflowError: date value out of range
    assert result.messages == 1 and result.pending == 1


@pytest.mark.parametrize("date", ["1 Jan 99999999999 00:00:00 +0000",  # was: OverflowError
                                  "Fri, 31 Dec 9999 23:00:00 -1200"])  # beyond year 9999 in WITA
def test_a_mail_date_beyond_the_calendar_is_not_a_date(database, tmp_path, date):
    path = tmp_path / "m.eml"
    path.write_bytes(f"From: a@b.id\nDate: {date}\nSubject: x\n\nlaporan\n".encode())
    before = dump(database)
    with pytest.raises(FileError, match="the Date header is not a date"):
        rep.import_reports(database, path)
    assert dump(database) == before


def test_a_from_header_the_email_package_cannot_parse_is_a_clear_error(tmp_path):
    path = tmp_path / "m.eml"
    path.write_bytes(b"From: " + b"( " * 2000 + b"a@b.id\nDate: Mon, 23 Mar 2020 08:00 +0800"
                     b"\n\nlaporan\n")
    with pytest.raises(Exception) as caught:  # was: RecursionError
        read_eml(path)
    assert type(caught.value).__name__ == "MailFormatError"
    assert "the message cannot be read" in str(caught.value)


@pytest.mark.parametrize("sender", ['"' * LONG, "x " * (LONG // 2)], ids=["quotes", "words"])
def test_a_long_from_header_is_read_without_a_hang(tmp_path, sender):
    """The email package parses a header in time quadratic in its length."""
    path = tmp_path / "m.eml"
    path.write_bytes(f"From: {sender}\nDate: Mon, 23 Mar 2020 08:00 +0800\n\nx\n".encode())
    with time_limit(GUARD), pytest.raises(Exception) as caught:
        read_eml(path)
    assert type(caught.value).__name__ == "MailFormatError"


def test_a_policy_with_a_number_too_long_for_python_is_not_valid_toml(database, tmp_path):
    path = tmp_path / "se.toml"
    path.write_text("number = " + "9" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(pol.PolicyError, match="not valid TOML"):  # was: ValueError
        pol.import_policy(database, path)


SE = """
number = "800/1/BKD"
title = "Sistem kerja"
valid_from = 2020-03-23
valid_to = 2020-03-27
"""


def test_attendance_dated_at_both_ends_of_the_calendar_stays_within_sqlite_limits(database,
                                                                                 tmp_path):
    """Locks were looked up with one SQL parameter per month between the first and the last
    date of the file: 120,000 months, where SQLite usually allows 32,766 parameters."""
    Org(database).unit("BKD").person("Ani", "BKD").build()
    policy(database, SE)
    nip = database.execute("SELECT nip FROM staff").fetchone()[0]
    database.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    path = tmp_path / "attendance.csv"
    path.write_text(f"date,nip,status\n0001-01-01,{nip},H\n9999-12-31,{nip},H\n",
                    encoding="utf-8")
    before = dump(database)
    with pytest.raises(register.ImportRejected) as caught:  # was: OperationalError
        att.import_attendance(database, path)
    assert {e.message for e in caught.value.report.errors} == {
        "no surat edaran covers 0001-01-01", "no surat edaran covers 9999-12-31"}
    assert dump(database) == before


# --- long lines: regular expressions that backtracked for minutes -----------------------------

@pytest.mark.parametrize("line", [
    "1. hasil" + " " * LONG + "x",  # "hasil: ..." (output) search
    "1. x" + " ," * LONG + "y hasil",
    "1. hasil: a" + " " * LONG + "x",
    "1. a" + " " * LONG + "b",  # trailing separators
], ids=["output", "output-separators", "output-value", "trailing"])
def test_a_long_activity_line_is_read_without_a_hang(line):
    with time_limit(GUARD):
        item = rep.parse_item(line)
    assert item.description


@pytest.mark.parametrize("body", [
    "a" + " " * LONG + "b)",  # "name (file attached)"
    "a" + " " * LONG + "b",  # "<this message was edited>" at the end
    "<attached:" + " " * LONG,  # "<attached: name>"
    "<attached: " * (LONG // 11),
], ids=["file-attached", "edited", "attached", "attached-repeated"])
def test_a_long_chat_message_is_read_without_a_hang(body):
    with time_limit(GUARD):
        [message] = parse_chat(f"23/03/20 08.15 - Ani: {body}").messages
    assert message.text == body.strip()


def test_the_markers_still_read_after_the_rewrite():
    chat = parse_chat("\n".join([
        "23/03/20 08.15 - Ani: laporan.pdf (File Attached)",
        "23/03/20 08.16 - Ani: selesai   <Pesan ini diedit>  ",
        "23/03/20 08.17 - Ani: <attached:  foto 1.jpg >",
    ]))
    assert [(m.text, m.attachments) for m in chat.messages] == [
        ("", ["laporan.pdf"]), ("selesai", []), ("", ["foto 1.jpg"])]
    item = rep.parse_item("2. Menyusun konsep surat ; hasil: konsep SK")
    assert (item.description, item.output) == ("Menyusun konsep surat", "konsep SK")
    item = rep.parse_item("3. Rapat koordinasi :: - ")  # separators at the end go
    assert item.description == "Rapat koordinasi"


def test_a_policy_with_a_long_line_in_a_multi_line_string_imports(database, tmp_path):
    path = tmp_path / "se.toml"
    path.write_text(SE.replace('title = "Sistem kerja"', 'title = """Sistem kerja\n['
                               + " " * LONG + 'x\n"""'), encoding="utf-8")
    with time_limit(GUARD):  # the table-header pattern backtracked cubically
        result = pol.import_policy(database, path)
    assert result.status == "new"


@pytest.mark.parametrize("column, value", [
    ("email", "a@" + "." * LONG_CELL + "@"),
    ("eselon", "I" + " " * LONG_CELL + "x"),
    ("golongan", "I" + " " * LONG_CELL + "x"),
], ids=["email", "eselon", "golongan"])
def test_a_long_staff_cell_is_rejected_without_a_hang(database, tmp_path, column, value):
    Org(database).unit("BKD").build()
    row = {"nip": "19900101 201503 2 001", "nama": "Dewi", "jenis_pegawai": "PNS",
           "unit": "BKD", column: value}
    path = tmp_path / "staff.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([list(row), list(row.values())])
    with time_limit(GUARD), pytest.raises(register.ImportRejected) as caught:
        register.import_staff(database, path, today=dt.date(2020, 3, 23))
    assert [e.column for e in caught.value.report.errors] == [column]


# --- exports ---------------------------------------------------------------------------------

def test_an_imported_control_character_does_not_break_the_xlsx_export(database, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("kode,nama\nA,Unit\x01A\x0b\n", encoding="utf-8")
    register.import_units(database, path)
    register.export_units(database, tmp_path / "out.xlsx")  # was: IllegalCharacterError
    ws = load_workbook(tmp_path / "out.xlsx").active
    assert ws["B2"].value == "UnitA"
