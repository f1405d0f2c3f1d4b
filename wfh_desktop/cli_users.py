"""``wfh-desktop user ...`` and ``wfh-desktop audit``, and the log-in of ``--user``.

Passwords: ``--user NAME`` reads the password of NAME from ``WFH_DESKTOP_PASSWORD`` or
asks for it.  The password of a new account (``user add``, ``user password``) comes from
``WFH_DESKTOP_NEW_PASSWORD`` or is asked for twice; the very first account, made without
``--user``, also takes ``WFH_DESKTOP_PASSWORD``.
"""
from __future__ import annotations

import getpass
import os
import sys

from .i18n import t

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
PASSWORD_ENV = "WFH_DESKTOP_PASSWORD"
NEW_PASSWORD_ENV = "WFH_DESKTOP_NEW_PASSWORD"


def add_parser(sub) -> None:
    from .accounts import ROLES

    user = sub.add_parser("user", help="user accounts and roles")
    usub = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="add an account (the first one must be an admin)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--full-name", default="", metavar="TEXT")
    usub.add_parser("list", help="list the accounts")
    p = usub.add_parser("role", help="change the role of an account")
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=ROLES)
    p = usub.add_parser("password", help="set a new password (your own, or as admin anyone's)")
    p.add_argument("name", metavar="NAME")
    p = usub.add_parser("disable", help="disable an account (it stays in the audit log)")
    p.add_argument("name", metavar="NAME")
    p = usub.add_parser("enable", help="enable a disabled account")
    p.add_argument("name", metavar="NAME")

    audit = sub.add_parser("audit", help="the audit log: who did what, newest first")
    audit.add_argument("--account", metavar="NAME")
    audit.add_argument("--action", metavar="ACTION",
                       help="a permission (attendance.lock) or an action name")
    audit.add_argument("--since", metavar="DATE")
    audit.add_argument("--limit", type=int, default=50, metavar="N",
                       help="at most N entries (default 50; 0: all)")


def _ask(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise EOFError
    return getpass.getpass(prompt)


def login_from_args(db, args) -> None:
    """Log in ``--user`` on *db* (raises AccountError when refused)."""
    from . import accounts

    name = getattr(args, "user", None)
    if not name:
        return
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        try:
            password = _ask(t("Password for {name}: ", name=name))
        except EOFError:
            raise accounts.AccountError(t(
                "no password for {name}: type it when asked, or set {env}", name=name,
                env=PASSWORD_ENV)) from None
    accounts.login(db, name, password)


def by_of(db, args=None) -> str:
    """Who a write is recorded under: the account logged in; before accounts exist
    ``--by NAME`` or the operating system's user name."""
    from . import accounts

    if accounts.current(db) is not None:
        return accounts.current(db).name
    return getattr(args, "by", None) or accounts.who(db)


def _new_password(first: bool) -> str:
    from .accounts import AccountError

    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is None and first:
        password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    try:
        one = _ask(t("New password: "))
        two = _ask(t("New password again: "))
    except EOFError:
        raise AccountError(t("no new password: type it when asked, or set {env}",
                             env=NEW_PASSWORD_ENV)) from None
    if one != two:
        raise AccountError(t("the two passwords differ"))
    return one


def cmd_user(args, out, err) -> int:
    from . import accounts
    from .cli import _open

    db = _open(args)
    action = args.action
    if action == "list":
        for u in accounts.list_users(db):
            state = t("active") if u["active"] else t("disabled")
            print(f"{u['name']}\t{accounts.role_text(u['role'])}\t{state}\t{u['full_name']}"
                  f"\t{u['last_login_at'] or '-'}", file=out)
        return EXIT_OK
    if action == "add":
        first = not accounts.accounts_exist(db)
        account = accounts.add_user(db, args.name, args.role, _new_password(first),
                                    full_name=args.full_name)
        print(t("user {name} added as {role}", name=account.name,
                role=accounts.role_text(account.role)), file=out)
        return EXIT_OK
    if action == "role":
        accounts.set_role(db, args.name, args.role)
        print(t("{name} is now {role}", name=args.name, role=accounts.role_text(args.role)),
              file=out)
        return EXIT_OK
    if action == "password":
        me = accounts.current(db)
        own = me is not None and me.name.lower() == args.name.strip().lower()
        old = os.environ.get(PASSWORD_ENV) if own else None
        accounts.set_password(db, args.name, _new_password(False), old_password=old)
        print(t("password of {name} changed", name=args.name), file=out)
        return EXIT_OK
    accounts.set_active(db, args.name, action == "enable")
    print(t("{name} enabled", name=args.name) if action == "enable"
          else t("{name} disabled", name=args.name), file=out)
    return EXIT_OK


def cmd_audit(args, out, err) -> int:
    from . import accounts
    from .cli import _open

    db = _open(args)
    rows = accounts.audit_log(db, account=args.account, action=args.action,
                              since=args.since, limit=args.limit or None)
    for r in rows:
        print("\t".join([r["at"], r["account"] or "-", r["action"], r["target"],
                         r["detail"]]).rstrip("\t"), file=out)
    return EXIT_OK
