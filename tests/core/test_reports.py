"""Daily reports: matching senders, the review list and its aliases, duplicate and longer
imports, dates named in the text, activity items, verdicts, the queue, missing reports."""
import datetime as dt
import mailbox
from email.message import EmailMessage

import pytest

from db import reports as reports_sql
from wfh_desktop import reports as rep
from wfh_desktop import scheduler
from wfh_desktop.tabular import FileError

from .scenario import Org, policy

MON, TUE, WED = dt.date(2020, 3, 23), dt.date(2020, 3, 24), dt.date(2020, 3, 25)

SE = """
number = "800/123/BKD"
title = "Sistem kerja pegawai"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-03-27
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.40
rotation = "daily"
home_if_age_at_least = 50
"""


def person(org, name, unit, *, phone="", email="", **kw):
    org.person(name, unit, **kw)
    org.staff[-1]["telepon"] = phone
    org.staff[-1]["email"] = email
    return org


@pytest.fixture
def office(database):
    org = Org(database).unit("BKD", "Badan Kepegawaian Daerah", type="badan") \
        .unit("BKD-MUT", "Bidang Mutasi", parent="BKD", type="badan") \
        .unit("RSUD", "RSUD Ulin", type="rsud")
    person(org, "Dr. H. Ahmad Fauzi, M.Si.", "BKD", level="jpt", eselon="II.a", age=48)
    person(org, "Dr. Hj. Siti Rahmah, S.E., M.Si.", "BKD-MUT", level="administrator",
           eselon="III.a", age=45, sex="P", phone="+62 812-1111-2222",
           email="Siti.Rahmah@kalselprov.go.id")
    person(org, "Budi Santoso, S.Kom.", "BKD-MUT", age=52, phone="0813-5555-6666")
    person(org, "M. Ridwan", "BKD-MUT", age=30, email="ridwan@gmail.com")
    person(org, "Nurul Hidayah", "BKD-MUT", age=28, sex="P")
    person(org, "Nurul Hidayah", "RSUD", age=33, sex="P")  # a namesake elsewhere
    person(org, "Yusran Noor", "RSUD", age=40, phone="6285200001111")
    org.build()
    return database


def staff(db, name, unit=None):
    rows = [r for r in db.query("SELECT s.*, u.code AS unit_code FROM staff s JOIN units u "
                                "ON u.id = s.unit_id WHERE s.name = ?", [name])]
    if unit:
        rows = [r for r in rows if r["unit_code"] == unit]
    assert len(rows) == 1, rows
    return rows[0]


