"""Named migrations, applied in order and recorded in the ``_migrations`` table.

Never rename or edit a migration that has shipped: add a new one.
"""
from __future__ import annotations


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


MIGRATIONS = [
    ("0001_register", m0001_register),
    ("0002_policies_roster", m0002_policies_roster),
]
