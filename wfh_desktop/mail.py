"""Reading daily reports sent by e-mail: one message saved as ``.eml``, or a mailbox in the
``mbox`` format (Thunderbird, Gmail's Takeout), with the standard library only.

Each message gives the sender's address and name, the time it was sent as a local time,
the subject, the plain text of the body (an HTML-only body is turned into text by
:func:`html_to_text`; quoted earlier messages of a reply are left out) and the names of the
attached files.  No database here.

Time zone: the Date header is converted to the office's local time, by default
Asia/Makassar (WITA, UTC+8, the zone of Kalimantan Selatan; Indonesia has no summer time,
so a fixed offset is exact).  A Date header without a zone (or with ``-0000``, "zone
unknown") is taken as that local time already.  Pass another ``tz`` for an office in
WIB (UTC+7) or WIT (UTC+9).
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import mailbox
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from .i18n import t

LOCAL_TZ = dt.timezone(dt.timedelta(hours=8), "WITA")  # Asia/Makassar

_QUOTE_START = re.compile(
    r"^\s*(?:On .+ wrote:|Pada .+ menulis:|-+\s*Original Message\s*-+|-+\s*Pesan Asli\s*-+"
    r"|-+\s*Forwarded message\s*-+|-+\s*Pesan yang diteruskan\s*-+)\s*$", re.I)


MAX_HEADER = 2000  # characters of a header value parsed (twice RFC 5322's line length)


class _BoundedPolicy(email.policy.EmailPolicy):
    """The standard policy with header values cut at :data:`MAX_HEADER` characters before
    they are parsed: the email package's header parser takes time quadratic in a header's
    length (a From header of 100,000 characters took minutes), and no header read here is
    that long."""

    def header_fetch_parse(self, name, value):
        if isinstance(value, str) and not hasattr(value, "name") and len(value) > MAX_HEADER:
            value = value[:MAX_HEADER]
        return super().header_fetch_parse(name, value)


POLICY = _BoundedPolicy()  # email.policy.default, bounded


class MailFormatError(ValueError):
    """Not an e-mail message or mailbox, or a message that cannot be used."""

    def __init__(self, message: str, number: int | None = None):
        self.number = number
        self.message = message
        super().__init__(message if number is None else t(
            "message {number}: {message}", number=number, message=message))


@dataclass
class MailMessage:
    number: int  # 1-based position in the mailbox (1 for an .eml file)
    sent_at: dt.datetime  # local time, without a zone
    sender: str  # display name, may be empty
    address: str  # lower case
    subject: str
    text: str
    attachments: list[str] = field(default_factory=list)
    message_id: str = ""


# --- HTML to text ------------------------------------------------------------------------

_BLOCK = {"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
          "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "dl", "dt",
          "dd"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


class _TextMaker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.lists: list[list] = []  # ["ol", counter] or ["ul", 0]
        self.pre = 0

    def newline(self, soft: bool = False):
        """A line break; a *soft* one only where the current line has text."""
        if soft and (not self.out or self.out[-1].endswith("\n")):
            return
        self.out.append("\n")

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.newline()
        elif tag in ("ol", "ul"):
            self.lists.append([tag, 0])
            self.newline()
        elif tag == "li":
            self.newline(soft=True)
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.out.append(f"{self.lists[-1][1]}. ")
            else:
                self.out.append("- ")
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag in _BLOCK:
            if tag == "pre":
                self.pre += 1
            self.newline()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self.newline()
        elif tag == "li":
            self.newline(soft=True)
        elif tag in _BLOCK:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self.newline()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f\u00a0]+", " ", data)
            last = self.out[-1][-1:] if self.out else "\n"
            if last in (" ", "\n", ""):
                data = data.lstrip(" ")
        if data:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body: paragraphs and line breaks as new lines, list
    items as ``- item`` or ``1. item``, scripts and styles left out, entities decoded."""
    maker = _TextMaker()
    maker.feed(html)
    maker.close()
    text = "\n".join(line.rstrip() for line in "".join(maker.out).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- messages ----------------------------------------------------------------------------

def local_time(value: dt.datetime, tz: dt.tzinfo = LOCAL_TZ) -> dt.datetime:
    """A Date header's time as local time without a zone (see the module's note)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)


def _without_quotes(text: str) -> str:
    kept = []
    for line in text.splitlines():
        if _QUOTE_START.match(line):
            break
        if line.startswith(">From "):  # mbox escaping of a line that began with "From "
            line = line[1:]
        elif line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)


def _part_text(part) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    return str(content)


def _body(msg: EmailMessage) -> tuple[str, list[str]]:
    plain: str | None = None
    html: str | None = None
    attachments: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        disposition = part.get_content_disposition()
        ctype = part.get_content_type()
        if name or disposition == "attachment":
            attachments.append(str(name or ctype))
            continue
        if ctype == "text/plain" and plain is None:
            plain = _part_text(part)
        elif ctype == "text/html" and html is None:
            html = _part_text(part)
    if plain is not None and plain.strip():
        text = plain
    elif html is not None:
        text = html_to_text(html)
    else:
        text = plain or ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _without_quotes(text), attachments


def _header(msg: EmailMessage, name: str) -> str | None:
    """A header's value, decoded; as written in the file when the email package cannot parse
    it (hostile headers make it raise RecursionError, OverflowError, IndexError ...)."""
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - see above
        value = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    return None if value is None else str(value)


def parse_message(msg: EmailMessage, number: int = 1, *, tz: dt.tzinfo = LOCAL_TZ
                  ) -> MailMessage:
    """One parsed message; :class:`MailFormatError` without a sender or a usable date, or
    when the message cannot be read at all."""
    try:
        return _parse_message(msg, number, tz)
    except MailFormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - the email package's parsers on hostile input
        raise MailFormatError(t("the message cannot be read: {reason}",
                                reason=str(exc) or type(exc).__name__), number) from None


def _parse_message(msg: EmailMessage, number: int, tz: dt.tzinfo) -> MailMessage:
    raw_from = _header(msg, "From")
    if raw_from is None:
        raise MailFormatError(t("not an e-mail message: there is no From header"), number)
    addresses = [(n, a) for n, a in getaddresses([raw_from]) if a]
    if not addresses or "@" not in addresses[0][1]:
        raise MailFormatError(t("the From header has no e-mail address: {value}",
                                value=raw_from), number)
    name, address = addresses[0]
    raw_date = _header(msg, "Date")
    if raw_date is None:
        raise MailFormatError(t("there is no Date header"), number)
    try:
        sent = local_time(parsedate_to_datetime(raw_date), tz)
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year
        sent = None  # beyond any calendar, or a time that leaves it in the office's zone
    if sent is None:
        raise MailFormatError(t("the Date header is not a date: {value}", value=raw_date),
                              number)
    text, attachments = _body(msg)
    return MailMessage(number, sent, " ".join(str(name).split()),
                       address.strip().lower(), " ".join((_header(msg, "Subject") or "").split()),
                       text, attachments, (_header(msg, "Message-ID") or "").strip())


def _read_message(data: bytes, number: int, tz: dt.tzinfo) -> MailMessage:
    try:
        msg = email.message_from_bytes(data, policy=POLICY)
    except Exception as exc:  # noqa: BLE001 - as in parse_message
        raise MailFormatError(t("the message cannot be read: {reason}",
                                reason=str(exc) or type(exc).__name__), number) from None
    return parse_message(msg, number, tz=tz)


def read_eml(path, *, tz: dt.tzinfo = LOCAL_TZ) -> list[MailMessage]:
    """The message saved in an ``.eml`` file (a list of one)."""
    data = Path(path).read_bytes()
    if not data.strip():
        raise MailFormatError(t("the file is empty"))
    head = data.lstrip()[:2000].decode("latin-1")
    if not re.search(r"^[A-Za-z][A-Za-z0-9-]*:", head, re.M):
        raise MailFormatError(t("not an e-mail message: it does not begin with headers"))
    return [_read_message(data, 1, tz)]


def read_mbox(path, *, tz: dt.tzinfo = LOCAL_TZ) -> list[MailMessage]:
    """The messages of an ``mbox`` mailbox, in file order."""
    path = Path(path)
    with open(path, "rb") as fh:
        first = fh.read(5)
    if not first:
        raise MailFormatError(t("the file is empty"))
    if first != b"From ":
        raise MailFormatError(t("not an mbox mailbox: it does not begin with a \"From \" line"))
    box = mailbox.mbox(str(path), factory=None, create=False)
    out = []
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            out.append(_read_message(box.get_bytes(key), number, tz))
    finally:
        box.close()
    return out
