"""Policies (surat edaran): the TOML format of DESIGN.md, validation, versioned storage,
the holiday calendar and absences entered beforehand."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import db as store
from db import policies as sql
from db import register as register_sql

from .i18n import t
from .paths import resource
from .staff import LEVELS, UNIT_TYPES
from .accounts import action

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ESELON_TIERS = ("I", "II", "III", "IV", "V")
EXEMPT_ROLES = ("public_service", "teacher")
ABSENCE_KINDS = ("C", "CT", "CS", "CB", "S", "DL", "TB")

TOP_KEYS = ("number", "title", "issuer", "signed_on", "valid_from", "valid_to", "workdays",
            "holidays", "rules")
RULE_KEYS = ("always_office_top_levels", "office_levels_by_unit_type", "max_office_share",
             "min_office", "cap_wins", "rotation", "rotation_scope", "fill_to_cap",
             "home_if_age_at_least", "home_if_pregnant", "home_if_comorbid", "exempt_units",
             "exempt_roles")


@dataclass
class Rules:
    always_office_top_levels: int = 0
    office_levels_by_unit_type: dict[str, list[str]] = field(default_factory=dict)
    max_office_share: float | None = None
    min_office: dict[str, int] = field(default_factory=dict)
    cap_wins: bool = True
    rotation: str = "weekly"
    rotation_scope: str = "unit"  # "unit": each unit by itself; "opd": the whole tree
    fill_to_cap: bool = True
    home_if_age_at_least: int | None = None
    home_if_pregnant: bool = False
    home_if_comorbid: bool = False
    exempt_units: list[str] = field(default_factory=list)
    exempt_roles: list[str] = field(default_factory=list)


@dataclass
class Policy:
    number: str
    title: str
    issuer: str
    signed_on: dt.date | None
    valid_from: dt.date
    valid_to: dt.date
    workdays: list[str]
    holidays: list[dt.date]
    rules: Rules
    id: str | None = None
    version: int = 0

    def is_workday(self, day: dt.date, calendar: set[dt.date] = frozenset()) -> bool:
        return (WEEKDAYS[day.weekday()] in self.workdays and day not in self.holidays
                and day not in calendar)

    def to_row(self, source: str = "") -> dict:
        return {
            "number": self.number, "title": self.title, "issuer": self.issuer,
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "valid_from": self.valid_from.isoformat(), "valid_to": self.valid_to.isoformat(),
            "workdays": json.dumps(self.workdays),
            "holidays": json.dumps([d.isoformat() for d in sorted(self.holidays)]),
            "rules": json.dumps(asdict(self.rules), sort_keys=True), "source": source,
        }

    @classmethod
    def from_row(cls, row: dict) -> "Policy":
        rules = Rules(**json.loads(row["rules"]))
        return cls(
            number=row["number"], title=row["title"], issuer=row["issuer"],
            signed_on=dt.date.fromisoformat(row["signed_on"]) if row["signed_on"] else None,
            valid_from=dt.date.fromisoformat(row["valid_from"]),
            valid_to=dt.date.fromisoformat(row["valid_to"]),
            workdays=json.loads(row["workdays"]),
            holidays=[dt.date.fromisoformat(d) for d in json.loads(row["holidays"])],
            rules=rules, id=row["id"], version=row["version"])

    def same_content(self, other: "Policy") -> bool:
        a, b = self.to_row(), other.to_row()
        a.pop("source"), b.pop("source")
        return a == b


@dataclass
class PolicyProblem:
    line: int | None
    key: str
    message: str


class PolicyError(ValueError):
    def __init__(self, path, problems: list[PolicyProblem]):
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        name = Path(self.path).name
        out = []
        for p in self.problems:
            if p.line:
                out.append(t("{file}: line {line}, key {key}: {message}", file=name,
                             line=p.line, key=p.key, message=p.message))
            else:
                out.append(t("{file}: key {key}: {message}", file=name, key=p.key,
                             message=p.message))
        return out


def _key_lines(text: str) -> dict[str, int]:
    """Line number of every ``key =`` by dotted path (``rules.min_office`` ...)."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        # one greedy class, not "\s*(...+?)\s*": that backtracked cubically over a long run
        # of spaces (a line of a multi-line string may look like anything)
        m = re.match(r"^\[([A-Za-z0-9_.\-\s]+)\]", s)
        if m and m.group(1).strip():
            table = m.group(1).strip().replace(" ", "")
            lines.setdefault(table, number)
            continue
        m = re.match(r"^([A-Za-z0-9_\-]+)\s*=", s)
        if m:
            lines.setdefault(f"{table}.{m.group(1)}" if table else m.group(1), number)
    return lines


