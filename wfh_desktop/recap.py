"""The monthly attendance recap ("Rekapitulasi kehadiran pegawai"): plain data per unit
(:func:`recap_data`), written as CSV or as a workbook with one sheet per unit
(:func:`write_recap`); a PDF renderer reads the same :class:`Recap`.

Per unit and staff member: No, NIP, Nama, Jabatan, working days, the days of each status
code, present days, the late and early bands, late and early minutes, hours worked (from
the keyed times), % present and the working days not keyed yet.  Per unit and day: on site
(keyed with an on-site code such as H) against the roster's plan and the policy's cap of the
rotation group.

The fingerprint of a unit's month is the first 12 hex digits of the SHA-256 of a canonical
text of its current entries (see :func:`fingerprint`); it is stored when the month is closed,
printed on the recap of a closed month, and changes with any correction made afterwards,
so a paper copy can be checked against the database (``attendance verify``).

Further per-staff columns (for example WFH days without a daily report, once daily reports
exist) come in through ``extra_columns`` (:class:`RecapColumn`), not through this module.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from db import attendance as sql
from db import register as register_sql

from .attendance import LEVEL_RANK, Calendar, Code, list_codes
from .i18n import language, t
from .ids import format_nip
from .settings import MONTHS_EN, MONTHS_ID, format_date_id
from .tabular import FORMULA_START, FileError, neutralise, sheet_text

FINGERPRINT_LENGTH = 12
FINGERPRINT_VERSION = "wfh-desktop attendance v1"


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """``2020-03`` -> (first day, last day); :class:`ValueError` otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", str(value).strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(t("not a month {value}; use YYYY-MM, for example 2020-03",
                           value=value))
    year, month = int(m.group(1)), int(m.group(2))
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def month_label(month: str) -> str:
    """``Maret 2020`` (``March 2020`` in English)."""
    start, _ = parse_month(month)
    names = MONTHS_EN if language() == "en" else MONTHS_ID
    return f"{names[start.month - 1]} {start.year}"


# --- the data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecapColumn:
    """A further per-staff column: *compute(db, rows, start, end)* returns
    ``{staff_id: value}`` for the rows of the recap (staff without a value get None)."""
    key: str  # CSV column name
    header: str  # workbook and PDF header
    compute: Callable


@dataclass
class RecapRow:
    no: int
    staff_id: str
    nip: str
    nik: str
    name: str
    position: str
    working_days: int
    counts: dict[str, int]  # status code -> days
    present: int  # days keyed with a code that counts as present
    late_bands: dict[str, int]  # TL1 ... -> days
    early_bands: dict[str, int]  # PSW1 ... -> days
    late_minutes: int
    early_minutes: int
    worked_minutes: int  # from days with both times keyed
    not_keyed: int  # working days without an entry
    daily: dict[str, str] = field(default_factory=dict)  # date iso -> status code
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def percent(self) -> float | None:
        if not self.working_days:
            return None
        return round(self.present * 100 / self.working_days, 1)

    @property
    def hours(self) -> float:
        return round(self.worked_minutes / 60, 1)

    @property
    def ident(self) -> str:
        """The NIP as printed (``19860926 201505 1 001``), else the NIK."""
        return format_nip(self.nip) if self.nip else self.nik


@dataclass
class RecapDay:
    date: dt.date
    policy: str | None  # number of the governing surat edaran
    workday: bool
    off_code: str | None  # LN, LJ
    onsite: int  # this unit's staff keyed with an on-site code
    planned: int  # this unit's staff on WFO in the roster
    group: str | None  # unit code of the rotation group the cap applies to
    group_onsite: int
    group_planned: int
    cap: int | None  # None: no cap (no share in the policy, or an exempt unit)
    headcount: int  # active staff of the rotation group

    @property
    def over_cap(self) -> bool:
        return self.cap is not None and self.group_onsite > self.cap


