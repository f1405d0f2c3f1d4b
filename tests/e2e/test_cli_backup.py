"""``wfh-desktop backup`` and ``restore`` as a process; a damaged database is refused to
writing commands and left byte for byte as it was."""
import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from .test_cli_register import STAFF, UNITS, wfh


def staff_count(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        conn.close()


def damage(path, table):
    """Overwrite the header of *table*'s root page (after the file header), as a bad
    sector or a half-written copy would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    assert root > 1
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x05" + b"\xff" * 40)


@pytest.fixture
def filled(tmp_path):
    """A database with two units and two staff, and today's automatic backup."""
    (tmp_path / "units.csv").write_text(UNITS, encoding="utf-8")
    (tmp_path / "staff.csv").write_text(STAFF, encoding="utf-8")
    db = tmp_path / "opd.sqlite3"
    assert wfh("units", "import", str(tmp_path / "units.csv"), db=db).returncode == 0
    r = wfh("staff", "import", str(tmp_path / "staff.csv"), db=db)
    assert r.returncode == 0, r.stderr
    return db


def today_backup(db):
    return db.parent / "backups" / f"opd-{dt.date.today().isoformat()}.sqlite3"


def test_the_first_open_of_the_day_writes_a_backup(filled):
    # the units import created the file (nothing to back up); the staff import found it
    backup = today_backup(filled)
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 2
    conn.close()
    stamp = backup.stat().st_mtime_ns
    assert wfh("staff", "export", str(filled.parent / "s.csv"), db=filled).returncode == 0
    assert backup.stat().st_mtime_ns == stamp  # one a day


def test_backup_prints_path_and_size(filled, tmp_path):
    target = tmp_path / "usb" / "salinan.sqlite3"
    r = wfh("--lang", "en", "backup", "-o", str(target), db=filled)
    assert r.returncode == 0, r.stderr
    size = target.stat().st_size
    assert r.stdout.strip() == f"backup written to {target} ({size / 1024:.1f} KB)"
    assert staff_count(target) == 2
    r = wfh("backup", "-o", str(filled), db=filled)
    assert r.returncode == 1
    assert f"{filled} adalah basis data itu sendiri" in r.stderr


def test_restore_brings_the_backup_back_and_keeps_the_current_database(filled, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    assert wfh("backup", "-o", str(saved), db=filled).returncode == 0
    extra = tmp_path / "extra.csv"
    extra.write_text("nip,nik,nama,jenis_pegawai,jabatan,unit\r\n"
                     ",6371054109900002,Rina,PHL,Pramubakti,BKD\r\n", encoding="utf-8")
    assert wfh("staff", "import", str(extra), db=filled).returncode == 0
    assert staff_count(filled) == 3

    r = wfh("--lang", "en", "restore", str(saved), db=filled)
    assert r.returncode == 0, r.stderr
    assert f"{filled} restored from {saved}" in r.stdout
    assert staff_count(filled) == 2
    (kept,) = (tmp_path / "backups").glob("opd-before-restore-*.sqlite3")
    assert f"kept in {kept}" in r.stdout
    assert staff_count(kept) == 3
    assert not list(tmp_path.glob("opd.sqlite3-*"))  # no WAL left behind
    assert wfh("staff", "import", str(extra), db=filled).returncode == 0


def test_restore_refuses_a_bad_file_and_changes_nothing(filled, tmp_path):
    before = filled.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    r = wfh("--lang", "en", "restore", str(junk), db=filled)
    assert r.returncode == 1
    assert f"{junk}: not a WFH Desktop database" in r.stderr
    assert f"nothing was changed in {filled}" in r.stderr

    newer = tmp_path / "newer.sqlite3"
    assert wfh("backup", "-o", str(newer), db=filled).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _migrations VALUES ('0999_future', 'x')")
    conn.commit()
    conn.close()
    r = wfh("--lang", "en", "restore", str(newer), db=filled)
    assert r.returncode == 1
    assert "written by a newer version of WFH Desktop" in r.stderr

    broken = tmp_path / "broken.sqlite3"
    assert wfh("backup", "-o", str(broken), db=filled).returncode == 0
    damage(broken, "staff")
    r = wfh("--lang", "en", "restore", str(broken), db=filled)
    assert r.returncode == 1
    assert f"{broken}: the file is damaged" in r.stderr
    assert filled.read_bytes() == before


def test_a_damaged_database_refuses_writes_and_is_not_written_to(filled, tmp_path):
    backup = today_backup(filled)
    damage(filled, "policies")
    before = filled.read_bytes()
    extra = tmp_path / "extra.csv"
    extra.write_text("nip,nik,nama,jenis_pegawai,jabatan,unit\r\n"
                     ",6371054109900002,Rina,PHL,Pramubakti,BKD\r\n", encoding="utf-8")

    r = wfh("--lang", "en", "staff", "import", str(extra), db=filled)
    assert r.returncode == 1
    assert r.stderr.startswith(f"{filled}: the database file is damaged (")
    assert "Nothing was written to it." in r.stderr
    assert f"The newest backup is {backup}" in r.stderr
    assert f"wfh-desktop --db {filled} restore {backup}" in r.stderr
    assert filled.read_bytes() == before
    assert not os.path.exists(f"{filled}-wal") or os.path.getsize(f"{filled}-wal") == 0

    r = wfh("policy", "import", "nothing.toml", db=filled)  # in Indonesian too
    assert r.returncode == 1
    assert "berkas basis data rusak" in r.stderr and "Pulihkan dengan" in r.stderr

    # a command that only reads still works, read-only, with the same advice
    r = wfh("--lang", "en", "staff", "export", str(tmp_path / "rescue.csv"), db=filled)
    assert r.returncode == 0, r.stderr
    assert "It is opened read-only" in r.stderr
    assert "Rahmah" in (tmp_path / "rescue.csv").read_text(encoding="utf-8-sig")
    assert filled.read_bytes() == before

    # the advice works: the backup is the database as the day began (before the staff
    # import of the fixture), and it can be written to again
    r = wfh("restore", str(backup), db=filled)
    assert r.returncode == 0, r.stderr
    assert staff_count(filled) == 0
    r = wfh("staff", "import", str(extra), db=filled)
    assert r.returncode == 0, r.stderr
    assert staff_count(filled) == 1
    assert list((tmp_path / "backups").glob("opd-before-restore-*.sqlite3"))


@pytest.fixture
def window_open(filled):
    """Another process holds the database's window lock, as the GUI does."""
    code = ("import time\n"
            "from wfh_desktop import instance\n"
            f"lock = instance.InstanceLock({str(filled)!r}).acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        yield child.pid
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_while_a_window_has_the_database_open(filled, tmp_path, window_open):
    saved = tmp_path / "saved.sqlite3"
    # reading and backing up need no warning
    r = wfh("--lang", "en", "backup", "-o", str(saved), db=filled)
    assert r.returncode == 0 and r.stderr == ""
    # writing works, with a warning naming the window's process
    extra = tmp_path / "extra.csv"
    extra.write_text("nip,nik,nama,jenis_pegawai,jabatan,unit\r\n"
                     ",6371054109900002,Rina,PHL,Pramubakti,BKD\r\n", encoding="utf-8")
    r = wfh("--lang", "en", "staff", "import", str(extra), db=filled)
    assert r.returncode == 0
    assert f"warning: {filled} is also open in a WFH Desktop window (process {window_open}" \
        in r.stderr
    # restoring under the window's feet is refused
    before = staff_count(filled)
    r = wfh("--lang", "en", "restore", str(saved), db=filled)
    assert r.returncode == 1
    assert f"{filled} is open in a WFH Desktop window (process {window_open}" in r.stderr
    assert "close the window first" in r.stderr
    assert staff_count(filled) == before == 3
