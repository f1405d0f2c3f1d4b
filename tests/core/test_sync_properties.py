"""Sync as a state machine: a BKD and two OPDs make random edits (staff fields at the BKD,
proposals at the OPDs accepted or rejected at the BKD, roster entries and absences at the OPDs, deletions), the BKD is
sometimes restored from an older copy (which makes concurrent edits of one field), clocks
jump, and files travel duplicated, dropped and out of order.  After a full exchange every
synced table and the conflict list are the same everywhere, and every write is in the
history of its record.

About 20 s; ``WFH_FUZZ_SCALE=5`` runs five times as many examples."""
import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from db import backup_to
from db import sync as sync_sql
from wfh_desktop import sync
from wfh_desktop.accounts import action
from wfh_desktop.database import open_database
from wfh_desktop.i18n import set_language
from wfh_desktop.sync import SyncError

from .test_sync import OPD_A, OPD_B, Net, put_roster_row, set_staff_field, staff_in

SCALE = float(os.environ.get("WFH_FUZZ_SCALE", "1"))
DAYS = ["2020-03-23", "2020-03-24", "2020-03-25"]
PHONES = ["081100000001", "081100000002", "081100000003", "081100000004"]


@action("roster")
def put_absence(db, absence_id, staff_id, kind):
    db.execute("INSERT INTO absences (id, staff_id, kind, date_from, date_to, created_at) "
               "VALUES (?, ?, ?, '2020-03-23', '2020-03-24', 'x') ON CONFLICT(id) DO UPDATE "
               "SET kind = excluded.kind", [absence_id, staff_id, kind])


@action("roster")
def drop_absence(db, absence_id):
    db.execute("DELETE FROM absences WHERE id = ?", [absence_id])


