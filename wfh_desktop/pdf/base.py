"""The shared base of every printed form: paper, embedded fonts, the letterhead (kop), the
signature blocks and the page footer ("Halaman x dari y" and a print stamp).

A form is a :class:`Renderer` subclass in the pretix style: page geometry as class
attributes, a named stylesheet (``styles``), the fixed Indonesian texts of the form in one
``texts`` dict, and :meth:`Renderer.story` building platypus flowables from plain data that
was read from the database beforehand.  :meth:`Renderer.render` returns the PDF bytes.

The forms are Indonesian official documents, so their fixed texts are Indonesian whatever
the language of the program's messages.
"""
from __future__ import annotations

import datetime as dt
import io
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import lru_cache, partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Table,
                                TableStyle)

from .. import __version__
from ..i18n import t
from ..ids import format_nip
from ..paths import resource
from ..settings import Letterhead, Signatory, format_long_date, place_date

# --- paper -------------------------------------------------------------------------------

PAPERS = {"A4": (210 * mm, 297 * mm), "F4": (215 * mm, 330 * mm)}  # portrait width, height


class PaperError(ValueError):
    """A paper size this program does not print on."""


def paper_size(paper: str, orientation: str = "portrait") -> tuple[float, float]:
    """(width, height) in points; landscape swaps them."""
    key = (paper or "").upper()
    if key not in PAPERS:
        raise PaperError(t("unknown paper size {value}; use A4 or F4", value=paper))
    width, height = PAPERS[key]
    return (height, width) if orientation == "landscape" else (width, height)


# --- fonts -------------------------------------------------------------------------------

FONT = "DejaVuSansCondensed"
FONT_BOLD = "DejaVuSansCondensed-Bold"
FONT_ITALIC = "DejaVuSansCondensed-Oblique"
FONT_BOLD_ITALIC = "DejaVuSansCondensed-BoldOblique"
FONT_FILES = {name: f"{name}.ttf" for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)}
_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled TTF family once (embedded as subsets in every PDF)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD_ITALIC)
        _fonts_ready = True


# --- text --------------------------------------------------------------------------------

DOTS = "." * 40  # a line left for hand writing, as offices print it


@dataclass(frozen=True)
class TextStyle:
    font: str = FONT
    size: float = 9.0
    leading: float = 0.0  # 0: 1.2 x size
    align: str = "left"  # "left", "centre" or "right"
    underline: bool = False
    color: colors.Color = colors.black

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.2


def wrap_text(text: str, style: TextStyle, width: float) -> list[str]:
    """*text* broken into lines that fit *width* (a word longer than the width is cut)."""
    if not text:
        return [""]
    return simpleSplit(text, style.font, style.size, width) or [""]


class Lines(Flowable):
    """Lines of text, each in its own style, wrapped to the width given: the kop, titles,
    signature blocks and two-line table cells (name over NIP) are all made of these.
    An empty text is a blank line of its style's height (space to sign, for example)."""

    def __init__(self, items: list[tuple[str, TextStyle]]):
        super().__init__()
        self.items = items
        self._laid: list[tuple[str, TextStyle]] = []
        self._laid_width: float | None = None

    def wrap(self, availWidth, availHeight):
        if self._laid_width != availWidth:
            self._laid = [(line, style) for text, style in self.items
                          for line in wrap_text(text, style, availWidth)]
            self._laid_width = availWidth
        self.width = availWidth
        self.height = sum(style.line_height for _line, style in self._laid)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        y = self.height
        for text, style in self._laid:
            lh = style.line_height
            y -= lh
            if not text:
                continue
            baseline = y + (lh - style.size) / 2 + 0.22 * style.size
            width = stringWidth(text, style.font, style.size)
            if style.align == "centre":
                x = (self.width - width) / 2
            elif style.align == "right":
                x = self.width - width
            else:
                x = 0
            canvas.setFont(style.font, style.size)
            canvas.setFillColor(style.color)
            canvas.drawString(x, baseline, text)
            if style.underline:
                canvas.setStrokeColor(style.color)
                canvas.setLineWidth(max(0.5, style.size / 16))
                under = baseline - 0.14 * style.size
                canvas.line(x, under, x + width, under)