def chat(tmp_path, lines, name="chat.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def reports(db):
    """{(name, date): report} of every report."""
    out = {}
    for r in reports_sql.reports_between(db, "2000-01-01", "2100-01-01"):
        out[(r["name"], r["date"])] = rep.get_report(db, r["id"])
    return out


# --- reading the content -----------------------------------------------------------------------

@pytest.mark.parametrize("line, description, output, volume, unit", [
    ("1. Menyusun laporan keuangan (3 dokumen)", "Menyusun laporan keuangan", "", 3, "dokumen"),
    ("2) Verifikasi berkas: 15 berkas", "Verifikasi berkas", "", 15, "berkas"),
    ("- Membalas surat dinas sebanyak 4 surat", "Membalas surat dinas", "", 4, "surat"),
    ("\u2022 Rapat koordinasi via Zoom 2 jam", "Rapat koordinasi via Zoom", "", 2, "jam"),
    ("* Entri data pegawai - 1,5 jam", "Entri data pegawai", "", 1.5, "jam"),
    ("3. Menyusun draf SK, hasil: draf SK mutasi; 2 dokumen", "Menyusun draf SK",
     "draf SK mutasi", 2, "dokumen"),
    ("4. Mempelajari aturan untuk 3 bidang", "Mempelajari aturan untuk 3 bidang", "", None, ""),
    ("5. Rapat (via Zoom)", "Rapat (via Zoom)", "", None, ""),
    ("- 3 dokumen", "3 dokumen", "", None, ""),
])
def test_activity_lines(line, description, output, volume, unit):
    item = rep.parse_item(line)
    assert (item.description, item.output, item.volume, item.unit) == (description, output,
                                                                        volume, unit)


@pytest.mark.parametrize("line", ["Laporan hari ini", "23.03.2020 rapat", "08.00 - 10.00 rapat",
                                  "1.5 jam rapat", "2020 adalah tahun", ""])
def test_lines_that_are_not_activities(line):
    assert rep.parse_item(line) is None


def test_volume_text_uses_a_decimal_comma():
    assert rep.Item("x", volume=1.5).volume_text == "1,5"
    assert rep.Item("x", volume=3.0).volume_text == "3"
    assert rep.Item("x").volume_text == ""


@pytest.mark.parametrize("text, expected", [
    ("Laporan 23 Maret 2020\n1. Rapat", MON),
    ("laporan tgl 23/03/2020", MON),
    ("Senin, 23 Maret 2020", MON),
    ("LAPORAN KINERJA\nHari/tanggal: Senin 23 Mar 2020", MON),
    ("Report for March 23, 2020", MON),
    ("lap. 23-3-20", MON),
    ("Laporan 23 maret", MON),  # no year: the year it was sent
    ("1. Menyiapkan bahan rapat tanggal 23 Maret 2020", None),  # in an activity: the subject
    ("Laporan\n1. rapat\n2. surat tgl 23/03/2020", None),
    ("Rencana 30 Maret 2020", None),  # the future
    ("Laporan 23 Maret 2019", None),  # too far back
    ("Laporan 31 Februari 2020", None),
    ("Jam 08.00 sampai 16.00", None),
])
def test_named_dates(text, expected):
    assert rep.named_date(text, dt.date(2020, 3, 24)) == expected


@pytest.mark.parametrize("raw, key", [
    ("Dr. Hj. Siti Rahmah, S.E., M.Si.", "siti rahmah"),
    ("bu siti rahmah", "siti rahmah"),
    ("Siti Rahmah SE MSi", "siti rahmah"),
    ("~\u202fSITI  RAHMAH \U0001F60A", "siti rahmah"),
    ("M. Ridwan", "muhammad ridwan"),
    ("Pak Muhammad Ridwan", "muhammad ridwan"),
    ("Drs. H. Akhmad Yani, M.AP.", "ahmad yani"),
    ("Ir. Budi Santoso, S.T., M.T.", "budi santoso"),
])
def test_name_keys_ignore_titles_and_case(raw, key):
    assert rep.name_key(raw) == key


# --- importing WhatsApp ---------------------------------------------------------------------

def test_matching_by_phone_and_name_and_filing_by_day(office, tmp_path):
    path = chat(tmp_path, [
        "23/03/20 07.00 - Pesan dan panggilan dienkripsi secara end-to-end.",
        "23/03/20 16.00 - +62 813-5555-6666: Laporan hari ini",  # Budi, by phone
        "1. Mengarsip berkas: 20 berkas",
        "- Membalas surat sebanyak 3 surat",
        "23/03/20 16.05 - Bu Siti Rahmah: Laporan",  # Siti, by name without titles
        "1. Rapat koordinasi (2 jam)",
        "23/03/20 16.30 - +62 813-5555-6666: 3. Menyusun notula (1 dokumen)",  # appended
        "24/03/20 08.00 - Yusran Noor: laporan",  # by name; his number is not in the chat
    ])
    result = rep.import_reports(office, path)
    assert (result.messages, result.filed, result.pending) == (4, 4, 0)
    assert (result.created, result.extended) == (3, 0)
    assert result.kind == "whatsapp" and result.day_first
    got = reports(office)
    budi = got[("Budi Santoso, S.Kom.", "2020-03-23")]
    assert budi.channel == "whatsapp"
    assert budi.received_at == "2020-03-23T16:00:00"
    assert budi.text == ("Laporan hari ini\n1. Mengarsip berkas: 20 berkas\n- Membalas surat "
                         "sebanyak 3 surat\n\n3. Menyusun notula (1 dokumen)")
    assert [(i.description, i.volume, i.unit) for i in budi.items] == [
        ("Mengarsip berkas", 20, "berkas"), ("Membalas surat", 3, "surat"),
        ("Menyusun notula", 1, "dokumen")]
    assert budi.verdict == "pending"
    siti = got[("Dr. Hj. Siti Rahmah, S.E., M.Si.", "2020-03-23")]
    assert [i.description for i in siti.items] == ["Rapat koordinasi"]
    assert ("Yusran Noor", "2020-03-24") in got
    assert len(got) == 3


def test_unknown_sender_goes_to_review_then_assign_is_remembered(office, tmp_path):
    first = chat(tmp_path, [
        "23/03/20 16.00 - Bunda Nurul: Laporan 23 Maret 2020",
        "1. Menginput data (10 data)",
        "24/03/20 16.00 - Bunda Nurul: 1. Rekap absensi (1 dokumen)",
        "24/03/20 16.01 - +62 811-0000-9999: halo",
    ], "a.txt")
    result = rep.import_reports(office, first)
    assert (result.filed, result.pending) == (0, 3)
    assert result.senders == ["tel:6281100009999", "wa:bunda nurul"]
    waiting = {s.sender_key: s for s in rep.review_list(office)}
    nurul = waiting["wa:bunda nurul"]
    assert (nurul.label, nurul.pending, nurul.reason) == ("Bunda Nurul", 2, "unknown")
    assert nurul.first_seen == "2020-03-23T16:00:00"
    assert nurul.sample.startswith("Laporan 23 Maret 2020")
    # both Nurul Hidayah are candidates: the clerk must choose
    assert sorted(c["unit_code"] for c in nurul.candidates) == ["BKD-MUT", "RSUD"]
    assert waiting["tel:6281100009999"].phone == "6281100009999"
    assert reports(office) == {}

    target = staff(office, "Nurul Hidayah", "BKD-MUT")
    done = rep.assign_sender(office, "wa:bunda nurul", target["id"], by="operator")
    assert (done.filed, done.created) == (2, 2)
    got = reports(office)
    assert [i.description for i in got[("Nurul Hidayah", "2020-03-23")].items] == [
        "Menginput data"]
    assert got[("Nurul Hidayah", "2020-03-24")].items[0].description == "Rekap absensi"
    assert [s.sender_key for s in rep.review_list(office)] == ["tel:6281100009999"]
    aliases = {a["sender_key"]: a for a in rep.list_aliases(office)}
    assert aliases["wa:bunda nurul"]["staff_id"] == target["id"]
    assert aliases["wa:bunda nurul"]["assigned_by"] == "operator"

    # a later export: the sender is known now
    later = chat(tmp_path, ["25/03/20 16.00 - Bunda Nurul: 1. Rapat (1 kegiatan)"], "b.txt")
    result = rep.import_reports(office, later)
    assert (result.filed, result.pending) == (1, 0)
    assert ("Nurul Hidayah", "2020-03-25") in reports(office)


def test_waiting_senders_are_filed_once_the_register_knows_them(office, tmp_path):
    from wfh_desktop import register

    path = chat(tmp_path, ["23/03/20 16.00 - +62 857-7777-8888: 1. Rapat (1 kegiatan)"], "a.txt")
    assert rep.import_reports(office, path).pending == 1
    nurul = staff(office, "Nurul Hidayah", "BKD-MUT")
    row = register.staff_file_row(office, nurul["id"])
    row["telepon"] = "0857 7777 8888"
    register.update_staff(office, nurul["id"], row, today=MON)
    done = rep.rematch_pending(office)
    assert (done.filed, done.created) == (1, 1)
    assert rep.review_list(office) == []
    assert ("Nurul Hidayah", "2020-03-23") in reports(office)
    # an import does the same on its own
    other = chat(tmp_path, ["23/03/20 16.00 - Bu Yusran: 1. Jaga (1 kegiatan)"], "b.txt")
    rep.import_reports(office, other)
    assert [s.sender_key for s in rep.review_list(office)] == ["wa:bu yusran"]
    yusran = staff(office, "Yusran Noor")
    row = register.staff_file_row(office, yusran["id"])
    row["nama"] = "Yusran"
    register.update_staff(office, yusran["id"], row, today=MON)
    later = chat(tmp_path, ["24/03/20 16.00 - Budi Santoso: halo"], "c.txt")
    result = rep.import_reports(office, later)
    assert result.rematched == 1 and rep.review_list(office) == []
    assert ("Yusran", "2020-03-23") in reports(office)


def test_ignored_senders_keep_their_messages_out(office, tmp_path):
    path = chat(tmp_path, ["23/03/20 08.00 - ADMIN Group: Mohon kirim laporan"], "a.txt")
    rep.import_reports(office, path)
    assert rep.ignore_sender(office, "wa:admin group") == 1
    assert rep.review_list(office) == []
    again = chat(tmp_path, ["24/03/20 08.00 - ADMIN Group: Mohon kirim laporan"], "b.txt")
    result = rep.import_reports(office, again)
    assert (result.ignored, result.pending, result.filed) == (1, 0, 0)
    assert reports(office) == {}
    assert rep.review_list(office) == []


def test_ambiguous_name_waits_with_both_candidates(office, tmp_path):
    path = chat(tmp_path, ["23/03/20 16.00 - Nurul Hidayah: 1. Rapat"])
    result = rep.import_reports(office, path)
    assert result.pending == 1
    [waiting] = rep.review_list(office)
    assert waiting.reason == "ambiguous"
    assert len(waiting.candidates) == 2


def test_same_export_twice_and_a_longer_export_never_duplicate(office, tmp_path):
    lines = [
        "23/03/20 16.00 - +62 813-5555-6666: Laporan",
        "1. Mengarsip berkas (20 berkas)",
        "23/03/20 16.01 - +62 813-5555-6666: siap",
        "23/03/20 16.01 - +62 813-5555-6666: siap",  # the same words twice in a minute
        "23/03/20 16.02 - Orang Lain: halo",
    ]
    short = chat(tmp_path, lines, "short.txt")
    first = rep.import_reports(office, short)
    assert (first.messages, first.duplicates, first.filed, first.pending) == (4, 0, 3, 1)
    again = rep.import_reports(office, short)
    assert (again.duplicates, again.filed, again.pending, again.created,
            again.extended) == (4, 0, 0, 0, 0)
    longer = chat(tmp_path, lines + [
        "23/03/20 17.00 - +62 813-5555-6666: 2. Menyusun notula (1 dokumen)",
        "24/03/20 16.00 - +62 813-5555-6666: 1. Rapat (1 kegiatan)",
        "24/03/20 16.05 - Orang Lain: halo lagi",
    ], "long.txt")
    result = rep.import_reports(office, longer)
    assert (result.duplicates, result.filed, result.pending) == (4, 2, 1)
    assert (result.created, result.extended) == (1, 1)
    got = reports(office)
    budi = got[("Budi Santoso, S.Kom.", "2020-03-23")]
    assert budi.text == ("Laporan\n1. Mengarsip berkas (20 berkas)\n\nsiap\n\nsiap\n\n"
                         "2. Menyusun notula (1 dokumen)")
    assert [i.description for i in budi.items] == ["Mengarsip berkas", "Menyusun notula"]
    assert reports_sql.count_messages(office) == 7
    [waiting] = rep.review_list(office)
    assert waiting.pending == 2 and waiting.first_seen == "2020-03-23T16:02:00"


def test_a_named_date_files_the_report_and_a_follow_up_goes_with_it(office, tmp_path):
    path = chat(tmp_path, [
        "24/03/20 07.30 - Yusran Noor: Laporan kinerja Senin, 23 Maret 2020",
        "24/03/20 07.31 - Yusran Noor: 1. Menyusun jadwal jaga (1 dokumen)",
        "24/03/20 16.00 - Yusran Noor: 1. Rapat (1 kegiatan)",  # later: today
        "24/03/20 16.30 - +62 813-5555-6666: laporan tgl 23/03/2020 (terlambat)",
        "1. Mengarsip (5 berkas)",
    ])
    rep.import_reports(office, path)
    got = reports(office)
    monday = got[("Yusran Noor", "2020-03-23")]
    assert [i.description for i in monday.items] == ["Menyusun jadwal jaga"]
    assert monday.received_at == "2020-03-24T07:30:00"
    assert [i.description for i in got[("Yusran Noor", "2020-03-24")].items] == ["Rapat"]
    assert ("Budi Santoso, S.Kom.", "2020-03-23") in got


def test_a_file_that_is_not_a_chat_writes_nothing(office, tmp_path):
    good = chat(tmp_path, ["23/03/20 16.00 - Yusran Noor: laporan"], "good.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("nama,nip\nBudi,1\n", encoding="utf-8")
    with pytest.raises(FileError) as exc:
        rep.import_reports(office, bad)
    assert "bad.txt" in str(exc.value) and exc.value.message.startswith(("baris 1", "line 1"))
    assert reports_sql.count_messages(office) == 0
    with pytest.raises(FileError):
        rep.import_reports(office, tmp_path / "none.txt")
    rep.import_reports(office, good)
    assert len(reports(office)) == 1


def test_zip_export_with_media(office, tmp_path):
    import zipfile

    path = tmp_path / "WhatsApp Chat - WFH.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", "[23/03/20 16.00.00] Yusran Noor: \u200e<attached: "
                                 "00000003-PHOTO-2020-03-23-16-00-00.jpg>\r\n")
        zf.writestr("00000003-PHOTO-2020-03-23-16-00-00.jpg", b"\xff\xd8\xff")
    rep.import_reports(office, path)
    report = reports(office)[("Yusran Noor", "2020-03-23")]
    assert report.attachments == ["00000003-PHOTO-2020-03-23-16-00-00.jpg"]
    assert report.items == [] and report.text == ""


# --- importing e-mail ----------------------------------------------------------------------------

def mail(sender, date, subject, body, attachments=()):
    msg = EmailMessage()
    msg["From"] = sender
    msg["Date"] = date
    msg["Subject"] = subject
    msg.set_content(body)
    for name in attachments:
        msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename=name)
    return msg


