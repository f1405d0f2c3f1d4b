"""The roster generator on scenarios built from the five source reports."""
import datetime as dt
from collections import Counter, defaultdict

import pytest

from wfh_desktop import policy as pol
from wfh_desktop import register, scheduler
from wfh_desktop.explain import explain
from wfh_desktop.i18n import set_language

from .scenario import Org, onsite_by_day, policy, roster

BABEL = """
number = "800/0512/BKPSDMD"
title = "Sistem masuk kerja ASN dan PHL secara bergiliran"
issuer = "Sekretaris Daerah Provinsi Kepulauan Bangka Belitung"
signed_on = 2020-03-21
valid_from = 2020-03-23
valid_to = 2020-04-17
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25, 2020-04-10]

[rules]
max_office_share = 0.30
min_office = { administrator = 1, pengawas = 1, pelaksana = 4 }
cap_wins = true
rotation = "weekly"
rotation_scope = "opd"
"""


def babel_org(db, pelaksana=30):
    org = Org(db).unit("BPKAD", type="badan").unit("BPKAD-A", parent="BPKAD", type="badan") \
        .unit("BPKAD-B", parent="BPKAD", type="badan")
    org.person("Kepala", "BPKAD", "jpt", "II.a", age=48)
    for i in range(3):
        org.person(f"Kabid {i}", "BPKAD-A" if i % 2 else "BPKAD-B", "administrator", "III.a",
                   age=45)
    for i in range(6):
        org.person(f"Kasubbid {i}", "BPKAD-A" if i % 2 else "BPKAD-B", "pengawas", "IV.a", age=40)
    for i in range(pelaksana):
        org.person(f"Staf {i:02d}", "BPKAD-A" if i % 2 else "BPKAD-B", age=30 + i % 15,
                   sex="P" if i % 3 else "L")
    return org.build()


def weeks(days):
    return {dt.date.fromisoformat(d).isocalendar()[1] for d in days}


def test_babel_composition_cap_and_weekly_fair_rotation(database):
    babel_org(database)
    p = policy(database, BABEL)
    result = scheduler.generate(database, p)
    assert result.days == 18  # 20 weekdays minus two holidays
    assert not result.conflicts
    r = roster(database)
    headcount = 40
    cap = int(0.30 * headcount)
    by_day_level = defaultdict(Counter)
    levels = {"Kepala": "jpt"}
    levels.update({f"Kabid {i}": "administrator" for i in range(3)})
    levels.update({f"Kasubbid {i}": "pengawas" for i in range(6)})
    for name, days in r.items():
        for day, (mode, *_x) in days.items():
            if mode == "WFO":
                by_day_level[day][levels.get(name, "pelaksana")] += 1
    assert len(by_day_level) == 18
    for day, c in by_day_level.items():
        assert sum(c.values()) == cap, day  # the office runs at its allowed share
        assert c["administrator"] >= 1 and c["pengawas"] >= 1 and c["pelaksana"] >= 4
    # weekly: a rotating person keeps one mode Monday to Friday
    for name, days in r.items():
        per_week = defaultdict(set)
        for day, (mode, *_x) in days.items():
            per_week[dt.date.fromisoformat(day).isocalendar()[1]].add(mode)
        assert all(len(modes) == 1 for modes in per_week.values()), name
    # fair: the on-site weeks of comparable staff differ by at most one week
    for group in ("Staf", "Kasubbid", "Kabid"):
        counts = [len(weeks(d for d, v in days.items() if v[0] == "WFO"))
                  for name, days in r.items() if name.startswith(group)]
        assert max(counts) - min(counts) <= 1, (group, counts)


def test_generation_is_deterministic_and_idempotent(database, tmp_path):
    from wfh_desktop.database import open_database

    babel_org(database)
    p = policy(database, BABEL)
    scheduler.generate(database, p)
    again = scheduler.generate(database, p)
    assert (again.inserted, again.updated, again.deleted) == (0, 0, 0)
    assert again.unchanged == 40 * 18

    other = open_database(tmp_path / "other.sqlite3")
    babel_org(other)
    scheduler.generate(other, policy(other, BABEL))
    assert roster(other) == roster(database)


