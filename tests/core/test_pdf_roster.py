"""The printed roster ("JADWAL KERJA PEGAWAI"): the data it is built from, and the PDF read
back with pdfplumber."""
import datetime as dt
import io
import subprocess
import sys

import pdfplumber
import pytest

from wfh_desktop import ids, scheduler, settings
from wfh_desktop import policy as pol
from wfh_desktop.explain import find_staff
from wfh_desktop.paths import resource
from wfh_desktop.pdf import roster as pdf_roster
from wfh_desktop.pdf.base import PaperError, paginate
from wfh_desktop.settings import Letterhead, Signatory

from .scenario import Org, policy, roster

SE = """
number = "065/0312/ORG"
title = "Penyesuaian sistem kerja ASN dalam upaya pencegahan penyebaran COVID-19"
issuer = "Sekretaris Daerah Provinsi Kalimantan Selatan"
signed_on = 2020-03-23
valid_from = 2020-03-23
valid_to = 2020-04-03
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25]

[rules]
always_office_top_levels = 2
max_office_share = 0.50
rotation = "weekly"
home_if_age_at_least = 50
"""

KOP = Letterhead(
    government="Pemerintah Provinsi Kalimantan Selatan",
    opd_name="Badan Kepegawaian Daerah",
    address="Jl. Jenderal Sudirman No. 14 Banjarmasin 70114",
    phone="(0511) 3350321", email="bkd@kalselprov.go.id", city="Banjarmasin",
)
HEAD = Signatory("head", "Kepala Badan Kepegawaian Daerah", "Dr. H. Ahmad Fauzi, M.Si.",
                 "Pembina Utama Muda (IV/c)", "197106012000031001")
COUNTERSIGN = Signatory("countersign", "Sekretaris Daerah Provinsi Kalimantan Selatan",
                        "Drs. H. Abdul Haris, M.M.", "Pembina Utama (IV/e)",
                        "196502031990031002")

MON, TUE, WED, THU, FRI = (dt.date(2020, 3, d) for d in (23, 24, 25, 26, 27))
PRINTED = dt.datetime(2020, 3, 20, 14, 5)  # the Friday before the first week


def build(db, *, kop=KOP, head=HEAD, countersign=None):
    org = Org(db).unit("BKD", "Badan Kepegawaian Daerah", type="badan") \
        .unit("BKD-MUT", "Bidang Mutasi dan Promosi", parent="BKD", type="badan")
    org.person("Dr. H. Ahmad Fauzi, M.Si.", "BKD", "jpt", "II.a", age=48)
    org.person("Hj. Siti Rahmah, S.E., M.Si.", "BKD", "administrator", "III.a", age=45,
               sex="P")
    org.person("Budi Santoso", "BKD", age=52)  # at home by age
    org.person("Andi Pratama, S.Kom.", "BKD", age=30)  # annual leave on Thursday/Friday
    for i, name in enumerate(["Nurul Hidayah, A.Md.", "Muhammad Ma'ruf", "Rina Wati",
                              "Yusuf Ramadhan"]):
        org.person(name, "BKD", age=28 + i, sex="P" if i % 2 == 0 else "L")
    org.person("Ir. Bambang Sutejo, M.T.", "BKD-MUT", "administrator", "III.b", age=44)
    org.person("Dewi Lestari, S.Sos.", "BKD-MUT", "pengawas", "IV.a", age=38, sex="P")
    org.person("Agus Salim", "BKD-MUT", age=33)
    org.person("Fitri Handayani", "BKD-MUT", age=29, sex="P")
    org.build()
    p = policy(db, SE)
    andi = find_staff(db, nip_of(org, "Andi Pratama, S.Kom."))
    pol.add_absence(db, andi["id"], "CT", THU, FRI)
    scheduler.generate(db, p)
    if kop is not None:
        settings.save_letterhead(db, kop)
    if head is not None:
        settings.save_signatory(db, head)
    if countersign is not None:
        settings.save_signatory(db, countersign)
    return org


def nip_of(org, name):
    return next(s["nip"] for s in org.staff if s["nama"] == name)


def render(db, **kw):
    kw.setdefault("printed_at", PRINTED)
    data, pages = pdf_roster.render_schedule(db, kw.pop("start", MON),
                                             kw.pop("end", dt.date(2020, 4, 3)), **kw)
    pdf = pdfplumber.open(io.BytesIO(data))
    assert len(pdf.pages) == pages
    return pdf


def page_texts(pdf):
    return [p.extract_text() for p in pdf.pages]


