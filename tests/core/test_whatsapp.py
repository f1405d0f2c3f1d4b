"""The WhatsApp chat reader: every export style of BRIEF.md, written here line by line."""
import datetime as dt

import pytest

from wfh_desktop.whatsapp import ChatFormatError, normalise_phone, parse_chat, sender_phone

LRM, NNBSP, NBSP, NBHY = "\u200e", "\u202f", "\u00a0", "\u2011"
D = dt.datetime


def one(text):
    chat = parse_chat(text)
    assert len(chat.messages) == 1, chat.messages
    return chat.messages[0]


# --- Android ---------------------------------------------------------------------------------

def test_android_indonesian_with_system_lines_and_unsaved_numbers():
    text = "\n".join([
        f"{LRM}23/03/20 07.00 - Pesan dan panggilan dienkripsi secara end-to-end. Tidak "
        "seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau "
        "mendengarkannya. Ketuk untuk info selengkapnya.",
        f"23/03/20 07.01 - +62{NBSP}852-1234-5678 bergabung menggunakan tautan undangan grup ini",
        f"23/03/20 07.02 - +62{NBSP}877-1111-2222 diganti ke +62{NBSP}882-3333-4444",
        f"23/03/20 07.03 - ~{NNBSP}ADMIN Group keluar",
        "23/03/20 07.04 - ADMIN Group mematikan pesan sementara.",
        "23/03/20 08.15 - +62 822-3849-2861: Laporan kinerja harian",
        "1. Menyusun laporan (3 dokumen)",
        "23/03/20 08.16 - +62 895-3272-00111: Siap",
        "23/03/20 08.17 - Siti Rahmah: <Media tidak disertakan>",
        "23/03/20 08.18 - Siti Rahmah: Pesan ini dihapus",
        "23/03/20 08.19 - Siti Rahmah: Pesan ini telah dihapus",
        "23/03/20 08.20 - Siti Rahmah: dokumen terkirim <Pesan ini diedit>",
        "23/03/20 08.21 - Siti Rahmah: laporan.pdf (file terlampir)",
        "Laporan hari ini",
    ])
    chat = parse_chat(text)
    assert chat.day_first
    assert chat.system_lines == 5
    assert chat.deleted == 2
    m = chat.messages
    assert [x.sender for x in m] == ["+62 822-3849-2861", "+62 895-3272-00111", "Siti Rahmah",
                                     "Siti Rahmah", "Siti Rahmah"]
    assert m[0].sent_at == D(2020, 3, 23, 8, 15)
    assert m[0].phone == "6282238492861"
    assert m[0].text == "Laporan kinerja harian\n1. Menyusun laporan (3 dokumen)"
    assert m[1].phone == "62895327200111"  # oddly grouped numbers too
    assert m[2].attachments == ["<Media tidak disertakan>"] and m[2].text == ""
    assert m[3].text == "dokumen terkirim"  # the edited marker is not part of the text
    assert m[4].attachments == ["laporan.pdf"] and m[4].text == "Laporan hari ini"
    assert m[0].line == 6


def test_android_english_day_first_with_comma_and_four_digit_year():
    m = one("06/03/2017, 00:45 - Name: text")
    assert m.sent_at == D(2017, 3, 6, 0, 45)


def test_android_us_order_from_a_day_above_twelve():
    chat = parse_chat("3/5/20, 13:11 - Budi: a\n3/23/20, 13:12 - Budi: b\n")
    assert not chat.day_first
    assert [m.sent_at for m in chat.messages] == [D(2020, 3, 5, 13, 11), D(2020, 3, 23, 13, 12)]
    assert chat.order_evidence.endswith(" 2")  # the line that proves it


def test_day_first_proven_by_a_later_line():
    chat = parse_chat("05/03/20 08.00 - Budi: a\n23/03/20 08.00 - Budi: b\n")
    assert chat.day_first
    assert chat.messages[0].sent_at == D(2020, 3, 5, 8, 0)


