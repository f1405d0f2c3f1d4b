"""A month of attendance for a province (40 OPDs, 10,000 staff): keyed through the bulk API
(``attendance.key_entries``), then recapped (``recap.recap_data``) and written as XLSX and
CSV.  Each is printed next to a raw limit measured in the same run:

- keying: plain sqlite3 executemany of the same rows into the same attendance table, in one
  transaction;
- recap: one plain sqlite3 GROUP BY over the month's current entries (the counts per staff
  member and code, the minute sums), fetched.

    python bench/attendance_recap.py [--staff 10000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import province  # noqa: E402
from db import roster as roster_sql  # noqa: E402
from wfh_desktop import attendance as att  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import recap as rec  # noqa: E402
from wfh_desktop import scheduler  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402

MONTH = "2020-04"
START, END = "2020-04-01", "2020-04-30"


def month_entries(db, seed: int = 1) -> list[dict]:
    """What the clerks key: the roster's expectation, times on office days, a few
    exceptions (sick, permission, absent) and late arrivals."""
    rng = random.Random(seed)
    out = []
    for r in roster_sql.roster_tuples(db, START, END):
        sid, ds, _unit, mode, rule = r[:5]
        status = {"WFO": "H", "WFH": "WFH"}.get(mode) or rule.split(":")[1]
        x = rng.random()
        if x < 0.02:
            status = "S"
        elif x < 0.03:
            status = "I"
        elif x < 0.035:
            status = "TK"
        tin = tout = None
        if status == "H":
            tin = f"07:{rng.randint(0, 29):02d}" if rng.random() < 0.85 else \
                f"{rng.randint(7, 9):02d}:{rng.randint(30, 59):02d}"
            tout = "16:30" if rng.random() < 0.9 else f"15:{rng.randint(0, 59):02d}"
        out.append({"staff_id": sid, "date": ds, "status": status, "time_in": tin,
                    "time_out": tout})
    return out


def raw_keying(path: Path, rows: list[tuple]) -> float:
    """The same rows into the same table (indexes, foreign keys) with plain executemany."""
    db = open_database(path)
    province.build(db, staff=len({r[1] for r in rows}))
    db.conn.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = NORMAL")
    ids = [r[0] for r in con.execute("SELECT id FROM staff ORDER BY id")]
    unit = con.execute("SELECT id FROM units LIMIT 1").fetchone()[0]
    remap = dict(zip(sorted({r[1] for r in rows}), ids))
    data = [(r[0] + "x", remap[r[1]], r[2], unit) + tuple(r[4:]) for r in rows]
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(f"INSERT INTO attendance VALUES ({', '.join('?' * len(data[0]))})", data)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def raw_recap(path: Path) -> float:
    con = sqlite3.connect(path)
    start = time.perf_counter()
    con.execute(
        "SELECT staff_id, unit_id, status, count(*), sum(late_minutes), sum(early_minutes), "
        "sum(worked_minutes) FROM attendance WHERE current = 1 AND date BETWEEN ? AND ? "
        "GROUP BY staff_id, unit_id, status", [START, END]).fetchall()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--staff", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    key, key_raw, recap_t, recap_raw, xlsx_t, csv_t = [], [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "province.sqlite3"
        db = open_database(path)
        province.build(db, staff=args.staff)
        p = pol.save_policy(db, pol.parse_policy(province.POLICY)).policy
        scheduler.generate(db, p)
        entries = month_entries(db)
        start = time.perf_counter()
        result = att.key_entries(db, entries, by="bench", source="paper")
        key.append(time.perf_counter() - start)
        stored = [tuple(r) for r in db.execute(
            "SELECT * FROM attendance ORDER BY staff_id, date")]
        for i in range(args.repeat):
            key_raw.append(raw_keying(tmp / f"raw{i}.sqlite3", stored))
            start = time.perf_counter()
            recap = rec.recap_data(db, MONTH)
            recap_t.append(time.perf_counter() - start)
            recap_raw.append(raw_recap(path))
        start = time.perf_counter()
        rec.write_recap(recap, tmp / "rekap.xlsx")
        xlsx_t.append(time.perf_counter() - start)
        start = time.perf_counter()
        rec.write_recap(recap, tmp / "rekap.csv")
        csv_t.append(time.perf_counter() - start)
        staff = sum(len(u.rows) for u in recap.units)
        db.conn.close()
    med = statistics.median
    print(f"attendance entries keyed: {result.inserted} ({args.staff} staff, "
          f"{len(recap.working_days)} working days of {MONTH})")
    print(f"key_entries (check and store): {key[0]:.3f} s")
    print(f"plain executemany, same rows into the same table: {med(key_raw):.3f} s "
          f"-> ratio {key[0] / med(key_raw):.2f}x")
    print(f"recap_data ({len(recap.units)} units, {staff} staff rows): "
          f"{med(recap_t) * 1000:.0f} ms (median of {args.repeat})")
    print(f"plain GROUP BY of the same month: {med(recap_raw) * 1000:.0f} ms "
          f"-> ratio {med(recap_t) / med(recap_raw):.2f}x")
    print(f"write XLSX (one sheet per unit): {xlsx_t[0] * 1000:.0f} ms; "
          f"write CSV: {csv_t[0] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
