"""One month of roster for a province (40 OPDs, 10,000 staff), generated and stored, against
plain sqlite3 executemany of the same number of rows in one transaction (the raw limit).

    python bench/roster.py [--staff 10000] [--repeat 3]

Target (DESIGN.md, Quality): at most 3x.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import province  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import scheduler  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402


def same_table_executemany(path: Path, rows: list[tuple]) -> float:
    """The same rows into the same table (same keys, index and foreign keys), with plain
    sqlite3 executemany in one transaction: what SQLite itself needs to store them."""
    db = open_database(path)
    province.build(db, staff=len({r[0] for r in rows}))
    db.conn.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = NORMAL")
    src_staff = sorted({r[0] for r in rows})
    dst_staff = [r[0] for r in con.execute("SELECT id FROM staff ORDER BY id")]
    unit = con.execute("SELECT id FROM units LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO policies (id, number, version, title, valid_from, valid_to, "
                "workdays, holidays, rules, created_at) VALUES ('p', 'P', 1, 'P', "
                "'2020-04-01', '2020-04-30', '[]', '[]', '{}', 'now')")
    remap = dict(zip(src_staff, dst_staff))
    data = [(remap[r[0]], r[1], unit, r[3], r[4], "p", r[6], r[7], r[8], r[9]) for r in rows]
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO roster VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", data)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def raw_executemany(path: Path, rows: int) -> float:
    """The same number of rows into a bare table with only its primary key."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("CREATE TABLE roster (staff_id TEXT, date TEXT, unit_id TEXT, mode TEXT, "
                "rule TEXT, policy_id TEXT, pinned INTEGER, breach TEXT, pinned_by TEXT, "
                "updated_at TEXT, PRIMARY KEY (staff_id, date)) WITHOUT ROWID")
    data = [(f"01a2-{i // 20:06d}-staff-id-0000000000", f"2020-04-{1 + i % 20:02d}",
             "01a2-unit-id-000000000000000000", "WFH", "rotation_home",
             "01a2-policy-id-00000000000000", 0, "", "", "2020-03-23T08:00:00")
            for i in range(rows)]
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO roster VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", data)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--staff", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    ours, raw, same, rows = [], [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            db = open_database(Path(tmp) / f"province{i}.sqlite3")
            province.build(db, staff=args.staff)
            p = pol.save_policy(db, pol.parse_policy(province.POLICY)).policy
            start = time.perf_counter()
            result = scheduler.generate(db, p)
            ours.append(time.perf_counter() - start)
            rows = result.inserted
            start = time.perf_counter()
            again = scheduler.generate(db, p)
            regen = time.perf_counter() - start
            stored = [tuple(r) for r in db.execute(
                "SELECT staff_id, date, unit_id, mode, rule, policy_id, pinned, breach, "
                "pinned_by, updated_at FROM roster ORDER BY staff_id, date")]
            db.conn.close()
            raw.append(raw_executemany(Path(tmp) / f"raw{i}.sqlite3", rows))
            same.append(same_table_executemany(Path(tmp) / f"same{i}.sqlite3", stored))
    o, r, m = statistics.median(ours), statistics.median(raw), statistics.median(same)
    print(f"roster rows: {rows} ({args.staff} staff, {result.days} working days, "
          f"{result.groups} rotation groups, {len(result.conflicts)} conflicts)")
    print(f"generate and store: {o:.3f} s (median of {args.repeat})")
    print(f"plain executemany, same rows into the same roster table: {m:.3f} s")
    print(f"plain executemany, same number of rows into a bare table: {r:.3f} s")
    print(f"ratio against the same table: {o / m:.2f}x (target <= 3x)")
    print(f"ratio against the bare table: {o / r:.2f}x")
    print(f"regenerate with nothing changed: {regen:.3f} s "
          f"({again.unchanged} unchanged, {again.updated} changed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