@pytest.mark.parametrize("text, day_first", [
    ("9/10/17, 13:11 - Name: text", False),  # no zeros, two-digit year: US
    ("09/10/17 13.11 - Name: text", True),  # dot in the time: Indonesian
    ("09/10/2017, 13:11 - Name: text", True),  # nothing either way: the Indonesian default
    ("09/10/17, 1:11 PM - Name: text", False),  # 12-hour clock, two-digit year
    ("09/10/17 13:11 - Name: <Media tidak disertakan>", True),  # Indonesian wording
    ("09.10.17, 13:11 - Name: text", True),  # German dots
])
def test_locale_hints_decide_an_ambiguous_file(text, day_first):
    chat = parse_chat(text)
    assert chat.day_first is day_first, chat.order_evidence
    sent = chat.messages[0].sent_at
    assert (sent.day, sent.month) == ((9, 10) if day_first else (10, 9))


def test_android_am_pm_with_and_without_nnbsp():
    assert one("1/29/18, 12:24 PM - Name: x").sent_at == D(2018, 1, 29, 12, 24)
    assert one(f"1/29/18, 12:24{NNBSP}AM - Name: x").sent_at == D(2018, 1, 29, 0, 24)
    assert one(f"1/29/18, 7:05{NNBSP}PM - Name: x").sent_at == D(2018, 1, 29, 19, 5)
    assert one("1/29/18, 7:05 p.m. - Name: x").sent_at == D(2018, 1, 29, 19, 5)
    assert one("[1/29/18, 12:05:09 AM] Name: x").sent_at == D(2018, 1, 29, 0, 5, 9)


def test_german_and_finnish_styles():
    assert one("29.01.18, 12:24 - Hans: Hallo").sent_at == D(2018, 1, 29, 12, 24)
    assert one("31.5.2019 klo 16.58 - Matti: moi").sent_at == D(2019, 5, 31, 16, 58)


def test_media_with_a_caption_on_the_next_line_english():
    chat = parse_chat("12/12/20, 10:00 - Andi: IMG-20201212-WA0014.jpg (file attached)\n"
                      "Foto kegiatan\n12/12/20, 10:01 - Andi: <Media omitted>\n"
                      "12/12/20, 10:02 - Andi: selesai <This message was edited>\n"
                      "12/12/20, 10:03 - Andi: This message was deleted")
    m = chat.messages
    assert m[0].attachments == ["IMG-20201212-WA0014.jpg"] and m[0].text == "Foto kegiatan"
    assert m[1].attachments == ["<Media omitted>"]
    assert m[2].text == "selesai"
    assert len(m) == 3 and chat.deleted == 1


# --- iPhone ----------------------------------------------------------------------------------

def test_iphone_with_seconds_lrm_crlf_and_attachments():
    text = "\r\n".join([
        f"[20.06.19, 15:58:47] Grup WFH: {LRM}Messages and calls are end-to-end encrypted. "
        "No one outside of this chat, not even WhatsApp, can read or listen to them.",
        f"{LRM}[20.06.19, 15:59:01] Budi Santoso: {LRM}<attached: "
        "00000001-PHOTO-2019-06-20-16-00-15.jpg>",
        f"[20.06.19, 16:00:00] Budi Santoso: {LRM}image omitted",
        "[20.06.19, 16:01:00] Budi Santoso: Laporan",
        "1. Rapat",
        "",
        "2. Menyusun notula",
        f"[20.06.19, 16:02:00] Budi Santoso: {LRM}You deleted this message.",
        f"[20.06.19, 16:03:00] Grup WFH: {LRM}Budi Santoso added Siti",
    ]) + "\r\n"
    chat = parse_chat(text)
    assert chat.system_lines == 2
    assert chat.deleted == 1
    m = chat.messages
    assert m[0].sent_at == D(2019, 6, 20, 15, 59, 1)
    assert m[0].attachments == ["00000001-PHOTO-2019-06-20-16-00-15.jpg"]
    assert m[1].attachments == ["image omitted"]
    assert m[2].text == "Laporan\n1. Rapat\n\n2. Menyusun notula"  # a blank line kept inside
    assert all("\r" not in x.text and LRM not in x.text for x in m)


