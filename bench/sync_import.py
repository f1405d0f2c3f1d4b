"""Importing one month of sync files from the OPDs of a province into the BKD, against
plain sqlite3 executemany of the same roster rows into the same table in one transaction
(the raw limit).

    python bench/sync_import.py [--staff 10000] [--opds 40]

Made, not timed: a BKD database (``bench/province.py``), one copy per OPD that becomes
that OPD (its own site id and key, registered with the BKD both ways) and generates the
roster of its unit for a month, then exports what the BKD does not have.  Timed: the BKD
imports every file (checks, signature, ownership, merge, log).  Target (DESIGN.md,
Quality): at most 5x.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import province  # noqa: E402
from db import backup_to  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import scheduler, sites, sync  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402


def make_files(tmp: Path, staff: int, opds: int) -> tuple[Path, list[Path]]:
    bkd_path = tmp / "bkd.sqlite3"
    bkd = open_database(bkd_path)
    province.build(bkd, staff=staff, opds=opds)
    policy = pol.save_policy(bkd, pol.parse_policy(province.POLICY)).policy
    sites.set_site(bkd, "bkd")
    sync.export(bkd, tmp / "first.wfhsync")        # stamps what the BKD has
    sites.write_identity(bkd, tmp / "bkd.json")
    bkd_fp = sites.site_info(bkd).fingerprint
    files = []
    for k in range(1, opds + 1):
        code = f"OPD{k:02d}"
        path = tmp / f"{code}.sqlite3"
        backup_to(bkd, path)
        con = sqlite3.connect(path)                 # the copy becomes another site
        for table in ("site", "peers", "sync_peer_has", "sync_origins"):
            con.execute(f"DELETE FROM {table}")
        con.commit()
        con.close()
        opd = open_database(path)
        sites.set_site(opd, "opd", code)
        sites.trust(opd, tmp / "bkd.json", bkd_fp)
        sites.write_identity(opd, tmp / f"{code}.json")
        sites.trust(bkd, tmp / f"{code}.json", sites.site_info(opd).fingerprint)
        scheduler.generate(opd, policy, unit_code=code)
        out = tmp / f"{code}.wfhsync"
        sync.export(opd, out, "bkd")
        files.append(out)
        opd.close()
        path.unlink()
    bkd.close()
    return bkd_path, files


def roster_rows(files: list[Path]) -> list[tuple]:
    cols = ("staff_id", "date", "unit_id", "mode", "rule", "policy_id", "pinned", "breach",
            "pinned_by", "updated_at")
    rows = []
    for f in files:
        with zipfile.ZipFile(f) as z:
            for line in z.read("changes.jsonl").decode("utf-8").splitlines():
                d = json.loads(line)
                if d.get("kind") == "roster" and d["op"] == "put":
                    rows.append(tuple(d["data"][c] for c in cols))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--staff", type=int, default=10_000)
    ap.add_argument("--opds", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bkd_path, files = make_files(tmp, args.staff, args.opds)
        raw_path = tmp / "raw.sqlite3"
        shutil.copyfile(bkd_path, raw_path)
        for suffix in ("-wal", "-shm"):
            if Path(str(bkd_path) + suffix).exists():
                shutil.copyfile(str(bkd_path) + suffix, str(raw_path) + suffix)
        changes = sum(json.loads(zipfile.ZipFile(f).read("manifest.json"))["total"]
                      for f in files)
        bkd = open_database(bkd_path)
        applied = refused = 0
        start = time.perf_counter()
        for f in files:
            result = sync.import_file(bkd, f)
            applied += result.applied
            refused += len(result.refused)
        ours = time.perf_counter() - start
        bkd.close()
        rows = roster_rows(files)
        con = sqlite3.connect(raw_path, isolation_level=None)
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = NORMAL")
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany("INSERT OR REPLACE INTO roster VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows)
        con.execute("COMMIT")
        raw = time.perf_counter() - start
        con.close()
    print(f"sync files: {len(files)} OPDs, {changes} changes ({applied} applied, "
          f"{refused} refused), {args.staff} staff")
    print(f"import every file at the BKD: {ours:.3f} s")
    print(f"plain executemany of the {len(rows)} roster rows into the same table: {raw:.3f} s")
    print(f"ratio: {ours / raw:.2f}x (target <= 5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
