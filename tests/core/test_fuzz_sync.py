"""Fuzzing the sync importer: damaged files (bytes flipped, cut, inserted) and, harder,
hostile content correctly hashed and signed by a registered peer (a stolen key, or a bug
at the other office). Either the file applies or it is refused with :class:`SyncError`,
and then the database is unchanged. Nothing crashes, hangs or half-writes.

Examples per run: 300 damaged files + 300 signed hostile files (``WFH_FUZZ_SCALE``
multiplies them, as in test_fuzz_importers.py)."""
import hashlib
import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import sync as sync_sql
from wfh_desktop import demo, register, sites, sync
from wfh_desktop.database import open_database
from wfh_desktop.i18n import set_language
from wfh_desktop.sync import SyncError

SCALE = float(os.environ.get("WFH_FUZZ_SCALE", "1"))
EXAMPLES = max(10, int(300 * SCALE))
OPD = "DIKBUD-SEK"
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    """A BKD with a small demo and an OPD registered with each other; the BKD's first
    file for the OPD."""
    set_language("en")
    tmp = tmp_path_factory.mktemp("fuzzsync")
    bkd = open_database(tmp / "bkd.sqlite3")
    demo.build_demo(bkd, staff=12, seed=3)
    sites.set_site(bkd, "bkd")
    opd = open_database(tmp / "opd.sqlite3")
    unit = next(u for u in register.list_units(bkd) if u["code"] == OPD)
    (tmp / "u.csv").write_text("kode,nama,induk,jenis,layanan_publik\r\n"
                               f"{OPD},{unit['name']},,dinas,tidak\r\n", encoding="utf-8")
    register.import_units(opd, tmp / "u.csv")
    sites.set_site(opd, "opd", OPD)
    for src, dst, name in ((bkd, opd, "b.json"), (opd, bkd, "o.json")):
        site = sites.write_identity(src, tmp / name)
        sites.trust(dst, tmp / name, site.fingerprint)
    good = tmp / "good.wfhsync"
    sync.export(bkd, good, sites.site_info(opd).site_id)
    yield bkd, opd, good, tmp
    set_language("id")


def state(db):
    return (sync_sql.dump_synced(db),
            sorted(map(repr, db.execute("SELECT * FROM sync_log"))),
            sorted(map(repr, db.execute("SELECT * FROM sync_proposals"))))


def try_import(opd, path):
    before = state(opd)
    try:
        sync.import_file(opd, path)
    except SyncError as exc:
        assert str(path) in str(exc)
        assert state(opd) == before, "a refused file changed the database"
        return False
    return True


@FUZZ
@given(data=st.data())
def test_damaged_files_are_refused_cleanly(offices, data):
    bkd, opd, good, tmp = offices
    raw = bytearray(good.read_bytes())
    how = data.draw(st.sampled_from(["flip", "cut", "insert", "garbage"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] ^= data.draw(st.integers(1, 255))
    elif how == "cut":
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif how == "insert":
        i = data.draw(st.integers(0, len(raw)))
        raw[i:i] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        raw = bytearray(data.draw(st.binary(max_size=2048)))
    path = tmp / "damaged.wfhsync"
    path.write_bytes(bytes(raw))
    try_import(opd, path)


SYNCED = sorted(sync_sql.SYNCED)
values = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.text(max_size=30),
                   st.floats(allow_nan=False), st.booleans(),
                   st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5),
                                                                        st.integers(),
                                                                        max_size=2))


@st.composite
def hostile_line(draw, good_lines):
    """A change line: a real one with fields changed, or one made up."""
    if good_lines and draw(st.booleans()):
        d = json.loads(draw(st.sampled_from(good_lines)))
        if "txn" in d:
            d[draw(st.sampled_from(["txn", "hlc", "seen"]))] = draw(values)
            return json.dumps(d)
        # mostly a value of a column that is not part of the key: such a line passes
        # the parser and reaches the database
        what = draw(st.sampled_from(["data"] * 6 + ["key", "kind", "op", "hlc", "origin",
                                                    "n", "old", "account", "drop"]))
        if what == "data" and isinstance(d.get("data"), dict) and d["data"]:
            keys = sync_sql.SYNCED.get(d.get("kind"), ())
            column = draw(st.sampled_from(sorted(d["data"])))
            if column in keys and len(d["data"]) > len(keys):
                column = draw(st.sampled_from(sorted(set(d["data"]) - set(keys))))
            d["data"][column] = draw(values)
        elif what == "drop":
            d.pop(draw(st.sampled_from(sorted(d))))
        else:
            d[what] = draw(st.one_of(values, st.sampled_from(SYNCED)))
        return json.dumps(d)
    kind = draw(st.sampled_from(SYNCED))
    row = draw(st.dictionaries(st.sampled_from(["id", "code", "name", "date", "unit_id",
                                                "staff_id", "mode", "x y", "nip"]),
                               values, max_size=5))
    key = [row.get(c) for c in sync_sql.SYNCED[kind]]
    return json.dumps({"kind": kind, "key": json.dumps(key), "op":
                       draw(st.sampled_from(["put", "del", "zap"])), "data": row,
                       "hlc": draw(st.integers(-5, 2**62)), "origin": draw(st.text(max_size=8)),
                       "n": draw(st.integers(-1, 5))})


def signed_file(bkd, good, lines: list[str], path):
    """*good* with its changes replaced by *lines*, hashed and signed with the BKD's key."""
    with zipfile.ZipFile(good) as z:
        manifest = json.loads(z.read("manifest.json"))
    changes = ("\n".join(lines) + "\n").encode("utf-8")
    manifest["members"]["changes.jsonl"] = {"size": len(changes),
                                            "sha256": hashlib.sha256(changes).hexdigest()}
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_bytes)
        z.writestr("changes.jsonl", changes)
        z.writestr("signature", sites.sign(bkd, manifest_bytes))
    path.write_bytes(out.getvalue())


@FUZZ
@given(data=st.data())
def test_signed_hostile_content_applies_or_is_refused_whole(offices, data):
    bkd, opd, good, tmp = offices
    with zipfile.ZipFile(good) as z:
        good_lines = z.read("changes.jsonl").decode("utf-8").splitlines()
    keep = data.draw(st.lists(st.sampled_from(good_lines), max_size=6))
    bad = data.draw(st.lists(hostile_line(good_lines), min_size=1, max_size=4))
    lines = data.draw(st.permutations(keep + bad))
    path = tmp / "hostile.wfhsync"
    signed_file(bkd, good, lines, path)
    try_import(opd, path)
