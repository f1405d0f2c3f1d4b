"""One sentence per roster entry: which rule decided it, under which policy number."""
from __future__ import annotations

import datetime as dt

from db import register as register_sql
from db import roster as roster_sql

from .i18n import t
from .ids import age_on, clean_digits
from .policy import policy_by_id
from .scheduler import _TIER_RANK, Org, cap_of, office_tiers, people, top_tiers_by_root
from .settings import format_date_id


def rule_name(rule: str) -> str:
    names = {
        "absent": t("not available (leave, sick, official travel)"),
        "home_age": t("age limit"),
        "home_pregnant": t("pregnancy"),
        "home_comorbid": t("comorbidity"),
        "exempt_unit": t("exempt unit"),
        "exempt_public_service": t("public-service role"),
        "exempt_teacher": t("teacher role"),
        "top_level": t("top structural levels in office"),
        "max_office_share": t("on-site cap"),
        "min_office": t("minimum on-site composition"),
        "staff_available": t("staff available"),
        "fixed": t("staff who must be in office"),
        "pinned": t("manual entry"),
        "rotation_office": t("rotation: turn in the office"),
        "rotation_home": t("rotation: turn at home"),
        "rotation_min": t("rotation: minimum on-site composition"),
    }
    return names.get(rule.split(":")[0], rule)


def absence_name(kind: str) -> str:
    return {
        "C": t("leave (C)"), "CT": t("annual leave (CT)"), "CS": t("sick leave (CS)"),
        "CB": t("collective leave (CB)"), "S": t("sick (S)"), "DL": t("official duty (DL)"),
        "TB": t("study leave (TB)"),
    }.get(kind, kind)


def find_staff(db, ident: str) -> dict | None:
    return register_sql.staff_by_identifier(db, clean_digits(ident))


class ExplainCache:
    """What :func:`explain_entry` reads for every entry of a policy (the unit tree, the
    active staff and their groups) and for every day (the roster of the day), kept
    between calls: the roster grid asks for one sentence per hovered cell.  Call
    :meth:`clear` when staff, units, policies or the roster change."""

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.policies: dict[str, tuple] = {}
        self.days: dict[str, dict] = {}

    def setting(self, db, policy) -> tuple:
        if policy.id not in self.policies:
            self.policies[policy.id] = _setting(db, policy)
        return self.policies[policy.id]

    def day_rows(self, db, ds: str) -> dict:
        if ds not in self.days:
            self.days[ds] = _day_rows(db, ds)
        return self.days[ds]


def _setting(db, policy) -> tuple:
    org = Org(register_sql.list_units(db))
    active = register_sql.list_staff(db, include_inactive=False)
    persons = {p.id: p for p in people(active, policy, org)}
    return org, active, persons


def _day_rows(db, ds: str) -> dict:
    return {r["staff_id"]: r for r in roster_sql.roster_between(db, ds, ds)}


