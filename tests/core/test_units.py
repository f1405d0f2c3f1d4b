import pytest

from db import register as sql
from wfh_desktop import register, units
from wfh_desktop.i18n import set_language
from wfh_desktop.staff import InvalidRecord

from .conftest import TODAY


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("id")


def unit(code, name, parent="", jenis="badan", public="tidak"):
    return {"kode": code, "nama": name, "induk": parent, "jenis": jenis, "layanan_publik": public}


def by_code(db):
    return {u["code"]: u for u in sql.list_units(db)}


def errors_of(exc):
    return {e.column: e.message for e in exc.value.errors}


def test_add_a_top_unit_and_a_child(database):
    top = units.save_unit(database, unit("DISDIK", "Dinas Pendidikan", jenis="dinas"))
    child = units.save_unit(database, unit("DISDIK-SD", "Bidang SD", "disdik", "dinas", "ya"))
    rows = by_code(database)
    assert rows["DISDIK"]["id"] == top and rows["DISDIK"]["parent_id"] is None
    assert rows["DISDIK-SD"]["id"] == child
    assert rows["DISDIK-SD"]["parent_id"] == top
    assert rows["DISDIK-SD"]["public_service"] == 1
    assert [(u["code"], depth) for u, depth in register.unit_tree(database)] == [
        ("DISDIK", 0), ("DISDIK-SD", 1)]


def test_edit_keeps_the_id_and_changes_the_fields(with_units):
    mut = by_code(with_units)["BKD-MUT"]
    units.save_unit(with_units, unit("BKD-MUTASI", "Bidang Mutasi dan Promosi", "RSUD", "rsud", "ya"),
                    mut["id"])
    after = sql.list_units(with_units)
    assert len(after) == 4
    row = by_code(with_units)["BKD-MUTASI"]
    assert row["id"] == mut["id"]
    assert (row["name"], row["parent_code"], row["type"], row["public_service"]) == (
        "Bidang Mutasi dan Promosi", "RSUD", "rsud", 1)
    assert units.unit_file_row(with_units, mut["id"]) == {
        "kode": "BKD-MUTASI", "nama": "Bidang Mutasi dan Promosi", "induk": "RSUD",
        "jenis": "rsud", "layanan_publik": "ya"}


def test_moving_a_unit_below_its_own_descendant_is_refused(with_units, english):
    units.save_unit(with_units, unit("BKD-MUT-1", "Subbidang Mutasi", "BKD-MUT"))
    bkd = by_code(with_units)["BKD"]
    with pytest.raises(InvalidRecord) as exc:
        units.save_unit(with_units, unit("BKD", "Badan Kepegawaian Daerah", "BKD-MUT-1"), bkd["id"])
    assert errors_of(exc) == {"induk": "BKD-MUT-1 lies below this unit and cannot be its parent"}
    with pytest.raises(InvalidRecord) as exc:
        units.save_unit(with_units, unit("BKD", "Badan Kepegawaian Daerah", "BKD"), bkd["id"])
    assert errors_of(exc) == {"induk": "a unit cannot be its own parent"}
    assert by_code(with_units)["BKD"]["parent_id"] is None


def test_duplicate_code_is_refused_in_any_case(with_units, english):
    with pytest.raises(InvalidRecord) as exc:
        units.save_unit(with_units, unit("bkd-sek", "Sekretariat Baru", "BKD"))
    assert errors_of(exc) == {"kode": "unit code BKD-SEK is already used by Sekretariat"}
    # editing a unit and keeping its own code is fine
    sek = by_code(with_units)["BKD-SEK"]
    units.save_unit(with_units, unit("BKD-SEK", "Sekretariat Badan", "BKD", "sekretariat"), sek["id"])
    assert by_code(with_units)["BKD-SEK"]["name"] == "Sekretariat Badan"
    assert len(sql.list_units(with_units)) == 4


def test_field_errors_and_unknown_parent(database, english):
    with pytest.raises(InvalidRecord) as exc:
        units.save_unit(database, unit("A B", "", jenis="kantor"))
    assert set(errors_of(exc)) == {"kode", "nama", "jenis"}
    with pytest.raises(InvalidRecord) as exc:
        units.save_unit(database, unit("X", "Unit X", "NOPE"))
    assert errors_of(exc) == {"induk": "unknown parent unit NOPE"}
    assert sql.count_units(database) == 0
    with pytest.raises(KeyError):
        units.save_unit(database, unit("X", "Unit X"), "no-such-id")


def test_descendants_and_staff_counts(with_units, tmp_path):
    ids = {c: u["id"] for c, u in by_code(with_units).items()}
    assert units.descendant_ids(sql.list_units(with_units), ids["BKD"]) == {ids["BKD-SEK"], ids["BKD-MUT"]}
    assert units.descendant_ids(sql.list_units(with_units), ids["RSUD"]) == set()
    path = tmp_path / "s.csv"
    path.write_text(
        "nik,nama,jenis_pegawai,unit,aktif\n"
        "6371054109900001,Nurul Hidayah,PHL,BKD-SEK,ya\n"
        "6371051509900002,Ahmad Fauzi,PHL,BKD-SEK,ya\n"
        "6371051609900003,Rudi,PHL,BKD-SEK,tidak\n"
        "6371051709900004,Budi,PTT,RSUD,ya\n", encoding="utf-8")
    register.import_staff(with_units, path, today=TODAY)
    assert units.staff_count_by_unit(with_units) == {ids["BKD-SEK"]: 2, ids["RSUD"]: 1}
