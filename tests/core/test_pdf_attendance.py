"""The printed attendance forms: the daily sheet ("DAFTAR HADIR PEGAWAI"), the blank monthly
sheet of one person, and the monthly recap PDF; the data they are built from, and the PDFs
read back with pdfplumber."""
import datetime as dt
import io

import pdfplumber
import pytest

from wfh_desktop import attendance as att
from wfh_desktop import i18n, ids, register, scheduler, settings
from wfh_desktop import policy as pol
from wfh_desktop import recap as rec
from wfh_desktop.explain import find_staff
from wfh_desktop.pdf import attendance_sheet as sheets
from wfh_desktop.pdf import recap as pdf_recap
from wfh_desktop.pdf.base import PaperError
from wfh_desktop.pdf.roster import NothingToPrint
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
PRINTED = dt.datetime(2020, 3, 25, 14, 5)
MM = 72 / 25.4
HOME_NOTE = "WFH \u2014 lapor via WhatsApp / video call"


def build(db, *, generate=True, kop=KOP, head=HEAD, countersign=None):
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
    if generate:
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


def open_pdf(data: bytes, pages: int):
    pdf = pdfplumber.open(io.BytesIO(data))
    assert len(pdf.pages) == pages
    return pdf


def sheet_pdf(db, day=THU, **kw):
    kw.setdefault("printed_at", PRINTED)
    return open_pdf(*sheets.render_sheets(db, day, **kw))


def texts(pdf):
    return [p.extract_text() for p in pdf.pages]


def tables(page):
    """The tables of a page by kind: "sign" (8 columns), "list" (4 columns: WFH, then not
    scheduled) as lists of rows."""
    out = {"sign": [], "list": []}
    for table in page.extract_tables():
        out["sign" if len(table[0]) == 8 else "list"].append(table)
    return out


def people(rows):
    """{name: (ident line, jabatan, keterangan)} of the staff rows of a table."""
    out = {}
    for row in rows:
        if row[0] and row[0].isdigit():
            name, *ident = row[1].split("\n")
            out[name] = (ident[0] if ident else "", row[2] or "", row[-1] or "")
    return out


# --- the daily sheet: data ---------------------------------------------------------------

def test_sections_follow_the_roster_in_the_order_of_the_day_sheet(database):
    org = build(database)
    doc = sheets.sheet_document(database, THU)
    assert [s.unit_code for s in doc.sections] == ["BKD", "BKD-MUT"]
    stored = roster(database)
    for section in doc.sections:
        assert section.policy == "065/0312/ORG" and section.has_roster
        assert section.hours == "Jam kerja: 07.30 s.d. 16.00 (istirahat 12.00 s.d. 13.00)"
        day = att.day_sheet(database, section.unit_code, THU)
        by_mode = {mode: [r.name for r in day.rows if r.roster_mode == mode]
                   for mode in ("WFO", "WFH", "OFF")}
        assert [p.name for p in section.office] == by_mode["WFO"]
        assert [p.name for p in section.home] == by_mode["WFH"]
        assert [p.name for p in section.off] == by_mode["OFF"]
        for p in section.office + section.home + section.off:
            assert p.ident == "NIP. " + ids.format_nip(nip_of(org, p.name))
            mode = stored[p.name][THU.isoformat()][0]
            assert mode == ("WFO" if p in section.office else "WFH" if p in section.home
                            else "OFF")
        assert all(p.note == HOME_NOTE for p in section.home)
        assert all(p.note == "" for p in section.office)
    bkd = doc.sections[0]
    assert bkd.office[0].name == "Dr. H. Ahmad Fauzi, M.Si."  # the head first
    assert "Budi Santoso" in [p.name for p in bkd.home]  # age 52
    assert [(p.name, p.note) for p in bkd.off] == [("Andi Pratama, S.Kom.",
                                                    "CT \u2014 Cuti tahunan")]
    # the OPD is signed for by the head of the settings, a sub-unit by its own head
    assert bkd.signer == HEAD
    mut = doc.sections[1].signer
    assert (mut.name, mut.position, mut.nip) == (
        "Ir. Bambang Sutejo, M.T.", "Kepala Bidang Mutasi dan Promosi",
        nip_of(org, "Ir. Bambang Sutejo, M.T."))