def cell_table(page):
    """The roster table of a page as {name: [day cells]} plus the header row."""
    table = page.extract_table()
    header, rows = table[0], table[1:]
    by_name = {}
    for row in rows:
        if row[0] and row[0].isdigit():
            by_name[row[1].split("\n")[0]] = row[3:]
    return header, by_name, rows


# --- the data --------------------------------------------------------------------------

def test_document_data_follows_the_roster(database):
    org = build(database)
    doc = pdf_roster.roster_document(database, MON, dt.date(2020, 4, 3),
                                     printed_on=PRINTED.date())
    # units in tree order, then weeks; the holiday is no column
    assert [(s.unit_code, s.week, s.days[0]) for s in doc.sections] == [
        ("BKD", 1, MON), ("BKD", 2, dt.date(2020, 3, 30)),
        ("BKD-MUT", 1, MON), ("BKD-MUT", 2, dt.date(2020, 3, 30))]
    first = doc.sections[0]
    assert first.days == [MON, TUE, THU, FRI]
    assert first.holidays == [(WED, "")]
    assert first.policies == ["065/0312/ORG"]
    assert first.unit_name == "Badan Kepegawaian Daerah"
    # head first (by level), then the others
    assert first.rows[0].name == "Dr. H. Ahmad Fauzi, M.Si."
    assert first.rows[0].ident == "NIP. " + ids.format_nip(nip_of(org, first.rows[0].name))
    stored = roster(database)
    for section in doc.sections:
        for row in section.rows:
            for day, mark in zip(section.days, row.marks):
                mode, rule, pinned, _breach = stored[row.name][day.isoformat()]
                expected = rule.split(":")[1] if mode == "OFF" else mode
                assert mark.code == expected and mark.pinned == bool(pinned)
        for i, total in enumerate(section.totals):
            marks = [row.marks[i].code for row in section.rows]
            assert total.office == marks.count("WFO") and total.home == marks.count("WFH")
            assert total.cap == len(section.rows) // 2  # 50 % of a unit rotating alone
    andi = next(r for r in first.rows if r.name == "Andi Pratama, S.Kom.")
    assert [m.text for m in andi.marks][2:] == ["CT", "CT"]
    budi = next(r for r in first.rows if r.name == "Budi Santoso")
    assert [m.text for m in budi.marks] == ["WFH"] * 4
    # signed on the print date, which is before the week
    assert {s.sign_date for s in doc.sections} == {PRINTED.date()}


def test_a_reprint_is_signed_on_the_first_day_of_its_week(database):
    build(database)
    doc = pdf_roster.roster_document(database, MON, dt.date(2020, 4, 3),
                                     printed_on=dt.date(2026, 1, 5))
    assert [s.sign_date for s in doc.sections] == [MON, dt.date(2020, 3, 30)] * 2


# --- the PDF ---------------------------------------------------------------------------

def test_roster_pdf_reads_back(database):
    org = build(database)
    settings.save_letterhead(database, Letterhead(
        **{**KOP.__dict__, "logo_png": settings.read_logo(resource("logo", "logo-contoh.png"))}))
    pdf = render(database)
    texts = page_texts(pdf)
    first = texts[0]
    for line in ("PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN KEPEGAWAIAN DAERAH",
                 "Jl. Jenderal Sudirman No. 14 Banjarmasin 70114",
                 "Telp. (0511) 3350321 Email: bkd@kalselprov.go.id",
                 "JADWAL KERJA PEGAWAI (WFO/WFH)",
                 "Unit Kerja: Badan Kepegawaian Daerah (BKD)",
                 "Minggu ke-1: Senin, 23 Maret 2020 s.d. Jumat, 27 Maret 2020",
                 "Berdasarkan Surat Edaran Nomor 065/0312/ORG",
                 "Hari libur: Rabu, 25 Maret 2020",
                 "Banjarmasin, 20 Maret 2020", "Kepala Badan Kepegawaian Daerah,",
                 "Dr. H. Ahmad Fauzi, M.Si.", "Pembina Utama Muda (IV/c)",
                 "NIP. 19710601 200003 1 001",
                 "Dicetak 20 Maret 2020 pukul 14.05",
                 f"Halaman 1 dari {len(pdf.pages)}"):
        assert line in first, line
    assert "Minggu ke-2: Senin, 30 Maret 2020 s.d. Jumat, 3 April 2020" in texts[1]
    assert "Unit Kerja: Bidang Mutasi dan Promosi (BKD-MUT)" in texts[2]
    assert f"Halaman {len(pdf.pages)} dari {len(pdf.pages)}" in texts[-1]
    # every staff member of the unit with the NIP as printed
    for person in org.staff:
        page = texts[0] if person["unit"] == "BKD" else texts[2]
        assert person["nama"] in page
        assert ids.format_nip(person["nip"]) in page
    # the logo, and only the embedded font
    assert len(pdf.pages[0].images) == 1
    fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert fonts and all("DejaVuSansCondensed" in f for f in fonts), fonts
    assert any(f.endswith("-Bold") for f in fonts)