def test_email_matched_by_address_dated_by_subject_or_header(office, tmp_path):
    box_path = tmp_path / "laporan.mbox"
    box = mailbox.mbox(str(box_path))
    box.add(mail("SITI.RAHMAH@kalselprov.go.id", "Tue, 24 Mar 2020 07:00:00 +0800",
                 "Laporan kinerja 23 Maret 2020", "1. Verifikasi usulan mutasi (12 berkas)",
                 ["lampiran.pdf"]))
    box.add(mail("M Ridwan <ridwan@gmail.com>", "Mon, 23 Mar 2020 23:30:00 +0000",
                 "Laporan", "- Entri data (30 data)"))  # 07:30 on Tuesday here
    box.add(mail("Nurul <nurul.h@yahoo.co.id>", "Mon, 23 Mar 2020 16:00:00 +0800",
                 "Laporan", "1. Rapat"))
    box.flush()
    box.close()
    result = rep.import_reports(office, box_path)
    assert result.kind == "mbox"
    assert (result.messages, result.filed, result.pending) == (3, 2, 1)
    got = reports(office)
    siti = got[("Dr. Hj. Siti Rahmah, S.E., M.Si.", "2020-03-23")]
    assert siti.channel == "email"
    assert siti.attachments == ["lampiran.pdf"]
    assert siti.text == "Laporan kinerja 23 Maret 2020\n1. Verifikasi usulan mutasi (12 berkas)"
    assert [(i.description, i.volume) for i in siti.items] == [("Verifikasi usulan mutasi", 12)]
    ridwan = got[("M. Ridwan", "2020-03-24")]
    assert ridwan.received_at == "2020-03-24T07:30:00"
    [waiting] = rep.review_list(office)
    assert waiting.sender_key == "mail:nurul.h@yahoo.co.id"
    assert waiting.label == "Nurul <nurul.h@yahoo.co.id>" and waiting.email == "nurul.h@yahoo.co.id"
    # the display name suggests who it may be
    assert len(waiting.candidates) == 2
    assert rep.import_reports(office, box_path).duplicates == 3


