"""Attendance sheets for every unit of a province (40 OPDs, 200 units, 10,000 staff) for one
day, against plain reportlab canvas drawing of the same text with the same embedded font
(the raw limit), measured in the same run.

    python bench/attendance_sheets.py [--staff 10000] [--repeat 3] [--date 2020-04-01]

Ours is ``pdf.attendance_sheet.print_sheets``: reading the register, the roster and the
settings, laying out every unit's sheet (letterhead with the logo, tables continued over
pages, signatures, "Halaman x dari y") and writing the file.  The raw limit draws the very
strings of our pages (recorded from a render before the timing), each with its font and
size, at fixed positions with ``canvas.drawString``, one page for each of our pages, and
saves the file (the embedded font subsets included).  Both run after the fonts are
registered.

Target (DESIGN.md, Quality): at most 2x.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.pdfgen.textobject import PDFTextObject  # noqa: E402

from bench import province  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import scheduler, settings  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402
from wfh_desktop.paths import resource  # noqa: E402
from wfh_desktop.pdf import attendance_sheet as sheets  # noqa: E402
from wfh_desktop.pdf.base import paper_size, register_fonts  # noqa: E402

PRINTED = dt.datetime(2020, 3, 31, 15, 0)


def record_strings(db, day: dt.date) -> list[list[tuple[str, float, str]]]:
    """The (font, size, text) drawn on each page of our sheets, in drawing order."""
    pages: dict[int, list] = defaultdict(list)
    originals = {}

    def wrap(cls, name, get):
        original = getattr(cls, name)
        originals[(cls, name)] = original

        def recorder(self, *args, **kwargs):
            canvas, font, size, text = get(self, *args)
            pages[canvas.getPageNumber()].append((font, size, text))
            return original(self, *args, **kwargs)

        setattr(cls, name, recorder)

    # every string reaches the page through a text object (drawString included)
    for name in ("textOut", "textLine"):
        wrap(PDFTextObject, name, lambda o, text="": (o._canvas, o._fontname, o._fontsize, text))
    try:
        sheets.render_sheets(db, day, printed_at=PRINTED)
    finally:
        for (cls, name), original in originals.items():
            setattr(cls, name, original)
    return [pages[n] for n in sorted(pages)]


def plain_canvas(path: Path, pages: list[list[tuple[str, float, str]]]) -> float:
    """Draw the recorded strings with drawString at fixed positions, one page each."""
    width, height = paper_size("A4")
    left, top, bottom = 15 * mm, height - 15 * mm, 15 * mm
    start = time.perf_counter()
    canvas = Canvas(str(path), pagesize=(width, height))
    for strings in pages:
        x, y = left, top
        current = None
        for font, size, text in strings:
            if (font, size) != current:
                canvas.setFont(font, size)
                current = (font, size)
            canvas.drawString(x, y, text)
            y -= 9
            if y < bottom:
                x, y = x + 60 * mm, top
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--staff", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2020, 4, 1))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "province.sqlite3")
        province.build(db, staff=args.staff)
        p = pol.save_policy(db, pol.parse_policy(province.POLICY)).policy
        scheduler.generate(db, p)
        settings.save_letterhead(db, settings.Letterhead(
            government="PEMERINTAH PROVINSI KALIMANTAN SELATAN",
            address="Jl. Jenderal Sudirman No. 9, Banjarmasin 70114", phone="(0511) 3350123",
            email="bkd@kalselprov.go.id", city="Banjarmasin",
            logo_png=settings.read_logo(resource("logo", "logo-contoh.png"))))
        register_fonts()
        strings = record_strings(db, args.date)
        ours, raw, pages = [], [], 0
        for i in range(args.repeat):
            start = time.perf_counter()
            pages = sheets.print_sheets(db, Path(tmp) / f"hadir{i}.pdf", args.date,
                                        printed_at=PRINTED)
            ours.append(time.perf_counter() - start)
            raw.append(plain_canvas(Path(tmp) / f"raw{i}.pdf", strings))
        start = time.perf_counter()
        document = sheets.sheet_document(db, args.date)
        read = time.perf_counter() - start
        units = len(document.sections)
        db.conn.close()
    assert pages == len(strings), (pages, len(strings))
    o, r = statistics.median(ours), statistics.median(raw)
    count = sum(len(s) for s in strings)
    print(f"attendance sheets of {args.date}: {pages} pages, {units} units, {args.staff} staff, "
          f"{count} strings")
    print(f"print_sheets (read, lay out, write): {o:.3f} s, {pages / o:.0f} pages/s "
          f"(median of {args.repeat}; reading the data alone {read:.3f} s)")
    print(f"plain canvas drawString of the same strings, same font: {r:.3f} s, "
          f"{pages / r:.0f} pages/s")
    print(f"ratio: {o / r:.2f}x (target <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
