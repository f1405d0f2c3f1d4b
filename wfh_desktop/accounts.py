"""Local user accounts, roles, log-in and the audit log.

Roles and what they may do (``PERMISSIONS``):

- ``admin``: everything, and alone settings, attendance codes, user accounts, restore;
- ``operator`` (clerk): staff register, units, policies and holidays, roster, keying and
  importing attendance, collecting daily reports;
- ``supervisor``: verifying reports, locking days and closing months, corrections of
  locked attendance;
- ``viewer`` (BKD monitoring): reads, prints and exports only.

Until the first account exists every command runs without a user, so that set-up can be
scripted; the first account must be an administrator.  From then on every write names
an account: :func:`login` puts it on the database handle (``db.account``) and every core
function that writes is wrapped in :func:`action`, which checks the role, runs the write
in one transaction and appends an entry to the audit log in that same transaction.

Passwords are hashed with scrypt (memory-hard, Python's standard library) and a random
salt; they are never stored, logged or printed.  Repeated failed log-ins lock the account
for a delay that doubles with every further failure.
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import getpass
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

import db as store
from db import accounts as sql

from .i18n import t

ROLES = ("admin", "operator", "supervisor", "viewer")

PERMISSIONS: dict[str, frozenset[str]] = {
    "operator": frozenset({
        "staff", "units", "policies", "roster", "attendance.key", "reports.collect",
        "backup",
    }),
    "supervisor": frozenset({
        "attendance.lock", "attendance.correct", "reports.verify", "backup",
    }),
    "viewer": frozenset(),
}
ALL_PERMISSIONS = frozenset({
    "settings", "users", "attendance.codes", "restore", "demo", "sync",
    *PERMISSIONS["operator"], *PERMISSIONS["supervisor"],
})
PERMISSIONS["admin"] = ALL_PERMISSIONS

# what each permission lets a person do, for messages
PERMISSION_TEXT = {
    "settings": "change the settings",
    "users": "manage user accounts",
    "attendance.codes": "change attendance codes and working hours",
    "restore": "restore a backup",
    "demo": "build demo data",
    "sync": "exchange sync files",
    "staff": "change the staff register",
    "units": "change the units",
    "policies": "change policies and holidays",
    "roster": "change the roster",
    "attendance.key": "key in attendance",
    "reports.collect": "collect daily reports",
    "backup": "make a backup",
    "attendance.lock": "lock days and close months",
    "attendance.correct": "correct locked attendance",
    "reports.verify": "verify daily reports",
}

ROLE_TEXT = {"admin": "administrator", "operator": "operator", "supervisor": "supervisor",
             "viewer": "viewer"}

MIN_PASSWORD_LENGTH = 8
FREE_FAILURES = 3            # failed log-ins before the account is held back
FIRST_DELAY_SECONDS = 30     # then 30 s, 60 s, 120 s ... doubling
MAX_DELAY_SECONDS = 3600

# scrypt cost: 2**14 x 8 x 128 bytes = 16 MiB of memory per hash
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1


class AccountError(Exception):
    """A log-in or an account change that is refused; the message says why."""


class PermissionDenied(AccountError):
    """The account logged in (or nobody) may not do this."""


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    role: str
    full_name: str = ""

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, ())

    @property
    def label(self) -> str:
        return f"{self.name} ({role_text(self.role)})"


def role_text(role: str) -> str:
    return t(ROLE_TEXT.get(role, role))


# audit entries that are not a permission's write
EVENT_TEXT = {"login": "logged in", "login.failed": "failed log-in",
              "login.refused": "log-in refused", "logout": "logged out"}


def action_text(action_name: str) -> str:
    """An audit entry's action for people: ``staff:import_staff`` -> "change the staff
    register (import_staff)", ``login.failed`` -> "failed log-in" (in the user's
    language); an unknown one as it is."""
    if action_name in EVENT_TEXT:
        return t(EVENT_TEXT[action_name])
    permission, _, function = action_name.partition(":")
    if function and permission in PERMISSION_TEXT:
        return f"{t(PERMISSION_TEXT[permission])} ({function})"
    return action_name


def _now() -> dt.datetime:
    return dt.datetime.now()


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


# --- passwords ------------------------------------------------------------------------

def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                             n=int(n), r=int(r), p=int(p), maxmem=64 * 1024 * 1024,
                             dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def password_problem(password: str, name: str = "") -> str | None:
    """Why *password* is not good enough, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return t("the password needs at least {n} characters", n=MIN_PASSWORD_LENGTH)
    if name and password.strip().lower() == name.strip().lower():
        return t("the password must not be the user name")
    return None


# --- who is at the keyboard -------------------------------------------------------------

def accounts_exist(db) -> bool:
    if "users" not in db.table_names():
        return False
    return sql.count_users(db) > 0


def current(db) -> Account | None:
    return getattr(db, "account", None)


def who(db) -> str:
    """The name recorded as the author of a write: the account logged in, or (before any
    account exists) the operating system's user name."""
    account = current(db)
    if account is not None:
        return account.name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment
        return ""


