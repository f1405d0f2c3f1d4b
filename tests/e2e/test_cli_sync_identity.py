"""A BKD and an OPD register each other through ``wfh-desktop`` processes only:
``site``, ``sync identity``, ``sync trust`` and ``sync peers``."""
import re
import sqlite3

import pytest

from .test_cli_register import wfh

UNITS = "kode,nama,induk,jenis,layanan_publik\r\nDINKES,Dinas Kesehatan,,dinas,tidak\r\n"
FP = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")


def ok(r):
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def rows(db, table):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(f"SELECT * FROM {table}"))
    finally:
        con.close()


@pytest.fixture
def offices(tmp_path):
    """(BKD database, OPD database), each told what it is."""
    bkd, opd = tmp_path / "bkd.sqlite3", tmp_path / "opd.sqlite3"
    (tmp_path / "units.csv").write_text(UNITS, encoding="utf-8")
    ok(wfh("units", "import", str(tmp_path / "units.csv"), db=opd))
    r = ok(wfh("site", "--role", "bkd", "--name", "BKD Provinsi Kalimantan Selatan", db=bkd))
    assert "BKD" in r.stdout
    r = ok(wfh("site", "--role", "opd", "--unit", "dinkes", db=opd))
    assert "OPD DINKES" in r.stdout and "Dinas Kesehatan" in r.stdout
    return bkd, opd


def identity(db, path):
    """Write the registration file; the fingerprint is the last line printed."""
    r = ok(wfh("sync", "identity", "-o", str(path), db=db))
    fingerprint = r.stdout.strip().splitlines()[-1]
    assert FP.match(fingerprint), r.stdout
    return fingerprint


def test_site_shows_what_the_installation_is(offices):
    bkd, _ = offices
    r = ok(wfh("site", db=bkd))
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 4
    assert re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-7", lines[0])
    assert "BKD" in lines[1] and "BKD Provinsi Kalimantan Selatan" in lines[2]
    assert FP.match(lines[3].split()[-1]), lines[3]
    assert ok(wfh("site", db=bkd)).stdout == r.stdout    # the keys are made once


def test_bkd_and_opd_register_each_other(offices, tmp_path):
    bkd, opd = offices
    bkd_fp = identity(bkd, tmp_path / "bkd.json")
    opd_fp = identity(opd, tmp_path / "opd.json")
    assert bkd_fp in ok(wfh("site", db=bkd)).stdout
    assert bkd_fp != opd_fp

    r = ok(wfh("sync", "trust", str(tmp_path / "bkd.json"), "--fingerprint",
               bkd_fp.lower(), db=opd))
    assert bkd_fp in r.stdout
    ok(wfh("sync", "trust", str(tmp_path / "opd.json"), "--fingerprint", opd_fp, db=bkd))

    [line] = ok(wfh("sync", "peers", db=opd)).stdout.splitlines()
    assert line.split("\t")[:4] == ["bkd", "-", "BKD Provinsi Kalimantan Selatan", bkd_fp]
    [line] = ok(wfh("sync", "peers", db=bkd)).stdout.splitlines()
    assert line.split("\t")[:4] == ["opd", "DINKES", "Dinas Kesehatan", opd_fp]

    # again: nothing changes
    before = rows(opd, "peers")
    r = ok(wfh("sync", "trust", str(tmp_path / "bkd.json"), "--fingerprint", bkd_fp, db=opd))
    assert "sudah terdaftar" in r.stdout
    assert rows(opd, "peers") == before


def test_a_wrong_fingerprint_is_refused_and_changes_nothing(offices, tmp_path):
    bkd, opd = offices
    bkd_fp = identity(bkd, tmp_path / "bkd.json")
    opd_fp = identity(opd, tmp_path / "opd.json")
    before = {t: rows(opd, t) for t in ("peers", "site", "audit_log")}
    r = wfh("sync", "trust", str(tmp_path / "bkd.json"), "--fingerprint", opd_fp, db=opd)
    assert r.returncode == 1
    assert bkd_fp not in r.stderr and opd_fp in r.stderr and "bkd.json" in r.stderr
    assert {t: rows(opd, t) for t in before} == before
    assert ok(wfh("sync", "peers", db=opd)).stdout == ""
    # its own file, a damaged file, or no --fingerprint at all
    r = wfh("sync", "trust", str(tmp_path / "opd.json"), "--fingerprint", opd_fp, db=opd)
    assert r.returncode == 1 and "opd.json" in r.stderr
    damaged = tmp_path / "damaged.json"
    damaged.write_text((tmp_path / "bkd.json").read_text(encoding="utf-8")
                       .replace("Kalimantan", "Kalimantan Timur"), encoding="utf-8")
    r = wfh("sync", "trust", str(damaged), "--fingerprint", bkd_fp, db=opd)
    assert r.returncode == 1 and "damaged.json" in r.stderr and "tanda tangan" in r.stderr
    assert wfh("sync", "trust", str(tmp_path / "bkd.json"), db=opd).returncode == 2
    assert {t: rows(opd, t) for t in before} == before


def test_usage_and_refusals_of_site(tmp_path):
    db = tmp_path / "new.sqlite3"
    r = wfh("sync", "identity", "-o", str(tmp_path / "x.json"), db=db)
    assert r.returncode == 1 and "site --role" in r.stderr
    assert not (tmp_path / "x.json").exists()
    assert wfh("site", "--role", "opd", db=db).returncode == 2
    assert wfh("site", "--role", "bkd", "--unit", "DINKES", db=db).returncode == 2
    assert wfh("site", "--role", "hub", db=db).returncode == 2
    r = wfh("site", "--role", "opd", "--unit", "NOPE", db=db)
    assert r.returncode == 1 and "NOPE" in r.stderr


def test_with_accounts_only_an_administrator_trusts(offices, tmp_path):
    bkd, opd = offices
    bkd_fp = identity(bkd, tmp_path / "bkd.json")
    env = {"WFH_DESKTOP_PASSWORD": "Rahasia-2020", "WFH_DESKTOP_NEW_PASSWORD": "Rahasia-2020"}
    ok(wfh("user", "add", "admin", "--role", "admin", db=opd, env_extra=env))
    ok(wfh("--user", "admin", "user", "add", "siti", "--role", "operator", db=opd,
           env_extra=env))
    args = ("sync", "trust", str(tmp_path / "bkd.json"), "--fingerprint", bkd_fp)
    r = wfh("--user", "siti", *args, db=opd, env_extra=env)
    assert r.returncode == 1 and "siti" in r.stderr
    assert wfh(*args, db=opd).returncode == 1
    assert rows(opd, "peers") == []
    ok(wfh("--user", "admin", *args, db=opd, env_extra=env))
    assert len(rows(opd, "peers")) == 1
