"""What this installation is (its site), its signing key, and the peers it trusts.

Every installation has a **site id** (a UUID), a **role** (``opd`` with the code of its
unit, or ``bkd``, the regional HR agency's hub) and an **Ed25519 key pair**, made on first
need.  An OPD and the BKD register each other by exchanging a small **registration file**
(:func:`identity_file`, read back by :func:`read_identity`) and checking its
**fingerprint** over the phone (:func:`fingerprint`): :func:`trust` stores the peer only
when the fingerprint read aloud by the other office matches the file.  An OPD trusts one
BKD; a BKD trusts OPDs, one per unit code.

The registration file is JSON (UTF-8)::

    {"created_at": "2020-03-23T08:00:00", "format": "wfh-desktop-identity",
     "name": "Dinas Kesehatan", "public_key": "<32 bytes, base64>", "role": "opd",
     "signature": "<64 bytes, base64>", "site_id": "0190...", "unit_code": "DINKES",
     "version": 1}

``signature`` is the Ed25519 signature, by the site's own key, of the other fields as
canonical JSON (keys sorted, no spaces, UTF-8).  It shows that the file was not changed
after it was written; *who* wrote it only the fingerprint read over the phone shows.

**The database file is the secret.**  The private key is kept in the database (table
``site``), so anyone holding a copy of the database, or of a backup of it, can sign in
this office's name: keep them as safe as the data itself.  There is no separate key file.

:func:`sign` and :func:`verify` are the signing helpers of the sync files.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import db as store
from db import register as register_sql
from db import sites as sql

from . import accounts
from .accounts import action
from .i18n import t
from .register import new_id, now_iso

FORMAT = "wfh-desktop-identity"
VERSION = 1
ROLES = ("bkd", "opd")
MAX_IDENTITY_BYTES = 64 * 1024
MAX_NAME_LENGTH = 200
FINGERPRINT_BYTES = 10          # 80 bits of SHA-256: 16 base32 characters
FINGERPRINT_CHARS = FINGERPRINT_BYTES * 8 // 5
FINGERPRINT_GROUP = 4
_BASE32 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


class SiteError(Exception):
    """A change of the site or of the peers that is refused; the message says why."""


class IdentityError(SiteError):
    """A registration file that cannot be used; the message names the file."""


class TrustRefused(SiteError):
    """A peer that is not registered; the message says why (nothing was changed)."""


@dataclass(frozen=True)
class Site:
    """This installation (without its private key)."""
    site_id: str
    role: str | None
    unit_code: str | None
    name: str
    public_key: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class Identity:
    """The content of a registration file whose signature checked out."""
    site_id: str
    role: str
    unit_code: str | None
    name: str
    public_key: bytes
    created_at: str
    path: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class TrustResult:
    peer: dict
    status: str        # "new", "updated" (same key, new name or unit) or "unchanged"


# --- fingerprints ------------------------------------------------------------------------

def fingerprint(public_key: bytes) -> str:
    """A short text to read aloud: the first 80 bits of SHA-256 of the raw public key in
    base32 (letters A-Z and digits 2-7, so no 0/O or 1/I to mix up), in groups of four:
    ``K7QD-3MZP-A2XE-LW5N``."""
    digest = hashlib.sha256(bytes(public_key)).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i:i + FINGERPRINT_GROUP]
                    for i in range(0, len(text), FINGERPRINT_GROUP))


def normalize_fingerprint(text: str) -> str:
    """*text* without dashes and spaces, in capitals: how fingerprints are compared."""
    return "".join(c for c in str(text) if c not in "- \t").upper()


def valid_fingerprint(text: str) -> bool:
    norm = normalize_fingerprint(text)
    return len(norm) == FINGERPRINT_CHARS and set(norm) <= _BASE32


def same_fingerprint(a: str, b: str) -> bool:
    """Whether two fingerprints are the same, whatever their case, dashes and spaces."""
    return normalize_fingerprint(a) == normalize_fingerprint(b)


# --- keys --------------------------------------------------------------------------------

def _new_key_pair() -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    return public, private


def _site_row(db) -> dict:
    """The row of ``site``, made (site id and key pair) when it does not exist yet."""
    row = sql.get_site(db)
    if row is not None:
        return row
    with store.transaction(db):
        row = sql.get_site(db)   # another process may have made it meanwhile
        if row is None:
            public, private = _new_key_pair()
            now = now_iso()
            row = {"site_id": new_id(), "role": None, "unit_code": None, "name": "",
                   "public_key": public, "private_key": private, "created_at": now,
                   "updated_at": now}
            sql.insert_site(db, row)
            accounts.record(db, "sync.site_created", row["site_id"],
                            f"fingerprint {fingerprint(public)}")
            row = sql.get_site(db)
    return row


def _site(row: dict) -> Site:
    return Site(site_id=row["site_id"], role=row["role"], unit_code=row["unit_code"],
                name=row["name"], public_key=bytes(row["public_key"]),
                created_at=row["created_at"])


def site_info(db) -> Site:
    """This installation; its site id and key pair are made on the first call."""
    return _site(_site_row(db))


def existing_site(db) -> Site | None:
    """This installation when its site id and keys were made already, else None (makes
    nothing)."""
    row = sql.get_site(db)
    return _site(row) if row is not None else None


def sign(db, data: bytes) -> bytes:
    """The Ed25519 signature (64 bytes) of *data* by this site's key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(bytes(_site_row(db)["private_key"]))
    return key.sign(bytes(data))


