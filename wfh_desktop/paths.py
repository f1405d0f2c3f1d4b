"""Where files live: bundled resources (source, installed and frozen runs alike) and the
per-user data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "WFH Desktop"


def resource_root() -> Path:
    """The ``resources`` folder, for a source checkout, an installed wheel and a
    PyInstaller build alike (PyInstaller puts it beside the frozen packages)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource("translations", "wfh_desktop_id.qm")``."""
    return resource_root().joinpath(*parts)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    """``WFH_DESKTOP_DB`` if set, else ``wfh-desktop.sqlite3`` in the per-user data folder."""
    env = os.environ.get("WFH_DESKTOP_DB")
    if env:
        return Path(env)
    return data_dir() / "wfh-desktop.sqlite3"