def can(db, permission: str) -> bool:
    """Whether the person at the keyboard may do *permission* (for enabling buttons)."""
    account = current(db)
    if account is not None:
        return account.can(permission)
    return not accounts_exist(db)


def require(db, permission: str) -> None:
    """Raise :class:`PermissionDenied` unless the account logged in may do *permission*.

    With no account in the database yet, everything is allowed (set-up mode)."""
    account = current(db)
    if account is None:
        if not accounts_exist(db):
            return
        raise PermissionDenied(t(
            "this database has user accounts: log in to {what} (on the command line: "
            "--user NAME)", what=t(PERMISSION_TEXT.get(permission, permission))))
    if not account.can(permission):
        raise PermissionDenied(t(
            "{user} ({role}) may not {what}", user=account.name,
            role=role_text(account.role),
            what=t(PERMISSION_TEXT.get(permission, permission))))


def _detail(args, kwargs) -> str:
    """A short, password-free summary of a call's plain arguments for the audit log."""
    parts = []
    for value in list(args) + [v for k, v in kwargs.items()
                               if "password" not in k and k not in ("progress", "now")]:
        if isinstance(value, (str, int, float, dt.date, Path)) and not isinstance(value, bool):
            text = str(value).replace("\n", " ")
            parts.append(text if len(text) <= 80 else text[:77] + "...")
    return "; ".join(parts)[:300]


def action(permission: str):
    """Decorate a core function ``fn(db, ...)`` that writes: it checks the role, runs in
    one transaction and leaves an audit entry (account, action, arguments) inside it.

    A decorated function called from another one runs inside the outer call's check and
    entry.  With an account logged in, a ``by=`` argument (who keyed, locked...) is always
    that account's name."""
    def decorate(fn):
        name = f"{permission}:{fn.__name__}"

        @functools.wraps(fn)
        def wrapper(db, *args, **kwargs):
            if getattr(db, "_in_action", False):
                return fn(db, *args, **kwargs)
            require(db, permission)
            if current(db) is not None and "by" in kwargs:
                kwargs["by"] = current(db).name  # the account, whatever a caller typed
            db._in_action = True
            try:
                with store.transaction(db):
                    token = _begin_capture(db)
                    result = fn(db, *args, **kwargs)
                    _end_capture(db, token)
                    sql.add_audit(db, _iso(_now()), who(db), name,
                                  detail=_detail(args, kwargs))
            finally:
                db._in_action = False
            return result

        wrapper.permission = permission
        return wrapper
    return decorate


def _begin_capture(db):
    """Changes of synced data captured in this transaction get this site as origin, one
    clock value and the account (see :mod:`wfh_desktop.sync`)."""
    from .sync import begin_capture

    return begin_capture(db)


def _end_capture(db, token) -> None:
    from .sync import end_capture

    end_capture(db, token)


def record(db, action_name: str, target: str = "", detail: str = "") -> None:
    """An audit entry outside :func:`action` (log-ins, exports)."""
    sql.add_audit(db, _iso(_now()), who(db), action_name, target, detail)


# --- log-in ------------------------------------------------------------------------------

def _account(row: dict) -> Account:
    return Account(id=row["id"], name=row["name"], role=row["role"],
                   full_name=row["full_name"])


