"""Sync between offices by files: the change log, export, import, conflicts, proposals and
the history of a record (no Qt).

**Change log.**  Triggers on every synced table (see :mod:`db.sync`) append each change
(kind = table, key = JSON array of the primary key, op ``put``/``del``, the full row and,
for an update, the row it replaced) to ``sync_log``, stamped with this site as origin, a
**hybrid logical clock** value and the account: :func:`begin_capture` and
:func:`end_capture`, called by :func:`wfh_desktop.accounts.action` around its
transaction, put those in ``sync_clock`` where the triggers read them (the roster's new
rows are captured by ``db.roster`` itself, in bulk).  The clock is an integer
``(milliseconds << 16) + counter`` = max(wall clock, highest value seen + 1) (plus a few
random low bits).  Every transaction also records what it had seen (per origin, the
highest clock), which tells concurrent changes apart.  The log never loses anything: a
deletion is a change (tombstone).

**Merge.**  The state of a record is a function of the set of its changes: they are
ordered by (origin owns the record, hlc, origin, n) and folded field by field (a change
sets the fields it changed from the row it replaced; an insert sets all; a deletion
removes the row until a later put).  So files applied in any order, or twice, give the
same database.  Two changes of a field to different values whose transactions had not
seen each other (every transaction carries the per-origin clock it had seen) are a
**conflict**: the order above picks the winner everywhere; the other value is listed
(:func:`conflicts`) until a person keeps one (:func:`resolve`), which is itself a change
that travels and closes the conflict at every site.

**Ownership.**  The BKD owns units, staff, policies, holidays and attendance codes; an
OPD owns roster, attendance (locks, closures), absences and reports of the units in its
unit's subtree.  A change whose origin does not own its row is refused for that row
(counted and named in the result); an OPD's change of BKD data arriving at the BKD is
kept as a **proposal** (:func:`proposals`, :func:`accept`).  Only the BKD relays changes
of other origins; the manifest names each origin's role and unit.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import io
import json
import operator
import re
import secrets
import shutil
import sqlite3
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import db as store
from db import sync as sql

from . import accounts, sites
from .accounts import action
from .i18n import t

FORMAT = "wfh-desktop-sync"
VERSION = 1
MEMBERS = ("manifest.json", "changes.jsonl", "signature")
MAX_FILE_BYTES = 512 * 1024 * 1024          # refused before unzipping
MAX_MEMBER_BYTES = 2 * 1024 * 1024 * 1024   # unpacked
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200                             # unpacked / packed, above 1 MiB: a zip bomb
SKEW_WARNING_MS = 10 * 60 * 1000
INBOX = "sync-inbox"

BKD_KINDS = frozenset({"units", "staff", "policies", "holidays", "attendance_codes"})
OPD_KINDS = frozenset({"absences", "roster", "roster_conflicts", "attendance",
                       "attendance_locks", "attendance_closures", "reports", "report_items"})
KIND_TEXT = {
    "units": "units", "staff": "staff", "policies": "policies", "holidays": "holidays",
    "attendance_codes": "attendance codes", "absences": "absences", "roster": "roster",
    "roster_conflicts": "roster conflicts", "attendance": "attendance",
    "attendance_locks": "attendance locks", "attendance_closures": "month closures",
    "reports": "daily reports", "report_items": "report items",
    "sync_conflicts": "sync conflicts",
}
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_MISSING = object()


class SyncError(Exception):
    """A sync file that is refused, or an export that cannot be made; the message names
    the file and what is wrong.  Nothing was changed."""


# --- clock and capture -------------------------------------------------------------------

def wall_ms() -> int:
    """The wall clock in milliseconds (tests replace it to simulate skew)."""
    return time.time_ns() // 1_000_000


def next_hlc(db) -> int:
    """A new clock value: max(wall clock, highest seen + 1), plus a few random low bits so
    that a database restored from a copy does not hand out the same value again (a
    change is known by origin, clock and sequence number).  Not stored: see
    :func:`db.sync.set_clock`."""
    jitter = secrets.randbits(12)
    return max((wall_ms() << 16) + jitter, sql.clock(db) + 1 + jitter)


def hlc_time(hlc: int) -> str:
    """The wall-clock part of a clock value as local ISO time."""
    return dt.datetime.fromtimestamp((hlc >> 16) / 1000).isoformat(timespec="seconds")


def begin_capture(db):
    """Called by :func:`accounts.action` when its transaction starts: the changes
    captured until :func:`end_capture` get this site, a new clock value and the account.
    Returns a token for :func:`end_capture` (None without sync tables)."""
    try:
        hlc = next_hlc(db)
    except sqlite3.OperationalError:   # a database without the sync tables
        return None
    site = sites.existing_site(db)
    origin = site.site_id if site else None
    sql.begin_capture(db, hlc, origin, accounts.who(db))
    return hlc, origin, sql.max_seq(db)


def end_capture(db, token) -> None:
    if token is not None:
        sql.end_capture(db, *token)


def _stamp_strays(db, site) -> int:
    """Changes made outside an action, or before this site had an id, become changes of
    this site now."""
    return sql.stamp_strays(db, next_hlc(db), site.site_id, accounts.who(db))


def _own_site(db) -> sites.Site:
    site = sites.site_info(db)
    if site.role is None:
        raise SyncError(t("first say what this installation is: wfh-desktop site --role "
                          "bkd|opd [--unit CODE]"))
    return site


# --- ownership ---------------------------------------------------------------------------

def _owns_kind(role: str | None, kind: str) -> bool:
    if kind in BKD_KINDS:
        return role == "bkd"
    if kind in OPD_KINDS:
        return role == "opd"
    return True


def _roles(db, extra: dict | None = None) -> dict[str, str]:
    """origin site id -> role, from what this site knows (itself, peers, files)."""
    out = {o: r["role"] for o, r in sql.origins(db).items()}
    out.update({p["site_id"]: p["role"] for p in sites.list_peers(db)})
    if extra:
        out.update(extra)
    me = sites.existing_site(db)
    if me is not None and me.role:
        out[me.site_id] = me.role
    return out


# --- merge -------------------------------------------------------------------------------

@dataclass(slots=True)
class Change:
    kind: str
    key: str
    op: str
    data: str
    old: str | None
    hlc: int
    origin: str
    n: int
    account: str
    parsed: dict | None = field(default=None, repr=False, compare=False)

    @property
    def fields(self) -> dict:
        if self.parsed is None:
            self.parsed = json.loads(self.data)
        return self.parsed

    @property
    def id(self) -> str:
        return f"{self.origin}:{self.hlc}:{self.n}"

    def row(self) -> tuple:
        return (self.kind, self.key, self.op, self.data, self.old, self.hlc, self.origin,
                self.n, self.account)


def _rank(kind, roles):
    def rank(e):   # e: (key, op, data, old, hlc, origin, n, account)
        return (_owns_kind(roles.get(e[5]), kind), e[4], e[5], e[6])
    return rank


def _changed(data: dict, old: str | None) -> dict:
    if old is None:
        return data
    before = json.loads(old)
    return {f: v for f, v in data.items() if before.get(f, _MISSING) != v}


def fold(kind: str, entries: list[tuple], roles: dict) -> dict | None:
    """The row made by *entries* (key, op, data, old, hlc, origin, n, account) of one
    record, or None when it is deleted."""
    if len(entries) == 1:
        return json.loads(entries[0][2]) if entries[0][1] == "put" else None
    state = None
    for e in sorted(entries, key=_rank(kind, roles)):
        if e[1] == "del":
            state = None
            continue
        data = json.loads(e[2])
        if state is None:
            state = dict(data)
        else:
            state.update(_changed(data, e[3]))
    return state


def _saw(seen: dict, a, b) -> bool:
    """Whether the transaction of change *a* had seen change *b*; a site's earlier
    changes count as seen unless its vector says otherwise (a restored database)."""
    default = a[4] - 1 if a[5] == b[5] else -1
    return seen.get(b[5], default) >= b[4]


# columns that only say when a row was written: two edits always differ there, which is no
# conflict for a person to resolve (the values still merge like every other field)
BOOKKEEPING = frozenset({"created_at", "updated_at", "keyed_at", "locked_at", "closed_at",
                         "reviewed_at", "received_at"})


def _conflicts(db, kind: str, key: str, entries: list[tuple], roles: dict) -> list[tuple]:
    """Conflict rows for pairs of changes of one record that set a field to different
    values without having seen each other (see :func:`fold`)."""
    rank = _rank(kind, roles)
    puts = [(e, _changed(json.loads(e[2]), e[3])) for e in entries if e[1] == "put"]
    candidates = []
    for i, (a, ca) in enumerate(puts):
        for b, cb in puts[i + 1:]:
            if rank(a)[0] != rank(b)[0] or (a[5], a[4]) == (b[5], b[4]):
                continue   # owner against non-owner, or one transaction
            fields = [f for f in ca if f in cb and ca[f] != cb[f] and f not in BOOKKEEPING]
            if fields:
                candidates.append((a, b, fields))
    if not candidates:
        return []
    seen = sql.seen_of(db, [(e[5], e[4]) for a, b, _ in candidates for e in (a, b)])
    rows = []
    for a, b, fields in candidates:
        if _saw(seen[(a[5], a[4])], a, b) or _saw(seen[(b[5], b[4])], b, a):
            continue   # one had seen the other: not concurrent
        win, lose = (a, b) if rank(a) > rank(b) else (b, a)
        wd, ld = json.loads(win[2]), json.loads(lose[2])
        wid, lid = f"{win[5]}:{win[4]}:{win[6]}", f"{lose[5]}:{lose[4]}:{lose[6]}"
        for f in fields:
            cid = hashlib.sha256("|".join([kind, key, f, *sorted([wid, lid])])
                                 .encode("utf-8")).hexdigest()[:16]
            rows.append((cid, kind, key, f, wid, json.dumps(wd.get(f), ensure_ascii=False),
                         lid, json.dumps(ld.get(f), ensure_ascii=False)))
    return rows


# --- export ------------------------------------------------------------------------------

@dataclass
class ExportResult:
    path: str
    peer: dict | None
    total: int
    counts: dict[str, int]
    origins: dict[str, dict]


def _find_peer(db, text: str) -> dict:
    text = (text or "").strip()
    matches = [p for p in sites.list_peers(db)
               if text.lower() in {p["site_id"].lower(), (p["unit_code"] or "").lower(),
                                   p["name"].lower()}]
    if len(matches) != 1:
        raise SyncError(t("{peer} is not a registered peer (site id, unit code or name); "
                          "see wfh-desktop sync peers", peer=text))
    return matches[0]


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _origin_info(db) -> dict[str, dict]:
    info = {o: {"role": r["role"], "unit_code": r["unit_code"], "name": r["name"]}
            for o, r in sql.origins(db).items()}
    for p in sites.list_peers(db):
        info[p["site_id"]] = {"role": p["role"], "unit_code": p["unit_code"],
                              "name": p["name"]}
    me = sites.existing_site(db)
    if me is not None:
        info[me.site_id] = {"role": me.role, "unit_code": me.unit_code, "name": me.name}
    return info


def preview(db, peer: str | None = None) -> dict[str, int]:
    """Changes per kind an export (for *peer*) would hold, without writing anything
    (changes not stamped yet count: the export stamps them as this site's)."""
    target = _find_peer(db, peer)["site_id"] if peer else None
    return sql.count_changes_for(db, target)


def _build(db, site, target: dict | None) -> tuple[bytes, ExportResult]:
    rows = sql.changes_for(db, target["site_id"] if target else None)
    info = _origin_info(db)
    counts: dict[str, int] = {}
    origins: dict[str, dict] = {}
    buf = io.StringIO()
    for kind, key, op, data, old, hlc, origin, n, account in rows:
        counts[kind] = counts.get(kind, 0) + 1
        o = origins.setdefault(origin, dict(info.get(origin, {"role": None, "unit_code":
                                                              None, "name": ""}),
                                            first=hlc, last=hlc, count=0))
        o["first"], o["last"] = min(o["first"], hlc), max(o["last"], hlc)
        o["count"] += 1
        line = {"kind": kind, "key": key, "op": op, "data": json.loads(data), "hlc": hlc,
                "origin": origin, "n": n, "account": account or ""}
        if old is not None:
            line["old"] = json.loads(old)
        buf.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    for origin, hlc, seen in sql.transactions(db, sorted({(r[6], r[5]) for r in rows})):
        buf.write(json.dumps({"txn": origin, "hlc": hlc, "seen": json.loads(seen)},
                             separators=(",", ":")) + "\n")
    changes = buf.getvalue().encode("utf-8")
    manifest = {
        "format": FORMAT, "version": VERSION,
        "schema": store.applied_migrations(db),
        "schema_version": len(store.applied_migrations(db)),
        "origin": {"site_id": site.site_id, "role": site.role, "unit_code": site.unit_code,
                   "name": site.name},
        "for": target["site_id"] if target else None,
        "created_at": dt.datetime.now().isoformat(timespec="seconds"),
        "created_ms": wall_ms(),
        "origins": origins, "has": sql.seen(db), "counts": counts, "total": len(rows),
        "members": {"changes.jsonl": {"size": len(changes),
                                      "sha256": hashlib.sha256(changes).hexdigest()}},
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1,
                                ensure_ascii=False).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_bytes)
        z.writestr("changes.jsonl", changes)
        z.writestr("signature", sites.sign(db, manifest_bytes))
    return out.getvalue(), ExportResult("", target, len(rows), counts, origins)


