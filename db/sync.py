"""SQL of sync by files: the change log (``sync_log``, filled by triggers on every synced
table), the hybrid logical clock, what each peer is known to have, the origins seen in
files, conflicts and proposals.

Capture: AFTER INSERT/UPDATE/DELETE triggers on the synced tables append
``(kind, key, op, data, old)`` to ``sync_log`` with the ``hlc``, ``origin`` and
``account`` that :func:`begin_capture` put in ``sync_clock`` (NULL outside an action:
:func:`stamp_strays` fills them later).  An UPDATE that changes nothing is not logged.  A
change of a primary key is logged as a deletion of the old key and a new row.  While
``sync_clock.paused`` is set (:func:`pause_capture`, during an import, whose changes are
appended to the log as received) the triggers log nothing.

When a later migration changes the columns of a synced table, it must call
:func:`install_triggers` again (the triggers list the columns).
"""
from __future__ import annotations

import json

from .transaction import transaction

# kind (table) -> primary key columns
SYNCED: dict[str, tuple[str, ...]] = {
    "units": ("id",),
    "staff": ("id",),
    "policies": ("id",),
    "holidays": ("date",),
    "attendance_codes": ("code",),
    "absences": ("id",),
    "roster": ("staff_id", "date"),
    "roster_conflicts": ("unit_id", "date", "rule"),
    "attendance": ("id",),
    "attendance_locks": ("unit_id", "date"),
    "attendance_closures": ("unit_id", "month"),
    "reports": ("id",),
    "report_items": ("report_id", "position"),
    "sync_conflicts": ("id",),
}
# the order in which kinds are applied (parents first)
APPLY_ORDER = ("units", "attendance_codes", "holidays", "policies", "staff", "absences",
               "roster", "roster_conflicts", "attendance", "attendance_locks",
               "attendance_closures", "reports", "report_items", "sync_conflicts")

LOG_COLUMNS = ("kind", "key", "op", "data", "old", "hlc", "origin", "oseq", "account")
_SELECT = "kind, key, op, data, old, hlc, origin, coalesce(oseq, seq), account"


def m0007_sync(db):
    from .migrations import run_script

    run_script(db, """
        CREATE TABLE sync_log (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('put', 'del')),
            data TEXT NOT NULL,
            old TEXT,
            hlc INTEGER,
            origin TEXT,
            oseq INTEGER,
            account TEXT
        );
        CREATE INDEX sync_log_key ON sync_log(kind, key);
        CREATE TABLE sync_clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hlc INTEGER NOT NULL,
            cur_hlc INTEGER,
            cur_origin TEXT,
            cur_account TEXT,
            checked INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO sync_clock (id, hlc) VALUES (1, 0);
        CREATE TABLE sync_txn (
            origin TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            seen TEXT NOT NULL,
            PRIMARY KEY (origin, hlc)
        ) WITHOUT ROWID;
        CREATE TABLE sync_seen (
            origin TEXT PRIMARY KEY,
            hlc INTEGER NOT NULL
        );
        CREATE TABLE sync_peer_has (
            peer TEXT NOT NULL,
            origin TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            PRIMARY KEY (peer, origin)
        ) WITHOUT ROWID;
        CREATE TABLE sync_origins (
            site_id TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            unit_code TEXT,
            name TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            field TEXT NOT NULL,
            winner TEXT NOT NULL,
            winner_value TEXT,
            other TEXT NOT NULL,
            other_value TEXT,
            resolved INTEGER NOT NULL DEFAULT 0,
            kept TEXT NOT NULL DEFAULT '',
            resolved_by TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sync_proposals (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            n INTEGER NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            op TEXT NOT NULL,
            data TEXT NOT NULL,
            old TEXT,
            account TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            decided_by TEXT NOT NULL DEFAULT ''
        )
    """)
    install_triggers(db, pausable=False)
    # what exists already is the first change of every row
    for kind, key in SYNCED.items():
        cols = columns(db, kind)
        db.execute(
            f"INSERT INTO sync_log (kind, key, op, data) SELECT '{kind}', "
            f"{_json_array('', key)}, 'put', {_json_object('', cols)} FROM {kind}")


def columns(db, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def _json_array(prefix: str, cols) -> str:
    return "json_array(" + ", ".join(f"{prefix}{c}" for c in cols) + ")"


def _json_object(prefix: str, cols) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}{c}" for c in cols) + ")"


