"""Manual attendance: the editable codes, keying (one entry, a day sheet, or in bulk), the
import and export files, day locks, month closures and corrections.

An entry is never overwritten.  Keying a day again, or correcting it after it was locked,
adds a new version that supersedes the current one; the earlier versions stay and are shown
beside it.  A correction carries a reason and the name of who made it.

Late arrival and early leave are measured from the times against the working hours (a
setting; by default Monday-Thursday 07:30-16:00, Friday 07:30-16:30) and put into the
bands of the ``late`` and ``early`` codes (TL1-TL4, PSW1-PSW4 as shipped).

The GUI calls :func:`day_sheet` (the roster's expectation prefilled), :func:`save_day_sheet`,
:func:`key_entry`, :func:`correct_entry`, :func:`entry_history`, :func:`lock_day`,
:func:`is_locked` and :func:`close_month`; the command line calls the same functions.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import db as store
from db import attendance as sql
from db import policies as policy_sql
from db import register as register_sql
from db import roster as roster_sql

from .i18n import t
from .ids import IdError, clean_digits
from .policy import WEEKDAYS, Policy
from .register import ImportRejected, ImportReport, RowError, new_id, now_iso
from .staff import FieldError, InvalidRecord, parse_date, text
from .tabular import Column, Table, read_table, write_table
from .accounts import action

__all__ = [
    "ATTENDANCE_FILE", "Calendar", "Code", "DayHours", "DayLocked", "DaySheet", "InvalidEntries",
    "KeyResult", "SheetRow", "close_month", "correct_entry", "day_sheet", "entry_history",
    "export_attendance", "import_attendance", "is_locked", "key_entries", "key_entry",
    "list_codes", "lock_day", "measure", "parse_time", "plan_attendance", "save_code",
    "save_day_sheet", "set_working_hours", "working_hours",
]

SOURCES = ("paper", "whatsapp", "video", "manual")
SOURCE_ALIASES = {
    "paper": "paper", "kertas": "paper", "lembar": "paper", "sheet": "paper",
    "whatsapp": "whatsapp", "wa": "whatsapp",
    "video": "video", "video_call": "video", "videocall": "video", "vc": "video",
    "panggilan_video": "video",
    "manual": "manual",
}
CATEGORIES = ("status", "off", "late", "early")
KINDS = ("key", "correction")
# what the roster expects of a day, as an attendance code (OFF: the absence's own code)
EXPECTED_OF_MODE = {"WFO": "H", "WFH": "WFH"}
LEVEL_RANK = {"jpt": 0, "administrator": 1, "pengawas": 2, "fungsional": 3, "pelaksana": 4}
MAX_NOTE = 500

ATTENDANCE_FILE = [
    Column("date", "tanggal", required=True),
    Column("nip", "nip"),
    Column("nik", "nik"),
    Column("status", "kode", required=True),
    Column("time_in", "jam_datang"),
    Column("time_out", "jam_pulang"),
    Column("source", "sumber"),
    Column("note", "keterangan"),
    # extension: staff with neither NIP nor NIK (some PHL, PTT, contract staff) are named
    Column("nama", "name"),
    Column("unit", "unit_code"),
]

_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,5}$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$")


# --- codes -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Code:
    code: str
    meaning: str
    category: str = "status"  # status | off (LN, LJ) | late (TL) | early (PSW)
    present: bool = False  # counts as present in the recap
    onsite: bool = False  # counts against the on-site cap (H)
    band_from: int | None = None  # late/early bands, in minutes
    band_to: int | None = None  # None: no upper limit
    cut_percent: float = 0.0  # allowance cut of a band (for information)
    position: int = 0
    active: bool = True

    @classmethod
    def from_row(cls, r: dict) -> "Code":
        return cls(r["code"], r["meaning"], r["category"], bool(r["present"]),
                   bool(r["onsite"]), r["band_from"], r["band_to"], float(r["cut_percent"]),
                   r["position"], bool(r["active"]))

    def covers(self, minutes: int) -> bool:
        return (self.band_from is not None and minutes >= self.band_from
                and (self.band_to is None or minutes <= self.band_to))


def list_codes(db, *, category: str | None = None, active_only: bool = False) -> list[Code]:
    codes = [Code.from_row(r) for r in sql.list_codes(db)]
    return [c for c in codes if (category is None or c.category == category)
            and (c.active or not active_only)]


@action("attendance.codes")
def save_code(db, code: str, meaning: str, *, category: str = "status", present: bool = False,
              onsite: bool = False, band_from: int | None = None, band_to: int | None = None,
              cut_percent: float = 0.0, position: int | None = None,
              active: bool = True) -> Code:
    """Add or change a code; :class:`InvalidRecord` names each bad field."""
    errors: list[FieldError] = []
    code = text(code).upper()
    meaning = " ".join(text(meaning).split())
    if not _CODE.match(code):
        errors.append(FieldError("code", t("a code is a letter followed by up to 5 letters or "
                                           "digits (found {value})", value=code)))
    if not meaning:
        errors.append(FieldError("meaning", t("required")))
    if category not in CATEGORIES:
        errors.append(FieldError("category", t("unknown category {value}; use one of "
                                               "{allowed}", value=category,
                                               allowed=", ".join(CATEGORIES))))
    existing = {c.code: c for c in list_codes(db)}
    old = existing.get(code)
    if old is not None and old.category != category and sql.code_in_use(db, code):
        errors.append(FieldError("category", t("code {value} is used by keyed entries; its "
                                               "category cannot change", value=code)))
    if category in ("late", "early"):
        if band_from is None or band_from < 1:
            errors.append(FieldError("band_from", t("a band starts at 1 minute or more")))
        elif band_to is not None and band_to < band_from:
            errors.append(FieldError("band_to", t("the band ends before it starts")))
        elif active:
            for other in existing.values():
                if (other.code != code and other.category == category and other.active
                        and other.band_from is not None
                        and band_from <= (other.band_to if other.band_to is not None
                                          else 10**9)
                        and other.band_from <= (band_to if band_to is not None else 10**9)):
                    errors.append(FieldError("band_from", t(
                        "the band overlaps the band of {value}", value=other.code)))
                    break
    else:
        band_from = band_to = None
    if category != "status":
        present = onsite = False
    if onsite and not present:
        errors.append(FieldError("onsite", t("a code counted on site must count as present")))
    if errors:
        raise InvalidRecord(errors)
    if position is None:
        position = old.position if old else max((c.position for c in existing.values()),
                                               default=0) + 10
    row = {"code": code, "meaning": meaning, "category": category, "present": int(present),
           "onsite": int(onsite), "band_from": band_from, "band_to": band_to,
           "cut_percent": float(cut_percent), "position": position, "active": int(active)}
    with store.transaction(db):
        sql.upsert_code(db, row)
    return Code.from_row(row)


@action("attendance.codes")
def set_code_active(db, code: str, active: bool) -> Code:
    old = {c.code: c for c in list_codes(db)}.get(text(code).upper())
    if old is None:
        raise KeyError(t("unknown attendance code {value}", value=code))
    return save_code(db, old.code, old.meaning, category=old.category, present=old.present,
                     onsite=old.onsite, band_from=old.band_from, band_to=old.band_to,
                     cut_percent=old.cut_percent, position=old.position, active=active)


def band_of(codes: list[Code], minutes: int) -> str:
    """The code of the band that *minutes* falls in ('' for none)."""
    if minutes <= 0:
        return ""
    for c in codes:
        if c.active and c.covers(minutes):
            return c.code
    return ""


# --- working hours -------------------------------------------------------------------------

HOURS_KEY = "attendance.hours"
DEFAULT_HOURS = {
    day: {"start": "07:30", "end": "16:00", "break_start": "12:00", "break_end": "13:00"}
    for day in ("mon", "tue", "wed", "thu")
}
DEFAULT_HOURS["fri"] = {"start": "07:30", "end": "16:30", "break_start": "11:30",
                        "break_end": "13:00"}


@dataclass(frozen=True)
class DayHours:
    start: int  # minutes after midnight
    end: int
    break_start: int | None = None
    break_end: int | None = None


def parse_time(value) -> str | None:
    """``07:30``, ``7.30``, ``07:30:00``, a time or datetime, or an Excel day fraction, as
    ``HH:MM``; None when empty; :class:`ValueError` otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    s = text(value)
    if re.fullmatch(r"\d{4}", s):
        s = f"{s[:2]}:{s[2:]}"
    m = _TIME.match(s)
    if m and int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    raise ValueError(t("not a time {value}; use HH:MM, for example 07:30", value=s))


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def working_hours(db) -> dict[str, DayHours]:
    """Working hours by weekday (``mon`` ... ``sun``); a day without hours has no late or
    early measure."""
    raw = register_sql.get_setting(db, HOURS_KEY) or DEFAULT_HOURS
    out = {}
    for day, h in raw.items():
        if h:
            out[day] = DayHours(_minutes(h["start"]), _minutes(h["end"]),
                                _minutes(h["break_start"]) if h.get("break_start") else None,
                                _minutes(h["break_end"]) if h.get("break_end") else None)
    return out