def test_single_eml_and_a_broken_one(office, tmp_path):
    good = tmp_path / "lap.eml"
    good.write_bytes(bytes(mail("ridwan@gmail.com", "Mon, 23 Mar 2020 16:00:00 +0800",
                                "Lap", "1. Rapat")))
    assert rep.import_reports(office, good).filed == 1
    broken = tmp_path / "rusak.eml"
    broken.write_text("bukan e-mail\n", encoding="utf-8")
    with pytest.raises(FileError) as exc:
        rep.import_reports(office, broken)
    assert "rusak.eml" in str(exc.value)


# --- typed reports, edits, verdicts, the queue ---------------------------------------------------

def test_add_report_appends_and_is_idempotent(office):
    budi = staff(office, "Budi Santoso, S.Kom.")
    report, changed = rep.add_report(office, budi["id"], MON, "1. Rapat (1 kegiatan)")
    assert changed and report.channel == "paper" and len(report.items) == 1
    again, changed = rep.add_report(office, budi["id"], MON, "1. Rapat (1 kegiatan)")
    assert not changed and again.id == report.id and len(again.items) == 1
    more, changed = rep.add_report(office, budi["id"], MON, "2. Notula (1 dokumen)", "wa")
    assert changed and len(more.items) == 2
    assert more.channel == "paper"  # the report keeps the channel it came in by
    with pytest.raises(rep.ReportError):
        rep.add_report(office, budi["id"], MON, "   ")
    with pytest.raises(rep.ReportError):
        rep.add_report(office, budi["id"], MON, "x", "telepati")


