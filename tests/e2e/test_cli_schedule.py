"""Policies and the roster through the ``wfh-desktop`` command, as a process."""
import csv

from .test_cli_register import wfh

BAD_POLICY = """number = "X/1"
title = "Rusak"
valid_from = 2020-03-23
valid_to = 2020-03-01

[rules]
max_office_share = 1.5
colour = "red"
"""


def test_policy_generate_export_explain_pin(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert wfh("demo", "--staff", "60", db=db).returncode == 0
    r = wfh("policy", "list", db=db)
    assert r.returncode == 0 and "065/0312/ORG" in r.stdout  # the demo ships its circular
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    assert r.returncode == 0, r.stderr
    assert "jadwal SE 065/0312/ORG: 20 hari kerja" in r.stdout
    out = tmp_path / "jadwal.csv"
    r = wfh("schedule", "export", str(out), "--from", "2020-03-23", "--to", "2020-03-27", db=db)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert rows and set(rows[0]) == {"date", "nip", "nik", "nama", "unit", "mode", "rule",
                                     "pinned", "policy"}
    assert {r["date"] for r in rows} == {"2020-03-23", "2020-03-24", "2020-03-26",
                                         "2020-03-27"}  # 25 March is Nyepi
    assert {r["mode"] for r in rows} <= {"WFO", "WFH", "OFF"}
    person = next(r for r in rows if r["nip"] and r["rule"] == "rotation_home")
    r = wfh("schedule", "explain", "--staff", person["nip"], "--date", "2020-03-24", db=db)
    assert r.returncode == 0 and "065/0312/ORG" in r.stdout and "WFH" in r.stdout
    assert "Selasa, 24 Maret 2020" in r.stdout

    r = wfh("schedule", "pin", "--staff", person["nip"], "--date", "2020-03-24", "--mode",
            "WFO", db=db)
    assert r.returncode == 0, r.stderr
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    assert "0 ditambahkan, 0 diubah, 0 dihapus" in r.stdout
    r = wfh("schedule", "explain", "--staff", person["nip"], "--date", "2020-03-24", db=db)
    assert "secara manual" in r.stdout


def test_bad_policy_file_is_refused_with_line_and_key(tmp_path):
    db = tmp_path / "a.sqlite3"
    path = tmp_path / "se.toml"
    path.write_text(BAD_POLICY, encoding="utf-8")
    r = wfh("policy", "import", str(path), db=db)
    assert r.returncode == 1
    assert "se.toml: baris 4, kunci valid_to" in r.stderr
    assert "se.toml: baris 7, kunci rules.max_office_share" in r.stderr
    assert "se.toml: baris 8, kunci rules.colour: kunci tidak dikenal" in r.stderr
    assert wfh("policy", "list", db=db).stdout == ""


def test_unknown_policy_unit_or_staff_exit_1(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert wfh("demo", "--staff", "20", db=db).returncode == 0
    assert wfh("schedule", "generate", "--policy", "NOPE", db=db).returncode == 1
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", "--unit", "NOPE", db=db)
    assert r.returncode == 1 and "NOPE" in r.stderr
    r = wfh("schedule", "explain", "--staff", "123", "--date", "2020-03-24", db=db)
    assert r.returncode == 1
    assert wfh("schedule", "explain", "--staff", "123", "--date", "24/03/2020",
               db=db).returncode == 2


def test_absence_and_holiday_preset(tmp_path):
    db = tmp_path / "a.sqlite3"
    assert wfh("demo", "--staff", "20", db=db).returncode == 0
    r = wfh("holidays", "list", "2020", db=db)
    assert "2020-08-17" in r.stdout and "cuti_bersama" in r.stdout
    export = tmp_path / "s.csv"
    wfh("staff", "export", str(export), db=db)
    nip = next(r["nip"] for r in csv.DictReader(open(export, encoding="utf-8-sig")) if r["nip"])
    r = wfh("absence", "add", "--staff", nip, "--kind", "CT", "--from", "2020-03-30",
            "--to", "2020-04-03", db=db)
    assert r.returncode == 0, r.stderr
    wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    out = tmp_path / "j.csv"
    wfh("schedule", "export", str(out), "--from", "2020-03-30", "--to", "2020-04-03", db=db)
    mine = [r for r in csv.DictReader(open(out, encoding="utf-8-sig")) if r["nip"] == nip]
    assert len(mine) == 5 and {(r["mode"], r["rule"]) for r in mine} == {("OFF", "absent:CT")}
    r = wfh("absence", "add", "--staff", nip, "--kind", "XX", "--from", "2020-03-30",
            "--to", "2020-04-03", db=db)
    assert r.returncode == 1
