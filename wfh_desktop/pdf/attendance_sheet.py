"""The printed attendance sheets that replaced fingerprint attendance.

- The daily sheet, "DAFTAR HADIR PEGAWAI" (``wfh-desktop attendance sheet --date``): per unit
  the letterhead, the unit, the Indonesian day and date, the circular and the working hours;
  a numbered table to sign in and out (No | Nama / NIP | Jabatan | Jam Datang | Tanda
  Tangan | Jam Pulang | Tanda Tangan | Keterangan, with the (1)(2)(3)... row) listing that
  day's WFO staff from the roster; the staff at home in a second table (they report by
  WhatsApp or video call); the staff not scheduled (leave, sickness, official travel) with
  their code in a third; and the signature of the unit head, dated on the sheet's day.
  Without a roster for the unit and day every active staff member is on the signing table,
  and the sheet says so.
- The blank monthly sheet of one person (``attendance sheet --month --staff``): one row per
  working day of the month (Tanggal | Hari | Jam Datang | Paraf | Jam Pulang | Paraf |
  Keterangan), the holidays listed, the person's identity and two signatures.

Who signs for a unit (:class:`UnitHeads`): the head signatory of the settings for the unit
he or she belongs to (found by NIP) and for the register's top unit (the OPD itself);
for any other unit its highest structural staff member (jpt, then administrator, then
pengawas; by eselon), with the jabatan, pangkat and NIP of the register; a unit without
one is signed for by the head of the unit above it.

:func:`sheet_document` / :func:`month_document` read the database into plain data, the
renderers turn that into PDF bytes, :func:`print_sheets` / :func:`print_month_sheet` write
the file.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from .. import register, settings
from ..attendance import LEVEL_RANK, Calendar, list_codes, working_hours
from ..i18n import t
from ..ids import format_nip
from ..policy import WEEKDAYS, calendar_holidays
from ..settings import DAYS_ID, Letterhead, Signatory, format_date_id, format_long_date
from ..staff import PANGKAT
from .base import (BASE_STYLES, BASE_TEXTS, FONT, FONT_BOLD, FONT_ITALIC, HEADER_FILL, Deferred,
                   Grid, Lines, Renderer, SectionStart, StaffSignatory, TextStyle, grid_row,
                   paper_size)
from .roster import NothingToPrint

STRUCTURAL = ("jpt", "administrator", "pengawas")


class NotAWorkingDay(NothingToPrint):
    """The day is a holiday or a weekly day off under the governing circular."""


# --- who signs ---------------------------------------------------------------------------

def _staff_order(s: dict):
    """The order of the day sheet (:func:`wfh_desktop.attendance.day_sheet`)."""
    return LEVEL_RANK.get(s["level"], 9), s["eselon"] or "Z", s["name"].lower()


def pangkat_of(golongan: str | None) -> str:
    """``Penata Tingkat I (III/d)``; empty for a golongan without a pangkat (PPPK)."""
    return f"{PANGKAT[golongan]} ({golongan})" if golongan in PANGKAT else ""


def ident_of(staff: dict) -> str:
    """``NIP. 19860926 201505 1 001``, ``NIK. 6371...`` or empty."""
    if staff.get("nip"):
        return f"NIP. {format_nip(staff['nip'])}"
    if staff.get("nik"):
        return f"NIK. {staff['nik']}"
    return ""


def _same_person(a: Signatory, b: Signatory) -> bool:
    if a.nip and b.nip:
        return a.nip == b.nip
    return bool(a.name) and a.name == b.name


class UnitHeads:
    """Who signs for each unit (see the module's docstring)."""

    def __init__(self, db, *, active_staff: list[dict] | None = None,
                 tree: list[dict] | None = None, head_position: str = "Kepala {unit}"):
        self.tree = tree if tree is not None else [u for u, _d in register.unit_tree(db)]
        self.units = {u["id"]: u for u in self.tree}
        self.top = self.tree[0]["id"] if self.tree else None
        signatories = settings.load_signatories(db)
        self.head = signatories["head"]
        self.countersign = signatories["countersign"]
        self.head_position = head_position
        if active_staff is None:
            from db import register as register_sql

            active_staff = register_sql.list_staff(db, include_inactive=False)
        self.structural: dict[str, list[dict]] = {}
        self.head_units: set[str] = set()
        for s in active_staff:
            if s["level"] in STRUCTURAL:
                self.structural.setdefault(s["unit_id"], []).append(s)
            if self.head.nip and s["nip"] == self.head.nip:
                self.head_units.add(s["unit_id"])
        for members in self.structural.values():
            members.sort(key=_staff_order)
        self._cache: dict[str, Signatory] = {}

    def _from_staff(self, s: dict, unit: dict) -> Signatory:
        position = s["position"] or self.head_position.format(unit=unit["name"])
        return Signatory("head", position, s["name"], pangkat_of(s["golongan"]), s["nip"] or "")

    def of(self, unit_id: str) -> Signatory:
        """The signatory of a unit: possibly empty (the block is then left to fill in)."""
        if unit_id not in self._cache:
            unit = self.units.get(unit_id)
            head_set = not self.head.is_empty()
            if head_set and (unit_id in self.head_units or unit_id == self.top):
                sig = self.head
            elif self.structural.get(unit_id):
                sig = self._from_staff(self.structural[unit_id][0], unit)
            elif unit is not None and unit["parent_id"] in self.units:
                sig = self.of(unit["parent_id"])
            else:
                sig = self.head if head_set else Signatory("head")
            self._cache[unit_id] = sig
        return self._cache[unit_id]

    def above(self, unit_id: str, signer: Signatory) -> Signatory | None:
        """Who acknowledges ("Mengetahui,") what *signer* signs for the unit: the head of
        the unit above, or the countersigning superior of the settings at the top."""
        unit = self.units.get(unit_id)
        seen = set()
        while unit is not None and unit["id"] not in seen:
            seen.add(unit["id"])
            parent = self.units.get(unit["parent_id"])
            if parent is None:
                break
            sig = self.of(parent["id"])
            if not sig.is_empty() and not _same_person(sig, signer):
                return sig
            unit = parent
        if not self.countersign.is_empty() and not _same_person(self.countersign, signer):
            return self.countersign
        return None


# --- plain data: the daily sheet ---------------------------------------------------------

@dataclass
class SheetPerson:
    name: str
    ident: str  # "NIP. 19860926 201505 1 001", "NIK. 6371...", or ""
    position: str
    note: str = ""  # Keterangan


@dataclass
class DaySection:
    """One unit's sheet for the day: a page, or more for a long unit."""
    unit_code: str
    unit_name: str
    day: dt.date
    policy: str | None  # number of the governing surat edaran
    hours: str  # working hours of the day, as printed ("" without hours)
    has_roster: bool
    office: list[SheetPerson]  # the signing table: WFO (or every active staff member)
    home: list[SheetPerson]  # WFH
    off: list[SheetPerson]  # not scheduled: leave, sickness, official travel
    signer: Signatory


@dataclass
class SheetDocument:
    letterhead: Letterhead
    opd_name: str  # the register's top unit, for a kop without settings
    day: dt.date
    sections: list[DaySection]


def _hours_text(texts: dict, hours) -> str:
    if hours is None:
        return ""

    def hhmm(minutes: int) -> str:
        return f"{minutes // 60:02d}.{minutes % 60:02d}"

    if hours.break_start is not None:
        return texts["hours_break"].format(start=hhmm(hours.start), end=hhmm(hours.end),
                                           break_start=hhmm(hours.break_start),
                                           break_end=hhmm(hours.break_end))
    return texts["hours"].format(start=hhmm(hours.start), end=hhmm(hours.end))


def _units_in_scope(db, tree: list[dict], unit_code: str | None) -> list[dict]:
    """Units in tree order: all, or the given one and its sub-units (KeyError if unknown)."""
    from .. import roster

    scope = roster.unit_scope(db, unit_code)
    if scope is None:
        return tree
    wanted = set(scope)
    return [u for u in tree if u["id"] in wanted]


def code_meanings(db) -> dict[str, str]:
    """Attendance code -> its meaning as the office set it ("CT" -> "Cuti tahunan")."""
    return {c.code: c.meaning for c in list_codes(db)}


def sheet_document(db, day: dt.date, unit_code: str | None = None) -> SheetDocument:
    """The daily sheets of *day* as plain data: one section per unit with active staff
    (the unit and its sub-units, or every unit; tree order).  KeyError for an unknown
    unit, :class:`NotAWorkingDay` on a day off under the circular, :class:`NothingToPrint`
    when no unit in scope has active staff."""
    from db import register as register_sql
    from db import roster as roster_sql

    tree = [u for u, _depth in register.unit_tree(db)]
    units = _units_in_scope(db, tree, unit_code)
    calendar = Calendar(db, day, day)
    policy = calendar.policy(day)
    if policy is not None and not calendar.is_workday(day):
        raise NotAWorkingDay(t("{date} is not a working day under SE {number}; there is no "
                               "attendance sheet to print", date=day.isoformat(),
                               number=policy.number))
    active = register_sql.list_staff(db, include_inactive=False)
    by_unit: dict[str, list[dict]] = {}
    for s in active:
        by_unit.setdefault(s["unit_id"], []).append(s)
    ds = day.isoformat()
    plan = {r[0]: (r[3], r[4] or "") for r in roster_sql.roster_tuples(db, ds, ds)}
    meanings = code_meanings(db)
    hours = _hours_text(TEXTS, working_hours(db).get(WEEKDAYS[day.weekday()]))
    heads = UnitHeads(db, active_staff=active, tree=tree)
    sections = []
    for unit in units:
        staff = sorted(by_unit.get(unit["id"], []), key=_staff_order)
        if not staff:
            continue
        has_roster = any(s["id"] in plan for s in staff)
        office, home, off = [], [], []
        for s in staff:
            person = SheetPerson(s["name"], ident_of(s), s["position"] or "")
            mode, rule = plan.get(s["id"], (None, ""))
            if mode == "WFH":
                person.note = TEXTS["home_note"]
                home.append(person)
            elif mode == "OFF":
                code = rule.split(":", 1)[1] if rule.startswith("absent:") else "OFF"
                meaning = meanings.get(code) or TEXTS["codes"].get(code, "")
                person.note = TEXTS["off_note"].format(code=code, meaning=meaning) if meaning \
                    else code
                off.append(person)
            else:
                if has_roster and mode is None:
                    person.note = TEXTS["unscheduled"]
                office.append(person)
        sections.append(DaySection(unit["code"], unit["name"], day,
                                   policy.number if policy else None, hours, has_roster,
                                   office, home, off, heads.of(unit["id"])))
    if not sections:
        raise NothingToPrint(t("no active staff in unit {unit}", unit=unit_code) if unit_code
                             else t("no active staff to print"))
    return SheetDocument(settings.load_letterhead(db), tree[0]["name"] if tree else "", day,
                         sections)


# --- the forms ---------------------------------------------------------------------------

TEXTS = {
    **BASE_TEXTS,
    "document": "Daftar Hadir Pegawai",
    "title": "DAFTAR HADIR PEGAWAI",
    "unit": "Unit Kerja: {name} ({code})",
    "date": "Hari/Tanggal: {date}",
    "basis": "Berdasarkan Surat Edaran Nomor {number}",
    "hours": "Jam kerja: {start} s.d. {end}",
    "hours_break": "Jam kerja: {start} s.d. {end} (istirahat {break_start} s.d. {break_end})",
    "no_roster": "Jadwal WFO/WFH belum dibuat untuk tanggal ini: semua pegawai aktif "
                 "dicantumkan",
    "running": "DAFTAR HADIR PEGAWAI \u2013 {name} ({code}) \u2013 {date} (lanjutan)",
    "office": "{letter}. Bekerja di kantor (WFO): {count} orang",
    "all_staff": "Pegawai aktif: {count} orang",
    "office_none": "Tidak ada pegawai yang dijadwalkan bekerja di kantor pada tanggal ini.",
    "home": "{letter}. Bekerja dari rumah (WFH): {count} orang",
    "off": "{letter}. Tidak dijadwalkan (cuti, sakit, dinas luar): {count} orang",
    "col_no": "No",
    "col_name": "Nama / NIP",
    "col_position": "Jabatan",
    "col_in": "Jam Datang",
    "col_sign": "Tanda Tangan",
    "col_out": "Jam Pulang",
    "col_note": "Keterangan",
    "number": "({n})",
    "sign_no": "{n}.",
    "home_note": "WFH \u2014 lapor via WhatsApp / video call",
    "unscheduled": "tanpa jadwal",
    "off_note": "{code} \u2014 {meaning}",
    "codes": {  # meanings of roster codes the office's code list lacks
        "C": "Cuti", "CT": "Cuti tahunan", "CS": "Cuti sakit", "CB": "Cuti bersama",
        "S": "Sakit", "DL": "Dinas luar", "TB": "Tugas belajar", "OFF": "tidak dijadwalkan",
    },
    # the monthly sheet of one person
    "month_document": "Daftar Hadir Bulanan Pegawai",
    "month_title": "DAFTAR HADIR BULANAN PEGAWAI",
    "month_period": "Bulan {month} {year}",
    "month_basis": "Hari kerja menurut Surat Edaran Nomor {numbers}",
    "and": "dan",
    "month_running": "DAFTAR HADIR BULANAN \u2013 {name} \u2013 {month} {year} (lanjutan)",
    "id_name": "Nama",
    "id_nip": "NIP",
    "id_nik": "NIK",
    "id_position": "Jabatan",
    "id_rank": "Pangkat/Gol.",
    "id_unit": "Unit Kerja",
    "col_date": "Tanggal",
    "col_day": "Hari",
    "col_initial": "Paraf",
    "working_days": "Jumlah hari kerja: {count}",
    "holidays": "Hari libur:",
    "holidays_none": "Hari libur: tidak ada.",
    "holiday_named": "{day} ({name})",
    "planned_home": "WFH",
    "employee": "Pegawai yang bersangkutan",
}

SHEET_STYLES = {
    **BASE_STYLES,
    "caption": TextStyle(FONT_BOLD, 9, 13),
    "notice": TextStyle(FONT_ITALIC, 9, align="centre"),
    "table-centre": TextStyle(FONT, 7.5, 8.8, align="centre"),
    "table-number": TextStyle(FONT, 6.5, 7.5, align="centre"),
    "sign-odd": TextStyle(FONT, 6.5, 7.5),
    "sign-even": TextStyle(FONT, 6.5, 7.5, align="centre"),
    "identity": TextStyle(FONT, 9.5, 13),
}

SIGN_ROW = 8.5 * mm  # room to sign in
DAY_ROW = 6.5 * mm  # room to write a time or initial
NUMBER_FILL = colors.Color(0.94, 0.94, 0.94)


class SheetRenderer(Renderer):
    """The daily sheets, portrait (default) or landscape."""

    margin_left = 15 * mm
    margin_right = 15 * mm
    margin_top = 13 * mm
    margin_bottom = 14 * mm
    styles = SHEET_STYLES
    texts = TEXTS
    title = TEXTS["document"]

    def __init__(self, document: SheetDocument, *, paper: str | None = None,
                 landscape: bool = False, printed_at: dt.datetime | None = None):
        self.orientation = "landscape" if landscape else "portrait"
        super().__init__(paper=paper, printed_at=printed_at)
        self.document = document

    def story(self):
        out = []
        for i, section in enumerate(self.document.sections):
            if i:
                out.append(PageBreak())
            out.append(Deferred(partial(self.section_story, section)))
        return out

    def section_story(self, s: DaySection) -> list:
        """One unit: the kop and heading, the signing table, the WFH and not-scheduled
        tables, the signature; the tables continue over pages with their header, and at
        least three rows stand above the signature."""
        doc, tx = self.document, self.texts
        date_text = format_date_id(s.day, lang="id")
        out = [SectionStart(tx["running"].format(name=s.unit_name, code=s.unit_code,
                                                 date=date_text)),
               self.kop(doc.letterhead, doc.opd_name), Spacer(0, 2.5 * mm), self.heading(s)]
        tail = [Spacer(0, 5 * mm),
                self.signatures(s.signer, self.place_date(doc.letterhead.city, s.day))]
        letters = iter("ABCDEFG")
        grids: list[Grid | None] = []
        if s.has_roster:
            caption = tx["office"].format(letter=next(letters), count=len(s.office))
        else:
            caption = tx["all_staff"].format(count=len(s.office))
        if s.office:
            grids.append(self.signing_grid(s.office, caption))
        else:
            out += [Spacer(0, 3 * mm), self.lines(("caption", caption),
                                                  ("body", tx["office_none"]))]
        if s.home:
            grids.append(self.list_grid(s.home, tx["home"].format(letter=next(letters),
                                                                 count=len(s.home))))
        if s.off:
            grids.append(self.list_grid(s.off, tx["off"].format(letter=next(letters),
                                                               count=len(s.off))))
        if grids:
            grids[-1].tail = tail
            out += grids
        else:
            out += tail
        return out

    def heading(self, s: DaySection) -> Lines:
        tx = self.texts
        items = [("title", tx["title"]),
                 ("subtitle", tx["unit"].format(name=s.unit_name, code=s.unit_code)),
                 ("body-centre", tx["date"].format(date=format_date_id(s.day, lang="id")))]
        if s.policy:
            items.append(("body-centre", tx["basis"].format(number=s.policy)))
        if s.hours:
            items.append(("body-centre", s.hours))
        if not s.has_roster:
            items.append(("notice", tx["no_roster"]))
        return self.lines(*items)

    # tables
    def _widths(self, fractions: list[float], no_width: float = 8 * mm) -> list[float]:
        rest = self.frame_width - no_width
        widths = [no_width] + [rest * f for f in fractions[:-1]]
        return widths + [self.frame_width - sum(widths)]

    def _header(self, texts: list[str], widths: list[float]):
        return grid_row(texts, widths, self.styles["table-head"], fill=HEADER_FILL)

    def _name_cell(self, p: SheetPerson) -> list:
        return [(p.name, self.styles["table-bold"]), (p.ident, self.styles["table"])]

    def signing_grid(self, people: list[SheetPerson], caption: str) -> Grid:
        tx, st = self.texts, self.styles
        widths = self._widths([0.27, 0.19, 0.08, 0.125, 0.08, 0.125, 0.13])
        header = [self._header([tx["col_no"], tx["col_name"], tx["col_position"], tx["col_in"],
                                tx["col_sign"], tx["col_out"], tx["col_sign"], tx["col_note"]],
                               widths),
                  grid_row([tx["number"].format(n=n) for n in range(1, 9)], widths,
                           st["table-number"], fill=NUMBER_FILL)]
        rows = []
        for n, p in enumerate(people, start=1):
            sign = [(tx["sign_no"].format(n=n), st["sign-odd" if n % 2 else "sign-even"])]
            rows.append(grid_row([[(str(n), st["table-centre"])], self._name_cell(p),
                                  p.position, "", sign, "", sign, p.note], widths, st["table"],
                                 min_height=SIGN_ROW))
        return self._grid(widths, header, rows, caption)

    def list_grid(self, people: list[SheetPerson], caption: str) -> Grid:
        tx, st = self.texts, self.styles
        widths = self._widths([0.36, 0.30, 0.34])
        header = [self._header([tx["col_no"], tx["col_name"], tx["col_position"],
                                tx["col_note"]], widths)]
        rows = [grid_row([[(str(n), st["table-centre"])], self._name_cell(p), p.position,
                          p.note], widths, st["table"])
                for n, p in enumerate(people, start=1)]
        return self._grid(widths, header, rows, caption)

    def _grid(self, widths, header, rows, caption) -> Grid:
        return Grid(widths, header, rows, page_height=self.frame_height,
                    lead=[Spacer(0, 3 * mm), self.lines(("caption", caption))])


# --- the blank monthly sheet of one person -----------------------------------------------

@dataclass
class MonthRow:
    date: dt.date
    note: str = ""  # what the roster plans, when not in the office


@dataclass
class MonthDocument:
    letterhead: Letterhead
    opd_name: str
    month: str  # YYYY-MM
    start: dt.date
    end: dt.date
    name: str
    nip: str
    nik: str
    position: str
    pangkat: str
    unit_code: str
    unit_name: str
    policies: list[str]
    rows: list[MonthRow]
    holidays: list[tuple[dt.date, str]]  # holidays on the circular's working weekdays
    employee: Signatory
    superior: Signatory | None
    sign_date: dt.date  # the last working day of the month


def month_document(db, month: str, staff_id: str) -> MonthDocument:
    """The blank monthly sheet of one staff member as plain data.  KeyError for an unknown
    staff member, :class:`ValueError` for a bad month, :class:`NothingToPrint` when no
    circular makes a day of the month a working day."""
    from db import register as register_sql
    from db import roster as roster_sql

    from ..recap import parse_month

    start, end = parse_month(month)
    staff = register_sql.get_staff(db, staff_id)
    if staff is None:
        raise KeyError(t("staff member not found"))
    calendar = Calendar(db, start, end)
    days = calendar.working_days(start, end)
    if not days:
        raise NothingToPrint(t("no working day in {month} under any surat edaran",
                               month=month))
    names = calendar_holidays(db, start, end)
    meanings = code_meanings(db)
    rows = []
    for day in days:
        entry = roster_sql.roster_entry(db, staff_id, day.isoformat())
        note = ""
        if entry is not None and entry["mode"] == "WFH":
            note = TEXTS["planned_home"]
        elif entry is not None and entry["mode"] == "OFF":
            rule = entry["rule"] or ""
            code = rule.split(":", 1)[1] if rule.startswith("absent:") else "OFF"
            meaning = meanings.get(code) or TEXTS["codes"].get(code, "")
            note = TEXTS["off_note"].format(code=code, meaning=meaning) if meaning else code
        rows.append(MonthRow(day, note))
    holidays = []
    d = start
    while d <= end:
        if calendar.off_code(d) == "LN":
            holidays.append((d, names.get(d, "")))
        d += dt.timedelta(days=1)
    policies = list(dict.fromkeys(calendar.policy(d).number for d in days))
    tree = [u for u, _depth in register.unit_tree(db)]
    heads = UnitHeads(db, tree=tree)
    employee = StaffSignatory("employee", TEXTS["employee"], staff["name"],
                              pangkat_of(staff["golongan"]), staff["nip"] or "",
                              staff["nik"] or "")
    superior = heads.of(staff["unit_id"])
    if superior.is_empty() or _same_person(superior, employee):
        superior = heads.above(staff["unit_id"], employee)
    return MonthDocument(settings.load_letterhead(db), tree[0]["name"] if tree else "", month,
                         start, end, staff["name"], staff["nip"] or "", staff["nik"] or "",
                         staff["position"] or "", pangkat_of(staff["golongan"]),
                         staff["unit_code"], staff["unit_name"], policies, rows, holidays,
                         employee, superior, days[-1])


class MonthSheetRenderer(Renderer):
    margin_left = 18 * mm
    margin_right = 15 * mm
    margin_top = 13 * mm
    margin_bottom = 14 * mm
    styles = SHEET_STYLES
    texts = TEXTS
    title = TEXTS["month_document"]

    def __init__(self, document: MonthDocument, *, paper: str | None = None,
                 landscape: bool = False, printed_at: dt.datetime | None = None):
        self.orientation = "landscape" if landscape else "portrait"
        super().__init__(paper=paper, printed_at=printed_at)
        self.document = document

    def story(self):
        d, tx, st = self.document, self.texts, self.styles
        month_name = settings.MONTHS_ID[d.start.month - 1]
        out = [SectionStart(tx["month_running"].format(name=d.name, month=month_name,
                                                       year=d.start.year)),
               self.kop(d.letterhead, d.opd_name), Spacer(0, 2.5 * mm),
               self.lines(("title", tx["month_title"]),
                          ("subtitle", tx["month_period"].format(month=month_name.upper(),
                                                                 year=d.start.year)),
                          ("body-centre", tx["month_basis"].format(
                              numbers=self._numbers(d.policies)))),
               Spacer(0, 3 * mm), self.identity()]
        widths = self._widths()
        header = [grid_row([tx["col_no"], tx["col_date"], tx["col_day"], tx["col_in"],
                            tx["col_initial"], tx["col_out"], tx["col_initial"],
                            tx["col_note"]], widths, st["table-head"], fill=HEADER_FILL),
                  grid_row([tx["number"].format(n=n) for n in range(1, 9)], widths,
                           st["table-number"], fill=NUMBER_FILL)]
        rows = [grid_row([[(str(n), st["table-centre"])],
                          [(format_long_date(r.date, lang="id"), st["table"])],
                          DAYS_ID[r.date.weekday()], "", "", "", "", r.note], widths,
                         st["table"], min_height=DAY_ROW)
                for n, r in enumerate(d.rows, start=1)]
        tail = [Spacer(0, 2 * mm), self.holiday_lines(), Spacer(0, 4 * mm),
                self.signatures(d.employee, self.place_date(d.letterhead.city, d.sign_date),
                                d.superior)]
        out.append(Grid(widths, header, rows, page_height=self.frame_height,
                        lead=[Spacer(0, 3 * mm)], tail=tail))
        return out

    def _numbers(self, numbers: list[str]) -> str:
        if len(numbers) > 1:
            return ", ".join(numbers[:-1]) + f" {self.texts['and']} " + numbers[-1]
        return numbers[0]

    def _widths(self) -> list[float]:
        no = 8 * mm
        rest = self.frame_width - no
        fractions = [0.17, 0.10, 0.11, 0.13, 0.11, 0.13]
        widths = [no] + [rest * f for f in fractions]
        return widths + [self.frame_width - sum(widths)]

    def identity(self) -> Grid:
        """Nama, NIP, Jabatan, Pangkat/Gol., Unit Kerja, as label : value lines."""
        d, tx, st = self.document, self.texts, self.styles
        items = [(tx["id_name"], d.name)]
        if d.nip:
            items.append((tx["id_nip"], format_nip(d.nip)))
        elif d.nik:
            items.append((tx["id_nik"], d.nik))
        items += [(tx["id_position"], d.position or "-")]
        if d.pangkat:
            items.append((tx["id_rank"], d.pangkat))
        items.append((tx["id_unit"], f"{d.unit_name} ({d.unit_code})"))
        widths = [30 * mm, 4 * mm, self.frame_width - 34 * mm]
        rows = [grid_row([label, ":", value], widths, st["identity"]) for label, value in items]
        return Grid(widths, [], rows, page_height=self.frame_height, line_width=0)

    def holiday_lines(self) -> Lines:
        d, tx = self.document, self.texts
        items = [("small", tx["working_days"].format(count=len(d.rows)))]
        if d.holidays:
            named = [tx["holiday_named"].format(day=format_date_id(day, lang="id"), name=name)
                     if name else format_date_id(day, lang="id") for day, name in d.holidays]
            items.append(("small", f"{tx['holidays']} " + "; ".join(named) + "."))
        else:
            items.append(("small", tx["holidays_none"]))
        return self.lines(*items)


# --- the commands ------------------------------------------------------------------------

def write_pdf(path, data: bytes) -> None:
    """Write through a temporary file: an existing file is left as it was on failure."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def render_sheets(db, day: dt.date, unit_code: str | None = None, paper: str = "A4",
                  landscape: bool = False, *, printed_at: dt.datetime | None = None
                  ) -> tuple[bytes, int]:
    """The daily sheets' PDF as bytes, and its number of pages (for a preview)."""
    paper_size(paper)  # an unknown paper is refused before any work
    document = sheet_document(db, day, unit_code)
    renderer = SheetRenderer(document, paper=paper, landscape=landscape,
                             printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def print_sheets(db, path, day: dt.date, unit_code: str | None = None, paper: str = "A4",
                 landscape: bool = False, *, printed_at: dt.datetime | None = None) -> int:
    """``attendance sheet --date``: write the daily sheets to *path*; returns the number
    of pages.  KeyError for an unknown unit, :class:`NotAWorkingDay` /
    :class:`NothingToPrint` when there is nothing to print,
    :class:`~wfh_desktop.pdf.base.PaperError` for an unknown paper size, OSError when the
    file cannot be written (an existing file is then left as it was)."""
    data, pages = render_sheets(db, day, unit_code, paper, landscape, printed_at=printed_at)
    write_pdf(path, data)
    return pages


def render_month_sheet(db, month: str, staff_id: str, paper: str = "A4",
                       landscape: bool = False, *, printed_at: dt.datetime | None = None
                       ) -> tuple[bytes, int]:
    paper_size(paper)
    document = month_document(db, month, staff_id)
    renderer = MonthSheetRenderer(document, paper=paper, landscape=landscape,
                                  printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def print_month_sheet(db, path, month: str, staff_id: str, paper: str = "A4",
                      landscape: bool = False, *, printed_at: dt.datetime | None = None) -> int:
    """``attendance sheet --month --staff``: write the blank monthly sheet of one staff
    member; returns the number of pages (errors as :func:`print_sheets`, and KeyError for
    an unknown staff member)."""
    data, pages = render_month_sheet(db, month, staff_id, paper, landscape,
                                     printed_at=printed_at)
    write_pdf(path, data)
    return pages
