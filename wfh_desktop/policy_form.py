"""What the policy form of the GUI needs from the core, without Qt.

A policy typed into the form is checked by the very rules of the TOML importer: it is
written out with :func:`~wfh_desktop.policy.policy_to_toml` and read back with
:func:`~wfh_desktop.policy.parse_policy`, so the form accepts exactly what ``policy import``
accepts.  Problems come back keyed by the TOML key (``number``, ``valid_to``,
``rules.exempt_units`` ...), which names the field.

:func:`keep_unchanged` spells every field the user left as it was the way the stored
policy spells it (the order of the working days, a share of 0.333 shown as 33 %, a
``pelaksana = 0`` ...), so saving an untouched form is "unchanged" rather than a new
version.
"""
from __future__ import annotations

import copy
import dataclasses

from . import register
from .policy import Policy, PolicyError, Rules, parse_policy, policy_to_toml

FORM_SOURCE = "form"


def known_unit_codes(db) -> set[str]:
    """Upper-cased codes of the units in the register (for ``rules.exempt_units``)."""
    return {u["code"].upper() for u in register.list_units(db)}


def check_policy(policy: Policy, known_units: set[str] | None = None
                 ) -> tuple[Policy | None, dict[str, str]]:
    """``(clean policy, {})`` when *policy* would be accepted by ``policy import``, else
    ``(None, {key: message})`` with the messages of the importer, several joined by "; "."""
    try:
        clean = parse_policy(policy_to_toml(policy), FORM_SOURCE, known_units)
    except PolicyError as exc:
        problems: dict[str, str] = {}
        for p in exc.problems:
            problems[p.key] = "; ".join(filter(None, [problems.get(p.key), p.message]))
        return None, problems
    clean.id, clean.version = policy.id, policy.version
    return clean, {}


def share_to_percent(share: float | None) -> int | None:
    """The whole percent a share is shown as (0.3 -> 30)."""
    return None if share is None else int(round(share * 100))


def _same_text(a: str, b: str) -> bool:
    return a.strip() == b.strip()


def _same_rule(key: str, a, b) -> bool:
    if key == "min_office":
        return {k: v for k, v in a.items() if v} == {k: v for k, v in b.items() if v}
    if key == "office_levels_by_unit_type":
        return ({k: set(v) for k, v in a.items() if v} == {k: set(v) for k, v in b.items() if v})
    if key == "exempt_units":
        return sorted({c.strip().upper() for c in a}) == sorted({c.strip().upper() for c in b})
    if key == "exempt_roles":
        return set(a) == set(b)
    if key == "max_office_share":
        return share_to_percent(a) == share_to_percent(b)
    return a == b


def keep_unchanged(original: Policy, edited: Policy) -> Policy:
    """*edited*, with every field that means the same as in *original* taken from
    *original*."""
    out = copy.deepcopy(edited)
    for name in ("number", "title", "issuer"):
        if _same_text(getattr(original, name), getattr(edited, name)):
            setattr(out, name, getattr(original, name))
    if set(original.workdays) == set(edited.workdays):
        out.workdays = list(original.workdays)
    if set(original.holidays) == set(edited.holidays):
        out.holidays = list(original.holidays)
    rules = {}
    for f in dataclasses.fields(Rules):
        a, b = getattr(original.rules, f.name), getattr(edited.rules, f.name)
        rules[f.name] = copy.deepcopy(a if _same_rule(f.name, a, b) else b)
    out.rules = Rules(**rules)
    return out


def changed_fields(original: Policy, edited: Policy) -> list[str]:
    """TOML keys whose meaning differs between *original* and *edited*."""
    out = [name for name in ("number", "title", "issuer")
           if not _same_text(getattr(original, name), getattr(edited, name))]
    for name in ("signed_on", "valid_from", "valid_to"):
        if getattr(original, name) != getattr(edited, name):
            out.append(name)
    if set(original.workdays) != set(edited.workdays):
        out.append("workdays")
    if set(original.holidays) != set(edited.holidays):
        out.append("holidays")
    for f in dataclasses.fields(Rules):
        if not _same_rule(f.name, getattr(original.rules, f.name),
                          getattr(edited.rules, f.name)):
            out.append(f"rules.{f.name}")
    return out
