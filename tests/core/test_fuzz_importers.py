"""Hostile input for every importer, generated with hypothesis.

Each importer is called the way ``wfh-desktop ... import FILE`` calls it, on a file made of
random bytes, of random text in several encodings, of a structurally valid file whose cells
are mixed with junk (NUL bytes, control characters, direction marks, formula prefixes, odd
dates, huge fields, long runs of one separator), or of a valid file mutated byte by byte.

The property: the call returns, or it raises the importer's documented rejection
(:class:`~wfh_desktop.tabular.FileError`, :class:`~wfh_desktop.register.ImportRejected`,
:class:`~wfh_desktop.policy.PolicyError`) with a message that is not empty, and then the
database is exactly what it was before (every table compared).  Any other exception is a
bug, and so is a call that runs longer than ``TIMEOUT`` seconds (a hang).

Examples run per importer (``EXAMPLES``, the same in CI): units CSV/XLSX 300, staff CSV
400, staff XLSX 200, attendance CSV 300, attendance XLSX 150, policy TOML 400, WhatsApp
chat .txt 400, WhatsApp chat .zip 150, e-mail .eml 300, mailbox .mbox 200: 2,800 in all.
The whole file runs in about 40 seconds on a 2-core machine; ``WFH_FUZZ_SCALE=15``
multiplies the examples for a longer hunt.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from wfh_desktop import attendance as att
from wfh_desktop import policy as pol
from wfh_desktop import register
from wfh_desktop import reports as rep
from wfh_desktop import scheduler
from wfh_desktop.database import open_database
from wfh_desktop.tabular import FileError

from .hostile import dump, time_limit
from .scenario import Org, policy

EXAMPLES = {
    "units": 300,
    "staff_csv": 400,
    "staff_xlsx": 200,
    "attendance_csv": 300,
    "attendance_xlsx": 150,
    "policy": 400,
    "chat_txt": 400,
    "chat_zip": 150,
    "eml": 300,
    "mbox": 200,
}
TIMEOUT = 20  # seconds one import may take before it counts as a hang
SCALE = float(os.environ.get("WFH_FUZZ_SCALE", "1"))

REJECTIONS = {
    "units": (FileError, register.ImportRejected),
    "staff": (FileError, register.ImportRejected),
    "attendance": (FileError, register.ImportRejected),
    "policy": (pol.PolicyError,),
    "reports": (FileError,),
}


def fuzz(name):
    return settings(max_examples=max(1, int(EXAMPLES[name] * SCALE)), deadline=None,
                    database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example,
                                           HealthCheck.function_scoped_fixture])


# --- the database every example starts from ------------------------------------------------

SE = """
number = "800/123/BKD"
title = "Sistem kerja pegawai"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-30
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.40
rotation = "daily"
home_if_age_at_least = 50
exempt_units = ["RSUD"]
"""


def _build_seed():
    db = open_database(":memory:")
    org = Org(db).unit("BKD", "Badan Kepegawaian Daerah", type="badan") \
        .unit("BKD-MUT", "Bidang Mutasi", parent="BKD", type="badan") \
        .unit("RSUD", "RSUD Ulin", type="rsud", public=True)
    org.person("Dr. H. Ahmad Fauzi, M.Si.", "BKD", level="jpt", eselon="II.a", age=48)
    org.person("Siti Rahmah", "BKD-MUT", level="administrator", eselon="III.a", age=45,
               sex="P")
    org.staff[-1].update(telepon="+62 812-1111-2222", email="siti.rahmah@kalselprov.go.id")
    org.person("Budi Santoso", "BKD-MUT", age=52)
    org.staff[-1]["telepon"] = "0813-5555-6666"
    org.person("Nurul Hidayah", "RSUD", age=28, sex="P")
    org.person("Rahmat", "RSUD", employment="PHL", age=30)
    org.build()
    scheduler.generate(db, policy(db, SE))
    nips = [r["nip"] for r in org.staff if r.get("nip")]
    att.key_entries(db, [{"nip": nips[1], "date": "2020-03-23", "status": "H",
                          "time_in": "07:30", "time_out": "16:00"}], by="seed")
    att.lock_day(db, "RSUD", dt.date(2020, 3, 24), by="seed")
    return db, org.staff


SEED, SEED_STAFF = _build_seed()
SEED_DUMP = dump(SEED)
NIPS = [r["nip"] for r in SEED_STAFF if r.get("nip")]


# what was imported goes out again: every export of the kind, as XLSX (the stricter format)
FAR = (dt.date(1, 1, 1), dt.date(9999, 12, 31))
EXPORTS = {
    "units": lambda db, out: register.export_units(db, out),
    "staff": lambda db, out: register.export_staff(db, out),
    "attendance": lambda db, out: att.export_attendance(db, out, *FAR),
    "policy": lambda db, out: pol.list_policies(db),
    "reports": lambda db, out: rep.export_reports(db, out, *FAR),
}


def check_import(kind, importer, path):
    """Run *importer(db, path)* on a fresh copy of the seed database: it succeeds (and what
    it stored exports again), or raises a documented rejection with a message and leaves
    every table as it was."""
    db = open_database(":memory:")
    SEED.conn.backup(db.conn)
    try:
        try:
            with time_limit(TIMEOUT):
                importer(db, path)
        except REJECTIONS[kind] as exc:
            event(f"rejected: {type(exc).__name__}")  # see --hypothesis-show-statistics
            assert str(exc).strip(), repr(exc)
            report = getattr(exc, "report", None)
            if report is not None:
                assert report.errors
                assert all(e.message.strip() and e.file for e in report.errors)
            problems = getattr(exc, "problems", None)
            if problems is not None:
                assert problems and all(p.message.strip() for p in problems)
            assert not db.conn.in_transaction
            assert dump(db) == SEED_DUMP, "a rejected import changed data"
        else:
            event("imported")
            assert not db.conn.in_transaction
            EXPORTS[kind](db, path.with_name(f"export-{kind}.xlsx"))
    finally:
        db.close()


# --- junk ------------------------------------------------------------------------------------

SPECIALS = ("\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\xa0\u00ad\u200b\u200e\u200f\u202a"
            "\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ufeff\ufffe\ufffd"
            "\U0001f600\u0627\u05d0\"',;|\t\r\n=+-@<>&%#.:/\\ ")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "'=", " =")
FORMULAS = ("=1+1", "=HYPERLINK(\"http://evil.example\",\"klik\")", "=cmd|' /C calc'!A0",
            "+62 812-1111-2222", "-2+3", "@SUM(A1:A9)", "=1/0", "=A1", "=\"\"")
ODD = (
    "", " ", "-", "0", "-0", "00000000", "1e400", "-1e400", "nan", "inf", "-inf", "1,5", "0x1F",
    "9" * 40, "1" * 18, "1" * 16, "#N/A", "#REF!", "TRUE", "null", "None", "ya", "tidak", "?",
    "0000-00-00", "2020-02-30", "2020-13-01", "0001-01-01", "9999-12-31", "10000-01-01",
    "2020-03-23", "2020-03-24", "2020-03-25", "2020-03-28", "2099-01-01", "1900-01-01",
    "31/02/2020", "29/02/2021", "1/1/1", "23/03/20", "23.03.2020", "2020-W13-1", "20200323",
    "2020-03-23T25:61", "2020-03-23 08:00", "24:00", "23:59:60", "7.30", "0730", "99:99",
    "-1:00", "12:00 PM", "0.5", "1.5", "\u202e2020-03-23", "2020\u200e-03-23",
    "\uff11\uff19\uff18\uff16", "\u0663", "\u00b2", "PNS", "pppk", "PHL", "H", "WFH", "S", "C",
    "DL", "TL1", "BKD", "bkd-mut", "RSUD", "L", "P", "III/a", "II.a", "jpt", "pelaksana",
    "WA", "paper", "video call",
)
LONG_UNITS = ("x", "9", ",", ";", "\t", '"', "'", " ", ".", "-", "=", "\u00e9", "\x00", "\r",
              "\n", "\u202e", "a@", "1. ", "hasil: ", "ab ", "( ", ")")
LONG_LENGTHS = (100, 1000, 5000, 20000, 100_000)


def long_text():
    return st.tuples(st.sampled_from(LONG_UNITS), st.sampled_from(LONG_LENGTHS),
                     st.text(max_size=3)).map(lambda p: p[0] * (p[1] // len(p[0])) + p[2])


def junk_text():
    return st.one_of(
        st.text(max_size=30),
        st.text(alphabet=SPECIALS, max_size=20),
        st.sampled_from(ODD),
        st.sampled_from(FORMULAS),
        st.tuples(st.sampled_from(FORMULA_PREFIXES), st.text(max_size=15)).map("".join),
        st.tuples(st.sampled_from(ODD), st.sampled_from(SPECIALS)).map("".join),
        long_text(),
    )


ENCODINGS = ("utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-8-sig", "cp1252", "cp1252",
             "latin-1", "ascii", "utf-16", "utf-16-le", "utf-32")


@st.composite
def mutate_bytes(draw, data: bytes) -> bytes:
    """*data* with a few random edits: bytes flipped, deleted, inserted or repeated, or the
    file cut short."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(("flip", "delete", "insert", "repeat", "truncate")))
        # a position drawn as a share of the length, not in range(len(data)): an XLSX's
        # bytes (and length) change with the second it was saved at, and hypothesis
        # must draw the same way when it replays an example
        pos = draw(st.integers(0, 1 << 16)) * len(data) >> 16
        if op == "flip" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == "repeat":
            chunk = data[pos:pos + draw(st.integers(1, 64))]
            data[pos:pos] = chunk * draw(st.integers(1, 50))
        elif op == "truncate":
            del data[pos:]
    return bytes(data)


