"""The demo OPD: valid through the core, complete, sized as asked and reproducible."""
import datetime as dt
import re
from collections import Counter

import pytest

from wfh_desktop import demo, ids, register
from wfh_desktop.database import open_database
from wfh_desktop.i18n import set_language
from wfh_desktop.staff import (
    EMPLOYMENT_TYPES,
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    LEVELS,
    STAFF_FILE,
    UNIT_TYPES,
)
from wfh_desktop.tabular import read_table

TODAY = demo.REFERENCE_DATE
PHONE = re.compile(r"^(\+62 ?8|08)[0-9][0-9 \-]{7,14}$")


def fresh(tmp_path, name):
    return open_database(tmp_path / f"{name}.sqlite3")


def demo_export(tmp_path, name, **kw):
    """Build a demo into a fresh database; return (database, staff CSV bytes)."""
    database = fresh(tmp_path, name)
    demo.build_demo(database, **kw)
    out = tmp_path / f"{name}.csv"
    register.export_staff(database, out)
    return database, out.read_bytes()


@pytest.fixture(scope="module")
def default(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    database = fresh(tmp, "default")
    result = demo.build_demo(database)
    staff = register.StaffList.load(database, today=TODAY).rows
    units = {u["code"]: u for u in register.list_units(database)}
    yield result, staff, units, database, tmp
    database.conn.close()


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("id")


def age(row):
    return ids.age_on(dt.date.fromisoformat(row["birth_date"]), TODAY)


def test_result_counts_match_the_database(default):
    result, staff, units, database, _ = default
    assert result["staff"] == len(staff) == 400
    assert result["units"] == len(units)
    assert result["name"] == "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan"
    assert register.counts(database) == {"units": len(units), "staff": 400}


def test_every_employment_type_and_level_is_present(default):
    _, staff, _, _, _ = default
    types = Counter(r["employment_type"] for r in staff)
    assert set(types) == set(EMPLOYMENT_TYPES)
    assert types["PNS"] > len(staff) / 2  # mostly PNS
    assert {r["level"] for r in staff} == set(LEVELS)


def test_the_structure_has_one_head_and_ranks_fit_the_levels(default):
    _, staff, units, _, _ = default
    jpt = [r for r in staff if r["level"] == "jpt"]
    assert len(jpt) == 1
    head = jpt[0]
    assert (head["eselon"], head["unit_code"]) == ("II.a", demo.ROOT_CODE)
    assert head["golongan"] in ("IV/c", "IV/d")
    for r in staff:
        if r["level"] == "administrator":
            assert r["eselon"] in ("III.a", "III.b")
            assert r["golongan"] in ("IV/a", "IV/b", "IV/c")
        elif r["level"] == "pengawas":
            assert r["eselon"] in ("IV.a", "IV.b")
            assert r["golongan"] in ("III/c", "III/d", "IV/a")
        elif r["level"] != "jpt":
            assert r["eselon"] == ""
        if r["employment_type"] == "PNS":
            assert r["golongan"] in GOLONGAN_PNS
        elif r["employment_type"] == "PPPK":
            assert r["golongan"] in GOLONGAN_PPPK
        else:
            assert r["golongan"] == "" and r["nip"] is None
    administrators = [r for r in staff if r["level"] == "administrator"]
    assert any(r["position"] == "Sekretaris" for r in administrators)
    assert sum(r["position"].startswith("Kepala Bidang") for r in administrators) >= 4
    # every structural head sits in a unit of the tree, and the tree hangs from the OPD
    for code, u in units.items():
        assert u["type"] in UNIT_TYPES
        assert re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)*", code)
        if code != demo.ROOT_CODE:
            assert u["parent_code"], code
    assert units[demo.ROOT_CODE]["parent_code"] is None