@action("attendance.codes")
def set_working_hours(db, hours: dict[str, dict | None]) -> dict[str, DayHours]:
    """Store working hours: ``{"mon": {"start": "07:30", "end": "16:00", "break_start":
    "12:00", "break_end": "13:00"}, ..., "sat": None}`` (days left out have no hours)."""
    errors: list[FieldError] = []
    clean: dict[str, dict] = {}
    for day, h in hours.items():
        if day not in WEEKDAYS:
            errors.append(FieldError(day, t("a list of days from {allowed}",
                                             allowed=", ".join(WEEKDAYS))))
            continue
        if not h:
            continue
        try:
            values = {k: parse_time(h.get(k)) for k in ("start", "end", "break_start",
                                                         "break_end")}
        except ValueError as exc:
            errors.append(FieldError(day, str(exc)))
            continue
        if not values["start"] or not values["end"] or values["end"] <= values["start"]:
            errors.append(FieldError(day, t("the working day must end after it starts")))
            continue
        b0, b1 = values["break_start"], values["break_end"]
        if bool(b0) != bool(b1) or (b0 and not values["start"] <= b0 < b1 <= values["end"]):
            errors.append(FieldError(day, t("the break must lie within the working day")))
            continue
        clean[day] = {k: v for k, v in values.items() if v}
    if errors:
        raise InvalidRecord(errors)
    with store.transaction(db):
        register_sql.set_setting(db, HOURS_KEY, clean)
    return working_hours(db)


