import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wfh_desktop import ids


def test_nip_fields_are_derived():
    info = ids.parse_nip("198609262015051001")
    assert info.birth_date == dt.date(1986, 9, 26)
    assert info.sex == "L"
    assert (info.start_year, info.start_month) == (2015, 5)
    assert info.sequence == "001"


def test_nip_with_spaces_and_woman():
    info = ids.parse_nip("19700101 199803 2 004")
    assert info.digits == "197001011998032004"
    assert info.sex == "P"


@pytest.mark.parametrize("nip, fragment", [
    ("19860926201505100", "18"),                # 17 digits
    ("1986092620150510011", "18"),              # 19 digits
    ("19860926201505100A", "digits"),
    ("198613262015051001", "birth"),            # month 13
    ("198609262015131001", "TMT"),              # TMT month 13
    ("198609262015053001", "15th"),             # sex digit 3
    ("198609262000051001", "18th birthday"),    # CPNS at 13
])
def test_bad_nips_are_explained(nip, fragment):
    from wfh_desktop.i18n import set_language

    set_language("en")
    try:
        with pytest.raises(ids.IdError) as exc:
            ids.parse_nip(nip)
        assert fragment.lower() in str(exc.value).lower()
    finally:
        set_language("id")


def test_pppk_number_is_rejected_as_pns_with_a_hint():
    with pytest.raises(ids.IdError) as exc:
        ids.parse_nip("199009132025242014")
    assert "PPPK" in str(exc.value)
    info = ids.parse_pppk("199009132025242014")
    assert info.birth_date == dt.date(1990, 9, 13)
    assert info.sex == "P"
    assert info.start_year == 2025


def test_nik_woman_day_plus_40():
    info = ids.parse_nik("6371054109900001")
    assert info.birth_date == dt.date(1990, 9, 1)
    assert info.sex == "P"
    assert info.province == "63"
    man = ids.parse_nik("6371050109900001")
    assert man.sex == "L"


def test_nik_rejects_unknown_province_and_bad_date():
    with pytest.raises(ids.IdError):
        ids.parse_nik("0071050109900001")
    with pytest.raises(ids.IdError):
        ids.parse_nik("6371053209900001")  # day 32


def test_spreadsheet_number_is_refused_with_advice():
    with pytest.raises(ids.IdError) as exc:
        ids.clean_digits(1.98609262015051e17)
    assert "spreadsheet" in str(exc.value) or "spreadsheet" in str(exc.value).lower()
    with pytest.raises(ids.IdError):
        ids.clean_digits("1.98609E+17")


def test_format_nip():
    assert ids.format_nip("198609262015051001") == "19860926 201505 1 001"
    assert ids.format_nip("6371054109900001") == "6371054109900001"
    assert ids.format_nip(None) == ""


def test_age_on_birthday_boundary():
    b = dt.date(1970, 3, 23)
    assert ids.age_on(b, dt.date(2020, 3, 22)) == 49
    assert ids.age_on(b, dt.date(2020, 3, 23)) == 50
    assert ids.age_on(dt.date(2000, 2, 29), dt.date(2021, 2, 28)) == 20


@given(birth=st.dates(dt.date(1955, 1, 1), dt.date(2001, 12, 31)),
       years_after=st.integers(18, 40), month=st.integers(1, 12),
       sex=st.sampled_from("12"), seq=st.integers(1, 999))
def test_generated_nips_round_trip(birth, years_after, month, sex, seq):
    tmt_year = birth.year + years_after + 1
    nip = f"{birth:%Y%m%d}{tmt_year}{month:02d}{sex}{seq:03d}"
    info = ids.parse_nip(ids.format_nip(nip))
    assert info.digits == nip
    assert info.birth_date == birth
    assert info.sex == ("L" if sex == "1" else "P")
