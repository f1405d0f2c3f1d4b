"""One month of daily reports of 2,000 staff arriving as one WhatsApp export, imported
(read, matched, dated, deduplicated, filed), against plain sqlite3 executemany of the same
rows into the same tables in one transaction (the raw limit), measured in the same run;
and how well the senders were matched.

    python bench/reports_import.py [--staff 2000] [--repeat 3] [--seed 7]

The export is generated: staff with realistic names and titles (``Dr. Hj. Siti Rahmah,
S.E., M.Si.``) and phone numbers written the many ways clerks type them (``0812-...``,
``+62 812 ...``, ``62812...``); in the chat, senders appear as WhatsApp shows them:
unsaved numbers (``+62 812-3456-7890``, oddly grouped ones too) and saved contacts whose
names are noisy (no titles, capitals, ``Bu``/``Pak``, degrees without dots, ``M.`` for
Muhammad, emoji, double spaces), plus a few nicknames nobody can match and the group's
admin.  Some staff send two messages a day, some report the previous day the next morning
("Laporan Senin, 6 April 2020").  There is no target in DESIGN.md for this import; the
ratio is printed so that a change that makes it slower shows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wfh_desktop import names, register  # noqa: E402
from wfh_desktop import reports as rep  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402
from wfh_desktop.settings import DAYS_ID, MONTHS_ID  # noqa: E402
from wfh_desktop.tabular import Table  # noqa: E402

REF = dt.date(2020, 3, 23)
MONTH = [dt.date(2020, 4, d) for d in range(1, 31) if dt.date(2020, 4, d).weekday() < 5
         and d != 10]
PREFIXES = ["811", "812", "813", "821", "822", "823", "852", "853", "857", "877", "878", "895"]
FIELDS = list(names.FIELDS)
ACTIVITIES = [
    ("Menyusun laporan kegiatan", "dokumen"), ("Rapat koordinasi via Zoom", "jam"),
    ("Memeriksa berkas usulan kenaikan pangkat", "berkas"), ("Membalas surat dinas", "surat"),
    ("Entri data pegawai ke SIMPEG", "data"), ("Menyusun notula rapat", "dokumen"),
    ("Verifikasi SPJ kegiatan", "berkas"), ("Mempelajari regulasi terbaru", "kegiatan"),
    ("Menyiapkan bahan paparan pimpinan", "slide"), ("Rekap absensi pegawai", "dokumen"),
]
NICKNAMES = ["Ayah Fathan", "Mama Alya", "Kakak", "Bos Besar", "Acil Warung", "Nak Kost"]


def build_staff(db, n: int, rng: random.Random) -> list[dict]:
    """*n* staff in 10 units, with names, phones (noisy formats) and e-mails."""
    units = [{"kode": "OPD", "nama": "Badan Kepegawaian Daerah", "induk": "", "jenis": "badan",
              "layanan_publik": "tidak"}]
    units += [{"kode": f"OPD-B{k}", "nama": f"Bidang {k}", "induk": "OPD", "jenis": "badan",
               "layanan_publik": "tidak"} for k in range(1, 10)]
    rows, nips, phones = [], set(), set()
    for i in range(n):
        sex = rng.choice("LP")
        group = names.pick_group(rng)
        bare, muslim = names.given_name(rng, group, sex)
        age = rng.randint(23, 58)
        birth = dt.date(REF.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        edu = rng.choice(["SMA", "D3", "S1", "S1", "S1", "S2", "S2", "S3"])
        prefixes, suffixes = names.degrees(rng, edu, rng.choice(FIELDS), sex, birth.year)
        full = names.full_name(bare, prefixes=prefixes, suffixes=suffixes,
                               hajj=muslim and rng.random() < 0.2, sex=sex)
        tmt = max(birth.year + 22, 1995)
        nip = f"{birth:%Y%m%d}{tmt}{rng.randint(1, 12):02d}{1 if sex == 'L' else 2}" \
              f"{i % 1000:03d}"
        while nip in nips:
            nip = nip[:15] + f"{(int(nip[15:]) + 1) % 1000:03d}"
        nips.add(nip)
        phone = ""
        if rng.random() < 0.92:
            while True:
                digits = rng.choice(PREFIXES) + "".join(str(rng.randrange(10))
                                                        for _ in range(rng.choice((7, 8, 8))))
                if digits not in phones:
                    phones.add(digits)
                    break
            style = rng.random()
            if style < 0.35:
                phone = f"0{digits[:3]}-{digits[3:7]}-{digits[7:]}"
            elif style < 0.6:
                phone = f"0{digits}"
            elif style < 0.8:
                phone = f"+62 {digits[:3]}-{digits[3:7]}-{digits[7:]}"
            elif style < 0.9:
                phone = f"62{digits}"
            else:
                phone = f"0{digits[:3]} {digits[3:7]} {digits[7:]}"
        rows.append({"nip": nip, "nama": full, "jenis_pegawai": "PNS", "tingkat": "pelaksana",
                     "unit": f"OPD-B{1 + i % 9}", "jenis_kelamin": sex, "telepon": phone,
                     "_bare": bare, "_digits": digits if phone else ""})
    recs, report = register.plan_units(db, Table("units", {}, list(enumerate(units, 2))))
    assert not report.errors
    register.apply_units(db, recs)
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    plan = register.plan_staff(db, Table("staff", {}, list(enumerate(clean, 2))), today=REF)
    assert not plan.report.errors, [str(e) for e in plan.report.errors[:3]]
    register.apply_staff_plan(db, plan)
    ids = {r["nip"]: r["id"] for r in db.query("SELECT id, nip FROM staff")}
    for r in rows:
        r["id"] = ids[r["nip"]]
    return rows


def wa_number(digits: str, rng: random.Random) -> str:
    """As WhatsApp shows an unsaved number: ``+62 812-3456-7890`` (odd groupings too)."""
    if len(digits) == 11 and rng.random() < 0.3:
        return f"+62 {digits[:3]}-{digits[3:7]}-{digits[7:]}"
    return f"+62 {digits[:3]}-{digits[3:7]}-{digits[7:]}" if rng.random() < 0.8 else \
        f"+62 {digits[:3]}-{digits[3:6]}-{digits[6:]}"


def contact_name(person: dict, rng: random.Random) -> str:
    """A saved contact's name as someone typed it."""
    bare = person["_bare"]
    style = rng.random()
    if style < 0.25:
        name = person["nama"]  # saved with titles
    elif style < 0.45:
        name = bare.upper()
    elif style < 0.6:
        name = ("Bu " if person["jenis_kelamin"] == "P" else "Pak ") + bare
    elif style < 0.7:
        name = bare.lower()
    elif style < 0.8:
        name = bare.replace("Muhammad ", "M. ").replace("Akhmad ", "Ahmad ")
        name += " SE" if rng.random() < 0.5 else ""
    elif style < 0.9:
        name = bare.replace(" ", "  ") + " \U0001F60A"
    else:
        name = bare
    return name