def test_every_cell_matches_the_roster(database):
    org = build(database)
    rina = find_staff(database, nip_of(org, "Rina Wati"))
    scheduler.pin(database, rina["id"], TUE, "WFH")
    pdf = render(database)
    stored = roster(database)
    header, cells, rows = cell_table(pdf.pages[0])
    assert header[:3] == ["No", "Nama / NIP", "Jabatan"]
    assert header[3:] == ["Senin\n23 Maret", "Selasa\n24 Maret", "Kamis\n26 Maret",
                          "Jumat\n27 Maret"]
    days = [MON, TUE, THU, FRI]
    assert len(cells) == 8
    for name, marks in cells.items():
        expected = []
        for day in days:
            mode, rule, pinned, breach = stored[name][day.isoformat()]
            text = rule.split(":")[1] if mode == "OFF" else mode
            expected.append(text + ("*" if pinned else "") + ("!" if breach else ""))
        assert marks == expected, name
    # a few cells precisely
    assert cells["Dr. H. Ahmad Fauzi, M.Si."] == ["WFO"] * 4  # top level
    assert cells["Budi Santoso"] == ["WFH"] * 4  # age 52
    assert cells["Andi Pratama, S.Kom."][2:] == ["CT", "CT"]  # leave
    assert cells["Rina Wati"][1].startswith("WFH*")  # set by hand
    # the day totals: on site against the cap of the unit (50 % of 8)
    totals = next(r for r in rows if r[0] == "Di kantor (WFO)")
    for i, day in enumerate(days):
        office = sum(1 for marks in cells.values() if marks[i].startswith("WFO"))
        assert totals[3 + i] == f"{office} / maks. 4"
    home = next(r for r in rows if r[0] == "Bekerja dari rumah (WFH)")
    assert home[3] == str(sum(1 for m in cells.values() if m[0].startswith("WFH")))
    legend = page_texts(pdf)[0]
    assert "WFO = bekerja di kantor" in legend and "CT = cuti tahunan" in legend
    assert "* = ditetapkan manual" in legend


@pytest.mark.parametrize("paper, size_mm", [("A4", (297, 210)), ("F4", (330, 215)),
                                            ("f4", (330, 215))])
def test_paper_sizes_landscape(database, paper, size_mm):
    build(database)
    pdf = render(database, paper=paper, unit_code="BKD-MUT")
    for page in pdf.pages:
        assert page.width == pytest.approx(size_mm[0] * 72 / 25.4, abs=0.01)
        assert page.height == pytest.approx(size_mm[1] * 72 / 25.4, abs=0.01)


def test_unit_scope_and_refusals(database, tmp_path):
    build(database)
    texts = page_texts(render(database, unit_code="bkd-mut"))
    assert len(texts) == 2 and all("(BKD-MUT)" in t for t in texts)
    assert not any("Budi Santoso" in t for t in texts)

    out = tmp_path / "jadwal.pdf"
    with pytest.raises(KeyError):
        pdf_roster.print_schedule(database, out, MON, FRI, "NOPE")
    with pytest.raises(pdf_roster.NothingToPrint) as exc:
        pdf_roster.print_schedule(database, out, dt.date(2020, 5, 1), dt.date(2020, 5, 31))
    assert "2020-05-01" in str(exc.value)
    with pytest.raises(PaperError):
        pdf_roster.print_schedule(database, out, MON, FRI, paper="Letter")
    with pytest.raises(ValueError):
        pdf_roster.print_schedule(database, out, FRI, MON)
    assert not out.exists()
    pages = pdf_roster.print_schedule(database, out, MON, FRI, printed_at=PRINTED)
    assert pages == 2 and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))


def test_without_settings_the_kop_names_the_opd_and_the_signature_is_left_blank(database):
    build(database, kop=None, head=None)
    text = page_texts(render(database, unit_code="BKD-MUT"))[0]
    lines = text.splitlines()
    assert lines[0] == "BADAN KEPEGAWAIAN DAERAH"  # the top unit of the register
    assert "PEMERINTAH" not in text and "Telp." not in text
    assert "NIP. ......" in text and "Mengetahui" not in text
    assert "...., 20 Maret 2020\n" in text  # no city: a place to write in