def test_who_signs_for_a_unit(database):
    org = Org(database).unit("DINAS", "Dinas Kesehatan") \
        .unit("DINAS-SEK", "Sekretariat", parent="DINAS", type="sekretariat") \
        .unit("DINAS-UM", "Subbagian Umum", parent="DINAS-SEK", type="sekretariat") \
        .unit("PKM", "Puskesmas Pekauman", parent="DINAS", type="puskesmas")
    org.person("dr. Kepala Dinas", "DINAS", "jpt", "II.a", age=49)
    org.person("Sekretaris Dinas", "DINAS-SEK", "administrator", "III.a", age=45)
    org.person("Pengawas Kedua", "DINAS-SEK", "pengawas", "IV.a", age=40)
    org.person("Staf Umum", "DINAS-UM", age=30)
    org.person("Perawat Puskesmas", "PKM", "fungsional", age=30)
    org.build()
    heads = sheets.UnitHeads(database)
    unit_id = {u["code"]: u["id"] for u in register.list_units(database)}
    # no settings: the highest structural staff member; a unit without one: the unit above
    assert heads.of(unit_id["DINAS"]).name == "dr. Kepala Dinas"
    assert heads.of(unit_id["DINAS-SEK"]).name == "Sekretaris Dinas"
    assert heads.of(unit_id["DINAS-UM"]).name == "Sekretaris Dinas"
    assert heads.of(unit_id["PKM"]).name == "dr. Kepala Dinas"
    assert heads.above(unit_id["DINAS-UM"], heads.of(unit_id["DINAS-UM"])).name == \
        "dr. Kepala Dinas"
    assert heads.above(unit_id["DINAS"], heads.of(unit_id["DINAS"])) is None
    # the head of the settings signs for the top unit and for the unit he belongs to
    sek_nip = nip_of(org, "Sekretaris Dinas")
    settings.save_signatory(database, Signatory("head", "Sekretaris Dinas Kesehatan",
                                                "Sekretaris Dinas", "Pembina (IV/a)", sek_nip))
    settings.save_signatory(database, COUNTERSIGN)
    heads = sheets.UnitHeads(database)
    assert heads.of(unit_id["DINAS"]).position == "Sekretaris Dinas Kesehatan"
    assert heads.of(unit_id["DINAS-SEK"]).pangkat == "Pembina (IV/a)"
    assert heads.above(unit_id["DINAS"], heads.of(unit_id["DINAS"])) == COUNTERSIGN


# --- the daily sheet: the PDF ------------------------------------------------------------

