"""Accounts, roles, log-in with hold-back, and the audit log, in the core (no Qt)."""
import datetime as dt
import importlib

import pytest

from wfh_desktop import accounts, attendance, policy, register
from wfh_desktop.accounts import AccountError, PermissionDenied
from wfh_desktop.i18n import set_language

from .conftest import TODAY
from .scenario import Org
from .scenario import policy as make_policy

PASSWORD = "Rahasia-2020"
CORE_MODULES = ("register", "units", "policy", "scheduler", "settings", "attendance",
                "reports", "demo", "sites")


POLICY = """
number = "800/123/BKD"
title = "Sistem kerja bergiliran"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-30

[rules]
max_office_share = 0.5
"""


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


def decorated_functions():
    """Every core function that writes, with the permission it needs."""
    found = []
    for name in CORE_MODULES:
        module = importlib.import_module(f"wfh_desktop.{name}")
        for attr in vars(module).values():
            if callable(attr) and hasattr(attr, "permission") and \
                    attr.__module__ == module.__name__:
                found.append(attr)
    return found


def with_admin(db, name="admin"):
    accounts.add_user(db, name, "admin", PASSWORD, full_name="Admin BKD")
    return accounts.login(db, name, PASSWORD)


def table_dump(db):
    return {t: list(db.execute(f"SELECT * FROM {t}")) for t in db.table_names()
            if t != "audit_log"}


def test_passwords_are_salted_scrypt_hashes():
    one, two = accounts.hash_password("geheim-123"), accounts.hash_password("geheim-123")
    assert one != two and one.startswith("scrypt$") and "geheim" not in one
    assert accounts.check_password("geheim-123", one)
    assert not accounts.check_password("geheim-124", one)
    assert not accounts.check_password("geheim-123", "md5$abc")
    assert not accounts.check_password("geheim-123", "scrypt$x$y$z$w$v")


def test_without_accounts_everything_is_allowed_and_recorded_under_the_os_user(with_units):
    db = with_units
    assert not accounts.accounts_exist(db)
    assert accounts.can(db, "users") and accounts.can(db, "attendance.lock")
    policy.apply_holiday_preset(db, 2020)
    entry = accounts.audit_log(db, action="policies")[0]
    assert entry["action"] == "policies:apply_holiday_preset"
    assert entry["detail"] == "2020"


def test_the_first_account_must_be_an_administrator(database):
    with pytest.raises(AccountError, match="administrator"):
        accounts.add_user(database, "clerk", "operator", PASSWORD)
    assert accounts.list_users(database) == []
    account = accounts.add_user(database, "admin", "admin", PASSWORD)
    assert account.role == "admin"
    # once an account exists, only a logged-in administrator adds more
    with pytest.raises(PermissionDenied):
        accounts.add_user(database, "clerk", "operator", PASSWORD)


@pytest.mark.parametrize("name, password, why", [
    ("", PASSWORD, "one word"),
    ("two words", PASSWORD, "one word"),
    ("clerk", "short", "8"),
    ("clerk1234", "Clerk1234", "user name"),
])
def test_bad_names_and_passwords_are_refused(database, name, password, why):
    with_admin(database)
    with pytest.raises(AccountError, match=why):
        accounts.add_user(database, name, "operator", password)


def test_user_names_are_unique_whatever_the_case(database):
    with_admin(database)
    accounts.add_user(database, "Siti", "operator", PASSWORD)
    with pytest.raises(AccountError, match="exists"):
        accounts.add_user(database, "siti", "viewer", PASSWORD)


def test_writes_need_a_log_in_once_accounts_exist(with_units):
    db = with_units
    accounts.add_user(db, "admin", "admin", PASSWORD)
    before = table_dump(db)
    with pytest.raises(PermissionDenied, match="--user"):
        policy.apply_holiday_preset(db, 2020)
    assert table_dump(db) == before
    # reads still work without anyone logged in
    assert register.counts(db)["units"] == 4