@dataclass
class UnitRecap:
    unit_id: str
    unit_code: str
    unit_name: str
    rows: list[RecapRow]
    days: list[RecapDay]
    fingerprint: str  # of the data as it is now
    closure: dict | None  # closed_by, closed_at, fingerprint (at closing)

    @property
    def closed(self) -> bool:
        return self.closure is not None

    @property
    def closed_fingerprint(self) -> str | None:
        return self.closure["fingerprint"] if self.closure else None

    @property
    def changed_since_close(self) -> bool:
        return self.closed and self.fingerprint != self.closed_fingerprint


@dataclass
class Recap:
    month: str
    start: dt.date
    end: dt.date
    working_days: list[dt.date]
    codes: list[Code]  # status columns, in order
    late_codes: list[Code]
    early_codes: list[Code]
    extra_columns: list[RecapColumn]
    units: list[UnitRecap]

    @property
    def label(self) -> str:
        return month_label(self.month)


def _staff_order(s: dict):
    return (LEVEL_RANK.get(s["level"], 9), s["eselon"] or "Z", s["name"].lower())


def default_columns() -> list[RecapColumn]:
    """The further columns every recap carries: WFH days without a daily report."""
    from .reports import wfh_without_report_column

    return [wfh_without_report_column()]


def recap_data(db, month: str, unit_code: str | None = None, *,
               extra_columns: tuple[RecapColumn, ...] | list[RecapColumn] | None = None
               ) -> Recap:
    """The recap of *month* (``YYYY-MM``) for every unit, or for *unit_code* and its
    sub-units; one :class:`UnitRecap` per unit that has staff or entries.  Without
    *extra_columns*, :func:`default_columns` are added."""
    if extra_columns is None:
        extra_columns = default_columns()
    from .register import unit_tree
    from .scheduler import Org, cap_of, people

    start, end = parse_month(month)
    s_iso, e_iso = start.isoformat(), end.isoformat()
    units = register_sql.list_units(db)
    org = Org(units)
    tree = [u for u, _ in unit_tree(db)]
    if unit_code:
        unit = register_sql.unit_by_code(db, unit_code)
        if unit is None:
            raise KeyError(t("unknown unit code {value}", value=unit_code))
        scope = set(org.subtree(unit["id"]))
        tree = [u for u in tree if u["id"] in scope]
    cal = Calendar(db, start, end)
    all_days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    working = [d for d in all_days if cal.is_workday(d)]
    working_set = {d.isoformat() for d in working}

    entries = sql.current_tuples(db, s_iso, e_iso)
    codes = list_codes(db)
    code_of = {c.code: c for c in codes}
    used = {e[3] for e in entries} | {e[8] for e in entries} | {e[9] for e in entries}
    status_codes = [c for c in codes if c.category == "status" and (c.active or c.code in used)]
    late_codes = [c for c in codes if c.category == "late" and (c.active or c.code in used)]
    early_codes = [c for c in codes if c.category == "early" and (c.active or c.code in used)]

    staff = {s["id"]: s for s in register_sql.list_staff(db)}
    by_unit_staff: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    by_unit: dict[str, list[tuple]] = defaultdict(list)
    for e in entries:
        by_unit_staff[(e[2], e[0])].append(e)
        by_unit[e[2]].append(e)
    members: dict[str, set[str]] = defaultdict(set)
    for s in staff.values():
        if s["active"]:
            members[s["unit_id"]].add(s["id"])
    for uid, sid in by_unit_staff:
        members[uid].add(sid)

    days_by_unit = _days_by_unit(db, cal, all_days, entries, code_of, org, units, people,
                                 cap_of, s_iso, e_iso)
    closures = sql.closures(db, [month])
    ident_of = {sid: s["nip"] or s["nik"] or sid for sid, s in staff.items()}
    present_of = {c.code: c.present for c in codes}

    out: list[UnitRecap] = []
    all_rows: list[RecapRow] = []
    for u in tree:
        if not members.get(u["id"]):
            continue
        rows = []
        for no, s in enumerate(sorted((staff[sid] for sid in members[u["id"]]),
                                      key=_staff_order), start=1):
            row = _row(no, s, by_unit_staff.get((u["id"], s["id"]), []), working_set,
                       status_codes, late_codes, early_codes, code_of)
            rows.append(row)
        all_rows.extend(rows)
        closure = closures.get((u["id"], month))
        out.append(UnitRecap(u["id"], u["code"], u["name"], rows, days_by_unit[u["id"]],
                             fingerprint(u["code"], month, by_unit.get(u["id"], []), ident_of,
                                         present_of), closure))
    for col in extra_columns:
        values = col.compute(db, all_rows, start, end)
        for row in all_rows:
            row.extra[col.key] = values.get(row.staff_id)
    return Recap(month, start, end, working, status_codes, late_codes, early_codes,
                 list(extra_columns), out)


