"""Reports sent by e-mail: .eml files and .mbox mailboxes read with the standard library."""
import datetime as dt
import mailbox
from email.message import EmailMessage

import pytest

from wfh_desktop.mail import (LOCAL_TZ, MailFormatError, html_to_text, local_time, read_eml,
                              read_mbox)


def message(sender="Siti Rahmah <Siti.Rahmah@Kalselprov.go.id>",
            date="Mon, 23 Mar 2020 16:05:00 +0800", subject="Laporan kinerja harian",
            body="1. Menyusun laporan (3 dokumen)\n2. Rapat koordinasi", html=None,
            attachments=()):
    msg = EmailMessage()
    if sender is not None:
        msg["From"] = sender
    msg["To"] = "kepegawaian@kalselprov.go.id"
    if date is not None:
        msg["Date"] = date
    msg["Subject"] = subject
    msg["Message-ID"] = "<1@example.id>"
    if body is not None:
        msg.set_content(body)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg


def write(tmp_path, msg, name="m.eml"):
    path = tmp_path / name
    path.write_bytes(bytes(msg))
    return path


def test_eml_plain_text_with_attachments(tmp_path):
    path = write(tmp_path, message(attachments=[("laporan.pdf", b"%PDF-1.4"),
                                                ("foto kegiatan.pdf", b"%PDF-1.4")]))
    [m] = read_eml(path)
    assert m.address == "siti.rahmah@kalselprov.go.id"  # case folded
    assert m.sender == "Siti Rahmah"
    assert m.subject == "Laporan kinerja harian"
    assert m.sent_at == dt.datetime(2020, 3, 23, 16, 5)
    assert m.text == "1. Menyusun laporan (3 dokumen)\n2. Rapat koordinasi"
    assert m.attachments == ["laporan.pdf", "foto kegiatan.pdf"]
    assert m.message_id == "<1@example.id>"


@pytest.mark.parametrize("header, local", [
    ("Mon, 23 Mar 2020 16:05:00 +0800", dt.datetime(2020, 3, 23, 16, 5)),
    ("Mon, 23 Mar 2020 16:05:00 +0000", dt.datetime(2020, 3, 24, 0, 5)),  # past midnight here
    ("Mon, 23 Mar 2020 22:30:00 +0700", dt.datetime(2020, 3, 23, 23, 30)),  # WIB sender
    ("Mon, 23 Mar 2020 16:05:00 -0000", dt.datetime(2020, 3, 23, 16, 5)),  # zone unknown
    ("Mon, 23 Mar 2020 16:05:00", dt.datetime(2020, 3, 23, 16, 5)),  # no zone: local already
])
def test_the_date_header_becomes_local_time(tmp_path, header, local):
    [m] = read_eml(write(tmp_path, message(date=header)))
    assert m.sent_at == local


def test_another_office_zone():
    wib = dt.timezone(dt.timedelta(hours=7))
    when = dt.datetime(2020, 3, 23, 16, 0, tzinfo=LOCAL_TZ)
    assert local_time(when, wib) == dt.datetime(2020, 3, 23, 15, 0)


def test_html_only_body_becomes_text(tmp_path):
    html = ("<html><head><style>p{color:red}</style><title>x</title></head><body>"
            "<p>Laporan&nbsp;tanggal 23 Maret 2020</p><ol><li>Menyusun <b>laporan</b>"
            "</li><li>Rapat &amp; koordinasi</li></ol><ul><li>Surat</li></ul>"
            "<div>Terima kasih<br>Siti</div><script>alert(1)</script></body></html>")
    [m] = read_eml(write(tmp_path, message(body=None, html=html)))
    assert m.text == ("Laporan tanggal 23 Maret 2020\n\n1. Menyusun laporan\n"
                      "2. Rapat & koordinasi\n\n- Surat\n\nTerima kasih\nSiti")


def test_plain_part_preferred_over_html(tmp_path):
    [m] = read_eml(write(tmp_path, message(body="teks biasa", html="<p>versi html</p>")))
    assert m.text == "teks biasa"


def test_quoted_earlier_messages_are_left_out(tmp_path):
    body = ("1. Revisi laporan\n\nPada Sen, 23 Mar 2020 pukul 17.00 Kepala menulis:\n"
            "> mohon diperbaiki\n> terima kasih\n")
    [m] = read_eml(write(tmp_path, message(body=body)))
    assert m.text == "1. Revisi laporan"


def test_html_to_text_keeps_preformatted_text():
    assert html_to_text("<pre>a   b\nc</pre>") == "a   b\nc"


def test_mbox_in_file_order(tmp_path):
    path = tmp_path / "kotak.mbox"
    box = mailbox.mbox(str(path))
    box.add(message())
    box.add(message(sender="budi@gmail.com", date="Tue, 24 Mar 2020 08:00:00 +0800",
                    subject="Lap 24/03/2020", body="From the field: rapat\n- Survei"))
    box.flush()
    box.close()
    messages = read_mbox(path)
    assert [m.number for m in messages] == [1, 2]
    assert messages[1].address == "budi@gmail.com" and messages[1].sender == ""
    assert messages[1].text == "From the field: rapat\n- Survei"  # ">From" unescaped


@pytest.mark.parametrize("kwargs, fragment", [
    ({"sender": None}, "From"),
    ({"sender": "undisclosed-recipients:;"}, "From"),
    ({"date": None}, "Date"),
    ({"date": "kemarin sore"}, "Date"),
])
def test_messages_that_cannot_be_used(tmp_path, kwargs, fragment):
    with pytest.raises(MailFormatError) as exc:
        read_eml(write(tmp_path, message(**kwargs)))
    assert fragment in str(exc.value)


def test_files_that_are_not_mail(tmp_path):
    text = tmp_path / "x.eml"
    text.write_text("Ini bukan e-mail.\nHanya teks.\n", encoding="utf-8")
    with pytest.raises(MailFormatError):
        read_eml(text)
    empty = tmp_path / "e.eml"
    empty.write_bytes(b"")
    with pytest.raises(MailFormatError):
        read_eml(empty)
    not_mbox = tmp_path / "x.mbox"
    not_mbox.write_bytes(bytes(message()))
    with pytest.raises(MailFormatError) as exc:
        read_mbox(not_mbox)
    assert "From " in str(exc.value)


def test_a_bad_message_in_a_mailbox_names_its_number(tmp_path):
    path = tmp_path / "k.mbox"
    box = mailbox.mbox(str(path))
    box.add(message())
    box.add(message(date=None))
    box.flush()
    box.close()
    with pytest.raises(MailFormatError) as exc:
        read_mbox(path)
    assert exc.value.number == 2