@action("sync")
def export(db, path, peer: str | None = None) -> ExportResult:
    """Write to *path* one sync file with every change *peer* (site id, unit code or name
    of a registered peer) is not known to have, or every change (no *peer*).  Returns
    the counts per kind and per origin."""
    path = str(path)
    site = _own_site(db)
    target = _find_peer(db, peer) if peer else None
    _stamp_strays(db, site)
    data, result = _build(db, site, target)
    tmp = Path(path + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise SyncError(t("cannot write the file {path}: {reason}", path=path,
                          reason=exc.strerror or str(exc))) from None
    result.path = path
    accounts.record(db, "sync.export", path,
                    f"{result.total} changes for {target['site_id'] if target else 'all'}")
    return result


# --- reading a file ----------------------------------------------------------------------

@dataclass
class SyncFile:
    path: str
    manifest: dict
    sender: dict
    changes: list[Change]
    transactions: list[tuple]      # (origin, hlc, seen JSON)


def _refuse(path, message, **params):
    """A :class:`SyncError` with *message* (English, starts with ``{path}: ``;
    translated)."""
    return SyncError(t(message, path=path, **params))


def read_file(db, path) -> SyncFile:
    """The checked content of the sync file at *path*: size, zip, signature by a
    registered peer, hashes, schema.  :class:`SyncError` naming the file otherwise."""
    path = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise SyncError(t("cannot read the file {path}: {reason}", path=path,
                          reason=exc.strerror or str(exc))) from None
    if size > MAX_FILE_BYTES:
        raise _refuse(path, "{path}: too large for a sync file ({size} bytes)", size=size)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(path, "{path}: not a sync file of WFH Desktop (not a zip file, or cut off)"
                      ) from None
    with z:
        infos = {i.filename: i for i in z.infolist()}
        if set(infos) != set(MEMBERS):
            raise _refuse(path, "{path}: not a sync file of WFH Desktop (members {found})",
                          found=", ".join(sorted(infos)) or "-")
        for i in infos.values():
            if i.file_size > MAX_MEMBER_BYTES or (
                    i.file_size > 1024 * 1024
                    and i.file_size > MAX_RATIO * max(1, i.compress_size)):
                raise _refuse(path, "{path}: the member {member} unpacks to {size} bytes: refused "
                              "(a zip bomb?)", member=i.filename, size=i.file_size)

        def member(name, limit):
            try:
                with z.open(name) as fh:
                    data = fh.read(limit + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, zlib.error):
                raise _refuse(path, "{path}: the member {member} is damaged", member=name) from None
            if len(data) > limit:
                raise _refuse(path, "{path}: the member {member} unpacks to {size} bytes: refused "
                              "(a zip bomb?)", member=name, size=len(data))
            return data

        manifest_bytes = member("manifest.json", MAX_MANIFEST_BYTES)
        signature = member("signature", 1024)
        try:
            manifest = json.loads(manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _refuse(path, "{path}: the manifest is not valid JSON") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, "{path}: not a sync file of WFH Desktop (format {found})",
                          found=str(manifest.get("format") if isinstance(manifest, dict)
                                    else "-"))
        origin = manifest.get("origin")
        sender_id = origin.get("site_id") if isinstance(origin, dict) else None
        me = sites.existing_site(db)
        if me is not None and sender_id == me.site_id:
            raise _refuse(path, "{path}: this file was written by this installation itself")
        sender = sites.peer(db, sender_id) if isinstance(sender_id, str) else None
        if sender is None:
            raise _refuse(path, "{path}: written by an unknown site ({site}): register it first "
                          "with wfh-desktop sync trust FILE --fingerprint FP",
                          site=str(sender_id))
        label = sites.site_label(sender["role"], sender["unit_code"], sender["name"])
        if not sites.verify(bytes(sender["public_key"]), manifest_bytes, signature):
            raise _refuse(path, "{path}: the signature does not match the key of {peer}: the file "
                          "was changed, damaged or forged; ask for a new one", peer=label)
        version = manifest.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise _refuse(path, "{path}: written by a newer version of WFH Desktop (sync file "
                          "version {found}); install the newer version", found=version)
        schema = manifest.get("schema")
        if not isinstance(schema, list):
            raise _refuse(path, "{path}: the manifest has no schema version")
        mine = set(store.applied_migrations(db))
        newer = [s for s in schema if s not in mine]
        if newer:
            kept = _keep_in_inbox(db, path)
            raise _refuse(path, "{path}: written by a newer version of WFH Desktop (database "
                          "changes {names}); the file is kept in {inbox}: install the "
                          "newer version and import it again", names=", ".join(
                              map(str, newer)), inbox=kept)
        meta = (manifest.get("members") or {}).get("changes.jsonl") or {}
        if not isinstance(meta.get("size"), int) or meta["size"] > MAX_MEMBER_BYTES:
            raise _refuse(path, "{path}: the manifest does not describe {member}",
                          member="changes.jsonl")
        changes = member("changes.jsonl", meta["size"])
        if len(changes) != meta["size"] or \
                hashlib.sha256(changes).hexdigest() != meta.get("sha256"):
            raise _refuse(path, "{path}: the member {member} does not match its hash in the "
                          "manifest: the file was changed or damaged", member="changes.jsonl")
    return SyncFile(path, manifest, sender, *_parse_changes(path, changes))


_GOOD_COLUMNS: set[frozenset] = set()


def _valid_columns(row: dict) -> bool:
    names = frozenset(row)
    if names not in _GOOD_COLUMNS:
        if not all(isinstance(c, str) and _IDENT.match(c) for c in names):
            return False
        _GOOD_COLUMNS.add(names)
    return True


# Parsing a sync file is most of the import's Python work (one line per change), so it
# calls the json module's C scanner and encoder directly: json.loads() and json.dumps()
# wrap them in Python (whitespace regexes, a new encoder per call), which doubled the cost.
_scan = json.JSONDecoder().scan_once
_JSON_SPACE = " \t\n\r"


def _refuse_default(value):
    raise TypeError(value)


try:
    from json.encoder import c_make_encoder as _c_make_encoder
except ImportError:   # pragma: no cover - Pythons without the C accelerator
    _c_make_encoder = None
if _c_make_encoder is not None:
    _c_encode = _c_make_encoder(None, _refuse_default, json.encoder.encode_basestring, None,
                                ":", ",", False, False, True)

    def _compact(value) -> str:
        """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` of parsed
        JSON (no cycles, no other types)."""
        return "".join(_c_encode(value, 0))
else:   # pragma: no cover
    def _compact(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str):
    """``json.loads(text)`` for a str (ValueError when it is not one JSON value)."""
    text = text.strip(_JSON_SPACE)
    try:
        value, end = _scan(text, 0)
    except StopIteration:
        raise ValueError(text) from None
    if end != len(text):
        raise ValueError(text)
    return value


def _parse_changes(path, data: bytes) -> tuple[list[Change], list[tuple]]:
    out, txns = [], []
    synced = sql.SYNCED
    good_columns = _GOOD_COLUMNS
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = _loads(line)
            if "txn" in d:
                if not (isinstance(d["txn"], str) and isinstance(d["hlc"], int)
                        and isinstance(d["seen"], dict)):
                    raise ValueError
                txns.append((d["txn"], d["hlc"], json.dumps(d["seen"], sort_keys=True,
                                                             separators=(",", ":"))))
                continue
            kind, op = d["kind"], d["op"]
            if kind not in synced or op not in ("put", "del"):
                raise ValueError
            row, old = d["data"], d.get("old")
            if not isinstance(row, dict) or \
                    (frozenset(row) not in good_columns and not _valid_columns(row)) or \
                    (old is not None and not isinstance(old, dict)):
                raise ValueError
            key_text = d["key"]
            key = [row.get(c) for c in synced[kind]]
            if not isinstance(key_text, str):
                raise ValueError
            # the key as written by an exporter is the compact form: no parse needed (a
            # NaN is not equal to itself, so that case takes the long way)
            if (key_text != _compact(key) or "NaN" in key_text) and _loads(key_text) != key:
                raise ValueError
            hlc, n, origin = d["hlc"], d["n"], d["origin"]
            if not (isinstance(hlc, int) and isinstance(n, int) and hlc > 0 and n >= 0
                    and isinstance(origin, str)):
                raise ValueError
            out.append(Change(kind, key_text, op, _compact(row),
                              None if old is None else _compact(old),
                              hlc, origin, n, str(d.get("account") or ""), row))
        except (ValueError, KeyError, TypeError, json.JSONDecodeError):
            raise _refuse(path, "{path}: line {line} of {member} is not a valid change",
                          line=number, member="changes.jsonl") from None
    return out, txns


def _keep_in_inbox(db, path) -> str:
    base = sql.database_file(db)
    folder = (Path(base).parent if base else Path.cwd()) / INBOX
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(path).name
        if Path(path).resolve() != target.resolve():
            shutil.copyfile(path, target)
    except OSError:
        return str(folder)
    return str(folder)


# --- import ------------------------------------------------------------------------------

@dataclass
class Refused:
    kind: str
    key: str
    origin: str
    reason: str
    data: str = field(default="", repr=False)   # the refused row (JSON), to name it

    @classmethod
    def of(cls, c: "Change", reason: str) -> "Refused":
        return cls(c.kind, c.key, c.origin, reason, c.data)


@dataclass
class ImportResult:
    path: str
    sender: str                       # label of the peer that wrote the file
    total: int = 0                    # changes in the file
    applied: int = 0                  # new changes merged into the database
    skipped: int = 0                  # changes this database had already
    refused: list[Refused] = field(default_factory=list)
    proposals: int = 0                # OPD changes of BKD data kept for a decision
    conflicts: int = 0                # conflicts found by this import
    adopted: int = 0                  # local staff/units re-keyed to the BKD's ids
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)   # applied per kind