class SectionStart(Flowable):
    """Marks where a section of a form (one unit and week, say) begins, so that its later
    pages get a running head naming it."""

    def __init__(self, label: str):
        super().__init__()
        self.label = label

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.canv._section = self.label
        self.canv._section_page = self.canv.getPageNumber()


class Deferred(Flowable):
    """Stands for the flowables *make* returns, made only when the document reaches this
    point, so that a document of thousands of pages is never held as flowables all at
    once.  It never fits, so platypus splits it into them; put it at the top of a page
    (first in the story, or after a page break)."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def wrap(self, availWidth, availHeight):
        return availWidth, availHeight + 1

    def split(self, availWidth, availHeight):
        return self.make()

    def draw(self):
        raise RuntimeError("a Deferred flowable is split, never drawn")


# --- letterhead --------------------------------------------------------------------------

def letterhead_lines(letterhead: Letterhead, fallback_name: str) -> list[tuple[str, str]]:
    """(style name, text) of the kop from top to bottom.  Without an OPD name in the
    settings the OPD/unit name of the register (*fallback_name*) stands in."""
    opd = letterhead.opd_name or fallback_name
    out = []
    if letterhead.government:
        out.append(("kop-government", letterhead.government.upper()))
    if opd:
        out.append(("kop-opd", opd.upper()))
    if letterhead.address:
        out.append(("kop-address", letterhead.address))
    contact = letterhead.contact_line()
    if contact:
        out.append(("kop-address", contact))
    return out


def load_logo(data: bytes | None) -> ImageReader | None:
    """The logo as an image reportlab can draw, or None (no logo, or unreadable bytes)."""
    if not data:
        return None
    try:
        image = ImageReader(io.BytesIO(data))
        width, height = image.getSize()
        image.getRGBData()  # a truncated file fails only when decoded: find out now
    except Exception:  # a damaged image must not stop printing: the kop goes without it
        return None
    return image if width > 0 and height > 0 else None


class Kop(Flowable):
    """The letterhead: the logo at the left, the centred lines, and a double rule under
    them across the whole width.  The text is centred on the page, not on the space beside
    the logo, as in official letterheads."""

    LOGO_HEIGHT = 20 * mm
    LOGO_MAX_WIDTH = 24 * mm
    GAP = 3 * mm

    def __init__(self, lines: list[tuple[str, str]], styles: dict[str, TextStyle],
                 logo: ImageReader | None):
        super().__init__()
        self.lines = lines
        self.styles = styles
        self.logo = logo
        self.logo_size = (0.0, 0.0)
        if logo is not None:
            iw, ih = logo.getSize()
            width, height = self.LOGO_HEIGHT * iw / ih, self.LOGO_HEIGHT
            if width > self.LOGO_MAX_WIDTH:
                width, height = self.LOGO_MAX_WIDTH, self.LOGO_MAX_WIDTH * ih / iw
            self.logo_size = (width, height)
        self._text: Lines | None = None

    def _fitted(self, name: str, text: str, width: float) -> TextStyle:
        """The OPD line shrinks (to 80 %) before it wraps."""
        style = self.styles[name]
        if name != "kop-opd":
            return style
        natural = stringWidth(text, style.font, style.size)
        if natural <= width:
            return style
        size = max(style.size * 0.8, style.size * width / natural)
        return TextStyle(style.font, size, 0, style.align, style.underline, style.color)

    def wrap(self, availWidth, availHeight):
        side = self.logo_size[0] + self.GAP if self.logo is not None else 0
        text_width = availWidth - 2 * side
        self._text = Lines([(text, self._fitted(name, text, text_width))
                            for name, text in self.lines])
        _w, text_height = self._text.wrap(text_width, availHeight)
        self._side = side
        self._body = max(text_height, self.logo_size[1])
        self._text_height = text_height
        self.width = availWidth
        self.height = self._body + 1.5 * mm + 3.5 + 1 * mm
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        top = self.height
        if self.logo is not None:
            width, height = self.logo_size
            # the image goes into the file once, as a form every page shows (drawImage
            # would decode and hash it again on every page)
            name = f"kop-logo-{id(self.logo):x}-{width:.2f}x{height:.2f}"
            drawn = canvas.__dict__.setdefault("_kop_forms", set())
            if name not in drawn:
                canvas.beginForm(name, 0, 0, width, height)
                canvas.drawImage(self.logo, 0, 0, width, height, mask="auto",
                                 preserveAspectRatio=True)
                canvas.endForm()
                drawn.add(name)
            canvas.saveState()
            canvas.translate(0, top - (self._body + height) / 2)
            canvas.doForm(name)
            canvas.restoreState()
        self._text.drawOn(canvas, self._side, top - (self._body + self._text_height) / 2)
        rule = top - self._body - 1.5 * mm
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.6)
        canvas.line(0, rule, self.width, rule)
        canvas.setLineWidth(0.5)
        canvas.line(0, rule - 2.9, self.width, rule - 2.9)


# --- signature blocks --------------------------------------------------------------------

def signatory_lines(sig: Signatory | None) -> tuple[str, str, str, str, bool]:
    """(position line, name, pangkat, NIP line, name is real) of a signature block; what
    is not set is left as a dotted line to be written by hand.  A signatory without a NIP
    that carries a ``nik`` (:class:`StaffSignatory`, non-ASN staff) shows the NIK."""
    if sig is None or sig.is_empty():
        return DOTS + ",", DOTS, DOTS, "NIP. " + DOTS, False
    position = sig.position.rstrip(",") + "," if sig.position else DOTS + ","
    nik = getattr(sig, "nik", "")
    if sig.nip:
        nip = f"NIP. {format_nip(sig.nip)}"
    else:
        nip = f"NIK. {nik}" if nik else "NIP. " + DOTS
    return position, sig.name or DOTS, sig.pangkat, nip, bool(sig.name)


@dataclass(frozen=True)
class StaffSignatory(Signatory):
    """A staff member signing a form as himself or herself (the NIK shows when there is
    no NIP)."""
    nik: str = ""


class Signatures(Flowable):
    """The signing area: the signatory at the right under the place and date, and, when
    set, the countersigning superior at the left under "Mengetahui,".  Both blocks put the
    space to sign and the names on the same lines.  It never splits over pages."""

    def __init__(self, right: Signatory | None, dated: str, left: Signatory | None,
                 styles: dict[str, TextStyle], acknowledged: str = "Mengetahui,",
                 sign_space: float = 16 * mm):
        super().__init__()
        self.right = right
        self.dated = dated
        self.left = left
        self.styles = styles
        self.acknowledged = acknowledged
        self.sign_space = sign_space

    def _block(self, first_line: str, sig: Signatory | None, width: float):
        normal = self.styles["sign"]
        position, name, pangkat, nip, real = signatory_lines(sig)
        head = wrap_text(first_line, normal, width) + wrap_text(position, normal, width)
        name_style = self.styles["sign-name"] if real else normal
        foot = [(line, name_style) for line in wrap_text(name, name_style, width)]
        if pangkat:
            foot += [(line, normal) for line in wrap_text(pangkat, normal, width)]
        foot += [(line, normal) for line in wrap_text(nip, normal, width)]
        return head, foot

    def wrap(self, availWidth, availHeight):
        block = min(95 * mm, availWidth * 0.45)
        normal = self.styles["sign"]
        blocks = [self._block(self.dated, self.right, block)]
        if self.left is not None and not self.left.is_empty():
            blocks.append(self._block(self.acknowledged, self.left, block))
        rows = max(len(head) for head, _foot in blocks)
        space = TextStyle(normal.font, normal.size, self.sign_space)
        self._lines = []
        for head, foot in blocks:
            items = [(line, normal) for line in head] + [("", normal)] * (rows - len(head))
            lines = Lines(items + [("", space)] + foot)
            lines.wrap(block, availHeight)
            self._lines.append(lines)
        self._block_width = block
        self.width = availWidth
        self.height = max(lines.height for lines in self._lines)
        return self.width, self.height

    def draw(self):
        right = self._lines[0]
        right.drawOn(self.canv, self.width - self._block_width, self.height - right.height)
        if len(self._lines) > 1:
            left = self._lines[1]
            left.drawOn(self.canv, 0, self.height - left.height)


# --- pagination --------------------------------------------------------------------------

def paginate(heights: list[float], first: float, later: float, head: float, tail: float,
             keep_with_tail: int = 3) -> list[tuple[int, int]]:
    """Split table rows of the given *heights* into pages, as (start, stop) index ranges.

    Every page holds the table *head* and its rows; the first page has *first* points for
    them, the others *later*.  The last page also holds the *tail* (totals, legend,
    signatures) with at least *keep_with_tail* rows above it, so that a signature never
    stands alone on a page.  A row taller than a page gets a page of its own."""
    n = len(heights)
    pages: list[tuple[int, int]] = []
    i, avail = 0, first
    while True:
        if head + sum(heights[i:]) + tail <= avail:
            pages.append((i, n))
            break
        j, used = i, head
        while j < n and used + heights[j] <= avail:
            used += heights[j]
            j += 1
        j = max(j, i + 1)  # a row taller than a page gets a page of its own
        if j >= n and n - i > 1:
            j = n - 1  # the rows fit, the tail does not: a row goes with the tail
        j = min(j, n)
        pages.append((i, j))
        if j == n:  # a single last row and the tail cannot share this page
            break
        i, avail = j, later
    if len(pages) > 1:
        a, (c, d) = pages[-2][0], pages[-1]
        want = min(keep_with_tail, d - a - 1)  # the page before keeps a row at least
        if d - c < want:
            pages[-2:] = [(a, d - want), (d - want, d)]
    return pages


# --- fast ruled tables ----------------------------------------------------------------------

GRID_PAD_X = 3.0  # left and right padding of a cell, as in Renderer.table
GRID_PAD_TOP = 1.5
GRID_PAD_BOTTOM = 2.5
GRID_SLACK = 1.0  # rounding in platypus' frame arithmetic

CellLines = tuple[tuple[str, TextStyle], ...]


@dataclass(frozen=True)
class GridRow:
    """A laid-out row of a :class:`Grid`: per column the lines of text (each with its
    style, whose ``align`` places it in the cell), the row's height and its fill."""
    cells: tuple[CellLines, ...]
    height: float
    fill: colors.Color | None = None


