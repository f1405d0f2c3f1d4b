"""The roster generator: who works from the office (WFO) and who from home (WFH), per unit
and working day, under one policy, by the precedence of DESIGN.md:

1. not available: leave, sick, official travel entered beforehand  -> OFF
2. must be home: age on that day, pregnant, comorbid                -> WFH
3. must be in office: exempt unit, exempt role                       -> WFO
4. must be in office: the unit's top structural levels              -> WFO
5. rotation: the rest, meeting the minimum on-site composition, never above the cap,
   and fair (least on-site rotation steps first).

Pinned entries (set by a person) are kept and checked against the same rules; a breach is
stored on the entry.  Where rules collide, the day and unit get a conflict row naming the
rule that gave way.  The same input always gives the same roster.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field

import db as store
from db import policies as policy_sql
from db import register as register_sql
from db import roster as sql

from .policy import Policy, calendar_holidays
from .staff import LEVELS
from .accounts import action
from .i18n import t

OFF, WFH, WFO = "OFF", "WFH", "WFO"
HOME_RULES = ("home_age", "home_pregnant", "home_comorbid")
OFFICE_RULES = ("exempt_unit", "exempt_public_service", "exempt_teacher", "top_level")
ROTATION_RULES = ("rotation_min", "rotation_office", "rotation_home")
POOL = "pool"


@dataclass
class Person:
    id: str
    name: str
    ident: str
    unit_id: str
    group: str
    level: str
    tier: str
    birth: dt.date | None
    home_from: dt.date | None  # first day at or above the age threshold
    pregnant: bool
    comorbid: bool
    public_service: bool
    teacher: bool
    exempt_unit: bool
    top: bool
    tiebreak: str


@dataclass
class Change:
    staff_id: str
    name: str
    date: str
    old: str | None
    new: str | None


@dataclass
class GenerateResult:
    policy: Policy
    start: dt.date
    end: dt.date
    days: int
    groups: int
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    changes: list[Change] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    breaches: list[dict] = field(default_factory=list)


# --- the organisation as the rules see it ------------------------------------------

class Org:
    def __init__(self, units: list[dict]):
        self.units = {u["id"]: u for u in units}
        self.children: dict[str, list[str]] = defaultdict(list)
        for u in units:
            if u["parent_id"]:
                self.children[u["parent_id"]].append(u["id"])

    def chain(self, unit_id: str) -> list[dict]:
        """The unit and its ancestors, nearest first."""
        out, seen = [], set()
        while unit_id and unit_id in self.units and unit_id not in seen:
            seen.add(unit_id)
            out.append(self.units[unit_id])
            unit_id = self.units[unit_id]["parent_id"]
        return out

    def root(self, unit_id: str) -> str:
        return self.chain(unit_id)[-1]["id"]

    def subtree(self, unit_id: str) -> list[str]:
        out, todo = [], [unit_id]
        while todo:
            u = todo.pop()
            out.append(u)
            todo.extend(self.children.get(u, []))
        return out


def tier_of(eselon: str) -> str:
    return eselon.split(".")[0] if eselon else ""


_TIER_RANK = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def top_tiers_by_root(staff: list[dict], org: Org, n: int) -> dict[str, set[str]]:
    """The *n* highest eselon tiers present among the active staff of each OPD tree."""
    present: dict[str, set[str]] = defaultdict(set)
    for s in staff:
        tier = tier_of(s["eselon"])
        if tier:
            present[org.root(s["unit_id"])].add(tier)
    return {root: set(sorted(tiers, key=_TIER_RANK.get)[:n]) for root, tiers in present.items()}


def office_tiers(unit_id: str, policy: Policy, org: Org, by_root: dict[str, set[str]]
                 ) -> tuple[set[str], str]:
    """Eselon tiers that stay in office for staff of *unit_id*, and why ("type:<t>" or
    "count")."""
    mapping = policy.rules.office_levels_by_unit_type
    if mapping:
        for u in org.chain(unit_id):
            if u["type"] in mapping:
                return set(mapping[u["type"]]), f"type:{u['type']}"
    if policy.rules.always_office_top_levels:
        return by_root.get(org.root(unit_id), set()), "count"
    return set(), ""


def _birthday_at(birth: dt.date, years: int) -> dt.date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February
        return dt.date(birth.year + years, 3, 1)


def people(staff: list[dict], policy: Policy, org: Org) -> list[Person]:
    rules = policy.rules
    exempt_codes = {c.upper() for c in rules.exempt_units}
    by_root = top_tiers_by_root(staff, org, rules.always_office_top_levels)
    per_unit: dict[str, tuple[bool, set[str], str]] = {}
    out = []
    for s in staff:
        uid = s["unit_id"]
        facts = per_unit.get(uid)
        if facts is None:
            chain = org.chain(uid)
            exempt = any(u["code"].upper() in exempt_codes for u in chain)
            tiers, _why = office_tiers(uid, policy, org, by_root)
            group = f"exempt:{uid}" if exempt else (
                chain[-1]["id"] if rules.rotation_scope == "opd" else uid)
            facts = per_unit[uid] = (exempt, tiers, group)
        exempt, tiers, group = facts
        tier = tier_of(s["eselon"])
        birth = dt.date.fromisoformat(s["birth_date"]) if s["birth_date"] else None
        home_from = None
        if birth and rules.home_if_age_at_least is not None:
            home_from = _birthday_at(birth, rules.home_if_age_at_least)
        ident = s["nip"] or s["nik"] or s["id"]
        out.append(Person(
            id=s["id"], name=s["name"], ident=ident, unit_id=uid, group=group,
            level=s["level"], tier=tier, birth=birth, home_from=home_from,
            pregnant=bool(s["pregnant"]), comorbid=bool(s["comorbid"]),
            public_service=bool(s["public_service"]), teacher=bool(s["teacher"]),
            exempt_unit=exempt, top=bool(tier and tier in tiers),
            tiebreak=hashlib.sha1(f"{policy.number}|{ident}".encode()).hexdigest()))
    return out


def category(p: Person, day: dt.date, policy: Policy, absence: str | None) -> tuple[str, str]:
    """(mode, rule) by the first four precedence levels, or (POOL, POOL)."""
    rules = policy.rules
    if absence:
        return OFF, f"absent:{absence}"
    if p.home_from is not None and day >= p.home_from:
        return WFH, "home_age"
    if rules.home_if_pregnant and p.pregnant:
        return WFH, "home_pregnant"
    if rules.home_if_comorbid and p.comorbid:
        return WFH, "home_comorbid"
    if p.exempt_unit:
        return WFO, "exempt_unit"
    if p.public_service and "public_service" in rules.exempt_roles:
        return WFO, "exempt_public_service"
    if p.teacher and "teacher" in rules.exempt_roles:
        return WFO, "exempt_teacher"
    if p.top:
        return WFO, "top_level"
    return POOL, POOL


def cap_of(policy: Policy, headcount: int) -> int | None:
    share = policy.rules.max_office_share
    if share is None:
        return None
    return math.floor(share * headcount + 1e-9)


def working_days(policy: Policy, start: dt.date, end: dt.date,
                 calendar: set[dt.date]) -> list[dt.date]:
    start = max(start, policy.valid_from)
    end = min(end, policy.valid_to)
    days = []
    d = start
    while d <= end:
        if policy.is_workday(d, calendar):
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def block_key(policy: Policy, day: dt.date):
    if policy.rules.rotation == "weekly":
        iso = day.isocalendar()
        return (iso[0], iso[1])
    return day


# --- generation ---------------------------------------------------------------------

@dataclass
class _Plan:
    rows: dict  # staff_id -> list of [date iso, unit_id, mode, rule, pinned, breach, pinned_by]
    conflicts: list[tuple]  # (unit/group id, date iso, rule, gave_way_to, detail)


def _absence_index(absences: list[dict]) -> dict[str, list[tuple[str, str, str]]]:
    idx: dict[str, list] = defaultdict(list)
    for a in absences:
        idx[a["staff_id"]].append((a["date_from"], a["date_to"], a["kind"]))
    return idx


def _absent(idx, sid: str, day: str) -> str | None:
    for start, end, kind in idx.get(sid, ()):
        if start <= day <= end:
            return kind
    return None


def _block_categories(p: Person, bdays: list[dt.date], bds: list[str], policy: Policy,
                      absences) -> list[tuple[str, str]]:
    """The category of *p* on each day of a block; computed once when nothing can change
    within the block (no absence, no birthday crossing the age limit)."""
    hf = p.home_from
    if p.id not in absences and (hf is None or hf <= bdays[0] or hf > bdays[-1]):
        return [category(p, bdays[0], policy, None)] * len(bdays)
    return [category(p, d, policy, _absent(absences, p.id, ds)) for d, ds in zip(bdays, bds)]


def plan_group(members: list[Person], days: list[dt.date], day_isos: list[str],
               policy: Policy, absences, pins: dict, history: dict, carry: dict) -> _Plan:
    """Decide every member of one rotation group for *days* (sorted)."""
    rules = policy.rules
    rows: dict = {p.id: [] for p in members}
    conflicts: list[tuple] = []
    group_id = members[0].group
    exempt_group = group_id.startswith("exempt:")
    conflict_unit = members[0].unit_id if exempt_group else group_id
    cap = None if exempt_group else cap_of(policy, len(members))
    mins = {} if exempt_group else {lv: rules.min_office[lv] for lv in LEVELS
                                    if rules.min_office.get(lv)}
    steps = history.setdefault("steps", defaultdict(int))
    ondays = history.setdefault("days", defaultdict(int))

    blocks: dict = {}
    for i, d in enumerate(days):
        blocks.setdefault(block_key(policy, d), []).append(i)

    for key, idx in blocks.items():
        bdays = [days[i] for i in idx]
        bds = [day_isos[i] for i in idx]
        n = len(bdays)
        fixed_on = [0] * n  # on site whatever the rotation does
        ruled_on = [0] * n  # ... of which by rules 3 and 4 (not pins)
        fixed_lv = [defaultdict(int) for _ in range(n)]
        pinned_wfo_days: dict[str, int] = defaultdict(int)
        pool_days: dict[str, list[int]] = {}
        cats_of: dict[str, list[tuple[str, str]]] = {}
        for p in members:
            cats = _block_categories(p, bdays, bds, policy, absences)
            cats_of[p.id] = cats
            mine = []
            for j in range(n):
                cat = cats[j]
                pin = pins.get((p.id, bds[j])) if pins else None
                mode = pin[0] if pin else cat[0]
                if mode == WFO:
                    fixed_on[j] += 1
                    fixed_lv[j][p.level] += 1
                    if pin:
                        pinned_wfo_days[p.id] += 1
                    else:
                        ruled_on[j] += 1
                if cat[0] == POOL and not pin:
                    mine.append(j)
            if mine:
                pool_days[p.id] = mine
        pool = [p for p in members if p.id in pool_days]

        def fairness(p: Person):
            return (steps[p.id], ondays[p.id], -len(pool_days[p.id]), p.tiebreak)

        carried = carry.get(key, ())
        picked: list[Person] = sorted((p for p in pool if p.id in carried), key=fairness)
        why: dict[str, str] = {p.id: "rotation_office" for p in picked}
        taken = {p.id for p in picked}
        # the minimum composition, day by day: a person away part of the week covers only
        # the days they are there, so someone else is picked for the others
        pool_set = {pid: set(js) for pid, js in pool_days.items()}
        for level, need in mins.items():
            cands = sorted((p for p in pool if p.level == level and p.id not in taken),
                           key=fairness)
            for p in cands:
                short = [j for j in range(n) if fixed_lv[j][level] + sum(
                    1 for q in picked if q.level == level and j in pool_set[q.id]) < need]
                if not short:
                    break
                if any(j in pool_set[p.id] for j in short):
                    picked.append(p)
                    taken.add(p.id)
                    why[p.id] = "rotation_min"
        trimmed = False
        if cap is not None:
            # a pin on some days of a week does not send others home for the whole week:
            # it is checked as a possible breach instead
            pinned_all = sum(1 for v in pinned_wfo_days.values() if v == n)
            room = cap - max(ruled_on) - pinned_all
            if len(picked) > room and rules.cap_wins:
                keep = max(room, len([p for p in picked if p.id in carried]))
                trimmed = len(picked) > keep
                picked = picked[:keep]
                taken = {p.id for p in picked}
            if rules.fill_to_cap and len(picked) < room:
                rest = sorted((p for p in pool if p.id not in taken), key=fairness)
                for p in rest[:room - len(picked)]:
                    picked.append(p)
                    taken.add(p.id)
                    why[p.id] = "rotation_office"

        # decide the days
        onsite = [0] * n
        by_level = [defaultdict(int) for _ in range(n)]
        pinned_here: list[tuple[Person, int, tuple, str]] = []
        for p in members:
            cats = cats_of[p.id]
            out = rows[p.id]
            in_office = p.id in taken
            for j in range(n):
                cat = cats[j]
                pin = pins.get((p.id, bds[j])) if pins else None
                if pin:
                    mode, rule = pin[0], "pinned"
                    pinned_here.append((p, j, cat, mode))
                elif cat[0] == POOL:
                    if in_office:
                        mode, rule = WFO, why[p.id]
                    else:
                        mode, rule = WFH, "rotation_home"
                else:
                    mode, rule = cat
                if mode == WFO:
                    onsite[j] += 1
                    by_level[j][p.level] += 1
                out.append([bds[j], p.unit_id, mode, rule, 1 if pin else 0, "",
                            pin[1] if pin else ""])
        # collisions of the day, recorded, never silent
        over = [cap is not None and onsite[j] > cap for j in range(n)]
        for j in range(n):
            if over[j]:
                if ruled_on[j] > cap:
                    reason = "fixed"
                elif any(m == WFO and jj == j for _, jj, _, m in pinned_here):
                    reason = "pinned"
                else:
                    reason = "min_office"
                conflicts.append((conflict_unit, bds[j], "max_office_share", reason,
                                  f"{onsite[j]}/{cap}"))
            short = [f"{lv} {by_level[j][lv]}/{k}" for lv, k in mins.items()
                     if by_level[j][lv] < k]
            if short:
                full = trimmed or (cap is not None and onsite[j] >= cap)
                conflicts.append((conflict_unit, bds[j], "min_office",
                                  "max_office_share" if full else "staff_available",
                                  ", ".join(short)))
        # breaches of pinned entries
        for p, j, cat, mode in pinned_here:
            breach = ""
            if cat[0] == OFF:
                breach = cat[1]
            elif cat[0] == WFH and mode == WFO:
                breach = cat[1]
            elif cat[0] == WFO and mode == WFH:
                breach = cat[1]
            elif cat[0] == POOL and mode == WFO and over[j]:
                breach = "max_office_share"
            elif cat[0] == POOL and mode == WFH and p.level in mins and \
                    by_level[j][p.level] < mins[p.level]:
                breach = "min_office"
            if breach:
                next(r for r in rows[p.id] if r[0] == bds[j])[5] = breach
        for p in picked:
            steps[p.id] += 1
            ondays[p.id] += len(pool_days[p.id])
    return _Plan(rows, conflicts)


def _load_staff(db, unit_ids: set[str] | None) -> list[dict]:
    staff = register_sql.list_staff(db, include_inactive=False)
    if unit_ids is not None:
        staff = [s for s in staff if s["unit_id"] in unit_ids]
    return staff


class OutsideOwnUnits(ValueError):
    """An OPD's installation asked for the roster of a unit that is not its own."""


