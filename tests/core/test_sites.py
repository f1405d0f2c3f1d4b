"""The site of an installation, its key pair, registration files, fingerprints and the
peers it trusts (no Qt)."""
import base64
import hashlib
import json
import re
import uuid

import pytest

from db import sites as sites_sql
from wfh_desktop import accounts, register, sites
from wfh_desktop.accounts import PermissionDenied
from wfh_desktop.database import open_database
from wfh_desktop.i18n import set_language
from wfh_desktop.sites import IdentityError, SiteError, TrustRefused

PASSWORD = "Rahasia-2020"
UNITS = "kode,nama,induk,jenis,layanan_publik\r\n{code},{name},,dinas,tidak\r\n"
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


@pytest.fixture
def make(tmp_path):
    """``make(name, role, unit=None)``: a fresh database set up as a BKD or an OPD."""
    opened = []

    def make_site(name, role=None, unit=None, unit_name=None):
        db = open_database(tmp_path / f"{name}.sqlite3")
        opened.append(db)
        if unit:
            path = tmp_path / f"{name}-units.csv"
            path.write_text(UNITS.format(code=unit, name=unit_name or f"Dinas {unit}"),
                            encoding="utf-8")
            register.import_units(db, path)
        if role:
            sites.set_site(db, role, unit)
        return db

    yield make_site
    for db in opened:
        db.close()


@pytest.fixture
def files(tmp_path):
    """``files(db, name)``: the registration file of *db* written to tmp_path."""
    def write(db, name):
        path = tmp_path / f"{name}.json"
        sites.write_identity(db, path)
        return path
    return write


def dump(db):
    return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in db.table_names()}


# --- the site and its keys ---------------------------------------------------------------

def test_the_key_pair_is_made_once_on_first_need_and_stays(make, tmp_path):
    db = make("one")
    assert sites.existing_site(db) is None
    first = sites.site_info(db)
    assert uuid.UUID(first.site_id)
    assert len(first.public_key) == 32 and first.role is None
    assert sites.site_info(db) == first
    db.close()
    again = open_database(tmp_path / "one.sqlite3")
    try:
        assert sites.site_info(again) == first
        made = accounts.audit_log(again, action="sync.site_created")
        assert len(made) == 1 and made[0]["target"] == first.site_id
        signature = sites.sign(again, b"data")
        assert len(signature) == 64
        assert sites.verify(first.public_key, b"data", signature)
    finally:
        again.close()


def test_two_installations_have_different_ids_and_keys(make):
    a, b = sites.site_info(make("a")), sites.site_info(make("b"))
    assert a.site_id != b.site_id and a.public_key != b.public_key
    assert a.fingerprint != b.fingerprint


