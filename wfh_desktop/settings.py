"""Who this office is on paper: the letterhead (kop) and the signatories of printed forms.

Stored in the settings table as JSON (``letterhead`` and ``signatory.<role>``).  The
settings page edits them and the PDF renderers read them.  Also the Indonesian dates that
printed forms carry ("Senin, 23 Maret 2020", "Banjarmasin, 26 Maret 2020").
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import db as store
from db import register as sql
from db import settings as settings_sql

from . import ids
from .i18n import language, t
from .staff import FieldError, InvalidRecord
from .accounts import action

LETTERHEAD_KEY = "letterhead"
SIGNATORY_PREFIX = "signatory."
# The unit head signs at the right; the superior countersigns at the left ("Mengetahui,").
SIGNATORY_ROLES = ("head", "countersign")
LOGO_MAX_BYTES = 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ROLE = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_TEXT = 200

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


@dataclass(frozen=True)
class Letterhead:
    """The kop: ``PEMERINTAH PROVINSI ...``, the OPD, its address; a logo at the left."""
    government: str = ""  # "PEMERINTAH PROVINSI KALIMANTAN SELATAN"
    opd_name: str = ""  # "BADAN KEPEGAWAIAN DAERAH"
    address: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""  # the place in "Banjarmasin, 26 Maret 2020"
    logo_png: bytes | None = None  # PNG or JPEG bytes as chosen (see logo_format)

    def contact_line(self) -> str:
        """``Telp. (0511) 3350321  Email: bkd@kalselprov.go.id`` (parts that are set)."""
        parts = []
        if self.phone:
            parts.append(f"Telp. {self.phone}")
        if self.email:
            parts.append(f"Email: {self.email}")
        return "  ".join(parts)

    def lines(self) -> list[str]:
        """The kop's text lines, top to bottom, empty ones left out."""
        return [line for line in (self.government.upper(), self.opd_name.upper(),
                                  self.address, self.contact_line()) if line]


@dataclass(frozen=True)
class Signatory:
    """Who signs a form: position, name (printed bold and underlined), pangkat, NIP."""
    role: str  # "head" or "countersign"
    position: str = ""  # "Kepala Badan Kepegawaian Daerah"
    name: str = ""
    pangkat: str = ""  # "Pembina Utama Muda (IV/c)"
    nip: str = ""  # 18 digits, or empty

    def is_empty(self) -> bool:
        return not (self.position or self.name or self.pangkat or self.nip)

    def nip_line(self) -> str:
        """``NIP. 19700101 199803 2 004``, or empty without a NIP."""
        return f"NIP. {ids.format_nip(self.nip)}" if self.nip else ""


# --- dates ---------------------------------------------------------------------------

def _names(lang: str | None):
    if (lang or language()) == "en":
        return DAYS_EN, MONTHS_EN
    return DAYS_ID, MONTHS_ID


def format_long_date(day: dt.date, *, lang: str | None = None) -> str:
    """``26 Maret 2020`` (``26 March 2020`` in English)."""
    _, months = _names(lang)
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_date_id(day: dt.date, *, lang: str | None = None) -> str:
    """``Senin, 23 Maret 2020`` (``Monday, 23 March 2020`` in English)."""
    days, _ = _names(lang)
    return f"{days[day.weekday()]}, {format_long_date(day, lang=lang)}"


def place_date(city: str, day: dt.date, *, lang: str | None = None) -> str:
    """``Banjarmasin, 26 Maret 2020``; only the date when no city is set."""
    date_text = format_long_date(day, lang=lang)
    return f"{city.strip()}, {date_text}" if city.strip() else date_text


# --- logo ------------------------------------------------------------------------------