def report_text(day: dt.date, rng: random.Random, named: bool) -> str:
    lines = []
    if named:
        lines.append(f"Laporan {DAYS_ID[day.weekday()]}, {day.day} "
                     f"{MONTHS_ID[day.month - 1]} {day.year}")
    elif rng.random() < 0.5:
        lines.append("Laporan kinerja harian")
    for k in range(1, rng.randint(2, 5)):
        what, unit = rng.choice(ACTIVITIES)
        style = rng.random()
        vol = rng.randint(1, 20)
        if style < 0.4:
            lines.append(f"{k}. {what} ({vol} {unit})")
        elif style < 0.7:
            lines.append(f"{k}. {what}: {vol} {unit}")
        elif style < 0.85:
            lines.append(f"- {what} sebanyak {vol} {unit}")
        else:
            lines.append(f"{k}) {what}")
    if rng.random() < 0.2:
        lines.append("Terima kasih \U0001F64F")
    return "\n".join(lines)


def build_chat(staff: list[dict], rng: random.Random) -> tuple[str, dict]:
    """The export's text, and {(sender label, sent_at iso, text): staff id or None}."""
    labels = {}
    for p in staff:
        r = rng.random()
        if p["_digits"] and r < 0.45:
            labels[p["id"]] = wa_number(p["_digits"], rng)
        elif r < 0.975:
            labels[p["id"]] = contact_name(p, rng)
        else:
            labels[p["id"]] = rng.choice(NICKNAMES) + f" {rng.randint(1, 99)}"
    events = []  # (sent_at, label, text, truth)
    for day in MONTH:
        events.append((dt.datetime.combine(day, dt.time(7, 0)), "ADMIN Group",
                       "Selamat pagi, mohon laporan kinerja hari ini dikirim paling lambat "
                       "pukul 16.00", None))
        for p in staff:
            if rng.random() < 0.05:
                continue  # sent nothing today
            late = rng.random() < 0.03 and day != MONTH[-1]
            if late:
                sent = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(
                    rng.randint(6, 7), rng.randrange(60)))
            else:
                sent = dt.datetime.combine(day, dt.time(rng.randint(15, 17), rng.randrange(60)))
            events.append((sent, labels[p["id"]], report_text(day, rng, late), p["id"]))
            if rng.random() < 0.15:
                more = sent + dt.timedelta(minutes=rng.randint(30, 90))
                if more.date() == sent.date():
                    events.append((more, labels[p["id"]], f"{rng.randint(5, 6)}. "
                                   f"{rng.choice(ACTIVITIES)[0]} (1 kegiatan)", p["id"]))
    events.sort(key=lambda e: e[0])
    lines = [f"{MONTH[0]:%d/%m/%y} 06.59 - Pesan dan panggilan dienkripsi secara end-to-end. "
             "Ketuk untuk info selengkapnya."]
    truth = {}
    for sent, label, text, sid in events:
        lines.append(f"{sent:%d/%m/%y %H.%M} - {label}: {text}")
        truth[(" ".join(label.split()), sent.isoformat(timespec="seconds"), text)] = sid
    return "\n".join(lines) + "\n", truth


