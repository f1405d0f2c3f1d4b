"""``wfh-desktop sync export|import|conflicts|proposals|reject`` between a BKD and an OPD, each a
``wfh-desktop`` process."""
import csv
import sqlite3
import zipfile

import pytest

from .test_cli_register import wfh
from .test_cli_sync_identity import identity, ok

UNITS = "kode,nama,induk,jenis,layanan_publik\r\nDIKBUD,Dinas Pendidikan,,dinas,tidak\r\n"
SYNCED = ("units", "staff", "policies", "holidays", "attendance_codes")


def table(db, name):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(f"SELECT * FROM {name}"))
    finally:
        con.close()


def dump(db):
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        con.close()
    return {n: table(db, n) for n in names if n not in ("audit_log", "sync_clock")}


@pytest.fixture
def offices(tmp_path):
    bkd, opd = tmp_path / "bkd.sqlite3", tmp_path / "opd.sqlite3"
    ok(wfh("demo", "--staff", "30", db=bkd))
    ok(wfh("site", "--role", "bkd", db=bkd))
    (tmp_path / "units.csv").write_text(UNITS, encoding="utf-8")
    ok(wfh("units", "import", str(tmp_path / "units.csv"), db=opd))
    ok(wfh("site", "--role", "opd", "--unit", "DIKBUD", db=opd))
    bkd_fp = identity(bkd, tmp_path / "bkd.json")
    opd_fp = identity(opd, tmp_path / "opd.json")
    ok(wfh("sync", "trust", str(tmp_path / "bkd.json"), "--fingerprint", bkd_fp, db=opd))
    ok(wfh("sync", "trust", str(tmp_path / "opd.json"), "--fingerprint", opd_fp, db=bkd))
    return bkd, opd


def test_export_at_the_bkd_import_at_the_opd(offices, tmp_path):
    bkd, opd = offices
    out = tmp_path / "to-dikbud.wfhsync"
    r = ok(wfh("sync", "export", "-o", str(out), "--for", "DIKBUD", db=bkd))
    first = r.stdout.splitlines()[0]
    assert str(out) in first and "perubahan" in first
    counts = dict(line.split("\t") for line in r.stdout.splitlines()[1:])
    assert int(counts["staff"]) == 30
    assert zipfile.ZipFile(out).namelist() == ["manifest.json", "changes.jsonl", "signature"]

    r = ok(wfh("sync", "import", str(out), db=opd))
    assert str(out) in r.stdout and "diterapkan" in r.stdout and "BKD" in r.stdout
    for name in SYNCED:
        assert table(opd, name) == table(bkd, name), name

    before = dump(opd)
    r = ok(wfh("sync", "import", str(out), db=opd))
    assert ": 0 diterapkan" in r.stdout
    assert dump(opd) == before
    assert ok(wfh("sync", "conflicts", db=opd)).stdout == ""
    assert ok(wfh("sync", "proposals", db=bkd)).stdout == ""

    # and back: the OPD tells the BKD what it has; nothing new for the OPD afterwards
    back = tmp_path / "to-bkd.wfhsync"
    ok(wfh("sync", "export", "-o", str(back), "--for", "bkd", db=opd))
    ok(wfh("sync", "import", str(back), db=bkd))
    again = tmp_path / "again.wfhsync"
    r = ok(wfh("sync", "export", "-o", str(again), "--for", "DIKBUD", db=bkd))
    assert r.stdout.startswith("0 ")


def test_a_tampered_file_exits_1_and_changes_nothing(offices, tmp_path):
    bkd, opd = offices
    out = tmp_path / "f.wfhsync"
    ok(wfh("sync", "export", "-o", str(out), db=bkd))
    bad = tmp_path / "bad.wfhsync"
    with zipfile.ZipFile(out) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["changes.jsonl"] = members["changes.jsonl"].replace(b"Dinas", b"Dinaz", 1)
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    before = dump(opd)
    r = wfh("sync", "import", str(bad), db=opd)
    assert r.returncode == 1 and str(bad) in r.stderr and "hash" in r.stderr
    cut = tmp_path / "cut.wfhsync"
    cut.write_bytes(out.read_bytes()[: len(out.read_bytes()) // 2])
    r = wfh("sync", "import", str(cut), db=opd)
    assert r.returncode == 1 and str(cut) in r.stderr
    assert dump(opd) == before


def test_usage_and_unknown_peer(offices, tmp_path):
    bkd, _ = offices
    assert wfh("sync", "export", db=bkd).returncode == 2
    r = wfh("sync", "export", "-o", str(tmp_path / "x.wfhsync"), "--for", "NOPE", db=bkd)
    assert r.returncode == 1 and "NOPE" in r.stderr
    assert not (tmp_path / "x.wfhsync").exists()
    r = wfh("sync", "resolve", "abc", "--keep", "winner", db=bkd)
    assert r.returncode == 1 and "abc" in r.stderr
    assert wfh("sync", "resolve", "abc", "--keep", "mine", db=bkd).returncode == 2


def test_an_opd_edit_of_staff_is_a_proposal_the_bkd_rejects(offices, tmp_path):
    bkd, opd = offices
    out = tmp_path / "to-dikbud.wfhsync"
    ok(wfh("sync", "export", "-o", str(out), "--for", "DIKBUD", db=bkd))
    ok(wfh("sync", "import", str(out), db=opd))
    csv_path = tmp_path / "staff.csv"
    ok(wfh("staff", "export", str(csv_path), db=opd))
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        header, first = list(csv.reader(f))[:2]
    first[header.index("telepon")] = "089912345678"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, first])
    ok(wfh("staff", "import", str(csv_path), db=opd))
    back = tmp_path / "to-bkd.wfhsync"
    ok(wfh("sync", "export", "-o", str(back), "--for", "bkd", db=opd))
    r = ok(wfh("sync", "import", str(back), db=bkd))
    assert "1 usulan" in r.stdout
    (line,) = ok(wfh("sync", "proposals", db=bkd)).stdout.splitlines()
    pid, kind = line.split("\t")[:2]
    assert kind == "staff"
    before = table(bkd, "staff")
    r = ok(wfh("sync", "reject", pid[:8], db=bkd))
    assert "ditolak" in r.stdout and pid in r.stdout
    assert table(bkd, "staff") == before
    assert ok(wfh("sync", "proposals", db=bkd)).stdout == ""
    r = wfh("sync", "reject", pid, db=bkd)
    assert r.returncode == 1 and pid in r.stderr