def test_identifiers_parse_and_agree_with_birth_date_and_sex(default):
    _, staff, _, _, _ = default
    nips = [r["nip"] for r in staff if r["nip"]]
    niks = [r["nik"] for r in staff if r["nik"]]
    assert len(nips) == len(set(nips)) and len(niks) == len(set(niks))
    assert niks, "some non-ASN staff have a NIK"
    for r in staff:
        if r["employment_type"] == "PNS":
            info = ids.parse_nip(r["nip"])
            assert (info.start_year, info.start_month) <= (TODAY.year, TODAY.month)
            assert info.start_year - info.birth_date.year >= 18
        elif r["employment_type"] == "PPPK":
            info = ids.parse_pppk(r["nip"])
            with pytest.raises(ids.IdError):
                ids.parse_nip(r["nip"])  # an NI PPPK is not a PNS NIP
            assert 2018 <= info.start_year <= TODAY.year
        elif r["nik"]:
            info = ids.parse_nik(r["nik"], today=TODAY)
        else:
            continue
        assert info.birth_date.isoformat() == r["birth_date"], r["name"]
        assert info.sex == r["sex"], r["name"]
    assert any(r["nik"] and r["nik"][:2] == "63" for r in staff)  # Kalimantan Selatan
    assert any(r["employment_type"] not in ("PNS", "PPPK") and not r["nik"] for r in staff)


def test_ages_health_and_roles(default):
    _, staff, units, _, _ = default
    dated = [r for r in staff if r["birth_date"]]
    assert all(18 <= age(r) <= 60 for r in dated)
    older = sum(age(r) >= 50 for r in dated) / len(staff)
    assert 0.15 <= older <= 0.25
    pregnant = [r for r in staff if r["pregnant"]]
    assert 0.02 * len(staff) <= len(pregnant) <= 0.04 * len(staff)
    assert all(r["sex"] == "P" and 20 <= age(r) <= 45 for r in pregnant)
    comorbid = sum(r["comorbid"] for r in staff)
    assert 0.03 * len(staff) <= comorbid <= 0.07 * len(staff)
    teachers = [r for r in staff if r["teacher"]]
    public = [r for r in staff if r["public_service"]]
    assert teachers and public
    assert all(units[r["unit_code"]]["type"] == "sekolah" for r in teachers)
    in_service_units = sum(units[r["unit_code"]]["public_service"] for r in public)
    assert in_service_units > len(public) / 2  # mostly in the public-service units
    assert any(u["public_service"] and u["type"] == "sekolah" for u in units.values())
    assert any(u["public_service"] and u["type"] == "uptd" for u in units.values())
    assert any(r["position"].startswith("Guru Ahli") for r in teachers)
    assert any(r["position"].startswith("Analis Kepegawaian Ahli") for r in staff)
    assert any(r["position"].startswith("Pranata Komputer ") for r in staff)


def test_names_phones_and_emails(default):
    _, staff, _, _, _ = default
    names = [r["name"] for r in staff]
    assert len(set(names)) == len(names)
    assert any(re.match(r"^(Dr\. |Drs\. |Dra\. |Ir\. )", n) for n in names)
    assert any(re.match(r"^(Dr\. |Drs\. |Dra\. )?H\. ", n) for n in names)
    assert any(re.search(r"\bHj\. ", n) for n in names)
    assert any(re.search(r", S\.[A-Za-z.]+, M\.[A-Za-z.]+$", n) for n in names)
    assert any(n.endswith(", A.Md.") or ", A.Md." in n for n in names)
    assert any("," not in n and "." not in n for n in names)  # many without any title
    for r in staff:
        if r["pregnant"] or r["sex"] == "P":
            assert not re.search(r"(^|\s)H\. |Drs\. ", r["name"]), r["name"]
        if r["sex"] == "L":
            assert "Hj. " not in r["name"] and "Dra. " not in r["name"], r["name"]
    phones = [r["phone"] for r in staff if r["phone"]]
    assert len(phones) > 0.8 * len(staff)
    assert all(PHONE.match(p) for p in phones), [p for p in phones if not PHONE.match(p)]
    digits = [re.sub(r"\D", "", p).removeprefix("62").removeprefix("0") for p in phones]
    assert len(set(digits)) == len(digits)
    emails = [r["email"] for r in staff if r["email"]]
    assert len(emails) > len(staff) / 2 and len(set(emails)) == len(emails)


def test_the_export_imports_cleanly_into_a_fresh_register(default, tmp_path):
    _, staff, _, database, _ = default
    units_file, staff_file = tmp_path / "units.csv", tmp_path / "staff.xlsx"
    register.export_units(database, units_file)
    register.export_staff(database, staff_file)
    other = fresh(tmp_path, "other")
    register.import_units(other, units_file)
    plan = register.plan_staff(other, read_table(staff_file, STAFF_FILE), today=TODAY)
    assert plan.report.errors == []
    assert len(plan.inserts) == len(staff)


