"""Sync by files between the BKD and two OPDs (no Qt): export, import with every check,
ownership and proposals, conflicts and their resolution, deletions, adoption of local
records, clock skew, history."""
import datetime as dt
import json
import zipfile

import pytest

from db import sync as sync_sql
from wfh_desktop import demo, register, scheduler, sites, sync
from wfh_desktop import policy as pol
from wfh_desktop.accounts import action
from wfh_desktop.database import open_database
from wfh_desktop.i18n import set_language
from wfh_desktop.sync import SyncError

UNITS = "kode,nama,induk,jenis,layanan_publik\r\n{code},{name},,dinas,tidak\r\n"
OPD_A, OPD_B = "DIKBUD-SEK", "SMAN1-BJM"


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("id")


@action("staff")
def set_staff_field(db, staff_id, field, value):
    db.execute(f"UPDATE staff SET {field} = ? WHERE id = ?", [value, staff_id])


@action("roster")
def put_roster_row(db, staff_id, unit_id, date, mode):
    from db import roster as roster_sql

    policy = db.execute("SELECT id FROM policies LIMIT 1").fetchone()[0]
    roster_sql.upsert_roster(db, [(staff_id, date, unit_id, mode, "pinned", policy, 1, "",
                                   "", "x")])


@action("staff")
def set_staff_fields(db, staff_id, **values):
    db["staff"].update(staff_id, values)


@action("staff")
def delete_staff(db, staff_id):
    db.execute("DELETE FROM staff WHERE id = ?", [staff_id])


@action("roster")
def set_roster_mode(db, staff_id, date, mode):
    db.execute("UPDATE roster SET mode = ? WHERE staff_id = ? AND date = ?",
               [mode, staff_id, date])


def synced(db):
    return sync_sql.dump_synced(db)


def dump(db):
    """Every table but the audit log and the clock (which every action moves)."""
    return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in db.table_names()
            if t not in ("audit_log", "sync_clock")}


class Net:
    """A BKD (demo data) and two OPDs, registered with each other."""

    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.count = 0
        self.bkd = open_database(tmp_path / "bkd.sqlite3")
        demo.build_demo(self.bkd, staff=40, seed=1)
        sites.set_site(self.bkd, "bkd")
        self.opds = {}
        for code in (OPD_A, OPD_B):
            db = open_database(tmp_path / f"{code}.sqlite3")
            unit = self.unit(self.bkd, code)
            path = tmp_path / f"{code}-units.csv"
            path.write_text(UNITS.format(code=code, name=unit["name"]), encoding="utf-8")
            register.import_units(db, path)
            sites.set_site(db, "opd", code)
            self.register(db)
            self.opds[code] = db
        self.a, self.b = self.opds[OPD_A], self.opds[OPD_B]

    @staticmethod
    def unit(db, code):
        return next(u for u in register.list_units(db) if u["code"] == code)

    def register(self, opd):
        for src, dst in ((self.bkd, opd), (opd, self.bkd)):
            self.count += 1
            path = self.tmp / f"id{self.count}.json"
            site = sites.write_identity(src, path)
            sites.trust(dst, path, site.fingerprint)

    def export(self, db, peer=None):
        self.count += 1
        path = self.tmp / f"f{self.count}.wfhsync"
        if peer is not None and not isinstance(peer, str):
            peer = sites.site_info(peer).site_id
        sync.export(db, path, peer)
        return path

    def send(self, src, dst):
        return sync.import_file(dst, self.export(src, dst))

    def full_exchange(self):
        for _ in range(2):
            for opd in (self.a, self.b):
                self.send(opd, self.bkd)
            for opd in (self.a, self.b):
                self.send(self.bkd, opd)

    def close(self):
        for db in (self.bkd, self.a, self.b):
            db.close()


@pytest.fixture
def net(tmp_path):
    n = Net(tmp_path)
    yield n
    n.close()


def staff_in(db, code):
    unit_ids = {u["id"] for u in register.list_units(db)
                if u["code"] == code or u["code"].startswith(code + "-")}
    return [s for s in db.query("SELECT * FROM staff ORDER BY nip, nik")
            if s["unit_id"] in unit_ids]


def staff_label(s):
    number = s["nip"] or s["nik"]
    return f"{s['name']} ({number})" if number else s["name"]