@dataclass(frozen=True)
class Measure:
    late_minutes: int = 0
    early_minutes: int = 0
    late_code: str = ""
    early_code: str = ""
    worked_minutes: int | None = None


def measure(day: dt.date, time_in: str | None, time_out: str | None,
            hours: dict[str, DayHours], late_codes: list[Code],
            early_codes: list[Code]) -> Measure:
    """Late arrival and early leave against the day's working hours, their bands, and the
    minutes worked (time out minus time in, less the part of the break between them)."""
    h = hours.get(WEEKDAYS[day.weekday()])
    late = early = 0
    worked = None
    if h is not None:
        if time_in:
            late = max(0, _minutes(time_in) - h.start)
        if time_out:
            early = max(0, h.end - _minutes(time_out))
    if time_in and time_out:
        a, b = _minutes(time_in), _minutes(time_out)
        worked = b - a
        if h is not None and h.break_start is not None:
            worked -= max(0, min(b, h.break_end) - max(a, h.break_start))
    return Measure(late, early, band_of(late_codes, late), band_of(early_codes, early), worked)


# --- which days count: the governing policy and the holiday calendar ---------------------------

class Calendar:
    """The policy that governs each day (the most recently signed one covering it, as the
    scheduler uses) and whether the day is a working day under it."""

    def __init__(self, db, start: dt.date, end: dt.date):
        from .policy import calendar_holidays

        self.holidays = set(calendar_holidays(db, start, end))
        rows = [r for r in policy_sql.list_policies(db)
                if r["valid_from"] <= end.isoformat() and r["valid_to"] >= start.isoformat()]
        rows.sort(key=lambda r: (r["signed_on"] is not None, r["signed_on"] or "",
                                 r["version"]), reverse=True)
        self.policies = [Policy.from_row(r) for r in rows]
        self._cache: dict[dt.date, Policy | None] = {}

    def policy(self, day: dt.date) -> Policy | None:
        if day not in self._cache:
            self._cache[day] = next((p for p in self.policies
                                     if p.valid_from <= day <= p.valid_to), None)
        return self._cache[day]

    def is_workday(self, day: dt.date) -> bool:
        p = self.policy(day)
        return p is not None and p.is_workday(day, self.holidays)

    def off_code(self, day: dt.date) -> str | None:
        """``LJ`` (a weekly day off under the policy), ``LN`` (a holiday) or None."""
        p = self.policy(day)
        if p is None or p.is_workday(day, self.holidays):
            return None
        return "LJ" if WEEKDAYS[day.weekday()] not in p.workdays else "LN"

    def working_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        return [d for d in _days(start, end) if self.is_workday(d)]


def _days(start: dt.date, end: dt.date):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


# --- locks ---------------------------------------------------------------------------------

def _lock_info(row: dict | None, kind: str) -> dict | None:
    if row is None:
        return None
    who = row.get("locked_by", row.get("closed_by", ""))
    at = row.get("locked_at", row.get("closed_at", ""))
    return {"kind": kind, "by": who, "at": at,
            "date": row.get("date"), "month": row.get("month")}


class _Locks:
    def __init__(self, db, start: dt.date, end: dt.date):
        self.days = sql.locks_between(db, start.isoformat(), end.isoformat())
        # a range, not a list of months: a file dated 0001-01-01 and 9999-12-31 would make
        # 120,000 SQL parameters (SQLite's usual limit is 32,766)
        self.months = sql.closures_between(db, f"{start.year:04d}-{start.month:02d}",
                                           f"{end.year:04d}-{end.month:02d}")

    def of(self, unit_id: str, ds: str) -> dict | None:
        closure = self.months.get((unit_id, ds[:7]))
        if closure is not None:
            return _lock_info(closure, "month")
        return _lock_info(self.days.get((unit_id, ds)), "day")