def test_daily_sheet_reads_back(database):
    org = build(database)
    pdf = sheet_pdf(database)
    pages = texts(pdf)
    assert len(pages) == 2  # one page per unit
    first = pages[0]
    for line in ("PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN KEPEGAWAIAN DAERAH",
                 "DAFTAR HADIR PEGAWAI", "Unit Kerja: Badan Kepegawaian Daerah (BKD)",
                 "Hari/Tanggal: Kamis, 26 Maret 2020",
                 "Berdasarkan Surat Edaran Nomor 065/0312/ORG",
                 "Jam kerja: 07.30 s.d. 16.00 (istirahat 12.00 s.d. 13.00)",
                 "Banjarmasin, 26 Maret 2020", "Kepala Badan Kepegawaian Daerah,",
                 "Dr. H. Ahmad Fauzi, M.Si.", "NIP. 19710601 200003 1 001",
                 "Dicetak 25 Maret 2020 pukul 14.05", "Halaman 1 dari 2"):
        assert line in first, line
    assert "Jadwal WFO/WFH belum dibuat" not in first
    assert "Unit Kerja: Bidang Mutasi dan Promosi (BKD-MUT)" in pages[1]
    assert "Ir. Bambang Sutejo, M.T." in pages[1].split("Banjarmasin, 26 Maret 2020")[1]
    assert "Halaman 2 dari 2" in pages[1]

    stored = roster(database)
    for page, unit in zip(pdf.pages, ("BKD", "BKD-MUT")):
        found = tables(page)
        (sign,) = found["sign"]
        assert sign[0] == ["No", "Nama / NIP", "Jabatan", "Jam\nDatang", "Tanda Tangan",
                           "Jam\nPulang", "Tanda Tangan", "Keterangan"]
        assert sign[1] == [f"({n})" for n in range(1, 9)]
        office = people(sign)
        home = people(found["list"][0])
        off = people(found["list"][1]) if len(found["list"]) > 1 else {}
        assert found["list"][0][0] == ["No", "Nama / NIP", "Jabatan", "Keterangan"]
        expected = {mode: {s["nama"] for s in org.staff if s["unit"] == unit
                           and stored[s["nama"]][THU.isoformat()][0] == mode}
                    for mode in ("WFO", "WFH", "OFF")}
        assert set(office) == expected["WFO"] and set(home) == expected["WFH"]
        assert set(off) == expected["OFF"]
        for name, (ident, _position, note) in {**office, **home, **off}.items():
            assert ident == "NIP. " + ids.format_nip(nip_of(org, name)), name
        assert all(note == HOME_NOTE for _i, _p, note in home.values())
        assert all(note == "" for _i, _p, note in office.values())
        # numbered rows, and the signing places numbered zig-zag
        numbers = [row[0] for row in sign[2:]]
        assert numbers == [str(n) for n in range(1, len(office) + 1)]
        assert [row[4] for row in sign[2:]] == [f"{n}." for n in range(1, len(office) + 1)]
    assert people(tables(pdf.pages[0])["list"][1]) == {
        "Andi Pratama, S.Kom.": ("NIP. " + ids.format_nip(nip_of(org, "Andi Pratama, S.Kom.")),
                                 "", "CT \u2014 Cuti tahunan")}
    fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert fonts and all("DejaVuSansCondensed" in f for f in fonts), fonts


@pytest.mark.parametrize("paper, landscape, size_mm", [
    ("A4", False, (210, 297)), ("F4", False, (215, 330)), ("a4", True, (297, 210)),
    ("F4", True, (330, 215))])
def test_paper_sizes_and_orientation(database, paper, landscape, size_mm):
    build(database)
    pdf = sheet_pdf(database, unit_code="BKD-MUT", paper=paper, landscape=landscape)
    for page in pdf.pages:
        assert page.width == pytest.approx(size_mm[0] * MM, abs=0.01)
        assert page.height == pytest.approx(size_mm[1] * MM, abs=0.01)
        assert "Bidang Mutasi dan Promosi (BKD-MUT)" in page.extract_text()
    # the tables span the width between the margins whatever the paper
    for table in pdf.pages[0].find_tables():
        x0, _top, x1, _bottom = table.bbox
        assert x1 - x0 == pytest.approx((size_mm[0] - 30) * MM, abs=1)