# tables whose new rows are captured by the code that inserts them in bulk
# (:func:`write_bulk`), not by a trigger: a trigger costs about 7 us a row, three times
# the insert itself, and a month's roster is 210,000 rows
BULK_INSERTED = frozenset({"roster"})

_CAPTURED = "kind, key, op, data, old, hlc, origin, account"


def m0008_sync_pause(db):
    """The triggers log nothing while an import applies changes it logs itself (before,
    they logged every row the import wrote and the import deleted those entries again:
    three times the cost of the writes for an update)."""
    db.execute("ALTER TABLE sync_clock ADD COLUMN paused INTEGER NOT NULL DEFAULT 0")
    install_triggers(db)


def install_triggers(db, pausable: bool = True) -> None:
    """(Re)create the capture triggers of every synced table (*pausable*: they read
    ``sync_clock.paused``, which migration 0008 added)."""
    current = "cur_hlc, cur_origin, cur_account FROM sync_clock WHERE id = 1"
    if pausable:
        current += " AND paused = 0"
    for kind, key in SYNCED.items():
        cols = columns(db, kind)
        for op in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS sync_{kind}_{op}")
        if kind not in BULK_INSERTED:
            db.execute(
                f"CREATE TRIGGER sync_{kind}_insert AFTER INSERT ON {kind} BEGIN "
                f"INSERT INTO sync_log ({_CAPTURED}) SELECT '{kind}', "
                f"{_json_array('NEW.', key)}, 'put', {_json_object('NEW.', cols)}, NULL, "
                f"{current}; END")
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in cols)
        same_key = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in key)
        db.execute(
            f"CREATE TRIGGER sync_{kind}_update AFTER UPDATE ON {kind} WHEN {changed} BEGIN "
            f"INSERT INTO sync_log ({_CAPTURED}) SELECT '{kind}', "
            f"{_json_array('OLD.', key)}, 'del', {_json_object('OLD.', cols)}, NULL, "
            f"{current} AND NOT ({same_key}); "
            f"INSERT INTO sync_log ({_CAPTURED}) SELECT '{kind}', "
            f"{_json_array('NEW.', key)}, 'put', {_json_object('NEW.', cols)}, "
            f"CASE WHEN {same_key} THEN {_json_object('OLD.', cols)} END, {current}; END")
        db.execute(
            f"CREATE TRIGGER sync_{kind}_delete AFTER DELETE ON {kind} BEGIN "
            f"INSERT INTO sync_log ({_CAPTURED}) SELECT '{kind}', "
            f"{_json_array('OLD.', key)}, 'del', {_json_object('OLD.', cols)}, NULL, "
            f"{current}; END")


STAGE_ROWS = 20_000   # rows staged at a time (fewer statements; a few MB of temp store)


def write_bulk(db, kind: str, cols, rows: list[tuple], *, upsert: bool) -> None:
    """Insert (or, *upsert*, insert or update) *rows* (tuples in *cols* order) of a
    BULK_INSERTED table, logging the new ones like its insert trigger would (same
    content, order, clock, origin and account; nothing while capture is paused), in one
    transaction.  An update is logged by the table's update trigger.

    Each chunk of rows is staged in a temporary table, then logged with one
    ``INSERT ... SELECT`` (the rows not in the table yet) and written with another.
    Logging a month's roster (210,000 rows) so costs about 0.5 s, against 1.3 s with one
    logging statement executed per row and 1.5 s with a trigger."""
    key = SYNCED[kind]
    stage = f"temp.stage_{kind}"
    names = ", ".join(cols)
    obj = "json_object(" + ", ".join(f"'{c}', s.{c}" for c in cols) + ")"
    arr = "json_array(" + ", ".join(f"s.{c}" for c in key) + ")"
    log = (f"INSERT INTO sync_log ({_CAPTURED}) SELECT '{kind}', {arr}, 'put', {obj}, NULL, "
           f"?, ?, ? FROM {stage} s")
    if upsert:
        same = " AND ".join(f"t.{c} = s.{c}" for c in key)
        log += f" WHERE NOT EXISTS (SELECT 1 FROM {kind} t WHERE {same})"
    log += " ORDER BY s.rowid"
    write = f"INSERT INTO {kind} ({names}) SELECT {names} FROM {stage} WHERE true ORDER BY rowid"
    if upsert:
        rest = [c for c in cols if c not in key]
        write += f" ON CONFLICT({', '.join(key)}) DO " + (
            "UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in rest) if rest
            else "NOTHING")
    with transaction(db):
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage_{kind} ({names})")
        hlc, origin, account, paused = db.execute(
            "SELECT cur_hlc, cur_origin, cur_account, paused FROM sync_clock WHERE id = 1"
        ).fetchone()
        fill = f"INSERT INTO {stage} ({names}) VALUES ({', '.join('?' * len(cols))})"
        for i in range(0, len(rows), STAGE_ROWS):
            db.conn.executemany(fill, rows[i:i + STAGE_ROWS])
            if not paused:
                db.execute(log, [hlc, origin, account])
            db.execute(write)
            db.execute(f"DELETE FROM {stage}")


