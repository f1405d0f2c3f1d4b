"""Attendance: codes, keying with the roster's expectation prefilled, import all or nothing,
late/early bands, locks and corrections that never overwrite."""
import datetime as dt
import sqlite3

import pytest

from db import attendance as att_sql
from db import roster as roster_sql
from wfh_desktop import attendance as att
from wfh_desktop import policy as pol
from wfh_desktop import register, scheduler
from wfh_desktop.i18n import set_language
from wfh_desktop.staff import InvalidRecord

from .conftest import write_csv
from .scenario import Org, policy

POLICY = """
number = "800/123/BKD"
title = "Sistem kerja bergiliran"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-30
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.5
rotation = "daily"
home_if_age_at_least = 50
"""

MON, TUE, WED, THU, FRI = (dt.date(2020, 3, 23), dt.date(2020, 3, 24), dt.date(2020, 3, 25),
                           dt.date(2020, 3, 26), dt.date(2020, 3, 27))
HEADER = ["date", "nip", "nik", "status", "time_in", "time_out", "source", "note"]


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


@pytest.fixture
def office(database):
    org = Org(database).unit("DINAS").unit("DINAS-A", parent="DINAS", type="other") \
        .unit("DINAS-B", parent="DINAS", type="other")
    org.person("Kepala", "DINAS", "jpt", "II.a", age=45)
    for name, age in (("Ani", 30), ("Budi", 31), ("Citra", 55), ("Dodi", 40), ("Eka", 33)):
        org.person(name, "DINAS-A", age=age)
    org.person("Fajar", "DINAS-B", age=35)
    org.person("Gita", "DINAS-B", age=36)
    org.build()
    p = policy(database, POLICY)
    pol.add_absence(database, sid(database, "Dodi"), "CT", TUE, THU)
    scheduler.generate(database, p)
    return database


def staff_by_name(db):
    return {s["name"]: s for s in register.StaffList.load(db).rows}


def sid(db, name):
    return staff_by_name(db)[name]["id"]


def nip(db, name):
    return staff_by_name(db)[name]["nip"]


def current(db, name, day):
    return att_sql.current_entries(db, day.isoformat(), day.isoformat()).get(
        (sid(db, name), day.isoformat()))


def count_rows(db):
    return att_sql.count_entries(db)


# --- codes --------------------------------------------------------------------------------

def test_shipped_codes_and_bands(database):
    codes = {c.code: c for c in att.list_codes(database)}
    for code in ("H", "WFH", "S", "I", "C", "CT", "CS", "CB", "DL", "DD", "TB", "TK"):
        assert codes[code].category == "status"
    assert codes["H"].present and codes["H"].onsite
    assert codes["WFH"].present and not codes["WFH"].onsite
    assert not codes["TK"].present and not codes["S"].present
    assert {codes["LN"].category, codes["LJ"].category} == {"off"}
    bands = {c: (codes[c].band_from, codes[c].band_to) for c in codes
             if codes[c].category in ("late", "early")}
    assert bands == {"TL1": (1, 30), "TL2": (31, 60), "TL3": (61, 90), "TL4": (91, None),
                     "PSW1": (1, 30), "PSW2": (31, 60), "PSW3": (61, 90), "PSW4": (91, None)}


def test_codes_are_editable_data(office):
    db = office
    with pytest.raises(att.InvalidRecord):
        att.key_entry(db, sid(db, "Ani"), MON, "A")
    att.save_code(db, "a", "Alpa (tanpa keterangan)")
    att.key_entry(db, sid(db, "Ani"), MON, "a")
    assert current(db, "Ani", MON)["status"] == "A"
    # a new band may not overlap an existing one; a malformed code is refused
    with pytest.raises(InvalidRecord) as exc:
        att.save_code(db, "TL5", "Terlambat", category="late", band_from=80, band_to=120)
    assert [e.column for e in exc.value.errors] == ["band_from"]
    with pytest.raises(InvalidRecord) as exc:
        att.save_code(db, "1X", "")
    assert {e.column for e in exc.value.errors} == {"code", "meaning"}
    # the category of a code in use does not change; a code can be retired
    with pytest.raises(InvalidRecord):
        att.save_code(db, "A", "Alpa", category="off")
    att.set_code_active(db, "A", False)
    with pytest.raises(InvalidRecord) as exc:
        att.key_entry(db, sid(db, "Budi"), MON, "A")
    assert exc.value.errors[0].column == "status"
    assert "unknown attendance code A" in exc.value.errors[0].message
    # what counts as present is the user's to decide
    att.save_code(db, "DL", "Dinas luar", present=False)
    assert not {c.code: c for c in att.list_codes(db)}["DL"].present