def _own_code(db) -> str | None:
    from . import sites

    site = sites.existing_site(db)
    return site.unit_code if site is not None and site.role == "opd" else None


def _own_units(db, org: Org) -> set[str] | None:
    """The ids of the units an OPD's installation owns (its unit and sub-units), or None
    at the BKD and before the installation says what it is.  Rows of other units would
    be refused by the BKD (see :mod:`wfh_desktop.sync`)."""
    code = _own_code(db)
    if not code:
        return None
    home = register_sql.unit_by_code(db, code)
    return set(org.subtree(home["id"])) if home is not None else None


@action("roster")
def generate(db, policy: Policy, *, start: dt.date | None = None, end: dt.date | None = None,
             unit_code: str | None = None, progress=None) -> GenerateResult:
    """Fill the roster for *policy* (optionally a date range and a unit with its sub-units).

    Writes only what differs from the stored roster, keeps pinned entries, and returns
    what changed and every conflict between rules.
    """
    start = max(start or policy.valid_from, policy.valid_from)
    end = min(end or policy.valid_to, policy.valid_to)
    units = register_sql.list_units(db)
    org = Org(units)
    scope_units: set[str] | None = None
    if unit_code:
        unit = register_sql.unit_by_code(db, unit_code)
        if unit is None:
            raise KeyError(unit_code)
        scope_units = set(org.subtree(unit["id"]))
        if policy.rules.rotation_scope == "opd":  # the whole OPD rotates together
            scope_units = set(org.subtree(org.root(unit["id"])))
    own = _own_units(db, org)
    if own is not None:   # an OPD's installation: the roster of its own units only
        if unit_code and unit["id"] not in own:
            raise OutsideOwnUnits(t(
                "this installation is the OPD {opd}: it makes the roster of its own units "
                "only, and {unit} is not one of them", opd=_own_code(db), unit=unit_code))
        scope_units = own if scope_units is None else scope_units & own
    calendar = set(calendar_holidays(db, policy.valid_from, policy.valid_to))
    all_days = working_days(policy, policy.valid_from, policy.valid_to, calendar)
    days = [d for d in all_days if start <= d <= end]
    staff = _load_staff(db, None)
    persons = people(staff, policy, org)
    if scope_units is not None:
        persons = [p for p in persons if p.unit_id in scope_units]
    groups: dict[str, list[Person]] = defaultdict(list)
    for p in persons:
        groups[p.group].append(p)
    result = GenerateResult(policy, start, end, len(days), len(groups))
    if not days:
        return result

    s_iso, e_iso = days[0].isoformat(), days[-1].isoformat()
    absences = _absence_index(policy_sql.absences_between(db, policy.valid_from.isoformat(),
                                                          e_iso))
    person_ids = {p.id for p in persons}
    existing: dict = {}
    history_rows = []
    for r in sql.roster_tuples(db, policy.valid_from.isoformat(), e_iso):
        sid, ds = r[0], r[1]
        if scope_units is not None and r[2] not in scope_units and sid not in person_ids:
            continue
        if ds >= s_iso:
            existing[(sid, ds)] = r
        else:
            history_rows.append(r)
    pins = {(k[0], k[1]): (r[3], r[8]) for k, r in existing.items() if r[6]}

    # fairness history before the range, and weekly blocks already begun
    first_block = block_key(policy, days[0])
    hist: dict[str, dict] = {}
    carry: dict[str, dict] = defaultdict(lambda: defaultdict(set))
    group_of = {p.id: p.group for p in persons}
    seen_blocks: dict[str, set] = defaultdict(set)
    for sid, ds, _u, mode, rule, *_ in history_rows:
        if sid not in group_of or mode != WFO or rule not in ("rotation_min", "rotation_office"):
            continue
        g = group_of[sid]
        h = hist.setdefault(g, {"steps": defaultdict(int), "days": defaultdict(int)})
        day = dt.date.fromisoformat(ds)
        key = block_key(policy, day)
        h["days"][sid] += 1
        if (sid, key) not in seen_blocks[g]:
            seen_blocks[g].add((sid, key))
            h["steps"][sid] += 1
        if key == first_block:
            carry[g][key].add(sid)

    plan_rows: dict = {}
    conflict_rows: list[tuple] = []
    day_isos = [d.isoformat() for d in days]
    for i, (gid, members) in enumerate(sorted(groups.items())):
        members.sort(key=lambda p: (p.name, p.ident))
        plan = plan_group(members, days, day_isos, policy, absences, pins,
                          hist.setdefault(gid, {}), carry[gid])
        plan_rows.update(plan.rows)
        conflict_rows.extend(plan.conflicts)
        if progress:
            progress(i + 1, len(groups))

    now = dt.datetime.now().isoformat(timespec="seconds")
    names = {p.id: p.name for p in persons}
    pid = policy.id
    inserts, updates = [], []
    breaches = []
    if not existing:  # first generation of this range: plain inserts in key order
        for sid in sorted(plan_rows):
            for ds, unit_id, mode, rule, pinned, breach, pinned_by in plan_rows[sid]:
                inserts.append((sid, ds, unit_id, mode, rule, pid, pinned, breach, pinned_by,
                                now))
    else:
        for sid in sorted(plan_rows):
            for ds, unit_id, mode, rule, pinned, breach, pinned_by in plan_rows[sid]:
                row = (sid, ds, unit_id, mode, rule, pid, pinned, breach, pinned_by, now)
                old = existing.pop((sid, ds), None)
                if old is None:
                    inserts.append(row)
                    result.changes.append(Change(sid, names[sid], ds, None, mode))
                elif (old[2], old[3], old[4], old[5], old[6], old[7]) != (
                        unit_id, mode, rule, pid, pinned, breach):
                    updates.append(row)
                    if old[3] != mode:
                        result.changes.append(Change(sid, names[sid], ds, old[3], mode))
                else:
                    result.unchanged += 1
    for sid, entries in plan_rows.items():
        for ds, _u, mode, _r, _p, breach, _b in entries:
            if breach:
                breaches.append({"staff_id": sid, "name": names[sid], "date": ds,
                                 "mode": mode, "breach": breach})
    deletes = [k for k in existing if s_iso <= k[1] <= e_iso]
    for k in deletes:
        result.changes.append(Change(k[0], names.get(k[0], k[0]), k[1], existing[k][3], None))
    group_units = sorted({c[0] for c in conflict_rows} | {
        (p.unit_id if p.group.startswith("exempt:") else p.group) for p in persons})
    with store.transaction(db):
        if inserts:
            (sql.insert_roster if not updates and not existing else sql.upsert_roster)(
                db, inserts + updates)
        elif updates:
            sql.upsert_roster(db, updates)
        sql.delete_roster(db, deletes)
        sql.replace_conflicts(db, group_units, day_isos,
                              [(policy.id,) + c for c in conflict_rows])
    result.inserted, result.updated, result.deleted = len(inserts), len(updates), len(deletes)
    by_unit = {u["id"]: u for u in units}
    result.conflicts = [
        {"unit": by_unit[c[0]]["code"] if c[0] in by_unit else c[0], "date": c[1], "rule": c[2],
         "gave_way_to": c[3], "detail": c[4]} for c in conflict_rows]
    result.breaches = breaches
    result.changes.sort(key=lambda c: (c.date, c.name))
    return result