def _row(no, s, entries, working_set, status_codes, late_codes, early_codes, code_of
         ) -> RecapRow:
    counts = {c.code: 0 for c in status_codes}
    late_bands = {c.code: 0 for c in late_codes}
    early_bands = {c.code: 0 for c in early_codes}
    present = late = early = worked = keyed = 0
    daily = {}
    for _sid, ds, _u, status, _in, _out, lm, em, lc, ec, wm in entries:
        counts[status] = counts.get(status, 0) + 1
        daily[ds] = status
        if ds in working_set:
            keyed += 1
        code = code_of.get(status)
        if code is not None and code.present:
            present += 1
        late += lm
        early += em
        if lc:
            late_bands[lc] = late_bands.get(lc, 0) + 1
        if ec:
            early_bands[ec] = early_bands.get(ec, 0) + 1
        if wm:
            worked += wm
    return RecapRow(no, s["id"], s["nip"] or "", s["nik"] or "", s["name"], s["position"],
                    len(working_set), counts, present, late_bands, early_bands, late, early,
                    worked, len(working_set) - keyed, daily)


def _days_by_unit(db, cal, all_days, entries, code_of, org, units, people, cap_of, s_iso,
                  e_iso) -> dict[str, list[RecapDay]]:
    """Per unit and day: own on-site count and plan, and those of its rotation group
    against the cap of the governing policy."""
    active = register_sql.list_staff(db, include_inactive=False)
    by_policy: dict[str, tuple] = {}
    for d in all_days:
        p = cal.policy(d)
        if p is not None and p.id not in by_policy:
            persons = people(active, p, org)
            group_of = {x.id: x.group for x in persons}
            heads = Counter(group_of.values())
            unit_group = {}
            for x in persons:
                unit_group.setdefault(x.unit_id, x.group)
            by_policy[p.id] = (p, group_of, heads, unit_group)
    group_of_day = {}  # date iso -> staff id -> rotation group, under that day's policy
    for d in all_days:
        p = cal.policy(d)
        group_of_day[d.isoformat()] = by_policy[p.id][1] if p is not None else {}
    onsite_unit: Counter = Counter()
    onsite_group: Counter = Counter()
    onsite_codes = {c for c, code in code_of.items() if code.onsite}
    for sid, ds, uid, status, *_rest in entries:
        if status not in onsite_codes:
            continue
        onsite_unit[(uid, ds)] += 1
        group = group_of_day[ds].get(sid)
        if group is not None:
            onsite_group[(group, ds)] += 1
    planned_unit: Counter = Counter()
    planned_group: Counter = Counter()
    for sid, ds, uid in sql.office_plan(db, s_iso, e_iso):
        planned_unit[(uid, ds)] += 1
        group = group_of_day[ds].get(sid)
        if group is not None:
            planned_group[(group, ds)] += 1
    code_of_unit = {u["id"]: u["code"] for u in units}
    out: dict[str, list[RecapDay]] = {}
    for u in units:
        days = []
        for d in all_days:
            ds = d.isoformat()
            p = cal.policy(d)
            group = label = cap = None
            heads = 0
            if p is not None:
                _p, _g, counts, unit_group = by_policy[p.id]
                group = unit_group.get(u["id"])
                if group is not None:
                    heads = counts[group]
                    exempt = group.startswith("exempt:")
                    label = code_of_unit.get(group.split(":")[-1])
                    cap = None if exempt else cap_of(p, heads)
            days.append(RecapDay(d, p.number if p else None, cal.is_workday(d),
                                 cal.off_code(d), onsite_unit[(u["id"], ds)],
                                 planned_unit[(u["id"], ds)], label,
                                 onsite_group[(group, ds)] if group else 0,
                                 planned_group[(group, ds)] if group else 0, cap, heads))
        out[u["id"]] = days
    return out