def test_save_items(office):
    budi = staff(office, "Budi Santoso, S.Kom.")
    report, _ = rep.add_report(office, budi["id"], MON, "Rapat dan notula")
    assert report.items == []
    saved = rep.save_items(office, report.id, [rep.Item("Rapat", "Notula", 1, "dokumen",
                                                        "via Zoom")])
    assert saved.items == [rep.Item("Rapat", "Notula", 1.0, "dokumen", "via Zoom")]
    with pytest.raises(rep.ReportError):
        rep.save_items(office, report.id, [rep.Item(" ")])


def test_verdicts_and_the_queue(office):
    budi = staff(office, "Budi Santoso, S.Kom.")
    ridwan = staff(office, "M. Ridwan")
    yusran = staff(office, "Yusran Noor")
    b, _ = rep.add_report(office, budi["id"], MON, "1. Rapat")
    r, _ = rep.add_report(office, ridwan["id"], MON, "1. Entri data")
    rep.add_report(office, yusran["id"], MON, "1. Jaga")
    with pytest.raises(rep.ReportError):
        rep.review_report(office, b.id, "returned", "  ")
    returned = rep.review_report(office, b.id, "returned", "uraian  kurang jelas",
                                 by="Kabid")
    assert (returned.verdict, returned.note, returned.reviewed_by) == (
        "returned", "uraian kurang jelas", "Kabid")
    assert returned.reviewed_at
    accepted = rep.review_report(office, r.id, "diterima", by="Kabid")
    assert accepted.verdict == "accepted"
    with pytest.raises(rep.ReportError):
        rep.review_report(office, r.id, "maybe")
    with pytest.raises(KeyError):
        rep.review_report(office, "nope", "accepted")

    queue = rep.review_queue(office, "BKD", MON)  # the unit with its sub-units
    assert [(q.name, q.verdict) for q in queue] == [
        ("Budi Santoso, S.Kom.", "returned"), ("M. Ridwan", "accepted")]
    assert queue[0].note == "uraian kurang jelas" and queue[0].items == 1
    assert [q.name for q in rep.review_queue(office, "RSUD", MON)] == ["Yusran Noor"]
    assert rep.review_queue(office, "BKD", TUE) == []
    with pytest.raises(KeyError):
        rep.review_queue(office, "NOPE", MON)

    # the staff member sends more: the report must be looked at again
    rep.add_report(office, budi["id"], MON, "Perbaikan: 1. Rapat koordinasi mutasi")
    assert rep.report_for(office, budi["id"], MON).verdict == "pending"
    assert rep.review_queue(office, "BKD", MON)[0].verdict == "pending"