def _in_subtree(unit_id, top, parents) -> bool:
    seen = set()
    while unit_id is not None and unit_id not in seen:
        if unit_id == top:
            return True
        seen.add(unit_id)
        unit_id = parents.get(unit_id)
    return False


def _adopt(db, c: Change, result: ImportResult) -> None:
    """A BKD record with another id than a local one of the same code (unit) or NIP/NIK
    (staff): the local record, and every reference to it, takes the BKD's id."""
    row = c.fields
    new = row.get("id")
    if c.kind == "units" and row.get("code"):
        old = sql.unit_id_by_code(db, row["code"], new)
    elif c.kind == "staff" and (row.get("nip") or row.get("nik")):
        old = sql.staff_id_by_number(db, row.get("nip"), row.get("nik"), new)
    else:
        return
    if old is None or sql.row_by_key(db, c.kind, [new]) is not None:
        return
    sql.rekey(db, c.kind, old, new)
    sql.rekey_log(db, c.kind, old, new)
    result.adopted += 1


_STAMPS = ("created_at", "updated_at")


def _no_op(db, c: Change) -> bool:
    """Whether a proposal would change nothing here (timestamps aside)."""
    current = sql.row_by_key(db, c.kind, json.loads(c.key))
    if c.op == "del":
        return current is None
    if current is None:
        return False
    return all(current.get(f) == v for f, v in _changed(json.loads(c.data), c.old).items()
               if f not in _STAMPS and f in current)


