"""The PyInstaller build (build.spec) as a clerk's PC gets it: built once, then run.

Builds ``dist/wfh-desktop/`` into a temporary folder and runs the frozen program: its
version, the GUI started and shown (offscreen), and the demo and staff export commands,
which need the bundled core, database code and resources.
"""
import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wfh_desktop import __version__

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build the one-folder package once for this module; the ``dist/wfh-desktop`` path."""
    tmp = tmp_path_factory.mktemp("frozen")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build"), "build.spec"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"PyInstaller failed:\n{r.stdout[-3000:]}\n{r.stderr[-6000:]}"
    folder = tmp / "dist" / "wfh-desktop"
    assert folder.is_dir(), r.stderr[-3000:]
    return folder


@pytest.fixture
def env(tmp_path):
    """The environment of a clean user: no database chosen, settings and data in tmp."""
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("WFH_DESKTOP_DB", "WFH_DESKTOP_QUIT_AFTER_SHOW", "WFH_DESKTOP_LANG",
                 "PYTHONPATH", "PYTHONHOME"):
        e.pop(name, None)
    e["HOME"] = str(tmp_path / "home")
    e["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    e["XDG_DATA_HOME"] = str(tmp_path / "data")
    return e


def run(exe: Path, *args, env, cwd, timeout=120):
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=timeout)


def test_layout(bundle):
    """Both programs and every file of resources/ are in the folder."""
    assert (bundle / f"wfh-desktop{EXE_SUFFIX}").is_file()
    assert (bundle / f"wfh-desktop-gui{EXE_SUFFIX}").is_file()
    bundled = bundle / "_internal" / "resources"
    assert bundled.is_dir()
    expected = _files(ROOT / "resources")
    assert "icons/wfh-desktop.png" in expected
    missing = expected - _files(bundled)
    assert not missing, f"resources missing from the build: {sorted(missing)}"


def test_version(bundle, env, tmp_path):
    r = run(bundle / f"wfh-desktop{EXE_SUFFIX}", "--version", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wfh-desktop {__version__}"


@pytest.mark.skipif(sys.platform == "win32", reason="a windowed program has no stdout on Windows")
def test_gui_program_version(bundle, env, tmp_path):
    r = run(bundle / f"wfh-desktop-gui{EXE_SUFFIX}", "--version", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert __version__ in r.stdout


def test_window_shown(bundle, env, tmp_path):
    db = tmp_path / "gui.sqlite3"
    env.update(WFH_DESKTOP_QUIT_AFTER_SHOW="1", WFH_DESKTOP_DB=str(db))
    r = run(bundle / f"wfh-desktop{EXE_SUFFIX}", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "WFH Desktop window shown" in r.stdout
    assert db.is_file()
    # the Indonesian translation is bundled and loads (a missing .qm is logged by name)
    assert "wfh_desktop_id.qm" not in r.stderr


def test_demo_and_staff_export(bundle, env, tmp_path):
    exe = bundle / f"wfh-desktop{EXE_SUFFIX}"
    db = tmp_path / "demo.sqlite3"
    r = run(exe, "--db", str(db), "demo", "--staff", "20", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(exe, "--db", str(db), "staff", "export", "staff.csv", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    with open(tmp_path / "staff.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 20
    assert all(row["nama"] and row["unit"] for row in rows)
    r = run(exe, "--db", str(db), "staff", "export", "staff.xlsx", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert (tmp_path / "staff.xlsx").read_bytes()[:2] == b"PK"


def test_roster_generated_and_printed(bundle, env, tmp_path):
    """The bundled sample circular, holiday preset, fonts and reportlab work frozen."""
    exe = bundle / f"wfh-desktop{EXE_SUFFIX}"
    db = tmp_path / "demo.sqlite3"
    assert run(exe, "--db", str(db), "demo", "--staff", "30", env=env,
               cwd=tmp_path).returncode == 0
    r = run(exe, "--db", str(db), "schedule", "generate", "--policy", "065/0312/ORG",
            env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(exe, "--db", str(db), "schedule", "print", "--from", "2020-03-23", "--to",
            "2020-03-27", "-o", "jadwal.pdf", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    pdf = (tmp_path / "jadwal.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-" and b"DejaVu" in pdf


def test_site_identity_signed(bundle, env, tmp_path):
    """The bundled ``cryptography`` (Ed25519) works frozen: a key pair is made and the
    registration file is signed; the fingerprint is printed last."""
    exe = bundle / f"wfh-desktop{EXE_SUFFIX}"
    db = tmp_path / "bkd.sqlite3"
    r = run(exe, "--db", str(db), "site", "--role", "bkd", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(exe, "--db", str(db), "sync", "identity", "-o", "bkd.json", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    fingerprint = r.stdout.strip().splitlines()[-1]
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert b'"signature"' in (tmp_path / "bkd.json").read_bytes()