@st.composite
def encoded(draw, text: str) -> bytes:
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.integers(0, 4)) == 0:
        data = draw(mutate_bytes(data))
    return data


# --- tables (CSV and XLSX) ------------------------------------------------------------------

UNIT_SEEDS = [
    {"kode": "BKD", "nama": "Badan Kepegawaian Daerah", "induk": "", "jenis": "badan",
     "layanan_publik": "tidak"},
    {"kode": "BKD-SEK", "nama": "Sekretariat", "induk": "BKD", "jenis": "sekretariat",
     "layanan_publik": "tidak"},
    {"kode": "DISHUB", "nama": "Dinas Perhubungan", "induk": "", "jenis": "dinas",
     "layanan_publik": "ya"},
    {"kode": "DISHUB-A", "nama": "Bidang A", "induk": "DISHUB", "jenis": "other",
     "layanan_publik": ""},
]
UNIT_HEADER = [("kode", "code"), ("nama", "name"), ("induk", "parent"), ("jenis", "type"),
               ("layanan_publik", "public_service")]

STAFF_SEEDS = [dict(r) for r in SEED_STAFF] + [
    {"nip": "19900101 201503 2 001", "nama": "Dewi Lestari", "jenis_pegawai": "PNS",
     "jabatan": "Analis", "tingkat": "pelaksana", "golongan": "III/a", "unit": "BKD-MUT",
     "tanggal_lahir": "1990-01-01", "jenis_kelamin": "P", "hamil": "ya", "telepon":
     "0812 3333 4444", "email": "dewi@example.id"},
    {"nik": "6371014101900001", "nama": "Joko", "jenis_pegawai": "PTT", "unit": "RSUD",
     "tanggal_lahir": "01/01/1990", "jenis_kelamin": "L", "guru": "tidak"},
]
STAFF_HEADER = [(c.name, c.english) for c in register.STAFF_FILE]