def locked_message(unit_code: str, ds: str, lock: dict) -> str:
    if lock["kind"] == "month":
        return t("{month} of unit {unit} is closed (by {who}, {at}); a change now needs a "
                 "correction with a reason", month=ds[:7], unit=unit_code,
                 who=lock["by"] or "-", at=lock["at"])
    return t("{date} of unit {unit} is locked (by {who}, {at}); a change now needs a "
             "correction with a reason", date=ds, unit=unit_code, who=lock["by"] or "-",
             at=lock["at"])


class DayLocked(Exception):
    """The day (or month) of the unit is locked; only a correction can change it."""

    def __init__(self, unit_code: str, ds: str, lock: dict):
        self.unit_code, self.date, self.lock = unit_code, ds, lock
        super().__init__(locked_message(unit_code, ds, lock))


def is_locked(db, unit_code: str, day: dt.date) -> dict | None:
    """The lock of a unit's day (``kind`` "day" or "month", ``by``, ``at``), or None."""
    unit = _unit(db, unit_code)
    return _Locks(db, day, day).of(unit["id"], day.isoformat())


def _unit(db, unit_code: str) -> dict:
    unit = register_sql.unit_by_code(db, unit_code)
    if unit is None:
        raise KeyError(t("unknown unit code {value}", value=unit_code))
    return unit


def _scope(db, unit_code: str) -> list[dict]:
    """The unit and its sub-units, the unit first."""
    from .scheduler import Org

    unit = _unit(db, unit_code)
    units = register_sql.list_units(db)
    ids = set(Org(units).subtree(unit["id"]))
    return sorted((u for u in units if u["id"] in ids), key=lambda u: u["id"] != unit["id"])


# --- keying --------------------------------------------------------------------------------

@dataclass
class KeyResult:
    inserted: int = 0  # entries where there was none
    changed: int = 0  # new versions of an entry
    unchanged: int = 0
    ids: list[str] = field(default_factory=list)


class InvalidEntries(ValueError):
    """Some entries of a batch are invalid; nothing was written.

    ``errors`` holds ``(position, FieldError)`` pairs, position counted from 1.
    """

    def __init__(self, errors: list[tuple[int, FieldError]]):
        self.errors = errors
        super().__init__("; ".join(f"{n}: {e.column}: {e.message}" for n, e in errors[:20]))


