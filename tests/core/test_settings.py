import datetime as dt
import struct
import zlib

import pytest

from db import register as sql
from wfh_desktop import settings
from wfh_desktop.i18n import set_language
from wfh_desktop.settings import Letterhead, Signatory
from wfh_desktop.staff import InvalidRecord


def png_bytes(width=4, height=3) -> bytes:
    """A real (tiny, grey) PNG image."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (settings.PNG_MAGIC + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("id")


KALSEL = Letterhead(
    government="PEMERINTAH PROVINSI KALIMANTAN SELATAN",
    opd_name="BADAN KEPEGAWAIAN DAERAH",
    address="Jl. Jenderal Sudirman No. 14 Banjarmasin 70114",
    phone="(0511) 3350321",
    email="bkd@kalselprov.go.id",
    city="Banjarmasin",
)


def field_errors(exc) -> dict:
    return {e.column: e.message for e in exc.value.errors}


# --- dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("day, text", [
    (dt.date(2020, 3, 23), "Senin, 23 Maret 2020"),
    (dt.date(2020, 3, 29), "Minggu, 29 Maret 2020"),
    (dt.date(2020, 8, 17), "Senin, 17 Agustus 2020"),
    (dt.date(2020, 5, 22), "Jumat, 22 Mei 2020"),
    (dt.date(2021, 2, 3), "Rabu, 3 Februari 2021"),
    (dt.date(2020, 12, 31), "Kamis, 31 Desember 2020"),
])
def test_indonesian_dates(day, text):
    assert settings.format_date_id(day) == text


def test_place_date():
    assert settings.place_date("Banjarmasin", dt.date(2020, 3, 26)) == "Banjarmasin, 26 Maret 2020"
    assert settings.place_date("  ", dt.date(2020, 7, 29)) == "29 Juli 2020"


def test_english_dates_follow_the_language(english):
    assert settings.format_date_id(dt.date(2020, 3, 23)) == "Monday, 23 March 2020"
    assert settings.place_date("Tana Paser", dt.date(2020, 7, 29)) == "Tana Paser, 29 July 2020"
    assert settings.format_date_id(dt.date(2020, 3, 23), lang="id") == "Senin, 23 Maret 2020"


# --- letterhead --------------------------------------------------------------------------

def test_empty_database_gives_empty_settings(database):
    assert settings.load_letterhead(database) == Letterhead()
    sigs = settings.load_signatories(database)
    assert set(sigs) == {"head", "countersign"}
    assert all(s.is_empty() for s in sigs.values())


def test_letterhead_round_trip_with_logo(database):
    logo = png_bytes()
    saved = settings.save_letterhead(database, Letterhead(**{**KALSEL.__dict__, "logo_png": logo,
                                                             "address": "  Jl. Jenderal   Sudirman No. 14 "}))
    loaded = settings.load_letterhead(database)
    assert loaded == saved
    assert loaded.logo_png == logo
    assert loaded.address == "Jl. Jenderal Sudirman No. 14"
    assert loaded.city == "Banjarmasin"
    assert loaded.lines() == [
        "PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN KEPEGAWAIAN DAERAH",
        "Jl. Jenderal Sudirman No. 14", "Telp. (0511) 3350321  Email: bkd@kalselprov.go.id"]
    # stored as JSON with the logo in base64, not as raw bytes
    stored = sql.get_setting(database, settings.LETTERHEAD_KEY)
    assert isinstance(stored["logo_png"], str)


def test_letterhead_validation_names_each_field(database, english):
    bad = Letterhead(**{**KALSEL.__dict__, "email": "bkd at kalselprov", "logo_png": b"GIF89a..."})
    with pytest.raises(InvalidRecord) as exc:
        settings.save_letterhead(database, bad)
    errors = field_errors(exc)
    assert errors == {"email": "not an e-mail address bkd at kalselprov",
                      "logo_png": "the logo must be a PNG or JPEG image"}
    assert settings.load_letterhead(database) == Letterhead()


def test_logo_over_one_megabyte_is_refused(tmp_path, english):
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes() + b"\x00" * (1024 * 1024))
    with pytest.raises(InvalidRecord) as exc:
        settings.read_logo(big)
    assert field_errors(exc)["logo_png"].startswith("the logo is 1024 KB")
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    assert settings.logo_format(settings.read_logo(jpeg)) == "jpeg"
    with pytest.raises(InvalidRecord):
        settings.read_logo(tmp_path / "missing.png")


# --- signatories -------------------------------------------------------------------------

HEAD = Signatory("head", "Kepala Badan Kepegawaian Daerah", "Dr. Hj. Siti Rahmah, S.E., M.Si.",
                 "Pembina Utama Muda (IV/c)", "19700101 199803 2 004")


def test_signatory_round_trip(database):
    saved = settings.save_signatory(database, HEAD)
    assert saved.nip == "197001011998032004"
    settings.save_signatory(database, Signatory("countersign", "Sekretaris Daerah", "H. Roy Rizali Anwar"))
    sigs = settings.load_signatories(database)
    assert sigs["head"] == saved
    assert sigs["head"].nip_line() == "NIP. 19700101 199803 2 004"
    assert sigs["countersign"].name == "H. Roy Rizali Anwar"
    assert sigs["countersign"].nip_line() == ""


def test_signatory_with_invalid_nip_is_refused(database, english):
    bad = Signatory("head", "Kepala Badan", "Siti", nip="19700101199803200")
    with pytest.raises(InvalidRecord) as exc:
        settings.save_signatory(database, bad)
    assert field_errors(exc) == {"nip": "must be 18 digits, found 17"}
    # a valid length but an impossible month of start as CPNS
    with pytest.raises(InvalidRecord) as exc:
        settings.save_signatory(database, Signatory("head", "Kepala", "Siti", nip="197001011998132004"))
    assert "nip" in field_errors(exc)
    assert settings.load_signatories(database)["head"].is_empty()


def test_signatory_needs_position_and_name_once_anything_is_given(database, english):
    with pytest.raises(InvalidRecord) as exc:
        settings.save_signatory(database, Signatory("head", pangkat="Pembina (IV/a)"))
    assert field_errors(exc) == {"position": "required", "name": "required"}
    # clearing a signatory entirely is allowed
    settings.save_signatory(database, HEAD)
    settings.save_signatory(database, Signatory("head"))
    assert settings.load_signatories(database)["head"].is_empty()


def test_save_settings_is_all_or_nothing(database, english):
    bad_counter = Signatory("countersign", "Sekretaris Daerah", "Roy", nip="12345")
    with pytest.raises(InvalidRecord) as exc:
        settings.save_settings(database, KALSEL, [HEAD, bad_counter])
    assert set(field_errors(exc)) == {"countersign.nip"}
    assert settings.load_letterhead(database) == Letterhead()
    assert settings.load_signatories(database)["head"].is_empty()

    lh, sigs = settings.save_settings(database, KALSEL, [HEAD, Signatory("countersign")])
    assert settings.load_letterhead(database) == lh == KALSEL
    assert settings.load_signatories(database)["head"].name == HEAD.name