def test_verify_refuses_other_data_other_keys_and_garbage(make):
    db, other = make("a"), make("b")
    key = sites.site_info(db).public_key
    signature = sites.sign(db, b"attendance of March")
    assert sites.verify(key, b"attendance of March", signature)
    assert not sites.verify(key, b"attendance of April", signature)
    assert not sites.verify(sites.site_info(other).public_key, b"attendance of March",
                            signature)
    assert not sites.verify(key, b"attendance of March",
                            signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not sites.verify(b"short", b"attendance of March", signature)
    assert not sites.verify(key, b"attendance of March", b"")


# --- fingerprints ------------------------------------------------------------------------

def test_fingerprint_is_80_bits_of_sha256_in_base32_groups_of_four():
    key = bytes(range(32))
    fp = sites.fingerprint(key)
    assert FINGERPRINT.match(fp), fp
    expected = base64.b32encode(hashlib.sha256(key).digest()[:10]).decode()
    assert fp.replace("-", "") == expected
    assert sites.fingerprint(key) == fp
    assert sites.fingerprint(bytes(31) + b"\1") != fp


def test_fingerprints_compare_without_case_dashes_or_spaces():
    fp = sites.fingerprint(bytes(32))
    assert sites.same_fingerprint(fp, fp.lower())
    assert sites.same_fingerprint(fp, fp.replace("-", ""))
    assert sites.same_fingerprint(fp, " " + fp.replace("-", " ").lower() + " ")
    assert not sites.same_fingerprint(fp, sites.fingerprint(b"\1" * 32))
    assert sites.valid_fingerprint(fp.lower().replace("-", ""))
    for wrong in ("", "K7QD-3MZP", fp + "A", fp.replace(fp[0], "0"), "K7QD-3MZP-A2XE-LW5!"):
        assert not sites.valid_fingerprint(wrong), wrong


# --- what the installation is ------------------------------------------------------------

def test_an_opd_needs_an_existing_unit_and_the_bkd_none(make):
    db = make("opd", unit="DINKES", unit_name="Dinas Kesehatan")
    with pytest.raises(SiteError, match="--unit"):
        sites.set_site(db, "opd")
    with pytest.raises(SiteError, match="NOPE"):
        sites.set_site(db, "opd", "NOPE")
    with pytest.raises(SiteError, match="no unit code"):
        sites.set_site(db, "bkd", "DINKES")
    with pytest.raises(SiteError, match="hub"):
        sites.set_site(db, "hub")
    assert sites.existing_site(db) is None      # refusals made nothing, not even keys
    site = sites.set_site(db, "opd", "dinkes")
    assert (site.role, site.unit_code, site.name) == ("opd", "DINKES", "Dinas Kesehatan")
    site = sites.set_site(db, "opd", "DINKES", "Dinkes Kab. Paser")
    assert site.name == "Dinkes Kab. Paser"
    assert sites.set_site(db, "opd", "DINKES").name == "Dinkes Kab. Paser"   # kept
    bkd = sites.set_site(make("bkd"), "BKD")
    assert (bkd.role, bkd.unit_code, bkd.name) == ("bkd", None, "BKD")


def test_role_and_unit_are_fixed_once_peers_are_registered(make, files):
    bkd = make("bkd", "bkd")
    opd = make("opd", "opd", "DINKES")
    path = files(bkd, "bkd")
    sites.trust(opd, path, sites.site_info(bkd).fingerprint)
    before = dump(opd)
    with pytest.raises(SiteError, match="OPD DINKES.*BKD"):
        sites.set_site(opd, "bkd")
    assert dump(opd) == before
    assert sites.set_site(opd, "opd", "DINKES", "Dinas Kesehatan Kota").name == \
        "Dinas Kesehatan Kota"


# --- registration files ------------------------------------------------------------------

def test_identity_round_trip(make, files):
    db = make("opd", "opd", "DINKES", "Dinas Kesehatan")
    site = sites.site_info(db)
    data = sites.identity_file(db)
    assert data == sites.identity_file(db)          # the same site gives the same file
    doc = json.loads(data)
    assert doc["format"] == "wfh-desktop-identity" and doc["version"] == 1
    assert set(doc) == {"format", "version", "site_id", "role", "unit_code", "name",
                        "public_key", "created_at", "signature"}
    private = sites_sql.get_site(db)["private_key"]
    assert bytes(private) not in data and base64.b64encode(private) not in data
    ident = sites.read_identity(files(db, "opd"))
    assert (ident.site_id, ident.role, ident.unit_code, ident.name, ident.public_key,
            ident.created_at) == (site.site_id, "opd", "DINKES", "Dinas Kesehatan",
                                  site.public_key, site.created_at)
    assert ident.fingerprint == site.fingerprint


def test_no_identity_before_the_role_is_set(make):
    db = make("new")
    with pytest.raises(SiteError, match="site --role"):
        sites.identity_file(db)
    assert sites.existing_site(db) is None


@pytest.fixture
def signed(make, files):
    """(OPD database, path of the BKD's registration file, its bytes, its fingerprint)."""
    bkd = make("bkd", "bkd")
    path = files(bkd, "bkd")
    return make("opd", "opd", "DINKES"), path, path.read_bytes(), \
        sites.site_info(bkd).fingerprint


def refused(db, path, fp, match):
    """Trusting *path* is refused with a message naming the file, and nothing changes."""
    before = dump(db)
    with pytest.raises(SiteError, match=match) as info:
        sites.trust(db, path, fp)
    assert dump(db) == before
    return str(info.value)


def test_a_changed_field_breaks_the_signature(signed, tmp_path):
    db, path, data, fp = signed
    doc = json.loads(data)
    doc["name"] = "BKD Palsu"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc), encoding="utf-8")
    message = refused(db, forged, fp, "signature does not match")
    assert str(forged) in message
    # another key put in with the old signature
    other = sites.site_info(db).public_key
    doc["public_key"] = base64.b64encode(other).decode()
    forged.write_text(json.dumps(doc), encoding="utf-8")
    refused(db, forged, fp, "signature does not match")


def test_every_flipped_bit_is_noticed(signed):
    _, _, data, _ = signed
    for i in range(len(data)):
        for mask in (0x01, 0x20, 0x80):
            damaged = data[:i] + bytes([data[i] ^ mask]) + data[i + 1:]
            with pytest.raises(IdentityError, match="f.json"):
                sites.parse_identity(damaged, "f.json")


