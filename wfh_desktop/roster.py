"""The stored roster: export, and views of it for the GUI and printing."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

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


# --- the grid the roster page shows -----------------------------------------------------

@dataclass
class GridDay:
    date: dt.date
    onsite: int  # WFO of the rotation group that day
    cap: int | None
    headcount: int
    policy: str  # policy number
    conflicts: list[dict] = field(default_factory=list)


@dataclass
class RosterGrid:
    """Staff x days of one unit: what the roster page draws."""
    unit_code: str
    days: list[GridDay]
    staff: list[dict]  # id, name, nip, nik, position, level, eselon
    cells: dict  # (staff_id, date iso) -> {"mode", "rule", "pinned", "breach", "pinned_by"}

    def cell(self, staff_id: str, day: dt.date) -> dict | None:
        return self.cells.get((staff_id, day.isoformat()))


def roster_grid(db, unit_code: str, start: dt.date, end: dt.date) -> RosterGrid:
    """The roster of one unit (its own staff, not sub-units) between two dates, with the
    on-site count of its rotation group against the cap of the governing policy per day."""
    return next(roster_grids(db, [unit_code], start, end))


def roster_grids(db, unit_codes: list[str], start: dt.date, end: dt.date,
                 *, batch: int = 16) -> Iterator[RosterGrid]:
    """:func:`roster_grid` of several units, in the order given (for printing every unit).

    The staff, the rotation groups and their on-site counts are worked out once, not once
    per unit, and the roster is read *batch* units at a time, so that a province-sized
    month is never in memory at once.  KeyError at once for an unknown unit code."""
    units = []
    for code in unit_codes:
        unit = register_sql.unit_by_code(db, code)
        if unit is None:
            raise KeyError(code)
        units.append(unit)
    return _grids(db, units, start, end, batch)


_LEVEL_RANK = {"jpt": 0, "administrator": 1, "pengawas": 2, "fungsional": 3, "pelaksana": 4}


def _grids(db, units: list[dict], start: dt.date, end: dt.date, batch: int):
    from .policy import policy_by_id
    from .scheduler import cap_of, people

    s, e = start.isoformat(), end.isoformat()
    org = Org(register_sql.list_units(db))
    shared: dict = {}  # "active", "conflicts", and per policy id (policy, persons, WFO)

    def policy_groups(policy_id: str):
        if policy_id not in shared:
            if "active" not in shared:
                shared["active"] = register_sql.list_staff(db, include_inactive=False)
            policy = policy_by_id(db, policy_id)
            persons = people(shared["active"], policy, org)
            group_of = {p.id: p.group for p in persons}
            wfo: dict[tuple[str, str], int] = defaultdict(int)
            for sid, ds, _u, mode, *_rest in sql.roster_tuples(db, s, e):
                if mode == "WFO" and sid in group_of:
                    wfo[(ds, group_of[sid])] += 1
            shared[policy_id] = (policy, persons, wfo)
        return shared[policy_id]

    for i in range(0, len(units), batch):
        chunk = units[i:i + batch]
        rows_of: dict[str, list[dict]] = defaultdict(list)
        for r in sql.roster_report(db, s, e, [u["id"] for u in chunk]):
            rows_of[r["unit_id"]].append(r)
        if rows_of and "conflicts" not in shared:
            shared["conflicts"] = sql.conflicts_between(db, s, e)
        for unit in chunk:
            yield _grid(db, unit, rows_of.pop(unit["id"], []), policy_groups,
                        shared.get("conflicts", []), cap_of)


def _grid(db, unit, rows, policy_groups, conflict_rows, cap_of) -> RosterGrid:
    cells, staff, seen = {}, [], set()
    policy_of_day: dict[str, str] = {}
    first_row: dict[str, dict] = {}
    for r in rows:
        cells[(r["staff_id"], r["date"])] = {k: r[k] for k in ("mode", "rule", "pinned",
                                                               "breach", "pinned_by")}
        policy_of_day.setdefault(r["date"], r["policy"])
        first_row.setdefault(r["policy"], r)
        if r["staff_id"] not in seen:
            seen.add(r["staff_id"])
            staff.append({k: r[k] for k in ("staff_id", "name", "nip", "nik", "position",
                                             "level", "eselon")})
    for s in staff:
        s["id"] = s.pop("staff_id")
    staff.sort(key=lambda s: (_LEVEL_RANK.get(s["level"], 9), s["eselon"] or "Z", s["name"]))

    # the rotation group of this unit under each policy met, and its daily on-site count
    groups: dict[str, tuple] = {}
    for number, r in first_row.items():
        entry = sql.roster_entry(db, r["staff_id"], r["date"])
        policy, persons, wfo = policy_groups(entry["policy_id"])
        mine = {p.group for p in persons if p.unit_id == unit["id"]}
        headcount = sum(1 for p in persons if p.group in mine)
        groups[number] = (headcount, policy, mine, wfo)
    days_out: list[GridDay] = []
    for ds in sorted(policy_of_day):
        headcount, policy, group_ids, wfo = groups[policy_of_day[ds]]
        cap = None if all(g.startswith("exempt:") for g in group_ids) else cap_of(policy,
                                                                                   headcount)
        days_out.append(GridDay(
            dt.date.fromisoformat(ds), sum(wfo.get((ds, g), 0) for g in group_ids), cap,
            headcount, policy_of_day[ds],
            [c for c in conflict_rows if c["date"] == ds
             and (c["unit_id"] in group_ids or c["unit_id"] == unit["id"])]))
    return RosterGrid(unit["code"], days_out, staff, cells)
