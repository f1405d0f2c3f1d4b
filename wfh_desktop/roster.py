"""The stored roster: export, and views of it for the GUI and printing."""
from __future__ import annotations

import datetime as dt

from db import register as register_sql
from db import roster as sql

from .scheduler import Org
from .tabular import Column, write_table

SCHEDULE_FILE = [
    Column("date", "date"), Column("nip", "nip"), Column("nik", "nik"), Column("nama", "name"),
    Column("unit", "unit"), Column("mode", "mode"), Column("rule", "rule"),
    Column("pinned", "pinned"), Column("policy", "policy"),
]


def unit_scope(db, unit_code: str | None) -> list[str] | None:
    """Ids of a unit and its sub-units (None: every unit)."""
    if not unit_code:
        return None
    unit = register_sql.unit_by_code(db, unit_code)
    if unit is None:
        raise KeyError(unit_code)
    return Org(register_sql.list_units(db)).subtree(unit["id"])


def roster_rows(db, start: dt.date, end: dt.date, unit_code: str | None = None) -> list[dict]:
    return sql.roster_report(db, start.isoformat(), end.isoformat(), unit_scope(db, unit_code))


def export_schedule(db, path, start: dt.date, end: dt.date, unit_code: str | None = None) -> int:
    rows = [{
        "date": r["date"], "nip": r["nip"] or "", "nik": r["nik"] or "", "nama": r["name"],
        "unit": r["unit_code"], "mode": r["mode"], "rule": r["rule"],
        "pinned": "ya" if r["pinned"] else "tidak", "policy": r["policy"],
    } for r in roster_rows(db, start, end, unit_code)]
    write_table(path, SCHEDULE_FILE, rows, sheet_title="Jadwal")
    return len(rows)


def conflicts(db, start: dt.date, end: dt.date, unit_code: str | None = None) -> list[dict]:
    return sql.conflicts_between(db, start.isoformat(), end.isoformat(),
                                 unit_scope(db, unit_code))