def test_iphone_12_hour_nnbsp_day_first_and_unsaved_contacts():
    text = (f"[13/11/2025, 12:25:55{NNBSP}PM] ~{NNBSP}Rina: halo\n"
            f"[13/11/2025, 12:26:00{NNBSP}AM] +62{NNBSP}812{NBHY}3456{NBHY}7890: laporan\n")
    chat = parse_chat(text)
    assert chat.day_first
    assert chat.messages[0].sender == "Rina"
    assert chat.messages[0].sent_at == D(2025, 11, 13, 12, 25, 55)
    assert chat.messages[1].sent_at == D(2025, 11, 13, 0, 26)
    assert chat.messages[1].phone == "6281234567890"


# --- continuation lines, senders -----------------------------------------------------------

def test_continuation_lines_that_look_like_dates_stay_in_the_message():
    text = ("23/03/20 16.00 - Budi: Laporan tgl\n"
            "23/03/2020\n"
            "24/03/20 rapat lanjutan\n"
            "24.03.2020, 08.00 s.d. 10.00 rapat\n"
            "[23/03/20 08.00.00] bukan header gaya iPhone di ekspor Android\n"
            "31/02/20 08.00 - Bukan: tanggal yang tidak ada\n"
            "23/03/20 16.05 - Siti: ok\n")
    chat = parse_chat(text)
    assert len(chat.messages) == 2
    assert chat.messages[0].text.splitlines() == [
        "Laporan tgl", "23/03/2020", "24/03/20 rapat lanjutan",
        "24.03.2020, 08.00 s.d. 10.00 rapat",
        "[23/03/20 08.00.00] bukan header gaya iPhone di ekspor Android",
        "31/02/20 08.00 - Bukan: tanggal yang tidak ada"]


def test_sender_names_with_dashes_and_colons_in_the_text():
    m = one("23/03/20 08.15 - Andi - Bidang Keuangan: Laporan: selesai - semua")
    assert m.sender == "Andi - Bidang Keuangan"
    assert m.text == "Laporan: selesai - semua"


def test_a_message_whose_text_starts_on_the_next_line():
    m = one("23/03/20 08.15 - Andi:\n1. Rapat\n2. Notula")
    assert m.sender == "Andi" and m.text == "1. Rapat\n2. Notula"


def test_blank_lines_and_bom_before_the_first_message():
    m = one("\ufeff\n\n23/03/20 08.15 - Andi: hai\n\n")
    assert m.text == "hai" and m.line == 3


# --- not a chat ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, line", [
    ("nama,nip\nBudi,1\n", 1),
    ("\n\nHello\n23/03/20 08.15 - Andi: hai\n", 3),
])
def test_not_a_chat_export_names_the_line(text, line):
    with pytest.raises(ChatFormatError) as exc:
        parse_chat(text)
    assert exc.value.line == line


def test_an_empty_file_is_not_a_chat():
    with pytest.raises(ChatFormatError):
        parse_chat("  \n\n")


def test_contradicting_day_orders_are_refused():
    with pytest.raises(ChatFormatError) as exc:
        parse_chat("23/03/20 08.15 - A: x\n03/23/20 08.15 - A: y\n")
    assert exc.value.line == 2


# --- phone numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["+62 812-3456-7890", "0812 3456 7890", "62812-3456-7890",
                                 "812 3456 7890", "0062 812 3456 7890",
                                 f"+62{NNBSP}812{NBHY}3456{NBHY}7890", "(0812) 3456.7890"])
def test_phone_numbers_normalise_to_one_form(raw):
    assert normalise_phone(raw) == "6281234567890"


def test_foreign_and_short_numbers():
    assert normalise_phone("+1 415-555-0100") == "14155550100"
    assert normalise_phone("12345") == ""
    assert sender_phone("Budi Santoso") == ""
    assert sender_phone("+62 812-3456-7890") == "6281234567890"