# --- prefill and keying a day -------------------------------------------------------------

def test_day_sheet_prefills_the_roster_expectation(office):
    db = office
    roster = {r["name"]: r for r in roster_sql.roster_report(db, TUE.isoformat(),
                                                            TUE.isoformat())}
    sheet = att.day_sheet(db, "DINAS-A", TUE)
    assert sheet.policy == "800/123/BKD" and sheet.workday and not sheet.locked
    assert [r.name for r in sheet.rows] == ["Ani", "Budi", "Citra", "Dodi", "Eka"]
    expect = {"WFO": "H", "WFH": "WFH"}
    for row in sheet.rows:
        r = roster[row.name]
        want = expect.get(r["mode"]) or r["rule"].split(":")[1]
        assert row.expected == want and row.status == want and not row.keyed
    assert {r.name: r.expected for r in sheet.rows}["Dodi"] == "CT"
    assert {r.name: r.expected for r in sheet.rows}["Citra"] == "WFH"

    # only the exception is typed; everyone else gets the expectation
    result = att.save_day_sheet(db, "DINAS-A", TUE, {sid(db, "Ani"): "S"}, by="Operator")
    assert (result.inserted, result.changed) == (5, 0)
    for row in att.day_sheet(db, "DINAS-A", TUE).rows:
        assert row.keyed and row.entry["keyed_by"] == "Operator"
        assert row.status == ("S" if row.name == "Ani" else row.expected)
    again = att.save_day_sheet(db, "DINAS-A", TUE, by="Operator")
    assert (again.inserted, again.changed, again.unchanged) == (0, 0, 0)
    # a change with times keeps the rest of the row
    att.save_day_sheet(db, "DINAS-A", TUE, {sid(db, "Budi"): {"time_in": "07:50"}})
    budi = current(db, "Budi", TUE)
    assert budi["time_in"] == "07:50" and budi["late_code"] == "TL1"
    assert budi["status"] == {r.name: r.expected for r in sheet.rows}["Budi"]

    with pytest.raises(att.InvalidEntries) as exc:
        att.save_day_sheet(db, "DINAS-A", TUE, {sid(db, "Eka"): "XX"})
    assert exc.value.errors[0][1].column == "status"


def test_day_without_roster_prefills_nothing(office):
    sheet = att.day_sheet(office, "DINAS-B", dt.date(2020, 5, 4))  # after the policy
    assert sheet.policy is None and not sheet.workday
    assert all(r.expected is None for r in sheet.rows)
    weekend = att.day_sheet(office, "DINAS-B", dt.date(2020, 3, 28))
    assert weekend.off_code == "LJ" and att.day_sheet(office, "DINAS-B", WED).off_code == "LN"


def test_key_entry_refuses_bad_values_naming_the_field(office):
    db = office
    ani = sid(db, "Ani")

    def columns(**kw):
        args = dict(staff_id=ani, date=MON, status="H")
        args.update(kw)
        with pytest.raises(InvalidRecord) as exc:
            att.key_entry(db, **args)
        return {e.column: e.message for e in exc.value.errors}

    assert "unknown attendance code ZZ" in columns(status="ZZ")["status"]
    assert "not a time 7:75" in columns(time_in="7:75")["time_in"]
    assert columns(time_in="09:00", time_out="08:00")["time_out"] == \
        "the time out 08:00 is before the time in 09:00"
    assert columns(date=dt.date(2020, 3, 20))["date"] == "no surat edaran covers 2020-03-20"
    assert "not a working day" in columns(date=WED)["date"]  # Nyepi
    assert "not a working day" in columns(date=dt.date(2020, 3, 28))["date"]  # Saturday
    assert "unknown source" in columns(source="fax")["source"]
    assert columns(staff_id="nope")["staff"] == "staff member not found"
    assert count_rows(db) == 0


