"""The printed roster, "JADWAL KERJA PEGAWAI (WFO/WFH)": per unit and ISO week one section
(landscape), with the letterhead, the unit, the week, the circular it follows, a table of
staff by working day, the day totals against the on-site cap, a legend and the signature
of the head.

:func:`roster_document` reads the database into plain data (:class:`RosterDocument`),
:class:`RosterRenderer` turns that into PDF bytes, :func:`print_schedule` does both and
writes the file (``wfh-desktop schedule print``).

The signature is dated on the print date, or on the first working day of the week when the
roster is printed after that day (a reprint for the archive): a roster is signed before it
takes effect, never after.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Spacer

from .. import policy as pol
from .. import register, roster, settings
from ..i18n import t
from ..ids import format_nip
from ..settings import DAYS_ID, MONTHS_ID, Letterhead, Signatory, format_date_id
from .base import BASE_TEXTS, Deferred, Lines, Renderer, SectionStart, paginate, paper_size

# --- plain data --------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """What a cell says: ``WFO``, ``WFH``, an absence code such as ``CT``, or ``–`` (no
    entry), with ``*`` for an entry set by hand and ``!`` for one that breaks a rule."""
    code: str
    pinned: bool = False
    breach: bool = False

    @property
    def text(self) -> str:
        return self.code + ("*" if self.pinned else "") + ("!" if self.breach else "")

    @property
    def office(self) -> bool:
        return self.code == "WFO"


NO_ENTRY = Mark("–")


@dataclass
class RosterRow:
    name: str
    ident: str  # "NIP. 19860926 201505 1 001", "NIK. 6371...", or ""
    position: str
    marks: list[Mark]


@dataclass
class DayTotal:
    office: int  # WFO among the staff of this section
    home: int  # WFH among them
    group_onsite: int  # WFO of the whole rotation group the cap applies to
    group_size: int
    cap: int | None


@dataclass
class RosterSection:
    """One unit in one week: a page, or more for a long unit."""
    unit_code: str
    unit_name: str
    week: int  # week of the circular: 1 is the week it took effect
    days: list[dt.date]
    policies: list[str]
    rows: list[RosterRow]
    totals: list[DayTotal]
    sign_date: dt.date
    holidays: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def cap_is_unit(self) -> bool:
        """The cap applies to this unit alone (not to a larger rotation group)."""
        return all(d.group_size == len(self.rows) for d in self.totals)


@dataclass
class RosterDocument:
    letterhead: Letterhead
    opd_name: str  # the register's top unit, for a kop without settings
    head: Signatory
    countersign: Signatory
    sections: list[RosterSection]


class NothingToPrint(ValueError):
    """No roster entries in the range (and unit) asked for."""


# --- from the database -------------------------------------------------------------------

def _mark(cell: dict | None) -> Mark:
    if cell is None:
        return NO_ENTRY
    mode = cell["mode"]
    if mode == "OFF":
        rule = cell["rule"] or ""
        mode = rule.split(":", 1)[1] if rule.startswith("absent:") else "OFF"
    return _shared_mark(mode, bool(cell["pinned"]), bool(cell["breach"]))


@lru_cache(maxsize=256)
def _shared_mark(code: str, pinned: bool, breach: bool) -> Mark:
    """One Mark object per kind of cell: a province's month has a million cells."""
    return Mark(code, pinned, breach)


def _ident(staff: dict) -> str:
    if staff.get("nip"):
        return f"NIP. {format_nip(staff['nip'])}"
    if staff.get("nik"):
        return f"NIK. {staff['nik']}"
    return ""


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _units_in_scope(db, tree: list[dict], unit_code: str | None) -> list[dict]:
    """Units in tree order: all, or the given one and its sub-units (KeyError if unknown)."""
    scope = roster.unit_scope(db, unit_code)
    if scope is None:
        return tree
    wanted = set(scope)
    return [u for u in tree if u["id"] in wanted]


