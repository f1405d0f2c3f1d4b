"""SQL of policies (surat edaran), the holiday calendar and absences entered beforehand."""
from __future__ import annotations

POLICY_COLUMNS = ("id", "number", "version", "title", "issuer", "signed_on", "valid_from",
                  "valid_to", "workdays", "holidays", "rules", "source", "created_at")


def insert_policy(db, row: dict) -> None:
    db.execute(
        f"INSERT INTO policies ({', '.join(POLICY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(POLICY_COLUMNS))})",
        [row[c] for c in POLICY_COLUMNS],
    )


def list_policies(db) -> list[dict]:
    """Every version of every policy, newest version first within a number."""
    return list(db.query(
        "SELECT * FROM policies ORDER BY valid_from, number, version DESC"))


def latest_policy(db, number: str) -> dict | None:
    rows = list(db.query(
        "SELECT * FROM policies WHERE number = ? ORDER BY version DESC LIMIT 1", [number]))
    return rows[0] if rows else None


def policy_by_id(db, policy_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM policies WHERE id = ?", [policy_id]))
    return rows[0] if rows else None


def policies_covering(db, day: str) -> list[dict]:
    return list(db.query(
        "SELECT * FROM policies WHERE valid_from <= ? AND valid_to >= ? "
        "ORDER BY signed_on DESC, version DESC", [day, day]))


# --- holiday calendar --------------------------------------------------------------

def list_holidays(db, year: int | None = None) -> list[dict]:
    if year is None:
        return list(db.query("SELECT * FROM holidays ORDER BY date"))
    return list(db.query("SELECT * FROM holidays WHERE date LIKE ? ORDER BY date",
                         [f"{year:04d}-%"]))


def holidays_between(db, start: str, end: str) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT date, name FROM holidays WHERE date BETWEEN ? AND ?", [start, end])}


def upsert_holidays(db, rows: list[dict]) -> None:
    db.conn.executemany(
        "INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?) "
        "ON CONFLICT(date) DO UPDATE SET name = excluded.name, kind = excluded.kind",
        [(r["date"], r["name"], r["kind"]) for r in rows])


def delete_holiday(db, date: str) -> int:
    return db.execute("DELETE FROM holidays WHERE date = ?", [date]).rowcount


# --- absences entered beforehand (leave, sick, official travel) ----------------------

def insert_absence(db, row: dict) -> None:
    db.execute(
        "INSERT INTO absences (id, staff_id, kind, date_from, date_to, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [row["id"], row["staff_id"], row["kind"], row["date_from"], row["date_to"],
         row.get("note", ""), row["created_at"]])


def absences_between(db, start: str, end: str) -> list[dict]:
    return list(db.query(
        "SELECT * FROM absences WHERE date_to >= ? AND date_from <= ? "
        "ORDER BY staff_id, date_from", [start, end]))


def delete_absence(db, absence_id: str) -> int:
    return db.execute("DELETE FROM absences WHERE id = ?", [absence_id]).rowcount