ATTENDANCE_SEEDS = [
    {"date": "2020-03-23", "nip": NIPS[0], "status": "H", "time_in": "07:45",
     "time_out": "16:10", "source": "paper", "note": "rapat"},
    {"date": "2020-03-24", "nip": NIPS[1], "status": "WFH", "source": "wa"},
    {"date": "2020-03-26", "nip": NIPS[2], "status": "S", "note": "surat dokter"},
    {"date": "2020-03-24", "nama": "Rahmat", "unit": "RSUD", "status": "H",
     "time_in": "7.30"},
    {"date": "2020-03-27", "nip": NIPS[3], "status": "DL", "time_in": "0800"},
]
ATTENDANCE_HEADER = [(c.name, c.english) for c in att.ATTENDANCE_FILE]


@st.composite
def table(draw, header_spec, seeds):
    """(header cells, rows of cells): the file's columns (some renamed, repeated, missing or
    junk) and rows that are valid seeds, seeds with junk cells, or junk."""
    columns = list(header_spec)
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    if draw(st.integers(0, 7)) == 0:
        columns = columns[:draw(st.integers(0, len(columns)))]
    header, keys = [], []
    for name, english in columns:
        written = draw(st.sampled_from((name, english, name.upper(), f" {english.title()} ",
                                        name.replace("_", " "))))
        header.append(written)
        keys.append(name)
    for _ in range(draw(st.integers(0, 2))):  # extra, junk or repeated columns
        at = draw(st.integers(0, len(header)))
        extra = draw(st.one_of(junk_text(), st.sampled_from([n for n, _ in header_spec])))
        header.insert(at, extra)
        keys.insert(at, None)
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(("seed", "seed", "mutated", "mutated", "junk", "blank")))
        if kind == "junk":
            rows.append(draw(st.lists(junk_text(), max_size=len(header) + 3)))
            continue
        if kind == "blank":
            rows.append(["" for _ in header])
            continue
        seed = dict(draw(st.sampled_from(seeds)))
        if kind == "mutated":
            for key in draw(st.lists(st.sampled_from([n for n, _ in header_spec]), min_size=1,
                                     max_size=3)):
                seed[key] = draw(junk_text())
        rows.append([seed.get(k, "") if k else draw(junk_text()) for k in keys])
    return header, rows