def generate(db, code):
    policy = next(iter(db.query("SELECT number FROM policies")))["number"]
    return scheduler.generate(db, pol.get_policy(db, policy), start=dt.date(2020, 3, 23),
                              end=dt.date(2020, 3, 27), unit_code=code)


# --- export and import -------------------------------------------------------------------

def test_first_exchange_gives_the_opd_the_bkd_data_and_adopts_its_unit(net):
    local_unit = net.unit(net.a, OPD_A)["id"]
    result = net.send(net.bkd, net.a)
    assert result.applied > 40 and not result.refused and result.adopted == 1
    assert net.unit(net.a, OPD_A)["id"] == net.unit(net.bkd, OPD_A)["id"] != local_unit
    for kind in ("units", "staff", "policies", "holidays", "attendance_codes"):
        assert synced(net.a)[kind] == synced(net.bkd)[kind], kind


def test_the_file_is_a_signed_zip_with_a_manifest_and_no_secret(net):
    path = net.export(net.bkd)
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == ["changes.jsonl", "manifest.json", "signature"]
        manifest = json.loads(z.read("manifest.json"))
        changes = z.read("changes.jsonl")
        raw = z.read("manifest.json") + changes + z.read("signature")
    assert manifest["format"] == "wfh-desktop-sync"
    assert manifest["schema"][-1] == "0008_sync_pause"
    assert manifest["schema_version"] == len(manifest["schema"])
    assert manifest["origin"]["role"] == "bkd"
    assert manifest["counts"]["staff"] == 40
    assert sum(manifest["counts"].values()) == manifest["total"]
    site_row = net.bkd.execute("SELECT private_key FROM site").fetchone()[0]
    assert bytes(site_row) not in raw
    assert b"scrypt$" not in raw and b"password" not in raw


def test_reimport_changes_nothing_and_files_apply_in_any_order(net, tmp_path):
    first = net.export(net.bkd)
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081234567890")
    second = net.export(net.bkd)
    delete_staff(net.bkd, staff_in(net.bkd, OPD_B)[0]["id"])
    third = net.export(net.bkd)
    sync.import_file(net.a, third)
    sync.import_file(net.a, first)
    sync.import_file(net.a, second)
    for path in (first, second, third):
        sync.import_file(net.b, path)
    assert synced(net.a) == synced(net.b)
    for kind in ("units", "staff", "policies"):
        assert synced(net.a)[kind] == synced(net.bkd)[kind]
    before = dump(net.a)
    again = sync.import_file(net.a, second)
    assert again.applied == 0 and again.skipped == again.total
    after = dump(net.a)
    assert after == before


def test_the_opd_roster_reaches_the_bkd_and_another_opd(net):
    net.send(net.bkd, net.a)
    net.send(net.bkd, net.b)
    generate(net.a, OPD_A)
    result = net.send(net.a, net.bkd)
    assert result.counts.get("roster", 0) > 0
    mine = {u["id"] for u in register.list_units(net.bkd) if u["code"].startswith(OPD_A)}
    at_bkd = list(net.bkd.query("SELECT * FROM roster"))
    assert at_bkd and {r["unit_id"] for r in at_bkd} <= mine
    assert all("outside DIKBUD-SEK" in r.reason for r in result.refused)
    net.send(net.bkd, net.b)
    assert synced(net.b)["roster"] == synced(net.bkd)["roster"]
    assert set(synced(net.bkd)["roster"]) <= set(synced(net.a)["roster"])


def test_an_opd_makes_the_roster_of_its_own_units_only(net):
    """Even when the policy rotates a whole OPD together and the OPD's unit is below
    the top of the tree: rows of other units would be refused by the BKD."""
    net.send(net.bkd, net.a)
    policy = pol.get_policy(net.a, next(iter(net.a.query("SELECT number FROM policies")))
                            ["number"])
    result = scheduler.generate(net.a, policy, start=dt.date(2020, 3, 23),
                                end=dt.date(2020, 3, 27))
    assert result.inserted
    own = {u["id"] for u in register.list_units(net.a)
           if u["code"] == OPD_A or u["code"].startswith(OPD_A + "-")}
    units = {r[0] for r in net.a.execute("SELECT DISTINCT unit_id FROM roster")}
    assert units and units <= own
    with pytest.raises(scheduler.OutsideOwnUnits, match=f"{OPD_A}.*{OPD_B}"):
        scheduler.generate(net.a, policy, unit_code=OPD_B)
    result = net.send(net.a, net.bkd)
    assert not result.refused and result.counts["roster"] == len(synced(net.a)["roster"])


