"""The printed LAPORAN KINERJA HARIAN and the weekly and monthly reports, read back from
the PDF with pdfplumber."""
import datetime as dt
import io

import pdfplumber
import pytest

from wfh_desktop import ids
from wfh_desktop import reports as rep
from wfh_desktop import settings
from wfh_desktop.pdf import report_form
from wfh_desktop.pdf.base import PaperError
from wfh_desktop.settings import Letterhead, Signatory

from .scenario import Org

MON, TUE = dt.date(2020, 3, 23), dt.date(2020, 3, 24)
KOP = Letterhead(government="Pemerintah Provinsi Kalimantan Selatan",
                 opd_name="Badan Kepegawaian Daerah",
                 address="Jl. Jenderal Sudirman No. 14 Banjarmasin 70114", city="Banjarmasin")


@pytest.fixture
def office(database):
    org = Org(database).unit("BKD", "Badan Kepegawaian Daerah", type="badan") \
        .unit("BKD-MUT", "Bidang Mutasi dan Promosi", parent="BKD", type="badan")
    org.person("Dr. H. Ahmad Fauzi, M.Si.", "BKD", "jpt", "II.a", age=48)
    org.person("Hj. Siti Rahmah, S.E., M.Si.", "BKD-MUT", "administrator", "III.a", age=45,
               sex="P")
    org.person("Budi Santoso, S.Kom.", "BKD-MUT", age=35)
    org.person("Nurul Hidayah", "BKD-MUT", employment="PHL", sex="P", age=28)
    org.staff[-1].update(nik="6371054109900001", tanggal_lahir="1990-09-01")
    org.staff[-2]["jabatan"] = "Pranata Komputer Ahli Pertama"
    org.staff[-2]["golongan"] = "III/a"
    org.staff[-3]["jabatan"] = "Kepala Bidang Mutasi dan Promosi"
    org.staff[-3]["golongan"] = "IV/a"
    org.build()
    settings.save_letterhead(database, KOP)
    return database


def person(db, name):
    [row] = [r for r in db.query("SELECT * FROM staff WHERE name = ?", [name])]
    return row


def text_of(data: bytes) -> tuple[list[str], int]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages], len(pdf.pages)


def daily(db, name, day, **kw):
    data, pages = report_form.daily_form_pdf(db, person(db, name)["id"], day, **kw)
    assert data.startswith(b"%PDF")
    texts, n = text_of(data)
    assert n == pages
    return texts


