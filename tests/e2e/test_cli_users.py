"""Accounts on the command line as a process: set-up without a user, the first admin,
``--user`` with the password from the environment, each role's allowed and refused
commands, hold-back after failed log-ins, the audit log, and no password anywhere."""
from .test_cli_register import files, wfh  # noqa: F401  (fixture)

ADMIN_PW = "Admin-Rahasia-11"
CLERK_PW = "Clerk-Rahasia-22"
BOSS_PW = "Boss-Rahasia-33"
VIEW_PW = "View-Rahasia-44"


def as_user(name, password, *args, db):
    return wfh("--user", name, *args, db=db, env_extra={"WFH_DESKTOP_PASSWORD": password})


def add_user(db, name, role, password):
    r = wfh("--user", "admin", "user", "add", name, "--role", role, db=db,
            env_extra={"WFH_DESKTOP_PASSWORD": ADMIN_PW, "WFH_DESKTOP_NEW_PASSWORD": password})
    assert r.returncode == 0, r.stderr
    return r


def test_roles_on_the_command_line(files):
    db = files / "u.sqlite3"
    # set-up runs without a user while no account exists
    r = wfh("units", "import", str(files / "units.csv"), db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("user", "add", "clerk", "--role", "operator", db=db,
            env_extra={"WFH_DESKTOP_PASSWORD": CLERK_PW})
    assert r.returncode == 1 and "administrator" in r.stderr
    r = wfh("user", "add", "admin", "--role", "admin", "--full-name", "Admin BKD", db=db,
            env_extra={"WFH_DESKTOP_PASSWORD": ADMIN_PW})
    assert r.returncode == 0, r.stderr
    assert "pengguna admin ditambahkan sebagai administrator" in r.stdout
    outputs = [r.stdout + r.stderr]
    for name, role, pw in (("clerk", "operator", CLERK_PW), ("boss", "supervisor", BOSS_PW),
                           ("bkd", "viewer", VIEW_PW)):
        outputs.append(add_user(db, name, role, pw).stdout)

    # from now on a write needs a user; a read does not
    r = wfh("staff", "import", str(files / "staff.csv"), db=db)
    assert r.returncode == 1 and "--user" in r.stderr
    assert wfh("staff", "export", str(files / "out0.csv"), db=db).returncode == 0

    r = as_user("clerk", CLERK_PW, "staff", "import", str(files / "staff.csv"), db=db)
    assert r.returncode == 0, r.stderr
    r = as_user("clerk", CLERK_PW, "holidays", "preset", "2020", db=db)
    assert r.returncode == 0, r.stderr
    r = as_user("clerk", CLERK_PW, "attendance", "lock", "--date", "2020-03-23",
                "--unit", "BKD", db=db)
    assert r.returncode == 1 and "clerk (operator) tidak berwenang" in r.stderr
    r = as_user("clerk", CLERK_PW, "user", "add", "x", "--role", "viewer", db=db)
    assert r.returncode == 1
    r = as_user("boss", BOSS_PW, "attendance", "lock", "--date", "2020-03-23",
                "--unit", "BKD", "--by", "someone else", db=db)
    assert r.returncode == 0, r.stderr
    r = as_user("boss", BOSS_PW, "staff", "import", str(files / "staff.csv"), db=db)
    assert r.returncode == 1 and "boss" in r.stderr
    r = as_user("bkd", VIEW_PW, "staff", "export", str(files / "out.csv"), db=db)
    assert r.returncode == 0, r.stderr
    r = as_user("bkd", VIEW_PW, "holidays", "preset", "2021", db=db)
    assert r.returncode == 1
    outputs += [r.stdout + r.stderr]

    # a wrong password, three times: then even the right one waits
    for _ in range(3):
        r = as_user("clerk", "salah-salah", "holidays", "list", db=db)
        assert r.returncode == 1 and "salah" in r.stderr
    r = as_user("clerk", CLERK_PW, "holidays", "list", db=db)
    assert r.returncode == 1 and "detik" in r.stderr

    r = wfh("user", "list", db=db)
    users = {line.split("\t")[0]: line.split("\t") for line in r.stdout.splitlines()}
    assert users["boss"][1] == "supervisor" and users["bkd"][1] == "pemantau"
    assert users["admin"][3] == "Admin BKD"

    r = wfh("audit", "--limit", "0", db=db)
    assert r.returncode == 0, r.stderr
    lines = [line.split("\t") for line in r.stdout.splitlines()]
    locks = [x for x in lines if x[2] == "attendance.lock:lock_day"]
    assert len(locks) == 1 and locks[0][1] == "boss"
    assert any(x[1] == "clerk" and x[2] == "staff:import_staff" for x in lines)
    assert sum(1 for x in lines if x[1] == "clerk" and x[2] == "login.failed") == 3
    r2 = wfh("audit", "--account", "boss", "--action", "attendance", db=db)
    assert [x.split("\t")[2] for x in r2.stdout.splitlines()] == ["attendance.lock:lock_day"]
    outputs.append(r.stdout)

    # the lock was recorded under the account, not the name typed after --by
    from wfh_desktop.database import open_database

    handle = open_database(db)
    assert {r["locked_by"] for r in handle.query("SELECT locked_by FROM attendance_locks")} \
        == {"boss"}
    handle.conn.close()
    secrets = (ADMIN_PW, CLERK_PW, BOSS_PW, VIEW_PW)
    for text in outputs:
        assert not any(s in text for s in secrets)
    for path in files.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert not any(s.encode() in data for s in secrets), path.name


def test_the_password_is_asked_for_when_not_in_the_environment(tmp_path):
    db = tmp_path / "p.sqlite3"
    r = wfh("user", "add", "admin", "--role", "admin", db=db,
            env_extra={"WFH_DESKTOP_PASSWORD": ADMIN_PW})
    assert r.returncode == 0, r.stderr
    # no terminal and no variable: a clear refusal, not a hang
    r = wfh("--user", "admin", "holidays", "preset", "2020", db=db)
    assert r.returncode == 1 and "WFH_DESKTOP_PASSWORD" in r.stderr


def test_backup_and_restore_follow_the_roles(files):
    """A viewer may not copy the database (it holds the password hashes); only an
    administrator of the current database may replace it by a backup."""
    db = files / "b.sqlite3"
    assert wfh("units", "import", str(files / "units.csv"), db=db).returncode == 0
    r = wfh("user", "add", "admin", "--role", "admin", db=db,
            env_extra={"WFH_DESKTOP_PASSWORD": ADMIN_PW})
    assert r.returncode == 0, r.stderr
    add_user(db, "clerk", "operator", CLERK_PW)
    add_user(db, "bkd", "viewer", VIEW_PW)
    copy = files / "copy.sqlite3"
    r = as_user("bkd", VIEW_PW, "backup", "-o", str(copy), db=db)
    assert r.returncode == 1 and "bkd (pemantau) tidak berwenang" in r.stderr
    assert not copy.exists()
    r = as_user("clerk", CLERK_PW, "backup", "-o", str(copy), db=db)
    assert r.returncode == 0, r.stderr
    assert copy.is_file()

    def kept():
        return sorted(p.name for p in files.glob("backups/b-before-restore-*"))

    r = as_user("clerk", CLERK_PW, "restore", str(copy), db=db)
    assert r.returncode == 1 and "memulihkan cadangan" in r.stderr
    r = wfh("restore", str(copy), db=db)
    assert r.returncode == 1 and "--user" in r.stderr
    assert kept() == []  # refused before anything was touched
    r = as_user("admin", ADMIN_PW, "restore", str(copy), db=db)
    assert r.returncode == 0, r.stderr
    assert len(kept()) == 1  # the database as it was, kept before the restore