@pytest.mark.parametrize("time_in,late,band", [
    ("07:30", 0, ""), ("07:31", 1, "TL1"), ("08:00", 30, "TL1"), ("08:01", 31, "TL2"),
    ("08:30", 60, "TL2"), ("08:31", 61, "TL3"), ("09:00", 90, "TL3"), ("09:01", 91, "TL4"),
    ("07:00", 0, ""),
])
def test_late_bands_at_their_edges(office, time_in, late, band):
    att.key_entry(office, sid(office, "Ani"), MON, "H", time_in=time_in)
    e = current(office, "Ani", MON)
    assert (e["late_minutes"], e["late_code"]) == (late, band)


@pytest.mark.parametrize("day,time_out,early,band", [
    (MON, "16:00", 0, ""), (MON, "15:30", 30, "PSW1"), (MON, "15:29", 31, "PSW2"),
    (MON, "14:29", 91, "PSW4"),
    (FRI, "16:30", 0, ""), (FRI, "16:00", 30, "PSW1"), (FRI, "15:59", 31, "PSW2"),
])
def test_early_bands_use_the_hours_of_the_weekday(office, day, time_out, early, band):
    att.key_entry(office, sid(office, "Ani"), day, "H", time_in="07:30", time_out=time_out)
    e = current(office, "Ani", day)
    assert (e["early_minutes"], e["early_code"]) == (early, band)


def test_worked_minutes_leave_out_the_break_and_hours_are_settings(office):
    db = office
    att.key_entry(db, sid(db, "Ani"), MON, "H", "07:30", "16:00")
    assert current(db, "Ani", MON)["worked_minutes"] == 8 * 60 + 30 - 60
    att.key_entry(db, sid(db, "Ani"), FRI, "H", "07:30", "16:30")
    assert current(db, "Ani", FRI)["worked_minutes"] == 9 * 60 - 90
    # a region with other hours: 08:00 start on Mondays
    hours = dict(att.DEFAULT_HOURS)
    hours["mon"] = {"start": "08:00", "end": "16:00"}
    att.set_working_hours(db, hours)
    att.key_entry(db, sid(db, "Budi"), MON, "H", "08:00", "16:00")
    assert current(db, "Budi", MON)["late_minutes"] == 0
    with pytest.raises(InvalidRecord):
        att.set_working_hours(db, {"mon": {"start": "16:00", "end": "08:00"}})
    # codes that do not count as present carry no late or early measure
    att.key_entry(db, sid(db, "Eka"), MON, "S", "10:00", "11:00")
    e = current(db, "Eka", MON)
    assert (e["late_minutes"], e["early_minutes"], e["late_code"]) == (0, 0, "")


def test_key_entries_in_bulk_all_or_nothing(office):
    db = office
    good = [{"staff_id": sid(db, n), "date": MON, "status": "H"} for n in ("Ani", "Budi")]
    bad = good + [{"staff_id": sid(db, "Eka"), "date": MON, "status": "??"},
                  {"staff_id": sid(db, "Ani"), "date": MON, "status": "S"}]
    with pytest.raises(att.InvalidEntries) as exc:
        att.key_entries(db, bad)
    assert [(n, e.column) for n, e in exc.value.errors] == [(3, "status"), (4, "date")]
    assert count_rows(db) == 0
    result = att.key_entries(db, good, by="Operator", source="whatsapp")
    assert (result.inserted, result.changed) == (2, 0)
    assert current(db, "Ani", MON)["source"] == "whatsapp"


