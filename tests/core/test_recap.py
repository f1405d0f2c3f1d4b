"""The monthly recap: numbers checked against counts made here from the keyed data, the
workbook's layout, and the fingerprint of a closed month."""
import csv
import datetime as dt
import hashlib
import math
import random
from collections import Counter, defaultdict

import pytest

from db import roster as roster_sql
from wfh_desktop import attendance as att
from wfh_desktop import recap as rec

from .test_attendance import english, nip, office, sid, staff_by_name  # noqa: F401

MARCH = [dt.date(2020, 3, d) for d in range(1, 32)]
# the policy starts on 23 March; 25 March (Nyepi) is a holiday
WORKING = [d for d in MARCH if d.weekday() < 5 and d >= dt.date(2020, 3, 23)
           and d != dt.date(2020, 3, 25)]
CODES = ["H", "H", "H", "WFH", "WFH", "S", "I", "DL", "TK", "CT"]
PRESENT = {"H", "WFH", "DL", "DD"}


def minutes(hhmm):
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def keyed_month(db, seed=7):
    """Key March at random for every staff member, leaving some days out; return what was
    keyed as (name, date, status, time_in, time_out)."""
    rng = random.Random(seed)
    keyed, entries = [], []
    for name, s in staff_by_name(db).items():
        for day in WORKING:
            if rng.random() < 0.15:
                continue
            status = rng.choice(CODES)
            tin = tout = None
            if status == "H":
                tin = f"{rng.randint(7, 9):02d}:{rng.randrange(0, 60):02d}"
                tout = f"{rng.randint(14, 16):02d}:{rng.randrange(0, 60):02d}"
            keyed.append((name, day, status, tin, tout))
            entries.append({"staff_id": s["id"], "date": day, "status": status,
                            "time_in": tin, "time_out": tout})
    att.key_entries(db, entries, by="Operator")
    return keyed


def expected_rows(keyed):
    """The recap computed here, independently of the code under test."""
    out = defaultdict(lambda: {"counts": Counter(), "present": 0, "late": 0, "early": 0,
                               "worked": 0, "bands": Counter(), "days": 0})
    for name, day, status, tin, tout in keyed:
        r = out[name]
        r["counts"][status] += 1
        r["days"] += 1
        if status in PRESENT:
            r["present"] += 1
        if tin:
            late = max(0, minutes(tin) - 450)
            end = 990 if day.weekday() == 4 else 960
            early = max(0, end - minutes(tout))
            r["late"] += late
            r["early"] += early
            for prefix, m in (("TL", late), ("PSW", early)):
                if m:
                    r["bands"][f"{prefix}{min(4, (m - 1) // 30 + 1)}"] += 1
            brk = (690, 780) if day.weekday() == 4 else (720, 780)
            a, b = minutes(tin), minutes(tout)
            r["worked"] += b - a - max(0, min(b, brk[1]) - max(a, brk[0]))
    return out


def test_recap_numbers_equal_counts_made_from_the_keyed_data(office):
    db = office
    keyed = keyed_month(db)
    want = expected_rows(keyed)
    recap = rec.recap_data(db, "2020-03")
    assert recap.working_days == WORKING
    assert [u.unit_code for u in recap.units] == ["DINAS", "DINAS-A", "DINAS-B"]
    rows = {r.name: r for u in recap.units for r in u.rows}
    assert set(rows) == set(staff_by_name(db))
    for name, r in rows.items():
        w = want[name]
        assert r.working_days == len(WORKING) == 6
        assert {k: v for k, v in r.counts.items() if v} == dict(w["counts"]), name
        assert r.present == w["present"]
        assert r.late_minutes == w["late"] and r.early_minutes == w["early"]
        bands = {k: v for k, v in {**r.late_bands, **r.early_bands}.items() if v}
        assert bands == dict(w["bands"])
        assert r.worked_minutes == w["worked"] and r.hours == round(w["worked"] / 60, 1)
        assert r.percent == round(w["present"] * 100 / 6, 1)
        assert r.not_keyed == 6 - w["days"]
        assert r.nip == nip(db, name)
    unit_a = next(u for u in recap.units if u.unit_code == "DINAS-A")
    assert [r.name for r in unit_a.rows] == ["Ani", "Budi", "Citra", "Dodi", "Eka"]
    assert [r.no for r in unit_a.rows] == [1, 2, 3, 4, 5]