def test_every_write_is_checked_for_every_role(database):
    """For each role, every decorated core write it may not do is refused before it runs
    (the arguments do not matter: the check comes first)."""
    functions = decorated_functions()
    assert len(functions) >= 30
    permissions = {f.permission for f in functions}
    assert permissions <= accounts.ALL_PERMISSIONS
    with_admin(database)
    for role in ("operator", "supervisor", "viewer"):
        accounts.add_user(database, role, role, PASSWORD)
    for role in ("operator", "supervisor", "viewer"):
        accounts.login(database, role, PASSWORD)
        refused = [f for f in functions if f.permission not in accounts.PERMISSIONS[role]]
        assert refused
        for fn in refused:
            with pytest.raises(PermissionDenied, match=role):
                fn(database, object(), object())
        for perm in permissions:
            assert accounts.can(database, perm) == (perm in accounts.PERMISSIONS[role])


def test_roles_split_the_clerk_and_the_supervisor(database):
    db = database
    Org(db).unit("BKD").person("Budi", "BKD").build()
    make_policy(db, POLICY)
    with_admin(db)
    accounts.add_user(db, "clerk", "operator", PASSWORD)
    accounts.add_user(db, "boss", "supervisor", PASSWORD)
    staff_id = next(iter(db.query("SELECT id FROM staff")))["id"]

    accounts.login(db, "clerk", PASSWORD)
    policy.apply_holiday_preset(db, 2020)          # operator: policies and holidays
    attendance.key_entry(db, staff_id, TODAY, "H", "07:20", "16:05", by="typed name")
    with pytest.raises(PermissionDenied, match="clerk"):
        attendance.lock_day(db, "BKD", TODAY)

    accounts.login(db, "boss", PASSWORD)
    result = attendance.lock_day(db, "BKD", TODAY, by="someone else")
    assert result
    with pytest.raises(PermissionDenied, match="boss"):
        attendance.key_entry(db, staff_id, TODAY, "S")

    # who keyed and who locked is the account, whatever name a caller passed
    locks = list(db.query("SELECT locked_by FROM attendance_locks"))
    assert {r["locked_by"] for r in locks} == {"boss"}
    keyed = list(db.query("SELECT keyed_by FROM attendance"))
    assert keyed and {r["keyed_by"] for r in keyed} == {"clerk"}
    log = accounts.audit_log(db)
    assert [e["action"] for e in log if e["account"] == "boss"][:2] == \
        ["attendance.lock:lock_day", "login"]
    assert any(e["account"] == "clerk" and e["action"] == "attendance.key:key_entry"
               for e in log)


def test_a_refused_or_failed_write_leaves_no_audit_entry(with_units, tmp_path):
    db = with_units
    with_admin(db)
    bad = tmp_path / "units.csv"
    bad.write_text("kode,nama,induk,jenis,layanan_publik\nX,,NOPE,dinas,tidak\n",
                   encoding="utf-8")
    before = len(accounts.audit_log(db))
    with pytest.raises(register.ImportRejected):
        register.import_units(db, bad)
    assert len(accounts.audit_log(db)) == before


def test_nested_writes_leave_one_entry(with_units, tmp_path):
    db = with_units
    with_admin(db)
    good = tmp_path / "more.csv"
    good.write_text("kode,nama,induk,jenis,layanan_publik\nX1,Bidang X,BKD,badan,tidak\n",
                    encoding="utf-8")
    register.import_units(db, good)  # calls apply_units, itself a checked write
    entries = accounts.audit_log(db, action="units", account="admin")
    assert [e["action"] for e in entries] == ["units:import_units"]
    assert entries[0]["account"] == "admin" and entries[0]["detail"].endswith("more.csv")


def test_failed_log_ins_hold_the_account_back_longer_each_time(database):
    with_admin(database)
    accounts.add_user(database, "clerk", "operator", PASSWORD)
    t0 = dt.datetime(2020, 3, 23, 8, 0, 0)
    for i in range(accounts.FREE_FAILURES):
        with pytest.raises(AccountError, match="wrong user name or password"):
            accounts.login(database, "clerk", "nope", now=t0 + dt.timedelta(seconds=i))
    # held back 30 s after the third failure: even the right password is refused
    with pytest.raises(AccountError, match="30 seconds"):
        accounts.login(database, "clerk", PASSWORD, now=t0 + dt.timedelta(seconds=2))
    t1 = t0 + dt.timedelta(seconds=40)
    with pytest.raises(AccountError, match="wrong"):
        accounts.login(database, "clerk", "nope", now=t1)
    with pytest.raises(AccountError, match="60 seconds"):
        accounts.login(database, "clerk", PASSWORD, now=t1)
    assert accounts.delay_after(10) == 3600  # capped at an hour
    account = accounts.login(database, "clerk", PASSWORD, now=t1 + dt.timedelta(seconds=61))
    assert account.name == "clerk" and database.account == account
    row = [u for u in accounts.list_users(database) if u["name"] == "clerk"][0]
    assert row["failed_logins"] == 0 and row["locked_until"] is None
    kinds = [e["action"] for e in accounts.audit_log(database, account="clerk")]
    assert kinds.count("login.failed") == 4 and kinds.count("login.refused") == 2
    assert kinds[0] == "login"