# --- import ---------------------------------------------------------------------------------

def test_import_lists_every_bad_row_and_writes_nothing(office, tmp_path):
    db = office
    a, b, c = nip(db, "Ani"), nip(db, "Budi"), nip(db, "Eka")
    path = write_csv(tmp_path / "hadir.csv", HEADER, [
        ["2020-03-23", a, "", "H", "07:30", "16:00", "kertas", ""],
        ["2020-03-23", "199001012015031999", "", "H", "", "", "", ""],  # unknown staff
        ["2020-03-23", b, "", "XX", "", "", "", ""],  # unknown code
        ["2020-03-23", c, "", "H", "7.95", "", "", ""],  # bad time
        ["2020-03-24", a, "", "H", "10:00", "09:00", "", ""],  # out before in
        ["2020-05-04", b, "", "H", "", "", "", ""],  # outside every policy
        ["24/03/2020", c, "", "WFH", "", "", "wa", "laporan via WA"],
    ])
    with pytest.raises(register.ImportRejected) as exc:
        att.import_attendance(db, path, by="Operator")
    where = [(e.row, e.column) for e in exc.value.report.errors]
    assert where == [(3, "nip"), (4, "status"), (5, "time_in"), (6, "time_out"), (7, "date")]
    text = [str(e) for e in exc.value.report.errors]
    assert text[0] == "hadir.csv: row 3, column nip: no staff member with NIP or NIK " \
                      "199001012015031999"
    assert text[4] == "hadir.csv: row 7, column date: no surat edaran covers 2020-05-04"
    assert "5 rows rejected; nothing was written" == str(exc.value)
    assert count_rows(db) == 0

    ok = write_csv(tmp_path / "ok.csv", HEADER, [
        ["2020-03-23", a, "", "h", "07.30", "16.00", "kertas", ""],
        ["2020-03-23", b, "", "TK", "", "", "", ""],
        ["24/03/2020", c, "", "WFH", "", "", "wa", "laporan via WA"],
    ])
    report = att.import_attendance(db, ok, by="Operator")
    assert (report.inserted, report.updated, report.unchanged) == (3, 0, 0)
    eka = current(db, "Eka", TUE)
    assert (eka["status"], eka["source"], eka["note"], eka["keyed_by"]) == \
        ("WFH", "whatsapp", "laporan via WA", "Operator")
    assert current(db, "Ani", MON)["time_in"] == "07:30"
    # the same file again changes nothing; a changed row becomes a new version
    assert att.import_attendance(db, ok).unchanged == 3
    write_csv(ok, HEADER, [["2020-03-23", b, "", "S", "", "", "", "surat dokter"]])
    report = att.import_attendance(db, ok)
    assert (report.inserted, report.updated) == (0, 1)
    versions = att.entry_history(db, sid(db, "Budi"), MON)
    assert [(v["status"], v["current"]) for v in versions] == [("TK", 0), ("S", 1)]


def test_import_by_nik_xlsx_and_duplicate_rows(office, tmp_path):
    from openpyxl import Workbook

    db = office
    wb = Workbook()
    ws = wb.active
    ws.append(["tanggal", "nip", "kode", "jam_datang", "jam_pulang"])
    ws.append([dt.datetime(2020, 3, 23), nip(db, "Ani"), "H", dt.time(8, 1), dt.time(16, 0)])
    ws.append([dt.datetime(2020, 3, 23), nip(db, "Ani"), "S", None, None])
    path = tmp_path / "hadir.xlsx"
    wb.save(path)
    with pytest.raises(register.ImportRejected) as exc:
        att.import_attendance(db, path)
    assert [(e.row, e.column) for e in exc.value.report.errors] == [(3, "tanggal")]
    assert "already has an entry on 2020-03-23 in row 2" in exc.value.report.errors[0].message
    ws.delete_rows(3)
    wb.save(path)
    att.import_attendance(db, path)
    e = current(db, "Ani", MON)
    assert (e["time_in"], e["late_minutes"], e["late_code"]) == ("08:01", 31, "TL2")