def test_a_long_unit_continues_with_the_header_and_keeps_rows_with_the_signature(database):
    org = Org(database).unit("DINKES", "Dinas Kesehatan", type="dinas")
    org.person("dr. Kepala Dinas, M.Kes.", "DINKES", "jpt", "II.a", age=47)
    for i in range(44):
        org.person(f"Pegawai Nomor {i + 1:02d}", "DINKES", age=25 + i % 30)
    org.build()
    scheduler.generate(database, policy(database, SE))
    settings.save_signatory(database, HEAD)
    pdf = sheet_pdf(database, day=TUE)
    pages = texts(pdf)
    assert len(pages) >= 2
    listed = []
    for n, (page, text) in enumerate(zip(pdf.pages, pages), start=1):
        found = tables(page)
        assert found["sign"] or found["list"]
        for table in found["sign"] + found["list"]:
            assert table[0][:3] == ["No", "Nama / NIP", "Jabatan"]  # the header repeats
            listed += list(people(table))
        assert f"Halaman {n} dari {len(pages)}" in text
        if n > 1:
            assert "DAFTAR HADIR PEGAWAI \u2013 Dinas Kesehatan (DINKES) \u2013 Selasa, " \
                   "24 Maret 2020 (lanjutan)" in text
            assert "Unit Kerja:" not in text  # no second kop and heading
    assert len(listed) == 45 and len(set(listed)) == 45
    # the signature only on the last page, under at least three rows
    assert all("Dr. H. Ahmad Fauzi, M.Si." not in t for t in pages[:-1])
    last = tables(pdf.pages[-1])
    assert "Dr. H. Ahmad Fauzi, M.Si." in pages[-1]
    assert sum(len(people(t)) for t in last["sign"] + last["list"]) >= 3
    stored = roster(database)
    office = [n for n in listed if stored[n][TUE.isoformat()][0] == "WFO"]
    assert 0 < len(office) < 45


def test_every_unit_size_breaks_into_whole_pages(tmp_path):
    """Whatever the length of the table, a page holds one piece of it, and the signature
    stands under at least three rows (also when the rows would fit without it)."""
    from wfh_desktop.database import open_database

    for n in range(18, 36):
        db = open_database(tmp_path / f"n{n}.sqlite3")
        org = Org(db).unit("UPTD", "UPT Laboratorium")
        for i in range(n):
            org.person(f"Analis {i + 1:02d}", "UPTD", age=25 + i % 20)
        org.build()
        settings.save_signatory(db, HEAD)
        pdf = sheet_pdf(db, day=dt.date(2020, 3, 20))  # no roster: one signing table
        listed = []
        for page in pdf.pages:
            found = tables(page)
            assert len(found["sign"]) == 1 and not found["list"], n
            listed.append(list(people(found["sign"][0])))
        assert sum(listed, []) == [f"Analis {i + 1:02d}" for i in range(n)]
        pages = texts(pdf)
        assert "Dr. H. Ahmad Fauzi, M.Si." in pages[-1], n
        assert all("Dr. H. Ahmad Fauzi, M.Si." not in t for t in pages[:-1]), n
        assert len(listed[-1]) >= 3, n
        db.conn.close()


def test_without_a_roster_every_active_staff_member_is_listed(database):
    org = build(database, generate=False)
    gone = find_staff(database, nip_of(org, "Rina Wati"))
    register.set_staff_active(database, gone["id"], False)
    pdf = sheet_pdf(database, unit_code="BKD")
    text = texts(pdf)[0]
    assert "Jadwal WFO/WFH belum dibuat untuk tanggal ini: semua pegawai aktif dicantumkan" \
        in text
    assert "Berdasarkan Surat Edaran Nomor 065/0312/ORG" in text
    found = tables(pdf.pages[0])
    assert not found["list"]  # nobody at home or away: there is no roster
    listed = people(found["sign"][0])
    assert set(listed) == {s["nama"] for s in org.staff if s["unit"] == "BKD"} - {"Rina Wati"}
    assert "Pegawai aktif: 7 orang" in text

    # before any circular: no circular named, every active staff member listed
    text = texts(sheet_pdf(database, day=dt.date(2020, 3, 20), unit_code="BKD-MUT"))[0]
    assert "Surat Edaran" not in text and "Jadwal WFO/WFH belum dibuat" in text
    assert "Hari/Tanggal: Jumat, 20 Maret 2020" in text
    assert "Jam kerja: 07.30 s.d. 16.30 (istirahat 11.30 s.d. 13.00)" in text