def _as_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError


def parse_policy(text: str, path: str = "policy.toml",
                 known_units: set[str] | None = None) -> Policy:
    """Parse and check one surat edaran; raise :class:`PolicyError` naming line and key."""
    try:
        data = tomllib.loads(text)
    # TOMLDecodeError is a ValueError; a plain ValueError comes from an integer of more
    # than 4,300 digits (Python's limit for turning text into a number)
    except ValueError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise PolicyError(path, [PolicyProblem(int(m.group(1)) if m else None, "-",
                                               t("not valid TOML: {reason}", reason=str(exc)))])
    where = _key_lines(text)
    problems: list[PolicyProblem] = []

    def bad(key, message):
        problems.append(PolicyProblem(where.get(key), key, message))

    for key in data:
        if key not in TOP_KEYS:
            bad(key, t("unknown key; allowed: {allowed}", allowed=", ".join(TOP_KEYS)))

    def text_value(key, required=True):
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                bad(key, t("required"))
            return ""
        if not isinstance(value, str):
            bad(key, t("must be text"))
            return ""
        return value.strip()

    def date_value(key, required=True):
        value = data.get(key)
        if value is None:
            if required:
                bad(key, t("required"))
            return None
        try:
            return _as_date(value)
        except ValueError:
            bad(key, t("not a date {value}; use YYYY-MM-DD, for example 1986-09-26",
                       value=str(value)))
            return None

    number = text_value("number")
    title = text_value("title")
    issuer = text_value("issuer", required=False)
    signed_on = date_value("signed_on", required=False)
    valid_from = date_value("valid_from")
    valid_to = date_value("valid_to")
    if valid_from and valid_to and valid_to < valid_from:
        bad("valid_to", t("the end {end} is before the start {start}",
                          end=valid_to.isoformat(), start=valid_from.isoformat()))

    workdays = data.get("workdays", ["mon", "tue", "wed", "thu", "fri"])
    if (not isinstance(workdays, list) or not workdays
            or any(not isinstance(d, str) or d.lower() not in WEEKDAYS for d in workdays)):
        bad("workdays", t("a list of days from {allowed}", allowed=", ".join(WEEKDAYS)))
        workdays = []
    workdays = [d.lower() for d in workdays if isinstance(d, str)]

    holidays = []
    raw_holidays = data.get("holidays", [])
    if not isinstance(raw_holidays, list):
        bad("holidays", t("a list of dates"))
    else:
        for value in raw_holidays:
            try:
                holidays.append(_as_date(value))
            except ValueError:
                bad("holidays", t("not a date {value}; use YYYY-MM-DD, for example 1986-09-26",
                                  value=str(value)))

    rules = Rules()
    raw_rules = data.get("rules", {})
    if not isinstance(raw_rules, dict):
        bad("rules", t("must be a table [rules]"))
        raw_rules = {}
    for key in raw_rules:
        if key not in RULE_KEYS:
            bad(f"rules.{key}", t("unknown key; allowed: {allowed}", allowed=", ".join(RULE_KEYS)))

    def rule(key, check, message):
        if key not in raw_rules:
            return None
        value = raw_rules[key]
        try:
            ok = check(value)
        except (TypeError, ValueError):
            ok = False
        if not ok:
            bad(f"rules.{key}", message)
            return None
        return value

    def is_int(v):
        return isinstance(v, int) and not isinstance(v, bool)

    v = rule("always_office_top_levels", lambda v: is_int(v) and 0 <= v <= 5,
             t("a whole number from 0 to 5"))
    if v is not None:
        rules.always_office_top_levels = v
    v = rule("max_office_share",
             lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1,
             t("a share between 0 and 1, for example 0.30"))
    if v is not None:
        rules.max_office_share = float(v)
    v = rule("min_office", lambda v: isinstance(v, dict) and all(
        k in LEVELS and is_int(n) and n >= 0 for k, n in v.items()),
        t("a table of level = count, levels from {allowed}", allowed=", ".join(LEVELS)))
    if v is not None:
        rules.min_office = {k: v[k] for k in LEVELS if k in v}
    for key in ("cap_wins", "fill_to_cap", "home_if_pregnant", "home_if_comorbid"):
        v = rule(key, lambda v: isinstance(v, bool), t("true or false"))
        if v is not None:
            setattr(rules, key, v)
    v = rule("rotation", lambda v: v in ("daily", "weekly"), t("\"daily\" or \"weekly\""))
    if v is not None:
        rules.rotation = v
    v = rule("rotation_scope", lambda v: v in ("unit", "opd"), t("\"unit\" or \"opd\""))
    if v is not None:
        rules.rotation_scope = v
    v = rule("home_if_age_at_least", lambda v: is_int(v) and 18 <= v <= 70,
             t("an age from 18 to 70"))
    if v is not None:
        rules.home_if_age_at_least = v
    v = rule("exempt_roles", lambda v: isinstance(v, list) and all(r in EXEMPT_ROLES for r in v),
             t("a list of roles from {allowed}", allowed=", ".join(EXEMPT_ROLES)))
    if v is not None:
        rules.exempt_roles = list(v)
    v = rule("exempt_units", lambda v: isinstance(v, list) and all(
        isinstance(c, str) and c.strip() for c in v), t("a list of unit codes"))
    if v is not None:
        codes = [c.strip() for c in v]
        if known_units is not None:
            unknown = [c for c in codes if c.upper() not in known_units]
            if unknown:
                bad("rules.exempt_units", t("unknown unit code {value}", value=", ".join(unknown)))
        rules.exempt_units = codes
    v = rule("office_levels_by_unit_type", lambda v: isinstance(v, dict) and all(
        k in UNIT_TYPES and isinstance(tiers, list) and all(x in ESELON_TIERS for x in tiers)
        for k, tiers in v.items()),
        t("a table of unit type = list of eselon tiers (I to V); unit types: {allowed}",
          allowed=", ".join(UNIT_TYPES)))
    if v is not None:
        rules.office_levels_by_unit_type = {k: list(x) for k, x in v.items()}

    if problems:
        raise PolicyError(path, problems)
    return Policy(number, title, issuer, signed_on, valid_from, valid_to, workdays,
                  sorted(set(holidays)), rules)