# --- clock and stamping ------------------------------------------------------------------

def clock(db) -> int:
    return db.execute("SELECT hlc FROM sync_clock WHERE id = 1").fetchone()[0]


def set_clock(db, hlc: int) -> None:
    db.execute("UPDATE sync_clock SET hlc = max(hlc, ?) WHERE id = 1", [hlc])


def begin_capture(db, hlc: int, origin: str | None, account: str) -> None:
    """Changes captured from now on get *hlc*, *origin* and *account*."""
    db.execute("UPDATE sync_clock SET cur_hlc = ?, cur_origin = ?, cur_account = ? "
               "WHERE id = 1", [hlc, origin, account])


def pause_capture(db) -> None:
    """Until :func:`end_capture`, the triggers log nothing (see the module's doc)."""
    db.execute("UPDATE sync_clock SET paused = 1 WHERE id = 1")


def resume_capture(db) -> None:
    db.execute("UPDATE sync_clock SET paused = 0 WHERE id = 1")


def end_capture(db, hlc: int, origin: str | None, after_seq: int) -> bool:
    """Stop stamping (and a pause).  When the transaction changed anything (captured
    after *after_seq*), the clock moves to *hlc* and what it had seen is noted."""
    db.execute("UPDATE sync_clock SET cur_hlc = NULL, cur_origin = NULL, cur_account = NULL, "
               "paused = 0 WHERE id = 1")
    if db.execute("SELECT 1 FROM sync_log WHERE seq > ? AND oseq IS NULL LIMIT 1",
                  [after_seq]).fetchone() is None:
        return False
    set_clock(db, hlc)
    if origin is not None:
        db.execute("INSERT OR IGNORE INTO sync_txn (origin, hlc, seen) VALUES (?, ?, ?)",
                   [origin, hlc, json.dumps(seen(db), sort_keys=True,
                                            separators=(",", ":"))])
        set_seen(db, {origin: hlc})
    return True


def seen(db) -> dict[str, int]:
    """origin -> the highest clock of its changes in the log."""
    return dict(db.execute("SELECT origin, hlc FROM sync_seen").fetchall())


def set_seen(db, values: dict[str, int]) -> None:
    db.conn.executemany(
        "INSERT INTO sync_seen (origin, hlc) VALUES (?, ?) ON CONFLICT(origin) DO UPDATE "
        "SET hlc = max(hlc, excluded.hlc)", list(values.items()))


def stamp_strays(db, hlc: int, origin: str, account: str) -> int:
    """Changes made outside an action (no clock) or before this site had an id (no
    origin) become this site's changes (at export and import; only the log's tail since
    the last call is looked at)."""
    checked = db.execute("SELECT checked FROM sync_clock WHERE id = 1").fetchone()[0]
    count = db.execute("UPDATE sync_log SET hlc = ?, account = ? WHERE seq > ? AND "
                       "hlc IS NULL", [hlc, account, checked]).rowcount
    count += db.execute("UPDATE sync_log SET origin = ? WHERE seq > ? AND origin IS NULL",
                        [origin, checked]).rowcount
    if count:
        set_clock(db, hlc)
        for (h,) in db.execute("SELECT DISTINCT hlc FROM sync_log WHERE seq > ? AND "
                               "origin = ? AND oseq IS NULL", [checked, origin]).fetchall():
            db.execute("INSERT OR IGNORE INTO sync_txn (origin, hlc, seen) VALUES (?, ?, ?)",
                       [origin, h, "{}"])
            set_seen(db, {origin: h})
    db.execute("UPDATE sync_clock SET checked = (SELECT coalesce(max(seq), 0) FROM sync_log) "
               "WHERE id = 1")
    return count