def test_daily_form_with_activities_and_both_signatories(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    rep.add_report(office, budi["id"], MON,
                   "Laporan 23 Maret 2020\n1. Menyusun laporan kepegawaian (3 dokumen)\n"
                   "2. Rapat koordinasi via Zoom, hasil: notula rapat; 2 jam", "whatsapp",
                   received_at=dt.datetime(2020, 3, 23, 16, 5))
    [page] = daily(office, "Budi Santoso, S.Kom.", MON)
    lines = page.splitlines()
    for expected in ("PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN KEPEGAWAIAN DAERAH",
                     "LAPORAN KINERJA HARIAN", "Nama : Budi Santoso, S.Kom.",
                     f"NIP : {ids.format_nip(budi['nip'])}",
                     "Jabatan : Pranata Komputer Ahli Pertama",
                     "Unit Kerja : Bidang Mutasi dan Promosi",
                     "Hari / Tanggal : Senin, 23 Maret 2020"):
        assert expected in lines, (expected, lines)
    assert "No Uraian Kegiatan Output / Hasil Volume Satuan Keterangan" in lines
    assert "1 Menyusun laporan kepegawaian 3 dokumen" in lines
    assert "2 Rapat koordinasi via Zoom notula rapat 2 jam" in lines
    assert ("Laporan diterima melalui WhatsApp pada Senin, 23 Maret 2020 pukul 16.05; status "
            "verifikasi: belum diverifikasi.") in lines
    # the signatures: the superior (head of the unit) at the left, the employee at the right
    assert "Mengetahui, Banjarmasin, 23 Maret 2020" in lines
    assert "Atasan Langsung, Yang bersangkutan," in lines
    assert "Kepala Bidang Mutasi dan Promosi," in lines
    assert "Hj. Siti Rahmah, S.E., M.Si. Budi Santoso, S.Kom." in lines
    assert "Pembina (IV/a) Penata Muda (III/a)" in lines
    siti = person(office, "Hj. Siti Rahmah, S.E., M.Si.")
    assert (f"NIP. {ids.format_nip(siti['nip'])} NIP. {ids.format_nip(budi['nip'])}"
            in lines)


def test_blank_form_has_numbered_rows_to_fill_in(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    rep.add_report(office, budi["id"], MON, "1. Rapat rahasia")
    [page] = daily(office, "Budi Santoso, S.Kom.", MON, blank=True)
    lines = page.splitlines()
    assert "Rapat rahasia" not in page  # a blank form shows no report
    numbers = [line for line in lines if line.strip().isdigit()]
    assert numbers == [str(i) for i in range(1, report_form.BLANK_ROWS + 1)]
    assert "Hari / Tanggal : Senin, 23 Maret 2020" in lines


def test_non_asn_staff_show_their_nik(office):
    [page] = daily(office, "Nurul Hidayah", TUE)
    lines = page.splitlines()
    assert "NIK : 6371054109900001" in lines
    assert "Hari / Tanggal : Selasa, 24 Maret 2020" in lines
    assert "Hj. Siti Rahmah, S.E., M.Si. Nurul Hidayah" in lines
    assert "NIK. 6371054109900001" in page  # under her name, where a NIP would stand
    assert "NIP. ." not in page


def test_superior_falls_back_to_the_settings_head(office):
    settings.save_signatory(office, Signatory("head", "Sekretaris Daerah",
                                              "Drs. H. Abdul Haris, M.M.", "", ""))
    [page] = daily(office, "Dr. H. Ahmad Fauzi, M.Si.", MON)
    lines = page.splitlines()
    assert "Sekretaris Daerah," in lines
    assert "Drs. H. Abdul Haris, M.M. Dr. H. Ahmad Fauzi, M.Si." in lines


def test_a_long_report_continues_and_the_signatures_keep_rows_above_them(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    items = "\n".join(f"{i}. Kegiatan nomor {i} dengan uraian yang cukup panjang untuk "
                      f"mengisi baris tabel laporan kinerja harian ({i} dokumen)"
                      for i in range(1, 61))
    rep.add_report(office, budi["id"], MON, items)
    pages = daily(office, "Budi Santoso, S.Kom.", MON)
    assert len(pages) >= 2
    assert "Kegiatan nomor 60" in pages[-1]
    assert "Yang bersangkutan" in pages[-1]
    assert "Yang bersangkutan" not in "".join(pages[:-1])
    rows_last = [line for line in pages[-1].splitlines() if "Kegiatan nomor" in line]
    assert len(rows_last) >= 3
    assert "LAPORAN KINERJA HARIAN \u2013 Budi Santoso, S.Kom." in pages[1]  # running head
    assert "Uraian Kegiatan" in pages[1]  # the header repeats


def test_weekly_report(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    rep.add_report(office, budi["id"], MON, "1. Rapat (2 jam)\n2. Notula (1 dokumen)")
    r, _ = rep.add_report(office, budi["id"], TUE, "1. Entri data (40 data)")
    rep.review_report(office, r.id, "accepted")
    data, _pages = report_form.period_form_pdf(office, budi["id"], *rep.week_of(MON), "week")
    [page], _n = text_of(data)
    lines = page.splitlines()
    assert "LAPORAN KINERJA MINGGUAN" in lines
    assert "Periode : Senin, 23 Maret 2020 s.d. Minggu, 29 Maret 2020" in lines
    assert "1 Senin, 23 Maret 2020 1) Rapat 2 jam" in lines
    assert "2) Notula 1 dokumen" in lines
    assert "2 Selasa, 24 Maret 2020 Entri data 40 data diterima" in lines
    assert any(line.startswith("3 Rabu, 25 Maret 2020") and "tidak ada laporan" in line
               for line in lines)
    assert "Minggu, 29 Maret 2020 \u2013" not in page  # an empty weekend is left out
    assert "Banjarmasin, 29 Maret 2020" in page


def test_monthly_report_runs_over_pages(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    for day in range(2, 32):
        d = dt.date(2020, 3, day)
        if d.weekday() < 5:
            rep.add_report(office, budi["id"], d, "1. Rapat koordinasi (1 kegiatan)\n"
                                                  "2. Menyusun notula (1 dokumen)")
    data, pages = report_form.period_form_pdf(office, budi["id"], *rep.month_of("2020-03"),
                                              "month")
    texts, _n = text_of(data)
    assert pages == len(texts) >= 2
    assert "Bulan : Maret 2020" in texts[0]
    assert "LAPORAN KINERJA BULANAN" in texts[0]
    assert "Selasa, 31 Maret 2020" in texts[-1]
    assert "Banjarmasin, 31 Maret 2020" in texts[-1]


def test_paper_sizes(office):
    budi = person(office, "Budi Santoso, S.Kom.")
    data, _ = report_form.daily_form_pdf(office, budi["id"], MON, paper="F4")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        assert (round(page.width / 72 * 25.4), round(page.height / 72 * 25.4)) == (215, 330)
    with pytest.raises(PaperError):
        report_form.daily_form_pdf(office, budi["id"], MON, paper="Letter")
    with pytest.raises(KeyError):
        report_form.daily_form_pdf(office, "nobody", MON)