def test_staff_without_a_roster_entry_on_a_rostered_day_sign_in(database):
    org = build(database)
    later = Org(database)  # taken on after the roster was generated
    later.person("Pegawai Baru", "BKD-MUT", birth=dt.date(1993, 1, 1))
    later.staff[0]["nip"] = "199301012020031001"  # unlike the first Org's NIPs
    later.build()
    section = sheets.sheet_document(database, THU, "BKD-MUT").sections[0]
    new = next(p for p in section.office if p.name == "Pegawai Baru")
    assert new.note == "tanpa jadwal" and new.ident == "NIP. 19930101 202003 1 001"
    assert len(section.office + section.home + section.off) == 5
    assert {p.name for p in section.office + section.home + section.off} == \
        {s["nama"] for s in org.staff if s["unit"] == "BKD-MUT"} | {"Pegawai Baru"}


def test_refusals_write_nothing(database, tmp_path):
    build(database)
    out = tmp_path / "hadir.pdf"
    with pytest.raises(sheets.NotAWorkingDay) as exc:  # Nyepi, a holiday of the circular
        sheets.print_sheets(database, out, WED)
    assert "2020-03-25" in str(exc.value) and "065/0312/ORG" in str(exc.value)
    with pytest.raises(NothingToPrint):
        sheets.print_sheets(database, out, dt.date(2020, 3, 28))  # a Saturday
    with pytest.raises(KeyError):
        sheets.print_sheets(database, out, THU, "NOPE")
    with pytest.raises(PaperError):
        sheets.print_sheets(database, out, THU, paper="Letter")
    assert not out.exists()
    out.write_bytes(b"old")
    with pytest.raises(OSError):
        sheets.print_sheets(database, tmp_path / "no" / "such" / "dir.pdf", THU)
    pages = sheets.print_sheets(database, out, THU, printed_at=PRINTED)
    assert pages == 2 and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_unit_without_active_staff_has_nothing_to_print(database):
    Org(database).unit("KOSONG", "Unit Kosong").build()
    with pytest.raises(NothingToPrint) as exc:
        sheets.sheet_document(database, THU, "KOSONG")
    assert "KOSONG" in str(exc.value)


# --- the blank monthly sheet of one person -----------------------------------------------

def test_monthly_sheet_has_a_row_per_working_day(database):
    org = build(database, countersign=COUNTERSIGN)
    pol.apply_holiday_preset(database, 2020)
    andi = find_staff(database, nip_of(org, "Andi Pratama, S.Kom."))
    data, pages = sheets.render_month_sheet(database, "2020-03", andi["id"],
                                            printed_at=PRINTED)
    pdf = open_pdf(data, pages)
    text = texts(pdf)[0]
    for line in ("DAFTAR HADIR BULANAN PEGAWAI", "Bulan MARET 2020",
                 "Hari kerja menurut Surat Edaran Nomor 065/0312/ORG",
                 "Nama : Andi Pratama, S.Kom.",
                 "NIP : " + ids.format_nip(andi["nip"]),
                 "Unit Kerja : Badan Kepegawaian Daerah (BKD)",
                 "Jumlah hari kerja: 6",
                 "Hari libur: Rabu, 25 Maret 2020 (Hari Suci Nyepi Tahun Baru Saka 1942).",
                 "Pegawai yang bersangkutan,", "Banjarmasin, 31 Maret 2020", "Mengetahui,",
                 "Kepala Badan Kepegawaian Daerah,"):
        assert line in text, line
    (table,) = pdf.pages[0].extract_tables()
    assert table[0] == ["No", "Tanggal", "Hari", "Jam Datang", "Paraf", "Jam Pulang",
                        "Paraf", "Keterangan"]
    rows = table[2:]
    expected = att.Calendar(database, dt.date(2020, 3, 1), dt.date(2020, 3, 31)) \
        .working_days(dt.date(2020, 3, 1), dt.date(2020, 3, 31))
    assert [r[1] for r in rows] == [f"{d.day} Maret 2020" for d in expected]
    assert [d.day for d in expected] == [23, 24, 26, 27, 30, 31]  # the holiday left out
    assert [r[2] for r in rows] == ["Senin", "Selasa", "Kamis", "Jumat", "Senin", "Selasa"]
    stored = roster(database)["Andi Pratama, S.Kom."]
    for r, day in zip(rows, expected):
        mode, rule, *_ = stored[day.isoformat()]
        want = {"WFO": "", "WFH": "WFH"}.get(mode, "CT \u2014 Cuti tahunan")
        assert (r[7] or "") == want, day
        assert not any(r[3:7]), day  # left blank to write in