def roster_document(db, start: dt.date, end: dt.date, unit_code: str | None = None, *,
                    printed_on: dt.date | None = None) -> RosterDocument:
    """The roster between two dates as plain data for :class:`RosterRenderer`: one section
    per unit (tree order) and ISO week with entries.  KeyError for an unknown unit code,
    :class:`NothingToPrint` when there is no roster in the range."""
    if end < start:
        raise ValueError(t("the end {end} is before the start {start}", end=end.isoformat(),
                           start=start.isoformat()))
    printed_on = printed_on or dt.date.today()
    tree = [u for u, _depth in register.unit_tree(db)]
    units = _units_in_scope(db, tree, unit_code)
    opd_name = tree[0]["name"] if tree else ""
    calendar = pol.calendar_holidays(db, start, end)
    policies: dict[str, pol.Policy | None] = {}
    sections: list[RosterSection] = []
    grids = roster.roster_grids(db, [u["code"] for u in units], start, end)
    for unit, grid in zip(units, grids):
        if not grid.staff:
            continue
        weeks: dict[tuple[int, int], list] = {}
        for day in grid.days:
            weeks.setdefault(day.date.isocalendar()[:2], []).append(day)
        for grid_days in weeks.values():
            for d in grid_days:
                if d.policy not in policies:
                    policies[d.policy] = pol.get_policy(db, d.policy)
            sections.append(_section(unit, grid, grid_days, policies, calendar, start, end,
                                     printed_on))
    if not sections:
        if unit_code:
            raise NothingToPrint(t("no roster for unit {unit} between {start} and {end}; "
                                   "generate it first (schedule generate)", unit=unit_code,
                                   start=start.isoformat(), end=end.isoformat()))
        raise NothingToPrint(t("no roster between {start} and {end}; generate it first "
                               "(schedule generate)", start=start.isoformat(),
                               end=end.isoformat()))
    signatories = settings.load_signatories(db)
    return RosterDocument(settings.load_letterhead(db), opd_name, signatories["head"],
                          signatories["countersign"], sections)


def _section(unit, grid, grid_days, policies, calendar, start, end, printed_on):
    days = [d.date for d in grid_days]
    rows = []
    office = [0] * len(days)
    home = [0] * len(days)
    for staff in grid.staff:
        cells = [grid.cell(staff["id"], day) for day in days]
        if all(c is None for c in cells):
            continue
        marks = [_mark(c) for c in cells]
        for i, m in enumerate(marks):
            office[i] += m.code == "WFO"
            home[i] += m.code == "WFH"
        rows.append(RosterRow(staff["name"], _ident(staff), staff["position"] or "", marks))
    numbers = list(dict.fromkeys(d.policy for d in grid_days))
    first_policy = policies.get(numbers[0])
    monday = _monday(days[0])
    if first_policy is not None:
        week = (monday - _monday(first_policy.valid_from)).days // 7 + 1
    else:
        week = days[0].isocalendar()[1]
    holidays = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        if day in days or not start <= day <= end:
            continue
        p = first_policy
        if p is None or not p.valid_from <= day <= p.valid_to:
            continue
        if pol.WEEKDAYS[day.weekday()] in p.workdays and (day in calendar or day in p.holidays):
            holidays.append((day, calendar.get(day, "")))
    totals = [DayTotal(office[i], home[i], d.onsite, d.headcount, d.cap)
              for i, d in enumerate(grid_days)]
    return RosterSection(unit["code"], unit["name"], week, days, numbers, rows, totals,
                         min(printed_on, days[0]), holidays)


# --- the form ----------------------------------------------------------------------------

TEXTS = {
    **BASE_TEXTS,
    "document": "Jadwal Kerja Pegawai (WFO/WFH)",
    "title": "JADWAL KERJA PEGAWAI (WFO/WFH)",
    "unit": "Unit Kerja: {name} ({code})",
    "week": "Minggu ke-{week}: {first} s.d. {last}",
    "basis": "Berdasarkan Surat Edaran Nomor {numbers}",
    "and": "dan",
    "running": "JADWAL KERJA PEGAWAI (WFO/WFH) \u2013 {name} ({code}) \u2013 Minggu ke-{week} "
               "(lanjutan)",
    "col_no": "No",
    "col_name": "Nama / NIP",
    "col_position": "Jabatan",
    "day": "{day}\n{date} {month}",
    "total_office": "Di kantor (WFO)",
    "total_home": "Bekerja dari rumah (WFH)",
    "total_group": "Di kantor, seluruh kelompok rotasi ({size} pegawai)",
    "of_cap": "{count} / maks. {cap}",
    "legend": "Keterangan:",
    "holidays": "Hari libur:",
    "holiday_named": "{day} ({name})",
    "marks": {
        "WFO": "bekerja di kantor (work from office)",
        "WFH": "bekerja dari rumah (work from home)",
        "C": "cuti",
        "CT": "cuti tahunan",
        "CS": "cuti sakit",
        "CB": "cuti bersama",
        "S": "sakit",
        "DL": "dinas luar",
        "TB": "tugas belajar",
        "OFF": "tidak dijadwalkan",
        "\u2013": "tidak ada jadwal",
        "*": "ditetapkan manual",
        "!": "penetapan manual yang menyimpang dari aturan surat edaran",
    },
}

