"""Reading a chat exported from WhatsApp ("Export chat", without or with media) into
messages: pure functions over text, no database.

What an export looks like depends on the phone and its language (see BRIEF.md, "WhatsApp
chat exports"):

- Android: ``23/03/20 08.15 - Sender: text`` (Indonesian), ``06/03/2017, 00:45 - ``,
  ``9/29/17, 13:11 - `` (US order), ``1/29/18, 12:24 PM - `` (a narrow no-break space
  before PM in newer versions), ``29.01.18, 12:24 - `` (German), ``31.5.2019 klo 16.58 - ``
  (Finnish);
- iPhone: ``[20.06.19, 15:58:47] Sender: text``, ``[13/11/2025, 12:25:55 PM] Sender: ...``,
  CRLF line endings, left-to-right marks (U+200E) before lines and bodies.

A line that does not start with a timestamp in the file's own style continues the message
before it (it may be blank or look like a date).  The sender and the text are split at the
first ``": "``; a line without one is a system line (joins, the encryption notice, number
changes, people leaving, disappearing messages), as is an iPhone line whose body starts
with a left-to-right mark and reads like one.  Deleted messages are dropped, media markers
become attachment names, the "edited" marker is removed.

Day and month order is decided once per file (:func:`decide_day_first`): a first field
above 12 proves day/month, a second field above 12 proves month/day; otherwise the
locale shows through: Indonesian wording, a dot between hours and minutes or between the
date's parts mean day/month (Indonesian, German, Finnish phones); dates written without
leading zeros with a two-digit year, or a 12-hour clock with a two-digit year, mean the
US order month/day; failing all that, day/month (the Indonesian default).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .i18n import t

# invisible direction marks and the byte-order mark: removed wherever they appear
DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_STRIP_MARKS = str.maketrans("", "", DIRECTION_MARKS)
_SP = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space

_DATE = r"(?P<d1>\d{1,4})(?P<sep>[./\-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{2,4})"
_TIME = (r"(?P<h>\d{1,2})(?P<tsep>[.:])(?P<mi>\d{2})(?:(?P=tsep)(?P<s>\d{2}))?"
         rf"(?:{_SP}?(?P<ampm>[AaPp]\.?{_SP}?[Mm]\.?))?")
_ANDROID = re.compile(rf"^{_DATE},?{_SP}+(?:klo{_SP}+)?{_TIME}{_SP}+[-\u2013]{_SP}+(?P<rest>.*)$")
_IPHONE = re.compile(rf"^\[{_DATE},?{_SP}+{_TIME}\]{_SP}*(?P<rest>.*)$")

_PHONE_LABEL = re.compile(r"^\+?[0-9][0-9 \u00a0\u202f\u2011\-().]{6,}$")

# bodies that are not messages of a person
_DELETED = re.compile(
    r"^(?:pesan ini (?:telah )?dihapus|anda menghapus pesan ini|this message was deleted"
    r"|you deleted this message)\.?$", re.I)
_EDITED = ("<pesan ini diedit>", "<this message was edited>")  # at the end of a body
_SYSTEM = re.compile(
    r"dienkripsi|end-to-end|bergabung|joined using|tautan undangan|invite link|keluar$|left$"
    r"|diganti ke|changed to|changed their phone|mengganti nomor|nomor telepon baru"
    r"|pesan sementara|disappearing messages|membuat grup|created group|menambahkan|added"
    r"|mengeluarkan|removed|mengubah subjek|changed the subject|mengubah ikon|changed this group"
    r"|mengubah deskripsi|changed the group|kode keamanan|security code|sekarang admin"
    r"|now an admin|pesan dan panggilan|messages and calls", re.I)
# media: the marker stays as the attachment's name
_MEDIA_OMITTED = re.compile(
    r"^(?:<media tidak disertakan>|<media omitted>|<media dihilangkan>"
    r"|(?:image|video|audio|sticker|gif|document|contact card) omitted"
    r"|(?:gambar|video|audio|stiker|gif|dokumen|kartu kontak) (?:tidak disertakan|dihilangkan))$",
    re.I)
_ATTACHED = re.compile(r"<(?:attached|terlampir|lampiran):([^<>]+)>", re.I)
_FILE_ATTACHED = ("(file attached)", "(file terlampir)", "(berkas terlampir)")  # "name (...)"

# words that only an Indonesian export writes
_INDONESIAN = re.compile(
    r"<media tidak disertakan>|pesan ini (?:telah )?dihapus|dienkripsi|bergabung menggunakan"
    r"|tautan undangan|diganti ke|pesan sementara|file terlampir|<pesan ini diedit>", re.I)


class ChatFormatError(ValueError):
    """The text is not a WhatsApp chat export (or not one this reader understands)."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        self.message = message
        super().__init__(message if line is None else t("line {line}: {message}", line=line,
                                                        message=message))