class _Keyer:
    """Everything a batch of entries between two dates is checked against, loaded once."""

    def __init__(self, db, start: dt.date, end: dt.date):
        codes = list_codes(db)
        self.status = {c.code: c for c in codes if c.category == "status" and c.active}
        self.late = [c for c in codes if c.category == "late" and c.active]
        self.early = [c for c in codes if c.category == "early" and c.active]
        self.hours = working_hours(db)
        self.calendar = Calendar(db, start, end)
        self.locks = _Locks(db, start, end)
        self.current = sql.current_entries(db, start.isoformat(), end.isoformat())
        self.staff = {r[0]: r for r in sql.staff_brief(db)}
        self.by_nip = {r[1]: r for r in self.staff.values() if r[1]}
        self.by_nik = {r[2]: r for r in self.staff.values() if r[2]}
        self.unit_code_of = {u["id"]: u["code"] for u in register_sql.list_units(db)}
        # staff with neither NIP nor NIK are found by name and unit code
        self.by_name: dict[tuple[str, str], list] = {}
        for r in self.staff.values():
            if not r[1] and not r[2]:
                key = (" ".join(r[3].lower().split()), self.unit_code_of.get(r[4], "").upper())
                self.by_name.setdefault(key, []).append(r)

    def find_staff(self, raw: dict, errors: list[FieldError]):
        if raw.get("staff_id"):
            s = self.staff.get(raw["staff_id"])
            if s is None:
                errors.append(FieldError("staff", t("staff member not found")))
            return s
        found = {}
        for column, index in (("nip", self.by_nip), ("nik", self.by_nik)):
            value = raw.get(column)
            if value in (None, ""):
                continue
            try:
                digits = clean_digits(value)
            except IdError as exc:
                errors.append(FieldError(column, str(exc)))
                continue
            s = index.get(digits)
            if s is None:
                errors.append(FieldError(column, t("no staff member with NIP or NIK {value}",
                                                   value=digits)))
            else:
                found[column] = s
        if not found and not any(e.column in ("nip", "nik") for e in errors):
            return self._by_name(raw, errors)
        if "nip" in found and "nik" in found and found["nip"][0] != found["nik"][0]:
            errors.append(FieldError("nik", t("NIK {value} already belongs to {name}",
                                              value=found["nik"][2], name=found["nik"][3])))
            return None
        return found.get("nip") or found.get("nik")

    def _by_name(self, raw: dict, errors: list[FieldError]):
        name = " ".join(text(raw.get("nama")).lower().split())
        unit = text(raw.get("unit")).upper()
        if not name or not unit:
            errors.append(FieldError("nip", t(
                "give the NIP or the NIK of the staff member (for staff with neither: nama "
                "and unit)")))
            return None
        found = self.by_name.get((name, unit), [])
        if len(found) != 1:
            errors.append(FieldError("nama", t(
                "no single staff member without NIP or NIK named {name} in unit {unit}",
                name=text(raw.get("nama")), unit=unit)))
            return None
        return found[0]

    def check(self, raw: dict, *, source: str = "paper", check_lock: bool = True
              ) -> tuple[dict | None, list[FieldError]]:
        """A clean record of one entry, or the errors by column."""
        errors: list[FieldError] = []
        staff = self.find_staff(raw, errors)
        day = None
        try:
            day = parse_date(raw.get("date"))
            if day is None:
                errors.append(FieldError("date", t("required")))
        except ValueError as exc:
            errors.append(FieldError("date", str(exc)))
        ds = day.isoformat() if day else None
        if day is not None:
            policy = self.calendar.policy(day)
            if policy is None:
                errors.append(FieldError("date", t("no surat edaran covers {date}", date=ds)))
                day = None
            elif not self.calendar.is_workday(day):
                errors.append(FieldError("date", t("{date} is not a working day under SE "
                                                   "{number}", date=ds, number=policy.number)))
                day = None
        status = text(raw.get("status")).upper()
        code = self.status.get(status)
        if not status:
            errors.append(FieldError("status", t("required")))
        elif code is None:
            errors.append(FieldError("status", t("unknown attendance code {value}; use one of "
                                                 "{allowed}", value=status,
                                                 allowed=", ".join(self.status))))
        times = {}
        for column in ("time_in", "time_out"):
            try:
                times[column] = parse_time(raw.get(column))
            except ValueError as exc:
                errors.append(FieldError(column, str(exc)))
                times[column] = None
        if times["time_in"] and times["time_out"] and times["time_out"] < times["time_in"]:
            errors.append(FieldError("time_out", t("the time out {time_out} is before the time "
                                                   "in {time_in}", time_out=times["time_out"],
                                                   time_in=times["time_in"])))
        src = text(raw.get("source")).lower().replace(" ", "_") or source
        if src not in SOURCE_ALIASES:
            errors.append(FieldError("source", t("unknown source {value}; use one of {allowed}",
                                                 value=text(raw.get("source")) or source,
                                                 allowed=", ".join(SOURCES))))
        note = " ".join(text(raw.get("note")).split())
        if len(note) > MAX_NOTE:
            errors.append(FieldError("note", t("too long: at most {n} characters", n=MAX_NOTE)))
        if staff is None or day is None or errors:
            return None, errors
        old = self.current.get((staff[0], ds))
        unit_id = old["unit_id"] if old else staff[4]
        m = measure(day, times["time_in"], times["time_out"], self.hours, self.late, self.early)
        if not code.present:
            m = Measure(worked_minutes=m.worked_minutes)
        rec = {"staff_id": staff[0], "name": staff[3], "date": ds, "unit_id": unit_id,
               "status": code.code, "time_in": times["time_in"],
               "time_out": times["time_out"], "late_minutes": m.late_minutes,
               "early_minutes": m.early_minutes, "late_code": m.late_code,
               "early_code": m.early_code, "worked_minutes": m.worked_minutes,
               "source": SOURCE_ALIASES[src], "note": note, "_old": old}
        if check_lock and not _same(rec, old):  # the same values again change nothing
            lock = self.locks.of(unit_id, ds)
            if lock is not None:
                errors.append(FieldError("date", locked_message(
                    self.unit_code_of.get(unit_id, unit_id), ds, lock)))
                return None, errors
        return rec, []


_COMPARED = ("status", "time_in", "time_out", "source", "note")


def _same(rec: dict, old: dict | None, fields=_COMPARED) -> bool:
    return old is not None and all((old[f] or None) == (rec[f] or None) for f in fields)


def _plan(keyer: _Keyer, items: list[tuple[int, dict]], *, source: str, check_lock: bool = True
          ) -> tuple[list[dict], list[tuple[int, FieldError]], int]:
    """Check every item (reference, raw values); return the records to write, the errors
    and the number of items that change nothing."""
    records, errors, unchanged = [], [], 0
    seen: dict[tuple[str, str], int] = {}
    for ref, raw in items:
        rec, problems = keyer.check(raw, source=source, check_lock=check_lock)
        if problems:
            errors.extend((ref, p) for p in problems)
            continue
        key = (rec["staff_id"], rec["date"])
        if key in seen:
            errors.append((ref, FieldError("date", t(
                "{name} already has an entry on {date} in row {row}", name=rec["name"],
                date=rec["date"], row=seen[key]))))
            continue
        seen[key] = ref
        if _same(rec, rec["_old"]):
            unchanged += 1
            continue
        records.append(rec)
    return records, errors, unchanged