def test_export_is_the_import_format_and_round_trips(office, tmp_path):
    import csv

    db = office
    att.save_day_sheet(db, "DINAS-A", MON, {sid(db, "Ani"): {"status": "H", "time_in": "08:05",
                                                              "note": "=ban bocor"}})
    att.save_day_sheet(db, "DINAS-B", MON)
    out = tmp_path / "out.csv"
    n = att.export_attendance(db, out, MON, FRI, "DINAS-A")
    rows = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert n == len(rows) == 5 and list(rows[0]) == HEADER + ["nama", "unit"]
    ani = next(r for r in rows if r["nip"] == nip(db, "Ani"))
    assert ani["note"] == "'=ban bocor" and ani["time_in"] == "08:05"
    report = att.import_attendance(db, out)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 5)
    assert current(db, "Ani", MON)["note"] == "=ban bocor"
    assert att.export_attendance(db, tmp_path / "all.xlsx", MON, FRI) == 7


# --- locks and corrections -------------------------------------------------------------------

def test_locked_day_refuses_keying_sheet_and_import(office, tmp_path):
    db = office
    att.save_day_sheet(db, "DINAS-A", MON, by="Operator")
    result = att.lock_day(db, "DINAS", MON, by="Kepala")  # the unit with its sub-units
    assert set(result.locked) == {"DINAS", "DINAS-A", "DINAS-B"}
    assert set(result.missing) == {"Kepala", "Fajar", "Gita"}  # not keyed before the lock
    assert att.is_locked(db, "DINAS-A", MON)["by"] == "Kepala"
    assert att.is_locked(db, "DINAS-A", TUE) is None
    assert att.lock_day(db, "DINAS-A", MON).already == ["DINAS-A"]

    with pytest.raises(att.DayLocked) as exc:
        att.key_entry(db, sid(db, "Ani"), MON, "S")
    assert "2020-03-23 of unit DINAS-A is locked (by Kepala" in str(exc.value)
    with pytest.raises(att.DayLocked):
        att.save_day_sheet(db, "DINAS-B", MON)
    before = count_rows(db)
    path = write_csv(tmp_path / "h.csv", HEADER, [
        ["2020-03-24", nip(db, "Budi"), "", "H", "", "", "", ""],
        ["2020-03-23", nip(db, "Ani"), "", "S", "", "", "", ""],
    ])
    with pytest.raises(register.ImportRejected) as exc:
        att.import_attendance(db, path)
    [error] = exc.value.report.errors
    assert (error.row, error.column) == (3, "date") and "is locked" in error.message
    assert count_rows(db) == before
    # the same values again change nothing and are accepted as unchanged
    ani = current(db, "Ani", MON)
    write_csv(path, HEADER, [["2020-03-23", nip(db, "Ani"), "", ani["status"], "", "", "", ""]])
    assert att.import_attendance(db, path).unchanged == 1
    assert count_rows(db) == before
    att.key_entry(db, sid(db, "Budi"), TUE, "H")  # another day is open


