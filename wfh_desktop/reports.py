"""Daily work reports (laporan kinerja harian): what staff at home send by WhatsApp and
e-mail, filed per staff member and day, verified by their supervisor.

A report belongs to one staff member and one day.  It holds the text as it was sent
(several messages of one sender for one day are one report, appended in the order they
were sent), the activity items read from its numbered or bulleted lines, the names of the
attached files, the channel and when it was received, and the supervisor's verdict
(pending, accepted, returned) with a note.  More content arriving later sends a report
back to pending: it has to be looked at again.

Importing (:func:`import_reports`): a WhatsApp chat export (``.txt``, or the ``.zip``
WhatsApp makes "with media"), an ``.eml`` message or an ``.mbox`` mailbox.  Each message
is matched to a staff member by a remembered alias, by e-mail address, by phone number
(``+62 812-...``, ``0812...`` and ``62812...`` are the same number) or by name (titles,
honorifics and case ignored: "Dr. Hj. Siti Rahmah, S.E., M.Si." is "Siti Rahmah").  A
message that names its date ("Laporan 23 Maret 2020", "laporan tgl 23/03/2020", "Senin,
23 Maret 2020") in its first lines is filed under that date (if it is not in the future
and at most 45 days back); a message without a date sent by the same person within 15
minutes of one that named a date goes with it; any other message is filed under the day
it was sent.  Every message is recorded by a hash of sender, time, text and attachments
(and its repetition in the file), so importing the same export twice, or a longer export
of the same chat, adds only what is new.  Senders nobody can match (or who match several
staff) go to the review list with their messages; :func:`assign_sender` files them and
remembers the sender for later imports.

The GUI calls: :func:`import_reports`, :func:`review_list`, :func:`assign_sender`,
:func:`ignore_sender`, :func:`rematch_pending`, :func:`review_queue`, :func:`get_report`,
:func:`report_messages`, :func:`review_report`, :func:`save_items`, :func:`add_report`,
:func:`missing_reports`, :func:`reminder_text`, :func:`whatsapp_link`, :func:`daily_sheet`,
:func:`period_sheet`, :func:`export_reports` (and :mod:`wfh_desktop.pdf.report_form` to
print).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import urllib.parse
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import db as store
from db import register as register_sql
from db import reports as sql

from .i18n import t
from .register import new_id, now_iso
from .settings import MONTHS_ID, format_date_id
from .staff import ESELONS, PANGKAT
from .tabular import Column, FileError, unpacked_size_error, write_table
from .whatsapp import ChatFormatError, clean, decode, normalise_phone, parse_chat
from .accounts import action

CHANNELS = ("whatsapp", "email", "paper", "other")
CHANNEL_ALIASES = {
    "whatsapp": "whatsapp", "wa": "whatsapp", "email": "email", "e-mail": "email",
    "mail": "email", "surel": "email", "paper": "paper", "kertas": "paper", "other": "other",
    "lain": "other", "lainnya": "other",
}
VERDICTS = ("pending", "accepted", "returned")
VERDICT_ALIASES = {
    "pending": "pending", "menunggu": "pending", "accepted": "accepted", "accept": "accepted",
    "diterima": "accepted", "terima": "accepted", "returned": "returned", "return": "returned",
    "dikembalikan": "returned", "kembalikan": "returned",
}
NAMED_DATE_WINDOW = 45  # days back a named date may lie from the day the message was sent
FOLLOW_UP_MINUTES = 15  # a dateless message this soon after a dated one goes with it
MAX_TEXT = 20_000

REPORT_FILE = [
    Column("date", "tanggal"), Column("nip", "nip"), Column("nik", "nik"),
    Column("nama", "name"), Column("channel", "saluran"), Column("received_at", "diterima"),
    Column("text", "teks"), Column("verdict", "verifikasi"), Column("note", "catatan"),
]


class ReportError(ValueError):
    """A request the reports cannot carry out (unknown report, bad verdict, ...)."""


# --- reading the content of a message ----------------------------------------------------

@dataclass
class Item:
    """One activity: "Uraian Kegiatan", "Output / Hasil", "Volume", "Satuan", "Keterangan"."""
    description: str
    output: str = ""
    volume: float | None = None
    unit: str = ""
    note: str = ""

    @property
    def volume_text(self) -> str:
        """``3``, ``1,5`` (Indonesian decimal comma) or empty."""
        if self.volume is None:
            return ""
        if float(self.volume).is_integer():
            return str(int(self.volume))
        return f"{self.volume:g}".replace(".", ",")


_ITEM = re.compile(
    r"^\s*(?:(?P<num>\d{1,3})(?:[.)]\s+|\)|\.\)\s*)|(?P<bullet>[-*\u2022\u00b7\u2013\u2014\u25aa"
    r"\u25b8\u25ba\u27a2\u2713\u2714\u2705\u2611\u2192>\u25cf\u25cb\u25e6\u25fe\u25ab])\s*)"
    r"(?P<body>\S.*)$")
_NUMBER = r"(?P<vol>\d{1,6}(?:[.,]\d{1,3})?)"
_UNITS = (
    "dokumen", "dok", "berkas", "laporan", "kegiatan", "keg", "surat", "file", "naskah",
    "lembar", "lbr", "kali", "jam", "menit", "orang", "org", "paket", "set", "eksemplar",
    "eks", "buah", "bh", "data", "konsep", "draf", "draft", "rekap", "nota", "usulan",
    "pegawai", "sk", "spj", "kwitansi", "kuitansi", "bundel", "map", "halaman", "hlm",
    "slide", "materi", "peserta", "pasien", "sampel", "unit", "item", "entri", "record",
    "baris", "tabel", "video", "foto", "pesan", "email", "e-mail", "panggilan", "pertemuan",
    "rapat", "sesi", "modul", "soal", "siswa", "kelas", "desa", "kecamatan", "lokasi",
    "titik", "rumah", "kk", "jiwa", "aplikasi", "akun", "permohonan", "izin", "sertifikat",
    "dokumen.", "buku", "judul", "artikel", "berita", "postingan", "konten", "poster",
    "desain", "ruang", "ruangan", "perangkat", "komputer", "pc", "server", "jaringan",
)
_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_VOL_PAREN = re.compile(rf"\s*[(\[]\s*{_NUMBER}\s+(?P<unit>[^\W\d_][\w\-/ ]{{0,24}}?)\s*[)\]]"
                        r"\s*[.;,]?\s*$")
_VOL_SEP = re.compile(rf"\s*(?:[:=|;,]|\s[-\u2013]|\bsebanyak|\bjumlah|\btotal|\bvolume)\s*"
                      rf"{_NUMBER}\s+(?P<unit>[^\W\d_][\w\-/]{{0,20}}(?: [^\W\d_][\w\-/]"
                      r"{0,20})?)\s*[.;]?\s*$", re.I)
_VOL_TAIL = re.compile(rf"\s+{_NUMBER}\s+(?P<unit>{_UNIT_WORDS})\s*[.;]?\s*$", re.I)
_DIGIT = re.compile(r"\d")
# "hasil: ..." is found in steps, not by one regular expression: the one that did it
# backtracked over runs of spaces or separators and took minutes on a long line
_OUTPUT_KEY = re.compile(r"\b(?:output|hasil(?:nya)?|luaran)\s*[:=]", re.I)
_OUTPUT_STOP = re.compile(r"[;|()]")
_LEAD = ",;(-"  # with white space: what may stand before "hasil:" and goes with it
_TRAILING = ":;,=|-\u2013"  # with white space: what a description does not end with


def _find_output(rest: str) -> tuple[int, int, str] | None:
    """(start, end, text) of the first ``hasil: text`` (``output = text`` ...) whose text
    runs to ``;``, ``|``, ``)`` or the end of *rest*; start includes the separators before
    the word, end stops before the closing character."""
    for key in _OUTPUT_KEY.finditer(rest):
        begin = key.end()
        stop = _OUTPUT_STOP.search(rest, begin)
        end = len(rest) if stop is None else stop.start()
        if end == begin or (stop is not None and rest[end] == "("):
            continue
        start = key.start()
        while start and (rest[start - 1].isspace() or rest[start - 1] in _LEAD):
            start -= 1
        return start, end, rest[begin:end]
    return None


def _strip_trailing(text: str) -> str:
    """*text* without white space and separators at its end."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return text[:end]


