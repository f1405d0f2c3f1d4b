"""Shared pieces of the units, settings and first-start GUI tests."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.context import AppContext  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402

UNITS_CSV = """kode,nama,induk,jenis,layanan_publik
BKD,Badan Kepegawaian Daerah,,badan,tidak
BKD-MUT,Bidang Mutasi,BKD,badan,tidak
RSUD,RSUD Ulin,,rsud,ya
"""


def open_context(tmp_path) -> AppContext:
    """A fresh database in *tmp_path* and the GUI context on it."""
    path = tmp_path / "t.sqlite3"
    return AppContext(open_database(path), path)


def close_context(ctx: AppContext) -> None:
    ctx.db.conn.close()


class Recorder:
    """Stands in for a page's message method and remembers every call."""

    def __init__(self, result=None):
        self.calls: list[tuple] = []
        self.result = result

    def __call__(self, *args):
        self.calls.append(args)
        return self.result