def _write(db, records: list[dict], *, by: str, kind: str = "key", reason: str = ""
           ) -> KeyResult:
    now = now_iso()
    result = KeyResult()
    rows, superseded = [], []
    for rec in records:
        old = rec["_old"]
        entry_id = new_id()
        rows.append((entry_id, rec["staff_id"], rec["date"], rec["unit_id"], rec["status"],
                     rec["time_in"], rec["time_out"], rec["late_minutes"],
                     rec["early_minutes"], rec["late_code"], rec["early_code"],
                     rec["worked_minutes"], rec["source"], rec["note"], kind, reason,
                     old["id"] if old else None, 1, by, now))
        result.ids.append(entry_id)
        if old is None:
            result.inserted += 1
        else:
            superseded.append(old["id"])
            result.changed += 1
    with store.transaction(db):
        sql.supersede(db, superseded)
        sql.insert_entries(db, rows)
    return result


def _range_of(raws) -> tuple[dt.date, dt.date]:
    days = []
    for raw in raws:
        try:
            d = parse_date(raw.get("date"))
        except ValueError:
            continue
        if d is not None:
            days.append(d)
    if not days:
        today = dt.date.today()
        return today, today
    return min(days), max(days)


@action("attendance.key")
def key_entries(db, entries: list[dict], *, by: str = "", source: str = "paper") -> KeyResult:
    """Key many entries at once, all or nothing (:class:`InvalidEntries`).

    Each entry is a dict with ``staff_id`` (or ``nip``/``nik``), ``date``, ``status`` and
    optionally ``time_in``, ``time_out``, ``source`` (default *source*) and ``note``.
    An entry equal to the current one is left alone; a different one becomes its new
    version.  A locked day is refused.
    """
    start, end = _range_of(entries)
    keyer = _Keyer(db, start, end)
    records, errors, unchanged = _plan(keyer, list(enumerate(entries, start=1)), source=source)
    if errors:
        raise InvalidEntries(errors)
    result = _write(db, records, by=by)
    result.unchanged = unchanged
    return result


@action("attendance.key")
def key_entry(db, staff_id: str, date: dt.date, status: str, time_in=None, time_out=None,
              source: str = "paper", by: str = "", note: str = "") -> KeyResult:
    """Key one entry.  :class:`InvalidRecord` naming the fields on bad values,
    :class:`DayLocked` when it would change a locked day (the same values again are
    accepted as unchanged)."""
    keyer = _Keyer(db, date, date)
    raw = {"staff_id": staff_id, "date": date, "status": status, "time_in": time_in,
           "time_out": time_out, "source": source, "note": note}
    rec, problems = keyer.check(raw, source=source, check_lock=False)
    if problems:
        raise InvalidRecord(problems)
    if _same(rec, rec["_old"]):
        return KeyResult(unchanged=1)
    lock = keyer.locks.of(rec["unit_id"], rec["date"])
    if lock is not None:
        raise DayLocked(keyer.unit_code_of.get(rec["unit_id"], rec["unit_id"]), rec["date"],
                        lock)
    return _write(db, [rec], by=by)


@action("attendance.correct")
def correct_entry(db, staff_id: str, date: dt.date, status: str, time_in=None, time_out=None,
                  *, reason: str, by: str, source: str = "manual", note: str = "") -> dict:
    """A correction: a new version with a reason and the name of who made it, allowed on a
    locked day or closed month; the earlier versions stay.  Returns the new version."""
    errors = []
    reason = " ".join(text(reason).split())
    by = " ".join(text(by).split())
    if not reason:
        errors.append(FieldError("reason", t("a correction needs a reason")))
    if not by:
        errors.append(FieldError("by", t("a correction needs the name of who makes it")))
    keyer = _Keyer(db, date, date)
    raw = {"staff_id": staff_id, "date": date, "status": status, "time_in": time_in,
           "time_out": time_out, "source": source, "note": note}
    rec, problems = keyer.check(raw, source=source, check_lock=False)
    errors += problems
    if rec is not None and _same(rec, rec["_old"], ("status", "time_in", "time_out", "note")):
        errors.append(FieldError("status", t("the correction changes nothing")))
    if errors:
        raise InvalidRecord(errors)
    result = _write(db, [rec], by=by, kind="correction", reason=reason)
    return next(v for v in entry_history(db, staff_id, date) if v["id"] == result.ids[0])


def entry_history(db, staff_id: str, date: dt.date) -> list[dict]:
    """Every version of a staff member's entry on a day, oldest first (the current one has
    ``current`` 1; corrections have ``kind`` "correction", a ``reason`` and ``keyed_by``)."""
    return sql.versions(db, [staff_id], date.isoformat())


# --- the day sheet: what the GUI grid shows and saves -----------------------------------------