def test_small_unit_cap_wins_and_records_the_minimum_giving_way(database):
    org = Org(database).unit("KEC", type="kecamatan")
    org.person("Camat", "KEC", "administrator", "III.a", age=45)
    org.person("Kasi", "KEC", "pengawas", "IV.a", age=40)
    for i in range(8):
        org.person(f"Staf {i}", "KEC")
    org.build()
    p = policy(database, BABEL.replace('rotation_scope = "opd"', ""))
    result = scheduler.generate(database, p)
    per_day = onsite_by_day(database)
    assert set(per_day.values()) == {3}  # 30% of 10, never more
    gave_way = {(c["rule"], c["gave_way_to"]) for c in result.conflicts}
    assert gave_way == {("min_office", "max_office_share")}
    assert len(result.conflicts) == 18

    p2 = policy(database, BABEL.replace("cap_wins = true", "cap_wins = false")
                .replace('rotation_scope = "opd"', ""))
    result = scheduler.generate(database, p2)
    assert set(onsite_by_day(database).values()) == {6}  # 1 + 1 + 4
    assert {(c["rule"], c["gave_way_to"]) for c in result.conflicts} == {
        ("max_office_share", "min_office")}


PASER = """
number = "061.1/1882/ORG"
title = "Penerapan kembali sistem kerja ASN"
issuer = "Bupati Paser"
signed_on = 2020-07-28
valid_from = 2020-07-29
valid_to = 2020-08-12
holidays = [2020-07-31]

[rules]
always_office_top_levels = 2
rotation = "daily"
exempt_units = ["DISHUB", "PKM-KUARO"]
"""


def test_paser_exempt_units_work_normally_the_rest_home_but_top_two_levels(database):
    org = Org(database).unit("BKPSDM", type="badan").unit("BKPSDM-MUT", parent="BKPSDM") \
        .unit("DISHUB", type="dinas", public=True).unit("DINKES", type="dinas") \
        .unit("PKM-KUARO", parent="DINKES", type="puskesmas", public=True)
    org.person("Kepala BKPSDM", "BKPSDM", "jpt", "II.b", age=49)
    org.person("Kabid Mutasi", "BKPSDM-MUT", "administrator", "III.a", age=44)
    org.person("Kasubbid", "BKPSDM-MUT", "pengawas", "IV.a", age=39)
    org.person("Staf PTT", "BKPSDM-MUT", employment="PTT", age=28)
    org.person("Staf PNS", "BKPSDM-MUT", age=33)
    org.person("Kadishub", "DISHUB", "jpt", "II.b", age=47)
    org.person("Petugas Terminal", "DISHUB", age=30)
    org.person("Kapus", "PKM-KUARO", "pengawas", "IV.a", age=41)
    org.person("Bidan", "PKM-KUARO", age=29, sex="P")
    org.build()
    p = policy(database, PASER)
    result = scheduler.generate(database, p)
    assert result.days == 10  # 11 weekdays minus 31 July
    r = roster(database)
    modes = {name: {v[0] for v in days.values()} for name, days in r.items()}
    rules = {name: {v[1] for v in days.values()} for name, days in r.items()}
    assert modes["Kepala BKPSDM"] == {"WFO"} and rules["Kepala BKPSDM"] == {"top_level"}
    assert modes["Kabid Mutasi"] == {"WFO"}
    assert modes["Kasubbid"] == {"WFH"} and modes["Staf PTT"] == {"WFH"}
    assert modes["Staf PNS"] == {"WFH"}
    for name in ("Kadishub", "Petugas Terminal", "Kapus", "Bidan"):
        assert modes[name] == {"WFO"} and rules[name] == {"exempt_unit"}, name
    assert "2020-07-31" not in r["Bidan"] and "2020-08-01" not in r["Bidan"]


BANJARMASIN = """
number = "065/150/ORG"
title = "Penyesuaian sistem kerja ASN di lingkungan Pemko Banjarmasin"
issuer = "Wali Kota Banjarmasin"
valid_from = 2020-03-24
valid_to = 2020-04-07

[rules]
rotation = "daily"

[rules.office_levels_by_unit_type]
dinas = ["II", "III"]
badan = ["II", "III"]
sekretariat = ["III", "IV"]
rsud = ["III", "IV"]
kecamatan = ["III", "IV"]
kelurahan = ["IV"]
uptd = ["IV"]
"""