def test_correction_is_a_new_entry_beside_the_original(office):
    db = office
    ani = sid(db, "Ani")
    att.key_entry(db, ani, MON, "TK", by="Operator")
    att.lock_day(db, "DINAS-A", MON, by="Kabid")
    with pytest.raises(InvalidRecord) as exc:
        att.correct_entry(db, ani, MON, "S", reason="  ", by="")
    assert {e.column for e in exc.value.errors} == {"reason", "by"}
    with pytest.raises(InvalidRecord) as exc:
        att.correct_entry(db, ani, MON, "TK", reason="sama", by="Kabid")
    assert exc.value.errors[0].message == "the correction changes nothing"

    fixed = att.correct_entry(db, ani, MON, "S", reason="surat keterangan dokter",
                              by="Kabid Umum")
    assert (fixed["kind"], fixed["reason"], fixed["keyed_by"], fixed["current"]) == \
        ("correction", "surat keterangan dokter", "Kabid Umum", 1)
    history = att.entry_history(db, ani, MON)
    assert [(v["status"], v["kind"], v["current"]) for v in history] == [
        ("TK", "key", 0), ("S", "correction", 1)]
    assert history[1]["replaces"] == history[0]["id"]
    row = next(r for r in att.day_sheet(db, "DINAS-A", MON).rows if r.staff_id == ani)
    assert row.status == "S" and row.corrected
    assert row.original["status"] == "TK" and row.original["keyed_by"] == "Operator"
    assert [c["reason"] for c in row.corrections] == ["surat keterangan dokter"]
    # a staff member missing from a locked day is added by a correction
    att.correct_entry(db, sid(db, "Budi"), MON, "DL", reason="SPT tugas luar", by="Kabid")
    # nothing was overwritten: the first row is stored as it was keyed
    con = sqlite3.connect(db.conn.execute("PRAGMA database_list").fetchone()[2])
    assert con.execute("SELECT status, current FROM attendance WHERE id = ?",
                       [history[0]["id"]]).fetchone() == ("TK", 0)
    assert count_rows(db) == 3


def test_closing_a_month_locks_its_days(office):
    db = office
    att.key_entry(db, sid(db, "Fajar"), MON, "H")
    result = att.close_month(db, "DINAS-B", "2020-03", by="Sekretaris")
    assert list(result.closed) == ["DINAS-B"] and len(result.closed["DINAS-B"]) == 12
    with pytest.raises(att.DayLocked) as exc:
        att.key_entry(db, sid(db, "Gita"), dt.date(2020, 3, 31), "H")
    assert "2020-03 of unit DINAS-B is closed (by Sekretaris" in str(exc.value)
    att.key_entry(db, sid(db, "Gita"), dt.date(2020, 4, 1), "H")  # April is open
    att.key_entry(db, sid(db, "Ani"), MON, "H")  # another unit is open
    again = att.close_month(db, "DINAS-B", "2020-03")
    assert again.closed == {} and again.already == result.closed
    with pytest.raises(KeyError):
        att.close_month(db, "NOPE", "2020-03")


def test_parse_time_forms():
    assert att.parse_time("7.30") == "07:30"
    assert att.parse_time("0730") == "07:30"
    assert att.parse_time("16:05:59") == "16:05"
    assert att.parse_time(dt.time(8, 1)) == "08:01"
    assert att.parse_time(0.3125) == "07:30"
    assert att.parse_time("") is None
    for bad in ("24:00", "7:5", "pagi"):
        with pytest.raises(ValueError):
            att.parse_time(bad)


def test_staff_without_nip_or_nik_are_named_with_their_unit(office, tmp_path):
    db = office
    hana = register.add_staff(db, {"nama": "Hana", "jenis_pegawai": "PHL", "unit": "DINAS-B"},
                              today=MON)
    path = write_csv(tmp_path / "phl.csv", HEADER + ["nama", "unit"], [
        ["2020-03-23", "", "", "H", "", "", "", "", "hana", "dinas-b"],
        ["2020-03-24", "", "", "H", "", "", "", "", "Hana", "DINAS-A"],
        ["2020-03-24", "", "", "H", "", "", "", "", "", ""],
        ["2020-03-24", "", "", "H", "", "", "", "", "Ani", "DINAS-A"],  # Ani has a NIP
    ])
    with pytest.raises(register.ImportRejected) as exc:
        att.import_attendance(db, path)
    assert [(e.row, e.column) for e in exc.value.report.errors] == [
        (3, "nama"), (4, "nip"), (5, "nama")]
    write_csv(path, HEADER + ["nama", "unit"],
              [["2020-03-23", "", "", "H", "", "", "", "", "hana", "dinas-b"]])
    assert att.import_attendance(db, path).inserted == 1
    assert current(db, "Hana", MON)["staff_id"] == hana
    out = tmp_path / "out.csv"
    att.export_attendance(db, out, MON, MON)
    assert att.import_attendance(db, out).unchanged == 1