def test_monthly_sheet_of_a_unit_head_and_of_staff_without_nip(database):
    from db import register as register_sql

    org = build(database, countersign=COUNTERSIGN)
    phl = Org(database)
    phl.person("Siti Pramubakti", "BKD-MUT", employment="PHL", sex="P", age=30)
    phl.staff[0]["nik"] = "6371054106890001"  # born 1 June 1989, a woman: day + 40
    phl.build()
    siti = find_staff(database, "6371054106890001")
    doc = sheets.month_document(database, "2020-04", siti["id"])
    assert [r.date for r in doc.rows] == [dt.date(2020, 4, d) for d in (1, 2, 3)]
    assert doc.superior.name == "Ir. Bambang Sutejo, M.T."  # the head of her unit
    text = texts(open_pdf(*sheets.render_month_sheet(database, "2020-04", siti["id"])))[0]
    assert "NIK : 6371054106890001" in text
    assert text.count("NIK. 6371054106890001") == 1  # under her name in the signature
    assert "Bulan APRIL 2020" in text and "Hari libur: tidak ada." in text
    # a unit head is acknowledged by the head of the unit above
    bambang = find_staff(database, nip_of(org, "Ir. Bambang Sutejo, M.T."))
    assert sheets.month_document(database, "2020-04", bambang["id"]).superior == HEAD
    # the head of the OPD by the countersigning superior of the settings
    fauzi_nip = nip_of(org, "Dr. H. Ahmad Fauzi, M.Si.")
    settings.save_signatory(database, Signatory("head", HEAD.position, HEAD.name, HEAD.pangkat,
                                                fauzi_nip))
    fauzi = find_staff(database, fauzi_nip)
    assert sheets.month_document(database, "2020-04", fauzi["id"]).superior == COUNTERSIGN
    assert register_sql.get_staff(database, fauzi["id"])["unit_code"] == "BKD"
    with pytest.raises(NothingToPrint):
        sheets.month_document(database, "2020-06", siti["id"])  # no circular in June
    with pytest.raises(ValueError):
        sheets.month_document(database, "2020-13", siti["id"])
    with pytest.raises(KeyError):
        sheets.month_document(database, "2020-04", "no-such-id")


# --- the recap ---------------------------------------------------------------------------

def key_march(db, org):
    """What the clerks keyed: the roster's expectation, one late arrival and early leave,
    one sick day."""
    stored = roster(db)
    late = nip_of(org, "Hj. Siti Rahmah, S.E., M.Si.")
    entries = []
    for s in org.staff:
        for ds, (mode, rule, *_rest) in sorted(stored[s["nama"]].items()):
            if ds > "2020-03-31":
                continue
            status = {"WFO": "H", "WFH": "WFH"}.get(mode) or rule.split(":")[1]
            times = ("07:25", "16:05") if status == "H" else (None, None)
            if status == "H" and s["nip"] == late and ds == "2020-03-24":
                times = ("08:10", "15:00")
            entries.append({"nip": s["nip"], "date": ds, "status": status,
                            "time_in": times[0], "time_out": times[1]})
    entries[-1]["status"] = "S"
    att.key_entries(db, entries, by="test")