@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: a province's sheets repeat the same positions and notes
    thousands of times."""
    return stringWidth(text, font, size)


def _cell_lines(text: str, style: TextStyle, inner: float) -> list[tuple[str, TextStyle]]:
    out = []
    for part in text.split("\n"):
        if _width(part, style.font, style.size) <= inner:
            out.append((part, style))  # most cells fit: no word splitting
        else:
            out += [(line, style) for line in wrap_text(part, style, inner)]
    return out


def grid_row(cells: list, widths: list[float], style: TextStyle, *,
             fill: colors.Color | None = None, min_height: float = 0.0) -> GridRow:
    """Lay out a row of a :class:`Grid`.  Each cell is a text (wrapped to its column in
    *style*; a newline starts a line), a list of ``(text, TextStyle)`` lines (each wrapped
    in its own style, for a name over a NIP), or empty."""
    laid = []
    tallest = 0.0
    for cell, width in zip(cells, widths):
        inner = width - 2 * GRID_PAD_X
        if not cell:
            lines: list = []
        elif isinstance(cell, str):
            lines = _cell_lines(cell, style, inner)
        else:
            lines = [line for text, st in cell if text for line in _cell_lines(text, st, inner)]
        laid.append(tuple(lines))
        tallest = max(tallest, sum(st.line_height for _text, st in lines))
    return GridRow(tuple(laid), max(min_height, tallest + GRID_PAD_TOP + GRID_PAD_BOTTOM),
                   fill)


class Grid(Flowable):
    """A ruled table drawn straight on the canvas, for forms of hundreds of pages (a
    province prints some 500 attendance sheets a day): rows are laid out once
    (:func:`grid_row`), and the grid splits itself over pages with :func:`paginate`.

    *lead* flowables (a caption) stand above the header on the first page only and go to
    the next page with the first rows when these do not fit; the *header* rows repeat on
    every page; the *tail* flowables (totals, chart, signatures) stand under the last row,
    with at least *keep_with_tail* rows above them.  *page_height* is the height of a
    whole frame, where the rows continue."""

    def __init__(self, widths: list[float], header: list[GridRow], rows: list[GridRow], *,
                 page_height: float, lead: list[Flowable] = (), tail: list[Flowable] = (),
                 keep_with_tail: int = 3, line_width: float = 0.5):
        super().__init__()
        self.widths = list(widths)
        self.header = list(header)
        self.rows = list(rows)
        self.page_height = page_height
        self.lead = list(lead)
        self.tail = list(tail)
        self.keep_with_tail = keep_with_tail
        self.line_width = line_width
        self._sizes: dict = {}

    def _parts(self, availWidth, availHeight):
        key = (availWidth, availHeight)
        if key not in self._sizes:
            lead = [f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                    for f in self.lead]
            tail = [f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                    for f in self.tail]
            self._sizes = {key: (lead, tail)}
        return self._sizes[key]

    @property
    def head_height(self) -> float:
        return sum(r.height for r in self.header)

    def wrap(self, availWidth, availHeight):
        lead, tail = self._parts(availWidth, availHeight)
        self.width = sum(self.widths)
        self._lead_h, self._tail_h = sum(lead), sum(tail)
        self.height = (self._lead_h + self.head_height + sum(r.height for r in self.rows)
                       + self._tail_h)
        return self.width, self.height

    def _piece(self, rows, *, lead=(), tail=()) -> "Grid":
        return Grid(self.widths, self.header, rows, page_height=self.page_height, lead=lead,
                    tail=tail, keep_with_tail=self.keep_with_tail, line_width=self.line_width)

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        n = len(self.rows)
        if not n:
            return []
        heights = [r.height for r in self.rows]
        room = availHeight - self._lead_h - GRID_SLACK
        at_top = availHeight >= self.page_height - GRID_SLACK
        if not at_top and self.head_height + sum(heights[:2]) > room:
            return []  # not even the first rows fit under the caption: all to the next page
        pages = paginate(heights, room, self.page_height - GRID_SLACK, self.head_height,
                         self._tail_h, self.keep_with_tail)
        a, b = pages[0]
        if b >= n:  # the rows fit, the tail does not: it follows on its own
            return [self._piece(self.rows, lead=self.lead)] + self.tail
        # the rest starts a page: paginate() counted on that (keeping rows with the tail)
        return [self._piece(self.rows[a:b], lead=self.lead), PageBreak(),
                self._piece(self.rows[b:], tail=self.tail)]

    def draw(self):
        canvas = self.canv
        y = self.height
        for f in self.lead:
            _w, h = f.wrap(self.width, self.page_height)
            y -= f.getSpaceBefore()
            f.drawOn(canvas, 0, y - h)
            y -= h + f.getSpaceAfter()
        rows = self.header + self.rows
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for r in rows:
            ys.append(ys[-1] - r.height)
        canvas.saveState()
        for r, top, bottom in zip(rows, ys, ys[1:]):
            if r.fill is not None:
                canvas.setFillColor(r.fill)
                canvas.rect(0, bottom, xs[-1], top - bottom, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        font = color = None
        for r, top in zip(rows, ys):
            for cell, x0, x1 in zip(r.cells, xs, xs[1:]):
                if not cell:
                    continue
                content = sum(st.line_height for _t, st in cell)
                line_top = top - GRID_PAD_TOP - (r.height - GRID_PAD_TOP - GRID_PAD_BOTTOM
                                                 - content) / 2
                for line, st in cell:
                    lh = st.line_height
                    line_top -= lh
                    if not line:
                        continue
                    if (st.font, st.size) != font:
                        font = (st.font, st.size)
                        text.setFont(st.font, st.size)
                    if st.color is not color:
                        color = st.color
                        text.setFillColor(color)
                    if st.align == "left":
                        x = x0 + GRID_PAD_X
                    else:
                        width = _width(line, st.font, st.size)
                        x = (x0 + x1 - width) / 2 if st.align == "centre" \
                            else x1 - GRID_PAD_X - width
                    text.setTextOrigin(x, line_top + (lh - st.size) / 2 + 0.22 * st.size)
                    text.textLine(line)  # unlike textOut, no width: the next sets its origin
        canvas.drawText(text)
        if self.line_width > 0:  # 0: text laid out in columns, without rules
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(self.line_width)
            canvas.grid(xs, ys)
        canvas.restoreState()
        y = ys[-1]
        for f in self.tail:
            _w, h = f.wrap(self.width, self.page_height)
            y -= f.getSpaceBefore()
            f.drawOn(canvas, 0, y - h)
            y -= h + f.getSpaceAfter()


# --- the page ----------------------------------------------------------------------------

class FormCanvas(Canvas):
    """A canvas that keeps the pages until the end, so that every footer can say
    "Halaman x dari y"; it also draws the running head of a section's later pages."""

    def __init__(self, *args, renderer: "Renderer", **kwargs):
        super().__init__(*args, **kwargs)
        self._renderer = renderer
        self._saved_pages: list[dict] = []
        self._section: str | None = None
        self._section_page = 0

    def showPage(self):
        if self._section and self._section_page != self._pageNumber:
            self._renderer.draw_running_head(self, self._section)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._renderer.draw_footer(self, self._pageNumber, total)
            Canvas.showPage(self)
        self._renderer.page_count = total
        Canvas.save(self)


