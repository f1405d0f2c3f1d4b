"""The printed daily work report, "LAPORAN KINERJA HARIAN", and the weekly and monthly
reports of one person ("LAPORAN KINERJA MINGGUAN / BULANAN").

The daily form: the letterhead, the title, the identity block (Nama, NIP, Jabatan, Unit
Kerja, Hari / Tanggal), the table No | Uraian Kegiatan | Output / Hasil | Volume | Satuan |
Keterangan with its numbered column row, how the report came in, and two signature blocks:
the employee at the right ("Yang bersangkutan", dated on the report's day) and the direct
superior at the left ("Mengetahui, Atasan Langsung").  A blank form has empty numbered rows
to fill in by hand.  The weekly and monthly reports list the person's days, each with its
activities, the roster's mode, a holiday or "tidak ada laporan".

The data comes from :func:`wfh_desktop.reports.daily_sheet` and
:func:`~wfh_desktop.reports.period_sheet`; :func:`daily_form_pdf` and
:func:`period_form_pdf` read the database and render in one call (for the GUI).
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from .. import register, settings
from ..ids import format_nip
from ..reports import DailySheet, Item, PeriodSheet, Person, daily_sheet, month_title, \
    period_sheet
from ..settings import Letterhead, Signatory, format_date_id
from .base import (BASE_STYLES, BASE_TEXTS, DOTS, FONT, FONT_BOLD, HEADER_FILL, Renderer,
                   SectionStart, Signatures, TextStyle, paginate, paper_size)

TEXTS = {
    **BASE_TEXTS,
    "document": "Laporan Kinerja Harian",
    "title": "LAPORAN KINERJA HARIAN",
    "title_week": "LAPORAN KINERJA MINGGUAN",
    "title_month": "LAPORAN KINERJA BULANAN",
    "name": "Nama",
    "nip": "NIP",
    "nik": "NIK",
    "position": "Jabatan",
    "unit": "Unit Kerja",
    "day": "Hari / Tanggal",
    "period": "Periode",
    "month": "Bulan",
    "until": "s.d.",
    "col_no": "No",
    "col_day": "Hari, Tanggal",
    "col_description": "Uraian Kegiatan",
    "col_output": "Output / Hasil",
    "col_volume": "Volume",
    "col_unit": "Satuan",
    "col_note": "Keterangan",
    "employee": "Yang bersangkutan",
    "superior": "Mengetahui,\nAtasan Langsung,",
    "channels": {"whatsapp": "WhatsApp", "email": "e-mail", "paper": "kertas",
                 "other": "saluran lain"},
    "verdicts": {"pending": "belum diverifikasi", "accepted": "diterima",
                 "returned": "dikembalikan"},
    "received": "Laporan diterima melalui {channel} pada {date} pukul {time}; status "
                "verifikasi: {verdict}.",
    "returned_note": "Catatan atasan: {note}",
    "no_report": "tidak ada laporan",
    "holiday": "libur: {name}",
    "holiday_unnamed": "hari libur",
    "no_activity": "(tanpa uraian kegiatan)",
    "running": "{title} \u2013 {name} \u2013 {when} (lanjutan)",
}

BLANK_ROWS = 14
BLANK_ROW_HEIGHT = 9 * mm
WEEKEND_FILL = colors.Color(0.93, 0.93, 0.93)

FORM_STYLES = {
    **BASE_STYLES,
    "body": TextStyle(FONT, 10, 12.5),
    "table": TextStyle(FONT, 8.5, 10.2),
    "table-bold": TextStyle(FONT_BOLD, 8.5, 10.2),
    "table-head": TextStyle(FONT_BOLD, 8.5, 10.2, align="centre"),
    "table-number": TextStyle(FONT, 6.5, 7.5, align="centre"),
}


class _Signatures(Signatures):
    """Signature blocks where a staff member without a NIP (PHL, PTT, contract staff) shows
    their NIK instead of an empty NIP line."""

    def __init__(self, *args, nik_of: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.nik_of = nik_of or {}

    def _block(self, first_line, sig, width):
        head, foot = super()._block(first_line, sig, width)
        nik = self.nik_of.get(sig.role) if sig is not None else None
        if nik and foot:
            foot[-1] = (f"NIK. {nik}", foot[-1][1])
        return head, foot


class _FormRenderer(Renderer):
    texts = TEXTS
    styles = FORM_STYLES
    margin_left = 18 * mm
    margin_right = 15 * mm

    def __init__(self, letterhead: Letterhead, opd_name: str = "", *, paper: str | None = None,
                 printed_at: dt.datetime | None = None):
        super().__init__(paper=paper, printed_at=printed_at)
        self.letterhead = letterhead
        self.opd_name = opd_name

    # pieces shared by the daily and period forms
    def identity(self, rows: list[tuple[str, str]]) -> Table:
        """Label : value lines, without rules."""
        body = self.styles["body"]
        label_w = 30 * mm
        value_w = self.frame_width - label_w - 4 * mm
        data = [[label, ":", self.cell_text(value, value_w + 6, "body")] for label, value in rows]
        table = Table(data, colWidths=[label_w, 4 * mm, value_w])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), body.font, body.size, body.line_height),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        return table

    def id_rows(self, sheet) -> list[tuple[str, str]]:
        tx = self.texts
        if sheet.nip or not sheet.nik:
            ident = (tx["nip"], format_nip(sheet.nip) if sheet.nip else DOTS)
        else:
            ident = (tx["nik"], sheet.nik)
        return [(tx["name"], sheet.name), ident, (tx["position"], sheet.position or DOTS),
                (tx["unit"], sheet.unit_name or DOTS)]

    def sign_area(self, employee: Person, superior: Person, day: dt.date, nik: str = ""):
        """The superior ("Mengetahui, Atasan Langsung,") at the left, the employee ("Yang
        bersangkutan,") at the right under the place and date; *nik* replaces the NIP line
        of an employee without a NIP."""
        tx = self.texts
        right = Signatory("employee", tx["employee"], employee.name, employee.pangkat,
                          employee.nip)
        left = Signatory("superior", superior.position or DOTS, superior.name,
                         superior.pangkat, superior.nip)
        return _Signatures(right, self.place_date(self.letterhead.city, day), left,
                           self.styles, acknowledged=tx["superior"],
                           nik_of={"employee": nik} if nik and not employee.nip else None)

    def item_cells(self, item: Item, widths: list[float]) -> list:
        """Uraian, output, volume, satuan, keterangan of an activity."""
        return [self.cell_text(item.description or self.texts["no_activity"], widths[0]),
                self.cell_text(item.output, widths[1]), item.volume_text,
                self.cell_text(item.unit, widths[3]), self.cell_text(item.note, widths[4])]

    def base_commands(self) -> list:
        body, head, number = (self.styles["table"], self.styles["table-head"],
                              self.styles["table-number"])
        return [
            ("FONT", (0, 0), (-1, -1), body.font, body.size, body.line_height),
            ("FONT", (0, 0), (-1, 0), head.font, head.size, head.line_height),
            ("FONT", (0, 1), (-1, 1), number.font, number.size, number.line_height),
            ("ALIGN", (0, 0), (-1, 1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("VALIGN", (0, 2), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]

    def paged(self, top: list, header: list, rows: list, widths: list[float], commands,
              tail: list, heights: list | None = None) -> list:
        """*top*, then the table split over pages (its *header* rows on every page), then
        *tail* under the last rows, with at least three rows above it, so that the
        signatures never stand alone on a page.  *commands(a, b)* gives the style of the
        page holding rows a..b."""
        width, height = self.frame_width, self.frame_height
        n_head = len(header)
        measured = Table(header + rows, colWidths=widths,
                         rowHeights=([None] * n_head + heights) if heights else None)
        measured.setStyle(TableStyle(commands(0, len(rows))))
        measured.wrap(width, height)
        row_heights = measured._rowHeights
        head_h = sum(row_heights[:n_head])
        top_h = sum(f.wrap(width, height)[1] for f in top)
        tail_h = sum(f.wrap(width, height)[1] for f in tail)
        slack = 2  # rounding in platypus' frame arithmetic
        pages = paginate(row_heights[n_head:], height - top_h - slack, height - slack,
                         head_h, tail_h)
        out = list(top)
        for k, (a, b) in enumerate(pages):
            if k:
                out.append(PageBreak())
            table = Table(header + rows[a:b], colWidths=widths, repeatRows=n_head,
                          rowHeights=([None] * n_head + heights[a:b]) if heights else None)
            table.setStyle(TableStyle(commands(a, b)))
            out.append(table)
        return out + tail


class DailyFormRenderer(_FormRenderer):
    """LAPORAN KINERJA HARIAN of one staff member and day."""
    title = TEXTS["document"]

    def __init__(self, sheet: DailySheet, letterhead: Letterhead, opd_name: str = "", **kw):
        super().__init__(letterhead, opd_name, **kw)
        self.sheet = sheet

    def column_widths(self) -> list[float]:
        fixed = [9 * mm, 0, 36 * mm, 15 * mm, 19 * mm, 28 * mm]
        fixed[1] = self.frame_width - sum(fixed)
        return fixed

    def rows(self, widths) -> tuple[list, list | None]:
        """(table rows, their fixed heights or None)."""
        s = self.sheet
        if s.blank or not s.items:
            body = [[str(i)] + [""] * 5 for i in range(1, BLANK_ROWS + 1)]
            return body, [BLANK_ROW_HEIGHT] * len(body)
        return [[str(i)] + self.item_cells(item, widths[1:])
                for i, item in enumerate(s.items, start=1)], None

    def story(self):
        s, tx = self.sheet, self.texts
        widths = self.column_widths()
        header = [[tx["col_no"], tx["col_description"], tx["col_output"], tx["col_volume"],
                   tx["col_unit"], tx["col_note"]],
                  [f"({i})" for i in range(1, 7)]]
        body, heights = self.rows(widths)

        def commands(a, b):
            return self.base_commands() + [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (0, 2), (0, -1), "CENTER"), ("ALIGN", (3, 2), (3, -1), "CENTER")]

        top = [SectionStart(tx["running"].format(title=tx["title"], name=s.name,
                                                 when=format_date_id(s.date, lang="id"))),
               self.kop(self.letterhead, self.opd_name), Spacer(0, 4 * mm),
               self.lines(("title", tx["title"])), Spacer(0, 4 * mm),
               self.identity(self.id_rows(s) + [(tx["day"], format_date_id(s.date,
                                                                           lang="id"))]),
               Spacer(0, 4 * mm)]
        tail = []
        if s.received_at and not s.blank:
            tail += [Spacer(0, 2 * mm), self.lines(("small", self.received_line(s)))]
            if s.verdict == "returned" and s.note:
                tail.append(self.lines(("small", tx["returned_note"].format(note=s.note))))
        tail += [Spacer(0, 8 * mm), self.sign_area(s.employee, s.superior, s.date, s.nik)]
        return self.paged(top, header, body, widths, commands, tail, heights)

    def received_line(self, s: DailySheet) -> str:
        tx = self.texts
        try:
            when = dt.datetime.fromisoformat(s.received_at)
        except ValueError:
            return ""
        return tx["received"].format(channel=tx["channels"].get(s.channel, s.channel),
                                     date=format_date_id(when.date(), lang="id"),
                                     time=f"{when:%H.%M}",
                                     verdict=tx["verdicts"].get(s.verdict, s.verdict))


class PeriodFormRenderer(_FormRenderer):
    """The weekly or monthly report of one person: a table of their days."""
    title = "Laporan Kinerja"

    def __init__(self, sheet: PeriodSheet, letterhead: Letterhead, opd_name: str = "", **kw):
        super().__init__(letterhead, opd_name, **kw)
        self.sheet = sheet

    def column_widths(self) -> list[float]:
        """The day column as wide as its longest date (one line), Uraian takes the rest."""
        style = self.styles["table"]
        longest = max([stringWidth(format_date_id(d.date, lang="id"), style.font, style.size)
                       for d in self.sheet.days] + [20 * mm])
        fixed = [8 * mm, min(longest + 8, 42 * mm), 0, 27 * mm, 13 * mm, 15 * mm, 28 * mm]
        fixed[2] = self.frame_width - sum(fixed)
        return fixed

    def day_note(self, day) -> str:
        """Keterangan of a day: the holiday, the verdict, or that nothing was reported on a
        day at home (or with no roster); a day in the office needs no report."""
        tx = self.texts
        if day.holiday:
            return tx["holiday"].format(name=day.holiday)
        if not day.reported:
            return tx["no_report"] if day.mode in ("WFH", "") else ""
        return tx["verdicts"].get(day.verdict, "") if day.verdict != "pending" else ""

    def day_rows(self, widths) -> tuple[list, list[int]]:
        """(table rows, index of each day's first row)."""
        tx = self.texts
        rows, firsts = [], []
        for n, day in enumerate(self.sheet.days, start=1):
            firsts.append(len(rows))
            items = day.items or [Item("")]
            when = format_date_id(day.date, lang="id")
            if day.mode:
                when += f"\n({day.mode})"
            for k, item in enumerate(items):
                description = item.description
                if len(items) > 1 and description:
                    description = f"{k + 1}) {description}"
                if not description:
                    description = "\u2013" if not day.reported else tx["no_activity"]
                extra = "; ".join(x for x in (item.note, self.day_note(day) if k == 0 else "")
                                  if x)
                rows.append([str(n) if k == 0 else "",
                             self.cell_text(when, widths[1]) if k == 0 else "",
                             self.cell_text(description, widths[2]),
                             self.cell_text(item.output, widths[3]), item.volume_text,
                             self.cell_text(item.unit, widths[5]),
                             self.cell_text(extra, widths[6])])
        return rows, firsts

    def story(self):
        s, tx = self.sheet, self.texts
        widths = self.column_widths()
        header = [[tx["col_no"], tx["col_day"], tx["col_description"], tx["col_output"],
                   tx["col_volume"], tx["col_unit"], tx["col_note"]],
                  [f"({i})" for i in range(1, 8)]]
        rows, firsts = self.day_rows(widths)
        bounds = firsts + [len(rows)]

        def commands(a, b):
            """A day's rows share one box: rules between days, not between activities."""
            out = self.base_commands() + [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ("INNERGRID", (0, 0), (-1, 1), 0.5, colors.black),
                ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
                ("ALIGN", (0, 2), (0, -1), "CENTER"), ("ALIGN", (4, 2), (4, -1), "CENTER")]
            out += [("LINEBEFORE", (c, 0), (c, -1), 0.5, colors.black)
                    for c in range(1, len(widths))]
            for i, day in enumerate(s.days):
                first, stop = max(bounds[i], a), min(bounds[i + 1], b)
                if first >= stop:
                    continue
                r0, r1 = 2 + first - a, 2 + stop - a - 1
                if first > a:
                    out.append(("LINEABOVE", (0, r0), (-1, r0), 0.5, colors.black))
                if day.holiday or day.date.weekday() >= 5:
                    out.append(("BACKGROUND", (0, r0), (-1, r1), WEEKEND_FILL))
            return out

        if s.kind == "month":
            title, when = tx["title_month"], (tx["month"], month_title(s.start))
            running_when = month_title(s.start)
        else:
            title = tx["title_week"]
            running_when = (f"{format_date_id(s.start, lang='id')} {tx['until']} "
                            f"{format_date_id(s.end, lang='id')}")
            when = (tx["period"], running_when)
        top = [SectionStart(tx["running"].format(title=title, name=s.name, when=running_when)),
               self.kop(self.letterhead, self.opd_name), Spacer(0, 4 * mm),
               self.lines(("title", title)), Spacer(0, 4 * mm),
               self.identity(self.id_rows(s) + [when]), Spacer(0, 4 * mm)]
        tail = [Spacer(0, 8 * mm), self.sign_area(s.employee, s.superior, s.end, s.nik)]
        return self.paged(top, header, rows, widths, commands, tail)


# --- from the database --------------------------------------------------------------------

def letterhead_of(db) -> tuple[Letterhead, str]:
    """The letterhead, and the register's top unit's name for a kop without settings."""
    tree = register.unit_tree(db)
    return settings.load_letterhead(db), (tree[0][0]["name"] if tree else "")


def render_daily(sheet: DailySheet, db, *, paper: str = "A4",
                 printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The daily form as PDF bytes, and its number of pages."""
    paper_size(paper)
    letterhead, opd = letterhead_of(db)
    renderer = DailyFormRenderer(sheet, letterhead, opd, paper=paper, printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def render_period(sheet: PeriodSheet, db, *, paper: str = "A4",
                  printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The weekly or monthly report as PDF bytes, and its number of pages."""
    paper_size(paper)
    letterhead, opd = letterhead_of(db)
    renderer = PeriodFormRenderer(sheet, letterhead, opd, paper=paper, printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def daily_form_pdf(db, staff_id: str, day: dt.date, *, blank: bool = False,
                   paper: str = "A4") -> tuple[bytes, int]:
    """Read and render the daily form in one call.  KeyError for an unknown staff member."""
    return render_daily(daily_sheet(db, staff_id, day, blank=blank), db, paper=paper)


def period_form_pdf(db, staff_id: str, start: dt.date, end: dt.date, kind: str = "week", *,
                    paper: str = "A4") -> tuple[bytes, int]:
    """Read and render the weekly (``kind="week"``) or monthly report in one call."""
    return render_period(period_sheet(db, staff_id, start, end, kind), db, paper=paper)
