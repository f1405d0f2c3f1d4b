"""The wheel that ``pip install .`` builds: its contents, and the program installed from it.

The wheel is built from a copy of the source tree, so that setuptools' ``build/`` folder
in the checkout can neither leak stale files into it nor be disturbed by it.
"""
import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from wfh_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("wfh_desktop", "db", "ui")
IGNORE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                ".venv*", ".pytest_cache", ".hypothesis", ".benchmarks",
                                "*.sqlite3", "*.db", "*.db-wal", "*.db-shm")


def _files(root: Path, pattern: str = "*") -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob(pattern)
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """``(wheel path, source snapshot)``: the wheel built once for this module."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=IGNORE)
    out = tmp / "dist"
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(src)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"wheel build failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0], src


def test_wheel_contents(wheel):
    path, src = wheel
    assert path.name.startswith(f"wfh_desktop-{__version__}-")
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        dist_info = f"wfh_desktop-{__version__}.dist-info"
        entry_points = zf.read(f"{dist_info}/entry_points.txt").decode()
        metadata = zf.read(f"{dist_info}/METADATA").decode()

    # every module of the three packages
    for package in PACKAGES:
        expected = {f"{package}/{name}" for name in _files(src / package, "*.py")}
        assert f"{package}/__init__.py" in expected
        missing = expected - names
        assert not missing, f"missing from the wheel: {sorted(missing)}"

    # every bundled file, the icon and the translation among them
    expected = {f"resources/{name}" for name in _files(src / "resources")}
    assert {"resources/icons/wfh-desktop.png", "resources/icons/wfh-desktop.ico",
            "resources/translations/wfh_desktop_id.qm"} <= expected
    missing = expected - names
    assert not missing, f"resources missing from the wheel: {sorted(missing)}"

    # nothing of the development tree
    assert not [n for n in names if n.split("/")[0] in ("tests", "bench", "tools")]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]

    parser = configparser.ConfigParser()
    parser.read_string(entry_points)
    assert parser["console_scripts"]["wfh-desktop"].strip() == "wfh_desktop.cli:main"
    assert f"\nVersion: {__version__}\n" in metadata


def _venv_paths(venv: Path):
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    suffix = ".exe" if os.name == "nt" else ""
    python = scripts / f"python{suffix}"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    return python, scripts / f"wfh-desktop{suffix}", Path(purelib)


@pytest.mark.slow
def test_installed_from_wheel(wheel, tmp_path):
    """Install the wheel (not editable) into a fresh virtual environment and run it from a
    folder outside the checkout.  The dependencies (PySide6 and the rest) are lent from the
    environment running the tests through a ``.pth`` file, so nothing is downloaded; the
    project itself comes only from the wheel."""
    path, _ = wheel
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python, script, purelib = _venv_paths(venv)
    r = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index",
                        "--disable-pip-version-check", str(path)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert (purelib / "wfh_desktop" / "__init__.py").is_file(), r.stdout
    # Only now lend the dependencies: pip must not see the outer environment's copy of the
    # project, or it calls the wheel "already satisfied" and installs nothing. Directory
    # lines in a .pth come on sys.path after the venv's own site-packages, and .pth files
    # inside them are not run, so an editable install out there stays invisible too.
    outer = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (purelib / "_outer_dependencies.pth").write_text("\n".join(sorted(outer)) + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "WFH_DESKTOP_DB",
                        "WFH_DESKTOP_QUIT_AFTER_SHOW", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1",
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))

    def run(*cmd):
        return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                              cwd=work, env=env, timeout=120)

    r = run(python, "-c", "import wfh_desktop, ui, db; "
                          "print(wfh_desktop.__file__); print(ui.__file__); print(db.__file__)")
    assert r.returncode == 0, r.stderr
    for line in r.stdout.split():
        assert Path(line).resolve().is_relative_to(venv.resolve()), r.stdout

    r = run(script, "--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wfh-desktop {__version__}"

    r = run(python, "-c", "from wfh_desktop.paths import resource; "
                          "assert resource('icons', 'wfh-desktop.png').exists(); "
                          "assert resource('translations', 'wfh_desktop_id.qm').exists(); "
                          "print(resource())")
    assert r.returncode == 0, r.stderr
    assert Path(r.stdout.strip()).resolve().is_relative_to(venv.resolve())

    db = work / "demo.sqlite3"
    r = run(script, "--db", db, "demo", "--staff", "20")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(script, "--db", db, "staff", "export", "staff.csv")
    assert r.returncode == 0, r.stdout + r.stderr
    assert len((work / "staff.csv").read_text(encoding="utf-8-sig").splitlines()) == 21

    env.update(WFH_DESKTOP_QUIT_AFTER_SHOW="1", WFH_DESKTOP_DB=str(work / "gui.sqlite3"))
    r = run(script)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "WFH Desktop window shown" in r.stdout