# --- missing reports ---------------------------------------------------------------------------

def test_missing_reports_from_roster_and_attendance(office):
    from wfh_desktop import attendance

    pol = policy(office, SE)
    scheduler.generate(office, pol)

    def roster_ids(mode):
        return {r["staff_id"] for r in office.query(
            "SELECT staff_id FROM roster WHERE date = ? AND mode = ?", [MON.isoformat(), mode])}

    home, in_office = roster_ids("WFH"), roster_ids("WFO")
    budi = staff(office, "Budi Santoso, S.Kom.")
    assert budi["id"] in home  # at home by age
    missing = rep.missing_reports(office, MON)
    assert {p.staff_id for p in missing.people} == home
    assert (missing.expected, missing.reported) == (len(home), 0)

    rep.add_report(office, budi["id"], MON, "1. Rapat")
    missing = rep.missing_reports(office, MON)
    assert {p.staff_id for p in missing.people} == home - {budi["id"]}
    assert (missing.expected, missing.reported) == (len(home), 1)

    # attendance overrides the roster: sick at home is not working from home, and someone
    # rostered in the office who worked from home after all is expected to report
    sick = sorted(home - {budi["id"]})[0]
    moved = sorted(in_office)[0]
    attendance.key_entry(office, sick, MON, "S")
    attendance.key_entry(office, moved, MON, "WFH")
    missing = rep.missing_reports(office, MON)
    assert {p.staff_id for p in missing.people} == (home - {budi["id"], sick}) | {moved}
    assert missing.expected == len(home)

    scoped = rep.missing_reports(office, MON, "RSUD")
    assert scoped.people and {p.unit_code for p in scoped.people} == {"RSUD"}
    assert rep.missing_reports(office, WED).people == []  # a holiday: nobody rostered
    with pytest.raises(KeyError):
        rep.missing_reports(office, MON, "NOPE")