def test_roster_of_another_opds_unit_is_refused_and_named(net):
    net.send(net.bkd, net.a)
    generate(net.a, OPD_A)
    other = staff_in(net.a, OPD_B)[0]     # written past the scheduler (an old version)
    put_roster_row(net.a, other["id"], other["unit_id"], "2020-03-23", "WFH")
    result = net.send(net.a, net.bkd)
    refused = [r for r in result.refused if r.kind == "roster"]
    assert refused and "outside DIKBUD-SEK" in refused[0].reason
    b_unit = net.unit(net.bkd, OPD_B)["id"]
    rows = list(net.bkd.query("SELECT unit_id FROM roster"))
    assert rows and all(r["unit_id"] != b_unit for r in rows)


def test_staff_changes_of_an_opd_become_proposals_at_the_bkd(net):
    net.send(net.bkd, net.a)
    s = staff_in(net.a, OPD_A)[0]
    set_staff_field(net.a, s["id"], "phone", "089999999999")
    result = net.send(net.a, net.bkd)
    assert result.proposals >= 1
    assert register.get_staff(net.bkd, s["id"])["phone"] != "089999999999"
    listed = [p for p in sync.proposals(net.bkd) if p["kind"] == "staff"
              and s["id"] in p["key"]]
    assert listed
    sync.accept(net.bkd, listed[0]["id"])
    assert register.get_staff(net.bkd, s["id"])["phone"] == "089999999999"
    assert not [p for p in sync.proposals(net.bkd) if p["id"] == listed[0]["id"]]
    net.send(net.bkd, net.b)
    assert register.get_staff(net.b, s["id"])["phone"] == "089999999999"


def test_a_rejected_proposal_changes_nothing_and_the_opd_gets_the_bkd_data_back(net):
    net.send(net.bkd, net.a)
    s = staff_in(net.a, OPD_A)[0]
    set_staff_fields(net.a, s["id"], phone="089999999999", position="Kepala Seksi")
    net.send(net.a, net.bkd)
    before = dump(net.bkd)
    (p,) = [p for p in sync.proposals(net.bkd, described=True) if s["id"] in p["key"]]
    assert p["site"].startswith("OPD " + OPD_A)
    assert p["record"] == staff_label(s)
    changed = {f: (old, new) for f, old, new in p["fields"]}
    assert changed["phone"] == (s["phone"], "089999999999")
    assert changed["position"] == (s["position"], "Kepala Seksi")
    assert "updated_at" not in changed
    row = sync.reject(net.bkd, p["id"])
    assert row["status"] == "rejected"
    after = dump(net.bkd)
    assert register.get_staff(net.bkd, s["id"])["phone"] == s["phone"]
    assert sync.proposals(net.bkd) == []
    assert [x["id"] for x in sync.proposals(net.bkd, "rejected")] == [p["id"]]
    changed_tables = {t for t in after if after[t] != before.get(t)}
    assert changed_tables == {"sync_proposals"}
    with pytest.raises(SyncError, match="decided already"):
        sync.accept(net.bkd, p["id"])
    with pytest.raises(SyncError, match="decided already"):
        sync.reject(net.bkd, p["id"])
    with pytest.raises(SyncError, match="no proposal"):
        sync.reject(net.bkd, "nothing-like-it")
    # the OPD's own edit gives way to the BKD's data with the next file from the BKD
    set_staff_field(net.bkd, staff_in(net.bkd, OPD_B)[0]["id"], "phone", "081200000000")
    net.send(net.bkd, net.a)
    assert register.get_staff(net.a, s["id"])["phone"] == s["phone"]


def test_deletion_travels(net):
    net.send(net.bkd, net.a)
    gone = staff_in(net.bkd, OPD_A)[-1]
    delete_staff(net.bkd, gone["id"])
    net.send(net.bkd, net.a)
    assert register.get_staff(net.a, gone["id"]) is None
    assert synced(net.a)["staff"] == synced(net.bkd)["staff"]