def test_only_the_canonical_base64_spelling_is_accepted(signed):
    """Base64 has spare bits: another spelling of the same signature is refused too, so
    that no character of the file can change unnoticed."""
    _, _, data, _ = signed
    doc = json.loads(data)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sig = doc["signature"]
    assert sig.endswith("==")          # 64 bytes: the last character carries 2 bits
    spare = alphabet[alphabet.index(sig[-3]) ^ 0b0001]
    doc["signature"] = sig[:-3] + spare + "=="
    assert base64.b64decode(doc["signature"]) == base64.b64decode(sig)
    with pytest.raises(IdentityError, match="signature is not valid"):
        sites.parse_identity(json.dumps(doc).encode(), "f.json")


def test_a_truncated_file_is_called_truncated(signed, tmp_path):
    db, _, data, fp = signed
    for size in (1, 40, len(data) // 2, len(data) - 3):
        cut = tmp_path / f"cut{size}.json"
        cut.write_bytes(data[:size])
        message = refused(db, cut, fp, "truncated")
        assert str(cut) in message


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"Laporan harian 23 Maret 2020\n", "not JSON: line 1, column 1"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe", "not a text file"),
    (b"[1, 2, 3]", "format -"),
    (b'{"format": "wfh-desktop-sync", "version": 1}', "format wfh-desktop-sync, expected"),
    (b'{"format": "wfh-desktop-identity", "version": 2}', "newer version"),
    (b'{"format": "wfh-desktop-identity", "version": "1"}', "version is not valid"),
    (b'{"format": "wfh-desktop-identity", "version": 1}', "public_key is missing"),
    (b'{"format": "wfh-desktop-identity", "version": 1, "public_key": "abc"}',
     "public_key is not valid"),
    (b"{" + b" " * (70 * 1024) + b"}", "too large"),
])
def test_files_that_are_not_registration_files(signed, tmp_path, content, match):
    db, _, _, fp = signed
    path = tmp_path / "wrong.json"
    path.write_bytes(content)
    message = refused(db, path, fp, match)
    assert message.startswith(str(path))


def test_a_missing_file_is_named(signed, tmp_path):
    db, _, _, fp = signed
    refused(db, tmp_path / "nowhere.json", fp, "cannot read the file .*nowhere.json")


# --- trusting peers ----------------------------------------------------------------------

def test_opd_and_bkd_register_each_other(make, files):
    bkd, opd = make("bkd", "bkd"), make("opd", "opd", "DINKES", "Dinas Kesehatan")
    bkd_fp, opd_fp = sites.site_info(bkd).fingerprint, sites.site_info(opd).fingerprint
    result = sites.trust(opd, files(bkd, "bkd"), bkd_fp.lower().replace("-", " "))
    assert result.status == "new"
    assert result.peer["fingerprint"] == bkd_fp and result.peer["role"] == "bkd"
    result = sites.trust(bkd, files(opd, "opd"), opd_fp)
    assert result.status == "new"
    [peer] = sites.list_peers(bkd)
    assert (peer["site_id"], peer["role"], peer["unit_code"], peer["name"]) == \
        (sites.site_info(opd).site_id, "opd", "DINKES", "Dinas Kesehatan")
    assert bytes(peer["public_key"]) == sites.site_info(opd).public_key
    assert peer["trusted_by"] == accounts.who(bkd) and peer["trusted_at"]
    assert accounts.audit_log(bkd, action="sync")[0]["action"] == "sync:trust"


def test_trusting_again_is_idempotent_and_takes_a_new_name(make, files):
    bkd, opd = make("bkd", "bkd"), make("opd", "opd", "DINKES")
    fp = sites.site_info(bkd).fingerprint
    path = files(bkd, "bkd")
    sites.trust(opd, path, fp)
    before = dump(opd)
    result = sites.trust(opd, path, fp)
    assert result.status == "unchanged"
    assert {k: v for k, v in dump(opd).items() if k != "audit_log"} == \
        {k: v for k, v in before.items() if k != "audit_log"}
    sites.set_site(bkd, "bkd", name="BKD Provinsi Kalimantan Selatan")
    result = sites.trust(opd, files(bkd, "bkd2"), fp)
    assert result.status == "updated"
    assert [p["name"] for p in sites.list_peers(opd)] == ["BKD Provinsi Kalimantan Selatan"]


