"""Named migrations, applied in order and recorded in the ``_migrations`` table.

Never rename or edit a migration that has shipped: add a new one.
"""
from __future__ import annotations


# The migrations defined in other modules of this package are imported only when one runs:
# a database that is up to date (every start but the first) needs none of those modules
# (db.sync alone takes as long to import as opening the database).  Plain import
# statements, so that PyInstaller still finds the modules.
def _m0004_reports(db):
    from .reports import m0004_reports
    m0004_reports(db)


def _m0005_accounts(db):
    from .accounts import m0005_accounts
    m0005_accounts(db)


def _m0006_sites(db):
    from .sites import m0006_sites
    m0006_sites(db)


def _m0007_sync(db):
    from .sync import m0007_sync
    m0007_sync(db)


def _m0008_sync_pause(db):
    from .sync import m0008_sync_pause
    m0008_sync_pause(db)


def run_script(db, script: str) -> None:
    """Run each statement of *script* inside the caller's transaction.

    (``executescript`` would commit first and break the one-transaction migration.)
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def m0001_register(db):
    run_script(db, 
        """
        CREATE TABLE units (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES units(id),
            type TEXT NOT NULL DEFAULT 'other',
            public_service INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX units_parent ON units(parent_id);

        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            nip TEXT UNIQUE,
            nik TEXT UNIQUE,
            name TEXT NOT NULL,
            employment_type TEXT NOT NULL,
            position TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'pelaksana',
            eselon TEXT NOT NULL DEFAULT '',
            golongan TEXT NOT NULL DEFAULT '',
            unit_id TEXT NOT NULL REFERENCES units(id),
            birth_date TEXT,
            sex TEXT,
            pregnant INTEGER NOT NULL DEFAULT 0,
            comorbid INTEGER NOT NULL DEFAULT 0,
            public_service INTEGER NOT NULL DEFAULT 0,
            teacher INTEGER NOT NULL DEFAULT 0,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX staff_unit ON staff(unit_id);

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def m0002_policies_roster(db):
    run_script(db, """
        CREATE TABLE policies (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            signed_on TEXT,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            workdays TEXT NOT NULL,
            holidays TEXT NOT NULL,
            rules TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (number, version)
        );

        CREATE TABLE holidays (
            date TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'national'
        );

        CREATE TABLE absences (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff(id),
            kind TEXT NOT NULL,
            date_from TEXT NOT NULL,
            date_to TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX absences_staff ON absences(staff_id, date_from);

        CREATE TABLE roster (
            staff_id TEXT NOT NULL REFERENCES staff(id),
            date TEXT NOT NULL,
            unit_id TEXT NOT NULL REFERENCES units(id),
            mode TEXT NOT NULL,
            rule TEXT NOT NULL,
            policy_id TEXT NOT NULL REFERENCES policies(id),
            pinned INTEGER NOT NULL DEFAULT 0,
            breach TEXT NOT NULL DEFAULT '',
            pinned_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (staff_id, date)
        ) WITHOUT ROWID;
        CREATE INDEX roster_date_unit ON roster(date, unit_id);

        CREATE TABLE roster_conflicts (
            policy_id TEXT NOT NULL REFERENCES policies(id),
            unit_id TEXT NOT NULL REFERENCES units(id),
            date TEXT NOT NULL,
            rule TEXT NOT NULL,
            gave_way_to TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (unit_id, date, rule)
        ) WITHOUT ROWID;
    """)


ATTENDANCE_CODES_0003 = [
    # code, meaning, category, present, onsite, band_from, band_to, cut_percent, position
    ("H", "Hadir", "status", 1, 1, None, None, 0, 10),
    ("WFH", "Bekerja dari rumah", "status", 1, 0, None, None, 0, 20),
    ("DL", "Dinas luar", "status", 1, 0, None, None, 0, 30),
    ("DD", "Dinas dalam", "status", 1, 0, None, None, 0, 40),
    ("S", "Sakit", "status", 0, 0, None, None, 0, 50),
    ("I", "Izin", "status", 0, 0, None, None, 0, 60),
    ("C", "Cuti", "status", 0, 0, None, None, 0, 70),
    ("CT", "Cuti tahunan", "status", 0, 0, None, None, 0, 80),
    ("CS", "Cuti sakit", "status", 0, 0, None, None, 0, 90),
    ("CB", "Cuti bersama", "status", 0, 0, None, None, 0, 100),
    ("TB", "Tugas belajar", "status", 0, 0, None, None, 0, 110),
    ("TK", "Tanpa keterangan", "status", 0, 0, None, None, 0, 120),
    ("LN", "Libur nasional", "off", 0, 0, None, None, 0, 130),
    ("LJ", "Libur akhir pekan", "off", 0, 0, None, None, 0, 140),
    ("TL1", "Terlambat 1-30 menit", "late", 0, 0, 1, 30, 0.5, 150),
    ("TL2", "Terlambat 31-60 menit", "late", 0, 0, 31, 60, 1.0, 160),
    ("TL3", "Terlambat 61-90 menit", "late", 0, 0, 61, 90, 1.5, 170),
    ("TL4", "Terlambat 91 menit atau lebih", "late", 0, 0, 91, None, 2.0, 180),
    ("PSW1", "Pulang sebelum waktunya 1-30 menit", "early", 0, 0, 1, 30, 0.5, 190),
    ("PSW2", "Pulang sebelum waktunya 31-60 menit", "early", 0, 0, 31, 60, 1.0, 200),
    ("PSW3", "Pulang sebelum waktunya 61-90 menit", "early", 0, 0, 61, 90, 1.5, 210),
    ("PSW4", "Pulang sebelum waktunya 91 menit atau lebih", "early", 0, 0, 91, None, 2.0, 220),
]


def m0003_attendance(db):
    """Attendance codes (editable data, shipped with the common ones), keyed entries that
    are never overwritten (a new version supersedes the current one), day locks and
    month closures."""
    run_script(db, """
        CREATE TABLE attendance_codes (
            code TEXT PRIMARY KEY COLLATE NOCASE,
            meaning TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT 'status',
            present INTEGER NOT NULL DEFAULT 0,
            onsite INTEGER NOT NULL DEFAULT 0,
            band_from INTEGER,
            band_to INTEGER,
            cut_percent REAL NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        );

        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff(id),
            date TEXT NOT NULL,
            unit_id TEXT NOT NULL REFERENCES units(id),
            status TEXT NOT NULL REFERENCES attendance_codes(code),
            time_in TEXT,
            time_out TEXT,
            late_minutes INTEGER NOT NULL DEFAULT 0,
            early_minutes INTEGER NOT NULL DEFAULT 0,
            late_code TEXT NOT NULL DEFAULT '',
            early_code TEXT NOT NULL DEFAULT '',
            worked_minutes INTEGER,
            source TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'key',
            reason TEXT NOT NULL DEFAULT '',
            replaces TEXT REFERENCES attendance(id),
            current INTEGER NOT NULL DEFAULT 1,
            keyed_by TEXT NOT NULL DEFAULT '',
            keyed_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX attendance_current ON attendance(staff_id, date) WHERE current = 1;
        CREATE INDEX attendance_current_date ON attendance(date, unit_id) WHERE current = 1;
        CREATE INDEX attendance_versions ON attendance(staff_id, date);

        CREATE TABLE attendance_locks (
            unit_id TEXT NOT NULL REFERENCES units(id),
            date TEXT NOT NULL,
            locked_by TEXT NOT NULL DEFAULT '',
            locked_at TEXT NOT NULL,
            PRIMARY KEY (unit_id, date)
        ) WITHOUT ROWID;

        CREATE TABLE attendance_closures (
            unit_id TEXT NOT NULL REFERENCES units(id),
            month TEXT NOT NULL,
            closed_by TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (unit_id, month)
        ) WITHOUT ROWID
    """)
    db.conn.executemany(
        "INSERT INTO attendance_codes (code, meaning, category, present, onsite, band_from, "
        "band_to, cut_percent, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ATTENDANCE_CODES_0003)


MIGRATIONS = [
    ("0001_register", m0001_register),
    ("0002_policies_roster", m0002_policies_roster),
    ("0003_attendance", m0003_attendance),
    ("0004_reports", _m0004_reports),
    ("0005_accounts", _m0005_accounts),
    ("0006_sites", _m0006_sites),
    ("0007_sync", _m0007_sync),
    ("0008_sync_pause", _m0008_sync_pause),
]
