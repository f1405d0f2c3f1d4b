"""SQL of the user accounts and of the audit log (who did what, log-ins included)."""
from __future__ import annotations

USER_COLUMNS = ("id", "name", "full_name", "role", "password_hash", "active",
                "failed_logins", "locked_until", "created_at", "created_by",
                "password_changed_at", "last_login_at")


def m0005_accounts(db):
    from .migrations import run_script

    run_script(db, """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'supervisor', 'viewer')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            password_changed_at TEXT NOT NULL,
            last_login_at TEXT
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            account TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_at ON audit_log (at);
        CREATE INDEX audit_log_account ON audit_log (account, at)
    """)


def count_users(db, *, active_only: bool = False) -> int:
    sql = "SELECT COUNT(*) FROM users"
    if active_only:
        sql += " WHERE active = 1"
    return db.execute(sql).fetchone()[0]


def list_users(db) -> list[dict]:
    return list(db.query("SELECT * FROM users ORDER BY name COLLATE NOCASE"))


def user_by_name(db, name: str) -> dict | None:
    rows = list(db.query("SELECT * FROM users WHERE name = ? COLLATE NOCASE", [name]))
    return rows[0] if rows else None


def count_active_admins(db) -> int:
    return db.execute(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]


def insert_user(db, row: dict) -> None:
    cols = [c for c in USER_COLUMNS if c in row]
    db.execute(f"INSERT INTO users ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
               [row[c] for c in cols])


def update_user(db, user_id: str, **values) -> None:
    bad = set(values) - set(USER_COLUMNS)
    if bad:
        raise ValueError(f"unknown user columns: {sorted(bad)}")
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(f"UPDATE users SET {sets} WHERE id = ?", [*values.values(), user_id])


def add_audit(db, at: str, account: str, action: str, target: str = "",
              detail: str = "") -> None:
    db.execute("INSERT INTO audit_log (at, account, action, target, detail) "
               "VALUES (?, ?, ?, ?, ?)", [at, account, action, target, detail])


def audit_entries(db, *, account: str | None = None, action: str | None = None,
                  since: str | None = None, until: str | None = None,
                  text: str | None = None, limit: int | None = None) -> list[dict]:
    """Newest first, filtered in SQL."""
    where, params = [], []
    if account:
        where.append("account = ? COLLATE NOCASE")
        params.append(account)
    if action:
        # an action name, or a permission: its actions ("attendance.lock:lock_day") and
        # those of the permissions under it ("attendance" -> "attendance.key:...")
        escaped = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(action = ? OR action LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\')")
        params += [action, escaped + ":%", escaped + ".%"]
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < ?")
        params.append(until)
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(target LIKE ? ESCAPE '\\' OR detail LIKE ? ESCAPE '\\' "
                     "OR action LIKE ? ESCAPE '\\')")
        params += [like, like, like]
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY at DESC, id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))
