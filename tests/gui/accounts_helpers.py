"""Accounts for the GUI tests, made and logged in through the core."""
from __future__ import annotations

from wfh_desktop import accounts

PASSWORD = "secret-pass-1"
NAMES = {"admin": "boss", "operator": "ops", "supervisor": "sup", "viewer": "view"}


def make_users(db, *roles: str) -> None:
    """The administrator ``boss`` and one account per role in *roles* (``ops``, ``sup``,
    ``view``), all with :data:`PASSWORD`; ``boss`` stays logged in."""
    accounts.add_user(db, NAMES["admin"], "admin", PASSWORD, full_name="Bu Kepala")
    accounts.login(db, NAMES["admin"], PASSWORD)
    for role in roles:
        if role != "admin":
            accounts.add_user(db, NAMES[role], role, PASSWORD)


def log_in_as(db, role: str) -> accounts.Account:
    return accounts.login(db, NAMES[role], PASSWORD)
