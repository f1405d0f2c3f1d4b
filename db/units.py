"""SQL about units beyond the register's insert/update (``db.register``)."""
from __future__ import annotations


def active_staff_count_by_unit(db) -> dict[str, int]:
    """unit id -> number of active staff placed directly in that unit."""
    return {unit_id: n for unit_id, n in db.execute(
        "SELECT unit_id, count(*) FROM staff WHERE active = 1 GROUP BY unit_id"
    )}


def unit_by_id(db, unit_id: str) -> dict | None:
    rows = list(db.query(
        "SELECT u.*, p.code AS parent_code FROM units u "
        "LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?", [unit_id]))
    return rows[0] if rows else None
