"""Automatic daily backups, a backup on request, checking and restoring a backup."""
import datetime as dt
import sqlite3

import pytest

from db.connection import MIGRATIONS_TABLE
from wfh_desktop import backup, i18n, register
from wfh_desktop.database import open_database

from .conftest import UNITS_CSV

DAY = dt.date(2020, 3, 23)


@pytest.fixture(autouse=True)
def english():
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def make_db(path, units=UNITS_CSV):
    db = open_database(path)
    csv = path.parent / "units-in.csv"
    csv.write_text(units, encoding="utf-8")
    register.import_units(db, csv)
    return db


def unit_codes(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT code FROM units ORDER BY code")]
    finally:
        conn.close()


def damage(path, table="units"):
    """Overwrite the header of the table's root page: the b-tree cannot be read."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x05" + b"\xff" * 40)


def test_daily_backup_once_a_day_beside_the_database(tmp_path):
    path = tmp_path / "kantor.sqlite3"
    db = make_db(path)
    written = backup.daily_backup(db, path, today=DAY)
    assert written == tmp_path / "backups" / "kantor-2020-03-23.sqlite3"
    assert unit_codes(written) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    # a second open on the same day writes nothing
    assert backup.daily_backup(db, path, today=DAY) is None
    assert [b.day for b in backup.list_backups(path)] == [DAY]
    # no temporary files are left
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == ["kantor-2020-03-23.sqlite3"]
    db.close()


def test_old_backups_beyond_the_days_kept_are_deleted(tmp_path):
    path = tmp_path / "kantor.sqlite3"
    db = make_db(path)
    assert backup.keep_days(db) == 14
    backup.set_keep_days(db, 3)
    assert backup.keep_days(db) == 3
    other = tmp_path / "backups" / "lain-2020-03-01.sqlite3"  # another database's backup
    other.parent.mkdir()
    other.write_bytes(b"x")
    for i in range(6):
        backup.daily_backup(db, path, today=DAY + dt.timedelta(days=i * 2))
    days = [b.day for b in backup.list_backups(path)]
    assert days == [dt.date(2020, 4, 2), dt.date(2020, 3, 31), dt.date(2020, 3, 29)]
    assert other.exists()
    assert backup.newest_backup(path).day == dt.date(2020, 4, 2)
    assert all(b.size > 0 for b in backup.list_backups(path))
    db.close()


@pytest.mark.parametrize("value", [0, 366, "abc", "", 2.5])
def test_days_to_keep_must_be_a_whole_number_in_range(tmp_path, value):
    db = make_db(tmp_path / "a.sqlite3")
    with pytest.raises(ValueError, match="from 1 to 365"):
        backup.set_keep_days(db, value)
    assert backup.keep_days(db) == 14
    db.close()


def test_memory_database_is_not_backed_up(tmp_path):
    db = open_database(":memory:")
    assert backup.daily_backup(db, ":memory:", today=DAY) is None
    db.close()


def test_backup_now_writes_a_consistent_copy_and_refuses_the_database_itself(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = make_db(path)
    target = tmp_path / "usb" / "copy.sqlite3"
    written, size = backup.backup_now(db, target, db_path=path)
    assert written == target and size == target.stat().st_size > 0
    assert unit_codes(target) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    # an existing file is replaced whole
    target.write_bytes(b"old contents")
    backup.backup_now(db, target, db_path=path)
    assert unit_codes(target) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    with pytest.raises(ValueError, match="is the database itself"):
        backup.backup_now(db, path, db_path=path)
    assert unit_codes(path) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    db.close()


def test_format_size_in_both_languages():
    assert backup.format_size(812, "en") == "812 bytes"
    assert backup.format_size(1536, "en") == "1.5 KB"
    assert backup.format_size(5 * 1024 * 1024, "id") == "5,0 MB"


def test_restore_replaces_the_database_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = make_db(path)
    saved = tmp_path / "saved.sqlite3"
    backup.backup_now(db, saved, db_path=path)
    csv = tmp_path / "more.csv"
    csv.write_text("kode,nama,induk,jenis,layanan_publik\nDINKES,Dinas Kesehatan,,dinas,tidak\n",
                   encoding="utf-8")
    register.import_units(db, csv)
    db.close()
    assert "DINKES" in unit_codes(path)

    result = backup.restore(path, saved, now=dt.datetime(2020, 3, 24, 10, 15))
    assert unit_codes(path) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    assert result.kept == tmp_path / "backups" / "a-before-restore-20200324-101500.sqlite3"
    assert "DINKES" in unit_codes(result.kept)
    # the kept copy is not an automatic backup: it is never rotated away
    assert backup.list_backups(path) == []
    # the restored file opens normally and passes the checks
    again = open_database(path)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()
    # the backup itself was opened without leaving -wal/-shm files beside it
    assert sorted(p.name for p in tmp_path.glob("saved.sqlite3*")) == ["saved.sqlite3"]


def test_restore_into_a_damaged_database(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = make_db(path)
    saved = tmp_path / "saved.sqlite3"
    backup.backup_now(db, saved, db_path=path)
    db.close()
    damage(path)
    result = backup.restore(path, saved)
    assert unit_codes(path) == ["BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    assert result.kept is not None and result.kept.exists()


def test_restore_while_another_connection_is_open(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = make_db(path)
    saved = tmp_path / "saved.sqlite3"
    backup.backup_now(db, saved, db_path=path)
    csv = tmp_path / "more.csv"
    csv.write_text("kode,nama,induk,jenis,layanan_publik\nDINKES,Dinas Kesehatan,,dinas,tidak\n",
                   encoding="utf-8")
    register.import_units(db, csv)
    backup.restore(path, saved)
    # the open connection sees the restored data
    assert [r[0] for r in db.execute("SELECT code FROM units ORDER BY code")] == [
        "BKD", "BKD-MUT", "BKD-SEK", "RSUD"]
    db.close()


def test_restore_refuses_files_that_are_not_sound_wfh_databases(tmp_path):
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    before = path.read_bytes()

    def refused(candidate, words):
        with pytest.raises(backup.RestoreRefused) as exc:
            backup.restore(path, candidate)
        assert str(candidate) in str(exc.value)
        assert words in str(exc.value)
        assert path.read_bytes() == before
        assert not (tmp_path / "backups").exists()  # no copy kept: nothing was done

    refused(tmp_path / "missing.sqlite3", "does not exist")
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello", encoding="utf-8")
    refused(text, "not a WFH Desktop database (the file is not an SQLite database)")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    refused(other, "not a WFH Desktop database (the file holds no WFH Desktop data)")

    newer = tmp_path / "newer.sqlite3"
    make_db(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} VALUES ('0099_future', 'x')")
    conn.commit()
    conn.close()
    refused(newer, "newer version of WFH Desktop")

    broken = tmp_path / "broken.sqlite3"
    make_db(broken).close()
    damage(broken)
    refused(broken, "the file is damaged")
