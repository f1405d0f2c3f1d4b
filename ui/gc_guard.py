"""Collect Python's reference cycles on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate when a threshold is
crossed.  When that is a worker thread of :mod:`ui.runner`, the collector may destroy Qt
objects owned by the GUI thread (a closed dialog caught in a cycle), and Qt crashes.  So
automatic collection is switched off and done here, from a timer on the GUI thread (the
approach of pyqtgraph's ``GarbageCollector``).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_installed: "GuiThreadCollector | None" = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 > t0:
            gc.collect(0)
            if c1 > t1:
                gc.collect(1)
                if c2 > t2:
                    gc.collect(2)


def install(app: QObject) -> GuiThreadCollector:
    """Install the collector once for *app* (the QApplication)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
