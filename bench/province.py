"""A province-sized database for the benchmarks: 40 OPDs, 10,000 staff (made, not timed)."""
from __future__ import annotations

import datetime as dt
import random

from wfh_desktop import register
from wfh_desktop.tabular import Table

REF = dt.date(2020, 3, 23)
OPD_TYPES = ["dinas", "badan", "dinas", "dinas", "badan", "inspektorat", "sekretariat", "rsud"]


def build(db, opds: int = 40, staff: int = 10_000, seed: int = 1) -> None:
    rng = random.Random(seed)
    units, rows = [], []
    per_opd = staff // opds
    seq = 0
    for k in range(1, opds + 1):
        code = f"OPD{k:02d}"
        units.append({"kode": code, "nama": f"Perangkat Daerah {k}", "induk": "",
                      "jenis": OPD_TYPES[k % len(OPD_TYPES)], "layanan_publik": "tidak"})
        bidang = [f"{code}-B{b}" for b in range(1, 5)]
        for b in bidang:
            units.append({"kode": b, "nama": f"Bidang {b[-1]} {k}", "induk": code,
                          "jenis": "other", "layanan_publik": "tidak"})
        for i in range(per_opd):
            seq += 1
            if i == 0:
                level, eselon, unit = "jpt", "II.a", code
            elif i <= 4:
                level, eselon, unit = "administrator", "III.a", bidang[i - 1]
            elif i <= 12:
                level, eselon, unit = "pengawas", "IV.a", bidang[(i - 5) % 4]
            else:
                level, eselon, unit = rng.choice(["pelaksana"] * 3 + ["fungsional"]), "", \
                    bidang[i % 4]
            age = rng.randint(23, 58)
            birth = dt.date(REF.year - age - 1, rng.randint(4, 12), rng.randint(1, 28))
            sex = rng.choice("LP")
            tmt = max(birth.year + 22, 1995)
            nip = f"{birth:%Y%m%d}{tmt}{rng.randint(1, 12):02d}{1 if sex == 'L' else 2}" \
                  f"{seq % 1000:03d}"
            rows.append({"nip": nip, "nama": f"Pegawai {seq:05d}", "jenis_pegawai": "PNS",
                         "tingkat": level, "eselon": eselon, "unit": unit,
                         "jenis_kelamin": sex,
                         "hamil": "ya" if sex == "P" and age < 40 and rng.random() < 0.03
                         else "",
                         "komorbid": "ya" if rng.random() < 0.05 else ""})
    # NIPs must be unique: the sequence wraps at 1000, so dedupe on the rare collision
    seen = set()
    for r in rows:
        while r["nip"] in seen:
            r["nip"] = r["nip"][:15] + f"{(int(r['nip'][15:]) + 1) % 1000:03d}"
        seen.add(r["nip"])
    recs, report = register.plan_units(db, Table("units", {}, list(enumerate(units, 2))))
    assert not report.errors, report.errors[:3]
    register.apply_units(db, recs)
    plan = register.plan_staff(db, Table("staff", {}, list(enumerate(rows, 2))), today=REF)
    assert not plan.report.errors, [str(e) for e in plan.report.errors[:3]]
    register.apply_staff_plan(db, plan)


POLICY = """
number = "BENCH/2020"
title = "Sistem kerja bergiliran (uji kinerja)"
valid_from = 2020-04-01
valid_to = 2020-04-30
holidays = [2020-04-10]

[rules]
always_office_top_levels = 2
max_office_share = 0.30
min_office = { administrator = 1, pengawas = 1, pelaksana = 4 }
rotation = "weekly"
rotation_scope = "opd"
home_if_age_at_least = 50
home_if_pregnant = true
home_if_comorbid = true
"""
