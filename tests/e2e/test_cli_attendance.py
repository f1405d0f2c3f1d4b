"""Attendance through the ``wfh-desktop`` command, as a process: import all or nothing, lock,
refusal on a locked day, correction beside the original, export, recap and the fingerprint of
a closed month."""
import csv
import re
import sqlite3

from openpyxl import load_workbook

from .test_cli_register import wfh

HEADER = ["date", "nip", "nik", "status", "time_in", "time_out", "source", "note"]
NAMED = HEADER + ["nama", "unit"]  # extension: staff with neither NIP nor NIK
DAYS = ("2020-03-23", "2020-03-24")


def read_csv(path):
    return list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NAMED)
        w.writerows(rows)
    return path


def count(db, where="1 = 1"):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM attendance WHERE {where}").fetchone()[0]
    finally:
        con.close()


def test_attendance_from_import_to_closed_month(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert wfh("demo", "--staff", "40", db=db).returncode == 0
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    assert r.returncode == 0, r.stderr
    wfh("schedule", "export", str(tmp_path / "jadwal.csv"), "--from", DAYS[0], "--to", DAYS[1],
        db=db)
    roster = read_csv(tmp_path / "jadwal.csv")
    wfh("units", "export", str(tmp_path / "units.csv"), db=db)
    root = next(u["kode"] for u in read_csv(tmp_path / "units.csv") if not u["induk"])

    # the paper sheets keyed in: what the roster expected, one late arrival
    rows = []
    for r in roster:
        status = {"WFO": "H", "WFH": "WFH"}.get(r["mode"]) or r["rule"].split(":")[1]
        times = ("07:25", "16:05") if status == "H" else ("", "")
        rows.append([r["date"], r["nip"], r["nik"], status, *times, "kertas", "", r["nama"],
                     r["unit"]])
    late = next(i for i, r in enumerate(rows) if r[3] == "H" and r[0] == DAYS[0])
    rows[late][4] = "08:01"
    first = next(i for i, r in enumerate(rows) if r[1] and r[0] == DAYS[0])
    person = rows[first][1]
    good = write_csv(tmp_path / "hadir.csv", rows)

    ided = [x for x in rows if x[1] or x[2]]
    bad = write_csv(tmp_path / "salah.csv", ided[:3] + [
        [DAYS[0], "199001012015031999", "", "H", "", "", "", ""],
        [DAYS[0], ided[5][1], ided[5][2], "XYZ", "", "", "", ""],
        [DAYS[1], ided[6][1], ided[6][2], "H", "25:00", "", "", ""],
        [DAYS[1], ided[7][1], ided[7][2], "H", "10:00", "09:00", "", ""],
        ["2020-05-04", ided[8][1], ided[8][2], "H", "", "", "", ""],
        [DAYS[0], "", "", "H", "", "", "", "", "Nama Tidak Ada", root],
    ])
    r = wfh("--lang", "en", "attendance", "import", str(bad), db=db)
    assert r.returncode == 1
    assert "salah.csv: row 5, column nip: no staff member with NIP or NIK 199001012015031999" \
        in r.stderr
    assert "salah.csv: row 6, column status: unknown attendance code XYZ" in r.stderr
    assert "salah.csv: row 7, column time_in: not a time 25:00" in r.stderr
    assert "salah.csv: row 8, column time_out: the time out 09:00 is before the time in " \
           "10:00" in r.stderr
    assert "salah.csv: row 9, column date: no surat edaran covers 2020-05-04" in r.stderr
    assert f"salah.csv: row 10, column nama: no single staff member without NIP or NIK named " \
           f"Nama Tidak Ada in unit {root}" in r.stderr
    assert "6 rows rejected; nothing was written" in r.stderr
    assert count(db) == 0

    r = wfh("--lang", "en", "attendance", "import", str(good), "--by", "Operator", db=db)
    assert r.returncode == 0, r.stderr
    assert f"attendance: {len(rows)} added, 0 changed, 0 unchanged" in r.stdout
    assert count(db, "late_code = 'TL2'") == 1

    r = wfh("--lang", "en", "attendance", "lock", "--date", DAYS[0], "--unit", root, "--by",
            "Kepala Bidang", db=db)
    assert r.returncode == 0, r.stderr
    assert f"{DAYS[0]} locked for {root}" in r.stdout

    # the same file again: unchanged rows pass; a changed row on the locked day is refused
    changed = [list(x) for x in rows]
    changed[first][3] = "TK"
    write_csv(good, changed)
    before = count(db)
    r = wfh("attendance", "import", str(good), db=db)
    assert r.returncode == 1
    assert f"hadir.csv: baris {first + 2}, kolom date: {DAYS[0]} pada unit" in r.stderr
    assert "sudah dikunci (oleh Kepala Bidang" in r.stderr
    r = wfh("--lang", "en", "attendance", "import", str(good), db=db)
    assert r.returncode == 1 and "is locked (by Kepala Bidang" in r.stderr
    assert "1 rows rejected; nothing was written" in r.stderr
    assert count(db) == before
    write_csv(good, rows)
    r = wfh("--lang", "en", "attendance", "import", str(good), db=db)
    assert r.returncode == 0 and f"0 added, 0 changed, {len(rows)} unchanged" in r.stdout

    # a correction: a new entry with reason and name, the original kept beside it
    r = wfh("--lang", "en", "attendance", "correct", "--staff", person, "--date", DAYS[0],
            "--status", "S", "--reason", "surat keterangan dokter", "--by", "Kepala Bidang",
            db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("--lang", "en", "attendance", "history", "--staff", person, "--date", DAYS[0],
            db=db)
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("  ") and f"\tkeyed\t{rows[first][3]}\t" in lines[0]
    assert "Operator" in lines[0]
    assert lines[1].startswith("* ") and "\tcorrection\tS\t" in lines[1]
    assert lines[1].endswith("\tKepala Bidang\tsurat keterangan dokter")
    assert count(db) == before + 1

    # export: the import format, the current entries
    out = tmp_path / "keluar.csv"
    r = wfh("--lang", "en", "attendance", "export", str(out), "--from", DAYS[0], "--to",
            DAYS[1], db=db)
    assert r.returncode == 0, r.stderr
    exported = read_csv(out)
    assert list(exported[0]) == NAMED and len(exported) == len(rows)
    assert any(not e["nip"] and not e["nik"] and e["nama"] for e in exported)
    mine = next(e for e in exported if e["nip"] == person and e["date"] == DAYS[0])
    assert mine["status"] == "S"
    assert {e["source"] for e in exported} == {"paper", "manual"}

    # the recap, as a workbook and as CSV
    r = wfh("--lang", "en", "attendance", "recap", "--month", "2020-03", "-o",
            str(tmp_path / "rekap.xlsx"), db=db)
    assert r.returncode == 0, r.stderr
    assert "40 staff" in r.stdout
    wb = load_workbook(tmp_path / "rekap.xlsx")
    codes = [u["kode"] for u in read_csv(tmp_path / "units.csv")]
    assert set(wb.sheetnames) <= set(codes) and root in wb.sheetnames
    assert all(wb[name].freeze_panes == "E7" for name in wb.sheetnames)
    assert wb[root]["A6"].value == "No" and wb[root]["D6"].value == "Name"
    r = wfh("attendance", "recap", "--month", "2020-03", "-o", str(tmp_path / "rekap.csv"),
            db=db)
    assert r.returncode == 0, r.stderr
    recap = read_csv(tmp_path / "rekap.csv")
    assert len(recap) == 40
    assert sum(int(x["H"]) for x in recap) == sum(1 for x in rows if x[3] == "H") - (
        1 if rows[first][3] == "H" else 0)
    assert sum(int(x["S"]) for x in recap) == 1
    assert sum(int(x["TL2"]) for x in recap) == (0 if late == first else 1)

    # close the month: a fingerprint per unit; a correction afterwards changes it
    r = wfh("--lang", "en", "attendance", "close", "--month", "2020-03", "--unit", root,
            "--by", "Kepala Dinas", db=db)
    assert r.returncode == 0, r.stderr
    prints = dict(re.findall(r"2020-03 closed for (\S+): fingerprint ([0-9a-f]{12})", r.stdout))
    assert root in prints
    units_of = {x["nip"]: x["unit"] for x in recap if x["nip"]}
    unit = units_of[person]
    r = wfh("--lang", "en", "attendance", "verify", "--month", "2020-03", "--unit", unit,
            "--fingerprint", prints[unit], db=db)
    assert r.returncode == 0 and "matches" in r.stdout
    r = wfh("--lang", "en", "attendance", "recap", "--month", "2020-03", "--unit", unit, "-o",
            str(tmp_path / "tutup.csv"), db=db)
    assert {x["sidik_data"] for x in read_csv(tmp_path / "tutup.csv")
            if x["unit"] == unit} == {prints[unit]}
    # the first paper sheet again: it disagrees with the correction, and the month is closed
    r = wfh("--lang", "en", "attendance", "import", str(good), db=db)
    assert r.returncode == 1
    assert f"2020-03 of unit {unit} is closed (by Kepala Dinas" in r.stderr
    r = wfh("--lang", "en", "attendance", "correct", "--staff", person, "--date", DAYS[1],
            "--status", "DL", "--reason", "SPT dinas luar", "--by", "Kepala Dinas", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("--lang", "en", "attendance", "verify", "--month", "2020-03", "--unit", unit,
            "--fingerprint", prints[unit], db=db)
    assert r.returncode == 1
    assert "does not match" in r.stderr and f"at closing {prints[unit]}" in r.stderr
    r = wfh("--lang", "en", "attendance", "recap", "--month", "2020-03", "--unit", unit, "-o",
            str(tmp_path / "sesudah.csv"), db=db)
    after = {x["sidik_data"] for x in read_csv(tmp_path / "sesudah.csv") if x["unit"] == unit}
    assert len(after) == 1 and after != {prints[unit]}
    assert "changed after the month was closed" in r.stdout


def test_usage_and_unknown_units(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert wfh("demo", "--staff", "20", db=db).returncode == 0
    r = wfh("--lang", "en", "attendance", "lock", "--date", "2020-03-23", "--unit", "NOPE",
            db=db)
    assert r.returncode == 1 and "unknown unit code NOPE" in r.stderr
    assert wfh("attendance", "recap", "--month", "2020-3", "-o", str(tmp_path / "r.csv"),
               db=db).returncode == 2
    assert wfh("attendance", "lock", "--date", "23/03/2020", "--unit", "X",
               db=db).returncode == 2
    r = wfh("--lang", "en", "attendance", "recap", "--month", "2020-03", "-o",
            str(tmp_path / "r.ods"), db=db)
    assert r.returncode == 1 and "unsupported file type .ods" in r.stderr
    r = wfh("attendance", "codes", db=db)
    assert r.returncode == 0
    assert re.search(r"^TL4\tlate\t.*\t91-$", r.stdout, re.M)
    assert re.search(r"^H\tstatus\tHadir\thadir, di kantor$", r.stdout, re.M)
    r = wfh("--lang", "en", "attendance", "import", str(tmp_path / "missing.csv"), db=db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
