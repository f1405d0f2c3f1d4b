"""``wfh-desktop demo`` as a process: message, refusal, and the staff it wrote."""
import csv
import io
import os
import subprocess
import sys

OPD = "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan"


def wfh(db, *args, lang="id"):
    env = dict(os.environ, WFH_DESKTOP_LANG=lang)
    env.pop("WFH_DESKTOP_DB", None)
    return subprocess.run([sys.executable, "-m", "wfh_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def data_rows(path):
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_demo_refuse_and_export(tmp_path):
    db = tmp_path / "demo.sqlite3"
    r = wfh(db, "demo", "--staff", "50", "--seed", "7")
    assert r.returncode == 0, r.stderr
    assert f"OPD demo {OPD}:" in r.stdout and "50 pegawai" in r.stdout

    r = wfh(db, "demo", "--staff", "50", "--seed", "7")
    assert r.returncode == 1
    assert "basis data sudah berisi 50 pegawai" in r.stderr and "--force" in r.stderr
    assert "Traceback" not in r.stderr  # a clear message, not a crash

    out = tmp_path / "out.csv"
    r = wfh(db, "staff", "export", str(out))
    assert r.returncode == 0, r.stderr
    rows = data_rows(out)
    assert len(rows) == 50
    assert {row["jenis_pegawai"] for row in rows} == {"PNS", "PPPK", "PHL", "PTT", "KONTRAK"}

    r = wfh(db, "demo", "--staff", "50", "--seed", "8", "--force", lang="en")
    assert r.returncode == 0, r.stderr
    assert f"demo OPD {OPD}:" in r.stdout and "50 staff" in r.stdout
    assert wfh(db, "staff", "export", str(out)).returncode == 0
    assert len(data_rows(out)) == 100


def test_same_seed_same_staff_across_processes(tmp_path):
    # string hashing differs between processes: the demo must not depend on it
    exports = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        assert wfh(db, "demo", "--staff", "120", "--seed", "3").returncode == 0
        out = tmp_path / f"{name}.csv"
        assert wfh(db, "staff", "export", str(out)).returncode == 0
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]


def test_out_of_range_staff_count_is_rejected(tmp_path):
    r = wfh(tmp_path / "z.sqlite3", "demo", "--staff", "0", lang="en")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "not 0" in r.stderr