def verify(peer_public_key: bytes, data: bytes, signature: bytes) -> bool:
    """Whether *signature* is the signature of *data* by the key *peer_public_key* (raw
    32 bytes).  A malformed key or signature is simply not valid."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes(peer_public_key))
        key.verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# --- what this installation is -----------------------------------------------------------

def role_label(role: str | None, unit_code: str | None = None) -> str:
    if role == "bkd":
        return "BKD"
    if role == "opd":
        return f"OPD {unit_code}" if unit_code else "OPD"
    return t("not set")


@action("settings")
def set_site(db, role: str, unit_code: str | None = None, name: str | None = None) -> Site:
    """Say what this installation is: the BKD hub (``bkd``, no unit code) or an OPD
    (``opd``) with the code of an existing unit.  *name* defaults to the unit's name (an
    OPD) or ``BKD``.  Once peers are registered, role and unit can no longer change: the
    peers know this installation by them."""
    role = (role or "").strip().lower()
    if role not in ROLES:
        raise SiteError(t("unknown site role {role}: use bkd or opd", role=role))
    unit_code = (unit_code or "").strip() or None
    unit = None
    if role == "opd":
        if unit_code is None:
            raise SiteError(t("an OPD needs the code of its unit (--unit CODE)"))
        unit = register_sql.unit_by_code(db, unit_code)
        if unit is None:
            raise SiteError(t("unknown unit code {value}", value=unit_code))
        unit_code = unit["code"]
    elif unit_code is not None:
        raise SiteError(t("the BKD has no unit code: leave out --unit"))
    row = _site_row(db)
    same_place = row["role"] == role and (row["unit_code"] or "").upper() == \
        (unit_code or "").upper()
    if not same_place and sql.count_peers(db):
        raise SiteError(t(
            "this installation is registered with its peers as {current}: its role and "
            "unit cannot change to {new}", current=role_label(row["role"], row["unit_code"]),
            new=role_label(role, unit_code)))
    if name is not None:
        name = " ".join(name.split())
        if not name or len(name) > MAX_NAME_LENGTH:
            raise SiteError(t("a site name has 1 to {n} characters", n=MAX_NAME_LENGTH))
    elif same_place and row["name"]:
        name = row["name"]
    else:
        name = unit["name"] if unit is not None else "BKD"
    sql.update_site(db, role=role, unit_code=unit_code, name=name, updated_at=now_iso())
    return site_info(db)


# --- registration files ------------------------------------------------------------------

def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def identity_file(db) -> bytes:
    """This site's registration file: public, signed by the site's own key."""
    site = existing_site(db)
    if site is None or site.role is None:
        raise SiteError(t("first say what this installation is: wfh-desktop site --role "
                          "bkd|opd [--unit CODE]"))
    fields = {"format": FORMAT, "version": VERSION, "site_id": site.site_id,
              "role": site.role, "unit_code": site.unit_code, "name": site.name,
              "public_key": _b64(site.public_key), "created_at": site.created_at}
    document = dict(fields, signature=_b64(sign(db, _canonical(fields))))
    return (json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")


def write_identity(db, path) -> Site:
    """Write this site's registration file to *path* (and note it in the audit log)."""
    data = identity_file(db)
    try:
        with open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise SiteError(t("cannot write the file {path}: {reason}", path=str(path),
                          reason=exc.strerror or str(exc))) from None
    site = site_info(db)
    with store.transaction(db):
        accounts.record(db, "sync.identity", str(path), f"fingerprint {site.fingerprint}")
    return site