def parse_item(line: str) -> Item | None:
    """The activity of a numbered or bulleted line (None for any other line).

    ``3. Menyusun laporan keuangan (3 dokumen)`` gives the description "Menyusun laporan
    keuangan", volume 3, unit "dokumen"; ``- Verifikasi berkas: 15 berkas``, ``... sebanyak
    2 kegiatan`` and ``... 4 jam`` (a known unit at the end) likewise.  ``hasil: ...`` or
    ``output: ...`` fills the output.  Whatever cannot be read with confidence stays in the
    description as written."""
    line = clean(line)
    first = line.lstrip()[:1]
    if not first or (first.isalpha() and not first.isdigit()):
        return None  # most lines: no number or bullet in front
    m = _ITEM.match(line)
    if not m:
        return None
    body = m["body"].strip()
    item = Item(body)
    rest = body
    lower = rest.lower()
    if "hasil" in lower or "output" in lower or "luaran" in lower:
        out = _find_output(rest)
        if out:
            start, end, value = out
            item.output = value.strip().rstrip(".,")
            rest = (rest[:start] + rest[end:]).strip()
            rest = re.sub(r"^[;|)]\s*", "", rest)
    if _DIGIT.search(rest):
        cut = max(0, len(rest) - 80)  # a volume stands at the end: look only there
        tail = rest[cut:]
        closed = tail.rstrip(" .;,").endswith((")", "]"))
        for pattern in ((_VOL_PAREN, _VOL_SEP, _VOL_TAIL) if closed else (_VOL_SEP, _VOL_TAIL)):
            v = pattern.search(tail)
            if v and cut + v.start() > 0:
                item.volume = float(v["vol"].replace(",", "."))
                item.unit = v["unit"].strip().rstrip(".")
                rest = rest[:cut + v.start()]
                break
    rest = _strip_trailing(rest).strip()
    item.description = rest or body
    return item


def parse_items(text: str) -> list[Item]:
    """The activity items of a report's text: its numbered or bulleted lines."""
    out = []
    for line in text.splitlines():
        item = parse_item(line)
        if item is not None:
            out.append(item)
    return out


_MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "pebruari": 2, "feb": 2,
    "peb": 2, "february": 2, "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4,
    "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agst": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "october": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12,
    "dec": 12, "december": 12,
}
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_WORDS = re.compile(rf"\b(?P<d>\d{{1,2}})\s*(?P<m>{_MONTH_WORDS})\.?(?:\s*,?\s*(?P<y>\d{{4}}|"
                         rf"\d{{2}}(?!\d)))?(?![a-z])", re.I)
