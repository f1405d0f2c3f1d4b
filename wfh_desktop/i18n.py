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
    # staff edits
    "staff member not found": "pegawai tidak ditemukan",
}