def test_recap_days_count_on_site_against_the_plan_and_the_cap(office):
    db = office
    keyed = keyed_month(db, seed=3)
    recap = rec.recap_data(db, "2020-03", "DINAS-A")
    [unit] = recap.units
    members = {"Ani", "Budi", "Citra", "Dodi", "Eka"}
    onsite = Counter(day for name, day, status, *_ in keyed if name in members and status == "H")
    planned = Counter(r["date"] for r in roster_sql.roster_report(db, "2020-03-01", "2020-03-31")
                      if r["name"] in members and r["mode"] == "WFO")
    assert len(unit.days) == 31
    for d in unit.days:
        if d.date in WORKING:
            assert d.workday and d.policy == "800/123/BKD" and d.off_code is None
            assert d.onsite == d.group_onsite == onsite[d.date]
            assert d.planned == d.group_planned == planned[d.date.isoformat()]
            assert (d.group, d.headcount, d.cap) == ("DINAS-A", 5, math.floor(0.5 * 5))
            assert d.over_cap == (onsite[d.date] > 2)
        else:
            assert not d.workday and d.onsite == 0
    offs = {d.date.day: d.off_code for d in unit.days if d.off_code}
    assert offs[25] == "LN" and offs[28] == "LJ" and offs[29] == "LJ"
    assert all(d.policy is None for d in unit.days if d.date.day < 23)


def test_the_workbook_has_one_sheet_per_unit_with_a_frozen_header(office, tmp_path):
    from openpyxl import load_workbook

    db = office
    keyed_month(db)
    recap = rec.recap_data(db, "2020-03")
    path = tmp_path / "rekap.xlsx"
    rec.write_recap(recap, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["DINAS", "DINAS-A", "DINAS-B"]
    ws = wb["DINAS-A"]
    assert ws.freeze_panes == "E7"
    header = [c.value for c in ws[6]]
    assert header[:6] == ["No", "NIP", "NIK", "Name", "Position", "Working days"]
    assert header.index("TK") < header.index("Present") < header.index("TL1")
    assert "% present" in header and "Hours worked" in header
    ani = next(r for u in recap.units for r in u.rows if r.name == "Ani")
    row7 = [c.value for c in ws[7]]
    assert row7[0] == 1 and row7[3] == "Ani"
    assert row7[1].replace(" ", "") == ani.nip and len(row7[1]) == 21  # printed NIP
    assert row7[header.index("Present")] == ani.present  # a number, not text
    assert row7[header.index("% present")] == ani.percent
    assert ws.column_dimensions["D"].width >= len("Name") + 2
    assert ws.column_dimensions["B"].width >= 21
    assert "Month not closed" in ws["A4"].value


def test_the_csv_has_one_row_per_staff_member(office, tmp_path):
    db = office
    keyed_month(db)
    recap = rec.recap_data(db, "2020-03")
    path = tmp_path / "rekap.csv"
    rec.write_recap(recap, path)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    assert len(rows) == len(staff_by_name(db))
    assert list(rows[0])[:9] == ["bulan", "unit", "no", "nip", "nik", "nama", "jabatan",
                                 "hari_kerja", "H"]
    ani = next(r for r in rows if r["nama"] == "Ani")
    want = next(r for u in recap.units for r in u.rows if r.name == "Ani")
    assert int(ani["hadir"]) == want.present and float(ani["persen_hadir"]) == want.percent
    assert ani["sidik_data"] == ""  # the month is not closed
    with pytest.raises(rec.FileError):
        rec.write_recap(recap, tmp_path / "rekap.ods")


def canonical_fingerprint(db, unit_code, month, present):
    """The fingerprint as documented, computed from the entries read back here."""
    from db import attendance as sql

    units = {u["code"]: u["id"] for u in att.register_sql.list_units(db)}
    staff = {s["id"]: s for s in staff_by_name(db).values()}
    rows = [e for e in sql.current_tuples(db, f"{month}-01", f"{month}-31")
            if e[2] == units[unit_code]]
    used = sorted({e[3] for e in rows})
    lines = ["wfh-desktop attendance v1", f"unit {unit_code}", f"month {month}",
             "codes " + ",".join(f"{c}:{int(c in present)}" for c in used)]
    lines += sorted(f"{e[1]}|{staff[e[0]]['nip']}|{e[3]}|{e[4] or ''}|{e[5] or ''}|{e[6]}|"
                    f"{e[7]}|{e[8]}|{e[9]}" for e in rows)
    return hashlib.sha256(("\n".join(lines) + "\n").encode()).hexdigest()[:12]


def test_closed_month_fingerprint_changes_with_a_later_correction(office, tmp_path):
    db = office
    keyed_month(db)
    before = rec.recap_data(db, "2020-03", "DINAS-A").units[0]
    assert not before.closed
    assert before.fingerprint == canonical_fingerprint(db, "DINAS-A", "2020-03", PRESENT)

    closed = att.close_month(db, "DINAS-A", "2020-03", by="Kepala Dinas").closed["DINAS-A"]
    unit = rec.recap_data(db, "2020-03", "DINAS-A").units[0]
    assert unit.closed and unit.fingerprint == unit.closed_fingerprint == closed
    assert not unit.changed_since_close
    assert closed in rec.fingerprint_line(unit) and "Kepala Dinas" in rec.fingerprint_line(unit)
    path = tmp_path / "paper.xlsx"
    rec.write_recap(rec.recap_data(db, "2020-03", "DINAS-A"), path)
    from openpyxl import load_workbook
    assert closed in load_workbook(path)["DINAS-A"]["A4"].value
    assert rec.check_fingerprint(db, "DINAS-A", "2020-03", closed.upper()).matches

    # keying is refused on a closed month; only a correction changes it
    versions = att.entry_history(db, sid(db, "Ani"), WORKING[0])
    new_status = "S" if not versions or versions[-1]["status"] != "S" else "I"
    with pytest.raises(att.DayLocked):
        att.key_entry(db, sid(db, "Ani"), WORKING[0], new_status)
    att.correct_entry(db, sid(db, "Ani"), WORKING[0], new_status, reason="surat dokter",
                      by="Kepala Dinas")
    after = rec.recap_data(db, "2020-03", "DINAS-A").units[0]
    assert after.fingerprint != closed and after.closed_fingerprint == closed
    assert after.changed_since_close
    assert after.fingerprint == canonical_fingerprint(db, "DINAS-A", "2020-03", PRESENT)
    line = rec.fingerprint_line(after)
    assert after.fingerprint in line and closed in line
    check = rec.check_fingerprint(db, "DINAS-A", "2020-03", closed)
    assert not check.matches and check.at_close == closed and check.current == after.fingerprint
    # other units are untouched
    other = rec.recap_data(db, "2020-03", "DINAS-B").units[0]
    assert other.fingerprint == canonical_fingerprint(db, "DINAS-B", "2020-03", PRESENT)
    # what counts as present is part of what the paper shows
    att.key_entry(db, sid(db, "Fajar"), WORKING[0], "DL")
    with_dl = rec.recap_data(db, "2020-03", "DINAS-B").units[0].fingerprint
    att.save_code(db, "DL", "Dinas luar", present=False)
    without = rec.recap_data(db, "2020-03", "DINAS-B").units[0].fingerprint
    assert without != with_dl
    assert without == canonical_fingerprint(db, "DINAS-B", "2020-03", PRESENT - {"DL"})


def test_extra_columns_come_in_through_the_seam(office, tmp_path):
    db = office
    keyed_month(db)

    def wfh_days(db_, rows, start, end):
        assert (start, end) == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))
        return {r.staff_id: sum(1 for c in r.daily.values() if c == "WFH") for r in rows}

    column = rec.RecapColumn("wfh_hari", "WFH days", wfh_days)
    recap = rec.recap_data(db, "2020-03", extra_columns=[column])
    for r in (r for u in recap.units for r in u.rows):
        assert r.extra["wfh_hari"] == r.counts["WFH"]
    path = tmp_path / "r.csv"
    rec.write_recap(recap, path)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    assert "wfh_hari" in rows[0]
    assert [f.header for f in rec.recap_fields(recap)][-1] == "WFH days"