def jpeg_bytes() -> bytes:
    from PIL import Image  # reportlab's own dependency

    out = io.BytesIO()
    Image.new("RGB", (60, 80), (20, 60, 120)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("logo, images", [
    (jpeg_bytes(), 1),
    (settings.PNG_MAGIC + b"not really a picture", 0),  # damaged: the kop goes without it
    (resource("logo", "logo-contoh.png").read_bytes()[:400], 0),  # truncated
])
def test_jpeg_and_damaged_logos(database, logo, images):
    build(database)
    settings.save_letterhead(database, Letterhead(**{**KOP.__dict__, "logo_png": logo}))
    pdf = render(database, unit_code="BKD-MUT", end=FRI)
    assert len(pdf.pages[0].images) == images
    assert "BADAN KEPEGAWAIAN DAERAH" in pdf.pages[0].extract_text()


def test_countersign_block(database):
    build(database, countersign=COUNTERSIGN)
    text = page_texts(render(database, unit_code="BKD-MUT"))[0]
    assert "Mengetahui," in text
    assert "Drs. H. Abdul Haris, M.M." in text and "NIP. 19650203 199003 1 002" in text
    assert "Sekretaris Daerah Provinsi Kalimantan Selatan," in text


def test_a_long_unit_continues_with_the_header_and_keeps_rows_with_the_signature(database):
    org = Org(database).unit("DINKES", "Dinas Kesehatan", type="dinas")
    org.person("dr. Kepala Dinas, M.Kes.", "DINKES", "jpt", "II.a", age=47)
    for i in range(44):
        org.person(f"Pegawai Nomor {i + 1:02d}", "DINKES", age=25 + i % 20)
    org.build()
    scheduler.generate(database, policy(database, SE))
    settings.save_signatory(database, HEAD)
    pdf = render(database, end=FRI)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    names = []
    for n, (page, text) in enumerate(zip(pdf.pages, texts), start=1):
        header, cells, _rows = cell_table(page)
        assert header[1] == "Nama / NIP"  # the header repeats
        names += list(cells)
        assert f"Halaman {n} dari {len(texts)}" in text
        if n > 1:
            assert "Dinas Kesehatan (DINKES) \u2013 Minggu ke-1 (lanjutan)" in text
            assert "JADWAL KERJA PEGAWAI (WFO/WFH)\nUnit Kerja" not in text  # no second kop
    assert len(names) == 45 and len(set(names)) == 45
    last_header, last_cells, _ = cell_table(pdf.pages[-1])
    assert len(last_cells) >= 3 and "Dr. H. Ahmad Fauzi, M.Si." in texts[-1]
    assert not any("Dr. H. Ahmad Fauzi, M.Si." in t for t in texts[:-1])


def test_multiple_policies_in_one_week_are_named(database):
    build(database)
    later = policy(database, SE.replace('"065/0312/ORG"', '"065/0400/ORG"')
                   .replace("valid_from = 2020-03-23", "valid_from = 2020-03-26")
                   .replace("valid_to = 2020-04-03", "valid_to = 2020-03-27"))
    scheduler.generate(database, later)
    text = page_texts(render(database, end=FRI, unit_code="BKD"))[0]
    assert "Berdasarkan Surat Edaran Nomor 065/0312/ORG dan 065/0400/ORG" in text


# --- pieces ----------------------------------------------------------------------------

def test_paginate_keeps_rows_with_the_tail():
    # everything fits on the first page
    assert paginate([20] * 5, 400, 500, 20, 200) == [(0, 5)]
    # the rows fit but the signatures do not: three rows go with them
    assert paginate([20] * 10, 360, 500, 20, 200) == [(0, 7), (7, 10)]
    # one row would be left alone with the signatures: the page before gives up two
    assert paginate([20] * 19, 360, 500, 20, 200) == [(0, 16), (16, 19)]
    pages = paginate([20] * 60, 360, 500, 20, 200)
    assert pages[0] == (0, 17) and pages[-1][1] == 60 and pages[-1][1] - pages[-1][0] >= 3
    assert all(b == c for (_a, b), (c, _d) in zip(pages, pages[1:]))
    # a row taller than a page gets one of its own
    assert paginate([600, 20], 360, 500, 20, 200) == [(0, 1), (1, 2)]


def test_importing_the_core_does_not_load_reportlab():
    code = ("import sys, wfh_desktop.roster, wfh_desktop.cli, wfh_desktop.settings; "
            "assert 'reportlab' not in sys.modules, 'reportlab imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