def test_local_staff_is_adopted_by_nip(net, tmp_path):
    s = next(x for x in staff_in(net.bkd, OPD_A) if x["nip"])
    unit = net.unit(net.a, OPD_A)["id"]
    @action("staff")
    def add_local(db):
        db.execute("INSERT INTO staff (id, nip, nik, name, employment_type, unit_id, "
                   "created_at, updated_at) VALUES ('local-1', ?, ?, ?, ?, ?, 'x', 'x')",
                   [s["nip"], s["nik"], s["name"], s["employment_type"], unit])
        db.execute("INSERT INTO absences (id, staff_id, kind, date_from, date_to, "
                   "created_at) VALUES ('abs-1', 'local-1', 'cuti', '2020-03-24', "
                   "'2020-03-25', 'x')")
    add_local(net.a)
    result = net.send(net.bkd, net.a)
    assert result.adopted >= 2            # the unit and the staff member
    assert register.get_staff(net.a, "local-1") is None
    assert register.get_staff(net.a, s["id"])["name"] == s["name"]
    absence = next(net.a.query("SELECT * FROM absences WHERE id = 'abs-1'"))
    assert absence["staff_id"] == s["id"]
    assert synced(net.a)["staff"] == synced(net.bkd)["staff"]
    # the absence, written before the exchange, reaches the BKD with the BKD's ids
    net.send(net.a, net.bkd)
    assert next(net.bkd.query("SELECT staff_id FROM absences WHERE id = 'abs-1'")
                )["staff_id"] == s["id"]


# --- conflicts ---------------------------------------------------------------------------

def test_an_accepted_proposal_made_after_the_bkd_edit_is_no_conflict(net):
    net.send(net.bkd, net.a)
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.a, s["id"], "phone", "081111111111")
    set_staff_field(net.bkd, s["id"], "phone", "082222222222")
    net.send(net.a, net.bkd)
    prop = [p for p in sync.proposals(net.bkd) if s["id"] in p["key"]][0]
    sync.accept(net.bkd, prop["id"])
    assert register.get_staff(net.bkd, s["id"])["phone"] == "081111111111"
    assert sync.conflicts(net.bkd) == []
    net.send(net.bkd, net.a)
    assert register.get_staff(net.a, s["id"])["phone"] == "081111111111"


def test_the_owner_of_a_record_wins_over_a_later_clock(net):
    net.send(net.bkd, net.a)
    generate(net.a, OPD_A)
    net.send(net.a, net.bkd)
    row = next(net.bkd.query("SELECT * FROM roster ORDER BY staff_id, date LIMIT 1"))
    set_roster_mode(net.a, row["staff_id"], row["date"], "X-OPD")
    set_roster_mode(net.bkd, row["staff_id"], row["date"], "X-BKD")   # later, not owner
    result = net.send(net.bkd, net.a)
    assert [r for r in result.refused if r.kind == "roster"]
    net.send(net.a, net.bkd)
    get = "SELECT mode FROM roster WHERE staff_id = ? AND date = ?"
    assert net.bkd.execute(get, [row["staff_id"], row["date"]]).fetchone()[0] == "X-OPD"
    assert net.a.execute(get, [row["staff_id"], row["date"]]).fetchone()[0] == "X-OPD"


def fork_bkd(net):
    """The BKD edits a phone, writes a file, is restored from a copy taken before and
    edits the same phone again: (staff, first file, second file)."""
    from db import backup_to

    s = staff_in(net.bkd, OPD_A)[0]
    copy = net.tmp / "bkd-copy.sqlite3"
    backup_to(net.bkd, copy)
    set_staff_field(net.bkd, s["id"], "phone", "081111111111")
    first = net.export(net.bkd)
    restore(net, "bkd", copy)
    set_staff_field(net.bkd, s["id"], "phone", "082222222222")
    return s, first, net.export(net.bkd)


