"""``staff import`` killed with SIGKILL while it writes: the database stays sound and holds
either every imported row or none of them.

The test watches the WAL of the database.  At a kill point (the WAL has grown past a
threshold) it stops the process (SIGSTOP), reads the WAL's frame headers to learn whether
the import's transaction has committed yet, then kills it (SIGKILL).  So every kill lands
at a known place, and a kill before the commit must leave exactly the rows there were.
No hook in the program is needed.
"""
import datetime as dt
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys

import pytest

from .test_cli_register import wfh

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGSTOP and SIGKILL are POSIX")

ROWS = 6000
BEFORE = 20  # rows imported before, also in the big file (unchanged by it)
UNITS = "kode,nama,induk,jenis,layanan_publik\nBKD,Badan Kepegawaian Daerah,,badan,tidak\n"
HEADER = "nip,nama,jenis_pegawai,jabatan,unit,tanggal_lahir,jenis_kelamin,telepon,email"


def staff_rows(n: int) -> list[str]:
    """*n* valid PNS rows: the NIP carries the birth date, the CPNS start and the sex."""
    rows = []
    for i in range(n):
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=(i * 7) % 10000)
        sex = 1 + i % 2
        serial = i // 1429 + 1  # birth dates repeat every 1429 rows
        nip = f"{birth:%Y%m%d}{birth.year + 23}03{sex}{serial:03d}"
        rows.append(f"{nip},Pegawai Nomor {i:05d},PNS,Pelaksana Administrasi Umum,BKD,"
                    f"{birth.isoformat()},{'L' if sex == 1 else 'P'},+62 812-{i:04d}-0000,"
                    f"pegawai{i}@contoh.go.id")
    return rows


def wal_frames(path) -> list[tuple[int, int]]:
    """(page, commit size) of the valid frames of a WAL file; commit size > 0 marks the
    last frame of a committed transaction."""
    try:
        data = open(path, "rb").read()
    except FileNotFoundError:
        return []
    if len(data) < 32:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    frames, offset = [], 32
    while offset + 24 + page_size <= len(data):
        page, commit = struct.unpack(">II", data[offset:offset + 8])
        if data[offset + 8:offset + 16] != salts:
            break
        frames.append((page, commit))
        offset += 24 + page_size
    return frames


def wal_size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return -1


def count(db) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    (folder / "units.csv").write_text(UNITS, encoding="utf-8")
    rows = staff_rows(ROWS)
    (folder / "small.csv").write_text("\n".join([HEADER] + rows[:BEFORE]) + "\n",
                                      encoding="utf-8")
    (folder / "big.csv").write_text("\n".join([HEADER] + rows) + "\n", encoding="utf-8")
    base = folder / "base.sqlite3"
    assert wfh("units", "import", str(folder / "units.csv"), db=base).returncode == 0
    r = wfh("staff", "import", str(folder / "small.csv"), db=base)
    assert r.returncode == 0, r.stderr
    assert count(base) == BEFORE

    # one import to the end on a copy: how large the WAL grows
    db = fresh_copy(folder, base)
    process = start_import(folder, db)
    largest = 0
    while process.poll() is None:
        largest = max(largest, wal_size(f"{db}-wal"))
    assert process.returncode == 0
    assert count(db) == ROWS
    return folder, base, largest


def fresh_copy(folder, base):
    db = folder / "live.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{db}{suffix}"):
            os.remove(f"{db}{suffix}")
    shutil.copyfile(base, db)
    return db


def start_import(folder, db):
    env = dict(os.environ, WFH_DESKTOP_LANG="en")
    env.pop("WFH_DESKTOP_DB", None)
    return subprocess.Popen([sys.executable, "-m", "wfh_desktop", "--db", str(db), "staff",
                             "import", str(folder / "big.csv")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)


def kill_at(folder, base, threshold: int):
    """Import into a fresh copy and kill it when the WAL has passed *threshold* bytes (-1:
    as soon as the WAL file exists, before anything is written); returns (committed at
    the kill, whether the process was killed, staff count after)."""
    db = fresh_copy(folder, base)
    process = start_import(folder, db)
    wal = f"{db}-wal"
    killed = committed = False
    try:
        while process.poll() is None:
            if wal_size(wal) > threshold:
                process.send_signal(signal.SIGSTOP)
                # the copy started without a WAL: every frame in it is the import's
                committed = any(commit for _page, commit in wal_frames(wal))
                process.send_signal(signal.SIGKILL)
                killed = True
                break
    finally:
        process.kill()
        process.wait()
    if not killed:  # it ended before the kill point: it must have finished properly
        assert process.returncode == 0
        committed = True
    return committed, killed, count(db)


def test_the_setup_imports_everything(setup):
    _folder, _base, largest = setup
    assert largest > 32  # the import did write through the WAL


# Kill points: the WAL exists (nothing written yet); its first frames, a tenth and a
# quarter of its final size (pages the import's transaction spills from its cache before it
# commits, about a third of the WAL); most of it (the commit writes the rest at once).
KILL_POINTS = {"opened": -1, "first frames": 32, "a tenth": 0.1, "a quarter": 0.25,
               "most": 0.8}


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_killed_import_leaves_all_rows_or_none(setup, point):
    folder, base, largest = setup
    threshold = KILL_POINTS[point]
    if isinstance(threshold, float):
        threshold = int(largest * threshold)
    committed, killed, staff = kill_at(folder, base, threshold)
    assert staff in (BEFORE, ROWS)
    if killed and not committed:
        assert staff == BEFORE  # killed inside the transaction: nothing of it remains
    if committed:
        assert staff == ROWS
    # the program opens it again as usual: the check on start finds nothing wrong
    r = wfh("--lang", "en", "staff", "export", str(folder / "after.csv"),
            db=folder / "live.sqlite3")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{staff} staff written to {folder / 'after.csv'}"


def test_some_kill_lands_inside_the_transaction(setup):
    """The kill points above may miss the transaction on a very busy machine; here the
    first growth of the WAL is tried a few times until one kill lands inside it."""
    folder, base, _largest = setup
    outcomes = []
    for _attempt in range(5):
        committed, killed, staff = kill_at(folder, base, 32)
        outcomes.append((committed, killed, staff))
        if killed and not committed:
            assert staff == BEFORE
            break
    else:
        pytest.fail(f"no kill landed inside the import's transaction: {outcomes}")