def test_a_different_fingerprint_is_refused_without_giving_the_right_one(signed):
    """The message names what was read, never the file's own fingerprint: a clerk must not
    be able to copy it from the screen instead of hearing it over the phone."""
    db, path, _, fp = signed
    other = sites.fingerprint(b"\7" * 32)
    message = refused(db, path, other, "fingerprint")
    assert other in message and str(path) in message and fp not in message
    assert sites.list_peers(db) == []
    refused(db, path, "K7QD-3MZP", "not a fingerprint")


def test_own_file_is_refused(make, files):
    opd = make("opd", "opd", "DINKES")
    refused(opd, files(opd, "own"), sites.site_info(opd).fingerprint, "itself")


def test_an_opd_trusts_a_bkd_and_a_bkd_trusts_opds(make, files):
    bkd, bkd2 = make("bkd", "bkd"), make("bkd2", "bkd")
    opd, opd2 = make("opd", "opd", "DINKES"), make("opd2", "opd", "DISHUB")
    refused(opd, files(opd2, "opd2"), sites.site_info(opd2).fingerprint,
            "an OPD registers the BKD")
    refused(bkd, files(bkd2, "bkd2"), sites.site_info(bkd2).fingerprint,
            "the BKD registers OPDs")


def test_a_second_bkd_is_refused_at_an_opd(make, files):
    bkd, bkd2, opd = make("bkd", "bkd"), make("bkd2", "bkd"), make("opd", "opd", "DINKES")
    sites.trust(opd, files(bkd, "bkd"), sites.site_info(bkd).fingerprint)
    message = refused(opd, files(bkd2, "bkd2"), sites.site_info(bkd2).fingerprint,
                      "registered already")
    assert sites.site_info(bkd).fingerprint in message
    assert sites.site_info(bkd2).fingerprint in message


def test_a_bkd_registers_many_opds_but_one_per_unit(make, files):
    bkd = make("bkd", "bkd")
    for name, unit in (("dishub", "DISHUB"), ("dinkes", "DINKES")):
        db = make(name, "opd", unit)
        assert sites.trust(bkd, files(db, name), sites.site_info(db).fingerprint).status \
            == "new"
    assert [p["unit_code"] for p in sites.list_peers(bkd)] == ["DINKES", "DISHUB"]
    # a second installation for DINKES (a reinstalled PC, or an impostor)
    again = make("dinkes2", "opd", "DINKES")
    refused(bkd, files(again, "dinkes2"), sites.site_info(again).fingerprint,
            "OPD DINKES .*registered already")


def test_a_known_site_id_with_another_key_is_refused(make, files):
    bkd, opd, impostor = make("bkd", "bkd"), make("opd", "opd", "DINKES"), \
        make("impostor", "opd", "DINKES")
    sites.trust(bkd, files(opd, "opd"), sites.site_info(opd).fingerprint)
    # a second installation that claims the first one's site id, with its own key
    sites_sql.update_site(impostor, site_id=sites.site_info(opd).site_id)
    message = refused(bkd, files(impostor, "impostor"), sites.site_info(impostor).fingerprint,
                      "registered already with another key")
    assert sites.site_info(opd).fingerprint in message


def test_nothing_is_trusted_before_the_role_is_set(make, files):
    bkd, new = make("bkd", "bkd"), make("new")
    refused(new, files(bkd, "bkd"), sites.site_info(bkd).fingerprint, "site --role")


# --- accounts ----------------------------------------------------------------------------

def test_only_an_administrator_trusts_and_sets_the_site(make, files):
    bkd, opd = make("bkd", "bkd"), make("opd", "opd", "DINKES")
    path, fp = files(bkd, "bkd"), sites.site_info(bkd).fingerprint
    accounts.add_user(opd, "admin", "admin", PASSWORD)
    accounts.login(opd, "admin", PASSWORD)
    accounts.add_user(opd, "siti", "operator", PASSWORD)
    accounts.add_user(opd, "budi", "viewer", PASSWORD)
    accounts.logout(opd)
    for name in ("siti", "budi"):
        accounts.login(opd, name, PASSWORD)
        before = dump(opd)
        with pytest.raises(PermissionDenied, match=name):
            sites.trust(opd, path, fp)
        with pytest.raises(PermissionDenied, match=name):
            sites.set_site(opd, "opd", "DINKES", "Another name")
        assert dump(opd) == before
        accounts.logout(opd)
    with pytest.raises(PermissionDenied, match="--user"):
        sites.trust(opd, path, fp)
    accounts.login(opd, "admin", PASSWORD)
    assert sites.trust(opd, path, fp).peer["trusted_by"] == "admin"
    assert accounts.audit_log(opd, action="sync")[0]["account"] == "admin"
