"""The printed monthly recap, "REKAPITULASI KEHADIRAN PEGAWAI" (``wfh-desktop attendance
recap -o FILE.pdf``): per unit (landscape) the letterhead, the unit, the month and its
working days, the circulars; the recap table (No, NIP / NIK, Nama, Jabatan, Hari kerja, the
days of each status code, Hadir, late and early minutes, % hadir, days not keyed yet) with
a total row; the code legend; a chart of the staff keyed on site each working day against
the circular's on-site cap; and the signatures of the unit head and, at the left, of the
one above ("Mengetahui,"; see :class:`~wfh_desktop.pdf.attendance_sheet.UnitHeads`).

The foot of every page of a unit carries the fingerprint of the unit's month
(:func:`wfh_desktop.recap.fingerprint`), so that a paper copy can be checked later with
``attendance verify``: the line of :func:`wfh_desktop.recap.fingerprint_line`, in
Indonesian whatever the program's language (the form is Indonesian), and for a month not
closed yet also the fingerprint of the data as printed.

The numbers are those of :func:`wfh_desktop.recap.recap_data`, read through
:func:`wfh_desktop.recap.recap_fields`, as in the CSV and the workbook.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from .. import settings
from ..i18n import t
from ..recap import Recap, UnitRecap, recap_data, recap_fields
from ..settings import MONTHS_ID, Letterhead, Signatory
from .attendance_sheet import UnitHeads, write_pdf
from .base import (BASE_STYLES, BASE_TEXTS, FONT, FONT_BOLD, HEADER_FILL, Deferred, Grid, Lines,
                   Renderer, SectionStart, TextStyle, grid_row, paper_size)
from .roster import NothingToPrint

# --- plain data --------------------------------------------------------------------------


@dataclass
class RecapSection:
    unit: UnitRecap
    signer: Signatory
    superior: Signatory | None
    policies: list[str]  # numbers of the circulars governing the month's working days


@dataclass
class RecapDocument:
    letterhead: Letterhead
    opd_name: str
    recap: Recap
    sections: list[RecapSection]
    sign_date: dt.date


def recap_document(db, month: str, unit_code: str | None = None, *,
                   printed_on: dt.date | None = None) -> RecapDocument:
    """The recap of *month* as plain data: one section per unit that has staff or
    entries (the unit and its sub-units, or every unit).  KeyError for an unknown unit,
    ValueError for a bad month, :class:`NothingToPrint` without staff and entries."""
    recap = recap_data(db, month, unit_code)
    if not recap.units:
        raise NothingToPrint(t("no staff and no entries in {month}", month=month))
    heads = UnitHeads(db)
    sections = []
    for unit in recap.units:
        signer = heads.of(unit.unit_id)
        policies = list(dict.fromkeys(d.policy for d in unit.days if d.workday and d.policy))
        sections.append(RecapSection(unit, signer, heads.above(unit.unit_id, signer),
                                     policies))
    return RecapDocument(settings.load_letterhead(db), heads.tree[0]["name"], recap, sections,
                         printed_on or dt.date.today())


# --- the form ----------------------------------------------------------------------------

TEXTS = {
    **BASE_TEXTS,
    "document": "Rekapitulasi Kehadiran Pegawai",
    "title": "REKAPITULASI KEHADIRAN PEGAWAI",
    "unit": "Unit Kerja: {name} ({code})",
    "period": "Periode: {month} {year} ({days} hari kerja)",
    "basis": "Berdasarkan Surat Edaran Nomor {numbers}",
    "and": "dan",
    "running": "REKAPITULASI KEHADIRAN PEGAWAI \u2013 {name} ({code}) \u2013 {month} {year} "
               "(lanjutan)",
    "col_no": "No",
    "col_ident": "NIP / NIK",
    "col_name": "Nama",
    "col_position": "Jabatan",
    "col_days": "Hari kerja",
    "col_present": "Hadir",
    "col_late": "Terlambat (menit)",
    "col_early": "Pulang cepat (menit)",
    "col_percent": "% hadir",
    "col_not_keyed": "Belum diisi",
    "total": "Jumlah",
    "legend": "Keterangan kode:",
    "none": "\u2013",
    # the fingerprint (wfh_desktop.recap.fingerprint_line, always in Indonesian)
    "fp_open": "Bulan belum ditutup: data masih dapat berubah",
    "fp_open_print": " (sidik data saat dicetak {fingerprint})",
    "fp_closed": "Sidik data {fingerprint}: bulan ditutup pada {at} oleh {who}",
    "fp_changed": "Sidik data {fingerprint}: data berubah sesudah bulan ditutup pada {at} oleh "
                  "{who} (sidik data saat ditutup {closed})",
    # the chart
    "chart": "Pegawai di kantor per hari kerja (isian dengan kode hadir di kantor) dan batas "
             "surat edaran",
    "chart_unit": "Di kantor: {name}",
    "chart_group": "Di kantor: kelompok giliran {group} ({size} pegawai)",
    "chart_cap": "Batas di kantor menurut surat edaran",
    "chart_no_cap": "Tanpa batas di kantor",
}

RECAP_STYLES = {
    **BASE_STYLES,
    "table": TextStyle(FONT, 7, 8.2),
    "table-bold": TextStyle(FONT_BOLD, 7, 8.2),
    "table-head": TextStyle(FONT_BOLD, 7, 8.2, align="centre"),
    "table-number": TextStyle(FONT, 7, 8.2, align="centre"),
    "table-total": TextStyle(FONT_BOLD, 7, 8.2, align="centre"),
    "fingerprint": TextStyle(FONT_BOLD, 7, color=colors.Color(0.15, 0.15, 0.15)),
}

TOTAL_FILL = colors.Color(0.93, 0.93, 0.93)
UNIT_BAR = colors.Color(0.30, 0.30, 0.30)
GROUP_BAR = colors.Color(0.72, 0.72, 0.72)
OVER_BAR = colors.Color(0.80, 0.15, 0.15)
CHART_WIDTH = 118 * mm
CAP_LINE = colors.Color(0.80, 0.10, 0.10)


def fingerprint_text(unit: UnitRecap, texts: dict = TEXTS) -> str:
    """The fingerprint line as printed (what :func:`wfh_desktop.recap.fingerprint_line`
    says in Indonesian; an open month also gives the fingerprint of the data printed)."""
    if not unit.closed:
        return texts["fp_open"] + texts["fp_open_print"].format(fingerprint=unit.fingerprint)
    c = unit.closure
    if unit.changed_since_close:
        return texts["fp_changed"].format(fingerprint=unit.fingerprint, at=c["closed_at"],
                                          who=c["closed_by"] or "-", closed=c["fingerprint"])
    return texts["fp_closed"].format(fingerprint=unit.fingerprint, at=c["closed_at"],
                                     who=c["closed_by"] or "-")


class Beside(Flowable):
    """Two flowables side by side, top-aligned: *left* in *left_width*, *right* in the
    rest (the chart beside the signatures, on landscape paper)."""

    def __init__(self, left: Flowable, right: Flowable, left_width: float):
        super().__init__()
        self.left, self.right, self.left_width = left, right, left_width

    def wrap(self, availWidth, availHeight):
        _w, lh = self.left.wrap(self.left_width, availHeight)
        _w, rh = self.right.wrap(availWidth - self.left_width, availHeight)
        self.width, self.height = availWidth, max(lh, rh)
        self._heights = lh, rh
        return self.width, self.height

    def draw(self):
        lh, rh = self._heights
        self.left.drawOn(self.canv, 0, self.height - lh)
        self.right.drawOn(self.canv, self.left_width, self.height - rh)


class FootNote(Flowable):
    """Sets the line the footer prints on this page and the following ones."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.canv._footnote = self.text