@st.composite
def csv_file(draw, header_spec, seeds) -> bytes:
    header, rows = draw(table(header_spec, seeds))
    delimiter = draw(st.sampled_from((",", ",", ",", ";", "\t", "|")))
    if draw(st.booleans()):
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, delimiter=delimiter,
                            quoting=draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL))),
                            lineterminator=draw(st.sampled_from(("\r\n", "\n"))))
        writer.writerow(header)
        writer.writerows(rows)
        text = buf.getvalue()
    else:  # written by hand: stray quotes, separators inside cells, mixed line ends
        ends = draw(st.sampled_from(("\n", "\r\n", "\r")))
        text = ends.join(delimiter.join(str(c) for c in r) for r in [header] + rows)
    return draw(encoded(text))


def _xlsx_cell(draw, value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    choice = draw(st.integers(0, 29))
    if choice == 0:
        return draw(st.one_of(
            st.integers(-(10 ** 20), 10 ** 20), st.floats(allow_nan=False, allow_infinity=False),
            st.booleans(), st.datetimes(min_value=dt.datetime(1900, 3, 1)),
            st.dates(min_value=dt.date(1900, 3, 1)), st.times(),
            st.sampled_from(FORMULAS)))
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]
    return value


@st.composite
def xlsx_file(draw, header_spec, seeds) -> bytes:
    from openpyxl import Workbook

    header, rows = draw(table(header_spec, seeds))
    wb = Workbook()
    ws = wb.active
    if draw(st.integers(0, 9)) == 0:  # the data is not on the first sheet
        ws = wb.create_sheet("Data")
    for r, cells in enumerate([header] + rows, start=1):
        for c, value in enumerate(cells, start=1):
            ws.cell(row=r, column=c, value=_xlsx_cell(draw, value))
    if draw(st.integers(0, 5)) == 0:  # a stray cell far away
        ws.cell(row=draw(st.integers(1, 3000)), column=draw(st.integers(1, 300)), value="x")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate_zip_member(data))
    return data


@st.composite
def mutate_zip_member(draw, data: bytes) -> bytes:
    """A zip (XLSX) with one member's bytes mutated, or the zip's own bytes mutated."""
    if draw(st.booleans()):
        return draw(mutate_bytes(data))
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    target = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            member = src.read(name)
            if name == target:
                member = draw(mutate_bytes(member))
            dst.writestr(name, member)
    return out.getvalue()


def any_bytes():
    return st.one_of(st.binary(max_size=3000), st.text(max_size=500).flatmap(encoded))


