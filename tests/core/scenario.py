"""Small organisations built for scheduler tests, through the same core functions as a
clerk's import (so every record is valid)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from wfh_desktop import policy as pol
from wfh_desktop import register
from wfh_desktop.tabular import Table

REF = dt.date(2020, 3, 23)


class Org:
    def __init__(self, db, ref: dt.date = REF):
        self.db = db
        self.ref = ref
        self.units: list[dict] = []
        self.staff: list[dict] = []
        self._seq = defaultdict(int)

    def unit(self, code, name=None, parent="", type="dinas", public=False):
        self.units.append({"kode": code, "nama": name or code, "induk": parent, "jenis": type,
                           "layanan_publik": "ya" if public else "tidak"})
        return self

    def person(self, name, unit, level="pelaksana", eselon="", age=35, sex="L",
               pregnant=False, comorbid=False, public_service=False, teacher=False,
               employment="PNS", birth: dt.date | None = None):
        if birth is None:
            # born in June: on the reference date (March) the person is exactly *age*
            birth = dt.date(self.ref.year - age - 1, 6, 1 + len(self.staff) % 28)
        self._seq[birth] += 1
        row = {"nama": name, "jenis_pegawai": employment, "tingkat": level, "eselon": eselon,
               "unit": unit, "jenis_kelamin": sex, "hamil": "ya" if pregnant else "",
               "komorbid": "ya" if comorbid else "", "layanan_publik": "ya" if public_service
               else "", "guru": "ya" if teacher else ""}
        if employment in ("PNS", "PPPK"):
            tmt = max(birth.year + 20, 2000)
            sexd = "1" if sex == "L" else "2"
            row["nip"] = f"{birth:%Y%m%d}{tmt}03{sexd}{self._seq[birth]:03d}"
            row["tanggal_lahir"] = birth.isoformat()
        else:
            row["tanggal_lahir"] = birth.isoformat()
        self.staff.append(row)
        return self

    def build(self):
        table = Table("units", {}, list(enumerate(self.units, start=2)))
        records, report = register.plan_units(self.db, table)
        assert not report.errors, [str(e) for e in report.errors]
        register.apply_units(self.db, records)
        table = Table("staff", {}, list(enumerate(self.staff, start=2)))
        plan = register.plan_staff(self.db, table, today=self.ref)
        assert not plan.report.errors, [str(e) for e in plan.report.errors]
        register.apply_staff_plan(self.db, plan)
        return self


def policy(db, toml: str):
    parsed = pol.parse_policy(toml, "test.toml")
    return pol.save_policy(db, parsed).policy


def roster(db, start="2020-01-01", end="2020-12-31") -> dict:
    """{staff name: {date: (mode, rule, pinned, breach)}}"""
    from db import roster as roster_sql

    out: dict = defaultdict(dict)
    for r in roster_sql.roster_report(db, start, end):
        out[r["name"]][r["date"]] = (r["mode"], r["rule"], r["pinned"], r["breach"])
    return out


def onsite_by_day(db, names: set[str] | None = None) -> dict:
    out: dict = defaultdict(int)
    for name, days in roster(db).items():
        if names is not None and name not in names:
            continue
        for day, (mode, *_rest) in days.items():
            if mode == "WFO":
                out[day] += 1
    return out