_DATE_WORDS_EN = re.compile(rf"\b(?P<m>{_MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                            r",?\s+(?P<y>\d{4})\b", re.I)
_DATE_NUMBERS = re.compile(r"(?<![\d.:/\-])(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-]"
                           r"(?P<y>\d{4}|\d{2})(?![\d:/\-]|\.\d)")


def _candidate_dates(line: str, sent: dt.date):
    for pattern in (_DATE_WORDS, _DATE_WORDS_EN, _DATE_NUMBERS):
        for m in pattern.finditer(line):
            month = m["m"]
            month = _MONTHS[month.lower()] if not month.isdigit() else int(month)
            year = m["y"]
            if year is None:
                year = sent.year
            else:
                year = int(year) + (2000 if len(year) == 2 else 0)
            try:
                day = dt.date(year, month, int(m["d"]))
            except ValueError:
                continue
            if m["y"] is None and day > sent:
                try:
                    day = day.replace(year=day.year - 1)
                except ValueError:
                    continue
            yield m.start(), day


def named_date(text: str, sent: dt.date, *, heading_lines: int = 3) -> dt.date | None:
    """The date a message says it reports on, found in its first lines before the first
    activity item (dates further down are the subject of the work, not of the report).
    A date in the future of *sent*, or more than 45 days before it, is not taken."""
    seen = 0
    try:
        earliest = sent - dt.timedelta(days=NAMED_DATE_WINDOW)
    except OverflowError:  # sent in the first days of year 1 (a damaged export)
        earliest = dt.date.min
    for line in text.splitlines():
        bare = clean(line).strip()
        if not bare:
            continue
        if parse_item(bare) is not None or seen >= heading_lines:
            break
        seen += 1
        if not _DIGIT.search(bare):
            continue
        found = sorted(_candidate_dates(bare, sent), key=lambda p: p[0])
        for _pos, day in found:
            if earliest <= day <= sent:
                return day
    return None


# --- names, phones and the people behind them ---------------------------------------------

_HONORIFICS = {"bapak", "pak", "bpk", "bp", "ibu", "bu", "ibuk", "buk", "mas", "mbak", "mba",
               "kak", "bang", "abang", "dik", "adik", "om", "tante", "yth", "sdr", "sdri",
               "saudara", "saudari", "bunda", "ayah", "umi", "abah", "abi", "acil", "amang",
               "pakde", "bude", "budhe", "mbok", "kang", "teh", "uda", "uni"}
_PREFIX_TITLES = {"dr", "drs", "dra", "ir", "h", "hj", "haji", "hajjah", "prof", "kh", "ust",
                  "ustadz", "ustadzah", "ustad", "tgk", "apt", "drg", "ns", "dt", "dg",
                  "drh"}
_DEGREES = {"se", "msi", "sh", "mh", "mm", "spd", "mpd", "skom", "mkom", "st", "mt", "ssos",
            "sip", "sap", "map", "sak", "mak", "amd", "amdkom", "amdak", "ssi", "ss", "mhum",
            "shum", "ked", "sked", "spdi", "mpdi", "sag", "mag", "bsc", "msc", "phd", "mba",
            "ak", "cpa", "skm", "mkes", "skep", "sfarm", "sgz", "stp", "sp", "mp", "ssn",
            "msn", "siip", "mkn", "sei", "shi", "mhi", "sthi", "spsi", "mpsi", "ssos"}
_GIVEN_VARIANTS = {"m": "muhammad", "muh": "muhammad", "moh": "muhammad", "mhd": "muhammad",
                   "muhd": "muhammad", "mohammad": "muhammad", "muhamad": "muhammad",
                   "mohamad": "muhammad", "muhammed": "muhammad", "akhmad": "ahmad",
                   "achmad": "ahmad", "ach": "ahmad", "ahmat": "ahmad"}
_DOTTED_DEGREE = re.compile(r"^(?:[a-z]{1,4}\.){2,}[a-z]{0,4}\.?$", re.I)
_NON_NAME = re.compile(r"[^\w\s.,'\-]", re.UNICODE)


def name_key(name: str) -> str:
    """A person's name without titles, honorifics, degrees, punctuation and case:
    ``Dr. Hj. Siti Rahmah, S.E., M.Si.`` and ``bu siti rahmah`` both give
    ``siti rahmah``; ``M. Ridwan`` and ``Muhammad Ridwan`` both ``muhammad ridwan``."""
    text = _NON_NAME.sub(" ", clean(name or "")).replace("_", " ")
    text = text.split(",")[0]
    words = []
    for raw in text.split():
        if _DOTTED_DEGREE.match(raw):
            continue
        word = raw.strip(".'-").lower().replace(".", "")
        if not word or word in _HONORIFICS or word in _DEGREES:
            continue
        if word in _PREFIX_TITLES and not words:
            continue
        words.append(_GIVEN_VARIANTS.get(word, word))
    return " ".join(words)


def title_words(name: str) -> frozenset[str]:
    """The titles and degrees in a name, without dots and case: ``Dr. Hj. Siti Rahmah, S.E.,
    M.Si.`` gives {dr, hj, se, msi}.  They tell namesakes apart."""
    text = _NON_NAME.sub(" ", clean(name or "")).replace("_", " ")
    head, _, tail = text.partition(",")
    out = {w.strip(".'-").lower().replace(".", "") for w in tail.replace(",", " ").split()}
    words = head.split()
    for raw in words:
        word = raw.strip(".'-").lower().replace(".", "")
        if _DOTTED_DEGREE.match(raw) or word in _DEGREES:
            out.add(word)
    for raw in words:  # the prefixes: Dr., Hj., Ir. ... before the name itself
        word = raw.strip(".'-").lower().replace(".", "")
        if word in _HONORIFICS:
            continue
        if word not in _PREFIX_TITLES:
            break
        out.add(word)
    out.discard("")
    return frozenset(out)


def sender_key(channel: str, sender: str, phone: str = "", address: str = "") -> str:
    """How a sender is remembered: ``tel:6281234567890`` for a number, ``mail:x@y.id`` for
    an e-mail address, ``wa:<name as shown, lower case>`` for a saved WhatsApp contact."""
    if address:
        return f"mail:{address.strip().lower()}"
    if phone:
        return f"tel:{phone}"
    return f"{'wa' if channel == 'whatsapp' else channel}:{' '.join(sender.lower().split())}"


@dataclass
class Match:
    staff_id: str | None  # None: unknown, ambiguous or ignored
    reason: str  # "alias", "email", "phone", "name", "ignored", "unknown", "ambiguous"
    candidates: list[str] = field(default_factory=list)


class Matcher:
    """Matches senders to staff: built once per import from the register and the aliases."""

    MAX_CANDIDATES = 8

    def __init__(self, staff: list[tuple], aliases: dict[str, str | None]):
        self.aliases = aliases
        self.active: dict[str, bool] = {}
        self.by_phone: dict[str, list[str]] = defaultdict(list)
        self.by_email: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.titles: dict[str, frozenset[str]] = {}
        for sid, name, phone, email, active in staff:
            self.active[sid] = bool(active)
            self.titles[sid] = title_words(name)
            p = normalise_phone(phone or "")
            if p:
                self.by_phone[p].append(sid)
            if email:
                self.by_email[email.strip().lower()].append(sid)
            key = name_key(name)
            if key:
                self.by_name[key].append(sid)
                for word in key.split():
                    self.by_word[word].add(sid)

    @classmethod
    def load(cls, db) -> "Matcher":
        return cls(sql.staff_for_matching(db), sql.aliases(db))

    def _pick(self, ids: list[str], reason: str, label: str = "") -> Match:
        """One of several staff: the only one, the only active one, or the only one whose
        titles include all those the sender's label carries (namesakes differ in them)."""
        if len(ids) == 1:
            return Match(ids[0], reason)
        active = [i for i in ids if self.active.get(i)]
        if len(active) == 1:
            return Match(active[0], reason)
        titles = title_words(label) if label else frozenset()
        if titles:
            fitting = [i for i in ids if titles <= self.titles.get(i, frozenset())]
            if len(fitting) == 1:
                return Match(fitting[0], reason)
        return Match(None, "ambiguous", sorted(ids)[:self.MAX_CANDIDATES])

    def _similar(self, key: str) -> list[str]:
        words = key.split()
        if not words:
            return []
        sets = [self.by_word.get(w, set()) for w in words]
        common = set.intersection(*sets) if all(sets) else set()
        if not common or len(common) > self.MAX_CANDIDATES:
            return []
        return sorted(common)

    def match(self, key: str, sender: str, phone: str = "", address: str = "") -> Match:
        if key in self.aliases:
            sid = self.aliases[key]
            return Match(sid, "alias" if sid else "ignored")
        if address:
            ids = self.by_email.get(address.lower())
            if ids:
                return self._pick(ids, "email")
            return Match(None, "unknown", self._similar(name_key(sender)) if sender else [])
        if phone:
            ids = self.by_phone.get(phone)
            if ids:
                return self._pick(ids, "phone")
            return Match(None, "unknown")
        nkey = name_key(sender)
        ids = self.by_name.get(nkey)
        if ids:
            return self._pick(ids, "name", sender)
        return Match(None, "unknown", self._similar(nkey))


# --- messages from files -----------------------------------------------------------------

@dataclass
class Incoming:
    """A message as read from a file, before matching."""
    channel: str
    sender: str  # as shown (name or number), or the e-mail's display name
    phone: str  # normalised, or ""
    address: str  # e-mail address, or ""
    sent_at: dt.datetime
    text: str
    attachments: list[str]
    subject: str = ""
    where: str = ""  # "line 12" or "message 3", for messages

    @property
    def key(self) -> str:
        return sender_key(self.channel, self.sender, self.phone, self.address)

    @property
    def label(self) -> str:
        if self.address:
            return f"{self.sender} <{self.address}>" if self.sender else self.address
        return self.sender

    def content(self) -> str:
        """The text a report keeps: the subject line of an e-mail, then the body."""
        if self.subject and self.channel == "email":
            return f"{self.subject}\n{self.text}" if self.text else self.subject
        return self.text


@dataclass
class SourceFile:
    kind: str  # "whatsapp", "email" or "mbox"
    messages: list[Incoming]
    day_first: bool | None = None
    order_evidence: str = ""
    system_lines: int = 0
    deleted: int = 0


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileError(path, t("cannot read the file: {reason}",
                                reason=exc.strerror or str(exc))) from exc


def _chat(path: Path, data: bytes) -> SourceFile:
    try:
        chat = parse_chat(decode(data))
    except UnicodeDecodeError as exc:  # a byte-order mark promised UTF-8 or UTF-16
        raise FileError(path, t("the file is marked as {encoding} text but is not valid "
                                "{encoding}", encoding=exc.encoding.upper()[:6])  # UTF-8, UTF-16
                        ) from None
    except ChatFormatError as exc:
        raise FileError(path, str(exc)) from None
    msgs = [Incoming("whatsapp", m.sender, m.phone, "", m.sent_at, m.text, m.attachments,
                     where=t("line {line}", line=m.line)) for m in chat.messages]
    return SourceFile("whatsapp", msgs, chat.day_first, chat.order_evidence,
                      chat.system_lines, chat.deleted)


def _chat_zip(path: Path) -> SourceFile:
    try:
        with zipfile.ZipFile(path) as zf:
            texts = [n for n in zf.namelist() if n.lower().endswith(".txt")]
            if not texts:
                raise FileError(path, t("the archive holds no chat (.txt) file"))
            name = next((n for n in texts if Path(n).name.lower() == "_chat.txt"), None)
            if name is None:
                name = texts[0]
            too_big = unpacked_size_error(path, zf.getinfo(name).file_size)
            if too_big is not None:
                raise too_big
            data = zf.read(name)
    # a damaged or unusual archive: bad CRC or data (BadZipFile, zlib.error, EOFError), an
    # unknown compression method (NotImplementedError), a password (RuntimeError)
    except (zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError,
            RuntimeError) as exc:
        raise FileError(path, t("cannot read the file: {reason}",
                                reason=str(exc) or type(exc).__name__)) from None
    return _chat(path, data)


def _mail(path: Path, kind: str) -> SourceFile:
    from .mail import MailFormatError, read_eml, read_mbox

    try:
        messages = read_mbox(path) if kind == "mbox" else read_eml(path)
    except MailFormatError as exc:
        raise FileError(path, str(exc)) from None
    except OSError as exc:
        raise FileError(path, t("cannot read the file: {reason}",
                                reason=exc.strerror or str(exc))) from None
    msgs = [Incoming("email", m.sender, "", m.address, m.sent_at, m.text, m.attachments,
                     subject=m.subject, where=t("message {number}", number=m.number))
            for m in messages]
    return SourceFile(kind, msgs)


def read_source(path) -> SourceFile:
    """The messages of a WhatsApp export (``.txt``, ``.zip``), an ``.eml`` file or an
    ``.mbox`` mailbox; other names are recognised by their content.  :class:`FileError`
    naming the file (and the line or message) when it is none of these."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _chat_zip(path)
    if suffix == ".eml":
        return _mail(path, "email")
    if suffix == ".mbox":
        return _mail(path, "mbox")
    data = _read_bytes(path)
    if suffix != ".txt":
        if data.startswith(b"From "):
            return _mail(path, "mbox")
        if re.match(rb"^(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n)+", data.lstrip()) and \
                re.search(rb"^From:", data, re.M | re.I):
            return _mail(path, "email")
    return _chat(path, data)


# --- storing -------------------------------------------------------------------------------

@dataclass
class ImportResult:
    """What :func:`import_reports` did."""
    path: str
    kind: str
    messages: int = 0  # read from the file
    duplicates: int = 0  # already imported before
    filed: int = 0  # new messages filed in reports
    pending: int = 0  # new messages waiting for their sender to be reviewed
    ignored: int = 0  # new messages of senders set aside
    created: int = 0  # reports created
    extended: int = 0  # existing reports that got more
    senders: list[str] = field(default_factory=list)  # sender keys waiting for review
    rematched: int = 0  # earlier waiting messages the register now identifies, filed
    day_first: bool | None = None
    order_evidence: str = ""
    system_lines: int = 0


@dataclass
class _Prepared:
    hash: str
    incoming: Incoming
    key: str
    report_date: dt.date
    match: Match


def message_hash(channel: str, sender: str, sent_at: dt.datetime, text: str,
                 attachments: list[str], occurrence: int = 0) -> str:
    """The stable identity of a message: sender, time, text, attachments and, for the same
    message repeated at the same minute, its repetition."""
    parts = [channel, sender, sent_at.isoformat(timespec="seconds"), text,
             "\x1e".join(attachments), str(occurrence)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _report_dates(messages: list[Incoming]) -> list[dt.date]:
    """The report date of each message (see the module's note)."""
    out = []
    last: dict[str, tuple[dt.datetime, dt.date]] = {}  # sender -> last dated message
    follow = dt.timedelta(minutes=FOLLOW_UP_MINUTES)
    for m in messages:
        key = m.key
        day = named_date(m.content(), m.sent_at.date())
        if day is None:
            prev = last.get(key)
            if prev and dt.timedelta(0) <= m.sent_at - prev[0] <= follow:
                day = prev[1]
        if day is None:
            day = m.sent_at.date()
            last.pop(key, None)
        else:
            last[key] = (m.sent_at, day)
        out.append(day)
    return out


def _prepare(messages: list[Incoming], matcher: Matcher) -> list[_Prepared]:
    seen: dict[str, int] = defaultdict(int)
    dates = _report_dates(messages)
    matches: dict[tuple, Match] = {}
    out = []
    for m, day in zip(messages, dates):
        who = m.address or m.sender
        content = m.content()
        base = message_hash(m.channel, who, m.sent_at, content, m.attachments)
        occurrence = seen[base]
        seen[base] += 1
        h = base if not occurrence else message_hash(m.channel, who, m.sent_at, content,
                                                     m.attachments, occurrence)
        key = m.key
        mkey = (key, m.sender)
        if mkey not in matches:
            matches[mkey] = matcher.match(key, m.sender, m.phone, m.address)
        out.append(_Prepared(h, m, key, day, matches[mkey]))
    return out


def _stamp(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def _file(db, batch: list[tuple[str, str, dt.date, Incoming]], now: str
          ) -> tuple[int, int, list[tuple[str, str]]]:
    """File messages, given as (hash, staff id, report date, message) in the order sent,
    into reports: appended to the report of that staff member and day, or a new one.
    Returns (reports created, reports extended, (report id, hash) of each message).  Runs
    inside the caller's transaction."""
    groups: dict[tuple[str, str], list[tuple[str, Incoming]]] = {}
    for h, staff_id, day, m in batch:
        groups.setdefault((staff_id, day.isoformat()), []).append((h, m))
    existing = sql.reports_for(db, list(groups))
    new_rows, extend_rows, item_rows, filed = [], [], [], []
    for key, msgs in groups.items():
        texts = [m.content() for _h, m in msgs if m.content().strip()]
        attachments = [a for _h, m in msgs for a in m.attachments]
        items = [item for _h, m in msgs for item in parse_items(m.text)]
        first = min(m.sent_at for _h, m in msgs)
        old = existing.get(key)
        if old is None:
            rid = new_id()
            new_rows.append((rid, key[0], key[1], msgs[0][1].channel, _stamp(first),
                             "\n\n".join(texts)[:MAX_TEXT],
                             json.dumps(attachments, ensure_ascii=False), "pending", "", "",
                             None, now, now))
            start = 1
        else:
            rid = old["id"]
            text = "\n\n".join(([old["text"]] if old["text"] else []) + texts)[:MAX_TEXT]
            extend_rows.append((text, json.dumps(json.loads(old["attachments"]) + attachments,
                                                 ensure_ascii=False), _stamp(first), now, rid))
            start = old["items"] + 1
        item_rows += [(rid, start + i, it.description, it.output, it.volume, it.unit, it.note)
                      for i, it in enumerate(items)]
        filed += [(rid, h) for h, _m in msgs]
    sql.insert_reports(db, new_rows)
    sql.extend_reports(db, extend_rows)
    sql.insert_items(db, item_rows)
    return len(new_rows), len(extend_rows), filed


@action("reports.collect")
def store_messages(db, source: SourceFile, path: str = "") -> ImportResult:
    """Match, date, deduplicate and file the messages of *source* in one transaction."""
    result = ImportResult(str(path), source.kind, len(source.messages),
                          day_first=source.day_first, order_evidence=source.order_evidence,
                          system_lines=source.system_lines)
    now = now_iso()
    name = Path(path).name if path else ""
    with store.transaction(db):
        matcher = Matcher.load(db)
        prepared = _prepare(source.messages, matcher)
        known = sql.known_hashes(db, [p.hash for p in prepared])
        fresh = [p for p in prepared if p.hash not in known]
        result.duplicates = len(prepared) - len(fresh)
        to_file = [(p.hash, p.match.staff_id, p.report_date, p.incoming) for p in fresh
                   if p.match.staff_id]
        created, extended, filed = _file(db, to_file, now)
        report_of = dict((h, rid) for rid, h in filed)
        rows, senders = [], {}
        for p in fresh:
            m = p.incoming
            if p.match.staff_id:
                status = "filed"
            elif p.match.reason == "ignored":
                status = "ignored"
            else:
                status = "pending"
                if p.key not in senders:
                    senders[p.key] = (p.key, m.channel, m.label, m.phone, m.address,
                                      _stamp(m.sent_at), m.content()[:500],
                                      json.dumps(p.match.candidates), p.match.reason)
            rows.append((p.hash, status, report_of.get(p.hash), p.key, m.channel, m.sender,
                         m.phone, m.address, _stamp(m.sent_at), p.report_date.isoformat(),
                         m.content(), json.dumps(m.attachments, ensure_ascii=False), name,
                         now))
        sql.insert_messages(db, rows)
        sql.upsert_review_senders(db, list(senders.values()))
        earlier = _rematch(db, matcher, now, skip=set(senders))
    result.rematched = earlier.filed
    result.filed = len(filed)
    result.pending = sum(1 for r in rows if r[1] == "pending")
    result.ignored = sum(1 for r in rows if r[1] == "ignored")
    result.created, result.extended = created, extended
    result.senders = sorted(senders)
    return result


@action("reports.collect")
def import_reports(db, path) -> ImportResult:
    """``report import``: a WhatsApp export, an ``.eml`` or an ``.mbox``.  A file that
    cannot be read as one of them raises :class:`FileError` and nothing is written;
    unknown senders are not errors (they wait in :func:`review_list`)."""
    return store_messages(db, read_source(path), str(path))


# --- the review list ----------------------------------------------------------------------

@dataclass
class ReviewSender:
    """A sender nobody could match: what the GUI's review list shows."""
    sender_key: str
    channel: str
    label: str  # name as shown, number, or "Name <address>"
    phone: str
    email: str
    first_seen: str  # ISO time of their first message
    last_seen: str
    sample: str  # the beginning of their first message
    pending: int  # messages waiting
    reason: str  # "unknown" or "ambiguous"
    candidates: list[dict]  # staff who might be meant: id, name, nip, nik, unit_code


def review_list(db) -> list[ReviewSender]:
    """Senders waiting for a person to say who they are (oldest first)."""
    rows = sql.review_senders(db)
    wanted = {c for r in rows for c in json.loads(r["candidates"])}
    staff = {}
    for sid in wanted:
        s = register_sql.get_staff(db, sid)
        if s is not None:
            staff[sid] = {"id": sid, "name": s["name"], "nip": s["nip"] or "",
                          "nik": s["nik"] or "", "unit_code": s["unit_code"]}
    return [ReviewSender(r["sender_key"], r["channel"], r["label"], r["phone"], r["email"],
                         r["first_seen"], r["last_seen"] or r["first_seen"], r["sample"],
                         r["pending"], r["reason"],
                         [staff[c] for c in json.loads(r["candidates"]) if c in staff])
            for r in rows]


@dataclass
class AssignResult:
    filed: int  # messages filed
    created: int
    extended: int


@action("reports.collect")
def assign_sender(db, sender_key: str, staff_id: str, by: str = "") -> AssignResult:
    """Say who a sender is: their waiting messages are filed in that person's reports, and
    the sender is remembered for later imports.  KeyError for an unknown staff member."""
    staff = register_sql.get_staff(db, staff_id)
    if staff is None:
        raise KeyError(t("staff member not found"))
    now = now_iso()
    with store.transaction(db):
        waiting = sql.review_sender(db, sender_key)
        label = waiting["label"] if waiting else sender_key.split(":", 1)[-1]
        sql.set_alias(db, sender_key, staff_id, label, by, now)
        pending = sql.pending_messages(db, sender_key)
        batch = [(m["hash"], staff_id, dt.date.fromisoformat(m["report_date"]),
                  _stored_incoming(m)) for m in pending]
        created, extended, filed = _file(db, batch, now)
        sql.file_messages(db, filed)
        sql.delete_review_sender(db, sender_key)
    return AssignResult(len(filed), created, extended)


def _rematch(db, matcher: Matcher, now: str, skip: set[str] = frozenset()) -> AssignResult:
    """File the waiting messages of senders the register identifies by now (a phone number,
    an e-mail address or a name added or corrected since they came in)."""
    total = AssignResult(0, 0, 0)
    for waiting in sql.review_senders(db):
        key = waiting["sender_key"]
        if key in skip:
            continue
        pending = sql.pending_messages(db, key)
        if not pending:
            sql.delete_review_sender(db, key)
            continue
        first = pending[0]
        match = matcher.match(key, first["sender"], first["phone"], first["email"])
        if match.staff_id is None:
            continue
        batch = [(m["hash"], match.staff_id, dt.date.fromisoformat(m["report_date"]),
                  _stored_incoming(m)) for m in pending]
        created, extended, filed = _file(db, batch, now)
        sql.file_messages(db, filed)
        sql.delete_review_sender(db, key)
        total.filed += len(filed)
        total.created += created
        total.extended += extended
    return total


@action("reports.collect")
def rematch_pending(db) -> AssignResult:
    """After the register changed (a phone number or e-mail address added, a name
    corrected): file the waiting messages of the senders it now identifies.  Imports do
    this on their own; the GUI calls it after saving staff."""
    with store.transaction(db):
        return _rematch(db, Matcher.load(db), now_iso())


@action("reports.collect")
def ignore_sender(db, sender_key: str, by: str = "") -> int:
    """Set a sender aside (not a staff member: the group's admin, a colleague of another
    office): their waiting messages and later ones are kept but filed nowhere.  Returns
    the number of messages set aside."""
    now = now_iso()
    with store.transaction(db):
        waiting = sql.review_sender(db, sender_key)
        label = waiting["label"] if waiting else sender_key.split(":", 1)[-1]
        sql.set_alias(db, sender_key, None, label, by, now)
        n = sql.ignore_messages(db, sender_key)
        sql.delete_review_sender(db, sender_key)
    return n


def list_aliases(db) -> list[dict]:
    """The remembered senders: sender_key, label, staff_id (None: ignored), name, nip, nik."""
    return sql.list_aliases(db)


def _stored_incoming(row: dict) -> Incoming:
    return Incoming(row["channel"], row["sender"], row["phone"], row["email"],
                    dt.datetime.fromisoformat(row["sent_at"]), row["text"],
                    json.loads(row["attachments"]))


# --- one report ------------------------------------------------------------------------------

@dataclass
class Report:
    id: str
    staff_id: str
    date: dt.date
    channel: str
    received_at: str
    text: str
    attachments: list[str]
    verdict: str
    note: str
    reviewed_by: str
    reviewed_at: str | None
    items: list[Item]
    name: str = ""
    nip: str = ""
    nik: str = ""
    position: str = ""
    unit_code: str = ""
    unit_name: str = ""


def _report(row: dict, items: list[dict]) -> Report:
    return Report(row["id"], row["staff_id"], dt.date.fromisoformat(row["date"]),
                  row["channel"], row["received_at"], row["text"],
                  json.loads(row["attachments"]), row["verdict"], row["note"],
                  row["reviewed_by"], row["reviewed_at"],
                  [Item(i["description"], i["output"], i["volume"], i["unit"], i["note"])
                   for i in items],
                  row.get("name", ""), row.get("nip") or "", row.get("nik") or "",
                  row.get("position") or "", row.get("unit_code", ""), row.get("unit_name", ""))


def get_report(db, report_id: str) -> Report | None:
    row = sql.get_report(db, report_id)
    if row is None:
        return None
    return _report(row, sql.items_of(db, [report_id]).get(report_id, []))


def report_for(db, staff_id: str, day: dt.date) -> Report | None:
    row = sql.report_of(db, staff_id, day.isoformat())
    if row is None:
        return None
    return _report(row, sql.items_of(db, [row["id"]]).get(row["id"], []))


def report_messages(db, report_id: str) -> list[dict]:
    """The messages a report was made of (channel, sender, sent_at, text, attachments)."""
    out = sql.messages_of_report(db, report_id)
    for m in out:
        m["attachments"] = json.loads(m["attachments"])
    return out


def channel_of(value: str) -> str:
    key = (value or "").strip().lower()
    if key not in CHANNEL_ALIASES:
        raise ReportError(t("unknown channel {value}; use whatsapp, email, paper or other",
                            value=value))
    return CHANNEL_ALIASES[key]


@action("reports.collect")
def add_report(db, staff_id: str, day: dt.date, text: str, channel: str = "paper", *,
               attachments: list[str] | tuple = (), received_at: dt.datetime | None = None
               ) -> tuple[Report, bool]:
    """``report add``: a report typed in by the clerk (from paper, or copied from a
    message).  Appended to the staff member's report of that day if there is one; the same
    text added twice is recorded once.  Returns (the report, whether it changed)."""
    channel = channel_of(channel)
    text = (text or "").strip()
    if not text and not attachments:
        raise ReportError(t("the report is empty"))
    if len(text) > MAX_TEXT:
        raise ReportError(t("the report is too long: at most {n} characters", n=MAX_TEXT))
    staff = register_sql.get_staff(db, staff_id)
    if staff is None:
        raise KeyError(t("staff member not found"))
    when = received_at or dt.datetime.now().replace(microsecond=0)
    key = f"staff:{staff_id}"
    # the identity of a typed report: who, which day, what (not when it was typed)
    h = message_hash(channel, key, dt.datetime.combine(day, dt.time()), text,
                     list(attachments))
    now = now_iso()
    with store.transaction(db):
        if sql.known_hashes(db, [h]):
            changed = False
        else:
            m = Incoming(channel, staff["name"], "", "", when, text, list(attachments))
            _c, _e, filed = _file(db, [(h, staff_id, day, m)], now)
            sql.insert_messages(db, [(h, "filed", filed[0][0], key, channel, staff["name"], "",
                                      "", _stamp(when), day.isoformat(), text,
                                      json.dumps(list(attachments), ensure_ascii=False),
                                      "", now)])
            changed = True
    return report_for(db, staff_id, day), changed


@action("reports.collect")
def save_items(db, report_id: str, items: list[Item]) -> Report:
    """Replace the activity items of a report (the clerk corrected them)."""
    if sql.get_report(db, report_id) is None:
        raise KeyError(t("report not found"))
    rows = []
    for i, it in enumerate(items, start=1):
        if not it.description.strip():
            raise ReportError(t("activity {n}: the description is empty", n=i))
        rows.append((report_id, i, it.description.strip(), it.output.strip(), it.volume,
                     it.unit.strip(), it.note.strip()))
    with store.transaction(db):
        sql.replace_items(db, report_id, rows, now_iso())
    return get_report(db, report_id)


# --- verification ----------------------------------------------------------------------------

def verdict_of(value: str) -> str:
    key = (value or "").strip().lower()
    if key not in VERDICT_ALIASES:
        raise ReportError(t("unknown verdict {value}; use accepted, returned or pending",
                            value=value))
    return VERDICT_ALIASES[key]


@action("reports.verify")
def review_report(db, report_id: str, verdict: str, note: str = "", by: str = "") -> Report:
    """The supervisor's verdict: ``accepted``, ``returned`` (a note saying what to fix is
    required) or back to ``pending``."""
    verdict = verdict_of(verdict)
    note = " ".join((note or "").split())
    if verdict == "returned" and not note:
        raise ReportError(t("a returned report needs a note saying what to fix"))
    if len(note) > 1000:
        raise ReportError(t("the note is too long: at most {n} characters", n=1000))
    with store.transaction(db):
        if not sql.set_verdict(db, report_id, verdict, note, by or "",
                               now_iso() if verdict != "pending" else None):
            raise KeyError(t("report not found"))
    return get_report(db, report_id)


@dataclass
class QueueRow:
    """One report in a supervisor's queue."""
    report_id: str
    staff_id: str
    name: str
    nip: str
    nik: str
    position: str
    unit_code: str
    channel: str
    received_at: str
    verdict: str
    note: str
    items: int
    text: str
    attachments: list[str]


def _unit_scope(db, unit_code: str | None) -> list[str] | None:
    from .roster import unit_scope

    return unit_scope(db, unit_code)


def review_queue(db, unit_code: str | None, day: dt.date) -> list[QueueRow]:
    """The reports of a unit (with its sub-units; None: all) for one day, pending first,
    then returned, then accepted, each by name.  KeyError for an unknown unit code."""
    rows = sql.reports_between(db, day.isoformat(), day.isoformat(),
                               _unit_scope(db, unit_code))
    items = sql.items_of(db, [r["id"] for r in rows])
    order = {"pending": 0, "returned": 1, "accepted": 2}
    out = [QueueRow(r["id"], r["staff_id"], r["name"], r["nip"] or "", r["nik"] or "",
                    r["position"] or "", r["unit_code"], r["channel"], r["received_at"],
                    r["verdict"], r["note"], len(items.get(r["id"], [])), r["text"],
                    json.loads(r["attachments"])) for r in rows]
    out.sort(key=lambda q: (order.get(q.verdict, 9), q.name.lower()))
    return out


# --- who sent nothing ------------------------------------------------------------------------

@dataclass
class Missing:
    staff_id: str
    name: str
    nip: str
    nik: str
    position: str
    unit_code: str
    unit_name: str
    phone: str
    email: str
    sex: str | None
    reminder: str  # the polite reminder in Indonesian, for the GUI's copy button


@dataclass
class MissingList:
    date: dt.date
    expected: int  # staff working from home that day
    reported: int
    people: list[Missing]


REMINDER = ("Yth. {salutation} {name},\n"
            "mohon mengirimkan laporan kinerja harian hari {date} (bekerja dari rumah) "
            "melalui WhatsApp atau e-mail. Apabila laporan sudah dikirim, mohon abaikan pesan "
            "ini. Terima kasih.")


def salutation(sex: str | None) -> str:
    """``Bapak`` (L), ``Ibu`` (P), ``Bapak/Ibu`` when not known."""
    return {"L": "Bapak", "P": "Ibu"}.get((sex or "").upper(), "Bapak/Ibu")


def reminder_text(name: str, sex: str | None, day: dt.date, *, template: str = REMINDER) -> str:
    """The reminder a clerk sends to someone who has not reported, always in Indonesian:
    "Yth. Ibu Siti Rahmah, mohon mengirimkan laporan kinerja harian hari Senin, 23 Maret
    2020 ...".  *template* may use ``{salutation}``, ``{name}`` and ``{date}``."""
    return template.format(salutation=salutation(sex), name=name,
                           date=format_date_id(day, lang="id"))


def whatsapp_link(phone: str, text: str) -> str:
    """A ``https://wa.me/...`` link that opens WhatsApp with *text* ready to send to
    *phone* (empty when the number is not usable)."""
    number = normalise_phone(phone)
    if not number:
        return ""
    return f"https://wa.me/{number}?text={urllib.parse.quote(text)}"


def missing_reports(db, day: dt.date, unit_code: str | None = None) -> MissingList:
    """Staff who worked from home on *day* (attendance WFH, or the roster's WFH where no
    attendance was keyed) and have no report for it.  KeyError for an unknown unit."""
    rows = sql.home_workers(db, day.isoformat(), _unit_scope(db, unit_code))
    people = [Missing(r["staff_id"], r["name"], r["nip"] or "", r["nik"] or "",
                      r["position"] or "", r["unit_code"], r["unit_name"], r["phone"] or "",
                      r["email"] or "", r["sex"], reminder_text(r["name"], r["sex"], day))
              for r in rows if not r["reported"]]
    return MissingList(day, len(rows), len(rows) - len(people), people)


# --- the direct superior -----------------------------------------------------------------------

def _eselon_rank(eselon: str | None) -> int:
    return ESELONS.index(eselon) if eselon in ESELONS else len(ESELONS)


def pangkat_of(golongan: str | None) -> str:
    """``Pembina (IV/a)`` for a PNS golongan, empty otherwise."""
    return f"{PANGKAT[golongan]} ({golongan})" if golongan in PANGKAT else ""


def direct_superior(db, staff: dict) -> dict | None:
    """The head of the staff member's unit: whoever holds the highest eselon there (above
    the staff member's own); the head of the parent unit when there is none, or when the
    staff member heads their own unit.  None when no unit up the tree has one."""
    from .scheduler import Org

    org = Org(register_sql.list_units(db))
    own = _eselon_rank(staff.get("eselon"))
    for unit in org.chain(staff["unit_id"]):
        people = [s for s in sql.staff_of_units(db, [unit["id"]])
                  if s["id"] != staff["id"] and _eselon_rank(s["eselon"]) < min(own,
                                                                                  len(ESELONS))]
        if people:
            return min(people, key=lambda s: (_eselon_rank(s["eselon"]), s["name"]))
    return None


# --- forms: plain data for the PDF and for a preview -------------------------------------------

@dataclass
class Person:
    """A signatory of a form: position, name, pangkat, NIP (all may be empty)."""
    name: str = ""
    nip: str = ""
    position: str = ""
    pangkat: str = ""


@dataclass
class DailySheet:
    """What the LAPORAN KINERJA HARIAN form shows."""
    date: dt.date
    name: str
    nip: str
    nik: str
    position: str
    unit_name: str
    items: list[Item]
    blank: bool
    employee: Person
    superior: Person
    superior_known: bool  # False: the settings' head signatory stands in
    channel: str = ""
    received_at: str = ""
    verdict: str = ""
    note: str = ""


@dataclass
class PeriodDay:
    date: dt.date
    mode: str  # WFO, WFH, OFF or ""
    holiday: str
    items: list[Item]
    reported: bool
    verdict: str = ""


@dataclass
class PeriodSheet:
    """A weekly or monthly report of one person: their days and activities."""
    kind: str  # "week" or "month"
    start: dt.date
    end: dt.date
    name: str
    nip: str
    nik: str
    position: str
    unit_name: str
    days: list[PeriodDay]
    employee: Person
    superior: Person
    superior_known: bool


def _people(db, staff: dict) -> tuple[Person, Person, bool]:
    from .settings import load_signatories

    employee = Person(staff["name"], staff.get("nip") or "", staff.get("position") or "",
                      pangkat_of(staff.get("golongan")))
    boss = direct_superior(db, staff)
    if boss is not None:
        return employee, Person(boss["name"], boss["nip"] or "", boss["position"] or "",
                                pangkat_of(boss["golongan"])), True
    head = load_signatories(db)["head"]
    return employee, Person(head.name, head.nip, head.position, head.pangkat), False


def _items_or_text(report: Report | None) -> list[Item]:
    if report is None:
        return []
    if report.items:
        return list(report.items)
    lines = [line.strip() for line in report.text.splitlines() if line.strip()]
    return [Item(" ".join(lines))] if lines else []


def daily_sheet(db, staff_id: str, day: dt.date, *, blank: bool = False) -> DailySheet:
    """The daily form of a staff member: their activities of *day* (a report without
    numbered lines shows its text as one activity), or empty rows to fill by hand when
    *blank*.  KeyError for an unknown staff member."""
    staff = register_sql.get_staff(db, staff_id)
    if staff is None:
        raise KeyError(t("staff member not found"))
    employee, superior, known = _people(db, staff)
    report = None if blank else report_for(db, staff_id, day)
    sheet = DailySheet(day, staff["name"], staff["nip"] or "", staff["nik"] or "",
                       staff["position"] or "", staff["unit_name"], _items_or_text(report),
                       blank, employee, superior, known)
    if report is not None:
        sheet.channel, sheet.received_at = report.channel, report.received_at
        sheet.verdict, sheet.note = report.verdict, report.note
    return sheet


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week holding *day*."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY-MM``; ValueError otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", (month or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(t("not a month {value}; use YYYY-MM, for example 2020-03",
                           value=month))
    first = dt.date(int(m.group(1)), int(m.group(2)), 1)
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def period_sheet(db, staff_id: str, start: dt.date, end: dt.date, kind: str = "week"
                 ) -> PeriodSheet:
    """A staff member's days from *start* to *end*: Monday to Friday always, a weekend day
    when it has a report or a roster entry; each with the roster's mode, the holiday and
    the activities reported."""
    from db import roster as roster_sql

    from .policy import calendar_holidays

    staff = register_sql.get_staff(db, staff_id)
    if staff is None:
        raise KeyError(t("staff member not found"))
    employee, superior, known = _people(db, staff)
    rows = sql.reports_between(db, start.isoformat(), end.isoformat(), staff_id=staff_id)
    items = sql.items_of(db, [r["id"] for r in rows])
    reports = {r["date"]: _report(r, items.get(r["id"], [])) for r in rows}
    modes = {r["date"]: r["mode"] for r in roster_sql.roster_between(
        db, start.isoformat(), end.isoformat()) if r["staff_id"] == staff_id}
    holidays = calendar_holidays(db, start, end)
    days = []
    day = start
    while day <= end:
        ds = day.isoformat()
        report = reports.get(ds)
        if day.weekday() < 5 or report is not None or ds in modes:
            days.append(PeriodDay(day, modes.get(ds, ""), holidays.get(day, ""),
                                  _items_or_text(report), report is not None,
                                  report.verdict if report else ""))
        day += dt.timedelta(days=1)
    return PeriodSheet(kind, start, end, staff["name"], staff["nip"] or "", staff["nik"] or "",
                       staff["position"] or "", staff["unit_name"], days, employee, superior,
                       known)


def month_title(start: dt.date) -> str:
    """``Maret 2020``."""
    return f"{MONTHS_ID[start.month - 1]} {start.year}"


# --- export ------------------------------------------------------------------------------------

def export_reports(db, path, start: dt.date, end: dt.date, unit_code: str | None = None
                   ) -> int:
    """``report export``: one row per report (DESIGN.md, "Report export")."""
    rows = [{"date": r["date"], "nip": r["nip"] or "", "nik": r["nik"] or "",
             "nama": r["name"], "channel": r["channel"], "received_at": r["received_at"],
             "text": r["text"], "verdict": r["verdict"], "note": r["note"]}
            for r in sql.reports_between(db, start.isoformat(), end.isoformat(),
                                         _unit_scope(db, unit_code))]
    write_table(path, REPORT_FILE, rows, sheet_title="Laporan")
    return len(rows)


# --- the recap's column "WFH days without a daily report" ------------------------------

def wfh_without_report_column():
    """A recap column (:class:`wfh_desktop.recap.RecapColumn`): per staff member, the days
    of the month keyed WFH in the attendance for which no daily report arrived."""
    from .recap import RecapColumn

    def compute(db, rows, start: dt.date, end: dt.date) -> dict:
        reported = sql.report_keys(db, start.isoformat(), end.isoformat())
        return {row.staff_id: sum(1 for day, code in row.daily.items()
                                  if code == "WFH" and (row.staff_id, day) not in reported)
                for row in rows}

    return RecapColumn("wfh_tanpa_laporan", t("WFH days without a report"), compute)
