"""``wfh-desktop schedule print`` as a process: the PDF it writes and its refusals."""
import pdfplumber
import pytest

from .test_cli_register import wfh

F4_LANDSCAPE = (330 * 72 / 25.4, 215 * 72 / 25.4)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("print") / "demo.sqlite3"
    r = wfh("demo", "--staff", "60", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)  # the demo's circular
    assert r.returncode == 0, r.stderr
    return db


def test_print_the_roster_of_two_weeks(demo_db, tmp_path):
    out = tmp_path / "jadwal.pdf"
    r = wfh("schedule", "print", "--from", "2020-03-23", "--to", "2020-04-03", "-o", str(out),
            db=demo_db)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    with pdfplumber.open(out) as pdf:
        pages = len(pdf.pages)
        assert pages >= 4  # at least two units, two weeks each
        assert f"{pages} halaman" in r.stdout and str(out) in r.stdout
        first = pdf.pages[0].extract_text()
        assert "JADWAL KERJA PEGAWAI (WFO/WFH)" in first
        assert "Berdasarkan Surat Edaran Nomor 065/0312/ORG" in first
        assert "Minggu ke-1: Senin, 23 Maret 2020 s.d. Jumat, 27 Maret 2020" in first
        assert "PEMERINTAH PROVINSI KALIMANTAN SELATAN" in first  # the demo's letterhead
        assert f"Halaman 1 dari {pages}" in first
        texts = [p.extract_text() for p in pdf.pages]
        assert any("Minggu ke-2: Senin, 30 Maret 2020 s.d. Jumat, 3 April 2020" in t
                   for t in texts)


def test_print_one_unit_on_f4(demo_db, tmp_path):
    out = tmp_path / "sek.pdf"
    r = wfh("schedule", "print", "--from", "2020-03-23", "--to", "2020-03-27", "--unit",
            "DIKBUD-SEK", "--paper", "F4", "-o", str(out), db=demo_db)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(F4_LANDSCAPE, abs=0.01)
            assert "(DIKBUD-SEK" in page.extract_text()


def test_refusals_name_the_problem_and_write_nothing(demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    r = wfh("schedule", "print", "--from", "2020-03-23", "--to", "2020-03-27", "--unit",
            "TIDAK-ADA", "-o", str(out), db=demo_db)
    assert r.returncode == 1
    assert "kode unit TIDAK-ADA tidak dikenal" in r.stderr and "Traceback" not in r.stderr
    r = wfh("schedule", "print", "--from", "2020-06-01", "--to", "2020-06-30", "-o", str(out),
            db=demo_db)
    assert r.returncode == 1
    assert "2020-06-01" in r.stderr and "Traceback" not in r.stderr
    r = wfh("schedule", "print", "--from", "2020-03-23", "--to", "2020-03-27", "--paper",
            "Letter", "-o", str(out), db=demo_db)
    assert r.returncode == 2  # a usage error
    r = wfh("schedule", "print", "--from", "2020-03-23", "--to", "2020-03-27", "-o",
            str(tmp_path / "no" / "such" / "folder.pdf"), db=demo_db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert not out.exists()