# --- fingerprint ------------------------------------------------------------------------------

def fingerprint(unit_code: str, month: str, entries: list[tuple], ident_of: dict,
                present_of: dict) -> str:
    """First 12 hex digits of the SHA-256 of the canonical text of a unit's month::

        wfh-desktop attendance v1
        unit <CODE>
        month <YYYY-MM>
        codes <code>:<counts as present 1|0>,...      (the codes used, sorted)
        <date>|<NIP or NIK>|<status>|<in>|<out>|<late min>|<early min>|<late band>|<early band>
        ...                                           (one line per current entry, sorted)

    *entries* are rows of ``db.attendance.current_tuples``.
    """
    used = sorted({e[3] for e in entries})
    head = [FINGERPRINT_VERSION, f"unit {unit_code.upper()}", f"month {month}",
            "codes " + ",".join(f"{c}:{int(bool(present_of.get(c)))}" for c in used)]
    body = sorted(f"{e[1]}|{ident_of.get(e[0], e[0])}|{e[3]}|{e[4] or ''}|{e[5] or ''}|"
                  f"{e[6]}|{e[7]}|{e[8]}|{e[9]}" for e in entries)
    data = "\n".join(head + body) + "\n"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def unit_fingerprints(db, unit_ids: list[str], month: str) -> dict[str, str]:
    """unit id -> the fingerprint of its month as the data is now."""
    start, end = parse_month(month)
    wanted = set(unit_ids)
    entries: dict[str, list[tuple]] = defaultdict(list)
    for e in sql.current_tuples(db, start.isoformat(), end.isoformat()):
        if e[2] in wanted:
            entries[e[2]].append(e)
    ident_of = {r[0]: r[1] or r[2] or r[0] for r in sql.staff_brief(db)}
    present_of = {c.code: c.present for c in list_codes(db)}
    code_of = {u["id"]: u["code"] for u in register_sql.list_units(db)}
    return {uid: fingerprint(code_of[uid], month, entries.get(uid, []), ident_of, present_of)
            for uid in unit_ids}


@dataclass
class FingerprintCheck:
    unit_code: str
    month: str
    given: str
    current: str
    at_close: str | None

    @property
    def matches(self) -> bool:
        return self.given == self.current


def check_fingerprint(db, unit_code: str, month: str, given: str) -> FingerprintCheck:
    """Compare the fingerprint on a paper recap with the database."""
    parse_month(month)
    unit = register_sql.unit_by_code(db, unit_code)
    if unit is None:
        raise KeyError(t("unknown unit code {value}", value=unit_code))
    current = unit_fingerprints(db, [unit["id"]], month)[unit["id"]]
    closure = sql.closures(db, [month]).get((unit["id"], month))
    clean = re.sub(r"[\s\-]", "", given or "").lower()
    return FingerprintCheck(unit["code"], month, clean, current,
                            closure["fingerprint"] if closure else None)


# --- columns shared by the CSV, the workbook and a PDF ---------------------------------------

@dataclass(frozen=True)
class RecapField:
    key: str  # CSV column
    header: str  # workbook / PDF header
    value: Callable[[RecapRow], object]
    numeric: bool = True