def _decode_b64(path, doc: dict, field: str, size: int) -> bytes:
    value = doc.get(field)
    if value is None:
        raise IdentityError(t("{path}: the field {field} is missing", path=path, field=field))
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else None
    except (binascii.Error, ValueError):
        raw = None
    # only the one canonical spelling: no character of the file may change unnoticed
    if raw is None or len(raw) != size or _b64(raw) != value:
        raise IdentityError(t("{path}: the field {field} is not valid", path=path,
                              field=field))
    return raw


def parse_identity(data: bytes, path: str = "") -> Identity:
    """The identity in the bytes of a registration file; :class:`IdentityError` naming
    *path* and what is wrong when they are not a sound registration file."""
    path = str(path)
    if not data.strip():
        raise IdentityError(t("{path}: the file is empty", path=path))
    if len(data) > MAX_IDENTITY_BYTES:
        raise IdentityError(t("{path}: too large for a registration file ({size} bytes)",
                              path=path, size=len(data)))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityError(t("{path}: not a registration file of WFH Desktop (not a "
                              "text file)", path=path)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and exc.pos >= len(text.rstrip()):
            raise IdentityError(t("{path}: the file is cut off (truncated); ask for it "
                                  "again", path=path)) from None
        raise IdentityError(t("{path}: not a registration file of WFH Desktop (not JSON: "
                              "line {line}, column {column})", path=path, line=exc.lineno,
                              column=exc.colno)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else None
        raise IdentityError(t("{path}: not a registration file of WFH Desktop (format {found}, "
                              "expected {expected})", path=path, found=found or "-",
                              expected=FORMAT))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise IdentityError(t("{path}: the field {field} is not valid", path=path,
                              field="version"))
    if version > VERSION:
        raise IdentityError(t("{path}: written by a newer version of WFH Desktop "
                              "(registration file version {found}; this version reads "
                              "{known}): install the newer version", path=path,
                              found=version, known=VERSION))
    public_key = _decode_b64(path, doc, "public_key", 32)
    signature = _decode_b64(path, doc, "signature", 64)
    fields = {k: v for k, v in doc.items() if k != "signature"}
    if not verify(public_key, _canonical(fields), signature):
        raise IdentityError(t("{path}: the signature does not match the content: the file "
                              "was changed or damaged after it was written; ask for a new "
                              "one", path=path))
    for field in ("site_id", "role", "name", "created_at"):
        if not isinstance(doc.get(field), str):
            raise IdentityError(t("{path}: the field {field} is missing", path=path,
                                  field=field))
    try:
        site_id = str(uuid.UUID(doc["site_id"]))
    except ValueError:
        site_id = None
    if site_id != doc["site_id"]:
        raise IdentityError(t("{path}: the field {field} is not valid", path=path,
                              field="site_id"))
    role, unit_code = doc["role"], doc.get("unit_code")
    if role not in ROLES or (role == "opd" and not (isinstance(unit_code, str)
                                                    and unit_code.strip())) \
            or (role == "bkd" and unit_code is not None):
        raise IdentityError(t("{path}: the field {field} is not valid", path=path,
                              field="role"))
    return Identity(site_id=site_id, role=role, unit_code=unit_code, name=doc["name"],
                    public_key=public_key, created_at=doc["created_at"], path=path)


def read_identity(path) -> Identity:
    """The registration file at *path*, checked (format, version, signature)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_IDENTITY_BYTES + 1)
    except OSError as exc:
        raise IdentityError(t("cannot read the file {path}: {reason}", path=str(path),
                              reason=exc.strerror or str(exc))) from None
    return parse_identity(data, str(path))


# --- peers -------------------------------------------------------------------------------

def list_peers(db) -> list[dict]:
    """The registered peers (rows of ``peers``: site_id, role, unit_code, name,
    public_key, fingerprint, created_at, trusted_at, trusted_by)."""
    return sql.list_peers(db)


def peer(db, site_id: str) -> dict | None:
    return sql.peer_by_site_id(db, site_id)


def site_label(role: str | None, unit_code: str | None, name: str = "") -> str:
    """``OPD DINKES (Dinas Kesehatan)``, ``BKD (BKD Provinsi)``."""
    label = role_label(role, unit_code)
    return f"{label} ({name})" if name and name != label else label


def _peer_label(row) -> str:
    return site_label(row["role"], row["unit_code"], row["name"])


@action("sync")
def trust(db, path, fingerprint_read: str) -> TrustResult:
    """Register the peer of the registration file at *path* after the fingerprint read
    aloud by the other office (*fingerprint_read*) was compared with the file's.

    Refused (:class:`TrustRefused` or :class:`IdentityError`, nothing changed): a damaged
    or forged file, a different fingerprint, this installation's own file, a peer of the
    wrong role (an OPD registers the BKD, the BKD registers OPDs), a second BKD at an
    OPD, a second installation for one OPD unit at the BKD, a known site id with another
    key.  Registering the same peer again changes nothing (or its name and unit, signed
    by the same key)."""
    path = str(path)
    me = site_info(db)
    if me.role is None:
        raise TrustRefused(t("first say what this installation is: wfh-desktop site --role "
                             "bkd|opd [--unit CODE]"))
    if not valid_fingerprint(fingerprint_read):
        raise TrustRefused(t("{value} is not a fingerprint: it has 16 letters and digits "
                             "like K7QD-3MZP-A2XE-LW5N", value=fingerprint_read))
    ident = read_identity(path)
    if ident.site_id == me.site_id or ident.public_key == me.public_key:
        raise TrustRefused(t("{path}: this is the registration file of this installation "
                             "itself", path=path))
    if not same_fingerprint(ident.fingerprint, fingerprint_read):
        raise TrustRefused(t(
            "{path}: the fingerprint of this file is not {read} as read over the phone: ask "
            "the other office to read it again slowly; if it still differs, the file may not "
            "come from the office you think; it was not registered",
            path=path, read=fingerprint_read.strip()))
    wanted = "bkd" if me.role == "opd" else "opd"
    if ident.role != wanted:
        raise TrustRefused(t("{path}: the file is of {theirs}; an OPD registers the BKD "
                             "and the BKD registers OPDs (this installation is {mine})",
                             path=path, theirs=site_label(ident.role, ident.unit_code,
                                                          ident.name),
                             mine=role_label(me.role, me.unit_code)))
    known = sql.peer_by_site_id(db, ident.site_id)
    if known is not None and bytes(known["public_key"]) != ident.public_key:
        raise TrustRefused(t(
            "{path}: site {site} is registered already with another key (fingerprint "
            "{known}); this file has {actual}", path=path, site=ident.site_id,
            known=known["fingerprint"], actual=ident.fingerprint))
    same_key = sql.peer_by_public_key(db, ident.public_key)
    if same_key is not None and same_key["site_id"] != ident.site_id:
        raise TrustRefused(t(
            "{path}: this key is registered already for site {site}", path=path,
            site=same_key["site_id"]))
    if wanted == "bkd":
        others = sql.peers_with_role(db, "bkd")
    else:
        others = sql.peers_with_role(db, "opd", ident.unit_code)
    others = [o for o in others if o["site_id"] != ident.site_id]
    if others:
        o = others[0]
        raise TrustRefused(t(
            "{path}: {peer} is registered already (site {site}, fingerprint {known}, since "
            "{date}); this file is of another installation (site {other}, fingerprint "
            "{actual})", path=path, peer=_peer_label(o), site=o["site_id"],
            known=o["fingerprint"], date=o["trusted_at"][:10], other=ident.site_id,
            actual=ident.fingerprint))
    values = {"role": ident.role, "unit_code": ident.unit_code, "name": ident.name,
              "created_at": ident.created_at}
    if known is not None:
        if all(known[k] == v for k, v in values.items()):
            return TrustResult(known, "unchanged")
        sql.update_peer(db, ident.site_id, **values)
        return TrustResult(sql.peer_by_site_id(db, ident.site_id), "updated")
    sql.insert_peer(db, dict(values, site_id=ident.site_id, public_key=ident.public_key,
                             fingerprint=ident.fingerprint, trusted_at=now_iso(),
                             trusted_by=accounts.who(db)))
    return TrustResult(sql.peer_by_site_id(db, ident.site_id), "new")
