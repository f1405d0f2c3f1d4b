"""The stored roster: export, and views of it for the GUI and printing."""
from __future__ import annotations

import datetime as dt
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
    from .policy import policy_by_id
    from .scheduler import cap_of, people

    unit = register_sql.unit_by_code(db, unit_code)
    if unit is None:
        raise KeyError(unit_code)
    rows = sql.roster_report(db, start.isoformat(), end.isoformat(), [unit["id"]])
    cells, staff, seen = {}, [], set()
    policy_of_day: dict[str, str] = {}
    for r in rows:
        cells[(r["staff_id"], r["date"])] = {k: r[k] for k in ("mode", "rule", "pinned",
                                                               "breach", "pinned_by")}
        policy_of_day.setdefault(r["date"], r["policy"])
        if r["staff_id"] not in seen:
            seen.add(r["staff_id"])
            staff.append({k: r[k] for k in ("staff_id", "name", "nip", "nik", "position",
                                             "level", "eselon")})
    for s in staff:
        s["id"] = s.pop("staff_id")
    level_rank = {"jpt": 0, "administrator": 1, "pengawas": 2, "fungsional": 3, "pelaksana": 4}
    staff.sort(key=lambda s: (level_rank.get(s["level"], 9), s["eselon"] or "Z", s["name"]))

    # the rotation group of this unit under each policy met, and its daily on-site count
    org = Org(register_sql.list_units(db))
    active = register_sql.list_staff(db, include_inactive=False)
    policy_ids = {r["policy"]: None for r in rows}
    days_out: list[GridDay] = []
    groups: dict[str, set[str]] = {}
    all_rows = None
    conflict_rows = sql.conflicts_between(db, start.isoformat(), end.isoformat())
    for number in policy_ids:
        pid = next(r for r in rows if r["policy"] == number)
        entry = sql.roster_entry(db, pid["staff_id"], pid["date"])
        policy = policy_by_id(db, entry["policy_id"])
        persons = people(active, policy, org)
        mine = {p.group for p in persons if p.unit_id == unit["id"]}
        groups[number] = ({p.id for p in persons if p.group in mine}, policy,
                          {g for g in mine})
    by_day: dict[str, int] = {}
    if groups:
        all_rows = sql.roster_tuples(db, start.isoformat(), end.isoformat())
    for ds in sorted(policy_of_day):
        number = policy_of_day[ds]
        members, policy, group_ids = groups[number]
        by_day[ds] = 0
        headcount = len(members)
        cap = None if all(g.startswith("exempt:") for g in group_ids) else cap_of(policy,
                                                                                   headcount)
        days_out.append(GridDay(dt.date.fromisoformat(ds), 0, cap, headcount, number,
                                [c for c in conflict_rows if c["date"] == ds
                                 and (c["unit_id"] in group_ids or c["unit_id"] == unit["id"])]))
    index = {d.date.isoformat(): d for d in days_out}
    for sid, ds, _u, mode, *_rest in all_rows or []:
        d = index.get(ds)
        if d is not None and mode == "WFO" and sid in groups[d.policy][0]:
            d.onsite += 1
    return RosterGrid(unit["code"], days_out, staff, cells)