@dataclass
class ChatMessage:
    line: int  # where its header line is in the file (1-based)
    sent_at: dt.datetime  # as the export shows it (the phone's local time)
    sender: str  # as shown: a contact's name or a phone number, marks and "~" removed
    phone: str  # the sender's number normalised (62812...) when the sender is a number
    text: str  # the body without media and "edited" markers
    attachments: list[str] = field(default_factory=list)


@dataclass
class Chat:
    messages: list[ChatMessage]
    day_first: bool
    order_evidence: str  # why the day/month order was chosen (for messages and tests)
    system_lines: int = 0
    deleted: int = 0


def clean(text: str) -> str:
    """*text* without direction marks."""
    return text if text.isascii() else text.translate(_STRIP_MARKS)


def normalise_phone(value: str) -> str:
    """A phone number as digits with the country code: ``+62 812-3456-7890``,
    ``0812 3456 7890``, ``62812...``, ``812...`` and ``0062812...`` all give
    ``6281234567890``; a number of another country keeps its own code.  Empty when
    there are fewer than 8 digits."""
    text = clean(str(value or "")).strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    return digits if len(digits) >= 8 else ""


def sender_phone(sender: str) -> str:
    """The normalised number if the sender label is a phone number, else ``""``."""
    return normalise_phone(sender) if _PHONE_LABEL.match(sender) else ""


def _clean_sender(raw: str) -> str:
    s = clean(raw).replace("\u00a0", " ").replace("\u202f", " ").strip()
    if s.startswith("~"):
        s = s[1:].strip()
    return " ".join(s.split())


@dataclass
class _Header:
    line: int
    match: re.Match
    bracket: bool
    raw: str

    @property
    def body_marked(self) -> bool:
        """The body begins with a direction mark (how iPhones write system messages)."""
        at = self.raw.find(": ")
        return at >= 0 and self.raw[at + 2:at + 3] in DIRECTION_MARKS

    @property
    def style(self) -> tuple:
        m = self.match
        return (self.bracket, m["sep"], len(m["d3"]) if len(m["d1"]) < 4 else 4, m["tsep"],
                m["s"] is not None, m["ampm"] is not None)


def _header(line_no: int, line: str) -> _Header | None:
    text = clean(line)
    if not text[:1].isdigit() and text[:1] != "[":
        return None
    m = _IPHONE.match(text)
    if m:
        return _Header(line_no, m, True, line)
    m = _ANDROID.match(text)
    if m:
        return _Header(line_no, m, False, line)
    return None


def decide_day_first(headers: list[_Header], lines: list[str]) -> tuple[bool, str]:
    """(day comes first, the evidence) for the date fields of a file's header lines."""
    first_big = next((h for h in headers if len(h.match["d1"]) < 4
                      and int(h.match["d1"]) > 12), None)
    second_big = next((h for h in headers if len(h.match["d1"]) < 4
                       and int(h.match["d2"]) > 12), None)
    if first_big and second_big:
        raise ChatFormatError(t(
            "the dates disagree on the order of day and month (line {first} has the day "
            "first, line {second} the month first)", first=first_big.line,
            second=second_big.line), second_big.line)
    if first_big:
        return True, t("a day above 12 on line {line}", line=first_big.line)
    if second_big:
        return False, t("a day above 12 in the second place on line {line}",
                        line=second_big.line)
    for i, line in enumerate(lines, start=1):
        if _INDONESIAN.search(clean(line)):
            return True, t("Indonesian wording on line {line}", line=i)
    if not headers:
        return True, ""
    m = headers[0].match
    if m["tsep"] == ".":
        return True, t("a dot between hours and minutes")
    if m["sep"] == ".":
        return True, t("dots between the parts of the date")
    two_digit_year = len(m["d3"]) == 2 and len(m["d1"]) < 4
    if two_digit_year and any(len(h.match["d1"]) == 1 or len(h.match["d2"]) == 1
                              for h in headers):
        return False, t("dates without leading zeros and a two-digit year (US style)")
    if two_digit_year and m["ampm"]:
        return False, t("a 12-hour clock and a two-digit year (US style)")
    return True, t("no evidence either way: day first, as Indonesian phones write dates")