def test_concurrent_edits_of_a_field_conflict_with_one_winner_and_resolve_everywhere(net):
    """Two edits of one field that did not see each other: the BKD edits, exports, is
    restored from a backup taken before the edit, and edits the same field again."""
    net.send(net.bkd, net.a)
    net.send(net.bkd, net.b)
    s, first, second = fork_bkd(net)
    sync.import_file(net.b, second)
    sync.import_file(net.b, first)
    sync.import_file(net.a, first)
    assert sync.import_file(net.a, second).conflicts == 1
    assert sync.conflicts(net.a) == sync.conflicts(net.b)
    (c,) = sync.conflicts(net.a)
    assert c["field"] == "phone" and c["kind"] == "staff"
    phone = register.get_staff(net.a, s["id"])["phone"]
    assert phone == register.get_staff(net.b, s["id"])["phone"] == \
        json.loads(c["winner_value"])
    # the BKD gets its lost edit back from an OPD's full file and sees the conflict too
    sync.import_file(net.bkd, net.export(net.a))
    assert [x["id"] for x in sync.conflicts(net.bkd)] == [c["id"]]
    assert register.get_staff(net.bkd, s["id"])["phone"] == phone
    sync.resolve(net.bkd, c["id"], "other")
    other = json.loads(c["other_value"])
    assert register.get_staff(net.bkd, s["id"])["phone"] == other
    for opd in (net.a, net.b):
        net.send(net.bkd, opd)
        assert sync.conflicts(opd) == []
        assert register.get_staff(opd, s["id"])["phone"] == other
    assert sync.conflicts(net.a, include_resolved=True) == \
        sync.conflicts(net.bkd, include_resolved=True)


def test_a_described_conflict_names_the_record_and_each_sides_office_account_and_time(
        net):
    net.send(net.bkd, net.a)
    s, first, second = fork_bkd(net)
    sync.import_file(net.a, first)
    sync.import_file(net.a, second)
    (raw,) = sync.conflicts(net.a)
    (c,) = sync.conflicts(net.a, described=True)
    assert {k: c[k] for k in raw} == raw
    assert c["record"] == staff_label(s)
    assert {c["winner_side"]["value"], c["other_side"]["value"]} == \
        {"081111111111", "082222222222"}
    for side in (c["winner_side"], c["other_side"]):
        assert side["site"].startswith("BKD")
        assert side["at"][:4] >= "2020" and "T" in side["at"]
    assert c["winner_side"]["value"] == json.loads(raw["winner_value"])


def test_record_labels_name_staff_units_and_their_records(net):
    net.send(net.bkd, net.a)
    generate(net.a, OPD_A)
    s = staff_in(net.a, OPD_A)[0]
    unit = net.unit(net.a, OPD_A)
    label = staff_label(s)
    assert sync.record_label(net.a, "staff", json.dumps([s["id"]])) == label
    assert sync.record_label(net.a, "units", [unit["id"]]) == \
        f"{unit['code']} - {unit['name']}"
    assert sync.record_label(net.a, "roster", [s["id"], "2020-03-23"]) == \
        f"{label}, 2020-03-23"
    assert sync.record_label(net.a, "staff", ["no-such-id"]) == "no-such-id"
    # a record not here (refused, deleted) is named by its key's parts
    assert sync.record_label(net.a, "roster", [s["id"], "2019-01-01"]) == \
        f"{label}, 2019-01-01"


# --- refused files -----------------------------------------------------------------------

def tampered(path, tmp_path, member=None, change=None, drop=None):
    out = tmp_path / ("bad-" + path.name)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    if member:
        members[member] = change(members[member])
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            if name != drop:
                z.writestr(name, data)
    return out


def flip(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 1]) + data[i + 1:]


@pytest.mark.parametrize("how, message", [
    ("changes", "does not match its hash"),
    ("manifest", "signature does not match"),
    ("signature", "signature does not match"),
    ("truncated", "not a sync file"),
    ("not_zip", "not a sync file"),
    ("missing", "not a sync file"),
])
def test_a_damaged_or_forged_file_is_refused_and_nothing_changes(net, tmp_path, how,
                                                                 message):
    path = net.export(net.bkd)
    if how == "changes":
        bad = tampered(path, tmp_path, "changes.jsonl", flip)
    elif how == "manifest":
        bad = tampered(path, tmp_path, "manifest.json",
                       lambda d: d.replace(b'"total": ', b'"total": 1'))
    elif how == "signature":
        bad = tampered(path, tmp_path, "signature", flip)
    elif how == "truncated":
        bad = tmp_path / "cut.wfhsync"
        bad.write_bytes(path.read_bytes()[:-200])
    elif how == "not_zip":
        bad = tmp_path / "text.wfhsync"
        bad.write_text("hello", encoding="utf-8")
    else:
        bad = tampered(path, tmp_path, drop="signature")
    before = dump(net.a)
    with pytest.raises(SyncError) as info:
        sync.import_file(net.a, bad)
    assert str(bad) in str(info.value) and message in str(info.value)
    assert dump(net.a) == before