def seen_of(db, changes: list[tuple]) -> dict[tuple, dict]:
    """(origin, hlc) -> what that transaction had seen."""
    out = {}
    for origin, hlc in set(changes):
        row = db.execute("SELECT seen FROM sync_txn WHERE origin = ? AND hlc = ?",
                         [origin, hlc]).fetchone()
        out[(origin, hlc)] = json.loads(row[0]) if row else {}
    return out


def transactions(db, pairs: list[tuple]) -> list[tuple]:
    """(origin, hlc, seen) of these (origin, hlc) pairs."""
    out = []
    for origin, hlc in pairs:
        row = db.execute("SELECT seen FROM sync_txn WHERE origin = ? AND hlc = ?",
                         [origin, hlc]).fetchone()
        if row:
            out.append((origin, hlc, row[0]))
    return out


def add_transactions(db, rows: list[tuple]) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO sync_txn (origin, hlc, seen) VALUES (?, ?, ?)",
                        rows)


def max_seq(db) -> int:
    return db.execute("SELECT coalesce(max(seq), 0) FROM sync_log").fetchone()[0]


# --- the log -----------------------------------------------------------------------------

def changes_for(db, peer: str | None) -> list[tuple]:
    """Stamped changes (LOG_COLUMNS order, log order) that *peer* is not known to have
    (every change when *peer* is None): its own changes too, when it has fewer of them
    than this site (it was restored from a backup)."""
    cols = ("l.kind, l.key, l.op, l.data, l.old, l.hlc, l.origin, coalesce(l.oseq, l.seq), "
            "l.account")
    if peer is None:
        return db.execute(f"SELECT {cols} FROM sync_log l WHERE l.hlc IS NOT NULL "
                          "AND l.origin IS NOT NULL ORDER BY l.hlc, l.origin, l.seq").fetchall()
    return db.execute(
        f"SELECT {cols} FROM sync_log l LEFT JOIN sync_peer_has h ON h.peer = ? "
        "AND h.origin = l.origin WHERE l.hlc IS NOT NULL AND l.origin IS NOT NULL "
        "AND l.hlc > coalesce(h.hlc, -1) ORDER BY l.hlc, l.origin, l.seq",
        [peer]).fetchall()


def count_changes_for(db, peer: str | None) -> dict[str, int]:
    """Changes per kind an export for *peer* (everything when None) would hold: the
    stamped ones of :func:`changes_for` and those not stamped yet, which the export
    stamps as changes of this site."""
    if peer is None:
        rows = db.execute("SELECT kind, count(*) FROM sync_log GROUP BY kind")
    else:
        rows = db.execute(
            "SELECT l.kind, count(*) FROM sync_log l LEFT JOIN sync_peer_has h "
            "ON h.peer = ? AND h.origin = l.origin WHERE l.hlc IS NULL OR l.origin IS NULL "
            "OR l.hlc > coalesce(h.hlc, -1) GROUP BY l.kind", [peer])
    return {kind: n for kind, n in rows}


def entries_of(db, kind: str, keys: list[str]) -> list[tuple]:
    """Stamped log entries (key, op, data, old, hlc, origin, n, account) of these keys."""
    out = []
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out += db.execute(
            "SELECT key, op, data, old, hlc, origin, coalesce(oseq, seq), account "
            "FROM sync_log "
            f"WHERE kind = ? AND key IN ({', '.join('?' * len(chunk))}) AND hlc IS NOT NULL",
            [kind, *chunk]).fetchall()
    return out


def local_keys(db, origin: str, kinds) -> list[tuple[str, str]]:
    """(kind, key) of the records of *kinds* that *origin* changed."""
    marks = ", ".join("?" * len(kinds))
    return db.execute(f"SELECT DISTINCT kind, key FROM sync_log WHERE kind IN ({marks}) "
                      "AND origin = ?", [*kinds, origin]).fetchall()


def append(db, rows: list[tuple]) -> None:
    """Remote changes in LOG_COLUMNS order (a change already here is ignored)."""
    db.conn.executemany(
        f"INSERT OR IGNORE INTO sync_log ({', '.join(LOG_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(LOG_COLUMNS))})", rows)


