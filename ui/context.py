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
        self._staff_list = None   # a function returning the staff list read ahead, or None

    def read_ahead_staff(self, result) -> None:
        """*result()* returns the staff list (:class:`wfh_desktop.register.StaffList`) read
        ahead at start, or None; the staff page takes it once instead of reading it."""
        self._staff_list = result

    def take_staff_list(self):
        """The staff list read ahead at start (only once), or None."""
        result, self._staff_list = self._staff_list, None
        return result() if result is not None else None

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)