def number(value) -> str:
    """A recap value as printed: 95.5 -> ``95,5`` (Indonesian decimal comma)."""
    if value is None:
        return TEXTS["none"]
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


class RecapRenderer(Renderer):
    orientation = "landscape"
    margin_left = 12 * mm
    margin_right = 12 * mm
    margin_top = 12 * mm
    margin_bottom = 16 * mm
    styles = RECAP_STYLES
    texts = TEXTS
    title = TEXTS["document"]

    def __init__(self, document: RecapDocument, *, paper: str | None = None,
                 printed_at: dt.datetime | None = None):
        super().__init__(paper=paper, printed_at=printed_at)
        self.document = document
        recap = document.recap
        fields = {f.key: f for f in recap_fields(recap)}
        self.codes = [c.code for c in recap.codes]
        # the same value functions as the CSV and the workbook
        self.fields = [fields[k] for k in ["hari_kerja"] + self.codes + [
            "hadir", "terlambat_menit", "pulang_cepat_menit", "persen_hadir", "belum_diisi"]]

    def story(self):
        out = []
        for i, section in enumerate(self.document.sections):
            if i:
                out.append(PageBreak())
            out.append(Deferred(partial(self.section_story, section)))
        return out

    def section_story(self, s: RecapSection) -> list:
        doc, tx, unit = self.document, self.texts, s.unit
        recap = doc.recap
        month = MONTHS_ID[recap.start.month - 1]
        out = [SectionStart(tx["running"].format(name=unit.unit_name, code=unit.unit_code,
                                                 month=month, year=recap.start.year)),
               FootNote(fingerprint_text(unit, tx)),
               self.kop(doc.letterhead, doc.opd_name), Spacer(0, 2 * mm), self.heading(s)]
        signatures = self.signatures(s.signer, self.place_date(doc.letterhead.city,
                                                               doc.sign_date), s.superior)
        chart = self.day_chart(unit)
        tail = [Spacer(0, 1.5 * mm), self.legend(), Spacer(0, 3 * mm),
                signatures if chart is None else Beside(chart, signatures, CHART_WIDTH)]
        widths = self.column_widths()
        return out + [Grid(widths, self.header(widths), self.body(unit, widths),
                           page_height=self.frame_height, lead=[Spacer(0, 2.5 * mm)],
                           tail=tail)]

    def heading(self, s: RecapSection) -> Lines:
        tx, recap = self.texts, self.document.recap
        items = [("title", tx["title"]),
                 ("subtitle", tx["unit"].format(name=s.unit.unit_name, code=s.unit.unit_code)),
                 ("body-centre", tx["period"].format(month=MONTHS_ID[recap.start.month - 1],
                                                     year=recap.start.year,
                                                     days=len(recap.working_days)))]
        if s.policies:
            numbers = s.policies[0] if len(s.policies) == 1 else (
                ", ".join(s.policies[:-1]) + f" {tx['and']} " + s.policies[-1])
            items.append(("body-centre", tx["basis"].format(numbers=numbers)))
        return self.lines(*items)

    def column_widths(self) -> list[float]:
        """No, NIP / NIK, Nama, Jabatan, then the numbers (9 mm; 7.5 mm a code; 15 mm the
        minutes), Nama and Jabatan sharing what is left."""
        fixed = [7 * mm, 31 * mm]
        numbers = [9 * mm] + [7.5 * mm] * len(self.codes) + [9 * mm, 15 * mm, 15 * mm,
                                                              10 * mm, 9 * mm]
        rest = self.frame_width - sum(fixed) - sum(numbers)
        name = rest * 0.55
        return fixed + [name, rest - name] + numbers

    def header(self, widths) -> list:
        tx = self.texts
        texts = [tx["col_no"], tx["col_ident"], tx["col_name"], tx["col_position"],
                 tx["col_days"]] + self.codes + [tx["col_present"], tx["col_late"],
                                                 tx["col_early"], tx["col_percent"],
                                                 tx["col_not_keyed"]]
        return [grid_row(texts, widths, self.styles["table-head"], fill=HEADER_FILL)]

    def body(self, unit: UnitRecap, widths) -> list:
        st = self.styles
        numeric = st["table-number"]
        rows = []
        for r in unit.rows:
            cells = [[(str(r.no), numeric)], r.ident, r.name, r.position]
            cells += [[(number(f.value(r)), numeric)] for f in self.fields]
            rows.append(grid_row(cells, widths, st["table"]))
        if unit.rows:
            rows.append(self.total_row(unit, widths))
        return rows

    def total_row(self, unit: UnitRecap, widths):
        total = self.styles["table-total"]
        sums = []
        for f in self.fields:
            if f.key == "persen_hadir":
                days = sum(r.working_days for r in unit.rows)
                present = sum(r.present for r in unit.rows)
                sums.append(number(round(present * 100 / days, 1) if days else None))
            else:
                sums.append(number(sum(f.value(r) or 0 for r in unit.rows)))
        cells = [None, [(self.texts["total"], self.styles["table-bold"])], None, None]
        cells += [[(v, total)] for v in sums]
        return grid_row(cells, widths, total, fill=TOTAL_FILL)

    def legend(self) -> Lines:
        recap = self.document.recap
        parts = [f"{c.code} = {c.meaning}" for c in recap.codes]
        return self.lines(("small", f"{self.texts['legend']} " + "; ".join(parts) + "."))

    def day_chart(self, unit: UnitRecap) -> Drawing | None:
        """Bars of the staff keyed on site per working day, with the rotation group's
        when the cap applies to more than this unit, and the cap as a red line."""
        days = [d for d in unit.days if d.workday]
        if not days:
            return None
        tx = self.texts
        group_differs = any((d.group and d.group != unit.unit_code)
                            or (d.headcount and d.headcount != len(unit.rows)) for d in days)
        series = [[d.onsite for d in days]]
        if group_differs:
            series.append([d.group_onsite for d in days])
        caps = [d.cap for d in days]
        top = max([v for s in series for v in s] + [c for c in caps if c is not None] + [1])
        step = max(1, -(-top // 5))
        vmax = step * (-(-top // step) + 1)

        width = CHART_WIDTH - 6 * mm
        height = 40 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 11 * mm, 7 * mm
        chart.width, chart.height = width - 14 * mm, height - 23 * mm
        chart.data = series
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, vmax
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 6.5
        chart.categoryAxis.categoryNames = [str(d.date.day) for d in days]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 6.5
        chart.barSpacing = 0.5
        chart.groupSpacing = 3
        chart.bars.strokeWidth = 0
        chart.bars[0].fillColor = UNIT_BAR
        if group_differs:
            chart.bars[1].fillColor = GROUP_BAR
        capped = len(series) - 1  # the series the cap applies to
        for i, d in enumerate(days):
            if d.over_cap:
                chart.bars[(capped, i)].fillColor = OVER_BAR
        drawing.add(chart)
        slot = chart.width / len(days)
        for i, cap in enumerate(caps):
            if cap is None:
                continue
            y = chart.y + chart.height * cap / vmax
            drawing.add(Line(chart.x + i * slot, y, chart.x + (i + 1) * slot, y,
                             strokeColor=CAP_LINE, strokeWidth=1.2))
        # the caption and the legend above the chart
        drawing.add(String(0, height - 3 * mm, tx["chart"], fontName=FONT_BOLD, fontSize=7.5))
        entries = [("bar", UNIT_BAR, tx["chart_unit"].format(name=unit.unit_code))]
        if group_differs:
            group = next((d.group for d in days if d.group), unit.unit_code)
            size = max(d.headcount for d in days)
            entries.append(("bar", GROUP_BAR, tx["chart_group"].format(group=group, size=size)))
        if any(c is not None for c in caps):
            entries.append(("line", CAP_LINE, tx["chart_cap"]))
        else:
            entries.append(("text", None, tx["chart_no_cap"]))
        x, y = 0.0, height - 7.5 * mm
        for kind, color, label in entries:
            need = (0 if kind == "text" else 6 * mm) + stringWidth(label, FONT, 6.5)
            if x and x + need > width:  # the legend goes on a second line
                x, y = 0.0, y - 3.5 * mm
            if kind == "bar":
                drawing.add(Rect(x, y, 2.5 * mm, 2.5 * mm, fillColor=color, strokeWidth=0))
            elif kind == "line":
                drawing.add(Line(x, y + 1.25 * mm, x + 4.5 * mm, y + 1.25 * mm,
                                 strokeColor=color, strokeWidth=1.2))
            text_x = x if kind == "text" else x + 6 * mm
            drawing.add(String(text_x, y + 0.3 * mm, label, fontName=FONT, fontSize=6.5))
            x += need + 4 * mm
        return drawing

    def draw_footer(self, canvas, page: int, pages: int) -> None:
        super().draw_footer(canvas, page, pages)
        note = getattr(canvas, "_footnote", None)
        if note:
            style = self.styles["fingerprint"]
            canvas.saveState()
            canvas.setFont(style.font, style.size)
            canvas.setFillColor(style.color)
            canvas.drawString(self.margin_left, self.margin_bottom - 3.5 * mm, note)
            canvas.restoreState()


# --- the command -------------------------------------------------------------------------

def render_recap(db, month: str, unit_code: str | None = None, paper: str = "A4", *,
                 printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The recap PDF as bytes, and its number of pages."""
    paper_size(paper)
    printed_at = printed_at or dt.datetime.now()
    document = recap_document(db, month, unit_code, printed_on=printed_at.date())
    renderer = RecapRenderer(document, paper=paper, printed_at=printed_at)
    data = renderer.render()
    return data, renderer.page_count


def print_recap(db, path, month: str, unit_code: str | None = None, paper: str = "A4", *,
                printed_at: dt.datetime | None = None) -> int:
    """``attendance recap -o FILE.pdf``: write the recap PDF; returns the number of pages.
    KeyError for an unknown unit, ValueError for a bad month, :class:`NothingToPrint`
    without staff and entries, :class:`~wfh_desktop.pdf.base.PaperError`, OSError when the
    file cannot be written (an existing file is then left as it was)."""
    data, pages = render_recap(db, month, unit_code, paper, printed_at=printed_at)
    write_pdf(path, data)
    return pages