# --- pins -------------------------------------------------------------------------------

def _regenerate_block(db, entry: dict, day: dt.date) -> GenerateResult:
    """Generate again the rotation step (day or week) of *day* for the entry's unit."""
    from .policy import policy_by_id

    policy = policy_by_id(db, entry["policy_id"])
    key = block_key(policy, day)
    if policy.rules.rotation == "weekly":
        monday = day - dt.timedelta(days=day.weekday())
        start, end = monday, monday + dt.timedelta(days=6)
    else:
        start = end = day
    unit = next(u for u in register_sql.list_units(db) if u["id"] == entry["unit_id"])
    result = generate(db, policy, start=start, end=end, unit_code=unit["code"])
    assert all(block_key(policy, dt.date.fromisoformat(c.date)) == key for c in result.changes)
    return result


@action("roster")
def pin(db, staff_id: str, day: dt.date, mode: str, by: str = "") -> GenerateResult:
    """Set an entry by hand.  The rotation step of that unit is generated again around it
    (others may move to keep the rules) and the pin is checked: a breach is recorded on it."""
    if mode not in (WFO, WFH):
        raise ValueError(mode)
    ds = day.isoformat()
    entry = sql.roster_entry(db, staff_id, ds)
    if entry is None:
        raise KeyError((staff_id, ds))
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction(db):
        sql.upsert_roster(db, [(staff_id, ds, entry["unit_id"], mode, "pinned",
                                entry["policy_id"], 1, "", by, now)])
        return _regenerate_block(db, entry, day)


@action("roster")
def unpin(db, staff_id: str, day: dt.date) -> GenerateResult | None:
    """Give an entry back to the rules (its rotation step is generated again)."""
    ds = day.isoformat()
    entry = sql.roster_entry(db, staff_id, ds)
    if entry is None or not entry["pinned"]:
        return None
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction(db):
        sql.upsert_roster(db, [(staff_id, ds, entry["unit_id"], entry["mode"], entry["rule"],
                                entry["policy_id"], 0, "", "", now)])
        return _regenerate_block(db, entry, day)