def test_an_unknown_user_gets_the_same_message_as_a_wrong_password(database):
    with_admin(database)
    with pytest.raises(AccountError) as unknown:
        accounts.login(database, "nobody", PASSWORD)
    with pytest.raises(AccountError) as wrong:
        accounts.login(database, "admin", "wrong-password")
    assert str(unknown.value) == str(wrong.value)


def test_disabled_accounts_and_the_last_administrator(database):
    with_admin(database)
    accounts.add_user(database, "clerk", "operator", PASSWORD)
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.set_role(database, "admin", "operator")
    with pytest.raises(AccountError, match="last active administrator"):
        accounts.set_active(database, "admin", False)
    accounts.set_active(database, "clerk", False)
    with pytest.raises(AccountError, match="disabled"):
        accounts.login(database, "clerk", PASSWORD)
    accounts.set_active(database, "clerk", True)
    accounts.set_role(database, "clerk", "supervisor")
    assert accounts.login(database, "clerk", PASSWORD).role == "supervisor"


def test_passwords_are_changed_by_their_owner_or_an_administrator(database):
    with_admin(database)
    accounts.add_user(database, "clerk", "operator", PASSWORD)
    accounts.login(database, "clerk", PASSWORD)
    with pytest.raises(AccountError, match="current password"):
        accounts.set_password(database, "clerk", "Baru-2020-xx", old_password="wrong")
    with pytest.raises(PermissionDenied):
        accounts.set_password(database, "admin", "Baru-2020-xx")
    accounts.set_password(database, "clerk", "Baru-2020-xx", old_password=PASSWORD)
    accounts.login(database, "admin", PASSWORD)
    accounts.set_password(database, "clerk", "Lagi-2020-yy")
    with pytest.raises(AccountError):
        accounts.login(database, "clerk", "Baru-2020-xx")
    accounts.login(database, "clerk", "Lagi-2020-yy")


def test_a_password_never_reaches_the_database_file_or_the_log(tmp_path):
    from wfh_desktop.database import open_database

    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    secret = "Sangat-Rahasia-7731"
    accounts.add_user(db, "admin", "admin", secret)
    accounts.login(db, "admin", secret)
    with pytest.raises(AccountError):
        accounts.login(db, "admin", secret + "x")
    accounts.set_password(db, "admin", secret + "-new", old_password=secret)
    accounts.logout(db)
    for entry in accounts.audit_log(db):
        assert secret not in " ".join(str(v) for v in entry.values())
    db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    db.conn.close()
    for file in tmp_path.iterdir():
        assert secret.encode() not in file.read_bytes(), file.name


def test_the_audit_log_filters_in_the_core(database):
    with_admin(database)
    accounts.add_user(database, "clerk", "operator", PASSWORD)
    accounts.login(database, "clerk", PASSWORD)
    assert {e["account"] for e in accounts.audit_log(database, account="CLERK")} == {"clerk"}
    assert [e["target"] for e in accounts.audit_log(database, action="users")] == \
        ["clerk", "admin"]
    assert [e["action"] for e in accounts.audit_log(database, text="clerk")][-1] == \
        "users:add_user"
    assert len(accounts.audit_log(database, limit=1)) == 1
    assert accounts.audit_log(database, since="2999-01-01") == []


def test_action_text_in_words():
    set_language("id")
    assert accounts.action_text("login.failed") == "gagal masuk"
    assert accounts.action_text("staff:import_staff") == "mengubah data pegawai (import_staff)"
    assert accounts.action_text("sync.identity") == "sync.identity"  # unknown: as it is