def test_a_file_signed_with_another_key_or_from_a_stranger_is_refused(net, tmp_path):
    stranger = open_database(tmp_path / "stranger.sqlite3")
    try:
        sites.set_site(stranger, "bkd")
        # a forged file: the BKD's manifest signed by the stranger's key
        path = net.export(net.bkd)
        forged = tampered(path, tmp_path, "signature",
                          lambda d: sites.sign(stranger, zipfile.ZipFile(path)
                                               .read("manifest.json")))
        before = dump(net.a)
        with pytest.raises(SyncError, match="signature does not match"):
            sync.import_file(net.a, forged)
        own = net.export(stranger)
        with pytest.raises(SyncError, match="sync trust"):
            sync.import_file(net.a, own)
        assert dump(net.a) == before
    finally:
        stranger.close()


def test_a_file_of_a_newer_schema_is_refused_and_kept(net, tmp_path):
    path = net.export(net.bkd)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        changes = z.read("changes.jsonl")
    manifest["schema"].append("0099_future")
    data = json.dumps(manifest).encode("utf-8")
    newer = tmp_path / "newer.wfhsync"
    with zipfile.ZipFile(newer, "w") as z:
        z.writestr("manifest.json", data)
        z.writestr("changes.jsonl", changes)
        z.writestr("signature", sites.sign(net.bkd, data))
    before = dump(net.a)
    with pytest.raises(SyncError, match="newer version"):
        sync.import_file(net.a, newer)
    assert dump(net.a) == before
    assert (tmp_path / "sync-inbox" / "newer.wfhsync").exists()


def test_a_zip_bomb_is_refused_before_unpacking(net, tmp_path):
    bomb = tmp_path / "bomb.wfhsync"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", b"{}")
        z.writestr("changes.jsonl", b"\n" * (50 * 1024 * 1024))
        z.writestr("signature", b"x")
    with pytest.raises(SyncError, match="zip bomb"):
        sync.import_file(net.a, bomb)


def test_clock_skew_is_warned_about_not_refused(net, monkeypatch):
    real = sync.wall_ms
    monkeypatch.setattr(sync, "wall_ms", lambda: real() + 3600 * 1000)
    path = net.export(net.bkd)
    monkeypatch.setattr(sync, "wall_ms", real)
    result = sync.import_file(net.a, path)
    assert result.applied and result.warnings and "ahead" in result.warnings[0]


def test_history_lists_every_change_of_a_record(net):
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081234567890")
    net.send(net.bkd, net.a)
    history = sync.history(net.a, "staff", s["id"])
    assert [h["op"] for h in history] == ["put", "put"]
    last = history[-1]
    assert last["site"].startswith("BKD") and ("phone", s["phone"], "081234567890") in \
        last["changes"]
    assert last["at"][:4] >= "2020"


def test_the_preview_counts_what_a_first_export_holds(net):
    """Data made before this site had an id are not stamped yet: the preview counts them
    all the same, as the export will send them."""
    expected = sync.preview(net.bkd, OPD_A)
    assert expected and sync.preview(net.bkd) == expected
    result = sync.export(net.bkd, net.tmp / "first.wfhsync", OPD_A)
    assert result.counts == expected


def test_export_for_a_peer_holds_only_what_it_does_not_have(net):
    net.send(net.bkd, net.a)
    net.send(net.a, net.bkd)                # tells the BKD what the OPD has
    assert sync.preview(net.bkd, OPD_A) == {}
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081234567890")
    assert sync.preview(net.bkd, OPD_A) == {"staff": 1}
    assert sync.preview(net.bkd, OPD_B)["staff"] >= 40


def restore(net, name, copy):
    """Put the database of *name* ("bkd" or "a") back to *copy*."""
    path = net.tmp / ("bkd.sqlite3" if name == "bkd" else f"{OPD_A}.sqlite3")
    getattr(net, name).close()
    copy.replace(path)
    setattr(net, name, open_database(path))
    if name == "a":
        net.opds[OPD_A] = net.a


