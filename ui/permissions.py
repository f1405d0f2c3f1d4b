"""Enabling the GUI's write actions by the role of the account logged in.

Pages call :func:`apply` where they build a button or an action that writes: when the
account may not do *permission* (``wfh_desktop.accounts.PERMISSIONS``) the button is
disabled for good (whatever the page's own state logic does later) and its tooltip says
who may.  :func:`check` guards a slot that can also be reached by a shortcut, a double
click or a drop: a refusal is reported through the runner's one error path.  The core
refuses anyway (``PermissionDenied``); this only keeps the clerk from trying.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from wfh_desktop import accounts
from wfh_desktop.i18n import t

CONTEXT = "Permissions"

# who may do a permission, as one phrase ("Only %1 may %2.")
ROLE_PHRASES = {
    frozenset({"admin"}): QT_TRANSLATE_NOOP("Permissions", "an administrator"),
    frozenset({"admin", "operator"}): QT_TRANSLATE_NOOP(
        "Permissions", "an operator or an administrator"),
    frozenset({"admin", "supervisor"}): QT_TRANSLATE_NOOP(
        "Permissions", "a supervisor or an administrator"),
    frozenset({"admin", "operator", "supervisor"}): QT_TRANSLATE_NOOP(
        "Permissions", "an operator, a supervisor or an administrator"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def roles_with(permission: str) -> frozenset[str]:
    return frozenset(role for role in accounts.ROLES
                     if permission in accounts.PERMISSIONS.get(role, ()))


def reason(ctx, permission: str) -> str:
    """Why the person at the keyboard may not do *permission*, for a tooltip."""
    roles = roles_with(permission)
    phrase = ROLE_PHRASES.get(roles)
    who = _tr(phrase) if phrase else ", ".join(accounts.role_text(r) for r in sorted(roles))
    what = t(accounts.PERMISSION_TEXT.get(permission, permission))
    text = QCoreApplication.translate("Permissions", "Only %1 may %2.")
    return text.replace("%1", who).replace("%2", what)


def allowed(ctx, permission: str) -> bool:
    return accounts.can(ctx.db, permission)


class _KeepDisabled(QObject):
    """Child of a widget or an action the account may not use: puts it back to disabled
    (with the reason as its tooltip) whenever the page's own logic enables it."""

    def __init__(self, target, tip: str):
        super().__init__(target)
        self.tip = tip
        if isinstance(target, QAction):
            target.changed.connect(self._action_changed)
        else:
            target.installEventFilter(self)

    def _action_changed(self) -> None:
        action = self.parent()
        if action is None:
            return
        if action.isEnabled():
            action.setEnabled(False)
        if action.toolTip() != self.tip:
            action.setToolTip(self.tip)
        if action.statusTip() != self.tip:
            action.setStatusTip(self.tip)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != self.tip:
            watched.setToolTip(self.tip)
        return False


def apply(ctx, target, permission: str) -> bool:
    """Disable *target* (a widget or a QAction) for good, with the reason as its tooltip,
    unless the account may do *permission*.  True when allowed."""
    if allowed(ctx, permission):
        return True
    tip = reason(ctx, permission)
    target.setEnabled(False)
    target.setToolTip(tip)
    if isinstance(target, QAction):
        target.setStatusTip(tip)
    _KeepDisabled(target, tip)
    return False


def check(parent, ctx, permission: str) -> bool:
    """True when the account may do *permission*; otherwise the core's refusal is shown
    through the runner's error path (one message, no traceback) and False returned."""
    from . import runner

    try:
        accounts.require(ctx.db, permission)
    except accounts.AccountError as exc:
        runner.report_exception(parent, exc)
        return False
    return True


def may_read_audit(ctx) -> bool:
    """The audit log is for administrators and supervisors (with accounts only)."""
    account = accounts.current(ctx.db)
    return account is not None and account.role in ("admin", "supervisor")