def test_recap_pdf_numbers_equal_the_recap_data(database):
    org = build(database, countersign=COUNTERSIGN)
    key_march(database, org)
    att.close_month(database, "BKD-MUT", "2020-03", by="Kasubbag")
    data, pages = pdf_recap.render_recap(database, "2020-03",
                                         printed_at=dt.datetime(2020, 4, 1, 9, 0))
    pdf = open_pdf(data, pages)
    recap = rec.recap_data(database, "2020-03")
    fields = {f.key: f for f in rec.recap_fields(recap)}
    codes = [c.code for c in recap.codes]
    keys = ["hari_kerja"] + codes + ["hadir", "terlambat_menit", "pulang_cepat_menit",
                                     "persen_hadir", "belum_diisi"]
    by_unit: dict[str, list] = {}
    page_texts = texts(pdf)
    for page, text in zip(pdf.pages, page_texts):
        assert page.width == pytest.approx(297 * MM, abs=0.01)  # landscape A4
        code = "BKD-MUT" if "(BKD-MUT)" in text else "BKD"
        for table in page.extract_tables():
            if table[0][:4] == ["No", "NIP / NIK", "Nama", "Jabatan"]:
                by_unit.setdefault(code, []).extend(table[1:])
                assert table[0][4:] == ["Hari\nkerja"] + codes + [
                    "Hadir", "Terlambat\n(menit)", "Pulang\ncepat\n(menit)", "%\nhadir",
                    "Belum\ndiisi"]
    assert set(by_unit) == {"BKD", "BKD-MUT"}
    late_seen = False
    for unit in recap.units:
        rows = by_unit[unit.unit_code]
        staff_rows = [r for r in rows if r[0] and r[0].isdigit()]
        assert len(staff_rows) == len(unit.rows)
        for printed, row in zip(staff_rows, unit.rows):
            assert printed[1] == ids.format_nip(row.nip) and printed[2] == row.name
            values = [fields[k].value(row) for k in keys]
            assert printed[4:] == [pdf_recap.number(v) for v in values], row.name
            late_seen |= row.late_minutes == 40
        total = next(r for r in rows if r[1] == "Jumlah")
        for k, cell in zip(keys, total[4:]):
            if k != "persen_hadir":
                assert cell == str(sum(fields[k].value(r) for r in unit.rows)), k
    assert late_seen  # 08:10 is 40 minutes late
    assert "40" in page_texts[0]
    # the fingerprint at the foot of every page, as recap.fingerprint_line says it
    before = i18n.language()
    i18n.set_language("id")
    try:
        for unit in recap.units:
            line = pdf_recap.fingerprint_text(unit)
            assert line.startswith(rec.fingerprint_line(unit))
            assert unit.fingerprint in line
            mine = [t for t in page_texts if f"({unit.unit_code})" in t]
            assert mine and all(line in t for t in mine)
        closed = next(u for u in recap.units if u.unit_code == "BKD-MUT")
        assert pdf_recap.fingerprint_text(closed) == rec.fingerprint_line(closed)
        assert rec.check_fingerprint(database, "BKD", "2020-03", next(
            u.fingerprint for u in recap.units if u.unit_code == "BKD")).matches
    finally:
        i18n.set_language(before)
    first = page_texts[0]
    for line in ("REKAPITULASI KEHADIRAN PEGAWAI", "Unit Kerja: Badan Kepegawaian Daerah (BKD)",
                 "Periode: Maret 2020 (6 hari kerja)",
                 "Berdasarkan Surat Edaran Nomor 065/0312/ORG",
                 "Pegawai di kantor per hari kerja", "Batas di kantor menurut surat edaran",
                 "Keterangan kode: H = Hadir; WFH = Bekerja dari rumah",
                 "Banjarmasin, 1 April 2020", "Dr. H. Ahmad Fauzi, M.Si.", "Mengetahui,",
                 "Drs. H. Abdul Haris, M.M."):
        assert line in first, line
    mut = next(t for t in page_texts if "(BKD-MUT)" in t)
    assert "Mengetahui," in mut and "Ir. Bambang Sutejo, M.T." in mut
    fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert all("DejaVuSansCondensed" in f for f in fonts), fonts