def test_an_office_restored_from_a_backup_gets_back_what_it_sent_before(net):
    """Edits that left an office in a file and were lost when it was restored come back
    through the ordinary files for it (no full file needed): its next file says what it
    has, and the other office's next file fills the gap."""
    from db import backup_to

    net.send(net.bkd, net.a)
    net.send(net.a, net.bkd)
    generate(net.a, OPD_A)
    s = staff_in(net.a, OPD_A)[0]
    copy_a = net.tmp / "a-copy.sqlite3"
    backup_to(net.a, copy_a)
    set_roster_mode(net.a, s["id"], "2020-03-23", "WFO")
    set_roster_mode(net.a, s["id"], "2020-03-23", "WFH")
    net.send(net.a, net.bkd)
    restore(net, "a", copy_a)
    # the BKD edits too, and is restored: its staff edit had reached the OPD
    copy_bkd = net.tmp / "bkd-copy.sqlite3"
    backup_to(net.bkd, copy_bkd)
    set_staff_field(net.bkd, s["id"], "phone", "081277777777")
    net.send(net.bkd, net.a)
    restore(net, "bkd", copy_bkd)
    net.send(net.bkd, net.a)          # tells the OPD what the BKD has now
    net.send(net.a, net.bkd)          # ... so the BKD's lost edit comes back from the OPD
    assert register.get_staff(net.bkd, s["id"])["phone"] == "081277777777"
    net.send(net.bkd, net.a)          # and the OPD's lost roster edits from the BKD
    mode = "SELECT mode FROM roster WHERE staff_id = ? AND date = '2020-03-23'"
    assert net.a.execute(mode, [s["id"]]).fetchone()[0] == "WFH"
    net.send(net.a, net.bkd)
    assert synced(net.a)["roster"] == synced(net.bkd)["roster"]
    assert synced(net.a)["staff"] == synced(net.bkd)["staff"]


def test_a_file_of_an_older_schema_is_accepted_and_missing_columns_get_defaults(net,
                                                                              tmp_path):
    path = net.export(net.bkd)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        lines = z.read("changes.jsonl").decode("utf-8").splitlines()
    manifest["schema"] = [m for m in manifest["schema"] if m != "0006_sites"]
    out = []
    for line in lines:
        d = json.loads(line)
        if d.get("kind") == "staff":
            d["data"].pop("email", None)       # a column the older version did not have
            d.pop("old", None)
        out.append(json.dumps(d, separators=(",", ":")))
    changes = ("\n".join(out) + "\n").encode("utf-8")
    manifest["members"]["changes.jsonl"] = {"size": len(changes),
                                            "sha256": __import__("hashlib").sha256(
                                                changes).hexdigest()}
    data = json.dumps(manifest).encode("utf-8")
    older = tmp_path / "older.wfhsync"
    with zipfile.ZipFile(older, "w") as z:
        z.writestr("manifest.json", data)
        z.writestr("changes.jsonl", changes)
        z.writestr("signature", sites.sign(net.bkd, data))
    result = sync.import_file(net.a, older)
    assert result.counts["staff"] > 0
    s = staff_in(net.bkd, OPD_A)[0]
    assert register.get_staff(net.a, s["id"])["email"] == ""


def test_a_sender_clock_behind_is_warned_about(net, monkeypatch):
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081234567890")
    real = sync.wall_ms
    monkeypatch.setattr(sync, "wall_ms", lambda: real() - 3600 * 1000)
    path = net.export(net.bkd)       # written "an hour ago" by a clock that is behind
    monkeypatch.setattr(sync, "wall_ms", real)
    result = sync.import_file(net.a, path)
    assert result.applied and any("behind" in w for w in result.warnings)


def test_every_change_names_its_account_and_origin(net):
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081234567890")
    last = sync.history(net.bkd, "staff", s["id"])[-1]
    from wfh_desktop import accounts
    assert last["account"] == accounts.who(net.bkd)
    assert last["origin"] == sites.site_info(net.bkd).site_id