BASE_STYLES: dict[str, TextStyle] = {
    "kop-government": TextStyle(FONT_BOLD, 12, align="centre"),
    "kop-opd": TextStyle(FONT_BOLD, 15, align="centre"),
    "kop-address": TextStyle(FONT, 9, align="centre"),
    "title": TextStyle(FONT_BOLD, 12.5, align="centre"),
    "subtitle": TextStyle(FONT_BOLD, 10, align="centre"),
    "body": TextStyle(FONT, 9),
    "body-centre": TextStyle(FONT, 9.5, align="centre"),
    "small": TextStyle(FONT, 7.5),
    "table": TextStyle(FONT, 7.5, 8.8),
    "table-bold": TextStyle(FONT_BOLD, 7.5, 8.8),
    "table-head": TextStyle(FONT_BOLD, 7.5, 8.8, align="centre"),
    "sign": TextStyle(FONT, 9, align="centre"),
    "sign-name": TextStyle(FONT_BOLD, 9, align="centre", underline=True),
    "footer": TextStyle(FONT, 7, color=colors.Color(0.3, 0.3, 0.3)),
    "running-head": TextStyle(FONT_ITALIC, 7.5, color=colors.Color(0.3, 0.3, 0.3)),
}

BASE_TEXTS: dict[str, str] = {
    "page": "Halaman {page} dari {pages}",
    "printed": "Dicetak {date} pukul {time} dengan WFH Desktop {version}",
    "acknowledged": "Mengetahui,",
}