def table_files(suffix, header_spec, seeds):
    made = csv_file(header_spec, seeds) if suffix == ".csv" else xlsx_file(header_spec, seeds)
    return st.one_of(made, made, made, any_bytes())


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def written(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


# --- the importers ---------------------------------------------------------------------------

@fuzz("units")
@given(data=st.data())
def test_units_import(folder, data):
    suffix = data.draw(st.sampled_from((".csv", ".csv", ".xlsx")))
    path = written(folder, f"units{suffix}",
                   data.draw(table_files(suffix, UNIT_HEADER, UNIT_SEEDS)))
    check_import("units", register.import_units, path)


@fuzz("staff_csv")
@given(data=st.data())
def test_staff_import_csv(folder, data):
    path = written(folder, "staff.csv", data.draw(table_files(".csv", STAFF_HEADER,
                                                              STAFF_SEEDS)))
    skip = data.draw(st.booleans())
    rejects = folder / "rejects.csv"

    def importer(db, p):
        register.import_staff(db, p, skip_invalid=skip, rejects=rejects if skip else None,
                              today=dt.date(2020, 3, 23))

    check_import("staff", importer, path)


@fuzz("staff_xlsx")
@given(data=st.data())
def test_staff_import_xlsx(folder, data):
    path = written(folder, "staff.xlsx", data.draw(table_files(".xlsx", STAFF_HEADER,
                                                               STAFF_SEEDS)))
    check_import("staff", lambda db, p: register.import_staff(db, p, today=dt.date(2020, 3, 23)),
                 path)


@fuzz("attendance_csv")
@given(data=st.data())
def test_attendance_import_csv(folder, data):
    path = written(folder, "attendance.csv",
                   data.draw(table_files(".csv", ATTENDANCE_HEADER, ATTENDANCE_SEEDS)))
    check_import("attendance", lambda db, p: att.import_attendance(db, p, by="fuzz"), path)


@fuzz("attendance_xlsx")
@given(data=st.data())
def test_attendance_import_xlsx(folder, data):
    path = written(folder, "attendance.xlsx",
                   data.draw(table_files(".xlsx", ATTENDANCE_HEADER, ATTENDANCE_SEEDS)))
    check_import("attendance", lambda db, p: att.import_attendance(db, p, by="fuzz"), path)


# --- policy TOML -----------------------------------------------------------------------------

TOML_VALUES = (
    '""', '"   "', '"\\u0000"', '"\\u202e800"', '"=1+1"', "0", "-1", "5", "6", "18", "71",
    "9223372036854775807", "-9223372036854775808", "0.3", "1.5", "-0.0", "nan", "inf", "-inf",
    "1e400", "true", "false", "[]", "[1, 2]", '["mon", "xyz"]', '["MON", "fri"]', "[[]]",
    "{}", "{ pelaksana = -1 }", "{ administrator = 1, pelaksana = 4 }", '{ jpt = "x" }',
    "0001-01-01", "9999-12-31", "2020-03-23", "2020-02-30", "1979-05-27T07:32:00Z",
    "1979-05-27T07:32:00-08:00", "07:32:00", "1979-05-27T00:32:00.999999",
    '"2020-03-23"', '"23/03/2020"', '"daily"', '"weekly"', '"opd"', '["public_service"]',
    '["teacher", "x"]', '["BKD", "NOPE"]', '[""]', '{ dinas = ["II", "III"] }',
    '{ dinas = ["VI"] }', '{ nowhere = ["I"] }', '"""\nmulti\nline"""', "'literal'",
    '"' + "x" * 50_000 + '"', "[" + "[" * 200 + "]" * 200 + "]",
)
TOML_KEYS = pol.TOP_KEYS + tuple(f"rules.{k}" for k in pol.RULE_KEYS) + ("unknown", "rules")


@st.composite
def toml_file(draw) -> bytes:
    lines = SE.strip().splitlines()
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(("set", "set", "drop", "repeat", "junk", "table")))
        at = draw(st.integers(0, len(lines)))
        if op == "set":
            key = draw(st.sampled_from(TOML_KEYS))
            value = draw(st.one_of(st.sampled_from(TOML_VALUES), junk_text()))
            lines.insert(at, f"{key} = {value}")
        elif op == "drop" and at < len(lines):
            del lines[at]
        elif op == "repeat" and at < len(lines):
            lines.insert(at, lines[at])
        elif op == "junk":
            lines.insert(at, draw(junk_text()))
        elif op == "table":
            lines.insert(at, draw(st.sampled_from(("[rules]", "[rules.min_office]",
                                                   "[rules.office_levels_by_unit_type]",
                                                   "[[rules]]", "[number]", "[x.y.z]"))))
    return draw(encoded("\n".join(lines) + "\n"))