@dataclass
class SheetRow:
    no: int
    staff_id: str
    name: str
    nip: str
    nik: str
    position: str
    level: str
    eselon: str
    roster_mode: str | None  # WFO, WFH, OFF or None (no roster)
    roster_rule: str | None
    expected: str | None  # the code the roster expects (prefill)
    entry: dict | None  # the current version, or None (not keyed yet)
    versions: list[dict] = field(default_factory=list)  # every version, oldest first

    @property
    def status(self) -> str | None:
        """What the grid shows: the keyed code, else the roster's expectation."""
        return self.entry["status"] if self.entry else self.expected

    @property
    def keyed(self) -> bool:
        return self.entry is not None

    @property
    def corrected(self) -> bool:
        return bool(self.entry and self.entry["kind"] == "correction")

    @property
    def original(self) -> dict | None:
        """For a corrected entry: the version keyed before the corrections (shown beside)."""
        if not self.corrected:
            return None
        keyed = [v for v in self.versions if v["kind"] == "key"]
        return keyed[-1] if keyed else None

    @property
    def corrections(self) -> list[dict]:
        return [v for v in self.versions if v["kind"] == "correction"]


@dataclass
class DaySheet:
    unit_id: str
    unit_code: str
    unit_name: str
    date: dt.date
    policy: str | None  # number of the governing surat edaran
    workday: bool
    off_code: str | None  # LN or LJ on a day off
    lock: dict | None
    rows: list[SheetRow]

    @property
    def locked(self) -> bool:
        return self.lock is not None


def _expected(roster_row: dict | None, status_codes: set[str]) -> str | None:
    if roster_row is None:
        return None
    mode = roster_row["mode"]
    if mode in EXPECTED_OF_MODE:
        return EXPECTED_OF_MODE[mode]
    kind = roster_row["rule"].split(":", 1)[1] if roster_row["rule"].startswith("absent:") \
        else ""
    return kind if kind in status_codes else None


def day_sheet(db, unit_code: str, day: dt.date) -> DaySheet:
    """The staff of one unit (not its sub-units) on one day: the roster's expectation
    (WFO -> H, WFH -> WFH, OFF -> the absence's code), the current entry and its versions."""
    unit = _unit(db, unit_code)
    ds = day.isoformat()
    cal = Calendar(db, day, day)
    policy = cal.policy(day)
    current = sql.current_entries(db, ds, ds)
    staff = [s for s in register_sql.list_staff(db)
             if (s["unit_id"] == unit["id"] and s["active"])
             or current.get((s["id"], ds), {}).get("unit_id") == unit["id"]]
    staff.sort(key=lambda s: (LEVEL_RANK.get(s["level"], 9), s["eselon"] or "Z",
                              s["name"].lower()))
    roster = {r["staff_id"]: r for r in roster_sql.roster_between(db, ds, ds)}
    versions: dict[str, list[dict]] = {}
    for v in sql.versions(db, [s["id"] for s in staff], ds):
        versions.setdefault(v["staff_id"], []).append(v)
    status_codes = {c.code for c in list_codes(db, category="status", active_only=True)}
    rows = []
    for no, s in enumerate(staff, start=1):
        r = roster.get(s["id"])
        rows.append(SheetRow(
            no, s["id"], s["name"], s["nip"] or "", s["nik"] or "", s["position"], s["level"],
            s["eselon"], r["mode"] if r else None, r["rule"] if r else None,
            _expected(r, status_codes), current.get((s["id"], ds)), versions.get(s["id"], [])))
    return DaySheet(unit["id"], unit["code"], unit["name"], day,
                    policy.number if policy else None, cal.is_workday(day), cal.off_code(day),
                    _Locks(db, day, day).of(unit["id"], ds), rows)


@action("attendance.key")
def save_day_sheet(db, unit_code: str, day: dt.date, changes: dict | None = None, *,
                   source: str = "paper", by: str = "") -> KeyResult:
    """Key a unit's day: every row not keyed yet gets the roster's expectation, except the
    rows in *changes* (staff id -> a code, or a dict of ``status``, ``time_in``,
    ``time_out``, ``note``), which get what was typed.  :class:`DayLocked` on a locked day,
    :class:`InvalidEntries` (positions are the sheet's row numbers) on bad values."""
    sheet = day_sheet(db, unit_code, day)
    if sheet.lock is not None:
        raise DayLocked(sheet.unit_code, day.isoformat(), sheet.lock)
    changes = dict(changes or {})
    on_sheet = {r.staff_id for r in sheet.rows}
    unknown = [sid for sid in changes if sid not in on_sheet]
    if unknown:
        raise KeyError(t("staff member not found"))
    items = []
    for row in sheet.rows:
        change = changes.get(row.staff_id)
        if change is None:
            if row.entry is not None or row.expected is None:
                continue
            values = {"status": row.expected}
        else:
            base = row.entry or {}
            values = {k: base.get(k) for k in ("status", "time_in", "time_out", "note")}
            values["status"] = values["status"] or row.expected
            values.update({"status": change} if isinstance(change, str) else change)
        items.append((row.no, {"staff_id": row.staff_id, "date": day, **values}))
    keyer = _Keyer(db, day, day)
    records, errors, unchanged = _plan(keyer, items, source=source)
    if errors:
        raise InvalidEntries(errors)
    result = _write(db, records, by=by)
    result.unchanged = unchanged
    return result