def test_banjarmasin_levels_per_unit_type(database):
    org = Org(database).unit("DISDIK", type="dinas").unit("DISDIK-SD", parent="DISDIK") \
        .unit("KEC-BU", type="kecamatan").unit("KEL-ANT", parent="KEC-BU", type="kelurahan") \
        .unit("UPTD-PKB", parent="DISDIK", type="uptd")
    org.person("Kadisdik", "DISDIK", "jpt", "II.a", age=49)
    org.person("Kabid SD", "DISDIK-SD", "administrator", "III.a", age=45)
    org.person("Kasi SD", "DISDIK-SD", "pengawas", "IV.a", age=40)
    org.person("Ka UPTD", "UPTD-PKB", "pengawas", "IV.a", age=42)
    org.person("Camat", "KEC-BU", "administrator", "III.a", age=46)
    org.person("Kasi Pemerintahan", "KEC-BU", "pengawas", "IV.a", age=38)
    org.person("Lurah", "KEL-ANT", "pengawas", "IV.a", age=41)
    org.person("Staf Kelurahan", "KEL-ANT", age=30)
    org.build()
    scheduler.generate(database, policy(database, BANJARMASIN))
    r = roster(database)
    mode = {name: next(iter({v[0] for v in days.values()})) for name, days in r.items()}
    assert mode == {"Kadisdik": "WFO", "Kabid SD": "WFO", "Kasi SD": "WFH", "Ka UPTD": "WFO",
                    "Camat": "WFO", "Kasi Pemerintahan": "WFO", "Lurah": "WFO",
                    "Staf Kelurahan": "WFH"}


KALSEL = """
number = "065/0312/ORG"
title = "Penyesuaian sistem kerja ASN dalam upaya pencegahan penyebaran COVID-19"
issuer = "Sekretaris Daerah Provinsi Kalimantan Selatan"
signed_on = 2020-03-23
valid_from = 2020-03-23
valid_to = 2020-04-21
holidays = [2020-03-25, 2020-04-10]

[rules]
always_office_top_levels = 2
max_office_share = 0.5
rotation = "daily"
home_if_age_at_least = 50
home_if_pregnant = true
home_if_comorbid = true
exempt_roles = ["public_service"]
"""


def test_kalsel_age_pregnancy_comorbid_and_the_explanation(database):
    org = Org(database).unit("BKD", type="badan").unit("BKD-MUT", parent="BKD")
    org.person("Kepala BKD", "BKD", "jpt", "II.a", age=49)
    org.person("Kabid Tua", "BKD-MUT", "administrator", "III.a", age=57)
    org.person("Hamil", "BKD-MUT", age=31, sex="P", pregnant=True)
    org.person("Komorbid", "BKD-MUT", age=40, comorbid=True)
    org.person("Loket", "BKD-MUT", age=35, public_service=True)
    # turns 50 on 2 April 2020: at the office before, at home from that day
    org.person("Ulang Tahun", "BKD-MUT", age=49, birth=dt.date(1970, 4, 2))
    for i in range(4):
        org.person(f"Staf {i}", "BKD-MUT", age=30 + i)
    org.build()
    p = policy(database, KALSEL)
    scheduler.generate(database, p)
    r = roster(database)
    assert {v[1] for v in r["Kabid Tua"].values()} == {"home_age"}
    assert {v[1] for v in r["Hamil"].values()} == {"home_pregnant"}
    assert {v[1] for v in r["Komorbid"].values()} == {"home_comorbid"}
    assert {v[0] for v in r["Loket"].values()} == {"WFO"}
    assert {v[0] for v in r["Kepala BKD"].values()} == {"WFO"}
    birthday = r["Ulang Tahun"]
    assert birthday["2020-04-02"][1] == "home_age" and birthday["2020-04-01"][1] != "home_age"
    assert all(v[1] == "home_age" for d, v in birthday.items() if d >= "2020-04-02")

    staff = {s["name"]: s for s in register.StaffList.load(database).rows}
    text = explain(database, staff["Kabid Tua"]["nip"], dt.date(2020, 3, 24))
    assert "065/0312/ORG" in text and "57" in text and "50" in text
    assert "Selasa, 24 Maret 2020" in text
    assert "III.a" in text  # why the top-level rule did not keep them in
    set_language("en")
    try:
        text = explain(database, staff["Kabid Tua"]["nip"], dt.date(2020, 3, 24))
        assert "age limit of 50" in text and "comes before" in text
    finally:
        set_language("id")


BANTEN = """
number = "800/522-BKD/2020"
title = "Pelaksanaan tugas kedinasan dari rumah"
issuer = "Gubernur Banten"
valid_from = 2020-03-17
valid_to = 2020-03-31

[rules]
rotation = "weekly"
exempt_roles = ["public_service", "teacher"]
exempt_units = ["RSUD-BTN"]
"""