def recap_fields(recap: Recap) -> list[RecapField]:
    """The per-staff columns, in order."""
    f = [RecapField("no", t("No"), lambda r: r.no),
         RecapField("nip", "NIP", lambda r: r.nip, False),
         RecapField("nik", "NIK", lambda r: r.nik, False),
         RecapField("nama", t("Name"), lambda r: r.name, False),
         RecapField("jabatan", t("Position"), lambda r: r.position, False),
         RecapField("hari_kerja", t("Working days"), lambda r: r.working_days)]
    f += [RecapField(c.code, c.code, lambda r, k=c.code: r.counts.get(k, 0))
          for c in recap.codes]
    f.append(RecapField("hadir", t("Present"), lambda r: r.present))
    f += [RecapField(c.code, c.code, lambda r, k=c.code: r.late_bands.get(k, 0))
          for c in recap.late_codes]
    f += [RecapField(c.code, c.code, lambda r, k=c.code: r.early_bands.get(k, 0))
          for c in recap.early_codes]
    f += [RecapField("terlambat_menit", t("Late (minutes)"), lambda r: r.late_minutes),
          RecapField("pulang_cepat_menit", t("Early leave (minutes)"),
                     lambda r: r.early_minutes),
          RecapField("jam_kerja", t("Hours worked"), lambda r: r.hours),
          RecapField("persen_hadir", t("% present"), lambda r: r.percent),
          RecapField("belum_diisi", t("Not keyed"), lambda r: r.not_keyed)]
    f += [RecapField(c.key, c.header, lambda r, k=c.key: r.extra.get(k), False)
          for c in recap.extra_columns]
    return f


def fingerprint_line(unit: UnitRecap) -> str:
    """What a printed recap says about its fingerprint."""
    if not unit.closed:
        return t("Month not closed: the data may still change")
    c = unit.closure
    if unit.changed_since_close:
        return t("Data fingerprint {fingerprint}: changed after the month was closed on {at} "
                 "by {who} (fingerprint at closing {closed})", fingerprint=unit.fingerprint,
                 at=c["closed_at"], who=c["closed_by"] or "-", closed=c["fingerprint"])
    return t("Data fingerprint {fingerprint}: month closed on {at} by {who}",
             fingerprint=unit.fingerprint, at=c["closed_at"], who=c["closed_by"] or "-")


# --- writing ----------------------------------------------------------------------------------