def history(db, kind: str, key: str) -> list[dict]:
    return list(db.query(
        "SELECT seq, op, data, old, hlc, origin, coalesce(oseq, seq) AS n, account "
        "FROM sync_log WHERE kind = ? AND key = ? ORDER BY hlc IS NULL, hlc, origin, n",
        [kind, key]))


def rekey_log(db, kind: str, old: str, new: str) -> None:
    """Adoption of the record *old* of *kind* as *new*: its own local history goes (the
    BKD's replaces it); the id is replaced in the changes of other records."""
    db.execute("DELETE FROM sync_log WHERE kind = ? AND key = json_array(?)", [kind, old])
    db.execute("UPDATE sync_log SET key = replace(key, ?, ?), data = replace(data, ?, ?), "
               "old = replace(old, ?, ?) WHERE instr(data, ?) > 0 OR instr(key, ?) > 0",
               [old, new, old, new, old, new, old, old])


# --- rows of synced tables ---------------------------------------------------------------

def row_by_key(db, kind: str, key_values: list) -> dict | None:
    where = " AND ".join(f"{c} = ?" for c in SYNCED[kind])
    rows = list(db.query(f"SELECT * FROM {kind} WHERE {where}", key_values))
    return rows[0] if rows else None


def upsert_row(db, kind: str, row: dict) -> None:
    cols = list(row)
    key = SYNCED[kind]
    rest = [c for c in cols if c not in key]
    sql = (f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
           f"ON CONFLICT({', '.join(key)}) DO ")
    sql += ("UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in rest)) if rest \
        else "NOTHING"
    db.execute(sql, [row[c] for c in cols])


def upsert_rows(db, kind: str, cols: tuple, rows: list[tuple]) -> None:
    key = SYNCED[kind]
    rest = [c for c in cols if c not in key]
    sql = (f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
           f"ON CONFLICT({', '.join(key)}) DO ")
    sql += ("UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in rest)) if rest \
        else "NOTHING"
    db.conn.executemany(sql, rows)


def delete_rows(db, kind: str, keys: list[list]) -> None:
    where = " AND ".join(f"{c} = ?" for c in SYNCED[kind])
    db.conn.executemany(f"DELETE FROM {kind} WHERE {where}", keys)


def delete_row(db, kind: str, key_values: list) -> None:
    where = " AND ".join(f"{c} = ?" for c in SYNCED[kind])
    db.execute(f"DELETE FROM {kind} WHERE {where}", key_values)


def defer_foreign_keys(db) -> None:
    db.execute("PRAGMA defer_foreign_keys = ON")


def foreign_key_violations(db) -> list[tuple]:
    return db.execute("PRAGMA foreign_key_check").fetchall()


def unit_tree(db) -> tuple[dict, dict]:
    """(unit id -> parent id, upper-cased code -> unit id)."""
    parents, codes = {}, {}
    for uid, code, parent in db.execute("SELECT id, code, parent_id FROM units"):
        parents[uid] = parent
        codes[code.upper()] = uid
    return parents, codes


def staff_units(db, staff_ids: list[str]) -> dict[str, str]:
    out = {}
    for i in range(0, len(staff_ids), 500):
        chunk = staff_ids[i:i + 500]
        out.update(db.execute(f"SELECT id, unit_id FROM staff WHERE id IN "
                              f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return out


def report_staff(db, report_ids: list[str]) -> dict[str, str]:
    out = {}
    for i in range(0, len(report_ids), 500):
        chunk = report_ids[i:i + 500]
        out.update(db.execute(f"SELECT id, staff_id FROM reports WHERE id IN "
                              f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return out


def unit_id_by_code(db, code: str, exclude: str) -> str | None:
    row = db.execute("SELECT id FROM units WHERE code = ? COLLATE NOCASE AND id != ?",
                     [code, exclude]).fetchone()
    return row[0] if row else None


def staff_id_by_number(db, nip, nik, exclude: str) -> str | None:
    row = db.execute("SELECT id FROM staff WHERE id != ? AND ((? IS NOT NULL AND nip = ?) "
                     "OR (? IS NOT NULL AND nik = ?))", [exclude, nip, nip, nik, nik]
                     ).fetchone()
    return row[0] if row else None


def references_to(db, table: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign key points at *table*."""
    out = []
    for name in [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]:
        for fk in db.execute(f"PRAGMA foreign_key_list({name})"):
            if fk[2] == table:
                out.append((name, fk[3]))
    return out


def rekey(db, table: str, old: str, new: str) -> None:
    """Give the row *old* of *table* the id *new*, and every reference to it."""
    db.execute(f"UPDATE {table} SET id = ? WHERE id = ?", [new, old])
    for ref_table, col in references_to(db, table):
        db.execute(f"UPDATE {ref_table} SET {col} = ? WHERE {col} = ?", [new, old])


# --- peers, origins ----------------------------------------------------------------------

def peer_has(db, peer: str) -> dict[str, int]:
    return dict(db.execute("SELECT origin, hlc FROM sync_peer_has WHERE peer = ?", [peer]))


def set_peer_has(db, peer: str, has: dict[str, int]) -> None:
    """What *peer* said it has, as it said it: a peer restored from a backup has less
    than before, and then gets again what it lost (an older file arriving late only
    makes the next file longer)."""
    db.execute("DELETE FROM sync_peer_has WHERE peer = ?", [peer])
    db.conn.executemany("INSERT INTO sync_peer_has (peer, origin, hlc) VALUES (?, ?, ?)",
                        [(peer, o, h) for o, h in has.items()])


def origins(db) -> dict[str, dict]:
    return {r["site_id"]: r for r in db.query("SELECT * FROM sync_origins")}


def save_origin(db, site_id: str, role: str, unit_code, name: str) -> None:
    db.execute("INSERT INTO sync_origins (site_id, role, unit_code, name) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(site_id) DO UPDATE SET role = excluded.role, "
               "unit_code = excluded.unit_code, name = excluded.name",
               [site_id, role, unit_code, name])


# --- conflicts and proposals -------------------------------------------------------------

CONFLICT_COLUMNS = ("id", "kind", "key", "field", "winner", "winner_value", "other",
                    "other_value")


def add_conflicts(db, rows: list[tuple]) -> int:
    return db.conn.executemany(
        f"INSERT OR IGNORE INTO sync_conflicts ({', '.join(CONFLICT_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(CONFLICT_COLUMNS))})", rows).rowcount


def list_conflicts(db, open_only: bool = True) -> list[dict]:
    sql = "SELECT * FROM sync_conflicts"
    if open_only:
        sql += " WHERE resolved = 0"
    return list(db.query(sql + " ORDER BY kind, key, field, id"))


def conflict(db, conflict_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM sync_conflicts WHERE id = ? OR id LIKE ? || '%' "
                         "ORDER BY id LIMIT 2", [conflict_id, conflict_id]))
    return rows[0] if len(rows) == 1 else None


def mark_resolved(db, conflict_id: str, kept: str, by: str) -> None:
    db.execute("UPDATE sync_conflicts SET resolved = 1, kept = ?, resolved_by = ? "
               "WHERE id = ?", [kept, by, conflict_id])


PROPOSAL_COLUMNS = ("id", "origin", "hlc", "n", "kind", "key", "op", "data", "old",
                    "account", "received_at")


def add_proposals(db, rows: list[tuple]) -> int:
    return db.conn.executemany(
        f"INSERT OR IGNORE INTO sync_proposals ({', '.join(PROPOSAL_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(PROPOSAL_COLUMNS))})", rows).rowcount


def list_proposals(db, status: str | None = "open") -> list[dict]:
    if status is None:
        return list(db.query("SELECT * FROM sync_proposals ORDER BY hlc, origin, n"))
    return list(db.query("SELECT * FROM sync_proposals WHERE status = ? "
                         "ORDER BY hlc, origin, n", [status]))


def proposal(db, proposal_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM sync_proposals WHERE id = ? OR id LIKE ? || '%' "
                         "ORDER BY id LIMIT 2", [proposal_id, proposal_id]))
    return rows[0] if len(rows) == 1 else None


def decide_proposal(db, proposal_id: str, status: str, by: str) -> None:
    db.execute("UPDATE sync_proposals SET status = ?, decided_by = ? WHERE id = ?",
               [status, by, proposal_id])


def database_file(db) -> str:
    for row in db.execute("PRAGMA database_list"):
        if row[1] == "main":
            return row[2] or ""
    return ""


def dump_synced(db) -> dict[str, list]:
    """Every synced table's rows, sorted (for comparisons in tests and checks)."""
    return {k: sorted(map(repr, db.execute(f"SELECT * FROM {k}"))) for k in SYNCED}