def test_banten_teachers_and_service_groups_work_normally(database):
    org = Org(database).unit("DISDIK", type="dinas").unit("SMAN1", parent="DISDIK", type="sekolah") \
        .unit("BAPENDA", type="badan", public=True).unit("RSUD-BTN", type="rsud", public=True)
    org.person("Guru Fisika", "SMAN1", "fungsional", age=36, teacher=True)
    org.person("Guru Biologi", "SMAN1", "fungsional", age=44, teacher=True, sex="P")
    org.person("TU Sekolah", "SMAN1", age=33)
    org.person("Petugas Pajak", "BAPENDA", age=31, public_service=True)
    org.person("Analis Anggaran", "BAPENDA", age=31)
    org.person("Perawat", "RSUD-BTN", age=27, sex="P")
    org.build()
    scheduler.generate(database, policy(database, BANTEN))
    r = roster(database)
    mode = {name: {v[0] for v in days.values()} for name, days in r.items()}
    assert mode["Guru Fisika"] == mode["Guru Biologi"] == {"WFO"}
    assert mode["Petugas Pajak"] == {"WFO"} and mode["Perawat"] == {"WFO"}
    assert mode["TU Sekolah"] == {"WFH"} and mode["Analis Anggaran"] == {"WFH"}


def test_absence_is_off_and_holiday_calendar_applies(database):
    babel_org(database, pelaksana=10)
    pol.apply_holiday_preset(database, 2020)
    p = policy(database, BABEL.replace("holidays = [2020-03-25, 2020-04-10]", "holidays = []"))
    staff = {s["name"]: s for s in register.StaffList.load(database).rows}
    pol.add_absence(database, staff["Staf 03"]["id"], "CT", dt.date(2020, 3, 30),
                    dt.date(2020, 4, 3))
    scheduler.generate(database, p)
    r = roster(database)
    assert "2020-03-25" not in r["Staf 00"]  # Nyepi, from the 2020 preset calendar
    assert "2020-04-10" not in r["Staf 00"]  # Good Friday
    assert {r["Staf 03"][f"2020-03-{d}"][:2] for d in (30, 31)} == {("OFF", "absent:CT")}
    assert r["Staf 03"]["2020-04-06"][0] in ("WFO", "WFH")


def test_pins_are_kept_checked_and_regeneration_reports_what_moved(database):
    babel_org(database, pelaksana=12)
    p = policy(database, BABEL + "home_if_pregnant = true\n")
    scheduler.generate(database, p)
    staff = {s["name"]: s for s in register.StaffList.load(database).rows}
    r = roster(database)
    home = next(n for n in sorted(r) if n.startswith("Staf") and r[n]["2020-03-24"][0] == "WFH")
    # a pin inside the rules: swap someone in for the whole week, someone else goes home
    result = None
    for day in ("2020-03-23", "2020-03-24", "2020-03-26", "2020-03-27"):
        result = scheduler.pin(database, staff[home]["id"], dt.date.fromisoformat(day), "WFO")
    r2 = roster(database)
    assert r2[home]["2020-03-24"] == ("WFO", "pinned", 1, "")
    moved = {c.name for c in result.changes if c.old == "WFO" and c.new == "WFH"}
    assert moved and all(r2[n]["2020-03-24"][0] == "WFH" for n in moved)
    assert max(onsite_by_day(database).values()) == 6  # 30% of 22, the pin inside it
    # a pin that breaks a rule is kept and marked
    org_pregnant = staff["Staf 01"]
    database.execute("UPDATE staff SET pregnant = 1 WHERE id = ?", [org_pregnant["id"]])
    res = scheduler.generate(database, p)
    assert any(c.name == "Staf 01" for c in res.changes)
    scheduler.pin(database, org_pregnant["id"], dt.date(2020, 3, 31), "WFO")
    res = scheduler.generate(database, p)
    assert (res.inserted, res.updated, res.deleted) == (0, 0, 0)
    assert [b["name"] for b in res.breaches] == ["Staf 01"]
    r3 = roster(database)
    assert r3["Staf 01"]["2020-03-31"] == ("WFO", "pinned", 1, "home_pregnant")
    assert r3[home]["2020-03-24"][:3] == ("WFO", "pinned", 1)
    text = explain(database, org_pregnant["nip"], dt.date(2020, 3, 31))
    assert "secara manual" in text and "melanggar" in text and "hamil" in text