@fuzz("policy")
@given(data=st.data())
def test_policy_import(folder, data):
    content = data.draw(st.one_of(toml_file(), toml_file(), any_bytes()))
    check_import("policy", pol.import_policy, written(folder, "policy.toml", content))


# --- WhatsApp chats --------------------------------------------------------------------------

STAMPS = (
    "23/03/20 08.15 - ", "23/03/2020, 08:15 - ", "3/23/20, 8:15 AM - ",
    "3/23/20, 8:15\u202fPM - ", "23.03.20, 08:15 - ", "23.3.2020 klo 8.15 - ",
    "[23/03/20 08.15.00] ", "[23.03.20, 08:15:47] ", "[3/23/20, 8:15:00 PM] ",
    "\u200e[23/03/2020, 08:15:00] ", "2020-03-23 08:15 - ", "00/00/00 00.00 - ",
    "31/02/20 25.61 - ", "99/99/9999 99:99 - ", "01/01/0001 00:00 - ", "0001-01-15 08:00 - ",
    "31/12/9999 23:59 - ", "[9999-12-31, 23:59:59] ", "13/13/13 13:13 PM - ",
    "23/03/20 00:15 AM - ",
)
SENDERS = ("Siti Rahmah", "+62 812-1111-2222", "Budi Santoso", "~\u202fDr. H. Ahmad Fauzi",
           "\u202eNurul\u202c", "Unknown Person", "0813-5555-6666", "=HYPERLINK(\"x\")",
           "<b>bold</b>", "x" * 200, "")
BODIES = ("Laporan kinerja harian 23 Maret 2020", "1. Menyusun laporan (3 dokumen)",
          "- Rapat koordinasi: 2 kegiatan", "<Media tidak disertakan>", "Pesan ini dihapus",
          "laporan.pdf (file terlampir)", "IMG-1.jpg <attached: IMG-1.jpg>",
          "dokumen terkirim <Pesan ini diedit>", "laporan tgl 15/01/0001",
          "Laporan 31 Desember 9999", "1 jan", "hasil: konsep surat",
          "\u200ebergabung menggunakan tautan undangan grup ini", "")


@st.composite
def chat_text(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(("message", "message", "message", "continuation", "junk",
                                     "system")))
        if kind == "message":
            stamp = draw(st.one_of(st.sampled_from(STAMPS), st.just(STAMPS[0])))
            sender = draw(st.one_of(st.sampled_from(SENDERS), junk_text()))
            body = draw(st.one_of(st.sampled_from(BODIES), junk_text()))
            sep = draw(st.sampled_from((": ", ": ", ":", " ")))
            lines.append(f"{stamp}{sender}{sep}{body}")
        elif kind == "continuation":
            lines.append(draw(st.one_of(st.sampled_from(BODIES + STAMPS), junk_text())))
        elif kind == "system":
            lines.append(draw(st.sampled_from(STAMPS)) + "Pesan dan panggilan dienkripsi")
        else:
            lines.append(draw(junk_text()))
    return draw(st.sampled_from(("\n", "\r\n", "\r"))).join(lines)


@fuzz("chat_txt")
@given(data=st.data())
def test_whatsapp_chat_import(folder, data):
    content = data.draw(st.one_of(chat_text().flatmap(encoded), chat_text().flatmap(encoded),
                                  any_bytes()))
    check_import("reports", rep.import_reports, written(folder, "chat.txt", content))


@st.composite
def chat_zip(draw) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(any_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        names = draw(st.lists(st.sampled_from(("_chat.txt", "WhatsApp Chat with BKD.txt",
                                               "IMG-0001.jpg", "dir/_CHAT.TXT", "a.TXT")),
                              max_size=3, unique=True))
        for name in names:
            body = draw(encoded(draw(chat_text()))) if name.lower().endswith(".txt") \
                else draw(st.binary(max_size=200))
            zf.writestr(name, body)
    data = out.getvalue()
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate_bytes(data))
    return data


@fuzz("chat_zip")
@given(data=st.data())
def test_whatsapp_zip_import(folder, data):
    check_import("reports", rep.import_reports, written(folder, "chat.zip", data.draw(chat_zip())))


