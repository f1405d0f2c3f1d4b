import sqlite3

import pytest

import db as store
from db import migrations
from db.connection import MIGRATIONS_TABLE


def test_new_database_pragmas_and_migrations(tmp_path):
    path = tmp_path / "a.sqlite3"
    database = store.open_database(path)
    assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.applied_migrations(database) == [n for n, _ in migrations.MIGRATIONS]
    assert store.pending_migrations(database) == []
    # a fresh file needs no copy
    assert not list(tmp_path.glob("*.bak"))


def test_copy_kept_before_pending_migrations(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite3"
    database = store.open_database(path)
    database.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    database.conn.close()

    def m9999(db):
        db.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [("9999_extra", m9999)])
    import db.connection as connection

    monkeypatch.setattr(connection, "MIGRATIONS", migrations.MIGRATIONS)
    database = store.open_database(path)
    assert "extra" in database.table_names()
    (backup,) = tmp_path.glob("a.sqlite3.before-9999_extra-*.bak")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("1",)
    assert "extra" not in [r[0] for r in copy.execute("SELECT name FROM sqlite_master")]


def test_database_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "a.sqlite3"
    database = store.open_database(path)
    database.execute(f"INSERT INTO {MIGRATIONS_TABLE} VALUES ('0099_future', 'x')")
    database.conn.close()
    with pytest.raises(store.NewerDatabaseError) as exc:
        store.open_database(path)
    assert exc.value.unknown == ["0099_future"]


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not sqlite")
    with pytest.raises(store.NotADatabaseError):
        store.open_database(path)
    assert path.read_bytes() == b"this is a text file, not sqlite"


def test_failed_migration_leaves_nothing_half_done(tmp_path, monkeypatch):
    import db.connection as connection

    def broken(db):
        db.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(connection, "MIGRATIONS", migrations.MIGRATIONS + [("9998_broken", broken)])
    with pytest.raises(RuntimeError):
        store.open_database(tmp_path / "b.sqlite3")
    monkeypatch.setattr(connection, "MIGRATIONS", migrations.MIGRATIONS)
    database = store.open_database(tmp_path / "b.sqlite3")
    assert "half" not in database.table_names()
    assert "9998_broken" not in store.applied_migrations(database)


def test_transaction_rolls_back_and_nests(tmp_path):
    database = store.open_database(tmp_path / "c.sqlite3")
    with pytest.raises(ValueError):
        with store.transaction(database):
            database.execute("INSERT INTO settings VALUES ('a', '1')")
            raise ValueError
    assert database.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    with store.transaction(database):
        database.execute("INSERT INTO settings VALUES ('a', '1')")
        with pytest.raises(ValueError):
            with store.transaction(database):
                database.execute("INSERT INTO settings VALUES ('b', '2')")
                raise ValueError
        # sqlite-utils' own "with conn:" must not commit our transaction halfway
        database["settings"].insert({"key": "c", "value": "3"})
    assert [r[0] for r in database.execute("SELECT key FROM settings ORDER BY key")] == ["a", "c"]


def test_sqlite_utils_write_inside_transaction_is_rolled_back(tmp_path):
    database = store.open_database(tmp_path / "d.sqlite3")
    with pytest.raises(RuntimeError):
        with store.transaction(database):
            database["settings"].insert_all({"key": f"k{i}", "value": "v"} for i in range(250))
            raise RuntimeError
    assert database.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_foreign_keys_enforced(tmp_path):
    database = store.open_database(tmp_path / "e.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        database.execute(
            "INSERT INTO staff (id, name, employment_type, unit_id, created_at, updated_at) "
            "VALUES ('s', 'x', 'PNS', 'missing-unit', 'now', 'now')")