def test_regenerating_one_unit_touches_only_that_unit(database):
    org = Org(database).unit("A", type="dinas").unit("B", type="dinas")
    for u in ("A", "B"):
        org.person(f"Kepala {u}", u, "jpt", "II.a", age=45)
        for i in range(5):
            org.person(f"Staf {u}{i}", u, age=30 + i)
    org.build()
    p = policy(database, BABEL.replace('rotation_scope = "opd"', "").replace(
        "min_office = { administrator = 1, pengawas = 1, pelaksana = 4 }", ""))
    scheduler.generate(database, p)
    before = {r["staff_id"] + r["date"]: r["updated_at"]
              for r in database.query("SELECT * FROM roster")}
    staff = {s["name"]: s for s in register.StaffList.load(database).rows}
    database.execute("UPDATE staff SET comorbid = 1 WHERE id = ?", [staff["Staf B0"]["id"]])
    p2 = policy(database, BABEL.replace('rotation_scope = "opd"', "").replace(
        "min_office = { administrator = 1, pengawas = 1, pelaksana = 4 }", "") + "home_if_comorbid = true\n")
    result = scheduler.generate(database, p2, unit_code="B")
    assert {c.name for c in result.changes} >= {"Staf B0"}
    assert all(c.name.startswith(("Staf B", "Kepala B")) for c in result.changes)
    after = {r["staff_id"] + r["date"]: (r["updated_at"], r["unit_id"])
             for r in database.query("SELECT * FROM roster")}
    a_id = register.list_units(database)[0]["id"]
    assert all(before[k] == v[0] for k, v in after.items() if v[1] == a_id)


def test_policy_errors_name_line_and_key():
    bad = BABEL.replace("rotation = \"weekly\"", "rotation = \"monthly\"\ncolour = \"red\"") \
        .replace("max_office_share = 0.30", "max_office_share = 1.3") \
        .replace("valid_to = 2020-04-17", "valid_to = 2020-03-01")
    set_language("en")
    try:
        with pytest.raises(pol.PolicyError) as exc:
            pol.parse_policy(bad, "babel.toml", known_units={"BPKAD"})
        lines = exc.value.lines()
        text = "\n".join(lines)
        assert "babel.toml: line 7, key valid_to: the end 2020-03-01 is before the start" in text
        assert "key rules.max_office_share: a share between 0 and 1" in text
        assert "key rules.rotation" in text and "key rules.colour: unknown key" in text
        assert all(" line " in line for line in lines)
        with pytest.raises(pol.PolicyError) as exc:
            pol.parse_policy(BABEL + 'exempt_units = ["NOPE"]\n', "b.toml", known_units={"X"})
        assert "unknown unit code NOPE" in str(exc.value)
        with pytest.raises(pol.PolicyError) as exc:
            pol.parse_policy(BABEL.replace("2020-03-21", "2020-02-30"), "b.toml")
        assert "line 5" in str(exc.value)
    finally:
        set_language("id")


def test_policy_versions_and_toml_round_trip(database):
    p1 = policy(database, BABEL)
    again = pol.save_policy(database, pol.parse_policy(pol.policy_to_toml(p1)))
    assert again.status == "unchanged"
    changed = pol.save_policy(database, pol.parse_policy(BABEL.replace("0.30", "0.25")))
    assert changed.status == "version" and changed.policy.version == 2
    assert pol.get_policy(database, p1.number).rules.max_office_share == 0.25
    assert [p.version for p in pol.list_policies(database)] == [2, 1]


def test_the_explanation_cache_gives_the_same_sentences(tmp_path):
    """The roster grid's hover keeps the unit tree, staff and day rows between sentences:
    every sentence equals the one computed afresh, and a cleared cache sees changes."""
    from wfh_desktop import demo
    from wfh_desktop.database import open_database
    from wfh_desktop.explain import ExplainCache, explain_entry

    db = open_database(tmp_path / "d.sqlite3")
    demo.build_demo(db, staff=80, seed=7)
    rows = list(db.query("SELECT staff_id, date FROM roster ORDER BY date, staff_id"))
    if not rows:  # the demo may leave generating to the user
        for p in pol.list_policies(db):
            scheduler.generate(db, p)
        rows = list(db.query("SELECT staff_id, date FROM roster ORDER BY date, staff_id"))
    assert rows
    days = sorted({r["date"] for r in rows})[:3]
    cache = ExplainCache()
    for r in rows:
        if r["date"] not in days:
            continue
        staff = register.get_staff(db, r["staff_id"])
        day = dt.date.fromisoformat(r["date"])
        sentence = explain_entry(db, staff, day, cache)
        assert sentence == explain_entry(db, staff, day)
    assert len(cache.days) == 3 and cache.policies
    cache.clear()
    assert not cache.days and not cache.policies