def logo_format(data: bytes | None) -> str | None:
    """``"png"``, ``"jpeg"`` or None (not an image this program accepts)."""
    if not data:
        return None
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def _logo_problem(data: bytes) -> str | None:
    if logo_format(data) is None:
        return t("the logo must be a PNG or JPEG image")
    if len(data) > LOGO_MAX_BYTES:
        return t("the logo is {size} KB; it must be under 1 MB", size=len(data) // 1024)
    return None


def read_logo(path) -> bytes:
    """Read a logo file for the letterhead; :class:`InvalidRecord` if it cannot be used."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidRecord([FieldError("logo_png", t("cannot read the file: {reason}",
                                                      reason=exc.strerror or str(exc)))]) from exc
    problem = _logo_problem(data)
    if problem:
        raise InvalidRecord([FieldError("logo_png", problem)])
    return data


# --- validation ------------------------------------------------------------------------

def _clean(value) -> str:
    return " ".join(str(value or "").split())


def _check_length(errors, name, value):
    if len(value) > _MAX_TEXT:
        errors.append(FieldError(name, t("too long: at most {n} characters", n=_MAX_TEXT)))


def validate_letterhead(lh: Letterhead) -> Letterhead:
    """The letterhead with whitespace tidied; :class:`InvalidRecord` naming each bad field."""
    errors: list[FieldError] = []
    clean = {f.name: _clean(getattr(lh, f.name)) for f in fields(lh) if f.name != "logo_png"}
    for name, value in clean.items():
        _check_length(errors, name, value)
    if clean["email"] and not _EMAIL.match(clean["email"]):
        errors.append(FieldError("email", t("not an e-mail address {value}",
                                            value=clean["email"])))
    logo = lh.logo_png or None
    if logo is not None:
        problem = _logo_problem(logo)
        if problem:
            errors.append(FieldError("logo_png", problem))
    if errors:
        raise InvalidRecord(errors)
    return Letterhead(**clean, logo_png=logo)


def validate_signatory(sig: Signatory) -> Signatory:
    """The signatory with the NIP as 18 digits; :class:`InvalidRecord` naming each bad field.

    An empty signatory is valid (nobody set yet); otherwise position and name are needed,
    and a NIP, if given, must be a valid PNS NIP.
    """
    errors: list[FieldError] = []
    if not _ROLE.match(sig.role or ""):
        errors.append(FieldError("role", t("unknown signatory role {value}", value=sig.role)))
    position, name, pangkat = _clean(sig.position), _clean(sig.name), _clean(sig.pangkat)
    nip = ""
    try:
        digits = ids.clean_digits(sig.nip)
        if digits:
            nip = ids.parse_nip(digits).digits
    except ids.IdError as exc:
        errors.append(FieldError("nip", str(exc)))
    out = Signatory(sig.role, position, name, pangkat, nip)
    if not out.is_empty():
        if not position:
            errors.append(FieldError("position", t("required")))
        if not name:
            errors.append(FieldError("name", t("required")))
    for field_name in ("position", "name", "pangkat"):
        _check_length(errors, field_name, getattr(out, field_name))
    if errors:
        raise InvalidRecord(errors)
    return out


# --- storage ---------------------------------------------------------------------------

def _letterhead_to_json(lh: Letterhead) -> dict:
    data = asdict(lh)
    data["logo_png"] = base64.b64encode(lh.logo_png).decode("ascii") if lh.logo_png else None
    return data


def _letterhead_from_json(data) -> Letterhead:
    if not isinstance(data, dict):
        return Letterhead()
    known = {f.name for f in fields(Letterhead)}
    values = {k: (v or "") for k, v in data.items() if k in known and k != "logo_png"}
    logo = None
    if data.get("logo_png"):
        try:
            logo = base64.b64decode(data["logo_png"], validate=True)
        except (binascii.Error, ValueError, TypeError):
            logo = None
    return Letterhead(**values, logo_png=logo)


def load_letterhead(db) -> Letterhead:
    """The stored letterhead, or an empty one."""
    return _letterhead_from_json(sql.get_setting(db, LETTERHEAD_KEY))


@action("settings")
def save_letterhead(db, lh: Letterhead) -> Letterhead:
    clean = validate_letterhead(lh)
    with store.transaction(db):
        sql.set_setting(db, LETTERHEAD_KEY, _letterhead_to_json(clean))
    return clean


def _signatory_from_json(role: str, data) -> Signatory:
    if not isinstance(data, dict):
        return Signatory(role)
    return Signatory(role, **{k: str(data.get(k) or "")
                              for k in ("position", "name", "pangkat", "nip")})


def load_signatories(db) -> dict[str, Signatory]:
    """Signatories by role; ``head`` and ``countersign`` are always present (maybe empty)."""
    out = {role: Signatory(role) for role in SIGNATORY_ROLES}
    for key, data in settings_sql.settings_with_prefix(db, SIGNATORY_PREFIX).items():
        role = key[len(SIGNATORY_PREFIX):]
        out[role] = _signatory_from_json(role, data)
    return out


def _store_signatory(db, sig: Signatory) -> None:
    data = {k: v for k, v in asdict(sig).items() if k != "role"}
    sql.set_setting(db, SIGNATORY_PREFIX + sig.role, data)


@action("settings")
def save_signatory(db, sig: Signatory) -> Signatory:
    clean = validate_signatory(sig)
    with store.transaction(db):
        _store_signatory(db, clean)
    return clean


@action("settings")
def save_settings(db, letterhead: Letterhead, signatories) -> tuple[Letterhead, list[Signatory]]:
    """Save the letterhead and signatories together, all or nothing.

    The errors of :class:`InvalidRecord` are named ``letterhead.<field>`` and
    ``<role>.<field>`` (for example ``head.nip``), so a form can put each one next to its
    field.
    """
    errors: list[FieldError] = []
    clean_lh = None
    try:
        clean_lh = validate_letterhead(letterhead)
    except InvalidRecord as exc:
        errors += [replace(e, column=f"letterhead.{e.column}") for e in exc.errors]
    clean_sigs = []
    for sig in signatories:
        try:
            clean_sigs.append(validate_signatory(sig))
        except InvalidRecord as exc:
            errors += [replace(e, column=f"{sig.role}.{e.column}") for e in exc.errors]
    if errors:
        raise InvalidRecord(errors)
    with store.transaction(db):
        sql.set_setting(db, LETTERHEAD_KEY, _letterhead_to_json(clean_lh))
        for sig in clean_sigs:
            _store_signatory(db, sig)
    return clean_lh, clean_sigs
