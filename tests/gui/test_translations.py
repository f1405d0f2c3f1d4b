"""The GUI speaks Indonesian: every string of ui/ has a translation, and the shipped .qm is
built from the shipped .ts."""
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_every_gui_string_is_translated():
    missing = translations.missing()
    assert not missing, "\n".join(f"{c}: {s}" for c, s in missing)


def test_shipped_qm_is_built_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    translations.lrelease(translations.TS, fresh)
    assert fresh.read_bytes() == translations.QM.read_bytes(), \
        "run: python tools/translations.py update"


def test_qm_loads_and_translates(qapp):
    tr = QTranslator()
    assert tr.load(str(translations.QM))
    assert tr.translate("MainWindow", "Staff") == "Pegawai"
    assert tr.translate("MainWindow", "Roster") == "Jadwal"


def test_check_command_exits_zero():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