# --- e-mail ----------------------------------------------------------------------------------

FROMS = ("Siti Rahmah <siti.rahmah@kalselprov.go.id>", "budi@example.id", "<>", "",
         "\"=1+1\" <x@y.z>", "Nobody", "a@b", "=?utf-8?q?=E2=80=AE?= <rtl@x.id>",
         "\"unterminated <x@y.id>", "a@b, c@d", "<b>x</b> <b@x.id>", "@@@", "x" * 3000 + "@y.id")
DATES = ("Mon, 23 Mar 2020 16:05:00 +0800", "23 Mar 2020 16:05 -0000", "Mon, 23 Mar 2020",
         "Mon, 1 Jan 0001 00:00:00 +0100", "Fri, 31 Dec 9999 23:00:00 -1200",
         "1 Jan 99999999999 00:00:00 +0000", "31 Feb 2020 10:00:00 +0700",
         "Mon, 23 Mar 2020 25:61:61 +0800", "Mon, 23 Mar 2020 16:05:00 +9999", "garbage", "",
         "Mon, 23 Mar 20 16:05:00 +0800", "Sun, 15 Jan 0001 08:00:00 +0000")


@st.composite
def email_message(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # headers written by hand, anything goes
        headers = [f"From: {draw(st.one_of(st.sampled_from(FROMS), junk_text()))}",
                   f"Date: {draw(st.one_of(st.sampled_from(DATES), junk_text()))}",
                   f"Subject: {draw(junk_text())}",
                   draw(st.sampled_from(("Content-Type: text/plain; charset=utf-8",
                                         "Content-Type: text/html; charset=x-unknown",
                                         "Content-Type: multipart/mixed; boundary=\"b\"",
                                         "Content-Transfer-Encoding: base64",
                                         "Content-Transfer-Encoding: quoted-printable",
                                         "MIME-Version: 1.0", "X-Junk: \x00")))]
        body = draw(st.one_of(st.sampled_from(BODIES), junk_text()))
        if draw(st.booleans()):
            body = f"--b\nContent-Type: text/html\n\n<p>{body}</p><ol><li>x</li></ol>\n--b--"
        return draw(encoded("\n".join(draw(st.permutations(headers))) + "\n\n" + body))
    msg = EmailMessage()
    msg["From"] = draw(st.sampled_from(FROMS[:2]))
    msg["Date"] = draw(st.sampled_from(DATES[:3]))
    msg["Subject"] = draw(st.sampled_from(BODIES[:3]))
    body = draw(st.one_of(st.sampled_from(BODIES), junk_text()))
    if draw(st.booleans()):
        msg.set_content(body)
    else:
        msg.set_content(f"<p>{body}</p><ul><li>{draw(junk_text())}</li></ul>", subtype="html")
    if draw(st.booleans()):
        msg.add_attachment(draw(st.binary(max_size=50)), maintype="application",
                           subtype="pdf", filename=draw(st.sampled_from(("a.pdf", "=x.pdf",
                                                                         "\u202efdp.exe"))))
    if msg.is_multipart():
        msg.set_boundary("fuzz-boundary")  # else the email package picks one at random
    data = bytes(msg)
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate_bytes(data))
    return data


@fuzz("eml")
@given(data=st.data())
def test_eml_import(folder, data):
    content = data.draw(st.one_of(email_message(), email_message(), any_bytes()))
    check_import("reports", rep.import_reports, written(folder, "m.eml", content))


@st.composite
def mbox_file(draw) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        stamp = draw(st.sampled_from(("From x@y.id Mon Mar 23 08:00:00 2020",
                                      "From - Mon Mar 23 08:00:00 2020", "From ", "From  ")))
        message = draw(email_message())
        parts.append(stamp.encode() + b"\n" + message.replace(b"\nFrom ", b"\n>From "))
    data = b"\n".join(parts)
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate_bytes(data))
    return data


@fuzz("mbox")
@given(data=st.data())
def test_mbox_import(folder, data):
    content = data.draw(st.one_of(mbox_file(), mbox_file(), any_bytes()))
    check_import("reports", rep.import_reports, written(folder, "box.mbox", content))
