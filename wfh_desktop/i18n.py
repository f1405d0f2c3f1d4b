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
}