def test_recap_chart_marks_days_over_the_cap(database):
    org = build(database)
    # everybody of BKD keyed in the office on Monday: over the cap of 4
    entries = [{"nip": s["nip"], "date": "2020-03-23", "status": "H", "time_in": "07:30",
                "time_out": "16:00"} for s in org.staff if s["unit"] == "BKD"]
    att.key_entries(database, entries, by="test")
    recap = rec.recap_data(database, "2020-03", "BKD")
    bkd = recap.units[0]
    monday = next(d for d in bkd.days if d.date == MON)
    assert monday.over_cap and monday.onsite == 8
    data, pages = pdf_recap.render_recap(database, "2020-03", "BKD")
    pdf = open_pdf(data, pages)
    red = [r for p in pdf.pages for r in p.rects
           if r.get("non_stroking_color") and tuple(round(c, 2) for c in
                                                    r["non_stroking_color"]) == (0.8, 0.15, 0.15)]
    assert len(red) == 1  # Monday's bar
    caps = [ln for p in pdf.pages for ln in p.lines
            if ln.get("stroking_color") and tuple(round(c, 2) for c in
                                                  ln["stroking_color"]) == (0.8, 0.1, 0.1)]
    assert len(caps) >= len([d for d in bkd.days if d.workday])  # one cap stroke a day


@pytest.mark.parametrize("paper, size_mm", [("A4", (297, 210)), ("F4", (330, 215))])
def test_recap_paper(database, paper, size_mm, tmp_path):
    build(database)
    out = tmp_path / "rekap.pdf"
    pages = pdf_recap.print_recap(database, out, "2020-03", "BKD-MUT", paper=paper)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(
                (size_mm[0] * MM, size_mm[1] * MM), abs=0.01)
        assert "Bulan belum ditutup: data masih dapat berubah" in pdf.pages[-1].extract_text()


def test_recap_refusals(database, tmp_path):
    out = tmp_path / "rekap.pdf"
    with pytest.raises(NothingToPrint):
        pdf_recap.print_recap(database, out, "2020-03")  # an empty register
    build(database)
    with pytest.raises(KeyError):
        pdf_recap.print_recap(database, out, "2020-03", "NOPE")
    with pytest.raises(ValueError):
        pdf_recap.print_recap(database, out, "2020-3")
    with pytest.raises(PaperError):
        pdf_recap.print_recap(database, out, "2020-03", paper="Letter")
    assert not out.exists()


def test_the_forms_stay_indonesian_in_an_english_session(database):
    org = build(database)
    before = i18n.language()
    i18n.set_language("en")
    try:
        sheet = texts(sheet_pdf(database, unit_code="BKD-MUT"))[0]
        andi = find_staff(database, nip_of(org, "Andi Pratama, S.Kom."))
        month = texts(open_pdf(*sheets.render_month_sheet(database, "2020-03", andi["id"])))
        recap = texts(open_pdf(*pdf_recap.render_recap(database, "2020-03", "BKD-MUT")))
        with pytest.raises(sheets.NotAWorkingDay) as exc:
            sheets.sheet_document(database, WED)
        assert "is not a working day" in str(exc.value)  # messages follow the session
    finally:
        i18n.set_language(before)
    assert "Hari/Tanggal: Kamis, 26 Maret 2020" in sheet and "Halaman 1 dari 1" in sheet
    assert "Jumat" in month[0] and "Maret" in month[0]
    assert "Bulan belum ditutup: data masih dapat berubah" in recap[0]
    assert "Periode: Maret 2020" in recap[0]