def write_recap(recap: Recap, path) -> None:
    """Write the recap as CSV (all units, one row per staff member) or XLSX (one sheet per
    unit)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(recap, path)
    elif suffix == ".xlsx":
        _write_xlsx(recap, path)
    else:
        raise FileError(path, t("unsupported file type {suffix}; use .csv or .xlsx",
                                suffix=suffix or "?"))


def _csv_value(value) -> str:
    if value is None:
        return ""
    return neutralise(str(value))


def _write_csv(recap: Recap, path: Path) -> None:
    fields = recap_fields(recap)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["bulan", "unit"] + [f.key for f in fields] + ["sidik_data"])
    for unit in recap.units:
        fp = unit.fingerprint if unit.closed else ""
        for row in unit.rows:
            writer.writerow([recap.month, unit.unit_code] + [_csv_value(f.value(row))
                                                             for f in fields] + [fp])
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def _sheet_titles(units: list[UnitRecap]) -> list[str]:
    titles, seen = [], set()
    for u in units:
        base = re.sub(r"[\[\]:*?/\\']", "_", u.unit_code)[:31] or "Unit"
        title, n = base, 2
        while title.upper() in seen:
            suffix = f"~{n}"
            title, n = base[:31 - len(suffix)] + suffix, n + 1
        seen.add(title.upper())
        titles.append(title)
    return titles


def _sheet_rows(recap: Recap, unit: UnitRecap, fields: list[RecapField]):
    """The rows of a unit's sheet as (style, values): style is "title", "bold", "header",
    "subheader" (wrapped), "line" (text running across the columns) or None; text values
    are str, numbers int or float."""

    yield "title", [t("ATTENDANCE RECAP")]
    yield "bold", [f"{unit.unit_name} ({unit.unit_code})"]
    yield "line", [t("Period {month}: {days} working days", month=recap.label,
                     days=len(recap.working_days))]
    yield "line", [fingerprint_line(unit)]
    yield None, []
    yield "header", [f.header for f in fields]
    for row in unit.rows:
        values = []
        for f in fields:
            value = f.value(row)
            if f.key == "nip":
                value = format_nip(value)
            if not f.numeric:
                value = "" if value is None else str(value)
            values.append(value)
        yield None, values
    # the day table and the legend start in the second column, under the NIP
    yield None, []
    yield "bold", [None, t("On site per day")]
    yield "subheader", [None, t("Date"), t("Circular (SE)"), t("On site (unit)"),
                     t("Planned WFO (unit)"), t("Rotation group"), t("On site (group)"),
                     t("Planned WFO (group)"), t("On-site cap"), t("Staff of the group"),
                     t("Note")]
    for d in unit.days:
        note = d.off_code or (t("over the cap") if d.over_cap else "")
        if d.workday:
            yield None, [None, format_date_id(d.date), d.policy or "", d.onsite, d.planned,
                         d.group or "", d.group_onsite, d.group_planned,
                         d.cap if d.cap is not None else "-", d.headcount, note]
        else:
            yield None, [None, format_date_id(d.date), d.policy or "", None, None, None, None,
                         None, None, None, note]
    yield None, []
    yield "bold", [None, t("Codes")]
    for c in recap.codes + recap.late_codes + recap.early_codes:
        yield "line", [None, f"{c.code}: {c.meaning}"]


HEADER_ROW = 6  # the staff table's header row in a unit's sheet (frozen with rows above)


def _write_xlsx(recap: Recap, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    fields = recap_fields(recap)
    fonts = {"title": Font(bold=True, size=13), "bold": Font(bold=True),
             "header": Font(bold=True), "subheader": Font(bold=True)}
    fill = PatternFill("solid", fgColor="DDDDDD")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for unit, title in zip(recap.units, _sheet_titles(recap.units)):
        ws = wb.create_sheet(title)
        rows = list(_sheet_rows(recap, unit, fields))
        widths: dict[int, int] = defaultdict(lambda: 4)
        for style, values in rows:
            if style in ("title", "bold", "line", "subheader"):
                continue  # titles and lines run across the columns; the day table wraps
            for c, v in enumerate(values, start=1):
                if v is not None:
                    widths[c] = max(widths[c], min(len(str(v)), 50))
        for c, w in widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w + 2
        ws.freeze_panes = f"E{HEADER_ROW + 1}"
        ws.auto_filter.ref = (f"A{HEADER_ROW}:{get_column_letter(len(fields))}"
                              f"{HEADER_ROW + max(len(unit.rows), 1)}")
        for style, values in rows:
            out = []
            if style == "line":
                style = None
            for v in values:
                if isinstance(v, str):
                    v = sheet_text(v)
                if v is None:
                    out.append(None)
                elif style is not None or (isinstance(v, str) and v.startswith(FORMULA_START)):
                    cell = WriteOnlyCell(ws, value=v)
                    if isinstance(v, str):
                        cell.data_type = "s"  # text, never a formula
                        cell.quotePrefix = v.startswith(FORMULA_START)
                    if style is not None:
                        cell.font = fonts[style]
                    if style in ("header", "subheader"):
                        cell.fill = fill
                        cell.alignment = centre
                    out.append(cell)
                else:
                    out.append(v)
            ws.append(out)
    if not recap.units:
        ws = wb.create_sheet(t("Recap"))
        ws.append([t("no staff and no entries in {month}", month=recap.label)])
    wb.save(path)
