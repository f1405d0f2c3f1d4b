"""A BKD and two OPDs as three databases, driven only through ``wfh-desktop`` commands:
staff and a policy go out, rosters, attendance and daily reports come back, a concurrent
edit (the BKD restored from a backup and editing again) is resolved, and all three end
equal."""
import csv
import io
import sqlite3

from .test_cli_register import wfh
from .test_cli_sync_identity import identity, ok

POLICY = "065/0312/ORG"
OPD_A, OPD_B = "DIKBUD", "DINKES"   # two OPDs (unit trees) in the BKD's register
UNIT_NAMES = {OPD_A: "Dinas Pendidikan dan Kebudayaan", OPD_B: "Dinas Kesehatan"}
SYNCED = ("units", "staff", "policies", "holidays", "attendance_codes", "absences", "roster",
          "roster_conflicts", "attendance", "attendance_locks", "attendance_closures",
          "reports", "report_items", "sync_conflicts")


def synced(db):
    con = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in SYNCED}
    finally:
        con.close()


def count(db, table, where="1"):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        con.close()


class Offices:
    def __init__(self, tmp):
        self.tmp, self.n = tmp, 0
        self.bkd = tmp / "bkd.sqlite3"
        ok(wfh("demo", "--staff", "40", "--seed", "5", db=self.bkd))
        self.second_opd()
        ok(wfh("site", "--role", "bkd", db=self.bkd))
        self.opd = {}
        for code in (OPD_A, OPD_B):
            db = tmp / f"{code}.sqlite3"
            units = tmp / f"{code}.csv"
            units.write_text("kode,nama,induk,jenis,layanan_publik\r\n"
                             f"{code},{UNIT_NAMES[code]},,dinas,tidak\r\n", encoding="utf-8")
            ok(wfh("units", "import", str(units), db=db))
            ok(wfh("site", "--role", "opd", "--unit", code, db=db))
            mine, theirs = tmp / f"{code}.json", tmp / f"bkd-for-{code}.json"
            ok(wfh("sync", "trust", str(theirs), "--fingerprint", identity(self.bkd, theirs),
                   db=db))
            ok(wfh("sync", "trust", str(mine), "--fingerprint", identity(db, mine),
                   db=self.bkd))
            self.opd[code] = db

    def second_opd(self):
        """A second OPD in the BKD's register: another demo OPD, its codes renamed."""
        other = self.tmp / "other.sqlite3"
        ok(wfh("demo", "--staff", "24", "--seed", "6", db=other))
        for what in ("units", "staff"):
            out = self.tmp / f"other-{what}.csv"
            ok(wfh(what, "export", str(out), db=other))
            text = out.read_text(encoding="utf-8-sig").replace("DIKBUD", OPD_B) \
                .replace("SMAN1-BJM", f"{OPD_B}-PKM1")
            out.write_text(text, encoding="utf-8")
            ok(wfh(what, "import", str(out), db=self.bkd))

    def send(self, src, dst, peer):
        """``sync export --for PEER`` at *src*, ``sync import`` at *dst*: its output."""
        self.n += 1
        path = self.tmp / f"f{self.n}.wfhsync"
        ok(wfh("sync", "export", "-o", str(path), "--for", peer, db=src))
        return ok(wfh("sync", "import", str(path), db=dst)).stdout

    def up(self, code):
        return self.send(self.opd[code], self.bkd, "bkd")

    def down(self, code):
        return self.send(self.bkd, self.opd[code], code)

    def everyone(self):
        for _ in range(2):
            for code in self.opd:
                self.up(code)
            for code in self.opd:
                self.down(code)


def staff_of(db, code):
    """NIPs (or NIKs) of the staff of unit *code* and its sub-units, from ``staff export``."""
    out = db.parent / f"staff-{code}.csv"
    ok(wfh("staff", "export", str(out), db=db))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    return [r["nip"] or r["nik"] for r in rows
            if r["unit"] == code or r["unit"].startswith(code + "-")]


def test_three_offices_exchange_and_end_equal(tmp_path):
    o = Offices(tmp_path)
    bkd, a, b = o.bkd, o.opd[OPD_A], o.opd[OPD_B]

    # the BKD's staff, units and circular go out to both OPDs
    for code in o.opd:
        o.down(code)
    for db in (a, b):
        assert count(db, "staff") == count(bkd, "staff")
        assert "065/0312/ORG" in ok(wfh("policy", "list", db=db)).stdout

    # each OPD plans its own unit, keys attendance and collects a daily report
    for code, db in o.opd.items():
        ok(wfh("schedule", "generate", "--policy", POLICY, "--unit", code, db=db))
    ident = staff_of(a, OPD_A)[0]
    sheet = tmp_path / "hadir.csv"
    sheet.write_text("date,nip,nik,status,time_in,time_out,source,note\r\n"
                     f"2020-03-23,{ident if len(ident) == 18 else ''},"
                     f"{ident if len(ident) == 16 else ''},S,,,paper,surat dokter\r\n",
                     encoding="utf-8")
    ok(wfh("attendance", "import", str(sheet), db=a))
    ok(wfh("report", "add", "--staff", ident, "--date", "2020-03-24",
           "--text", "1. Menyusun rekap kehadiran\n2. Memeriksa laporan", db=a))
    assert count(a, "roster") and count(b, "roster")

    # rosters, attendance and reports come back to the BKD, which relays them
    o.everyone()
    for db in (a, b):
        assert synced(db) == synced(bkd)
    assert count(bkd, "attendance", "status = 'S'") == 1
    assert count(b, "reports") == 1  # OPD B has OPD A's report through the BKD

    # a concurrent edit: the BKD sends a change, is restored from a copy made before it,
    # and edits the same field again without having seen its first edit
    copy = tmp_path / "bkd-copy.sqlite3"
    ok(wfh("backup", "-o", str(copy), db=bkd))
    staff_csv = tmp_path / "bkd-staff.csv"
    ok(wfh("staff", "export", str(staff_csv), db=bkd))
    text = staff_csv.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    target = next(r for r in rows if (r["nip"] or r["nik"]) == ident)

    def with_phone(phone):
        out = io.StringIO()
        w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
        w.writeheader()
        w.writerow(dict(target, telepon=phone) if "telepon" in target
                   else dict(target, phone=phone))
        path = tmp_path / f"edit-{phone}.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        return path

    ok(wfh("staff", "import", str(with_phone("081211110001")), db=bkd))
    o.down(OPD_A)
    ok(wfh("restore", str(copy), db=bkd))
    ok(wfh("staff", "import", str(with_phone("081211110002")), db=bkd))
    o.down(OPD_A)
    listed = ok(wfh("sync", "conflicts", db=a)).stdout.strip().splitlines()
    assert len(listed) == 1 and "staff" in listed[0]
    # after its restore the BKD asks for a full file (no --for), learns of its lost edit
    # and sees the conflict too
    full = tmp_path / "full-from-a.wfhsync"
    ok(wfh("sync", "export", "-o", str(full), db=a))
    ok(wfh("sync", "import", str(full), db=bkd))
    (line,) = ok(wfh("sync", "conflicts", db=bkd)).stdout.strip().splitlines()
    conflict_id = line.split("\t")[0]
    ok(wfh("sync", "resolve", conflict_id, "--keep", "winner", db=bkd))
    assert ok(wfh("sync", "conflicts", db=bkd)).stdout.strip() == ""

    o.everyone()
    for db in (a, b):
        assert ok(wfh("sync", "conflicts", db=db)).stdout.strip() == ""
        assert synced(db) == synced(bkd)