TABLES = ("reports", "report_items", "report_messages", "report_senders")


def same_rows_executemany(base: Path, target: Path, rows: dict[str, list[tuple]]) -> float:
    """The rows the import stored, into the same tables (same keys, indexes and foreign
    keys) of a copy of the database before the import, with plain executemany in one
    transaction."""
    src = sqlite3.connect(base)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    start = time.perf_counter()
    con.execute("BEGIN")
    for table in TABLES:
        if rows[table]:
            marks = ", ".join("?" * len(rows[table][0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def accuracy(db, truth: dict) -> tuple[int, int, int, int, int]:
    """(right, wrong, to review, non-staff left out, total) over the messages."""
    right = wrong = review = outside = 0
    for row in db.query("SELECT m.sender, m.sent_at, m.text, m.status, r.staff_id FROM "
                        "report_messages m LEFT JOIN reports r ON r.id = m.report_id"):
        want = truth[(row["sender"], row["sent_at"], row["text"])]
        if want is None:
            outside += row["status"] != "filed"
            wrong += row["status"] == "filed"
        elif row["status"] == "filed":
            right += row["staff_id"] == want
            wrong += row["staff_id"] != want
        else:
            review += 1
    return right, wrong, review, outside, len(truth)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--staff", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ours, raw, again = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = tmp / "base.sqlite3"
        db = open_database(base)
        staff = build_staff(db, args.staff, rng)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
        text, truth = build_chat(staff, rng)
        chat = tmp / "WhatsApp Chat with Laporan WFH.txt"
        chat.write_text(text, encoding="utf-8")
        size = chat.stat().st_size
        for i in range(args.repeat):
            path = tmp / f"run{i}.sqlite3"
            src, dst = sqlite3.connect(base), sqlite3.connect(path)
            src.backup(dst)
            src.close()
            dst.close()
            db = open_database(path)
            start = time.perf_counter()
            result = rep.import_reports(db, chat)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            second = rep.import_reports(db, chat)
            again.append(time.perf_counter() - start)
            assert second.duplicates == result.messages and second.filed == 0
            stored = {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t}")] for t in TABLES}
            right, wrong, review, outside, total = accuracy(db, truth)
            db.conn.close()
            raw.append(same_rows_executemany(base, tmp / f"raw{i}.sqlite3", stored))
    o, r, a = statistics.median(ours), statistics.median(raw), statistics.median(again)
    rows = sum(len(v) for v in stored.values())
    staff_msgs = total - sum(1 for v in truth.values() if v is None)
    print(f"export: {size / 1e6:.1f} MB, {result.messages} messages of {args.staff} staff over "
          f"{len(MONTH)} working days ({result.system_lines} system lines)")
    print(f"stored: {result.created} reports, {len(stored['report_items'])} activity items, "
          f"{len(stored['report_messages'])} messages, {len(stored['report_senders'])} "
          f"senders to review ({rows} rows)")
    print(f"import (read, match, date, deduplicate, file): {o:.3f} s (median of "
          f"{args.repeat}), {result.messages / o:,.0f} messages/s")
    print(f"plain executemany of the same rows into the same tables: {r:.3f} s")
    print(f"ratio: {o / r:.1f}x")
    print(f"importing the same export again (all duplicates): {a:.3f} s")
    print(f"matching: {right / staff_msgs:.1%} of staff messages filed under the right person, "
          f"{wrong / total:.2%} of all messages filed wrongly, {review / staff_msgs:.1%} "
          f"left for review; {outside} of {total - staff_msgs} messages of non-staff kept out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
