"""Benchmark: peak memory of the GUI with a year of attendance for 10,000 staff.

    python bench/memory.py [--staff 10000] [--year 2020] [--month 2020-04]

Target (DESIGN.md, Quality): memory under 400 MB with a year of attendance for 10,000 staff.

Made, not timed: a database with ``wfh-desktop demo --staff N`` (one OPD and its units, the
staff, a circular), a bench administrator, the circular's roster (``schedule generate``)
and, written directly with sqlite3 into the application's own ``attendance`` table (its
capture triggers log every row for sync, as keying would), one entry per staff member and
weekday of *year* that is not a holiday: 2.5 million rows for 10,000 staff.

Then, in fresh processes: a bare PySide6 window (QApplication + QMainWindow, shown and
painted) and WFH Desktop started through its real path (``ui.app.run``, as
``bench/staff_table.py`` does: the log-in of the bench account through the core, the main
window with the staff page), which then opens the attendance page (the day of the OPD
with every staff member), the roster page (the OPD's month) and the attendance page's month
view with its recap for *month* (the whole OPD).  Each process reports its peak resident
set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) after every step; prints the
peaks against the target and against the bare window.  Asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 400
BENCH_USER, BENCH_PASSWORD = "bench", "bench-password-1"


def peak_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is KB on Linux, bytes on
    macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def report(step: str) -> None:
    print(f"PEAK {peak_mb():.1f} {step}", flush=True)


# --- child processes ---------------------------------------------------------------------
def child_bare() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.staff_table import _watch_first_paint

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)

    def painted():
        report("bare window painted")
        app.exit(0)

    _watch_first_paint(app, window, painted)
    window.show()
    return app.exec()


def child_app(db: str, month: str) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.staff_table import _start_app

    def painted(app, window):
        report("main window with the staff page painted")
        from ui import attendance_page, roster_page

        page = window.show_page("attendance")
        app.processEvents()
        report(f"attendance page: {page.unit_code()} on {page.day}, "
               f"{page.model.rowCount()} staff")
        roster = window.show_page("roster")
        roster.set_view(roster_page.MONTH)
        app.processEvents()
        rows = roster.model.rowCount()
        report(f"roster page: {roster.unit_code()}, month of {roster.period()[0]}, "
               f"{rows} rows")
        page = window.show_page("attendance")
        first = dt.date.fromisoformat(month + "-01")
        page.set_view(attendance_page.MONTH)
        page.show_day(first)
        app.processEvents()
        recap = page.recap_model.rowCount()
        report(f"attendance month view and recap of {page.month()} for "
               f"{page.unit_code()}: {recap} staff")
        app.exit(0)

    return _start_app(db, painted)


# --- making the database -----------------------------------------------------------------
def _cli(args: list[str], env: dict, db: str) -> None:
    subprocess.run([sys.executable, "-m", "wfh_desktop", "--db", db, *args], check=True,
                   env=env, cwd=ROOT, stdout=subprocess.DEVNULL)


def year_of_attendance(db: str, year: int, seed: int = 1) -> int:
    """One current entry per active staff member and weekday of *year* (holidays left
    out) in the ``attendance`` table, as the keying would leave it; returns the count."""
    rng = random.Random(seed)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = NORMAL")
    columns = [r[1] for r in con.execute("PRAGMA table_info(attendance)")]
    staff = con.execute("SELECT id, unit_id FROM staff WHERE active = 1 ORDER BY id").fetchall()
    holidays = {r[0] for r in con.execute("SELECT date FROM holidays")}
    day, days = dt.date(year, 1, 1), []
    while day.year == year:
        if day.weekday() < 5 and day.isoformat() not in holidays:
            days.append(day.isoformat())
        day += dt.timedelta(days=1)
    keyed_at = f"{year}-12-31T16:00:00"

    def rows():
        n = 0
        for ds in days:
            for sid, unit in staff:
                n += 1
                x = rng.random()
                status = "H" if x < 0.55 else "WFH" if x < 0.93 else "S" if x < 0.96 \
                    else "I" if x < 0.98 else "C" if x < 0.995 else "TK"
                tin = tout = None
                late = 0
                if status == "H":
                    late = rng.choice((0, 0, 0, 0, 0, 5, 20))
                    tin = f"07:{30 + late:02d}" if late < 30 else f"08:{late - 30:02d}"
                    tout = "16:00"
                row = {"id": f"bench-{n:09d}", "staff_id": sid, "date": ds, "unit_id": unit,
                       "status": status, "time_in": tin, "time_out": tout,
                       "late_minutes": late, "early_minutes": 0, "late_code": "",
                       "early_code": "", "worked_minutes": 510 - late if tin else None,
                       "source": "paper", "note": "", "kind": "key", "reason": "",
                       "replaces": None, "current": 1, "keyed_by": "operator",
                       "keyed_at": keyed_at}
                yield tuple(row[c] for c in columns)

    con.execute("BEGIN")
    con.executemany(f"INSERT INTO attendance ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})", rows())
    con.execute("COMMIT")
    count = con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return count


def _env(tmp: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=tmp,
               XDG_DATA_HOME=tmp)
    env.pop("WFH_DESKTOP_QUIT_AFTER_SHOW", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(args: list[str], env: dict) -> list[tuple[float, str]]:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          check=False,
                          env=env, cwd=ROOT, timeout=600)
    peaks = [(float(line.split(" ", 2)[1]), line.split(" ", 2)[2])
             for line in proc.stdout.splitlines() if line.startswith("PEAK ")]
    if proc.returncode != 0 or not peaks:
        raise SystemExit(f"{' '.join(args[:2])} failed (exit {proc.returncode}):\n"
                         f"{proc.stdout}\n{proc.stderr}")
    return peaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--year", type=int, default=2020)
    parser.add_argument("--month", default="2020-04", help="the month of the recap")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "app":
        return child_app(args.db, args.month)

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite3")
        env = _env(tmp)
        t0 = time.perf_counter()
        _cli(["demo", "--staff", str(args.staff)], env, db)
        _cli(["user", "add", BENCH_USER, "--role", "admin"],
             dict(env, WFH_DESKTOP_PASSWORD=BENCH_PASSWORD), db)
        con = sqlite3.connect(db)
        number = con.execute("SELECT number FROM policies ORDER BY valid_from DESC").fetchone()[0]
        con.close()
        _cli(["--user", BENCH_USER, "schedule", "generate", "--policy", number],
             dict(env, WFH_DESKTOP_PASSWORD=BENCH_PASSWORD), db)
        entries = year_of_attendance(db, args.year)
        size = Path(db).stat().st_size / (1024 * 1024)
        print(f"database made in {time.perf_counter() - t0:.0f} s: {args.staff} staff, "
              f"{entries} attendance entries ({args.year}), {size:.0f} MB")

        bare = run_child(["--child", "bare"], env)
        app = run_child(["--child", "app", "--db", db], env)
    bare_peak = max(p for p, _ in bare)
    app_peak = max(p for p, _ in app)
    print("peak resident memory (ru_maxrss):")
    print(f"  bare PySide6 window            {bare_peak:7.1f} MB")
    for peak, step in app:
        print(f"  WFH Desktop, after {step}: {peak:.1f} MB")
    print(f"  WFH Desktop peak               {app_peak:7.1f} MB   (target < {TARGET_MB} MB; "
          f"{app_peak / TARGET_MB:.2f} of it)")
    print(f"  above the bare window          {app_peak - bare_peak:7.1f} MB   "
          f"({app_peak / bare_peak:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