OFFICE_FILL = colors.Color(0.80, 0.80, 0.80)
TOTAL_FILL = colors.Color(0.93, 0.93, 0.93)


class RosterRenderer(Renderer):
    orientation = "landscape"
    margin_left = 12 * mm
    margin_right = 12 * mm
    margin_top = 12 * mm
    margin_bottom = 13 * mm
    texts = TEXTS
    title = TEXTS["document"]

    def __init__(self, document: RosterDocument, *, paper: str | None = None,
                 printed_at: dt.datetime | None = None):
        super().__init__(paper=paper, printed_at=printed_at)
        self.document = document

    def story(self):
        out = []
        for i, section in enumerate(self.document.sections):
            if i:
                out.append(PageBreak())
            out.append(Deferred(partial(self.section_story, section)))
        return out

    def section_story(self, s: RosterSection) -> list:
        """One unit and week: the kop and heading, the table split over as many pages as
        it needs (header repeated), and on the last page the totals, the legend and the
        signatures, with at least three staff rows above them."""
        doc, width, height = self.document, self.frame_width, self.frame_height
        tx = self.texts
        top = [SectionStart(tx["running"].format(name=s.unit_name, code=s.unit_code,
                                                 week=s.week)),
               self.kop(doc.letterhead, doc.opd_name), Spacer(0, 2.5 * mm), self.heading(s),
               Spacer(0, 2.5 * mm)]
        tail = [Spacer(0, 2 * mm), self.legend(s), Spacer(0, 2 * mm),
                self.signatures(doc.head, self.place_date(doc.letterhead.city, s.sign_date),
                                doc.countersign)]
        widths = self.column_widths(s)
        header, body, totals = self.table_rows(s, widths)
        measured = self.table(header + body + totals, widths)
        measured.wrap(width, height)
        rows = measured._rowHeights
        head_h = rows[0]
        body_h = rows[1:1 + len(body)]
        totals_h = sum(rows[1 + len(body):])
        top_h = sum(f.wrap(width, height)[1] for f in top)
        tail_h = sum(f.wrap(width, height)[1] for f in tail) + totals_h
        slack = 2  # rounding in platypus' frame arithmetic
        pages = paginate(body_h, height - top_h - slack, height - slack, head_h, tail_h)
        out = list(top)
        for k, (a, b) in enumerate(pages):
            last = k == len(pages) - 1
            if k:
                out.append(PageBreak())
            chunk = body[a:b] + (totals if last else [])
            out.append(self.table(header + chunk, widths, commands=self.table_style(
                s, a, b, len(totals) if last else 0)))
        return out + tail

    def heading(self, s: RosterSection) -> Lines:
        tx = self.texts
        if len(s.policies) > 1:
            numbers = ", ".join(s.policies[:-1]) + f" {tx['and']} " + s.policies[-1]
        else:
            numbers = s.policies[0]
        return self.lines(
            ("title", tx["title"]),
            ("subtitle", tx["unit"].format(name=s.unit_name, code=s.unit_code)),
            ("body-centre", tx["week"].format(week=s.week,
                                              first=format_date_id(s.days[0], lang="id"),
                                              last=format_date_id(s.days[-1], lang="id"))),
            ("body-centre", tx["basis"].format(numbers=numbers)))

    def _day_head(self, day: dt.date) -> str:
        return self.texts["day"].format(day=DAYS_ID[day.weekday()], date=day.day,
                                        month=MONTHS_ID[day.month - 1])

    def column_widths(self, s: RosterSection) -> list[float]:
        """No, Nama / NIP, Jabatan, then the days, as wide as their heads and totals need
        (20 mm at least, room to correct by hand)."""
        head, bold = self.styles["table-head"], self.styles["table-bold"]
        texts = [(part, head) for day in s.days for part in self._day_head(day).split("\n")]
        texts += [(self._count(d.group_onsite, d.cap), bold) for d in s.totals]
        texts += [(self._count(d.office, d.cap), bold) for d in s.totals]
        day_width = max([20 * mm] + [stringWidth(text, style.font, style.size) + 8
                                     for text, style in texts])
        no_width = 9 * mm
        rest = self.frame_width - no_width - day_width * len(s.days)
        name_width = rest * 0.52
        return [no_width, name_width, rest - name_width] + [day_width] * len(s.days)

    def table_rows(self, s: RosterSection, widths: list[float]):
        """(header, staff rows, total rows) of the table."""
        tx = self.texts
        name_style, ident_style = self.styles["table-bold"], self.styles["table"]
        header = [[tx["col_no"], tx["col_name"], tx["col_position"]]
                  + [self._day_head(d) for d in s.days]]
        body = []
        for i, row in enumerate(s.rows, start=1):
            name = Lines([(row.name, name_style)] + ([(row.ident, ident_style)]
                                                     if row.ident else []))
            body.append([str(i), name, self.cell_text(row.position, widths[2])]
                        + [m.text for m in row.marks])
        totals = []
        if s.cap_is_unit:
            totals.append([tx["total_office"], "", ""] + [self._count(d.office, d.cap)
                                                          for d in s.totals])
        else:
            totals.append([tx["total_office"], "", ""] + [str(d.office) for d in s.totals])
        totals.append([tx["total_home"], "", ""] + [str(d.home) for d in s.totals])
        if not s.cap_is_unit:
            size = max(d.group_size for d in s.totals)
            totals.append([tx["total_group"].format(size=size), "", ""]
                          + [self._count(d.group_onsite, d.cap) for d in s.totals])
        return header, body, totals

    def table_style(self, s: RosterSection, start: int, stop: int, n_totals: int) -> list:
        """Style commands of the page of the table holding staff rows start..stop and,
        on the last page, *n_totals* total rows."""
        commands = [("ALIGN", (0, 1), (0, -1), "CENTER"),
                    ("ALIGN", (3, 1), (-1, -1), "CENTER")]
        for r, row in enumerate(s.rows[start:stop], start=1):
            for j, m in enumerate(row.marks):
                if m.office:
                    commands.append(("BACKGROUND", (3 + j, r), (3 + j, r), OFFICE_FILL))
        if n_totals:
            first_total = 1 + stop - start
            bold = self.styles["table-bold"]
            commands += [("SPAN", (0, r), (2, r))
                         for r in range(first_total, first_total + n_totals)]
            commands += [
                ("ALIGN", (0, first_total), (2, -1), "RIGHT"),
                ("FONT", (0, first_total), (-1, -1), bold.font, bold.size, bold.line_height),
                ("BACKGROUND", (0, first_total), (-1, -1), TOTAL_FILL),
            ]
        return commands

    def _count(self, count: int, cap: int | None) -> str:
        return str(count) if cap is None else self.texts["of_cap"].format(count=count, cap=cap)

    def legend(self, s: RosterSection) -> Lines:
        tx = self.texts
        codes = list(dict.fromkeys(m.code for row in s.rows for m in row.marks))
        order = list(tx["marks"])
        codes.sort(key=lambda c: order.index(c) if c in order else len(order))
        parts = [f"{c} = {tx['marks'].get(c, c)}" for c in codes]
        if any(m.pinned for row in s.rows for m in row.marks):
            parts.append(f"* = {tx['marks']['*']}")
        if any(m.breach for row in s.rows for m in row.marks):
            parts.append(f"! = {tx['marks']['!']}")
        items = [("small", f"{tx['legend']} " + "; ".join(parts) + ".")]
        if s.holidays:
            named = [tx["holiday_named"].format(day=format_date_id(d, lang="id"), name=n)
                     if n else format_date_id(d, lang="id") for d, n in s.holidays]
            items.append(("small", f"{tx['holidays']} " + "; ".join(named) + "."))
        return self.lines(*items)


# --- the command -------------------------------------------------------------------------

def render_schedule(db, start: dt.date, end: dt.date, unit_code: str | None = None,
                    paper: str = "A4", *, printed_at: dt.datetime | None = None
                    ) -> tuple[bytes, int]:
    """The roster PDF as bytes, and its number of pages."""
    paper_size(paper)  # an unknown paper is refused before any work
    printed_at = printed_at or dt.datetime.now()
    document = roster_document(db, start, end, unit_code, printed_on=printed_at.date())
    renderer = RosterRenderer(document, paper=paper, printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def print_schedule(db, path, start: dt.date, end: dt.date, unit_code: str | None = None,
                   paper: str = "A4", *, printed_at: dt.datetime | None = None) -> int:
    """``schedule print``: write the roster PDF to *path*; returns the number of pages.

    KeyError for an unknown unit, :class:`NothingToPrint` without a roster in the range,
    :class:`~wfh_desktop.pdf.base.PaperError` for an unknown paper size, OSError when the
    file cannot be written (an existing file is then left as it was)."""
    data, pages = render_schedule(db, start, end, unit_code, paper, printed_at=printed_at)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages
