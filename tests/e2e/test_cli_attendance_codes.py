"""``attendance code`` and ``attendance codes`` as a process: add a code, change it, list it,
refuse a bad one with exit 1 and the core's message (Indonesian by default)."""
from wfh_desktop import attendance
from wfh_desktop.database import open_database

from .test_cli_register import wfh


def listing(db):
    r = wfh("attendance", "codes", db=db)
    assert r.returncode == 0, r.stderr
    return {line.split("\t")[0]: line.split("\t") for line in r.stdout.splitlines()}


def test_add_list_change_and_deactivate_a_code(tmp_path):
    db = tmp_path / "c.sqlite3"
    assert "WFA" not in listing(db)
    r = wfh("attendance", "code", "wfa", "--meaning", "Kerja dari mana saja", "--present",
            db=db)
    assert r.returncode == 0, r.stderr
    assert "kode kehadiran WFA ditambahkan" in r.stdout
    wfa = listing(db)["WFA"]
    assert wfa[1:3] == ["status", "Kerja dari mana saja"]
    assert wfa[3] == "hadir"  # present, not on site

    # a change keeps what is not given
    r = wfh("attendance", "code", "WFA", "--onsite", db=db)
    assert r.returncode == 0, r.stderr
    assert "kode kehadiran WFA diubah" in r.stdout
    assert listing(db)["WFA"][2:] == ["Kerja dari mana saja", "hadir, di kantor"]

    # a band: TL4 gets an upper limit, TL5 takes the rest
    assert wfh("attendance", "code", "TL4", "--to-minutes", "120", db=db).returncode == 0
    r = wfh("attendance", "code", "TL5", "--meaning", "Terlambat lebih dari 120 menit",
            "--category", "late", "--from-minutes", "121", "--to-minutes", "none",
            "--cut-percent", "2.5", db=db)
    assert r.returncode == 0, r.stderr
    codes = listing(db)
    assert codes["TL4"][3].startswith("91-120")
    assert codes["TL5"][1] == "late" and codes["TL5"][3] == "121-"
    stored = open_database(db)
    try:
        tl5 = {c.code: c for c in attendance.list_codes(stored)}["TL5"]
    finally:
        stored.conn.close()
    assert (tl5.band_from, tl5.band_to, tl5.cut_percent) == (121, None, 2.5)

    r = wfh("attendance", "code", "WFA", "--deactivate", db=db)
    assert r.returncode == 0, r.stderr
    assert listing(db)["WFA"][3].endswith("tidak aktif")
    assert wfh("attendance", "code", "WFA", "--activate", db=db).returncode == 0
    assert "tidak aktif" not in listing(db)["WFA"][3]


def test_bad_codes_are_refused_with_exit_1_and_nothing_changes(tmp_path):
    db = tmp_path / "c.sqlite3"
    before = listing(db)
    r = wfh("attendance", "code", "TL5", "--meaning", "Terlambat", "--category", "late",
            "--from-minutes", "120", "--to-minutes", "100", db=db)
    assert r.returncode == 1
    assert "--to-minutes: rentang berakhir sebelum dimulai" in r.stderr
    r = wfh("attendance", "code", "1X", db=db)
    assert r.returncode == 1
    assert "CODE: kode berupa satu huruf" in r.stderr
    assert "--meaning: wajib diisi" in r.stderr  # a new code needs a meaning
    r = wfh("attendance", "code", "WFA", "--meaning", "Kerja dari mana saja", "--onsite",
            db=db)
    assert r.returncode == 1  # on site but not present
    assert "--onsite:" in r.stderr
    r = wfh("attendance", "code", "TL5", "--meaning", "x", "--category", "late",
            "--from-minutes", "100", db=db)
    assert r.returncode == 1
    assert "--from-minutes:" in r.stderr and "TL4" in r.stderr  # overlaps 91 and more
    assert listing(db) == before
    r = wfh("attendance", "code", "TL5", "--to-minutes", "lots", db=db)
    assert r.returncode == 2  # usage
    assert "bukan jumlah menit: lots" in r.stderr


def test_messages_in_english_on_request(tmp_path):
    db = tmp_path / "c.sqlite3"
    r = wfh("attendance", "code", "TL5", "--meaning", "Late", "--category", "late",
            "--from-minutes", "0", db=db, env_extra={"WFH_DESKTOP_LANG": "en"})
    assert r.returncode == 1
    assert "--from-minutes: a band starts at 1 minute or more" in r.stderr