def delay_after(failures: int) -> int:
    """Seconds an account is held back after *failures* consecutive failed log-ins."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES))


def login(db, name: str, password: str, *, now: dt.datetime | None = None) -> Account:
    """Check *name* and *password*; on success the account is logged in on *db*.

    Every attempt goes to the audit log; a wrong name and a wrong password get the same
    message.  After ``FREE_FAILURES`` failures the account is held back for a delay that
    doubles with each further failure."""
    now = now or _now()
    row = sql.user_by_name(db, name.strip()) if name.strip() else None
    wrong = AccountError(t("wrong user name or password"))
    with store.transaction(db):
        if row is None:
            sql.add_audit(db, _iso(now), name.strip()[:80], "login.failed",
                          detail=t("unknown user"))
            failure = wrong
        elif row["locked_until"] and row["locked_until"] > _iso(now):
            wait = dt.datetime.fromisoformat(row["locked_until"]) - now
            sql.add_audit(db, _iso(now), row["name"], "login.refused",
                          detail="held back after failed log-ins")
            failure = AccountError(t(
                "too many failed log-ins: {name} can try again in {seconds} seconds",
                name=row["name"], seconds=max(1, int(wait.total_seconds() + 0.999))))
        elif not check_password(password, row["password_hash"]):
            failures = row["failed_logins"] + 1
            delay = delay_after(failures)
            locked = _iso(now + dt.timedelta(seconds=delay)) if delay else None
            sql.update_user(db, row["id"], failed_logins=failures, locked_until=locked)
            sql.add_audit(db, _iso(now), row["name"], "login.failed",
                          detail=f"failed log-in {failures}")
            failure = wrong
        elif not row["active"]:
            sql.add_audit(db, _iso(now), row["name"], "login.refused",
                          detail="account disabled")
            failure = AccountError(t("the account {name} is disabled", name=row["name"]))
        else:
            sql.update_user(db, row["id"], failed_logins=0, locked_until=None,
                            last_login_at=_iso(now))
            sql.add_audit(db, _iso(now), row["name"], "login")
            failure = None
    if failure is not None:
        raise failure
    db.account = _account(row)
    return db.account


def logout(db) -> None:
    account = current(db)
    if account is not None:
        with store.transaction(db):
            sql.add_audit(db, _iso(_now()), account.name, "logout")
    db.account = None


def use_account(db, account: Account | None) -> None:
    """Carry an account already logged in over to another handle (a worker's)."""
    db.account = account


# --- managing accounts -------------------------------------------------------------------

def list_users(db) -> list[dict]:
    """Every account without its password hash."""
    if "users" not in db.table_names():
        return []
    return [{k: v for k, v in r.items() if k != "password_hash"} for r in sql.list_users(db)]


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(t("unknown role {role}: use one of {roles}", role=role,
                             roles=", ".join(ROLES)))


def add_user(db, name: str, role: str, password: str, *, full_name: str = "") -> Account:
    """A new account.  The first account of a database must be an administrator and may
    be made by anyone; later ones only by an administrator."""
    from .register import new_id

    name = name.strip()
    _check_role(role)
    first = not accounts_exist(db)
    if first and role != "admin":
        raise AccountError(t("the first account must be an administrator (--role admin)"))
    if not first:
        require(db, "users")
    if not name or len(name) > 40 or any(c.isspace() for c in name):
        raise AccountError(t("a user name is one word of 1 to 40 characters"))
    if sql.user_by_name(db, name) is not None:
        raise AccountError(t("the user {name} exists already", name=name))
    problem = password_problem(password, name)
    if problem:
        raise AccountError(problem)
    now = _iso(_now())
    row = {"id": new_id(), "name": name, "full_name": full_name.strip(), "role": role,
           "password_hash": hash_password(password), "active": 1, "failed_logins": 0,
           "created_at": now, "created_by": who(db), "password_changed_at": now}
    with store.transaction(db):
        sql.insert_user(db, row)
        sql.add_audit(db, now, who(db), "users:add_user", name, f"role {role}")
    return _account(row)


def _user_or_fail(db, name: str) -> dict:
    row = sql.user_by_name(db, name.strip())
    if row is None:
        raise AccountError(t("no user {name}", name=name))
    return row


def _keep_an_admin(db, row: dict, *, role: str | None = None, active: bool | None = None):
    losing = row["role"] == "admin" and row["active"] and (
        (role is not None and role != "admin") or active is False)
    if losing and sql.count_active_admins(db) <= 1:
        raise AccountError(t("{name} is the last active administrator", name=row["name"]))


def set_role(db, name: str, role: str) -> None:
    require(db, "users")
    _check_role(role)
    row = _user_or_fail(db, name)
    _keep_an_admin(db, row, role=role)
    with store.transaction(db):
        sql.update_user(db, row["id"], role=role)
        sql.add_audit(db, _iso(_now()), who(db), "users:set_role", row["name"],
                      f"{row['role']} -> {role}")
    if current(db) is not None and current(db).id == row["id"]:
        db.account = _account({**row, "role": role})


def set_active(db, name: str, active: bool) -> None:
    require(db, "users")
    row = _user_or_fail(db, name)
    _keep_an_admin(db, row, active=active)
    with store.transaction(db):
        sql.update_user(db, row["id"], active=1 if active else 0, failed_logins=0,
                        locked_until=None)
        sql.add_audit(db, _iso(_now()), who(db), "users:set_active", row["name"],
                      "active" if active else "disabled")


def set_password(db, name: str, password: str, *, old_password: str | None = None) -> None:
    """An administrator sets anyone's password; a user changes their own by giving the
    old one.  Clears a hold-back after failed log-ins."""
    row = _user_or_fail(db, name)
    me = current(db)
    own = me is not None and me.id == row["id"]
    if own:
        if old_password is None or not check_password(old_password, row["password_hash"]):
            raise AccountError(t("the current password is wrong"))
    else:
        require(db, "users")
    problem = password_problem(password, row["name"])
    if problem:
        raise AccountError(problem)
    now = _iso(_now())
    with store.transaction(db):
        sql.update_user(db, row["id"], password_hash=hash_password(password),
                        password_changed_at=now, failed_logins=0, locked_until=None)
        sql.add_audit(db, now, who(db), "users:set_password", row["name"])


# --- the audit log -------------------------------------------------------------------------

def audit_log(db, **filters) -> list[dict]:
    """Entries newest first; filters: account, action (a permission or an action name),
    since, until (ISO), text, limit."""
    if "audit_log" not in db.table_names():
        return []
    return sql.audit_entries(db, **filters)
