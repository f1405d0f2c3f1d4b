"""SQL of the settings table beyond one key (``db.register.get_setting/set_setting``)."""
from __future__ import annotations

import json


def settings_with_prefix(db, prefix: str) -> dict:
    """Every setting whose key starts with *prefix*, as key -> decoded value."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {key: json.loads(value) for key, value in db.execute(
        "SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
        [escaped + "%"],
    )}