def test_an_exception_halfway_through_an_import_leaves_the_database_unchanged(net,
                                                                              monkeypatch):
    """The import fails after its changes were appended and merged (a bug, a full disk):
    the transaction rolls back whole."""
    path = net.export(net.bkd, net.a)
    before = dump(net.a)
    real = sync._merge
    calls = []

    def merge_then_fail(*args, **kwargs):
        real(*args, **kwargs)
        calls.append(1)
        raise RuntimeError("power cut")

    monkeypatch.setattr(sync, "_merge", merge_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        sync.import_file(net.a, path)
    assert calls and dump(net.a) == before
    monkeypatch.setattr(sync, "_merge", real)
    assert sync.import_file(net.a, path).applied > 0  # the same file applies afterwards


def test_an_import_logs_its_changes_as_received_and_captures_nothing_itself(net):
    """Writing imported rows does not go through the capture triggers: the log gains
    exactly the file's changes, each with its origin's number; capture works again
    afterwards."""
    net.send(net.bkd, net.a)
    generate(net.a, OPD_A)
    net.send(net.a, net.bkd)
    row = next(iter(net.bkd.query("SELECT * FROM roster ORDER BY staff_id, date")))
    set_roster_mode(net.a, row["staff_id"], row["date"],
                    "WFO" if row["mode"] == "WFH" else "WFH")          # an update
    s = staff_in(net.bkd, OPD_A)[0]
    set_staff_field(net.bkd, s["id"], "phone", "081200000001")       # for the OPD
    for src, dst in ((net.a, net.bkd), (net.bkd, net.a)):
        mark = sync_sql.max_seq(dst)
        result = net.send(src, dst)
        assert result.applied > 0
        added = dst.execute("SELECT origin, oseq FROM sync_log WHERE seq > ?",
                            [mark]).fetchall()
        assert len(added) == result.applied
        assert all(oseq is not None for _, oseq in added)
        assert dst.execute("SELECT paused FROM sync_clock").fetchone()[0] == 0
    set_staff_field(net.bkd, s["id"], "phone", "081200000002")
    last = sync.history(net.bkd, "staff", s["id"])[-1]
    assert last["origin"] == sites.site_info(net.bkd).site_id
    assert last["changes"] == [("phone", "081200000001", "081200000002")]


def test_bulk_written_roster_rows_are_logged_like_a_trigger_would(net):
    """New roster rows are logged by the code that writes them in bulk (staged, one
    statement per chunk), changed ones by the update trigger: each with the action's
    clock, origin and account, in the order written; nothing while capture is paused."""
    from db import roster as roster_sql

    db = net.bkd
    staff = [s["id"] for s in db.query("SELECT id FROM staff ORDER BY id LIMIT 3")]
    unit = db.execute("SELECT unit_id FROM staff WHERE id = ?", [staff[0]]).fetchone()[0]
    policy = db.execute("SELECT id FROM policies LIMIT 1").fetchone()[0]

    def row(sid, mode, pinned=0):
        return (sid, "2020-03-23", unit, mode, "rotation_home", policy, pinned, "", "", "t")

    @action("roster")
    def write(db, rows, upsert):
        (roster_sql.upsert_roster if upsert else roster_sql.insert_roster)(db, rows)

    mark = sync_sql.max_seq(db)
    write(db, [row(staff[0], "WFH"), row(staff[1], "WFO")], False)
    write(db, [row(staff[1], "WFH", 1), row(staff[2], "WFO")], True)   # a change, a new row
    log = list(db.query("SELECT * FROM sync_log WHERE seq > ? ORDER BY seq", [mark]))
    assert [(e["op"], json.loads(e["key"])) for e in log] == [
        ("put", [staff[0], "2020-03-23"]), ("put", [staff[1], "2020-03-23"]),
        ("put", [staff[2], "2020-03-23"]), ("put", [staff[1], "2020-03-23"])]
    cols = roster_sql.ROSTER_COLUMNS
    assert json.loads(log[0]["data"]) == dict(zip(cols, row(staff[0], "WFH")))
    assert log[0]["old"] is None and log[2]["old"] is None
    assert json.loads(log[3]["data"]) == dict(zip(cols, row(staff[1], "WFH", 1)))
    assert json.loads(log[3]["old"]) == dict(zip(cols, row(staff[1], "WFO")))
    assert log[0]["hlc"] == log[1]["hlc"] < log[2]["hlc"] == log[3]["hlc"]
    me = sites.site_info(db).site_id
    from wfh_desktop import accounts
    assert {(e["origin"], e["account"]) for e in log} == {(me, accounts.who(db))}
    mark = sync_sql.max_seq(db)

    @action("roster")
    def write_paused(db, rows):
        sync_sql.pause_capture(db)
        roster_sql.upsert_roster(db, rows)

    write_paused(db, [row(staff[0], "WFO"), (staff[0], "2020-03-24") + row(staff[0], "x")[2:]])
    assert sync_sql.max_seq(db) == mark
