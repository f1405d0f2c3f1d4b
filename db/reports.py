"""SQL of the daily work reports (laporan kinerja harian): reports and their activity items,
every message they were made from (the hashes that keep an import from counting a message
twice), the senders waiting for review, and the remembered sender aliases."""
from __future__ import annotations

REPORT_COLUMNS = ("id", "staff_id", "date", "channel", "received_at", "text", "attachments",
                  "verdict", "note", "reviewed_by", "reviewed_at", "created_at", "updated_at")
ITEM_COLUMNS = ("report_id", "position", "description", "output", "volume", "unit", "note")
MESSAGE_COLUMNS = ("hash", "status", "report_id", "sender_key", "channel", "sender", "phone",
                   "email", "sent_at", "report_date", "text", "attachments", "source",
                   "imported_at")
SENDER_COLUMNS = ("sender_key", "channel", "label", "phone", "email", "first_seen", "sample",
                  "candidates", "reason")


def m0004_reports(db):
    """Daily reports: one per staff member and day, its activity items, the messages it was
    made of (hashed, so that an export imported twice adds nothing), senders nobody could
    match (the review list) and senders a person matched once (aliases)."""
    from .migrations import run_script  # here: migrations.py imports this module

    run_script(db, """
        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff(id),
            date TEXT NOT NULL,
            channel TEXT NOT NULL,
            received_at TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            attachments TEXT NOT NULL DEFAULT '[]',
            verdict TEXT NOT NULL DEFAULT 'pending',
            note TEXT NOT NULL DEFAULT '',
            reviewed_by TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (staff_id, date)
        );
        CREATE INDEX reports_date ON reports(date);

        CREATE TABLE report_items (
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            output TEXT NOT NULL DEFAULT '',
            volume REAL,
            unit TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE report_messages (
            hash TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            report_id TEXT REFERENCES reports(id) ON DELETE SET NULL,
            sender_key TEXT NOT NULL,
            channel TEXT NOT NULL,
            sender TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL,
            report_date TEXT NOT NULL,
            text TEXT NOT NULL,
            attachments TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        );
        CREATE INDEX report_messages_report ON report_messages(report_id);
        CREATE INDEX report_messages_pending ON report_messages(sender_key)
            WHERE status = 'pending';

        CREATE TABLE report_senders (
            sender_key TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            label TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            sample TEXT NOT NULL DEFAULT '',
            candidates TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE report_aliases (
            sender_key TEXT PRIMARY KEY,
            staff_id TEXT REFERENCES staff(id),
            label TEXT NOT NULL DEFAULT '',
            assigned_by TEXT NOT NULL DEFAULT '',
            assigned_at TEXT NOT NULL
        ) WITHOUT ROWID
    """)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _chunks(values: list, size: int = 500):
    for i in range(0, len(values), size):
        yield values[i:i + size]


# --- matching --------------------------------------------------------------------------

def staff_for_matching(db) -> list[tuple]:
    """(id, name, phone, email, active) of every staff member."""
    return db.execute("SELECT id, name, phone, email, active FROM staff").fetchall()


def aliases(db) -> dict[str, str | None]:
    """sender key -> staff id (None: a sender a person chose to ignore)."""
    return dict(db.execute("SELECT sender_key, staff_id FROM report_aliases").fetchall())


def set_alias(db, sender_key: str, staff_id: str | None, label: str, by: str, now: str) -> None:
    db.execute(
        "INSERT INTO report_aliases (sender_key, staff_id, label, assigned_by, assigned_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(sender_key) DO UPDATE SET "
        "staff_id = excluded.staff_id, label = excluded.label, "
        "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at",
        [sender_key, staff_id, label, by, now])


def list_aliases(db) -> list[dict]:
    return list(db.query(
        "SELECT a.*, s.name, s.nip, s.nik FROM report_aliases a "
        "LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.label COLLATE NOCASE"))


# --- messages --------------------------------------------------------------------------