def test_missing_person_carries_phone_and_reminder(office):
    pol = policy(office, SE)
    scheduler.generate(office, pol)
    people = {p.name: p for p in rep.missing_reports(office, MON).people}
    budi = people["Budi Santoso, S.Kom."]
    assert budi.phone == "0813-5555-6666"
    assert budi.reminder.startswith("Yth. Bapak Budi Santoso, S.Kom.,\nmohon mengirimkan "
                                    "laporan kinerja harian hari Senin, 23 Maret 2020")


def test_reminder_text_by_sex_and_link():
    assert rep.reminder_text("Siti", "P", MON).startswith("Yth. Ibu Siti,")
    assert rep.reminder_text("Budi", "L", MON).startswith("Yth. Bapak Budi,")
    assert rep.reminder_text("Ari", None, MON).startswith("Yth. Bapak/Ibu Ari,")
    assert "23 Maret 2020" in rep.reminder_text("Ari", None, MON)
    custom = rep.reminder_text("Ari", "L", MON, template="{salutation} {name} {date}")
    assert custom == "Bapak Ari Senin, 23 Maret 2020"
    link = rep.whatsapp_link("0813-5555-6666", "Yth. Bapak Budi")
    assert link == "https://wa.me/6281355556666?text=Yth.%20Bapak%20Budi"
    assert rep.whatsapp_link("", "x") == ""