HEADER_FILL = colors.Color(0.85, 0.85, 0.85)


class Renderer(ABC):
    """One printed form.  Subclasses set the geometry and texts and build the story."""

    paper = "A4"
    orientation = "portrait"
    margin_left = 15 * mm
    margin_right = 15 * mm
    margin_top = 14 * mm
    margin_bottom = 14 * mm
    styles: dict[str, TextStyle] = BASE_STYLES
    texts: dict[str, str] = BASE_TEXTS
    title = ""  # the PDF's document title

    def __init__(self, *, paper: str | None = None, printed_at: dt.datetime | None = None):
        self.paper = (paper or type(self).paper).upper()
        self.pagesize = paper_size(self.paper, self.orientation)
        self.printed_at = printed_at or dt.datetime.now()
        self.page_count = 0

    # geometry
    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margin_top - self.margin_bottom

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The flowables of the whole document, from the renderer's plain data."""

    def render(self) -> bytes:
        register_fonts()
        out = io.BytesIO()
        doc = BaseDocTemplate(
            out, pagesize=self.pagesize, leftMargin=self.margin_left,
            rightMargin=self.margin_right, topMargin=self.margin_top,
            bottomMargin=self.margin_bottom, title=self.title, author="WFH Desktop",
            creator=f"WFH Desktop {__version__}", subject=self.title)
        frame = Frame(self.margin_left, self.margin_bottom, self.frame_width, self.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story(), canvasmaker=partial(FormCanvas, renderer=self))
        return out.getvalue()

    # shared pieces
    def kop(self, letterhead: Letterhead, fallback_name: str = "") -> Kop:
        return Kop(letterhead_lines(letterhead, fallback_name), self.styles,
                   self._logo(letterhead.logo_png))

    def _logo(self, data: bytes | None) -> ImageReader | None:
        cache = self.__dict__.setdefault("_logo_cache", {})
        key = data or b""
        if key not in cache:
            cache[key] = load_logo(data)
        return cache[key]

    def lines(self, *items: tuple[str, str]) -> Lines:
        """Lines from (style name, text) pairs."""
        return Lines([(text, self.styles[name]) for name, text in items])

    def place_date(self, city: str, day: dt.date) -> str:
        """``Banjarmasin, 26 Maret 2020``; without a city a dotted place to write in."""
        return place_date(city.strip() or DOTS[:20], day, lang="id")

    def signatures(self, signer: Signatory | None, dated: str,
                   countersign: Signatory | None = None) -> Signatures:
        return Signatures(signer, dated, countersign, self.styles,
                          acknowledged=self.texts["acknowledged"])

    def table(self, rows: list[list], col_widths: list[float], *, header_rows: int = 1,
              commands: list[tuple] = ()) -> Table:
        """A ruled table whose header rows repeat on every page it continues on."""
        body, head = self.styles["table"], self.styles["table-head"]
        style = [
            ("FONT", (0, 0), (-1, -1), body.font, body.size, body.line_height),
            ("FONT", (0, 0), (-1, header_rows - 1), head.font, head.size, head.line_height),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        table = Table(rows, colWidths=col_widths, repeatRows=header_rows)
        table.setStyle(TableStyle(style + list(commands)))
        return table

    def cell_text(self, text: str, width: float, style: str = "table") -> str:
        """Plain text wrapped for a table cell of *width* (with its padding): cheaper
        than a paragraph, and reportlab tables draw the line breaks."""
        return "\n".join(wrap_text(text, self.styles[style], width - 6))

    # page decorations
    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        style = self.styles["footer"]
        y = self.margin_bottom - 7 * mm
        canvas.saveState()
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(style.color)
        when = self.printed_at
        canvas.drawString(self.margin_left, y, self.texts["printed"].format(
            date=format_long_date(when.date(), lang="id"), time=f"{when:%H.%M}",
            version=__version__))
        canvas.drawRightString(self.pagesize[0] - self.margin_right, y,
                               self.texts["page"].format(page=page, pages=pages))
        canvas.restoreState()

    def draw_running_head(self, canvas: Canvas, label: str) -> None:
        style = self.styles["running-head"]
        canvas.saveState()
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(style.color)
        canvas.drawString(self.margin_left, self.pagesize[1] - self.margin_top + 3.5 * mm, label)
        canvas.restoreState()