def known_hashes(db, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(hashes):
        found.update(r[0] for r in db.execute(
            f"SELECT hash FROM report_messages WHERE hash IN ({_marks(len(chunk))})", chunk))
    return found


def insert_messages(db, rows: list[tuple]) -> None:
    """Rows as tuples in MESSAGE_COLUMNS order."""
    db.conn.executemany(
        f"INSERT INTO report_messages ({', '.join(MESSAGE_COLUMNS)}) "
        f"VALUES ({_marks(len(MESSAGE_COLUMNS))})", rows)


def pending_messages(db, sender_key: str) -> list[dict]:
    return list(db.query(
        "SELECT * FROM report_messages WHERE status = 'pending' AND sender_key = ? "
        "ORDER BY sent_at, rowid", [sender_key]))


def file_messages(db, rows: list[tuple[str, str]]) -> None:
    """(report id, hash) rows: pending messages now belong to a report."""
    db.conn.executemany(
        "UPDATE report_messages SET status = 'filed', report_id = ? WHERE hash = ?", rows)


def ignore_messages(db, sender_key: str) -> int:
    return db.execute(
        "UPDATE report_messages SET status = 'ignored' WHERE status = 'pending' "
        "AND sender_key = ?", [sender_key]).rowcount


def messages_of_report(db, report_id: str) -> list[dict]:
    return list(db.query(
        "SELECT * FROM report_messages WHERE report_id = ? ORDER BY sent_at, rowid",
        [report_id]))


def count_messages(db, status: str | None = None) -> int:
    if status is None:
        return db.execute("SELECT count(*) FROM report_messages").fetchone()[0]
    return db.execute("SELECT count(*) FROM report_messages WHERE status = ?",
                      [status]).fetchone()[0]


def message_staff(db) -> dict[str, str | None]:
    """hash -> staff id of the report it was filed in (None while pending or ignored)."""
    return dict(db.execute(
        "SELECT m.hash, r.staff_id FROM report_messages m "
        "LEFT JOIN reports r ON r.id = m.report_id").fetchall())


# --- review list -----------------------------------------------------------------------

def review_senders(db) -> list[dict]:
    """The senders waiting for review, with how many messages of theirs wait."""
    return list(db.query(
        "SELECT s.*, (SELECT count(*) FROM report_messages m WHERE m.status = 'pending' "
        "AND m.sender_key = s.sender_key) AS pending, (SELECT max(m.sent_at) FROM "
        "report_messages m WHERE m.status = 'pending' AND m.sender_key = s.sender_key) "
        "AS last_seen FROM report_senders s ORDER BY s.first_seen, s.label COLLATE NOCASE"))


def review_sender(db, sender_key: str) -> dict | None:
    rows = list(db.query("SELECT * FROM report_senders WHERE sender_key = ?", [sender_key]))
    return rows[0] if rows else None


def upsert_review_senders(db, rows: list[tuple]) -> None:
    """Rows in SENDER_COLUMNS order; a sender already listed keeps its first sighting and
    sample, and gets the newer candidates."""
    db.conn.executemany(
        f"INSERT INTO report_senders ({', '.join(SENDER_COLUMNS)}) "
        f"VALUES ({_marks(len(SENDER_COLUMNS))}) ON CONFLICT(sender_key) DO UPDATE SET "
        "first_seen = min(first_seen, excluded.first_seen), "
        "candidates = excluded.candidates, reason = excluded.reason", rows)


def delete_review_sender(db, sender_key: str) -> None:
    db.execute("DELETE FROM report_senders WHERE sender_key = ?", [sender_key])


# --- reports ---------------------------------------------------------------------------

def reports_for(db, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """(staff id, date) -> report, for the keys given."""
    out: dict[tuple[str, str], dict] = {}
    staff_ids = sorted({k[0] for k in keys})
    dates = sorted({k[1] for k in keys})
    if not keys:
        return out
    wanted = set(keys)
    for chunk in _chunks(staff_ids, 400):
        for r in db.query(
                f"SELECT r.*, (SELECT count(*) FROM report_items i WHERE i.report_id = r.id) "
                f"AS items FROM reports r WHERE r.date BETWEEN ? AND ? AND r.staff_id IN "
                f"({_marks(len(chunk))})", [dates[0], dates[-1]] + chunk):
            key = (r["staff_id"], r["date"])
            if key in wanted:
                out[key] = r
    return out


def insert_reports(db, rows: list[tuple]) -> None:
    """Rows in REPORT_COLUMNS order."""
    db.conn.executemany(
        f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) "
        f"VALUES ({_marks(len(REPORT_COLUMNS))})", rows)


def extend_reports(db, rows: list[tuple]) -> None:
    """(text, attachments, received_at, now, id) rows: more content for a report, which
    goes back to pending review."""
    db.conn.executemany(
        "UPDATE reports SET text = ?, attachments = ?, received_at = min(received_at, ?), "
        "verdict = 'pending', updated_at = ? WHERE id = ?", rows)


def insert_items(db, rows: list[tuple]) -> None:
    """Rows in ITEM_COLUMNS order."""
    db.conn.executemany(
        f"INSERT INTO report_items ({', '.join(ITEM_COLUMNS)}) "
        f"VALUES ({_marks(len(ITEM_COLUMNS))})", rows)


def replace_items(db, report_id: str, rows: list[tuple], now: str) -> None:
    db.execute("DELETE FROM report_items WHERE report_id = ?", [report_id])
    insert_items(db, rows)
    db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [now, report_id])