# --- locks and closures -------------------------------------------------------------------------

@dataclass
class LockResult:
    unit_code: str
    date: dt.date
    locked: list[str]  # unit codes locked now
    already: list[str]  # unit codes that were locked before
    missing: list[str]  # names of active staff with no entry that working day


@action("attendance.lock")
def lock_day(db, unit_code: str, day: dt.date, by: str = "") -> LockResult:
    """Lock a unit's day, with its sub-units: from now on only corrections change it."""
    units = _scope(db, unit_code)
    ds = day.isoformat()
    existing = sql.locks_between(db, ds, ds)
    fresh = [u for u in units if (u["id"], ds) not in existing]
    now = now_iso()
    with store.transaction(db):
        sql.insert_locks(db, [(u["id"], ds, by, now) for u in fresh])
    missing = []
    if Calendar(db, day, day).is_workday(day):
        ids = {u["id"] for u in units}
        current = sql.current_entries(db, ds, ds)
        missing = [s["name"] for s in register_sql.list_staff(db, include_inactive=False)
                   if s["unit_id"] in ids and (s["id"], ds) not in current]
    return LockResult(units[0]["code"], day,
                      [u["code"] for u in fresh],
                      [u["code"] for u in units if (u["id"], ds) in existing], missing)


@dataclass
class CloseResult:
    month: str
    closed: dict[str, str]  # unit code -> fingerprint at closing
    already: dict[str, str]  # unit code -> fingerprint stored when it was closed


@action("attendance.lock")
def close_month(db, unit_code: str, month: str, by: str = "") -> CloseResult:
    """Close a unit's month, with its sub-units: every day of it is locked, and the
    fingerprint of each unit's data is stored with the closure."""
    from .recap import parse_month, unit_fingerprints

    parse_month(month)
    units = _scope(db, unit_code)
    existing = sql.closures(db, [month])
    result = CloseResult(month, {}, {})
    fresh = []
    for u in units:
        row = existing.get((u["id"], month))
        if row is not None:
            result.already[u["code"]] = row["fingerprint"]
        else:
            fresh.append(u)
    now = now_iso()
    with store.transaction(db):
        prints = unit_fingerprints(db, [u["id"] for u in fresh], month)
        sql.insert_closures(db, [(u["id"], month, by, now, prints[u["id"]]) for u in fresh])
    result.closed = {u["code"]: prints[u["id"]] for u in fresh}
    return result


# --- import and export ------------------------------------------------------------------------

def plan_attendance(db, table: Table, *, source: str = "paper"
                    ) -> tuple[list[dict], ImportReport]:
    """Check an attendance table; nothing is written.  ``report.errors`` name file, row and
    column; ``inserted``/``updated``/``unchanged`` say what an import would do."""
    report = ImportReport(table.path, ignored_columns=table.ignored)
    start, end = _range_of(raw for _, raw in table.rows)
    keyer = _Keyer(db, start, end)
    records, errors, unchanged = _plan(keyer, table.rows, source=source)
    for number, e in errors:
        report.errors.append(RowError(table.path, number, table.header(e.column), e.message))
    if not table.rows:
        report.errors.append(RowError(table.path, None, None, t("the file has no data rows")))
    report.inserted = sum(1 for r in records if r["_old"] is None)
    report.updated = len(records) - report.inserted
    report.unchanged = unchanged
    return records, report


@action("attendance.key")
def import_attendance(db, path, *, by: str = "", source: str = "paper") -> ImportReport:
    """``attendance import``: every row valid, or nothing written (:class:`ImportRejected`)."""
    table = read_table(path, ATTENDANCE_FILE)
    records, report = plan_attendance(db, table, source=source)
    if report.errors:
        raise ImportRejected(report)
    _write(db, records, by=by)
    report.written = True
    return report


def export_attendance(db, path, start: dt.date, end: dt.date, unit_code: str | None = None
                      ) -> int:
    """``attendance export``: the current entries between two dates (of a unit and its
    sub-units), in the import format (the name and unit code of the staff member last)."""
    unit_ids = [u["id"] for u in _scope(db, unit_code)] if unit_code else None
    rows = [{"date": r["date"], "nip": r["nip"] or "", "nik": r["nik"] or "",
             "status": r["status"], "time_in": r["time_in"] or "",
             "time_out": r["time_out"] or "", "source": r["source"], "note": r["note"],
             "nama": r["name"], "unit": r["staff_unit_code"]}
            for r in sql.entries_report(db, start.isoformat(), end.isoformat(), unit_ids)]
    write_table(path, ATTENDANCE_FILE, rows, sheet_title="Kehadiran")
    return len(rows)
