"""Daily reports through the ``wfh-desktop`` command, as a process: import of a WhatsApp
export and a mailbox, the review list, verdicts, missing reports, forms and the export."""
import csv
import mailbox
import sqlite3
from email.message import EmailMessage

import pdfplumber
import pytest

from .test_cli_register import wfh

MON = "2020-03-23"


def read_csv(path):
    return list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))


def count(db, table, where="1 = 1"):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo OPD with its roster; returns (folder, staff rows of those at home on MON)."""
    folder = tmp_path_factory.mktemp("reports")
    db = folder / "base.sqlite3"
    assert wfh("demo", "--staff", "40", db=db).returncode == 0
    r = wfh("schedule", "generate", "--policy", "065/0312/ORG", db=db)
    assert r.returncode == 0, r.stderr
    wfh("staff", "export", str(folder / "staff.csv"), db=db)
    wfh("schedule", "export", str(folder / "jadwal.csv"), "--from", MON, "--to", MON, db=db)
    staff = {(s["nip"] or s["nik"]): s for s in read_csv(folder / "staff.csv")}
    home = [staff[r["nip"] or r["nik"]] for r in read_csv(folder / "jadwal.csv")
            if r["mode"] == "WFH"]
    return folder, db, home


@pytest.fixture
def db(demo, tmp_path):
    folder, base, _home = demo
    copy = tmp_path / "r.sqlite3"
    src = sqlite3.connect(base)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    return copy


def phone_of(row):
    return row["telepon"].lstrip("'")


def test_whatsapp_import_review_verdict_missing_form_export(demo, db, tmp_path):
    _folder, _base, home = demo
    by_phone = next(s for s in home if s["telepon"])
    by_name = next(s for s in home if s is not by_phone and s["nip"])
    bare = by_name["nama"].split(",")[0].upper()  # the name as a contact, no degrees
    for title in ("DR. ", "DRS. ", "DRA. ", "IR. ", "H. ", "HJ. "):
        bare = bare.replace(title, "")
    chat = tmp_path / "WhatsApp Chat with WFH.txt"
    lines = [
        "23/03/20 07.00 - Pesan dan panggilan dienkripsi secara end-to-end. Ketuk untuk info "
        "selengkapnya.",
        f"23/03/20 16.00 - {phone_of(by_phone)}: Laporan kinerja harian Senin, 23 Maret 2020",
        "1. Menyusun laporan kegiatan (3 dokumen)",
        "2. Rapat koordinasi via Zoom: 2 jam",
        f"23/03/20 16.05 - {bare}: laporan tgl 23/03/2020",
        "- Memeriksa berkas usulan sebanyak 12 berkas",
        "23/03/20 16.10 - Pak Kebun: info banjir",
    ]
    chat.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    r = wfh("report", "import", str(chat), db=db)
    assert r.returncode == 0, r.stderr
    assert "3 pesan, 0 sudah pernah diimpor; 2 dicatat dalam laporan (2 baru, 0 ditambah), " \
           "1 menunggu pemeriksaan" in r.stdout
    assert "wa:pak kebun" in r.stdout
    r = wfh("report", "import", str(chat), db=db)
    assert "3 pesan, 3 sudah pernah diimpor; 0 dicatat" in r.stdout
    assert count(db, "reports") == 2

    # the review list, then the clerk says who "Pak Kebun" is
    r = wfh("report", "senders", db=db)
    assert r.stdout.startswith("wa:pak kebun\tPak Kebun\t1\t2020-03-23T16:10:00\tunknown")
    who = next(s for s in home if s not in (by_phone, by_name) and s["nip"])
    r = wfh("report", "assign", "--sender", "wa:pak kebun", "--staff", who["nip"], db=db)
    assert r.returncode == 0, r.stderr
    assert "1 pesan dicatat, 1 laporan dibuat" in r.stdout
    assert wfh("report", "senders", db=db).stdout == ""

    # missing reports of the day
    r = wfh("report", "missing", "--date", MON, "--reminders", db=db)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1] == f"{len(home) - 3} dari {len(home)} pegawai yang bekerja dari rumah " \
                        f"tidak mengirim laporan pada {MON}"
    listed = [line.split("\t") for line in lines[:-1] if not line.startswith("\t")]
    assert len(listed) == len(home) - 3
    assert by_phone["nama"] not in r.stdout and who["nama"] not in r.stdout
    reminders = [line for line in lines if line.startswith("\t")]
    assert len(reminders) == len(listed)
    assert all(x.startswith(("\tYth. Bapak ", "\tYth. Ibu ")) for x in reminders)
    assert "Senin, 23 Maret 2020" in reminders[0]

    # verdicts
    ident = by_phone["nip"] or by_phone["nik"]
    r = wfh("report", "verdict", "--staff", ident, "--date", MON, "--return", db=db)
    assert r.returncode == 1 and "catatan" in r.stderr
    r = wfh("report", "verdict", "--staff", ident, "--date", MON, "--return", "--note",
            "lampirkan foto kegiatan", "--by", "Kabid", db=db)
    assert r.returncode == 0, r.stderr
    assert "dikembalikan: lampirkan foto kegiatan" in r.stdout
    r = wfh("report", "verdict", "--staff", by_name["nip"], "--date", MON, "--accept", db=db)
    assert r.returncode == 0 and "diterima" in r.stdout
    r = wfh("report", "verdict", "--staff", ident, "--date", "2020-03-24", "--accept", db=db)
    assert r.returncode == 1 and "tidak memiliki laporan" in r.stderr

    # export
    out = tmp_path / "laporan.csv"
    r = wfh("report", "export", str(out), "--from", MON, "--to", MON, db=db)
    assert r.returncode == 0 and "3 laporan ditulis" in r.stdout
    rows = {row["nama"]: row for row in read_csv(out)}
    assert list(next(iter(rows.values()))) == ["date", "nip", "nik", "nama", "channel",
                                               "received_at", "text", "verdict", "note"]
    row = rows[by_phone["nama"]]
    assert (row["channel"], row["received_at"], row["verdict"], row["note"]) == (
        "whatsapp", "2020-03-23T16:00:00", "returned", "lampirkan foto kegiatan")
    assert row["text"].startswith("Laporan kinerja harian Senin, 23 Maret 2020\n1. Menyusun")
    assert rows[by_name["nama"]]["verdict"] == "accepted"
    xlsx = tmp_path / "laporan.xlsx"
    assert wfh("report", "export", str(xlsx), "--from", MON, "--to", MON, db=db).returncode == 0

    # the forms
    pdf = tmp_path / "lkh.pdf"
    r = wfh("report", "form", "--staff", ident, "--date", MON, "-o", str(pdf), db=db)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "LAPORAN KINERJA HARIAN" in text and by_phone["nama"] in text
    assert "Menyusun laporan kegiatan 3 dokumen" in text
    assert "Senin, 23 Maret 2020" in text and "Atasan Langsung" in text
    for extra in (["--date", MON, "--blank"], ["--week", MON], ["--month", "2020-03"]):
        r = wfh("report", "form", "--staff", ident, *extra, "-o", str(pdf), "--paper", "F4",
                db=db)
        assert r.returncode == 0, (extra, r.stderr)
    r = wfh("report", "form", "--staff", ident, "--week", MON, "--blank", "-o", str(pdf),
            db=db)
    assert r.returncode == 2
    r = wfh("report", "form", "--staff", ident, "--month", "2020-3", "-o", str(pdf), db=db)
    assert r.returncode == 2


def test_mailbox_import(demo, db, tmp_path):
    _folder, _base, home = demo
    person = next(s for s in home if s["email"])
    box_path = tmp_path / "laporan.mbox"
    box = mailbox.mbox(str(box_path))
    msg = EmailMessage()
    msg["From"] = person["email"].upper()
    msg["Date"] = "Mon, 23 Mar 2020 09:30:00 +0000"
    msg["Subject"] = "Laporan kinerja harian"
    msg.set_content("1. Rapat daring (1 kegiatan)")
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="bukti.pdf")
    box.add(msg)
    box.flush()
    box.close()
    r = wfh("report", "import", str(box_path), db=db)
    assert r.returncode == 0, r.stderr
    assert "1 dicatat dalam laporan (1 baru" in r.stdout
    out = tmp_path / "l.csv"
    wfh("report", "export", str(out), "--from", MON, "--to", MON, db=db)
    [row] = read_csv(out)
    assert (row["nama"], row["channel"], row["received_at"]) == (
        person["nama"], "email", "2020-03-23T17:30:00")


def test_add_and_bad_input(demo, db, tmp_path):
    _folder, _base, home = demo
    person = home[0]
    ident = person["nip"] or person["nik"]
    r = wfh("report", "add", "--staff", ident, "--date", MON, "--text",
            "1. Rapat (1 kegiatan)\n2. Notula (1 dokumen)", db=db)
    assert r.returncode == 0, r.stderr
    assert "2 kegiatan (paper)" in r.stdout
    r = wfh("report", "add", "--staff", ident, "--date", MON, "--text",
            "1. Rapat (1 kegiatan)\n2. Notula (1 dokumen)", db=db)
    assert "sudah tercatat" in r.stdout
    r = wfh("report", "add", "--staff", ident, "--date", MON, "--text", "x", "--channel",
            "merpati", db=db)
    assert r.returncode == 1 and "merpati" in r.stderr
    r = wfh("report", "add", "--staff", "123", "--date", MON, "--text", "x", db=db)
    assert r.returncode == 1 and "123" in r.stderr

    before = count(db, "report_messages")
    bad = tmp_path / "bukan-chat.txt"
    bad.write_text("Daftar hadir\n23/03/20 08.15 - Budi: hadir\n", encoding="utf-8")
    r = wfh("report", "import", str(bad), db=db)
    assert r.returncode == 1
    assert "bukan-chat.txt" in r.stderr and "baris 1" in r.stderr
    eml = tmp_path / "rusak.eml"
    eml.write_text("Subject: tanpa pengirim\n\nisi\n", encoding="utf-8")
    r = wfh("report", "import", str(eml), db=db)
    assert r.returncode == 1 and "rusak.eml" in r.stderr and "From" in r.stderr
    r = wfh("report", "import", str(tmp_path / "tidak-ada.txt"), db=db)
    assert r.returncode == 1 and "tidak-ada.txt" in r.stderr
    assert count(db, "report_messages") == before
    r = wfh("report", "missing", "--date", MON, "--unit", "NOPE", db=db)
    assert r.returncode == 1 and "NOPE" in r.stderr
    r = wfh("report", "export", str(tmp_path / "x.csv"), "--from", MON, "--to", MON,
            "--unit", "NOPE", db=db)
    assert r.returncode == 1


def test_help_documents_every_report_command():
    r = wfh("report", "--help")
    assert r.returncode == 0
    for action in ("add", "import", "export", "form", "missing", "verdict", "senders",
                   "assign", "ignore"):
        assert f"    {action}" in r.stdout
