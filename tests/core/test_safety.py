"""Opening the database safely: integrity check on start, daily backup, network shares,
one window per database."""
import json
import os
import subprocess
import sys

import pytest

from wfh_desktop import backup, i18n, instance, safety

from .test_backup import DAY, damage, make_db, unit_codes


@pytest.fixture(autouse=True)
def english():
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def test_a_sound_database_opens_and_is_backed_up_once(tmp_path):
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    session = safety.open_checked(path, today=DAY)
    assert not session.read_only and session.warnings == []
    assert session.backup == tmp_path / "backups" / "a-2020-03-23.sqlite3"
    session.db.close()
    session = safety.open_checked(path, today=DAY)
    assert session.backup is None
    session.db.close()


def test_a_new_database_is_not_backed_up(tmp_path):
    session = safety.open_checked(tmp_path / "new.sqlite3", today=DAY)
    assert session.backup is None
    session.db.close()
    assert not (tmp_path / "backups").exists()


def test_a_failed_backup_is_a_warning_not_a_refusal(tmp_path):
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    (tmp_path / "backups").write_text("a file where the folder should be", encoding="utf-8")
    session = safety.open_checked(path, today=DAY)
    assert session.backup is None and not session.read_only
    (warning,) = session.warnings
    assert warning.startswith(f"the automatic backup of {path} into {tmp_path / 'backups'} failed")
    assert unit_codes(path)  # the database works
    session.db.close()


def test_a_damaged_database_is_refused_for_writing_and_left_untouched(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = make_db(path)
    backup.daily_backup(db, path, today=DAY)
    db.close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(safety.DatabaseDamaged) as exc:
        safety.open_checked(path, write=True)
    damaged = exc.value
    assert damaged.newest.path == tmp_path / "backups" / "a-2020-03-23.sqlite3"
    text = damaged.message("refused")
    assert text.startswith(f"{path}: the database file is damaged (")
    assert "Nothing was written to it." in text
    assert f"restore {tmp_path / 'backups' / 'a-2020-03-23.sqlite3'}" in text
    assert f"--db {path}" in text
    assert path.read_bytes() == before
    # no backup of the damaged file pushes the sound ones out
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["a-2020-03-23.sqlite3"]


def test_a_damaged_database_opens_read_only_for_reading(tmp_path):
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    damage(path, table="staff")
    before = path.read_bytes()
    session = safety.open_checked(path, write=False)
    assert session.read_only
    assert "It is opened read-only" in session.warnings[0]
    assert "No backup of it was found in" in session.warnings[0]
    # reading what is still sound works; writing is impossible
    assert session.db.execute("SELECT count(*) FROM units").fetchone()[0] == 4
    with pytest.raises(Exception):
        session.db.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    session.db.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_damage_names_the_default_database_without_db_option(tmp_path):
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    damage(path)
    found = safety.check_on_start(path, explicit_path=False)
    assert "wfh-desktop restore FILE" in found.message("gui")
    assert "--db" not in found.message("gui")


def test_an_empty_or_new_file_needs_no_check(tmp_path):
    assert safety.check_on_start(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert safety.check_on_start(tmp_path / "empty.sqlite3") is None
    assert safety.check_on_start(":memory:") is None


def test_the_check_started_in_the_background_refuses_a_damaged_file_the_same(tmp_path):
    """The GUI starts the check on a thread and imports its window meanwhile: the outcome
    is the one of the check made in place."""
    path = tmp_path / "a.sqlite3"
    make_db(path).close()
    session = safety.open_checked(path, today=DAY,
                                  check=safety.BackgroundCheck(path, explicit_path=True))
    assert not session.read_only and session.backup is not None
    session.db.close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(safety.DatabaseDamaged) as exc:
        safety.open_checked(path, write=True, check=safety.BackgroundCheck(path))
    assert exc.value.message("refused").startswith(f"{path}: the database file is damaged (")
    assert path.read_bytes() == before


# --- network shares ---------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/data /mnt/data nfs4 rw,relatime 0 0
//kantor/berbagi /mnt/kantor\\040bersama cifs rw 0 0
tmpfs /mnt/data/local tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, expected", [
    ("/home/clerk/wfh.sqlite3", None),
    ("/mnt/data/wfh.sqlite3", "nfs4 server:/export/data"),
    ("/mnt/kantor bersama/opd/wfh.sqlite3", "cifs //kantor/berbagi"),
    ("/mnt/data/local/wfh.sqlite3", None),  # a local mount inside the share
    ("/mnt/database.sqlite3", None),  # /mnt/data is not a prefix of /mnt/database...
])
def test_network_share_on_linux(path, expected):
    assert safety.network_share(path, system="linux", mounts=MOUNTS) == expected


@pytest.mark.parametrize("path, expected", [
    (r"\\server\share\wfh.sqlite3", r"\\server"),
    ("//server/share/wfh.sqlite3", r"\\server"),
    (r"\\?\UNC\server\share\wfh.sqlite3", r"\\server"),
    (r"Z:\data\wfh.sqlite3", "network drive Z:"),
    (r"C:\data\wfh.sqlite3", None),
])
def test_network_share_on_windows(path, expected):
    found = safety.network_share(path, system="windows",
                                 drive_is_remote=lambda drive: drive == "Z:")
    assert found == expected


def test_a_database_on_a_network_share_gives_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "network_share", lambda path: "nfs4 server:/export")
    session = safety.open_checked(tmp_path / "a.sqlite3")
    assert not session.read_only
    (warning,) = session.warnings
    assert warning.startswith(f"{tmp_path / 'a.sqlite3'} is on a network share "
                              "(nfs4 server:/export)")
    session.db.close()


# --- one window per database ------------------------------------------------------------

def test_a_second_lock_on_the_same_database_is_refused(tmp_path):
    path = tmp_path / "a.sqlite3"
    first = instance.InstanceLock(path).acquire()
    owner = instance.owner(path)
    assert owner["pid"] == os.getpid()
    with pytest.raises(instance.AlreadyOpen) as exc:
        instance.InstanceLock(path).acquire()
    assert str(path) in str(exc.value)
    assert f"process {os.getpid()}" in str(exc.value)
    first.release()
    assert instance.owner(path) is None
    assert not instance.lock_path(path).exists()
    with instance.InstanceLock(path):
        pass


def test_a_stale_lock_file_is_taken_over(tmp_path):
    path = tmp_path / "a.sqlite3"
    instance.lock_path(path).write_text(json.dumps({"pid": 999999, "host": "old"}),
                                        encoding="utf-8")
    assert instance.owner(path) is None
    lock = instance.InstanceLock(path).acquire()
    assert instance.owner(path)["pid"] == os.getpid()
    lock.release()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_the_lock_of_a_killed_process_is_taken_over(tmp_path):
    path = tmp_path / "a.sqlite3"
    code = ("import sys, time\n"
            "from wfh_desktop import instance\n"
            f"lock = instance.InstanceLock({str(path)!r}).acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert instance.owner(path)["pid"] == child.pid
        with pytest.raises(instance.AlreadyOpen):
            instance.InstanceLock(path).acquire()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert instance.lock_path(path).exists()  # left behind by the killed process
    assert instance.owner(path) is None
    lock = instance.InstanceLock(path).acquire()
    lock.release()
