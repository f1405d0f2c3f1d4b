"""SQL of the staff and unit register and of the settings table."""
from __future__ import annotations

import json

UNIT_COLUMNS = ("id", "code", "name", "parent_id", "type", "public_service", "active")
STAFF_COLUMNS = (
    "id", "nip", "nik", "name", "employment_type", "position", "level", "eselon",
    "golongan", "unit_id", "birth_date", "sex", "pregnant", "comorbid", "public_service",
    "teacher", "phone", "email", "active",
)


# --- units -------------------------------------------------------------------------

def list_units(db) -> list[dict]:
    return list(db.query(
        "SELECT u.*, p.code AS parent_code FROM units u "
        "LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code COLLATE NOCASE"
    ))


def unit_by_code(db, code: str) -> dict | None:
    rows = list(db.query("SELECT * FROM units WHERE code = ? COLLATE NOCASE", [code]))
    return rows[0] if rows else None


def unit_codes(db) -> dict[str, str]:
    """Upper-cased unit code -> unit id."""
    return {r[0].upper(): r[1] for r in db.execute("SELECT code, id FROM units")}


def insert_unit(db, row: dict, now: str) -> None:
    cols = list(UNIT_COLUMNS) + ["created_at", "updated_at"]
    values = [row.get(c) for c in UNIT_COLUMNS] + [now, now]
    db.execute(
        f"INSERT INTO units ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        values,
    )


def update_unit(db, unit_id: str, row: dict, now: str) -> None:
    cols = [c for c in UNIT_COLUMNS if c != "id" and c in row]
    db.execute(
        f"UPDATE units SET {', '.join(f'{c} = ?' for c in cols)}, updated_at = ? WHERE id = ?",
        [row[c] for c in cols] + [now, unit_id],
    )


def count_units(db) -> int:
    return db.execute("SELECT count(*) FROM units").fetchone()[0]


# --- staff -------------------------------------------------------------------------

_STAFF_SELECT = (
    "SELECT s.*, u.code AS unit_code, u.name AS unit_name FROM staff s "
    "JOIN units u ON u.id = s.unit_id"
)


def list_staff(db, *, include_inactive: bool = True) -> list[dict]:
    where = "" if include_inactive else " WHERE s.active = 1"
    return list(db.query(f"{_STAFF_SELECT}{where} ORDER BY u.code COLLATE NOCASE, s.name"))


def staff_unsorted(db) -> list[dict]:
    """Every staff member with the unit's code and name, in no particular order (for a
    list that sorts itself: sorting 10,000 rows here costs a quarter of the read)."""
    cursor = db.execute(_STAFF_SELECT)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def get_staff(db, staff_id: str) -> dict | None:
    rows = list(db.query(f"{_STAFF_SELECT} WHERE s.id = ?", [staff_id]))
    return rows[0] if rows else None


def staff_by_identifier(db, digits: str) -> dict | None:
    """The staff member whose NIP or NIK is *digits*."""
    rows = list(db.query(f"{_STAFF_SELECT} WHERE s.nip = ? OR s.nik = ?", [digits, digits]))
    return rows[0] if rows else None


def staff_keys(db) -> list[tuple]:
    """(id, nip, nik, lower(name), unit_id) of every staff member, for matching imports."""
    return [tuple(r) for r in db.execute(
        "SELECT id, nip, nik, lower(name), unit_id FROM staff"
    )]


def insert_staff_many(db, rows: list[dict], now: str) -> None:
    cols = list(STAFF_COLUMNS) + ["created_at", "updated_at"]
    db.conn.executemany(
        f"INSERT INTO staff ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [[r.get(c) for c in STAFF_COLUMNS] + [now, now] for r in rows],
    )


def update_staff_many(db, rows: list[dict], now: str) -> None:
    cols = [c for c in STAFF_COLUMNS if c != "id"]
    db.conn.executemany(
        f"UPDATE staff SET {', '.join(f'{c} = ?' for c in cols)}, updated_at = ? WHERE id = ?",
        [[r.get(c) for c in cols] + [now, r["id"]] for r in rows],
    )


def set_staff_active(db, staff_id: str, active: bool, now: str) -> int:
    cur = db.execute(
        "UPDATE staff SET active = ?, updated_at = ? WHERE id = ?",
        [1 if active else 0, now, staff_id],
    )
    return cur.rowcount


def count_staff(db) -> int:
    return db.execute("SELECT count(*) FROM staff").fetchone()[0]


# --- settings ----------------------------------------------------------------------

def get_setting(db, key: str, default=None):
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(db, key: str, value) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False, sort_keys=True)],
    )
