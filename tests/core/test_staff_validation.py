import datetime as dt

import pytest

from wfh_desktop.i18n import set_language
from wfh_desktop.staff import InvalidRecord, validate_staff

UNITS = {"BKD": "u1", "BKD-SEK": "u2"}
TODAY = dt.date(2020, 3, 23)


def check(**raw):
    base = {"nama": "Budi", "jenis_pegawai": "PNS", "nip": "198609262015051001", "unit": "BKD"}
    base.update(raw)
    return validate_staff(base, UNITS, today=TODAY)


def errors(**raw):
    with pytest.raises(InvalidRecord) as exc:
        check(**raw)
    return {e.column: e.message for e in exc.value.errors}


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


def test_pns_derives_birth_date_and_sex():
    rec = check()
    assert rec["birth_date"] == "1986-09-26"
    assert rec["sex"] == "L"
    assert rec["level"] == "pelaksana"
    assert rec["unit_id"] == "u1"
    assert rec["active"] == 1


def test_name_with_titles_kept_intact():
    rec = check(nama="Dr. Hj. Siti Rahmah, S.E., M.Si.", nip="197001011998032004")
    assert rec["name"] == "Dr. Hj. Siti Rahmah, S.E., M.Si."


def test_birth_date_or_sex_contradicting_nip_is_rejected():
    e = errors(tanggal_lahir="1986-09-27", jenis_kelamin="P")
    assert "contradicts the NIP" in e["tanggal_lahir"]
    assert "contradicts the NIP" in e["jenis_kelamin"]


def test_matching_birth_date_in_indonesian_order_is_accepted():
    assert check(tanggal_lahir="26/09/1986")["birth_date"] == "1986-09-26"
    assert check(tanggal_lahir=dt.datetime(1986, 9, 26))["birth_date"] == "1986-09-26"


def test_asn_needs_a_nip_and_non_asn_has_none():
    assert "required" in errors(nip="")["nip"]
    assert "NIK" in errors(jenis_pegawai="PHL")["nip"]
    rec = check(jenis_pegawai="phl", nip="", nik="6371054109900001")
    assert rec["employment_type"] == "PHL"
    assert rec["nip"] is None
    assert rec["birth_date"] == "1990-09-01" and rec["sex"] == "P"


def test_non_asn_without_any_identifier_is_allowed():
    rec = check(jenis_pegawai="KONTRAK", nip="")
    assert rec["nip"] is None and rec["nik"] is None and rec["birth_date"] is None


def test_pppk_validated_as_pppk():
    rec = check(jenis_pegawai="PPPK", nip="199009132025242014", golongan="ix")
    assert rec["golongan"] == "IX"
    assert rec["sex"] == "P"
    assert "golongan" in errors(jenis_pegawai="PPPK", nip="199009132025242014",
                                golongan="III/a")


def test_eselon_and_level_normalised_and_checked():
    rec = check(eselon="iii a")
    assert rec["eselon"] == "III.a" and rec["level"] == "administrator"
    assert check(eselon="2a")["level"] == "jpt"
    assert "does not belong" in errors(eselon="IV.a", tingkat="administrator")["eselon"]
    assert "unknown eselon" in errors(eselon="VI.c")["eselon"]
    assert "unknown level" in errors(tingkat="boss")["tingkat"]


def test_golongan_forms():
    assert check(golongan="III/a")["golongan"] == "III/a"
    assert check(golongan="3-b")["golongan"] == "III/b"
    assert "golongan" in errors(golongan="III/f")
    assert "PNS and PPPK only" in errors(jenis_pegawai="PTT", nip="", golongan="II/a")["golongan"]


def test_yes_no_columns():
    rec = check(komorbid="Ya", layanan_publik="1", guru="true", aktif="tidak")
    assert (rec["comorbid"], rec["public_service"], rec["teacher"], rec["active"]) == (1, 1, 1, 0)
    assert "yes/no" in errors(komorbid="mungkin")["komorbid"]


def test_pregnant_only_for_women():
    assert "woman" in errors(hamil="ya")["hamil"]
    rec = check(nip="197001011998032004", hamil="ya")
    assert rec["pregnant"] == 1


def test_unknown_unit_and_missing_name():
    e = errors(unit="XYZ", nama="")
    assert "XYZ" in e["unit"]
    assert "required" in e["nama"]


def test_unit_code_matched_case_insensitively():
    assert check(unit="bkd-sek")["unit_id"] == "u2"


def test_phone_and_email():
    assert check(telepon="+62 812-3456-7890", email="budi@bkd.go.id")["phone"] == "+62 812-3456-7890"
    e = errors(telepon="call me", email="budi@")
    assert "phone" in e["telepon"] and "e-mail" in e["email"]


def test_all_errors_reported_at_once():
    e = errors(nip="123", unit="", komorbid="x", email="nope")
    assert set(e) == {"nip", "unit", "komorbid", "email"}


def test_messages_default_to_indonesian():
    set_language("id")
    e = errors(unit="XYZ")
    assert e["unit"] == "kode unit XYZ tidak dikenal"
