"""Staff and units: the vocabulary of the register and the validation of one record.

Validation takes what a person typed or a file held (strings, dates from XLSX) keyed by
the Indonesian column names of the file format and returns a clean record keyed by the
storage columns, or the list of what is wrong per column.  The staff dialog, the importer
and the demo generator all go through here.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import ids
from .i18n import t
from .tabular import Column

EMPLOYMENT_TYPES = ("PNS", "PPPK", "PHL", "PTT", "KONTRAK")
ASN_TYPES = ("PNS", "PPPK")
LEVELS = ("jpt", "administrator", "pengawas", "pelaksana", "fungsional")
ESELONS = ("I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "V.a", "V.b")
LEVEL_OF_ESELON_ROMAN = {"I": "jpt", "II": "jpt", "III": "administrator",
                         "IV": "pengawas", "V": "pengawas"}
PANGKAT = {
    "I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya", "IV/e": "Pembina Utama",
}
GOLONGAN_PNS = tuple(PANGKAT)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII")
GOLONGAN_PPPK = ROMAN
UNIT_TYPES = ("dinas", "badan", "inspektorat", "sekretariat", "rsud", "kecamatan",
              "kelurahan", "uptd", "puskesmas", "sekolah", "other")

STAFF_FILE = [
    Column("nip", "nip"),
    Column("nik", "nik"),
    Column("nama", "name", required=True),
    Column("jenis_pegawai", "type", required=True),
    Column("jabatan", "position"),
    Column("tingkat", "level"),
    Column("eselon", "eselon"),
    Column("golongan", "golongan"),
    Column("unit", "unit", required=True),
    Column("tanggal_lahir", "birth_date"),
    Column("jenis_kelamin", "sex"),
    Column("hamil", "pregnant"),
    Column("komorbid", "comorbid"),
    Column("layanan_publik", "public_service"),
    Column("guru", "teacher"),
    Column("telepon", "phone"),
    Column("email", "email"),
    Column("aktif", "active"),  # extension: exports round-trip the active flag
]

UNIT_FILE = [
    Column("kode", "code", required=True),
    Column("nama", "name", required=True),
    Column("induk", "parent"),
    Column("jenis", "type"),
    Column("layanan_publik", "public_service"),
]

# storage column <- file column
STAFF_FIELD_OF_COLUMN = {
    "nip": "nip", "nik": "nik", "nama": "name", "jenis_pegawai": "employment_type",
    "jabatan": "position", "tingkat": "level", "eselon": "eselon", "golongan": "golongan",
    "unit": "unit_id", "tanggal_lahir": "birth_date", "jenis_kelamin": "sex",
    "hamil": "pregnant", "komorbid": "comorbid", "layanan_publik": "public_service",
    "guru": "teacher", "telepon": "phone", "email": "email", "aktif": "active",
}
BOOLEAN_COLUMNS = ("hamil", "komorbid", "layanan_publik", "guru", "aktif")

_YES = {"ya", "y", "1", "true", "yes", "benar"}
_NO = {"tidak", "t", "n", "0", "false", "no", "tdk", "salah"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-.\u2011]{5,20}$")
_UNIT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")
_ESELON = re.compile(r"^(I|II|III|IV|V|1|2|3|4|5)\s*[./\-]?\s*([ab])$", re.I)
_GOLONGAN = re.compile(r"^(I|II|III|IV|1|2|3|4)\s*[./\-]?\s*([a-e])$", re.I)
_ARABIC_TO_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}


@dataclass(frozen=True)
class FieldError:
    column: str  # file column (Indonesian name)
    message: str


class InvalidRecord(ValueError):
    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.column}: {e.message}" for e in errors))


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    s = text(value).lower()
    if s == "" or s in _NO:
        return False
    if s in _YES:
        return True
    raise ValueError(t("not a yes/no value {value}; use ya or tidak", value=text(value)))


def parse_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = text(value)
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        pass
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$", s)  # Indonesian order d/m/Y
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    raise ValueError(t("not a date {value}; use YYYY-MM-DD, for example 1986-09-26", value=s))


def normalise_eselon(value) -> str:
    s = text(value)
    if not s or s in ("-", "non", "non-eselon", "nonesselon", "non eselon"):
        return ""
    m = _ESELON.match(s) if len(s) <= 20 else None  # long: the pattern backtracks for ages
    if not m:
        raise ValueError(t("unknown eselon {value}; use for example II.a, III.b or IV.a", value=s))
    roman = _ARABIC_TO_ROMAN.get(m.group(1), m.group(1).upper())
    return f"{roman}.{m.group(2).lower()}"


def normalise_golongan(value, employment_type: str) -> str:
    s = text(value)
    if not s or s == "-":
        return ""
    if employment_type == "PPPK":
        if s.upper() in GOLONGAN_PPPK:
            return s.upper()
    elif employment_type == "PNS":
        m = _GOLONGAN.match(s) if len(s) <= 20 else None  # as in normalise_eselon
        if m:
            return f"{_ARABIC_TO_ROMAN.get(m.group(1), m.group(1).upper())}/{m.group(2).lower()}"
    else:
        raise ValueError(t("golongan {value} is for PNS and PPPK only", value=s))
    raise ValueError(t("unknown golongan {value}; use for example III/a (PNS) or IX (PPPK)",
                       value=s))


def level_of_eselon(eselon: str) -> str | None:
    if not eselon:
        return None
    return LEVEL_OF_ESELON_ROMAN[eselon.split(".")[0]]


def validate_staff(raw: dict, unit_ids: dict[str, str], *, today: dt.date | None = None
                   ) -> dict:
    """Check one staff record given by file column; return it keyed by storage column.

    *unit_ids* maps upper-cased unit codes to unit ids.  Raises :class:`InvalidRecord`
    listing every column that is wrong.
    """
    today = today or dt.date.today()
    errors: list[FieldError] = []
    out: dict = {}

    def fail(column, message):
        errors.append(FieldError(column, message))

    name = text(raw.get("nama"))
    if not name:
        fail("nama", t("required"))
    out["name"] = name

    etype = text(raw.get("jenis_pegawai")).upper()
    if not etype:
        fail("jenis_pegawai", t("required"))
    elif etype not in EMPLOYMENT_TYPES:
        fail("jenis_pegawai", t("unknown employment type {value}; use PNS, PPPK, PHL, PTT or "
                                "KONTRAK", value=text(raw.get("jenis_pegawai"))))
    out["employment_type"] = etype

    derived_birth = derived_sex = None
    derived_from = None
    nip = None
    try:
        nip_digits = ids.clean_digits(raw.get("nip"))
    except ids.IdError as exc:
        fail("nip", str(exc))
        nip_digits = "?"
    if etype in ASN_TYPES:
        if not nip_digits:
            fail("nip", t("a NIP is required for {type}", type=etype))
        elif nip_digits != "?":
            try:
                info = ids.parse_nip(nip_digits) if etype == "PNS" else ids.parse_pppk(nip_digits)
                nip = info.digits
                derived_birth, derived_sex, derived_from = info.birth_date, info.sex, "NIP"
            except ids.IdError as exc:
                fail("nip", str(exc))
    elif etype and nip_digits:
        fail("nip", t("{type} staff have no NIP; put the 16-digit NIK in the nik column",
                      type=etype))
    out["nip"] = nip

    nik = None
    try:
        nik_digits = ids.clean_digits(raw.get("nik"))
        if nik_digits:
            info = ids.parse_nik(nik_digits, today=today)
            nik = info.digits
            if derived_from is None:
                derived_birth, derived_sex, derived_from = info.birth_date, info.sex, "NIK"
    except ids.IdError as exc:
        fail("nik", str(exc))
    out["nik"] = nik

    out["position"] = text(raw.get("jabatan"))

    eselon = ""
    try:
        eselon = normalise_eselon(raw.get("eselon"))
    except ValueError as exc:
        fail("eselon", str(exc))
    out["eselon"] = eselon
    level = text(raw.get("tingkat")).lower()
    if level and level not in LEVELS:
        fail("tingkat", t("unknown level {value}; use jpt, administrator, pengawas, pelaksana "
                          "or fungsional", value=text(raw.get("tingkat"))))
    elif not level:
        level = level_of_eselon(eselon) or "pelaksana"
    elif eselon and level_of_eselon(eselon) != level:
        fail("eselon", t("eselon {eselon} does not belong to level {level}",
                         eselon=eselon, level=level))
    out["level"] = level

    golongan = ""
    if etype in EMPLOYMENT_TYPES:
        try:
            golongan = normalise_golongan(raw.get("golongan"), etype)
        except ValueError as exc:
            fail("golongan", str(exc))
    out["golongan"] = golongan

    code = text(raw.get("unit"))
    if not code:
        fail("unit", t("required"))
        out["unit_id"] = None
    else:
        out["unit_id"] = unit_ids.get(code.upper())
        if out["unit_id"] is None:
            fail("unit", t("unknown unit code {value}", value=code))

    birth = None
    try:
        birth = parse_date(raw.get("tanggal_lahir"))
    except ValueError as exc:
        fail("tanggal_lahir", str(exc))
    if birth and derived_birth and birth != derived_birth:
        message = ("birth date {value} contradicts the NIP ({derived})" if derived_from == "NIP"
                   else "birth date {value} contradicts the NIK ({derived})")
        fail("tanggal_lahir", t(message, value=birth.isoformat(),
                                derived=derived_birth.isoformat()))
    birth = birth or derived_birth
    if birth and birth > today:
        fail("tanggal_lahir", t("birth date {value} is in the future", value=birth.isoformat()))
    out["birth_date"] = birth.isoformat() if birth else None

    sex_raw = text(raw.get("jenis_kelamin")).upper()
    sex = {"L": "L", "P": "P", "LAKI-LAKI": "L", "PEREMPUAN": "P", "LK": "L", "PR": "P"}.get(
        sex_raw)
    if sex_raw and sex is None:
        fail("jenis_kelamin", t("unknown sex {value}; use L or P", value=sex_raw))
    if sex and derived_sex and sex != derived_sex:
        message = ("sex {value} contradicts the NIP ({derived})" if derived_from == "NIP"
                   else "sex {value} contradicts the NIK ({derived})")
        fail("jenis_kelamin", t(message, value=sex, derived=derived_sex))
    sex = sex or derived_sex
    out["sex"] = sex

    for column in BOOLEAN_COLUMNS:
        try:
            value = parse_bool(raw.get(column))
            if column == "aktif" and text(raw.get(column)) == "":
                value = True
        except ValueError as exc:
            fail(column, str(exc))
            value = False
        out[STAFF_FIELD_OF_COLUMN[column]] = 1 if value else 0
    if out["pregnant"] and sex != "P":
        fail("hamil", t("only a woman (P) can be marked pregnant"))

    phone = text(raw.get("telepon"))
    if phone and not _PHONE.match(phone):
        fail("telepon", t("not a phone number {value}", value=phone))
    out["phone"] = phone
    email = text(raw.get("email"))
    if email and (len(email) > 254 or not _EMAIL.match(email)):  # 254: RFC 5321; and the
        # pattern backtracks for ages over a long run of dots
        fail("email", t("not an e-mail address {value}", value=email))
    out["email"] = email

    if errors:
        raise InvalidRecord(errors)
    return out


def staff_to_file_row(row: dict) -> dict:
    """A stored staff row (with ``unit_code``) as a row of the staff file."""
    yn = lambda v: "ya" if v else "tidak"  # noqa: E731
    return {
        "nip": row.get("nip") or "",
        "nik": row.get("nik") or "",
        "nama": row["name"],
        "jenis_pegawai": row["employment_type"],
        "jabatan": row.get("position") or "",
        "tingkat": row.get("level") or "",
        "eselon": row.get("eselon") or "",
        "golongan": row.get("golongan") or "",
        "unit": row.get("unit_code") or "",
        "tanggal_lahir": row.get("birth_date") or "",
        "jenis_kelamin": row.get("sex") or "",
        "hamil": yn(row.get("pregnant")),
        "komorbid": yn(row.get("comorbid")),
        "layanan_publik": yn(row.get("public_service")),
        "guru": yn(row.get("teacher")),
        "telepon": row.get("phone") or "",
        "email": row.get("email") or "",
        "aktif": yn(row.get("active")),
    }


def validate_unit(raw: dict) -> dict:
    """Check one unit record given by file column (parent resolved by the caller)."""
    errors: list[FieldError] = []
    code = text(raw.get("kode"))
    if not code:
        errors.append(FieldError("kode", t("required")))
    elif not _UNIT_CODE.match(code):
        errors.append(FieldError("kode", t("a unit code has letters, digits, '.', '-' or '_' "
                                           "only (found {value})", value=code)))
    name = text(raw.get("nama"))
    if not name:
        errors.append(FieldError("nama", t("required")))
    utype = text(raw.get("jenis")).lower() or "other"
    if utype not in UNIT_TYPES:
        errors.append(FieldError("jenis", t("unknown unit type {value}; use one of {allowed}",
                                            value=text(raw.get("jenis")),
                                            allowed=", ".join(UNIT_TYPES))))
    try:
        public = parse_bool(raw.get("layanan_publik"))
    except ValueError as exc:
        errors.append(FieldError("layanan_publik", str(exc)))
        public = False
    parent = text(raw.get("induk"))
    if parent and code and parent.upper() == code.upper():
        errors.append(FieldError("induk", t("a unit cannot be its own parent")))
    if errors:
        raise InvalidRecord(errors)
    return {"code": code, "name": name, "type": utype, "public_service": 1 if public else 0,
            "parent_code": parent}
