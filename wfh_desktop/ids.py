"""Identifiers of Indonesian staff: NIP (PNS), NI PPPK and NIK.

All identifiers are text.  Each ``parse_*`` function takes what a person typed (spaces
allowed), returns the facts the number encodes, or raises :class:`IdError` whose message
says what is wrong in the user's language.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .i18n import t

PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
    "31", "32", "33", "34", "35", "36",
    "51", "52", "53",
    "61", "62", "63", "64", "65",
    "71", "72", "73", "74", "75", "76",
    "81", "82",
    "91", "92", "93", "94", "95", "96",
}

_SPACES = re.compile(r"[\s\u00a0\u202f.\-]+")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


class IdError(ValueError):
    pass


@dataclass(frozen=True)
class NipInfo:
    digits: str
    birth_date: dt.date
    sex: str  # "L" or "P"
    start_year: int
    start_month: int | None  # PNS: TMT month; PPPK: None
    sequence: str


@dataclass(frozen=True)
class NikInfo:
    digits: str
    province: str
    birth_date: dt.date
    sex: str


def clean_digits(value) -> str:
    """Strip spaces, dots and dashes a person or a spreadsheet put in a number."""
    if value is None:
        return ""
    if isinstance(value, float):
        # a spreadsheet turned the identifier into a number: 18 digits do not survive
        raise IdError(t(
            "the number was stored as a number by a spreadsheet and lost its last digits "
            "({value}); format the column as Text and type it again", value=repr(value)))
    text = str(value).strip()
    if _SCIENTIFIC.match(text):
        raise IdError(t(
            "the number was stored as a number by a spreadsheet and lost its last digits "
            "({value}); format the column as Text and type it again", value=text))
    return _SPACES.sub("", text)


def _digits(value, n: int) -> str:
    digits = clean_digits(value)
    if not digits.isdigit():
        raise IdError(t("contains characters other than digits"))
    if len(digits) != n:
        raise IdError(t("must be {n} digits, found {found}", n=n, found=len(digits)))
    return digits


def _date8(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_nip(value, *, today: dt.date | None = None) -> NipInfo:
    """An 18-digit PNS NIP: YYYYMMDD birth, YYYYMM start as CPNS, sex digit, sequence."""
    digits = _digits(value, 18)
    birth = _date8(digits[:8])
    if birth is None or birth.year < 1900:
        raise IdError(t("birth date {value} in the first 8 digits is not a valid date",
                        value=digits[:8]))
    tmt_year, tmt_month = int(digits[8:12]), int(digits[12:14])
    sex_digit = digits[14]
    if not 1 <= tmt_month <= 12 or tmt_year < 1900:
        message = t("start date (TMT) {value} in digits 9-14 is not a valid year and month",
                    value=digits[8:14])
        try:
            parse_pppk(digits)
        except IdError:
            raise IdError(message) from None
        raise IdError(message + "; " + t("this looks like an NI PPPK: set jenis_pegawai to PPPK"))
    if sex_digit not in "12":
        raise IdError(t("sex digit (15th) must be 1 or 2, found {value}", value=sex_digit))
    if (tmt_year, tmt_month) < (birth.year + 18, birth.month):
        raise IdError(t("start as CPNS ({tmt}) before the 18th birthday",
                        tmt=f"{tmt_year}-{tmt_month:02d}"))
    return NipInfo(digits, birth, "L" if sex_digit == "1" else "P", tmt_year, tmt_month,
                   digits[15:])


def parse_pppk(value) -> NipInfo:
    """An 18-digit NI PPPK: YYYYMMDD birth, YYYY appointment, 2-digit code, sex, sequence."""
    digits = _digits(value, 18)
    birth = _date8(digits[:8])
    if birth is None or birth.year < 1900:
        raise IdError(t("birth date {value} in the first 8 digits is not a valid date",
                        value=digits[:8]))
    year = int(digits[8:12])
    if year < 2018 or year < birth.year + 18:  # PPPK exists since the 2018 regulation
        raise IdError(t("appointment year {value} in digits 9-12 is not plausible", value=year))
    sex_digit = digits[14]
    if sex_digit not in "12":
        raise IdError(t("sex digit (15th) must be 1 or 2, found {value}", value=sex_digit))
    return NipInfo(digits, birth, "L" if sex_digit == "1" else "P", year, None, digits[15:])


def parse_nik(value, *, today: dt.date | None = None) -> NikInfo:
    """A 16-digit NIK: province, regency, district, DDMMYY (+40 on the day for women), serial."""
    digits = _digits(value, 16)
    province = digits[:2]
    if province not in PROVINCE_CODES:
        raise IdError(t("province code {value} does not exist", value=province))
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "L"
    if day > 40:
        day -= 40
        sex = "P"
    today = today or dt.date.today()
    century = 2000 if 2000 + yy <= today.year else 1900
    try:
        birth = dt.date(century + yy, month, day)
    except ValueError:
        raise IdError(t("birth date {value} in digits 7-12 is not a valid date",
                        value=digits[6:12])) from None
    return NikInfo(digits, province, birth, sex)


def format_nip(nip: str | None) -> str:
    """``198609262015051001`` -> ``19860926 201505 1 001`` (other text unchanged)."""
    if nip and len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip or ""


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on *day*."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
