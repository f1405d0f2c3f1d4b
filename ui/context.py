"""What every page of the GUI shares: the open database and a signal for changes."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """The GUI's handle on the core.

    ``db`` is the database opened by :func:`wfh_desktop.database.open_database` on the GUI
    thread; ``db_path`` lets background work open its own connection.  Pages call
    ``notify("staff")`` after they change something and listen to ``changed`` to refresh.
    """

    changed = Signal(str)  # what changed: "staff", "units", "settings", ...

    def __init__(self, db, db_path, lang: str = "id", parent=None):
        super().__init__(parent)
        self.db = db
        self.db_path = str(db_path)
        self.lang = lang

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)