def _timestamp(h: _Header, day_first: bool) -> dt.datetime | None:
    m = h.match
    a, b, c = int(m["d1"]), int(m["d2"]), int(m["d3"])
    if len(m["d1"]) == 4:
        year, month, day = a, b, c
    else:
        year = c + 2000 if len(m["d3"]) == 2 else c
        day, month = (a, b) if day_first else (b, a)
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if m["ampm"]:
        pm = m["ampm"].lower().startswith("p")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _split_rest(rest: str) -> tuple[str | None, str]:
    """(sender, or None for a system line; the first line of the body)."""
    at = rest.find(": ")
    if at < 0:
        if rest.endswith(":") and len(rest) > 1:  # the text starts on the next line
            return rest[:-1], ""
        return None, rest
    return rest[:at], rest[at + 2:]


# The markers at the end of a line or body are found with string methods: the regular
# expressions that did it backtracked over long runs of spaces (minutes for a long line).

def _ends_with(text: str, marker: str) -> bool:
    """*text* ends with the (lower-case, ASCII) *marker*, in any case."""
    return text[-len(marker):].lower() == marker


def _file_attached(bare: str) -> str:
    """The name in ``name (file attached)``, or ``""``."""
    for marker in _FILE_ATTACHED:
        if _ends_with(bare, marker):
            name = bare[:-len(marker)]
            if name[-1:].isspace():
                return name.strip()
    return ""


def _without_edited(text: str) -> str:
    """*text* without the "edited" marker WhatsApp puts at the end of an edited message."""
    bare = text.rstrip()
    for marker in _EDITED:
        if _ends_with(bare, marker):
            return bare[:-len(marker)].rstrip()
    return text


def _body(lines: list[str]) -> tuple[str, list[str], bool]:
    """(text, attachments, deleted) of a message's body lines."""
    attachments: list[str] = []
    kept: list[str] = []
    for raw in lines:
        line = clean(raw).rstrip()
        bare = line.strip()
        if "<" in bare:
            found = _ATTACHED.findall(bare)
            if found:
                attachments += [name.strip() for name in found]
                continue
        if bare[-1:] in ">dDnN" and _MEDIA_OMITTED.match(bare):  # "...omitted", "...kan"
            attachments.append(bare)
            continue
        if bare.endswith(")"):
            name = _file_attached(bare)
            if name:
                attachments.append(name)
                continue
        kept.append(line)
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    text = "\n".join(kept)
    text = _without_edited(text)
    deleted = not attachments and bool(_DELETED.match(text.strip()))
    return text, attachments, deleted


def parse_chat(text: str) -> Chat:
    """The messages of an exported chat.  :class:`ChatFormatError` (with the line) when the
    text is not a chat export."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if clean(line).strip()), None)
    if first is None:
        raise ChatFormatError(t("the file is empty"))
    head = _header(first + 1, lines[first])
    if head is None:
        raise ChatFormatError(t("not a WhatsApp chat export: the line does not start with a "
                                "date and time such as \"23/03/20 08.15 - \" or "
                                "\"[23/03/20 08.15.00] \""), first + 1)
    style = head.style
    headers: dict[int, _Header] = {}
    for i in range(first, len(lines)):
        h = _header(i + 1, lines[i]) if i != first else head
        if h is not None and h.style == style:
            headers[i] = h
    day_first, evidence = decide_day_first(list(headers.values()), lines)
    chat = Chat([], day_first, evidence)
    current: tuple[_Header, dt.datetime] | None = None
    body: list[str] = []

    def finish():
        if current is None:
            return
        h, when = current
        sender, first_body = _split_rest(h.match["rest"])
        if sender is not None:
            sender = _clean_sender(sender)
            bare = clean(first_body).strip()
            media = _ATTACHED.search(bare) or _MEDIA_OMITTED.match(bare)
            if (not sender or len(sender) > 80 or any(q in sender for q in "\"\u201c\u201d")
                    or (h.body_marked and not media and _SYSTEM.search(bare))):
                sender = None
        if sender is None:
            chat.system_lines += 1
            return
        text_, attachments, deleted = _body([first_body] + body)
        if deleted:
            chat.deleted += 1
            return
        if not text_.strip() and not attachments:
            return
        chat.messages.append(ChatMessage(h.line, when, sender, sender_phone(sender), text_,
                                         attachments))

    for i in range(first, len(lines)):
        h = headers.get(i)
        when = _timestamp(h, day_first) if h is not None else None
        if when is None:
            if h is not None and i == first:
                raise ChatFormatError(t("not a valid date and time"), i + 1)
            body.append(lines[i])  # a continuation (even one that looks like a date)
            continue
        finish()
        current, body = (h, when), []
    finish()
    return chat


def decode(data: bytes) -> str:
    """Exports are UTF-8 (with a BOM on some phones); very old ones may be UTF-16."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