def test_same_seed_gives_the_same_staff_file(tmp_path):
    a_db, a = demo_export(tmp_path, "a", seed=11)
    b_db, b = demo_export(tmp_path, "b", seed=11)
    assert a == b
    assert a.count(b"\r\n") == 401
    register.export_units(a_db, tmp_path / "ua.csv")
    register.export_units(b_db, tmp_path / "ub.csv")
    assert (tmp_path / "ua.csv").read_bytes() == (tmp_path / "ub.csv").read_bytes()
    ids_a = {r["id"] for r in register.StaffList.load(a_db).rows}
    ids_b = {r["id"] for r in register.StaffList.load(b_db).rows}
    assert not ids_a & ids_b  # ids come from new_id, not from the seed


def test_another_seed_gives_other_staff(tmp_path):
    _, a = demo_export(tmp_path, "a", seed=2020)
    _, b = demo_export(tmp_path, "b", seed=2021)
    assert a != b
    nips_a = {line.split(b",")[0] for line in a.splitlines()[1:]}
    nips_b = {line.split(b",")[0] for line in b.splitlines()[1:]}
    assert len(nips_a & nips_b - {b""}) < 5


@pytest.mark.parametrize("n", [1, 2, 3, 10, 37, 2000])
def test_staff_count_is_exact(tmp_path, n):
    database = fresh(tmp_path, "n")
    result = demo.build_demo(database, staff=n)
    assert result["staff"] == n
    assert register.counts(database)["staff"] == n


def test_small_opds_still_have_every_type_level_and_role(tmp_path):
    for n in range(10, 61, 3):
        database = fresh(tmp_path, f"small{n}")
        demo.build_demo(database, staff=n, seed=n)
        rows = register.StaffList.load(database).rows
        assert len(rows) == n
        assert {r["employment_type"] for r in rows} == set(EMPLOYMENT_TYPES), n
        assert {r["level"] for r in rows} == set(LEVELS), n
        assert any(r["teacher"] for r in rows) and any(r["public_service"] for r in rows), n
        assert any(r["pregnant"] for r in rows), n
        database.conn.close()


def test_large_opd_grows_more_schools_not_more_heads(tmp_path):
    database = fresh(tmp_path, "large")
    result = demo.build_demo(database, staff=2000)
    rows = register.StaffList.load(database).rows
    units = register.list_units(database)
    schools = [u for u in units if u["type"] == "sekolah"]
    assert result["units"] == len(units) and len(schools) > 30
    assert Counter(r["level"] for r in rows)["jpt"] == 1
    assert max(Counter(r["unit_code"] for r in rows).values()) < 120


def test_refuses_when_staff_exist_and_changes_nothing(tmp_path, english):
    database = fresh(tmp_path, "r")
    demo.build_demo(database, staff=30)
    with pytest.raises(demo.DemoRefused) as exc:
        demo.build_demo(database, staff=30, seed=99)
    assert "already holds 30 staff" in str(exc.value) and "--force" in str(exc.value)
    assert register.counts(database)["staff"] == 30
    # forced with the same seed: the same people are recognised, nobody is added twice
    demo.build_demo(database, staff=30, force=True)
    assert register.counts(database)["staff"] == 30
    demo.build_demo(database, staff=30, seed=99, force=True)
    assert register.counts(database)["staff"] == 60


def test_refusal_in_indonesian(tmp_path):
    database = fresh(tmp_path, "r")
    demo.build_demo(database, staff=12)
    with pytest.raises(demo.DemoRefused, match="sudah berisi 12 pegawai"):
        demo.build_demo(database, staff=12)


@pytest.mark.parametrize("n", [0, -5, demo.MAX_STAFF + 1])
def test_out_of_range_staff_count_is_refused(tmp_path, english, n):
    database = fresh(tmp_path, "z")
    with pytest.raises(demo.DemoRefused, match=str(n)):
        demo.build_demo(database, staff=n)
    assert register.counts(database) == {"units": 0, "staff": 0}


def test_reference_date_can_be_moved(tmp_path):
    later = dt.date(2020, 9, 7)  # SE MenPANRB 67/2020
    database = fresh(tmp_path, "later")
    demo.build_demo(database, staff=200, today=later)
    rows = register.StaffList.load(database, today=later).rows
    for r in rows:
        if r["employment_type"] == "PNS":
            info = ids.parse_nip(r["nip"])
            assert (info.start_year, info.start_month) <= (later.year, later.month)
    assert any(r["age"] is not None and r["age"] >= 50 for r in rows)
