"""Messages of the core in the user's language (Indonesian by default, English on request).

The GUI translates its own strings with Qt; the core has no Qt, so its user-visible
messages (import errors, command output) are written in English in the code and looked up
here.  ``tests/core/test_i18n.py`` checks that every message passed to :func:`t` has an
Indonesian entry.
"""
from __future__ import annotations

import os

LANGUAGES = ("id", "en")
_language = os.environ.get("WFH_DESKTOP_LANG", "id")
if _language not in LANGUAGES:
    _language = "id"


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def language() -> str:
    return _language


def t(source: str, /, **params) -> str:
    """Translate *source* (English text) and fill in ``{params}``."""
    text = source
    if _language == "id":
        text = ID.get(source, source)
    return text.format(**params) if params else text


# English source -> Indonesian.  Keep sorted by topic, not alphabetically.
ID: dict[str, str] = {
    # identifiers
    "must be {n} digits, found {found}": "harus {n} digit, tertulis {found}",
    "contains characters other than digits": "berisi karakter selain angka",
    "birth date {value} in the first 8 digits is not a valid date": "tanggal lahir {value} pada 8 digit pertama bukan tanggal yang sah",
    "start date (TMT) {value} in digits 9-14 is not a valid year and month": "TMT CPNS {value} pada digit 9-14 bukan tahun dan bulan yang sah",
    "sex digit (15th) must be 1 or 2, found {value}": "digit jenis kelamin (ke-15) harus 1 atau 2, tertulis {value}",
    "this looks like an NI PPPK: set jenis_pegawai to PPPK": "ini tampak seperti NI PPPK: isi jenis_pegawai dengan PPPK",
    "start as CPNS ({tmt}) before the 18th birthday": "TMT CPNS ({tmt}) sebelum usia 18 tahun",
    "appointment year {value} in digits 9-12 is not plausible": "tahun pengangkatan {value} pada digit 9-12 tidak masuk akal",
    "birth date {value} in digits 7-12 is not a valid date": "tanggal lahir {value} pada digit 7-12 bukan tanggal yang sah",
    "province code {value} does not exist": "kode provinsi {value} tidak ada",
    "the number was stored as a number by a spreadsheet and lost its last digits ({value}); format the column as Text and type it again": "angka ini disimpan sebagai bilangan oleh spreadsheet sehingga digit terakhirnya hilang ({value}); format kolom sebagai Teks lalu ketik ulang",
    # staff fields
    "required": "wajib diisi",
    "unknown employment type {value}; use PNS, PPPK, PHL, PTT or KONTRAK": "jenis pegawai {value} tidak dikenal; gunakan PNS, PPPK, PHL, PTT atau KONTRAK",
    "a NIP is required for {type}": "NIP wajib untuk {type}",
    "{type} staff have no NIP; put the 16-digit NIK in the nik column": "pegawai {type} tidak memiliki NIP; isi NIK 16 digit pada kolom nik",
    "unknown level {value}; use jpt, administrator, pengawas, pelaksana or fungsional": "tingkat jabatan {value} tidak dikenal; gunakan jpt, administrator, pengawas, pelaksana atau fungsional",
    "unknown eselon {value}; use for example II.a, III.b or IV.a": "eselon {value} tidak dikenal; gunakan misalnya II.a, III.b atau IV.a",
    "eselon {eselon} does not belong to level {level}": "eselon {eselon} tidak sesuai dengan tingkat jabatan {level}",
    "unknown golongan {value}; use for example III/a (PNS) or IX (PPPK)": "golongan {value} tidak dikenal; gunakan misalnya III/a (PNS) atau IX (PPPK)",
    "golongan {value} is for PNS and PPPK only": "golongan {value} hanya untuk PNS dan PPPK",
    "not a date {value}; use YYYY-MM-DD, for example 1986-09-26": "bukan tanggal {value}; gunakan TTTT-BB-HH, misalnya 1986-09-26",
    "birth date {value} contradicts the NIP ({derived})": "tanggal lahir {value} tidak sesuai dengan NIP ({derived})",
    "birth date {value} contradicts the NIK ({derived})": "tanggal lahir {value} tidak sesuai dengan NIK ({derived})",
    "sex {value} contradicts the NIP ({derived})": "jenis kelamin {value} tidak sesuai dengan NIP ({derived})",
    "sex {value} contradicts the NIK ({derived})": "jenis kelamin {value} tidak sesuai dengan NIK ({derived})",
    "unknown sex {value}; use L or P": "jenis kelamin {value} tidak dikenal; gunakan L atau P",
    "not a yes/no value {value}; use ya or tidak": "bukan nilai ya/tidak {value}; gunakan ya atau tidak",
    "only a woman (P) can be marked pregnant": "hanya pegawai perempuan (P) yang dapat ditandai hamil",
    "unknown unit code {value}": "kode unit {value} tidak dikenal",
    "not an e-mail address {value}": "bukan alamat e-mail {value}",
    "not a phone number {value}": "bukan nomor telepon {value}",
    "birth date {value} is in the future": "tanggal lahir {value} ada di masa depan",
    "NIP {value} appears again in row {row}": "NIP {value} muncul lagi pada baris {row}",
    "NIK {value} appears again in row {row}": "NIK {value} muncul lagi pada baris {row}",
    "NIP {value} already belongs to {name}": "NIP {value} sudah dimiliki {name}",
    "NIK {value} already belongs to {name}": "NIK {value} sudah dimiliki {name}",
    # units
    "unknown unit type {value}; use one of {allowed}": "jenis unit {value} tidak dikenal; gunakan salah satu dari {allowed}",
    "unknown parent unit {value}": "unit induk {value} tidak dikenal",
    "a unit cannot be its own parent": "unit tidak dapat menjadi induk dirinya sendiri",
    "the parent chain of {value} loops back on itself": "rantai unit induk {value} berputar kembali ke dirinya sendiri",
    "unit code {value} appears again in row {row}": "kode unit {value} muncul lagi pada baris {row}",
    "a unit code has letters, digits, '.', '-' or '_' only (found {value})": "kode unit hanya berisi huruf, angka, '.', '-' atau '_' (tertulis {value})",
    # files
    "cannot read the file: {reason}": "berkas tidak dapat dibaca: {reason}",
    "the file is empty": "berkas kosong",
    "unsupported file type {suffix}; use .csv or .xlsx": "jenis berkas {suffix} tidak didukung; gunakan .csv atau .xlsx",
    "missing column {column}": "kolom {column} tidak ada",
    "unknown column {column}": "kolom {column} tidak dikenal",
    "column {column} appears twice": "kolom {column} muncul dua kali",
    "the file has no data rows": "berkas tidak berisi baris data",
    "{file}: row {row}, column {column}: {message}": "{file}: baris {row}, kolom {column}: {message}",
    "{file}: row {row}: {message}": "{file}: baris {row}: {message}",
    "{file}: {message}": "{file}: {message}",
    "{count} rows rejected; nothing was written": "{count} baris ditolak; tidak ada data yang disimpan",
    "{count} rows rejected and saved to {path}": "{count} baris ditolak dan disimpan ke {path}",
    "--skip-invalid needs --rejects OUT.csv": "--skip-invalid memerlukan --rejects OUT.csv",
    "units: {inserted} added, {updated} updated, {unchanged} unchanged": "unit: {inserted} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah",
    "staff: {inserted} added, {updated} updated, {unchanged} unchanged": "pegawai: {inserted} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah",
    "{count} staff written to {path}": "{count} pegawai ditulis ke {path}",
    "{count} units written to {path}": "{count} unit ditulis ke {path}",
    # database
    "{path}: this database was written by a newer version of WFH Desktop; install the newer version (unknown changes: {names})": "{path}: basis data ini ditulis oleh versi WFH Desktop yang lebih baru; pasang versi yang lebih baru (perubahan tak dikenal: {names})",
    "{path}: not a WFH Desktop database ({reason})": "{path}: bukan basis data WFH Desktop ({reason})",
    "the file is not an SQLite database": "berkas ini bukan basis data SQLite",
    # demo
    "the database already holds {count} staff; use --force to add the demo OPD anyway": "basis data sudah berisi {count} pegawai; gunakan --force untuk tetap menambahkan OPD demo",
    "demo OPD {name}: {units} units, {staff} staff": "OPD demo {name}: {units} unit, {staff} pegawai",
    "the demo OPD takes from {low} to {high} staff, not {count}": "OPD demo memuat {low} sampai {high} pegawai, bukan {count}",
    # policies, roster and explanations
    'policy {number} stored (version {version})': 'surat edaran {number} disimpan (versi {version})',
    'policy {number} changed: stored as version {version}': 'surat edaran {number} berubah: disimpan sebagai versi {version}',
    'policy {number} unchanged (version {version})': 'surat edaran {number} tidak berubah (versi {version})',
    'absence {kind} of {name} from {start} to {end} recorded': 'ketidakhadiran {kind} {name} dari {start} sampai {end} dicatat',
    '{name} set to {mode} on {date} by hand': '{name} ditetapkan {mode} pada {date} secara manual',
    '{count} holidays of {year} added to the calendar': '{count} hari libur tahun {year} ditambahkan ke kalender',
    'no staff member with NIP or NIK {value}': 'tidak ada pegawai dengan NIP atau NIK {value}',
    '{count} roster entries written to {path}': '{count} entri jadwal ditulis ke {path}',
    'roster of SE {number}: {days} working days, {groups} units; {inserted} added, {updated} changed, {deleted} removed, {unchanged} unchanged': 'jadwal SE {number}: {days} hari kerja, {groups} unit; {inserted} ditambahkan, {updated} diubah, {deleted} dihapus, {unchanged} tidak berubah',
    'conflict: {dates} unit {unit}: rule "{rule}" gave way to "{other}" ({detail})': 'konflik: {dates} unit {unit}: aturan "{rule}" mengalah pada "{other}" ({detail})',
    'breach: {date} {name} set to {mode} by hand breaks "{rule}"': 'pelanggaran: {date} {name} ditetapkan {mode} secara manual melanggar "{rule}"',
    'no holiday preset for {year}; presets: {years}': 'tidak ada daftar libur bawaan untuk {year}; yang tersedia: {years}',
    'no policy with number {value}': 'tidak ada surat edaran bernomor {value}',
    '{name} has no roster entry on {date}; generate the roster first': '{name} belum memiliki jadwal pada {date}; buat jadwal terlebih dahulu',
    'moved: {date} {name}: {old} -> {new}': 'berubah: {date} {name}: {old} -> {new}',
    '{name}: {mode} on {date} under SE {number}.': '{name}: {mode} pada {date} menurut SE {number}.',
    'not available (leave, sick, official travel)': 'tidak tersedia (cuti, sakit, dinas luar)',
    'age limit': 'batas usia',
    'pregnancy': 'hamil',
    'comorbidity': 'komorbid',
    'exempt unit': 'unit yang dikecualikan',
    'public-service role': 'tugas layanan publik',
    'teacher role': 'tugas guru',
    'top structural levels in office': 'pejabat struktural tertinggi di kantor',
    'rotation: turn in the office': 'rotasi: giliran di kantor',
    'rotation: turn at home': 'rotasi: giliran di rumah',
    'rotation: minimum on-site composition': 'rotasi: komposisi minimal di kantor',
    'on-site cap': 'batas pegawai di kantor',
    'minimum on-site composition': 'komposisi minimal di kantor',
    'staff available': 'pegawai yang tersedia',
    'staff who must be in office': 'pegawai yang wajib di kantor',
    'manual entry': 'penetapan manual',
    '{name} has no roster entry on {date} (not a working day of any generated policy, or the roster has not been generated).': '{name} tidak memiliki jadwal pada {date} (bukan hari kerja pada surat edaran yang dijadwalkan, atau jadwal belum dibuat).',
    '{name} is not scheduled on {date}: {absence}, entered beforehand; under SE {number} staff who are not available get no office or home duty.': '{name} tidak dijadwalkan pada {date}: {absence}, yang sudah dicatat sebelumnya; menurut SE {number} pegawai yang tidak tersedia tidak mendapat tugas di kantor maupun di rumah.',
    '{name} works from home (WFH) on {date} because at {age} they are at or above the age limit of {limit} in SE {number}{override}.': '{name} bekerja dari rumah (WFH) pada {date} karena berusia {age} tahun, mencapai batas usia {limit} tahun dalam SE {number}{override}.',
    '{name} works from home (WFH) on {date} because she is pregnant; SE {number} sends pregnant staff home{override}.': '{name} bekerja dari rumah (WFH) pada {date} karena sedang hamil; SE {number} menugaskan pegawai yang hamil bekerja dari rumah{override}.',
    '{name} works from home (WFH) on {date} because of a comorbidity; SE {number} sends staff with comorbidities home{override}.': '{name} bekerja dari rumah (WFH) pada {date} karena memiliki penyakit penyerta (komorbid); SE {number} menugaskan pegawai dengan komorbid bekerja dari rumah{override}.',
    '{name} works in the office (WFO) on {date} because the unit {unit} is exempt from WFH under SE {number} (it serves the public).': '{name} bekerja di kantor (WFO) pada {date} karena unit {unit} dikecualikan dari WFH menurut SE {number} (melayani masyarakat).',
    '{name} works in the office (WFO) on {date} because public-service staff are exempt from WFH under SE {number}.': '{name} bekerja di kantor (WFO) pada {date} karena pegawai layanan publik dikecualikan dari WFH menurut SE {number}.',
    '{name} works in the office (WFO) on {date} because teachers are exempt from WFH under SE {number}.': '{name} bekerja di kantor (WFO) pada {date} karena guru dikecualikan dari WFH menurut SE {number}.',
    '{name} works in the office (WFO) on {date} because eselon {eselon} is one of the {n} highest structural levels ({tiers}) that stay in office under SE {number}.': '{name} bekerja di kantor (WFO) pada {date} karena eselon {eselon} termasuk {n} tingkat struktural tertinggi ({tiers}) yang tetap di kantor menurut SE {number}.',
    'weekly': 'mingguan',
    'daily': 'harian',
    '{name} works in the office (WFO) on {date} in the {rotation} rotation, to meet the minimum on-site composition ({mins}) of SE {number}.': '{name} bekerja di kantor (WFO) pada {date} dalam giliran {rotation}, untuk memenuhi komposisi minimal di kantor ({mins}) menurut SE {number}.',
    '{name} works in the office (WFO) on {date}: their turn in the {rotation} rotation; {onsite} of at most {cap} staff are on site under SE {number}.': '{name} bekerja di kantor (WFO) pada {date}: mendapat giliran {rotation}; {onsite} dari paling banyak {cap} pegawai berada di kantor menurut SE {number}.',
    '{name} works from home (WFH) on {date} in the {rotation} rotation: the on-site places ({cap}, {share}% of {headcount} staff) go to colleagues whose turn it is under SE {number}.': '{name} bekerja dari rumah (WFH) pada {date} dalam giliran {rotation}: tempat di kantor ({cap}, {share}% dari {headcount} pegawai) diisi rekan yang mendapat giliran menurut SE {number}.',
    '{name} was set to {mode} on {date} by hand': '{name} ditetapkan {mode} pada {date} secara manual',
    '; this rule comes before the rule that keeps the top structural levels (eselon {eselon}) in office': '; aturan ini didahulukan atas aturan pejabat struktural tertinggi (eselon {eselon}) tetap di kantor',
    '; this rule comes before the exemption of the unit': '; aturan ini didahulukan atas pengecualian unit',
    '{name} works in the office (WFO) on {date} because eselon {eselon} is one of the levels ({tiers}) that stay in office in a unit of type {type} under SE {number}.': '{name} bekerja di kantor (WFO) pada {date} karena eselon {eselon} termasuk tingkat ({tiers}) yang tetap di kantor pada unit berjenis {type} menurut SE {number}.',
    '{name} works from home (WFH) on {date}: not among the staff who must be in office under SE {number}, which sets no on-site share to fill.': '{name} bekerja dari rumah (WFH) pada {date}: tidak termasuk pegawai yang wajib di kantor menurut SE {number}, yang tidak menetapkan kuota kantor untuk diisi.',
    ' by {who}': ' oleh {who}',
    '; this breaks the rule "{rule}" of SE {number}': '; ini melanggar aturan "{rule}" dalam SE {number}',
    '; it agrees with the rules of SE {number}': '; sesuai dengan aturan SE {number}',
    'leave (C)': 'cuti (C)',
    'annual leave (CT)': 'cuti tahunan (CT)',
    'sick leave (CS)': 'cuti sakit (CS)',
    'collective leave (CB)': 'cuti bersama (CB)',
    'sick (S)': 'sakit (S)',
    'official duty (DL)': 'dinas luar (DL)',
    'study leave (TB)': 'tugas belajar (TB)',
    'a whole number from 0 to 5': 'bilangan bulat dari 0 sampai 5',
    'a share between 0 and 1, for example 0.30': 'proporsi antara 0 dan 1, misalnya 0.30',
    'a table of level = count, levels from {allowed}': 'tabel tingkat = jumlah, dengan tingkat dari {allowed}',
    '"daily" or "weekly"': '"daily" (harian) atau "weekly" (mingguan)',
    '"unit" or "opd"': '"unit" atau "opd"',
    'an age from 18 to 70': 'usia dari 18 sampai 70',
    'a list of roles from {allowed}': 'daftar peran dari {allowed}',
    'a list of unit codes': 'daftar kode unit',
    'a table of unit type = list of eselon tiers (I to V); unit types: {allowed}': 'tabel jenis unit = daftar tingkat eselon (I sampai V); jenis unit: {allowed}',
    'the end {end} is before the start {start}': 'tanggal akhir {end} sebelum tanggal mulai {start}',
    'a list of days from {allowed}': 'daftar hari dari {allowed}',
    'a list of dates': 'daftar tanggal',
    'must be a table [rules]': 'harus berupa tabel [rules]',
    'true or false': 'true atau false',
    'unknown absence kind {value}; use one of {allowed}': 'jenis ketidakhadiran {value} tidak dikenal; gunakan salah satu dari {allowed}',
    'unknown key; allowed: {allowed}': 'kunci tidak dikenal; yang diperbolehkan: {allowed}',
    'must be text': 'harus berupa teks',
    '{file}: line {line}, key {key}: {message}': '{file}: baris {line}, kunci {key}: {message}',
    '{file}: key {key}: {message}': '{file}: kunci {key}: {message}',
    'not valid TOML: {reason}': 'bukan TOML yang sah: {reason}',
    # settings (letterhead, signatories)
    "the logo must be a PNG or JPEG image": "logo harus berupa gambar PNG atau JPEG",
    "the logo is {size} KB; it must be under 1 MB": "ukuran logo {size} KB; harus di bawah 1 MB",
    "too long: at most {n} characters": "terlalu panjang: paling banyak {n} karakter",
    "unknown signatory role {value}": "peran penanda tangan {value} tidak dikenal",
    # printed forms
    "unknown paper size {value}; use A4 or F4": "ukuran kertas {value} tidak dikenal; gunakan A4 atau F4",
    "no roster between {start} and {end}; generate it first (schedule generate)": "belum ada jadwal antara {start} dan {end}; buat jadwal terlebih dahulu (schedule generate)",
    "no roster for unit {unit} between {start} and {end}; generate it first (schedule generate)": "belum ada jadwal unit {unit} antara {start} dan {end}; buat jadwal terlebih dahulu (schedule generate)",
    "{pages} pages written to {path}": "{pages} halaman ditulis ke {path}",
    "cannot write the file {path}: {reason}": "berkas {path} tidak dapat ditulis: {reason}",
    # unit edits
    "unit not found": "unit tidak ditemukan",
    "unit code {value} is already used by {name}": "kode unit {value} sudah dipakai oleh {name}",
    "{value} lies below this unit and cannot be its parent": "{value} berada di bawah unit ini sehingga tidak dapat menjadi induknya",
    # staff edits
    "staff member not found": "pegawai tidak ditemukan",
    # attendance (wfh_desktop/attendance.py, recap.py, cli_attendance.py)
    "{date} of unit {unit} is locked (by {who}, {at}); a change now needs a correction with a reason": "{date} pada unit {unit} sudah dikunci (oleh {who}, {at}); perubahan sekarang harus berupa koreksi dengan alasan",
    "{month} of unit {unit} is closed (by {who}, {at}); a change now needs a correction with a reason": "bulan {month} pada unit {unit} sudah ditutup (oleh {who}, {at}); perubahan sekarang harus berupa koreksi dengan alasan",
    "not a time {value}; use HH:MM, for example 07:30": "bukan jam {value}; gunakan JJ:MM, misalnya 07:30",
    "unknown attendance code {value}": "kode kehadiran {value} tidak dikenal",
    "unknown attendance code {value}; use one of {allowed}": "kode kehadiran {value} tidak dikenal; gunakan salah satu dari {allowed}",
    "a code is a letter followed by up to 5 letters or digits (found {value})": "kode berupa satu huruf diikuti paling banyak 5 huruf atau angka (tertulis {value})",
    "unknown category {value}; use one of {allowed}": "kategori {value} tidak dikenal; gunakan salah satu dari {allowed}",
    "code {value} is used by keyed entries; its category cannot change": "kode {value} sudah dipakai dalam data kehadiran; kategorinya tidak dapat diubah",
    "a code counted on site must count as present": "kode yang dihitung hadir di kantor harus dihitung hadir",
    "a band starts at 1 minute or more": "rentang dimulai dari 1 menit atau lebih",
    "the band ends before it starts": "rentang berakhir sebelum dimulai",
    "the band overlaps the band of {value}": "rentang ini bertumpang tindih dengan rentang {value}",
    "the working day must end after it starts": "jam pulang harus sesudah jam masuk",
    "the break must lie within the working day": "waktu istirahat harus berada di dalam jam kerja",
    "a correction needs a reason": "koreksi harus disertai alasan",
    "a correction needs the name of who makes it": "koreksi harus menyebut nama yang melakukannya",
    "the correction changes nothing": "koreksi ini tidak mengubah apa pun",
    "give the NIP or the NIK of the staff member (for staff with neither: nama and unit)": "isi NIP atau NIK pegawai (untuk pegawai yang tidak memiliki keduanya: nama dan unit)",
    "no single staff member without NIP or NIK named {name} in unit {unit}": "tidak ada tepat satu pegawai tanpa NIP atau NIK bernama {name} di unit {unit}",
    "the time out {time_out} is before the time in {time_in}": "jam pulang {time_out} sebelum jam datang {time_in}",
    "unknown source {value}; use one of {allowed}": "sumber {value} tidak dikenal; gunakan salah satu dari {allowed}",
    "no surat edaran covers {date}": "tidak ada surat edaran yang berlaku pada {date}",
    "{date} is not a working day under SE {number}": "{date} bukan hari kerja menurut SE {number}",
    "{name} already has an entry on {date} in row {row}": "{name} sudah memiliki isian pada {date} di baris {row}",
    "not a month {value}; use YYYY-MM, for example 2020-03": "bukan bulan {value}; gunakan TTTT-BB, misalnya 2020-03",
    "Data fingerprint {fingerprint}: month closed on {at} by {who}": "Sidik data {fingerprint}: bulan ditutup pada {at} oleh {who}",
    "Data fingerprint {fingerprint}: changed after the month was closed on {at} by {who} (fingerprint at closing {closed})": "Sidik data {fingerprint}: data berubah sesudah bulan ditutup pada {at} oleh {who} (sidik data saat ditutup {closed})",
    "Month not closed: the data may still change": "Bulan belum ditutup: data masih dapat berubah",
    "ATTENDANCE RECAP": "REKAPITULASI KEHADIRAN PEGAWAI",
    "Period {month}: {days} working days": "Periode {month}: {days} hari kerja",
    "No": "No",
    "Name": "Nama",
    "Position": "Jabatan",
    "Working days": "Hari kerja",
    "Present": "Hadir",
    "Late (minutes)": "Terlambat (menit)",
    "Early leave (minutes)": "Pulang cepat (menit)",
    "Hours worked": "Jam kerja",
    "% present": "% hadir",
    "Not keyed": "Belum diisi",
    "On site per day": "Pegawai di kantor per hari",
    "Date": "Tanggal",
    "Circular (SE)": "Surat edaran (SE)",
    "On site (unit)": "Di kantor (unit)",
    "Planned WFO (unit)": "Jadwal WFO (unit)",
    "Rotation group": "Kelompok giliran",
    "On site (group)": "Di kantor (kelompok)",
    "Planned WFO (group)": "Jadwal WFO (kelompok)",
    "On-site cap": "Batas di kantor",
    "Staff of the group": "Pegawai kelompok",
    "Note": "Keterangan",
    "over the cap": "melebihi batas",
    "Codes": "Kode",
    "Recap": "Rekap",
    "no staff and no entries in {month}": "tidak ada pegawai dan tidak ada isian pada {month}",
    "attendance: {inserted} added, {updated} changed, {unchanged} unchanged": "kehadiran: {inserted} ditambahkan, {updated} diubah, {unchanged} tidak berubah",
    "{count} attendance entries written to {path}": "{count} isian kehadiran ditulis ke {path}",
    "recap of {month}: {units} units, {staff} staff written to {path}": "rekap {month}: {units} unit, {staff} pegawai ditulis ke {path}",
    "{date} locked for {units}": "{date} dikunci untuk {units}",
    "{date} was already locked for {units}": "{date} sudah dikunci sebelumnya untuk {units}",
    "{count} staff have no entry on {date}; only a correction can add one now": "{count} pegawai belum memiliki isian pada {date}; sekarang hanya dapat ditambahkan melalui koreksi",
    "{month} closed for {unit}: fingerprint {fingerprint}": "bulan {month} ditutup untuk {unit}: sidik data {fingerprint}",
    "{month} was already closed for {unit}: fingerprint at closing {fingerprint}": "bulan {month} sudah ditutup sebelumnya untuk {unit}: sidik data saat ditutup {fingerprint}",
    "fingerprint {fingerprint} matches the data of {unit} for {month}": "sidik data {fingerprint} cocok dengan data {unit} bulan {month}",
    "fingerprint {fingerprint} does not match the data of {unit} for {month} (now {current}; at closing {closed})": "sidik data {fingerprint} tidak cocok dengan data {unit} bulan {month} (sekarang {current}; saat ditutup {closed})",
    "{name} on {date} corrected to {status} by {who}: {reason}": "{name} pada {date} dikoreksi menjadi {status} oleh {who}: {reason}",
    "correction": "koreksi",
    "keyed": "isian",
    "present": "hadir",
    "on site": "di kantor",
    "inactive": "tidak aktif",
    # daily reports (whatsapp.py, mail.py, reports.py, cli_reports.py, pdf/report_form.py)
    'line {line}: {message}': 'baris {line}: {message}',
    'not a WhatsApp chat export: the line does not start with a date and time such as "23/03/20 08.15 - " or "[23/03/20 08.15.00] "': 'bukan ekspor obrolan WhatsApp: baris ini tidak diawali tanggal dan jam seperti "23/03/20 08.15 - " atau "[23/03/20 08.15.00] "',
    'not a valid date and time': 'bukan tanggal dan jam yang sah',
    'the dates disagree on the order of day and month (line {first} has the day first, line {second} the month first)': 'urutan hari dan bulan pada tanggal tidak seragam (baris {first} menaruh hari di depan, baris {second} menaruh bulan di depan)',
    'a day above 12 on line {line}': 'tanggal lebih dari 12 pada baris {line}',
    'a day above 12 in the second place on line {line}': 'tanggal lebih dari 12 di posisi kedua pada baris {line}',
    'Indonesian wording on line {line}': 'teks berbahasa Indonesia pada baris {line}',
    'a dot between hours and minutes': 'titik di antara jam dan menit',
    'dots between the parts of the date': 'titik di antara bagian-bagian tanggal',
    'dates without leading zeros and a two-digit year (US style)': 'tanggal tanpa angka nol di depan dan tahun dua digit (gaya AS)',
    'a 12-hour clock and a two-digit year (US style)': 'jam 12-jam dan tahun dua digit (gaya AS)',
    'no evidence either way: day first, as Indonesian phones write dates': 'tidak ada petunjuk: hari di depan, seperti penulisan tanggal pada ponsel berbahasa Indonesia',
    'message {number}: {message}': 'pesan {number}: {message}',
    'not an e-mail message: there is no From header': 'bukan pesan e-mail: tidak ada header From',
    'the From header has no e-mail address: {value}': 'header From tidak berisi alamat e-mail: {value}',
    'there is no Date header': 'tidak ada header Date',
    'the Date header is not a date: {value}': 'header Date bukan tanggal: {value}',
    'not an e-mail message: it does not begin with headers': 'bukan pesan e-mail: tidak diawali header',
    'not an mbox mailbox: it does not begin with a "From " line': 'bukan kotak surat mbox: tidak diawali baris "From "',
    'line {line}': 'baris {line}',
    'message {number}': 'pesan {number}',
    'the archive holds no chat (.txt) file': 'arsip tidak berisi berkas obrolan (.txt)',
    'unknown channel {value}; use whatsapp, email, paper or other': 'saluran {value} tidak dikenal; gunakan whatsapp, email, paper atau other',
    'the report is empty': 'laporan kosong',
    'the report is too long: at most {n} characters': 'laporan terlalu panjang: paling banyak {n} karakter',
    'report not found': 'laporan tidak ditemukan',
    'activity {n}: the description is empty': 'kegiatan {n}: uraian kosong',
    'unknown verdict {value}; use accepted, returned or pending': 'hasil verifikasi {value} tidak dikenal; gunakan accepted, returned atau pending',
    'a returned report needs a note saying what to fix': 'laporan yang dikembalikan memerlukan catatan tentang apa yang harus diperbaiki',
    'the note is too long: at most {n} characters': 'catatan terlalu panjang: paling banyak {n} karakter',
    '{path}: {messages} messages, {duplicates} already imported; {filed} filed in reports ({created} new, {extended} extended), {pending} waiting for review': '{path}: {messages} pesan, {duplicates} sudah pernah diimpor; {filed} dicatat dalam laporan ({created} baru, {extended} ditambah), {pending} menunggu pemeriksaan',
    '{count} messages of senders set aside': '{count} pesan dari pengirim yang dikesampingkan',
    'unknown sender {label} ({key}): {count} messages waiting': 'pengirim tidak dikenal {label} ({key}): {count} pesan menunggu',
    '{count} reports written to {path}': '{count} laporan ditulis ke {path}',
    '{missing} of {expected} staff working from home sent no report on {date}': '{missing} dari {expected} pegawai yang bekerja dari rumah tidak mengirim laporan pada {date}',
    'sender {sender} set aside: {count} messages': 'pengirim {sender} dikesampingkan: {count} pesan',
    'sender {sender} is {name}: {count} messages filed, {created} reports created, {extended} extended': 'pengirim {sender} adalah {name}: {count} pesan dicatat, {created} laporan dibuat, {extended} ditambah',
    'report of {name} on {date}: {items} activities ({channel})': 'laporan {name} pada {date}: {items} kegiatan ({channel})',
    'this report of {name} on {date} was already recorded': 'laporan {name} pada {date} ini sudah tercatat',
    '{name} has no report on {date}': '{name} tidak memiliki laporan pada {date}',
    'report of {name} on {date} accepted': 'laporan {name} pada {date} diterima',
    'report of {name} on {date} returned: {note}': 'laporan {name} pada {date} dikembalikan: {note}',
    '--blank goes with --date': '--blank hanya dapat dipakai bersama --date',
    # attendance sheets and recap PDF
    '{date} is not a working day under SE {number}; there is no attendance sheet to print': '{date} bukan hari kerja menurut SE {number}; tidak ada daftar hadir yang dicetak',
    'no active staff in unit {unit}': 'tidak ada pegawai aktif di unit {unit}',
    'no active staff to print': 'tidak ada pegawai aktif untuk dicetak',
    'no working day in {month} under any surat edaran': 'tidak ada hari kerja pada {month} menurut surat edaran mana pun',
    '--month needs --staff NIP_OR_NIK': '--month memerlukan --staff NIP_ATAU_NIK',
    '--staff goes with --month, --unit with --date': '--staff dipakai bersama --month, --unit bersama --date',
    "WFH days without a report": "WFH tanpa laporan",
    # attendance codes from the command line
    "not a number of minutes: {value}": "bukan jumlah menit: {value}",
    "attendance code {code} added": "kode kehadiran {code} ditambahkan",
    "attendance code {code} changed": "kode kehadiran {code} diubah",
    # accounts, roles and the audit log
    "the password needs at least {n} characters": "kata sandi paling sedikit {n} karakter",
    "the password must not be the user name": "kata sandi tidak boleh sama dengan nama pengguna",
    "wrong user name or password": "nama pengguna atau kata sandi salah",
    "this database has user accounts: log in to {what} (on the command line: --user NAME)":
        "basis data ini memiliki akun pengguna: masuk (login) dahulu untuk {what} "
        "(di baris perintah: --user NAMA)",
    "logged in": "masuk",
    "failed log-in": "gagal masuk",
    "log-in refused": "masuk ditolak",
    "logged out": "keluar",
    "{user} ({role}) may not {what}": "{user} ({role}) tidak berwenang {what}",
    "unknown role {role}: use one of {roles}": "peran {role} tidak dikenal: gunakan salah satu dari {roles}",
    "the first account must be an administrator (--role admin)":
        "akun pertama harus administrator (--role admin)",
    "a user name is one word of 1 to 40 characters": "nama pengguna berupa satu kata, 1 sampai 40 karakter",
    "the user {name} exists already": "pengguna {name} sudah ada",
    "no user {name}": "tidak ada pengguna {name}",
    "{name} is the last active administrator": "{name} adalah administrator aktif terakhir",
    "the current password is wrong": "kata sandi saat ini salah",
    "unknown user": "pengguna tidak dikenal",
    "too many failed log-ins: {name} can try again in {seconds} seconds":
        "terlalu banyak gagal masuk: {name} dapat mencoba lagi dalam {seconds} detik",
    "the account {name} is disabled": "akun {name} dinonaktifkan",
    "New password: ": "Kata sandi baru: ",
    "New password again: ": "Ulangi kata sandi baru: ",
    "the two passwords differ": "kedua kata sandi berbeda",
    "user {name} added as {role}": "pengguna {name} ditambahkan sebagai {role}",
    "{name} is now {role}": "{name} sekarang {role}",
    "password of {name} changed": "kata sandi {name} diubah",
    "{name} enabled": "{name} diaktifkan",
    "{name} disabled": "{name} dinonaktifkan",
    "Password for {name}: ": "Kata sandi {name}: ",
    "no new password: type it when asked, or set {env}":
        "tidak ada kata sandi baru: ketik saat diminta, atau isi {env}",
    "no password for {name}: type it when asked, or set {env}":
        "tidak ada kata sandi untuk {name}: ketik saat diminta, atau isi {env}",
    "active": "aktif",
    "disabled": "nonaktif",
    "administrator": "administrator",
    "operator": "operator",
    "supervisor": "supervisor",
    "viewer": "pemantau",
    "change the settings": "mengubah pengaturan",
    "manage user accounts": "mengelola akun pengguna",
    "change attendance codes and working hours": "mengubah kode kehadiran dan jam kerja",
    "restore a backup": "memulihkan cadangan",
    "build demo data": "membuat data contoh",
    "exchange sync files": "bertukar berkas sinkronisasi",
    "change the staff register": "mengubah data pegawai",
    "change the units": "mengubah unit kerja",
    "change policies and holidays": "mengubah surat edaran dan hari libur",
    "change the roster": "mengubah jadwal",
    "key in attendance": "mengisi kehadiran",
    "collect daily reports": "mengumpulkan laporan harian",
    "make a backup": "membuat cadangan",
    "lock days and close months": "mengunci hari dan menutup bulan",
    "correct locked attendance": "mengoreksi kehadiran yang terkunci",
    "verify daily reports": "memverifikasi laporan harian",
    # hostile input: files that are damaged, too big or not what they claim to be
    "the file starts as UTF-8 text but byte {position} is not UTF-8; save it again as CSV UTF-8":
        "berkas diawali sebagai teks UTF-8 tetapi bita ke-{position} bukan UTF-8; simpan ulang "
        "sebagai CSV UTF-8",
    "the file is marked as {encoding} text but is not valid {encoding}":
        "berkas ditandai sebagai teks {encoding} tetapi bukan {encoding} yang sah",
    "the message cannot be read: {reason}": "pesan tidak dapat dibaca: {reason}",
    "the file unpacks to {size} MB, more than the {limit} MB it may hold":
        "isi berkas yang dibuka berukuran {size} MB, melebihi batas {limit} MB",
    # safety of the file: backups, restore, integrity, one window per database
    "{n} bytes": "{n} bita",
    "the number of days to keep backups must be a whole number from {low} to {high}, not {value}": "jumlah hari penyimpanan cadangan harus bilangan bulat dari {low} sampai {high}, bukan {value}",
    "{path} is the database itself; choose another file name": "{path} adalah basis data itu sendiri; pilih nama berkas lain",
    "{path}: the file does not exist": "{path}: berkas tidak ada",
    "{path}: the file is damaged ({problem}); it cannot be restored": "{path}: berkas rusak ({problem}); tidak dapat dipulihkan",
    "{path}: this backup was written by a newer version of WFH Desktop; install the newer version to restore it (unknown changes: {names})": "{path}: cadangan ini ditulis oleh versi WFH Desktop yang lebih baru; pasang versi yang lebih baru untuk memulihkannya (perubahan yang tidak dikenal: {names})",
    "a database in memory cannot be restored": "basis data di memori tidak dapat dipulihkan",
    "{path} is the database itself; choose a backup": "{path} adalah basis data itu sendiri; pilih sebuah cadangan",
    "the file holds no WFH Desktop data": "berkas tidak berisi data WFH Desktop",
    "backup written to {path} ({size})": "cadangan ditulis ke {path} ({size})",
    "{path} restored from {source}": "{path} dipulihkan dari {source}",
    "{path} is open in a WFH Desktop window (process {pid} on {host}); close the window first, then restore": "{path} sedang terbuka di jendela WFH Desktop (proses {pid} di {host}); tutup jendela itu dahulu, lalu pulihkan",
    "the database as it was is kept in {kept}": "basis data sebelum dipulihkan disimpan di {kept}",
    "warning: {message}": "peringatan: {message}",
    "nothing was changed in {path}": "tidak ada yang diubah pada {path}",
    "{path}: the database file is damaged and cannot give what this command needs ({reason})": "{path}: berkas basis data rusak sehingga tidak dapat memberikan yang diperlukan perintah ini ({reason})",
    "warning: {path} is also open in a WFH Desktop window (process {pid} on {host}); the change is saved, but the window may show the old data until it is opened again": "peringatan: {path} juga sedang terbuka di jendela WFH Desktop (proses {pid} di {host}); perubahan tersimpan, tetapi jendela itu mungkin masih menampilkan data lama sampai dibuka kembali",
    "{path} is already open in another WFH Desktop window (process {pid} on {host}). Switch to that window, or close it and start again.": "{path} sudah terbuka di jendela WFH Desktop lain (proses {pid} di {host}). Beralihlah ke jendela itu, atau tutup jendela itu lalu mulai lagi.",
    "No backup of it was found in {folder}. Restore a copy you kept with:\n  {command}": "Tidak ditemukan cadangannya di {folder}. Pulihkan salinan yang Anda simpan dengan:\n  {command}",
    "{path}: the database file is damaged ({problem}).": "{path}: berkas basis data rusak ({problem}).",
    "The newest backup is {backup} (of {date}). Restore it with:\n  {command}": "Cadangan terbaru adalah {backup} (tanggal {date}). Pulihkan dengan:\n  {command}",
    "Nothing was written to it.": "Tidak ada yang ditulis ke berkas itu.",
    "It is opened read-only; what is shown may be incomplete.": "Berkas dibuka hanya-baca; data yang ditampilkan mungkin tidak lengkap.",
    "WFH Desktop does not open it, so that nothing more is lost.": "WFH Desktop tidak membukanya, agar tidak ada lagi data yang hilang.",
    "{path} is on a network share ({where}). A dropped connection can damage the database; keep it on a disk of this PC.": "{path} berada di folder jaringan ({where}). Sambungan yang terputus dapat merusak basis data; simpanlah di disk PC ini.",
    "network drive {drive}": "drive jaringan {drive}",
    "the automatic backup of {path} into {folder} failed: {reason}": "pencadangan otomatis {path} ke {folder} gagal: {reason}",
    # the site, registration files and trusted peers
    "not set": "belum diatur",
    "unknown site role {role}: use bkd or opd": "peran situs {role} tidak dikenal: gunakan bkd atau opd",
    "this installation is registered with its peers as {current}: its role and unit cannot change to {new}":
        "instalasi ini sudah terdaftar pada mitranya sebagai {current}: peran dan unitnya tidak "
        "dapat diubah menjadi {new}",
    "first say what this installation is: wfh-desktop site --role bkd|opd [--unit CODE]":
        "tentukan dahulu instalasi ini milik siapa: wfh-desktop site --role bkd|opd [--unit KODE]",
    "an OPD needs the code of its unit (--unit CODE)": "OPD memerlukan kode unitnya (--unit KODE)",
    "the BKD has no unit code: leave out --unit": "BKD tidak memiliki kode unit: hilangkan --unit",
    "a site name has 1 to {n} characters": "nama situs terdiri dari 1 sampai {n} karakter",
    "{path}: the field {field} is missing": "{path}: kolom {field} tidak ada",
    "{path}: the field {field} is not valid": "{path}: kolom {field} tidak sah",
    "{path}: the file is empty": "{path}: berkas kosong",
    "{path}: too large for a registration file ({size} bytes)":
        "{path}: terlalu besar untuk berkas pendaftaran ({size} bita)",
    "{path}: not a registration file of WFH Desktop (not a text file)":
        "{path}: bukan berkas pendaftaran WFH Desktop (bukan berkas teks)",
    "{path}: not a registration file of WFH Desktop (not JSON: line {line}, column {column})":
        "{path}: bukan berkas pendaftaran WFH Desktop (bukan JSON: baris {line}, kolom {column})",
    "{path}: not a registration file of WFH Desktop (format {found}, expected {expected})":
        "{path}: bukan berkas pendaftaran WFH Desktop (format {found}, seharusnya {expected})",
    "{path}: the file is cut off (truncated); ask for it again":
        "{path}: berkas terpotong (tidak lengkap); mintalah sekali lagi",
    "{path}: written by a newer version of WFH Desktop (registration file version {found}; this version reads {known}): install the newer version":
        "{path}: dibuat oleh versi WFH Desktop yang lebih baru (berkas pendaftaran versi {found}; "
        "versi ini membaca {known}): pasang versi yang lebih baru",
    "{path}: the signature does not match the content: the file was changed or damaged after it was written; ask for a new one":
        "{path}: tanda tangan tidak cocok dengan isinya: berkas diubah atau rusak setelah "
        "dibuat; mintalah berkas baru",
    "cannot read the file {path}: {reason}": "berkas {path} tidak dapat dibaca: {reason}",
    "{value} is not a fingerprint: it has 16 letters and digits like K7QD-3MZP-A2XE-LW5N":
        "{value} bukan sidik jari: sidik jari terdiri dari 16 huruf dan angka seperti "
        "K7QD-3MZP-A2XE-LW5N",
    "{path}: the fingerprint of this file is not {read} as read over the phone: ask the other office to read it again slowly; if it still differs, the file may not come from the office you think; it was not registered":
        "{path}: sidik jari berkas ini bukan {read} seperti yang dibacakan lewat telepon: "
        "minta kantor itu membacakannya lagi pelan-pelan; jika tetap berbeda, berkas mungkin "
        "bukan dari kantor yang Anda kira; berkas tidak didaftarkan",
    "{path}: this is the registration file of this installation itself":
        "{path}: ini berkas pendaftaran instalasi ini sendiri",
    "{path}: the file is of {theirs}; an OPD registers the BKD and the BKD registers OPDs (this installation is {mine})":
        "{path}: berkas ini milik {theirs}; OPD mendaftarkan BKD dan BKD mendaftarkan OPD "
        "(instalasi ini {mine})",
    "{path}: site {site} is registered already with another key (fingerprint {known}); this file has {actual}":
        "{path}: situs {site} sudah terdaftar dengan kunci lain (sidik jari {known}); berkas "
        "ini {actual}",
    "{path}: this key is registered already for site {site}":
        "{path}: kunci ini sudah terdaftar untuk situs {site}",
    "{path}: {peer} is registered already (site {site}, fingerprint {known}, since {date}); this file is of another installation (site {other}, fingerprint {actual})":
        "{path}: {peer} sudah terdaftar (situs {site}, sidik jari {known}, sejak {date}); "
        "berkas ini milik instalasi lain (situs {other}, sidik jari {actual})",
    "site id: {value}": "ID situs: {value}",
    "role: {value}": "peran: {value}",
    "role: not set (wfh-desktop site --role bkd|opd [--unit CODE])":
        "peran: belum diatur (wfh-desktop site --role bkd|opd [--unit KODE])",
    "name: {value}": "nama: {value}",
    "fingerprint: {value}": "sidik jari: {value}",
    "--role bkd or --role opd is needed": "--role bkd atau --role opd diperlukan",
    "registration file of {site} written to {path}":
        "berkas pendaftaran {site} ditulis ke {path}",
    "fingerprint to read over the phone:": "sidik jari untuk dibacakan lewat telepon:",
    "{peer} registered (site {site}, fingerprint {fingerprint})":
        "{peer} didaftarkan (situs {site}, sidik jari {fingerprint})",
    "{peer} was registered already: name and unit updated":
        "{peer} sudah terdaftar: nama dan unit diperbarui",
    "{peer} was registered already: nothing changed": "{peer} sudah terdaftar: tidak ada yang berubah",
    # sync by files
    '{path}: too large for a sync file ({size} bytes)':
        '{path}: terlalu besar untuk berkas sinkronisasi ({size} byte)',
    'this installation':
        'instalasi ini',
    '{peer} is not a registered peer (site id, unit code or name); see wfh-desktop sync peers':
        '{peer} bukan mitra terdaftar (ID situs, kode unit atau nama); lihat wfh-desktop sync peers',
    '{path}: not a sync file of WFH Desktop (not a zip file, or cut off)':
        '{path}: bukan berkas sinkronisasi WFH Desktop (bukan berkas zip, atau terpotong)',
    '{path}: not a sync file of WFH Desktop (members {found})':
        '{path}: bukan berkas sinkronisasi WFH Desktop (isi {found})',
    '{path}: not a sync file of WFH Desktop (format {found})':
        '{path}: bukan berkas sinkronisasi WFH Desktop (format {found})',
    '{path}: this file was written by this installation itself':
        '{path}: berkas ini ditulis oleh instalasi ini sendiri',
    '{path}: written by an unknown site ({site}): register it first with wfh-desktop sync trust FILE --fingerprint FP':
        '{path}: ditulis oleh situs yang tidak dikenal ({site}): daftarkan dulu dengan wfh-desktop sync trust BERKAS --fingerprint SIDIK',
    '{path}: the signature does not match the key of {peer}: the file was changed, damaged or forged; ask for a new one':
        '{path}: tanda tangan tidak cocok dengan kunci {peer}: berkas diubah, rusak atau dipalsukan; mintalah berkas baru',
    '{path}: written by a newer version of WFH Desktop (sync file version {found}); install the newer version':
        '{path}: ditulis oleh versi WFH Desktop yang lebih baru (versi berkas sinkronisasi {found}); pasang versi yang lebih baru',
    '{path}: the manifest has no schema version':
        '{path}: manifes tidak memuat versi skema',
    '{path}: written by a newer version of WFH Desktop (database changes {names}); the file is kept in {inbox}: install the newer version and import it again':
        '{path}: ditulis oleh versi WFH Desktop yang lebih baru (perubahan basis data {names}); berkas disimpan di {inbox}: pasang versi yang lebih baru lalu impor lagi',
    '{path}: the manifest does not describe {member}':
        '{path}: manifes tidak menjelaskan {member}',
    '{path}: the member {member} does not match its hash in the manifest: the file was changed or damaged':
        '{path}: isi {member} tidak cocok dengan hash-nya di manifes: berkas diubah atau rusak',
    "{path}: the clock of {peer} is about {minutes} minutes ahead of this computer's; check the date and time there":
        '{path}: jam {peer} sekitar {minutes} menit lebih cepat dari komputer ini; periksa tanggal dan jam di sana',
    '{path}: the clock of {peer} is about {minutes} minutes behind; check the date and time there':
        '{path}: jam {peer} sekitar {minutes} menit terlambat; periksa tanggal dan jam di sana',
    'no conflict {id}':
        'tidak ada konflik {id}',
    'keep winner or other, not {value}':
        'pilih winner atau other, bukan {value}',
    'the conflict {id} is resolved already':
        'konflik {id} sudah diselesaikan',
    'no proposal {id}':
        'tidak ada usulan {id}',
    'the proposal {id} is decided already':
        'usulan {id} sudah diputuskan',
    'unknown kind of data {kind}':
        'jenis data {kind} tidak dikenal',
    '{path}: the member {member} unpacks to {size} bytes: refused (a zip bomb?)':
        '{path}: isi {member} terurai menjadi {size} byte: ditolak (bom zip?)',
    '{path}: the manifest is not valid JSON':
        '{path}: manifes bukan JSON yang sah',
    '{path}: line {line} of {member} is not a valid change':
        '{path}: baris {line} pada {member} bukan perubahan yang sah',
    '{path}: the changes do not fit this database ({reason}); nothing was changed':
        '{path}: perubahan tidak cocok dengan basis data ini ({reason}); tidak ada yang diubah',
    '{path}: the member {member} is damaged':
        '{path}: isi {member} rusak',
    'relayed by an OPD: only the BKD passes on changes of other offices':
        'diteruskan oleh OPD: hanya BKD yang meneruskan perubahan dari kantor lain',
    '{what} of a unit outside {unit}':
        '{what} milik unit di luar {unit}',
    'only the OPD of the unit changes {what}':
        'hanya OPD pemilik unit yang mengubah {what}',
    'only the BKD changes {what}':
        'hanya BKD yang mengubah {what}',
    'proposal {id} accepted: {kind} {key}':
        'usulan {id} diterima: {kind} {key}',
    'proposal {id} rejected: {kind} {key}':
        'usulan {id} ditolak: {kind} {key}',
    'this installation is the OPD {opd}: it makes the roster of its own units only, and {unit} is not one of them':
        'instalasi ini adalah OPD {opd}: jadwal hanya dibuat untuk unitnya sendiri, dan {unit} bukan salah satunya',
    'for {peer}':
        'untuk {peer}',
    'with every change':
        'dengan semua perubahan',
    '{count} changes written to {path} ({target})':
        '{count} perubahan ditulis ke {path} ({target})',
    '{path}: from {peer}: {applied} applied, {skipped} already here, {refused} refused, {proposals} proposals, {conflicts} new conflicts':
        '{path}: dari {peer}: {applied} diterapkan, {skipped} sudah ada, {refused} ditolak, {proposals} usulan, {conflicts} konflik baru',
    'conflict {id} resolved: {field} = {value}':
        'konflik {id} diselesaikan: {field} = {value}',
    'warning: {text}':
        'peringatan: {text}',
    'refused: {kind} {key}: {reason}':
        'ditolak: {kind} {key}: {reason}',
    'units':
        'unit',
    'staff':
        'pegawai',
    'policies':
        'kebijakan',
    'holidays':
        'hari libur',
    'attendance codes':
        'kode kehadiran',
    'absences':
        'ketidakhadiran',
    'roster':
        'jadwal',
    'roster conflicts':
        'konflik jadwal',
    'attendance':
        'kehadiran',
    'attendance locks':
        'kunci kehadiran',
    'month closures':
        'tutup buku bulanan',
    'daily reports':
        'laporan harian',
    'report items':
        'butir laporan',
    'sync conflicts':
        'konflik sinkronisasi',
}