# --- the superior, forms, export ----------------------------------------------------------

def test_direct_superior_is_the_unit_head_or_the_parent_head(office):
    budi = staff(office, "Budi Santoso, S.Kom.")
    siti = staff(office, "Dr. Hj. Siti Rahmah, S.E., M.Si.")
    head = staff(office, "Dr. H. Ahmad Fauzi, M.Si.")
    assert rep.direct_superior(office, budi)["id"] == siti["id"]
    assert rep.direct_superior(office, siti)["id"] == head["id"]  # heads her unit: go up
    assert rep.direct_superior(office, head) is None
    yusran = staff(office, "Yusran Noor")
    assert rep.direct_superior(office, yusran) is None  # nobody with an eselon in RSUD


def test_daily_and_period_sheets(office):
    from wfh_desktop import settings

    budi = staff(office, "Budi Santoso, S.Kom.")
    rep.add_report(office, budi["id"], MON, "1. Rapat (2 jam)\n2. Notula (1 dokumen)")
    rep.add_report(office, budi["id"], TUE, "Rapat persiapan tanpa nomor")
    sheet = rep.daily_sheet(office, budi["id"], MON)
    assert [i.description for i in sheet.items] == ["Rapat", "Notula"]
    assert sheet.superior.name == "Dr. Hj. Siti Rahmah, S.E., M.Si." and sheet.superior_known
    assert sheet.employee.nip == budi["nip"]
    assert rep.daily_sheet(office, budi["id"], TUE).items == [rep.Item(
        "Rapat persiapan tanpa nomor")]
    assert rep.daily_sheet(office, budi["id"], MON, blank=True).items == []
    settings.save_signatory(office, settings.Signatory("head", "Direktur RSUD", "dr. Rina",
                                                       "", ""))
    yusran = staff(office, "Yusran Noor")
    fallback = rep.daily_sheet(office, yusran["id"], MON)
    assert not fallback.superior_known and fallback.superior.name == "dr. Rina"

    week = rep.period_sheet(office, budi["id"], *rep.week_of(WED), "week")
    assert [d.date.weekday() for d in week.days] == [0, 1, 2, 3, 4]
    assert [d.reported for d in week.days] == [True, True, False, False, False]
    assert rep.month_of("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    with pytest.raises(ValueError):
        rep.month_of("2020-13")


def test_export_csv_columns(office, tmp_path):
    import csv

    budi = staff(office, "Budi Santoso, S.Kom.")
    yusran = staff(office, "Yusran Noor")
    rep.add_report(office, budi["id"], MON, "=1+1 bukan rumus")
    r, _ = rep.add_report(office, yusran["id"], TUE, "1. Jaga")
    rep.review_report(office, r.id, "returned", "lengkapi")
    path = tmp_path / "lap.csv"
    assert rep.export_reports(office, path, MON, TUE) == 2
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))
    assert list(rows[0]) == ["date", "nip", "nik", "nama", "channel", "received_at", "text",
                             "verdict", "note"]
    assert rows[0]["text"] == "'=1+1 bukan rumus"  # never a formula in a spreadsheet
    assert (rows[1]["nama"], rows[1]["verdict"], rows[1]["note"]) == ("Yusran Noor",
                                                                      "returned", "lengkapi")
    assert rep.export_reports(office, path, MON, TUE, "RSUD") == 1

