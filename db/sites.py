"""SQL of this installation's identity (``site``: one row) and of the peers it trusts.

The private signing key is stored in ``site``: the database file is the secret (see
:mod:`wfh_desktop.sites`).
"""
from __future__ import annotations

SITE_COLUMNS = ("site_id", "role", "unit_code", "name", "public_key", "private_key",
                "created_at", "updated_at")
PEER_COLUMNS = ("site_id", "role", "unit_code", "name", "public_key", "fingerprint",
                "created_at", "trusted_at", "trusted_by")


def m0006_sites(db):
    from .migrations import run_script

    run_script(db, """
        CREATE TABLE site (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            site_id TEXT NOT NULL,
            role TEXT CHECK (role IS NULL OR role IN ('bkd', 'opd')),
            unit_code TEXT,
            name TEXT NOT NULL DEFAULT '',
            public_key BLOB NOT NULL,
            private_key BLOB NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE peers (
            site_id TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('bkd', 'opd')),
            unit_code TEXT,
            name TEXT NOT NULL DEFAULT '',
            public_key BLOB NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT '',
            trusted_at TEXT NOT NULL,
            trusted_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX peers_role_unit ON peers (role, unit_code)
    """)


def get_site(db) -> dict | None:
    rows = list(db.query("SELECT * FROM site WHERE id = 1"))
    return rows[0] if rows else None


def insert_site(db, row: dict) -> None:
    cols = [c for c in SITE_COLUMNS if c in row]
    db.execute(f"INSERT INTO site (id, {', '.join(cols)}) "
               f"VALUES (1, {', '.join('?' * len(cols))})", [row[c] for c in cols])


def update_site(db, **values) -> None:
    bad = set(values) - set(SITE_COLUMNS)
    if bad:
        raise ValueError(f"unknown site columns: {sorted(bad)}")
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(f"UPDATE site SET {sets} WHERE id = 1", list(values.values()))


def list_peers(db) -> list[dict]:
    return list(db.query(
        "SELECT * FROM peers ORDER BY role, unit_code COLLATE NOCASE, name COLLATE NOCASE"))


def count_peers(db) -> int:
    return db.execute("SELECT COUNT(*) FROM peers").fetchone()[0]


def peer_by_site_id(db, site_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM peers WHERE site_id = ?", [site_id]))
    return rows[0] if rows else None


def peer_by_public_key(db, public_key: bytes) -> dict | None:
    rows = list(db.query("SELECT * FROM peers WHERE public_key = ?", [public_key]))
    return rows[0] if rows else None


def peers_with_role(db, role: str, unit_code: str | None = None) -> list[dict]:
    if unit_code is None:
        return list(db.query("SELECT * FROM peers WHERE role = ?", [role]))
    return list(db.query("SELECT * FROM peers WHERE role = ? AND unit_code = ? COLLATE NOCASE",
                         [role, unit_code]))


def insert_peer(db, row: dict) -> None:
    cols = [c for c in PEER_COLUMNS if c in row]
    db.execute(f"INSERT INTO peers ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
               [row[c] for c in cols])


def update_peer(db, site_id: str, **values) -> None:
    bad = set(values) - set(PEER_COLUMNS)
    if bad:
        raise ValueError(f"unknown peer columns: {sorted(bad)}")
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(f"UPDATE peers SET {sets} WHERE site_id = ?", [*values.values(), site_id])