def explain_entry(db, staff: dict, day: dt.date, cache: ExplainCache | None = None) -> str:
    """The sentence for *staff*'s roster entry on *day*; *cache* keeps what every
    sentence reads between calls (see :class:`ExplainCache`)."""
    ds = day.isoformat()
    entry = roster_sql.roster_entry(db, staff["id"], ds)
    date_text = format_date_id(day)
    if entry is None:
        return t("{name} has no roster entry on {date} (not a working day of any generated "
                 "policy, or the roster has not been generated).", name=staff["name"],
                 date=date_text)
    policy = policy_by_id(db, entry["policy_id"])
    number = policy.number
    org, active, persons = cache.setting(db, policy) if cache else _setting(db, policy)
    person = persons.get(staff["id"])
    rule = entry["rule"]
    name = staff["name"]
    mode = entry["mode"]

    def override() -> str:
        if person and person.top:
            return t("; this rule comes before the rule that keeps the top structural levels "
                     "(eselon {eselon}) in office", eselon=staff["eselon"])
        if person and person.exempt_unit:
            return t("; this rule comes before the exemption of the unit")
        return ""

    if rule.startswith("absent:"):
        kind = rule.split(":", 1)[1]
        return t("{name} is not scheduled on {date}: {absence}, entered beforehand; under SE "
                 "{number} staff who are not available get no office or home duty.",
                 name=name, date=date_text, absence=absence_name(kind), number=number)
    if rule == "home_age":
        age = age_on(dt.date.fromisoformat(staff["birth_date"]), day)
        return t("{name} works from home (WFH) on {date} because at {age} they are at or above "
                 "the age limit of {limit} in SE {number}{override}.", name=name,
                 date=date_text, age=age, limit=policy.rules.home_if_age_at_least,
                 number=number, override=override())
    if rule == "home_pregnant":
        return t("{name} works from home (WFH) on {date} because she is pregnant; SE {number} "
                 "sends pregnant staff home{override}.", name=name, date=date_text,
                 number=number, override=override())
    if rule == "home_comorbid":
        return t("{name} works from home (WFH) on {date} because of a comorbidity; SE {number} "
                 "sends staff with comorbidities home{override}.", name=name, date=date_text,
                 number=number, override=override())
    if rule == "exempt_unit":
        return t("{name} works in the office (WFO) on {date} because the unit {unit} is exempt "
                 "from WFH under SE {number} (it serves the public).", name=name,
                 date=date_text, unit=staff["unit_name"], number=number)
    if rule == "exempt_public_service":
        return t("{name} works in the office (WFO) on {date} because public-service staff are "
                 "exempt from WFH under SE {number}.", name=name, date=date_text, number=number)
    if rule == "exempt_teacher":
        return t("{name} works in the office (WFO) on {date} because teachers are exempt from "
                 "WFH under SE {number}.", name=name, date=date_text, number=number)
    if rule == "top_level":
        tiers, why = office_tiers(staff["unit_id"], policy, org, top_tiers_by_root(
            active, org, policy.rules.always_office_top_levels))
        tiers_text = ", ".join(sorted(tiers, key=_TIER_RANK.get))
        if why.startswith("type:"):
            return t("{name} works in the office (WFO) on {date} because eselon {eselon} is one "
                     "of the levels ({tiers}) that stay in office in a unit of type {type} under "
                     "SE {number}.", name=name, date=date_text, eselon=staff["eselon"],
                     tiers=tiers_text, type=why[5:], number=number)
        return t("{name} works in the office (WFO) on {date} because eselon {eselon} is one of "
                 "the {n} highest structural levels ({tiers}) that stay in office under SE "
                 "{number}.", name=name, date=date_text, eselon=staff["eselon"],
                 n=policy.rules.always_office_top_levels, tiers=tiers_text, number=number)

    # rotation and pins: the numbers of the day
    group_ids = [p.id for p in persons.values() if person and p.group == person.group]
    day_rows = cache.day_rows(db, ds) if cache else _day_rows(db, ds)
    onsite = sum(1 for sid in group_ids if day_rows.get(sid, {}).get("mode") == "WFO")
    cap = cap_of(policy, len(group_ids))
    rotation = t("weekly") if policy.rules.rotation == "weekly" else t("daily")
    if rule == "rotation_min":
        mins = ", ".join(f"{n} {lv}" for lv, n in policy.rules.min_office.items())
        return t("{name} works in the office (WFO) on {date} in the {rotation} rotation, to meet "
                 "the minimum on-site composition ({mins}) of SE {number}.", name=name,
                 date=date_text, rotation=rotation, mins=mins, number=number)
    if rule == "rotation_office":
        return t("{name} works in the office (WFO) on {date}: their turn in the {rotation} "
                 "rotation; {onsite} of at most {cap} staff are on site under SE {number}.",
                 name=name, date=date_text, rotation=rotation, onsite=onsite,
                 cap=cap if cap is not None else "-", number=number)
    if rule == "rotation_home":
        if cap is None:
            return t("{name} works from home (WFH) on {date}: not among the staff who must be in "
                     "office under SE {number}, which sets no on-site share to fill.",
                     name=name, date=date_text, number=number)
        return t("{name} works from home (WFH) on {date} in the {rotation} rotation: the on-site "
                 "places ({cap}, {share}% of {headcount} staff) go to colleagues whose turn it "
                 "is under SE {number}.", name=name, date=date_text, rotation=rotation, cap=cap,
                 share=round(policy.rules.max_office_share * 100), headcount=len(group_ids),
                 number=number)
    if rule == "pinned":
        who = entry["pinned_by"]
        text = t("{name} was set to {mode} on {date} by hand", name=name, mode=mode,
                 date=date_text)
        if who:
            text += t(" by {who}", who=who)
        if entry["breach"]:
            text += t("; this breaks the rule \"{rule}\" of SE {number}",
                      rule=rule_name(entry["breach"]), number=number)
        else:
            text += t("; it agrees with the rules of SE {number}", number=number)
        return text + "."
    return t("{name}: {mode} on {date} under SE {number}.", name=name, mode=mode,
             date=date_text, number=number)


def explain(db, ident: str, day: dt.date) -> str:
    staff = find_staff(db, ident)
    if staff is None:
        raise KeyError(t("no staff member with NIP or NIK {value}", value=ident))
    return explain_entry(db, staff, day)