@dataclass
class PolicyImport:
    policy: Policy
    status: str  # "new", "version", "unchanged"


@action("policies")
def import_policy(db, path) -> PolicyImport:
    """``policy import``: a new number is stored as version 1; a changed policy with a known
    number becomes the next version (the old one keeps governing the roster made with it)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(path, [PolicyProblem(None, "-", t("cannot read the file: {reason}",
                                                             reason=str(exc)))]) from exc
    policy = parse_policy(text, str(path), set(register_sql.unit_codes(db)))
    return save_policy(db, policy, source=text)


@action("policies")
def save_policy(db, policy: Policy, source: str = "") -> PolicyImport:
    from .register import new_id, now_iso

    with store.transaction(db):
        latest = sql.latest_policy(db, policy.number)
        if latest is not None and Policy.from_row(latest).same_content(policy):
            return PolicyImport(Policy.from_row(latest), "unchanged")
        row = policy.to_row(source)
        row.update(id=new_id(), version=(latest["version"] + 1) if latest else 1,
                   created_at=now_iso())
        sql.insert_policy(db, row)
    return PolicyImport(Policy.from_row(row), "version" if latest else "new")


def list_policies(db) -> list[Policy]:
    return [Policy.from_row(r) for r in sql.list_policies(db)]


def get_policy(db, number: str) -> Policy | None:
    row = sql.latest_policy(db, number)
    return Policy.from_row(row) if row else None


def policy_by_id(db, policy_id: str) -> Policy | None:
    row = sql.policy_by_id(db, policy_id)
    return Policy.from_row(row) if row else None


def policy_to_toml(policy: Policy) -> str:
    """The TOML text of a policy, in the format of DESIGN.md."""
    def q(s):
        return json.dumps(s, ensure_ascii=False)

    r = policy.rules
    lines = [f"number = {q(policy.number)}", f"title = {q(policy.title)}",
             f"issuer = {q(policy.issuer)}"]
    if policy.signed_on:
        lines.append(f"signed_on = {policy.signed_on.isoformat()}")
    lines += [f"valid_from = {policy.valid_from.isoformat()}",
              f"valid_to = {policy.valid_to.isoformat()}",
              f"workdays = [{', '.join(q(d) for d in policy.workdays)}]",
              f"holidays = [{', '.join(d.isoformat() for d in policy.holidays)}]", "", "[rules]"]
    if r.always_office_top_levels:
        lines.append(f"always_office_top_levels = {r.always_office_top_levels}")
    if r.max_office_share is not None:
        lines.append(f"max_office_share = {r.max_office_share}")
    if r.min_office:
        lines.append("min_office = { " + ", ".join(f"{k} = {v}" for k, v in r.min_office.items())
                     + " }")
    lines.append(f"cap_wins = {str(r.cap_wins).lower()}")
    lines.append(f"rotation = {q(r.rotation)}")
    lines.append(f"rotation_scope = {q(r.rotation_scope)}")
    lines.append(f"fill_to_cap = {str(r.fill_to_cap).lower()}")
    if r.home_if_age_at_least is not None:
        lines.append(f"home_if_age_at_least = {r.home_if_age_at_least}")
    lines.append(f"home_if_pregnant = {str(r.home_if_pregnant).lower()}")
    lines.append(f"home_if_comorbid = {str(r.home_if_comorbid).lower()}")
    lines.append(f"exempt_units = [{', '.join(q(c) for c in r.exempt_units)}]")
    lines.append(f"exempt_roles = [{', '.join(q(c) for c in r.exempt_roles)}]")
    if r.office_levels_by_unit_type:
        lines += ["", "[rules.office_levels_by_unit_type]"]
        for k, tiers in r.office_levels_by_unit_type.items():
            lines.append(f"{k} = [{', '.join(q(x) for x in tiers)}]")
    return "\n".join(lines) + "\n"


# --- holiday calendar ---------------------------------------------------------------

def holiday_preset(year: int) -> list[dict]:
    """The shipped national holidays and collective leave of *year* (empty if none)."""
    path = resource("holidays", f"{year}.csv")
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def preset_years() -> list[int]:
    return sorted(int(p.stem) for p in resource("holidays").glob("*.csv") if p.stem.isdigit())


@action("policies")
def apply_holiday_preset(db, year: int) -> int:
    rows = holiday_preset(year)
    with store.transaction(db):
        sql.upsert_holidays(db, rows)
    return len(rows)


def list_holidays(db, year: int | None = None) -> list[dict]:
    return sql.list_holidays(db, year)


@action("policies")
def set_holiday(db, day: dt.date, name: str, kind: str = "national") -> None:
    with store.transaction(db):
        sql.upsert_holidays(db, [{"date": day.isoformat(), "name": name, "kind": kind}])


@action("policies")
def remove_holiday(db, day: dt.date) -> bool:
    with store.transaction(db):
        return bool(sql.delete_holiday(db, day.isoformat()))


def calendar_holidays(db, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    return {dt.date.fromisoformat(k): v
            for k, v in sql.holidays_between(db, start.isoformat(), end.isoformat()).items()}


# --- absences entered beforehand ------------------------------------------------------

@action("roster")
def add_absence(db, staff_id: str, kind: str, date_from: dt.date, date_to: dt.date,
                note: str = "") -> str:
    from .register import new_id, now_iso

    kind = kind.upper()
    if kind not in ABSENCE_KINDS:
        raise ValueError(t("unknown absence kind {value}; use one of {allowed}", value=kind,
                           allowed=", ".join(ABSENCE_KINDS)))
    if date_to < date_from:
        raise ValueError(t("the end {end} is before the start {start}", end=date_to.isoformat(),
                           start=date_from.isoformat()))
    aid = new_id()
    with store.transaction(db):
        sql.insert_absence(db, {"id": aid, "staff_id": staff_id, "kind": kind,
                                "date_from": date_from.isoformat(),
                                "date_to": date_to.isoformat(), "note": note,
                                "created_at": now_iso()})
    return aid


def absences_between(db, start: dt.date, end: dt.date) -> list[dict]:
    return sql.absences_between(db, start.isoformat(), end.isoformat())
