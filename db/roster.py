"""SQL of the roster (who works where each day) and of the conflicts recorded with it."""
from __future__ import annotations

from .sync import write_bulk

ROSTER_COLUMNS = ("staff_id", "date", "unit_id", "mode", "rule", "policy_id", "pinned",
                  "breach", "pinned_by", "updated_at")


def roster_between(db, start: str, end: str, unit_ids: list[str] | None = None) -> list[dict]:
    sql = "SELECT * FROM roster WHERE date BETWEEN ? AND ?"
    params: list = [start, end]
    if unit_ids is not None:
        sql += f" AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        params += unit_ids
    return list(db.query(sql, params))


def roster_tuples(db, start: str, end: str) -> list[tuple]:
    """(staff_id, date, unit_id, mode, rule, policy_id, pinned, breach, pinned_by) rows."""
    return db.execute(
        "SELECT staff_id, date, unit_id, mode, rule, policy_id, pinned, breach, pinned_by "
        "FROM roster WHERE date BETWEEN ? AND ?", [start, end]).fetchall()


def roster_entry(db, staff_id: str, date: str) -> dict | None:
    rows = list(db.query("SELECT * FROM roster WHERE staff_id = ? AND date = ?",
                         [staff_id, date]))
    return rows[0] if rows else None


def upsert_roster(db, rows: list[tuple]) -> None:
    """Rows as tuples in ROSTER_COLUMNS order (new ones are logged for sync here, changed
    ones by the update trigger)."""
    write_bulk(db, "roster", ROSTER_COLUMNS, rows, upsert=True)


def insert_roster(db, rows: list[tuple]) -> None:
    """New rows (logged for sync here)."""
    write_bulk(db, "roster", ROSTER_COLUMNS, rows, upsert=False)


def delete_roster(db, keys: list[tuple[str, str]]) -> None:
    db.conn.executemany("DELETE FROM roster WHERE staff_id = ? AND date = ?", keys)


def set_breach(db, rows: list[tuple[str, str, str]]) -> None:
    """(breach, staff_id, date) rows."""
    db.conn.executemany("UPDATE roster SET breach = ? WHERE staff_id = ? AND date = ?", rows)


def conflicts_between(db, start: str, end: str, unit_ids: list[str] | None = None) -> list[dict]:
    sql = "SELECT * FROM roster_conflicts WHERE date BETWEEN ? AND ?"
    params: list = [start, end]
    if unit_ids is not None:
        sql += f" AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        params += unit_ids
    return list(db.query(sql + " ORDER BY unit_id, date, rule", params))


def replace_conflicts(db, unit_ids: list[str], dates: list[str], rows: list[tuple]) -> None:
    """Drop the conflicts of these units and dates, then insert *rows*
    (policy_id, unit_id, date, rule, gave_way_to, detail)."""
    db.conn.executemany(
        "DELETE FROM roster_conflicts WHERE unit_id = ? AND date = ?",
        [(u, d) for u in unit_ids for d in dates])
    db.conn.executemany(
        "INSERT OR REPLACE INTO roster_conflicts "
        "(policy_id, unit_id, date, rule, gave_way_to, detail) VALUES (?, ?, ?, ?, ?, ?)",
        rows)


def count_roster(db) -> int:
    return db.execute("SELECT count(*) FROM roster").fetchone()[0]


def roster_report(db, start: str, end: str, unit_ids: list[str] | None = None) -> list[dict]:
    """Roster rows joined with staff, unit and policy, for export, print and the GUI."""
    sql = (
        "SELECT r.date, r.mode, r.rule, r.pinned, r.breach, r.pinned_by, r.staff_id, "
        "r.unit_id, s.nip, s.nik, s.name, s.position, s.level, s.eselon, "
        "u.code AS unit_code, u.name AS unit_name, p.number AS policy, p.version AS "
        "policy_version FROM roster r JOIN staff s ON s.id = r.staff_id "
        "JOIN units u ON u.id = r.unit_id JOIN policies p ON p.id = r.policy_id "
        "WHERE r.date BETWEEN ? AND ?")
    params: list = [start, end]
    if unit_ids is not None:
        sql += f" AND r.unit_id IN ({', '.join('?' * len(unit_ids))})"
        params += unit_ids
    return list(db.query(sql + " ORDER BY u.code COLLATE NOCASE, r.date, s.name", params))
