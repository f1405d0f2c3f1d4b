"""The ``wfh-desktop`` command as a process: exit codes, messages, files."""
import os
import sqlite3
import subprocess
import sys

import pytest

UNITS = "kode,nama,induk,jenis,layanan_publik\r\nBKD,Badan Kepegawaian Daerah,,badan,tidak\r\n" \
        "BKD-SEK,Sekretariat,BKD,sekretariat,tidak\r\n"
STAFF = (
    "nip,nik,nama,jenis_pegawai,jabatan,unit,telepon\r\n"
    "197001011998032004,,\"Dr. Hj. Siti Rahmah, S.E., M.Si.\",PNS,Kepala Badan,BKD,+62 812-1111-2222\r\n"
    ",6371054109900001,Nurul Hidayah,PHL,Pramubakti,BKD-SEK,\r\n"
)


def wfh(*args, db=None, env_extra=None):
    env = dict(os.environ, WFH_DESKTOP_LANG="id")
    env.pop("WFH_DESKTOP_DB", None)
    if env_extra:
        env.update(env_extra)
    cmd = [sys.executable, "-m", "wfh_desktop"]
    if db:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "units.csv").write_text(UNITS, encoding="utf-8")
    (tmp_path / "staff.csv").write_text(STAFF, encoding="utf-8")
    return tmp_path


def test_version():
    from wfh_desktop import __version__

    r = wfh("--version")
    assert r.returncode == 0
    assert __version__ in r.stdout


def test_import_export_round_trip(files):
    db1, db2 = files / "a.sqlite3", files / "b.sqlite3"
    r = wfh("units", "import", str(files / "units.csv"), db=db1)
    assert r.returncode == 0, r.stderr
    assert "2 ditambahkan" in r.stdout
    r = wfh("staff", "import", str(files / "staff.csv"), db=db1)
    assert r.returncode == 0, r.stderr
    assert wfh("staff", "export", str(files / "s1.csv"), db=db1).returncode == 0
    assert wfh("units", "export", str(files / "u1.xlsx"), db=db1).returncode == 0
    assert wfh("units", "import", str(files / "u1.xlsx"), db=db2).returncode == 0
    assert wfh("staff", "import", str(files / "s1.csv"), db=db2).returncode == 0
    assert wfh("staff", "export", str(files / "s2.csv"), db=db2).returncode == 0
    assert (files / "s1.csv").read_bytes() == (files / "s2.csv").read_bytes()
    # importing again updates nothing and duplicates nothing
    r = wfh("staff", "import", str(files / "s1.csv"), db=db2)
    assert "0 ditambahkan, 0 diperbarui, 2 tidak berubah" in r.stdout


def test_bad_rows_exit_1_name_file_row_column_and_write_nothing(files):
    db = files / "a.sqlite3"
    wfh("units", "import", str(files / "units.csv"), db=db)
    bad = files / "bad.csv"
    bad.write_text(STAFF + "19860926201505100,,Budi,PNS,,BKD,\r\n,,Andi,PTT,,NOPE,\r\n",
                   encoding="utf-8")
    r = wfh("--lang", "en", "staff", "import", str(bad), db=db)
    assert r.returncode == 1
    assert "bad.csv: row 4, column nip: must be 18 digits, found 17" in r.stderr
    assert "bad.csv: row 5, column unit: unknown unit code NOPE" in r.stderr
    assert "nothing was written" in r.stderr
    count = sqlite3.connect(db).execute("SELECT count(*) FROM staff").fetchone()[0]
    assert count == 0

    r = wfh("staff", "import", str(bad), "--skip-invalid", "--rejects", str(files / "rej.csv"),
            db=db)
    assert r.returncode == 0, r.stderr
    assert "2 ditambahkan" in r.stdout
    assert "baris 4, kolom nip" in r.stderr
    rejected = (files / "rej.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rejected) == 3 and rejected[0].endswith(",alasan")


def test_usage_errors_exit_2(files):
    assert wfh("staff", "import", str(files / "staff.csv"), "--skip-invalid",
               db=files / "a.sqlite3").returncode == 2
    assert wfh("no-such-command").returncode == 2
    assert wfh("staff").returncode == 2


def test_unreadable_file_and_foreign_database_exit_1(files):
    r = wfh("staff", "import", str(files / "missing.csv"), db=files / "a.sqlite3")
    assert r.returncode == 1 and "missing.csv" in r.stderr
    notes = files / "notes.sqlite3"
    notes.write_text("hello")
    r = wfh("staff", "export", str(files / "x.csv"), db=notes)
    assert r.returncode == 1 and "notes.sqlite3" in r.stderr
    assert notes.read_text() == "hello"


def test_newer_database_refused(files):
    db = files / "a.sqlite3"
    assert wfh("units", "import", str(files / "units.csv"), db=db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("INSERT INTO _migrations VALUES ('0999_future', 'x')")
    con.commit()
    con.close()
    r = wfh("staff", "export", str(files / "x.csv"), db=db)
    assert r.returncode == 1
    assert "versi WFH Desktop yang lebih baru" in r.stderr


def test_default_database_from_environment(files):
    db = files / "env.sqlite3"
    r = wfh("units", "import", str(files / "units.csv"), env_extra={"WFH_DESKTOP_DB": str(db)})
    assert r.returncode == 0 and db.exists()
