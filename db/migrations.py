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


MIGRATIONS = [
    ("0001_register", m0001_register),
]
