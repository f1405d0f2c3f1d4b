"""``wfh-desktop attendance sheet`` and ``attendance recap -o FILE.pdf`` as a process: the
PDFs they write, read back, and their refusals."""
import csv
import re

import pdfplumber
import pytest

from .test_cli_register import wfh

DAY = "2020-03-24"
MM = 72 / 25.4


def read_csv(path):
    return list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))


def fmt_nip(nip):
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sheets")
    db = tmp / "demo.sqlite3"
    r = wfh("demo", "--staff", "60", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("schedule", "export", str(tmp / "jadwal.csv"), "--from", "2020-03-23", "--to",
            "2020-03-31", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("units", "export", str(tmp / "units.csv"), db=db)
    assert r.returncode == 0, r.stderr
    return db, read_csv(tmp / "jadwal.csv"), read_csv(tmp / "units.csv")


def test_daily_sheets_of_every_unit(demo, tmp_path):
    db, roster, units = demo
    out = tmp_path / "x.pdf"
    r = wfh("attendance", "sheet", "--date", DAY, "-o", str(out), db=db)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as pdf:
        pages = len(pdf.pages)
        assert f"{pages} halaman" in r.stdout and str(out) in r.stdout
        texts = [p.extract_text() for p in pdf.pages]
        for page in pdf.pages:
            assert page.width == pytest.approx(210 * MM, abs=0.01)  # A4 portrait
    first = texts[0]
    for line in ("PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DAFTAR HADIR PEGAWAI",
                 "Hari/Tanggal: Selasa, 24 Maret 2020",
                 "Berdasarkan Surat Edaran Nomor 065/0312/ORG", "Banjarmasin, 24 Maret 2020",
                 f"Halaman 1 dari {pages}"):
        assert line in first, line
    whole = "\n".join(texts)
    # every unit with staff, in tree order, each with its own heading
    staffed = {r["unit"] for r in roster}
    headings = re.findall(r"Unit Kerja: .* \((.+)\)", whole)
    assert set(headings) == staffed
    assert headings == [u["kode"] for u in units if u["kode"] in staffed]
    # every staff member of the day, with the NIP as printed, and where the roster says
    day = [r for r in roster if r["date"] == DAY]
    assert day
    for row in day:
        assert row["nama"] in whole, row["nama"]
        if row["nip"]:
            assert fmt_nip(row["nip"]) in whole
    wfh_count = sum(1 for row in day if row["mode"] == "WFH")
    assert whole.count("WFH \u2014 lapor via WhatsApp / video call") == wfh_count
    wfo = [row for row in day if row["mode"] == "WFO"]
    for row in wfo:
        page = next(t for t in texts if row["nama"] in t)
        assert "Tanda Tangan" in page


def test_one_unit_on_f4_landscape(demo, tmp_path):
    db, roster, _units = demo
    unit = next(r["unit"] for r in roster if r["unit"].endswith("UMPEG"))
    out = tmp_path / "umpeg.pdf"
    r = wfh("attendance", "sheet", "--date", DAY, "--unit", unit, "--paper", "F4",
            "--landscape", "-o", str(out), db=db)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            assert (page.width, page.height) == pytest.approx((330 * MM, 215 * MM), abs=0.01)
            text = page.extract_text()
            assert f"({unit})" in text and f"Halaman {n} dari {len(pdf.pages)}" in text


def test_blank_monthly_sheet_of_one_person(demo, tmp_path):
    db, roster, _units = demo
    person = next(r for r in roster if r["nip"])
    out = tmp_path / "bulan.pdf"
    r = wfh("attendance", "sheet", "--month", "2020-04", "--staff", person["nip"], "-o",
            str(out), db=db)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        rows = [row for p in pdf.pages for table in p.extract_tables() for row in table
                if row[0] and row[0].isdigit()]
    assert person["nama"] in text and fmt_nip(person["nip"]) in text
    # the circular runs to 21 April; 10 April (Good Friday) is a holiday
    days = [int(row[1].split()[0]) for row in rows]
    assert days == [1, 2, 3, 6, 7, 8, 9, 13, 14, 15, 16, 17, 20, 21]
    assert "Hari libur: Jumat, 10 April 2020" in text


def test_recap_pdf_after_keying(demo, tmp_path):
    db, roster, _units = demo
    keyed = [r for r in roster if r["date"] in ("2020-03-23", "2020-03-24") and r["nip"]][:6]
    late = keyed[0]
    with open(tmp_path / "hadir.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "nip", "nik", "status", "time_in", "time_out", "source", "note"])
        for r in keyed:
            status = "H" if r is late else "WFH"
            times = ("08:05", "16:00") if r is late else ("", "")
            w.writerow([r["date"], r["nip"], "", status, *times, "kertas", ""])
    r = wfh("attendance", "import", str(tmp_path / "hadir.csv"), db=db)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "r.pdf"
    r = wfh("attendance", "recap", "--month", "2020-03", "-o", str(out), db=db)
    assert r.returncode == 0, r.stderr
    assert "halaman" in r.stdout
    with pdfplumber.open(out) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
        rows = {}
        for page in pdf.pages:
            assert page.width == pytest.approx(297 * MM, abs=0.01)  # landscape
            for table in page.extract_tables():
                if table[0][:3] == ["No", "NIP / NIK", "Nama"]:
                    header = table[0]
                    for row in table[1:]:
                        rows[row[1]] = dict(zip(header, row))
    assert "REKAPITULASI KEHADIRAN PEGAWAI" in texts[0]
    assert "Periode: Maret 2020 (6 hari kerja)" in texts[0]
    row = rows[fmt_nip(late["nip"])]
    assert row["Nama"] == late["nama"] and row["H"] == "1"
    assert row["Terlambat\n(menit)"] == "35"  # 08:05 against 07:30
    assert row["Hari\nkerja"] == "6" and row["%\nhadir"] == "16,7"
    # the fingerprint at the foot of the pages can be checked against the database
    unit = late["unit"]
    page = next(t for t in texts if f"({unit})" in t)
    fp = re.search(r"sidik data saat dicetak ([0-9a-f]{12})", page).group(1)
    r = wfh("attendance", "verify", "--month", "2020-03", "--unit", unit, "--fingerprint", fp,
            db=db)
    assert r.returncode == 0, r.stderr
    assert "cocok" in r.stdout


def test_refusals(demo, tmp_path):
    db, _roster, _units = demo
    out = tmp_path / "x.pdf"
    r = wfh("attendance", "sheet", "--date", "2020-03-25", "-o", str(out), db=db)  # Nyepi
    assert r.returncode == 1 and "2020-03-25" in r.stderr and "Traceback" not in r.stderr
    r = wfh("attendance", "sheet", "--date", DAY, "--unit", "TIDAK-ADA", "-o", str(out), db=db)
    assert r.returncode == 1 and "kode unit TIDAK-ADA tidak dikenal" in r.stderr
    r = wfh("attendance", "sheet", "--month", "2020-04", "-o", str(out), db=db)
    assert r.returncode == 2 and "--staff" in r.stderr
    r = wfh("attendance", "sheet", "--month", "2020-04", "--staff", "199001012015031999", "-o",
            str(out), db=db)
    assert r.returncode == 1 and "199001012015031999" in r.stderr
    r = wfh("attendance", "sheet", "--date", DAY, "--paper", "Letter", "-o", str(out), db=db)
    assert r.returncode == 2
    r = wfh("attendance", "recap", "--month", "2020-03", "--unit", "TIDAK-ADA", "-o", str(out),
            db=db)
    assert r.returncode == 1 and "TIDAK-ADA" in r.stderr
    r = wfh("attendance", "sheet", "--date", DAY, "-o", str(tmp_path / "no" / "dir" / "x.pdf"),
            db=db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert not out.exists()
