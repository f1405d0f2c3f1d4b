"""SQL of attendance: the editable codes, keyed entries (versions, never overwritten), day
locks and month closures."""
from __future__ import annotations

CODE_COLUMNS = ("code", "meaning", "category", "present", "onsite", "band_from", "band_to",
                "cut_percent", "position", "active")
ENTRY_COLUMNS = ("id", "staff_id", "date", "unit_id", "status", "time_in", "time_out",
                 "late_minutes", "early_minutes", "late_code", "early_code", "worked_minutes",
                 "source", "note", "kind", "reason", "replaces", "current", "keyed_by",
                 "keyed_at")


def _in(column: str, values: list) -> tuple[str, list]:
    return f" AND {column} IN ({', '.join('?' * len(values))})", list(values)


# --- codes ---------------------------------------------------------------------------------

def list_codes(db) -> list[dict]:
    return list(db.query("SELECT * FROM attendance_codes ORDER BY position, code"))


def upsert_code(db, row: dict) -> None:
    db.execute(
        f"INSERT INTO attendance_codes ({', '.join(CODE_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(CODE_COLUMNS))}) "
        "ON CONFLICT(code) DO UPDATE SET meaning = excluded.meaning, "
        "category = excluded.category, present = excluded.present, onsite = excluded.onsite, "
        "band_from = excluded.band_from, band_to = excluded.band_to, "
        "cut_percent = excluded.cut_percent, position = excluded.position, "
        "active = excluded.active",
        [row[c] for c in CODE_COLUMNS])


def code_in_use(db, code: str) -> int:
    return db.execute("SELECT count(*) FROM attendance WHERE status = ? COLLATE NOCASE",
                      [code]).fetchone()[0]


# --- entries -------------------------------------------------------------------------------

def current_entries(db, start: str, end: str, staff_ids: list[str] | None = None) -> dict:
    """(staff_id, date) -> current entry (dict) between two dates."""
    sql = "SELECT * FROM attendance WHERE current = 1 AND date BETWEEN ? AND ?"
    params: list = [start, end]
    if staff_ids is not None:
        extra, more = _in("staff_id", staff_ids)
        sql += extra
        params += more
    return {(r["staff_id"], r["date"]): r for r in db.query(sql, params)}


def current_tuples(db, start: str, end: str) -> list[tuple]:
    """(staff_id, date, unit_id, status, time_in, time_out, late_minutes, early_minutes,
    late_code, early_code, worked_minutes) of every current entry between two dates."""
    return db.execute(
        "SELECT staff_id, date, unit_id, status, time_in, time_out, late_minutes, "
        "early_minutes, late_code, early_code, worked_minutes FROM attendance "
        "WHERE current = 1 AND date BETWEEN ? AND ?", [start, end]).fetchall()


def office_plan(db, start: str, end: str) -> list[tuple]:
    """(staff_id, date, unit_id) of the roster entries in the office (WFO) between two
    dates, for the recap's plan against the keyed attendance."""
    return db.execute(
        "SELECT staff_id, date, unit_id FROM roster WHERE date BETWEEN ? AND ? "
        "AND mode = 'WFO'", [start, end]).fetchall()


def versions(db, staff_ids: list[str], date: str) -> list[dict]:
    """Every version of the entries of these staff on one day, oldest first."""
    if not staff_ids:
        return []
    extra, more = _in("staff_id", staff_ids)
    return list(db.query(
        f"SELECT * FROM attendance WHERE date = ?{extra} ORDER BY keyed_at, rowid",
        [date] + more))


def insert_entries(db, rows: list[tuple]) -> None:
    """Rows as tuples in ENTRY_COLUMNS order."""
    db.conn.executemany(
        f"INSERT INTO attendance ({', '.join(ENTRY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(ENTRY_COLUMNS))})", rows)


def supersede(db, entry_ids: list[str]) -> None:
    """The entries stop being current (their data stays as it was)."""
    db.conn.executemany("UPDATE attendance SET current = 0 WHERE id = ?",
                        [(i,) for i in entry_ids])


def entries_report(db, start: str, end: str, unit_ids: list[str] | None = None) -> list[dict]:
    """Current entries joined with staff and unit, for export."""
    sql = (
        "SELECT a.date, a.status, a.time_in, a.time_out, a.source, a.note, a.kind, "
        "a.keyed_by, s.nip, s.nik, s.name, u.code AS unit_code, su.code AS staff_unit_code "
        "FROM attendance a JOIN staff s ON s.id = a.staff_id "
        "JOIN units u ON u.id = a.unit_id JOIN units su ON su.id = s.unit_id "
        "WHERE a.current = 1 AND a.date BETWEEN ? AND ?")
    params: list = [start, end]
    if unit_ids is not None:
        extra, more = _in("a.unit_id", unit_ids)
        sql += extra
        params += more
    return list(db.query(sql + " ORDER BY a.date, u.code COLLATE NOCASE, s.name", params))


def count_entries(db, current_only: bool = False) -> int:
    where = " WHERE current = 1" if current_only else ""
    return db.execute(f"SELECT count(*) FROM attendance{where}").fetchone()[0]


# --- locks and closures --------------------------------------------------------------------

def locks_between(db, start: str, end: str) -> dict:
    """(unit_id, date) -> lock row."""
    return {(r["unit_id"], r["date"]): r for r in db.query(
        "SELECT * FROM attendance_locks WHERE date BETWEEN ? AND ?", [start, end])}


def insert_locks(db, rows: list[tuple]) -> None:
    """(unit_id, date, locked_by, locked_at) rows; a day already locked stays as it was."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO attendance_locks (unit_id, date, locked_by, locked_at) "
        "VALUES (?, ?, ?, ?)", rows)


def closures(db, months: list[str]) -> dict:
    """(unit_id, month) -> closure row."""
    if not months:
        return {}
    extra, more = _in("month", months)
    return {(r["unit_id"], r["month"]): r for r in db.query(
        f"SELECT * FROM attendance_closures WHERE 1 = 1{extra}", more)}


def closures_between(db, first: str, last: str) -> dict:
    """(unit_id, month) -> closure row, for the months from *first* to *last* (YYYY-MM)."""
    return {(r["unit_id"], r["month"]): r for r in db.query(
        "SELECT * FROM attendance_closures WHERE month BETWEEN ? AND ?", [first, last])}


def insert_closures(db, rows: list[tuple]) -> None:
    """(unit_id, month, closed_by, closed_at, fingerprint) rows."""
    db.conn.executemany(
        "INSERT INTO attendance_closures (unit_id, month, closed_by, closed_at, fingerprint) "
        "VALUES (?, ?, ?, ?, ?)", rows)


def staff_brief(db) -> list[tuple]:
    """(id, nip, nik, name, unit_id, active, position, level, eselon) of every staff member."""
    return db.execute(
        "SELECT id, nip, nik, name, unit_id, active, position, level, eselon FROM staff"
    ).fetchall()
