"""Editing one unit of the tree (the unit dialog), and facts the units page shows.

A unit is given as the units file holds it (``kode, nama, induk, jenis, layanan_publik``)
so the dialog, the importer and the command line agree on every rule.
"""
from __future__ import annotations

import db as store
from db import register as sql
from db import units as units_sql

from .i18n import t
from .register import new_id, now_iso
from .staff import FieldError, InvalidRecord, validate_unit
from .accounts import action


def descendant_ids(units: list[dict], unit_id: str) -> set[str]:
    """Ids of every unit below *unit_id* (not itself) in *units* (rows with ``parent_id``)."""
    children: dict[str | None, list[str]] = {}
    for u in units:
        children.setdefault(u["parent_id"], []).append(u["id"])
    out: set[str] = set()
    stack = list(children.get(unit_id, []))
    while stack:
        uid = stack.pop()
        if uid not in out:
            out.add(uid)
            stack.extend(children.get(uid, []))
    return out


def unit_file_row(db, unit_id: str) -> dict:
    """A stored unit as file-column values, to prefill the edit dialog."""
    u = units_sql.unit_by_id(db, unit_id)
    if u is None:
        raise KeyError(t("unit not found"))
    return {"kode": u["code"], "nama": u["name"], "induk": u.get("parent_code") or "",
            "jenis": u["type"], "layanan_publik": "ya" if u["public_service"] else "tidak"}


@action("units")
def save_unit(db, raw: dict, unit_id: str | None = None) -> str:
    """Add a unit (*unit_id* None) or change one; returns its id.

    Raises :class:`InvalidRecord` naming the file column of each problem: the checks of
    :func:`wfh_desktop.staff.validate_unit`, an unknown parent, a parent that sits below the
    unit itself, a code another unit already has.
    """
    units = sql.list_units(db)
    by_id = {u["id"]: u for u in units}
    if unit_id is not None and unit_id not in by_id:
        raise KeyError(t("unit not found"))
    rec = validate_unit(raw)  # raises InvalidRecord for the record on its own
    errors: list[FieldError] = []
    by_code = {u["code"].upper(): u for u in units}
    other = by_code.get(rec["code"].upper())
    if other is not None and other["id"] != unit_id:
        errors.append(FieldError("kode", t("unit code {value} is already used by {name}",
                                           value=other["code"], name=other["name"])))
    parent_id = None
    if rec["parent_code"]:
        parent = by_code.get(rec["parent_code"].upper())
        if parent is None:
            errors.append(FieldError("induk", t("unknown parent unit {value}",
                                                value=rec["parent_code"])))
        elif unit_id is not None and (parent["id"] == unit_id
                                      or parent["id"] in descendant_ids(units, unit_id)):
            errors.append(FieldError("induk", t(
                "{value} lies below this unit and cannot be its parent",
                value=parent["code"])))
        else:
            parent_id = parent["id"]
    if errors:
        raise InvalidRecord(errors)
    row = {"code": rec["code"], "name": rec["name"], "type": rec["type"],
           "public_service": rec["public_service"], "parent_id": parent_id}
    now = now_iso()
    with store.transaction(db):
        if unit_id is None:
            unit_id = new_id()
            sql.insert_unit(db, dict(row, id=unit_id, active=1), now)
        else:
            sql.update_unit(db, unit_id, row, now)
    return unit_id


def staff_count_by_unit(db) -> dict[str, int]:
    """Unit id -> active staff placed directly in the unit (units without staff absent)."""
    return units_sql.active_staff_count_by_unit(db)