def get_report(db, report_id: str) -> dict | None:
    rows = list(db.query(f"{_REPORT_SELECT} WHERE r.id = ?", [report_id]))
    return rows[0] if rows else None


def report_of(db, staff_id: str, date: str) -> dict | None:
    rows = list(db.query(f"{_REPORT_SELECT} WHERE r.staff_id = ? AND r.date = ?",
                         [staff_id, date]))
    return rows[0] if rows else None


def items_of(db, report_ids: list[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for chunk in _chunks(report_ids):
        for r in db.query(
                f"SELECT * FROM report_items WHERE report_id IN ({_marks(len(chunk))}) "
                "ORDER BY report_id, position", chunk):
            out.setdefault(r["report_id"], []).append(r)
    return out


def set_verdict(db, report_id: str, verdict: str, note: str, by: str, at: str) -> int:
    return db.execute(
        "UPDATE reports SET verdict = ?, note = ?, reviewed_by = ?, reviewed_at = ?, "
        "updated_at = ? WHERE id = ?", [verdict, note, by, at, at, report_id]).rowcount


_REPORT_SELECT = (
    "SELECT r.*, s.nip, s.nik, s.name, s.position, s.sex, s.phone, s.unit_id, "
    "u.code AS unit_code, u.name AS unit_name FROM reports r "
    "JOIN staff s ON s.id = r.staff_id JOIN units u ON u.id = s.unit_id")


def reports_between(db, start: str, end: str, unit_ids: list[str] | None = None,
                    staff_id: str | None = None) -> list[dict]:
    """Reports with their staff and unit, by date, unit and name."""
    sql = f"{_REPORT_SELECT} WHERE r.date BETWEEN ? AND ?"
    params: list = [start, end]
    if unit_ids is not None:
        sql += f" AND s.unit_id IN ({_marks(len(unit_ids))})"
        params += unit_ids
    if staff_id is not None:
        sql += " AND r.staff_id = ?"
        params.append(staff_id)
    return list(db.query(sql + " ORDER BY r.date, u.code COLLATE NOCASE, s.name", params))


def count_reports(db) -> int:
    return db.execute("SELECT count(*) FROM reports").fetchone()[0]


# --- who was expected to report --------------------------------------------------------

def home_workers(db, date: str, unit_ids: list[str] | None = None) -> list[dict]:
    """Active staff who worked from home on *date*: an attendance entry of status WFH, or,
    without any attendance entry that day, a roster entry WFH.  (An attendance entry with
    another status, sick or present in the office, says they were not at home.)  Each row
    has the staff member, their unit and whether a report of that day exists."""
    sql = (
        "SELECT s.id AS staff_id, s.nip, s.nik, s.name, s.position, s.sex, s.phone, "
        "s.email, s.unit_id, u.code AS unit_code, u.name AS unit_name, "
        "(rep.id IS NOT NULL) AS reported FROM staff s JOIN units u ON u.id = s.unit_id "
        "LEFT JOIN roster r ON r.staff_id = s.id AND r.date = ? "
        "LEFT JOIN attendance a ON a.staff_id = s.id AND a.date = ? AND a.current = 1 "
        "LEFT JOIN reports rep ON rep.staff_id = s.id AND rep.date = ? "
        "WHERE s.active = 1 AND (upper(a.status) = 'WFH' "
        "OR (a.status IS NULL AND r.mode = 'WFH'))")
    params: list = [date, date, date]
    if unit_ids is not None:
        sql += f" AND s.unit_id IN ({_marks(len(unit_ids))})"
        params += unit_ids
    return list(db.query(sql + " ORDER BY u.code COLLATE NOCASE, s.name", params))


def staff_of_units(db, unit_ids: list[str]) -> list[dict]:
    """Active staff of the given units (for finding a unit's head)."""
    if not unit_ids:
        return []
    return list(db.query(
        f"SELECT * FROM staff WHERE active = 1 AND unit_id IN ({_marks(len(unit_ids))})",
        unit_ids))


def report_keys(db, start: str, end: str) -> set[tuple[str, str]]:
    """(staff_id, date) of every report between two dates."""
    return {(r[0], r[1]) for r in db.execute(
        "SELECT staff_id, date FROM reports WHERE date BETWEEN ? AND ?", [start, end])}