class Offices(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        set_language("en")
        self.tmp = Path(tempfile.mkdtemp(prefix="wfh-sync-fsm-"))
        self.real_wall = sync.wall_ms
        self.net = None

    @initialize()
    def setup(self):
        self.net = Net(self.tmp)
        n = self.net
        n.send(n.bkd, n.a)
        n.send(n.bkd, n.b)
        self.staff = {code: [s for s in staff_in(n.bkd, code)][:4] for code in (OPD_A, OPD_B)}
        self.files = []            # (destination name, path)
        self.writes = []           # (kind, key, field, value) that must stay in history
        self.snapshot = None
        self.bkd_since_snapshot = []
        self.absences = {OPD_A: [], OPD_B: []}

    def db(self, name):
        return {"bkd": self.net.bkd, OPD_A: self.net.a, OPD_B: self.net.b}[name]

    # --- edits ---------------------------------------------------------------------------

    @rule(code=st.sampled_from([OPD_A, OPD_B]), i=st.integers(0, 3),
          phone=st.sampled_from(PHONES))
    def bkd_edits_staff(self, code, i, phone):
        s = self.staff[code][i]
        set_staff_field(self.net.bkd, s["id"], "phone", phone)
        write = ("staff", json.dumps([s["id"]]), "phone", phone)
        self.writes.append(write)
        self.bkd_since_snapshot.append(write)

    @rule(code=st.sampled_from([OPD_A, OPD_B]), i=st.integers(0, 3),
          phone=st.sampled_from(PHONES))
    def opd_proposes(self, code, i, phone):
        set_staff_field(self.db(code), self.staff[code][i]["id"], "phone", phone)

    @rule(code=st.sampled_from([OPD_A, OPD_B]), i=st.integers(0, 3),
          day=st.sampled_from(DAYS), mode=st.sampled_from(["WFO", "WFH"]))
    def opd_rosters(self, code, i, day, mode):
        s = self.staff[code][i]
        put_roster_row(self.db(code), s["id"], s["unit_id"], day, mode)
        self.writes.append(("roster", json.dumps([s["id"], day]), "mode", mode))

    @rule(code=st.sampled_from([OPD_A, OPD_B]), i=st.integers(0, 3),
          kind=st.sampled_from(["cuti", "sakit"]))
    def opd_adds_absence(self, code, i, kind):
        absence_id = f"abs-{code}-{len(self.absences[code])}"
        put_absence(self.db(code), absence_id, self.staff[code][i]["id"], kind)
        self.absences[code].append(absence_id)

    @precondition(lambda self: self.net and any(self.absences.values()))
    @rule(data=st.data())
    def opd_deletes_absence(self, data):
        code = data.draw(st.sampled_from([c for c, v in self.absences.items() if v]))
        drop_absence(self.db(code), data.draw(st.sampled_from(self.absences[code])))

    @rule(minutes=st.sampled_from([-90, -5, 0, 0, 30, 120]))
    def clocks_jump(self, minutes):
        real = self.real_wall
        sync.wall_ms = lambda: real() + minutes * 60_000

    @rule()
    def bkd_snapshot(self):
        self.snapshot = self.tmp / "bkd-snapshot.sqlite3"
        backup_to(self.net.bkd, self.snapshot)
        self.bkd_since_snapshot = []

    @precondition(lambda self: self.net and self.snapshot is not None)
    @rule()
    def bkd_restored(self):
        """The BKD goes back to its copy: edits made since are lost unless a file
        carried them away (they come back from the OPDs' full files)."""
        path = self.tmp / "bkd.sqlite3"
        self.net.bkd.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.snapshot, path)
        self.net.bkd = open_database(path)
        lost = set(self.bkd_since_snapshot)
        self.writes = [w for w in self.writes if w not in lost]
        self.snapshot = None
        self.bkd_since_snapshot = []

    @rule(code=st.sampled_from([OPD_A, OPD_B]), i=st.integers(0, 3),
          first=st.sampled_from(PHONES), second=st.sampled_from(PHONES))
    def bkd_forks(self, code, i, first, second):
        """Snapshot, edit, send the edit to an OPD, restore, edit the same field again:
        two edits that did not see each other."""
        self.bkd_snapshot()
        self.bkd_edits_staff(code, i, first)
        sync.import_file(self.net.a, self.net.export(self.net.bkd, self.net.a))
        self.bkd_since_snapshot = []          # it reached OPD A: not lost
        self.bkd_restored()
        self.bkd_edits_staff(code, i, second)
        sync.import_file(self.net.bkd, self.net.export(self.net.a))   # the BKD sees both

    @rule(data=st.data())
    def bkd_resolves(self, data):
        open_ = sync.conflicts(self.net.bkd)
        if open_:
            c = data.draw(st.sampled_from(open_))
            sync.resolve(self.net.bkd, c["id"], data.draw(st.sampled_from(["winner",
                                                                           "other"])))

    @rule(data=st.data())
    def bkd_decides_proposal(self, data):
        waiting = sync.proposals(self.net.bkd)
        if not waiting:
            return
        p = data.draw(st.sampled_from(waiting))
        if data.draw(st.booleans()):
            sync.reject(self.net.bkd, p["id"])
            return
        sync.accept(self.net.bkd, p["id"])
        old = json.loads(p["old"]) if p["old"] else {}
        for fld, value in json.loads(p["data"]).items():
            if fld == "phone" and old.get(fld) != value:
                write = (p["kind"], p["key"], fld, value)
                if sync_sql.row_by_key(self.net.bkd, p["kind"], json.loads(p["key"])):
                    self.writes.append(write)
                    self.bkd_since_snapshot.append(write)

    # --- files ---------------------------------------------------------------------------

    @rule(src=st.sampled_from(["bkd", OPD_A, OPD_B]), dst=st.sampled_from([OPD_A, OPD_B]),
          full=st.booleans())
    def export(self, src, dst, full):
        if src == "bkd":
            path = self.net.export(self.net.bkd, None if full else self.db(dst))
            self.files.append((dst, path))
        else:
            path = self.net.export(self.db(src), None if full else self.net.bkd)
            self.files.append(("bkd", path))

    @precondition(lambda self: self.net and self.files)
    @rule(data=st.data())
    def deliver(self, data):
        dst, path = data.draw(st.sampled_from(self.files))
        try:
            sync.import_file(self.db(dst), path)
        except SyncError as exc:   # out of order: a change needs a record not here yet
            assert "do not fit" in str(exc), str(exc)

    # --- the end -------------------------------------------------------------------------

    def teardown(self):
        try:
            if self.net is None:
                return
            sync.wall_ms = self.real_wall
            n = self.net
            for _ in range(2):
                for opd in (n.a, n.b):
                    sync.import_file(n.bkd, n.export(opd))
                for opd in (n.a, n.b):
                    sync.import_file(opd, n.export(n.bkd))
            dumps = [sync_sql.dump_synced(db) for db in (n.bkd, n.a, n.b)]
            for kind in dumps[0]:
                assert dumps[0][kind] == dumps[1][kind] == dumps[2][kind], kind
            listed = [sync.conflicts(db, include_resolved=True) for db in (n.bkd, n.a, n.b)]
            assert listed[0] == listed[1] == listed[2]
            for kind, key, fld, value in self.writes:
                values = [new for h in sync.history(n.bkd, kind, json.loads(key))
                          for f, _, new in h["changes"] if f == fld]
                assert value in values, (kind, key, fld, value)
        finally:
            sync.wall_ms = self.real_wall
            if self.net is not None:
                self.net.close()
            shutil.rmtree(self.tmp, ignore_errors=True)
            set_language("id")


Offices.TestCase.settings = settings(
    max_examples=max(1, int(8 * SCALE)), stateful_step_count=20, deadline=None,
    suppress_health_check=list(HealthCheck))
TestOffices = Offices.TestCase