def test_month_and_unit_are_checked():
    with pytest.raises(ValueError):
        rec.parse_month("2020-13")
    with pytest.raises(ValueError):
        rec.parse_month("03/2020")
    assert rec.parse_month("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert rec.parse_month("2020-12")[1] == dt.date(2020, 12, 31)


def test_unknown_unit_and_empty_month(office, tmp_path):
    with pytest.raises(KeyError):
        rec.recap_data(office, "2020-03", "NOPE")
    recap = rec.recap_data(office, "2019-01")
    assert recap.working_days == []
    assert all(r.percent is None and r.not_keyed == 0 for u in recap.units for r in u.rows)
    rec.write_recap(recap, tmp_path / "kosong.xlsx")


def test_recap_counts_wfh_days_without_a_daily_report(office):
    """The column the reports issue adds: WFH days keyed in the attendance for which no
    report arrived, counted independently here."""
    from wfh_desktop import reports

    db = office
    keyed_month(db)
    recap = rec.recap_data(db, "2020-03")
    rows = [r for u in recap.units for r in u.rows]
    home = [(r.staff_id, d) for r in rows for d, c in sorted(r.daily.items()) if c == "WFH"]
    assert home, "the keyed month has WFH days"
    sent = home[::2]  # a report for every other WFH day
    for staff_id, day in sent:
        reports.add_report(db, staff_id, dt.date.fromisoformat(day), "1. Menyusun laporan")
    recap = rec.recap_data(db, "2020-03")
    expected = Counter(s for s, d in home if (s, d) not in set(sent))
    for r in (r for u in recap.units for r in u.rows):
        assert r.extra["wfh_tanpa_laporan"] == expected.get(r.staff_id, 0), r.name
    assert [c.key for c in recap.extra_columns] == ["wfh_tanpa_laporan"]