def _check_skew(sf: SyncFile, result: ImportResult) -> None:
    made = sf.manifest.get("created_ms")
    if not isinstance(made, int):
        return
    now = wall_ms()
    latest = max((c.hlc >> 16 for c in sf.changes), default=made)
    if made - now > SKEW_WARNING_MS:
        result.warnings.append(t(
            "{path}: the clock of {peer} is about {minutes} minutes ahead of this "
            "computer's; check the date and time there", path=sf.path, peer=result.sender,
            minutes=(made - now) // 60000))
    elif latest - made > SKEW_WARNING_MS:
        result.warnings.append(t(
            "{path}: the clock of {peer} is about {minutes} minutes behind; check the date "
            "and time there", path=sf.path, peer=result.sender,
            minutes=(latest - made) // 60000))


def _apply(db, sf: SyncFile) -> ImportResult:
    me = _own_site(db)
    sender = sf.sender
    result = ImportResult(sf.path, sites.site_label(sender["role"], sender["unit_code"],
                                                    sender["name"]), total=len(sf.changes))
    _check_skew(sf, result)
    _stamp_strays(db, me)             # local changes not stamped yet stay local changes
    sql.pause_capture(db)   # what the import writes is logged as received, not captured
    sql.defer_foreign_keys(db)
    # who the origins are: the sender itself (trusted), else as the BKD relays them
    info = {}
    if sender["role"] == "bkd":
        for o, v in (sf.manifest.get("origins") or {}).items():
            if isinstance(v, dict) and v.get("role") in ("bkd", "opd"):
                info[o] = {"role": v["role"], "unit_code": v.get("unit_code"),
                           "name": str(v.get("name") or "")}
    info[sender["site_id"]] = {"role": sender["role"], "unit_code": sender["unit_code"],
                               "name": sender["name"]}
    for p in sites.list_peers(db):
        if p["site_id"] in info:
            info[p["site_id"]] = {"role": p["role"], "unit_code": p["unit_code"],
                                  "name": p["name"]}
    info[me.site_id] = {"role": me.role, "unit_code": me.unit_code, "name": me.name}
    touched: dict[str, set] = {}
    for c in sf.changes:
        touched.setdefault(c.kind, set()).add(c.key)
    logged = _logged(db, touched)
    known = {(e[5], e[4], e[6]) for entries in logged.values()
             for found in entries.values() for e in found}
    new, proposals, later = [], [], []
    now = dt.datetime.now().isoformat(timespec="seconds")
    for c in sf.changes:
        if known and (c.origin, c.hlc, c.n) in known:
            result.skipped += 1
            continue
        if c.origin not in info:
            result.refused.append(Refused.of(c, t(
                "relayed by an OPD: only the BKD passes on changes of other offices")))
            continue
        role = info[c.origin]["role"]
        if c.kind in BKD_KINDS and role != "bkd":
            if me.role == "bkd" and _no_op(db, c):
                result.skipped += 1
            elif me.role == "bkd":
                proposals.append((c.id, c.origin, c.hlc, c.n, c.kind, c.key, c.op, c.data,
                                  c.old, c.account, now))
            else:
                result.refused.append(Refused.of(c, t(
                    "only the BKD changes {what}", what=t(KIND_TEXT[c.kind]))))
            continue
        if c.kind in OPD_KINDS:
            if role != "opd":
                result.refused.append(Refused.of(c, t(
                    "only the OPD of the unit changes {what}", what=t(KIND_TEXT[c.kind]))))
                continue
            later.append(c)
            continue
        new.append(c)
    result.proposals = sql.add_proposals(db, proposals)
    # BKD data first (with adoption of local records), then the OPDs' data of their units
    sql.add_transactions(db, [x for x in sf.transactions if x[0] in info])
    for c in new:
        if c.kind in ("units", "staff") and c.op == "put":
            _adopt(db, c, result)
    if result.adopted:
        logged = None      # adoption re-keyed the log: merge reads it again
    sql.append(db, [c.row() for c in new if c.kind != "sync_conflicts"])
    roles = {o: v["role"] for o, v in info.items()}
    roles = _roles(db, roles)
    extra = []
    if me.role == "opd" and sender["role"] == "bkd":
        # this OPD's own edits of BKD data are proposals: the BKD's data shows again
        extra = sql.local_keys(db, me.site_id, sorted(BKD_KINDS))
    _merge(db, [c for c in new if c.kind != "sync_conflicts"], roles, result, extra=extra,
           logged=logged)
    parents, codes = sql.unit_tree(db)
    in_file_reports = {c.fields.get("id"): c.fields.get("staff_id")
                       for c in later if c.kind == "reports"}
    staff_ids = {c.fields.get("staff_id") for c in later
                 if c.kind == "absences" or c.kind == "reports"}
    report_ids = [c.fields.get("report_id") for c in later
                  if c.kind == "report_items"]
    report_staff = sql.report_staff(db, [r for r in report_ids if r not in in_file_reports])
    report_staff.update(in_file_reports)
    staff_ids.update(report_staff.values())
    staff_unit = sql.staff_units(db, [s for s in staff_ids if s])
    accepted = []
    tops = {o: codes.get((v["unit_code"] or "").upper()) for o, v in info.items()}
    inside: dict[tuple, bool] = {}        # (unit, top) -> whether unit is under top
    for c in later:
        row = c.fields
        if c.kind in ("absences", "reports"):
            unit = staff_unit.get(row.get("staff_id"))
        elif c.kind == "report_items":
            unit = staff_unit.get(report_staff.get(row.get("report_id")))
        else:
            unit = row.get("unit_id")
        top = tops[c.origin]
        ok = inside.get((unit, top))
        if ok is None:
            ok = inside[(unit, top)] = top is not None and _in_subtree(unit, top, parents)
        if not ok:
            result.refused.append(Refused.of(c, t(
                "{what} of a unit outside {unit}", what=t(KIND_TEXT[c.kind]),
                unit=info[c.origin]["unit_code"] or "-")))
            continue
        accepted.append(c)
    sql.append(db, [c.row() for c in accepted])
    _merge(db, accepted, roles, result, logged=logged)
    conflicts_in = [c for c in new if c.kind == "sync_conflicts"]
    sql.append(db, [c.row() for c in conflicts_in])
    _merge(db, conflicts_in, roles, result, detect=False)
    sql.resume_capture(db)
    # what the sender has, what this site has seen, the clock, the origins
    has = sf.manifest.get("has")
    if isinstance(has, dict):
        sql.set_peer_has(db, sender["site_id"], {o: h for o, h in has.items()
                                                  if isinstance(o, str) and isinstance(h, int)})
    merged = new + accepted
    seen: dict[str, int] = {}
    for c in merged:
        if c.hlc > seen.get(c.origin, 0):
            seen[c.origin] = c.hlc
    sql.set_seen(db, seen)
    if sf.changes:
        sql.set_clock(db, max(c.hlc for c in sf.changes))
    for o, v in info.items():
        if o != me.site_id:
            sql.save_origin(db, o, v["role"], v["unit_code"], v["name"])
    result.applied = len(merged)
    result.counts.update(collections.Counter(c.kind for c in merged))
    return result


def _logged(db, keys: dict[str, set]) -> dict[str, dict[str, tuple]]:
    """kind -> key -> the log's entries (key, op, data, old, hlc, origin, n, account) of
    these records (every key asked for is there, most with no entries)."""
    out = {}
    for kind, values in keys.items():
        found = dict.fromkeys(values, ())
        for e in sql.entries_of(db, kind, sorted(values)):
            found[e[0]] += (e,)
        out[kind] = found
    return out


def _merge(db, changes: list[Change], roles: dict, result: ImportResult,
           detect: bool = True, extra=(), logged=None) -> None:
    """Recompute every record touched by *changes* (and the (kind, key) pairs in
    *extra*) from all its changes in the log.  *logged* (see :func:`_logged`): the
    log's entries of records before *changes* were appended to it, so that they need
    not be read again."""
    by_kind: dict[str, dict[str, int]] = {}
    incoming: dict[str, dict[str, list[Change]]] = {}
    for kind, key in extra:
        by_kind.setdefault(kind, {})[key] = 0
    for c in changes:
        keys = by_kind.setdefault(c.kind, {})
        hlc = keys.get(c.key)
        if hlc is None or c.hlc > hlc:
            keys[c.key] = c.hlc
        incoming.setdefault(c.kind, {}).setdefault(c.key, []).append(c)
    conflict_rows = []
    for kind in sql.APPLY_ORDER:
        keys = by_kind.get(kind)
        if not keys:
            continue
        cols = set(sql.columns(db, kind))
        mine_of = incoming.get(kind, {})
        before = logged.get(kind, {}) if logged is not None else {}
        entries: dict[str, list] = {}
        for e in sql.entries_of(db, kind, [k for k in keys if k not in before]):
            entries.setdefault(e[0], []).append(e)
        shapes: dict[tuple, tuple] = {}   # the row's columns -> (shape, values getter)
        batch: list = []          # consecutive writes of one shape go in one executemany
        batch_op = batch_shape = None

        def flush():
            if batch:
                if batch_op == "del":
                    sql.delete_rows(db, kind, batch)
                else:
                    sql.upsert_rows(db, kind, batch_shape, batch)
                batch.clear()

        # by clock, then key: sort by key, then (stable) by clock
        for key in sorted(sorted(keys), key=keys.__getitem__):
            mine = mine_of.get(key, ())
            prior = before.get(key)
            if prior is None:
                found = entries.get(key, [])
                first = len(found) == 1 and len(mine) == 1
            else:
                first = not prior and len(mine) == 1
                found = None if first else [*prior, *map(_entry, mine)]
            if first and mine[0].op == "put":
                state = mine[0].fields     # the usual case: a record's first change
            else:
                state = fold(kind, found if found is not None else [_entry(mine[0])], roles)
            if state is None:
                op, shape, values = "del", None, json.loads(key)
            else:
                names = tuple(state)
                known = shapes.get(names)
                if known is None:
                    shape = tuple(c for c in names if c in cols)
                    get = operator.itemgetter(*shape) if len(shape) > 1 else \
                        (lambda row, only=shape: tuple(row[c] for c in only))
                    known = shapes[names] = (shape, get)
                op, shape, values = "put", known[0], known[1](state)
            if op != batch_op or shape != batch_shape:
                flush()
                batch_op, batch_shape = op, shape
            batch.append(values)
            if detect and found is not None and len(found) > 1:
                conflict_rows += _conflicts(db, kind, key, found, roles)
        flush()
    if conflict_rows:
        result.conflicts += sql.add_conflicts(db, conflict_rows)


def _entry(c: Change) -> tuple:
    """A change as a log entry (key, op, data, old, hlc, origin, n, account)."""
    return (c.key, c.op, c.data, c.old, c.hlc, c.origin, c.n, c.account)


@action("sync")
def _import(db, path) -> ImportResult:
    return _apply(db, read_file(db, path))


def import_file(db, path) -> ImportResult:
    """Check and apply the sync file at *path* in one transaction, or nothing
    (:class:`SyncError` naming the file and what is wrong)."""
    path = str(path)
    try:
        return _import(db, path)
    except sqlite3.IntegrityError as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
            db.conn.depth = 0
        raise SyncError(t("{path}: the changes do not fit this database ({reason}); "
                          "nothing was changed", path=path, reason=str(exc))) from None


# --- conflicts, proposals, history -------------------------------------------------------

def conflicts(db, include_resolved: bool = False, described: bool = False) -> list[dict]:
    """Conflicts (open ones unless *include_resolved*): id, kind, key, field, winner
    (change id), winner_value and other_value (JSON), other, resolved, kept,
    resolved_by.  *described* adds what a person reads: ``record`` (see
    :func:`record_label`) and, for ``winner_side`` and ``other_side``, the value, the
    office (``site``), ``account`` and time (``at``) of that change."""
    rows = sql.list_conflicts(db, open_only=not include_resolved)
    if not described:
        return rows
    labels: dict = {}
    cache: dict = {}
    histories: dict[tuple, dict] = {}
    out = []
    for r in rows:
        hkey = (r["kind"], r["key"])
        if hkey not in histories:
            histories[hkey] = {(h["origin"], h["hlc"]): h
                               for h in history(db, r["kind"], json.loads(r["key"]))}
        sides = {}
        for side in ("winner", "other"):
            origin, hlc = _change_parts(r[side])
            h = histories[hkey].get((origin, hlc), {})
            if origin not in labels:
                labels[origin] = origin_label(db, origin)
            sides[f"{side}_side"] = {
                "value": _loads(r[f"{side}_value"]), "site": h.get("site") or labels[origin],
                "account": h.get("account", ""),
                "at": h.get("at") or (hlc_time(hlc) if hlc else "")}
        out.append(dict(r, record=record_label(db, r["kind"], r["key"], cache), **sides))
    return out


def _change_parts(change_id: str | None) -> tuple[str, int]:
    """(origin, hlc) of a change id ``origin:hlc:n``."""
    parts = (change_id or "").rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit():
        return parts[0], int(parts[1])
    return change_id or "", 0


def _loads(text):
    try:
        return json.loads(text) if text is not None else None
    except (TypeError, ValueError):
        return text


def record_label(db, kind: str, key, cache: dict | None = None, data=None) -> str:
    """A record as a person names it: a staff member's name and NIP, a unit's code and
    name, and for records of a staff member or unit (roster, attendance, reports...)
    that name followed by the date or month; else its key.  *key* is the log's JSON
    key text or the list of key values; *data* (a dict or JSON text) is the record when
    it is not in this database (refused on the way in)."""
    cache = {} if cache is None else cache
    values = _loads(key) if isinstance(key, str) else key
    values = list(values) if isinstance(values, (list, tuple)) else [values]
    if kind not in sql.SYNCED or len(values) != len(sql.SYNCED[kind]):
        return ", ".join(str(v) for v in values)
    row = sql.row_by_key(db, kind, values) if kind not in ("staff", "units") else None
    if kind == "staff":
        return _staff_label(db, values[0], cache) or str(values[0])
    if kind == "units":
        return _unit_label(db, values[0], cache) or str(values[0])
    if kind == "report_items" and row is not None:
        report = sql.row_by_key(db, "reports", [row["report_id"]]) or {}
        row = dict(report, position=row.get("position"))
    if row is None:   # not here (deleted, or refused on the way in)
        given = _loads(data) if isinstance(data, str) else data
        row = dict(zip(sql.SYNCED[kind], values), **(given if isinstance(given, dict)
                                                      else {}))
    if row.get("staff_id"):
        parts = [_staff_label(db, row["staff_id"], cache) or str(row["staff_id"])]
    elif row.get("unit_id"):
        parts = [_unit_label(db, row["unit_id"], cache) or str(row["unit_id"])]
    else:   # policies, holidays, attendance codes: what names them
        parts = [str(row[f]) for f in ("number", "code", "name") if row.get(f)] or \
            [str(row.get("id") or "")]
    named = dict.fromkeys(["date", "month", *(c for c in sql.SYNCED[kind] if c not in (
        "id", "staff_id", "unit_id", "report_id", "date", "code"))])
    parts += [str(row[f]) for f in named if row.get(f) not in (None, "")]
    return ", ".join(parts)


def _staff_label(db, staff_id, cache: dict) -> str | None:
    key = ("staff", staff_id)
    if key not in cache:
        row = sql.row_by_key(db, "staff", [staff_id])
        if row is None:
            cache[key] = None
        else:
            number = row.get("nip") or row.get("nik") or ""
            cache[key] = f"{row['name']} ({number})" if number else row["name"]
    return cache[key]


def _unit_label(db, unit_id, cache: dict) -> str | None:
    key = ("units", unit_id)
    if key not in cache:
        row = sql.row_by_key(db, "units", [unit_id])
        cache[key] = None if row is None else f"{row['code']} - {row['name']}"
    return cache[key]


@action("sync")
def resolve(db, conflict_id: str, keep: str) -> dict:
    """Close a conflict keeping the ``winner`` value (shown now) or the ``other`` one
    (written as a new change).  The resolution travels to every site."""
    row = sql.conflict(db, conflict_id)
    if row is None:
        raise SyncError(t("no conflict {id}", id=conflict_id))
    if keep not in ("winner", "other"):
        raise SyncError(t("keep winner or other, not {value}", value=keep))
    if row["resolved"]:
        raise SyncError(t("the conflict {id} is resolved already", id=row["id"]))
    if keep == "other":
        key = json.loads(row["key"])
        current = sql.row_by_key(db, row["kind"], key)
        if current is not None:
            current[row["field"]] = json.loads(row["other_value"])
            sql.upsert_row(db, row["kind"], current)
    sql.mark_resolved(db, row["id"], keep, accounts.who(db))
    return dict(row, resolved=1, kept=keep)


def proposals(db, status: str | None = "open", described: bool = False) -> list[dict]:
    """OPD changes of BKD data kept at the BKD: id, origin, hlc, kind, key, op, data
    (JSON row), old, account, received_at, status (open, accepted, rejected),
    decided_by.  *described* adds ``record`` (see :func:`record_label`), ``site`` (the
    sending office) and ``fields``: ``(field, old, new)`` of what it would change."""
    rows = sql.list_proposals(db, status)
    if not described:
        return rows
    out = []
    cache: dict = {}
    labels: dict = {}
    for r in rows:
        data = _loads(r["data"]) or {}
        old = _loads(r["old"]) or {}
        if r["op"] == "del":
            fields = []
        elif old:
            fields = [(f, old.get(f), v) for f, v in data.items()
                      if old.get(f, _MISSING) != v and f not in BOOKKEEPING]
        else:
            fields = [(f, None, v) for f, v in data.items()
                      if f != "id" and f not in BOOKKEEPING]
        if r["origin"] not in labels:
            labels[r["origin"]] = origin_label(db, r["origin"])
        out.append(dict(r, record=record_label(db, r["kind"], r["key"], cache),
                        site=labels[r["origin"]], fields=fields))
    return out


def _open_proposal(db, proposal_id: str) -> dict:
    row = sql.proposal(db, proposal_id)
    if row is None:
        raise SyncError(t("no proposal {id}", id=proposal_id))
    if row["status"] != "open":
        raise SyncError(t("the proposal {id} is decided already", id=row["id"]))
    return row


@action("sync")
def accept(db, proposal_id: str) -> dict:
    """Make a proposal a change of the BKD (it then travels to every site)."""
    row = _open_proposal(db, proposal_id)
    if row["op"] == "del":
        sql.delete_row(db, row["kind"], json.loads(row["key"]))
    else:
        data = json.loads(row["data"])
        current = sql.row_by_key(db, row["kind"], json.loads(row["key"]))
        if current is not None:
            data = dict(current, **_changed(data, row["old"]))
        cols = set(sql.columns(db, row["kind"]))
        sql.upsert_row(db, row["kind"], {c: v for c, v in data.items() if c in cols})
    sql.decide_proposal(db, row["id"], "accepted", accounts.who(db))
    return dict(row, status="accepted")


@action("sync")
def reject(db, proposal_id: str) -> dict:
    """Close a proposal without changing the BKD's data.  Nothing travels: the OPD's
    own edit gives way to the BKD's data at its next import anyway."""
    row = _open_proposal(db, proposal_id)
    sql.decide_proposal(db, row["id"], "rejected", accounts.who(db))
    return dict(row, status="rejected")


def origin_label(db, origin: str | None) -> str:
    """``BKD (name)``, ``OPD CODE (name)`` of a site id seen in the log."""
    if origin is None:
        return t("this installation")
    info = _origin_info(db).get(origin)
    if info is None:
        return origin
    return sites.site_label(info["role"], info["unit_code"], info["name"])


def history(db, kind: str, key) -> list[dict]:
    """The changes of one record, oldest first: at (local time of the clock), hlc,
    origin (site id), site (label), account, op (put/del) and changes [(field, old,
    new)].  *key* is the primary key value (or a list of them for composite keys)."""
    if kind not in sql.SYNCED:
        raise SyncError(t("unknown kind of data {kind}", kind=kind))
    values = key if isinstance(key, (list, tuple)) else [key]
    key_text = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
    out = []
    labels: dict = {}
    for r in sql.history(db, kind, key_text):
        data = json.loads(r["data"])
        if r["op"] == "del":
            fields = [(f, v, None) for f, v in data.items()]
        else:
            old = json.loads(r["old"]) if r["old"] else {}
            fields = [(f, old.get(f), v) for f, v in data.items()
                      if not r["old"] or old.get(f, _MISSING) != v]
        if r["origin"] not in labels:
            labels[r["origin"]] = origin_label(db, r["origin"])
        out.append({"at": hlc_time(r["hlc"]) if r["hlc"] else "", "hlc": r["hlc"],
                    "origin": r["origin"], "site": labels[r["origin"]],
                    "account": r["account"] or "", "op": r["op"], "changes": fields})
    return out
