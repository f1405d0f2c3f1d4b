"""A realistic demo OPD: the Dinas Pendidikan dan Kebudayaan of Kalimantan Selatan.

``build_demo`` writes a unit tree and a staff register sized to the number of staff asked
for: the office of the dinas (sekretariat with its subbagian, bidang with their seksi, two
UPTD, one of them a museum open to the public) and state schools (SMA, SMK, SLB) whose
teachers and front-office staff are the public-service groups of the 2020 circulars.

The demo goes through the same validation and import plan as a file a clerk imports, so
it is exactly as valid as imported data; a row the core would reject is a bug here and
stops the build.  Everything is drawn from ``random.Random(seed)``: the same seed and staff
count give the same people (names, NIP, NIK, units, positions...), only the internal ids
differ.  Ages are computed on a reference date, by default 23 March 2020, the first day
of the WFH circulars, so that "aged 50 or more" means what it meant then.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace

import db as store

from . import ids, names, register
from .i18n import t
from .staff import GOLONGAN_PNS, STAFF_FILE, UNIT_FILE
from .tabular import Table
from .accounts import action

REFERENCE_DATE = dt.date(2020, 3, 23)
MIN_STAFF, MAX_STAFF = 1, 20_000
OPD_NAME = "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan"
ROOT_CODE = "DIKBUD"


class DemoRefused(Exception):
    """The demo was not written (staff already exist, or a staff count out of range)."""


# --- roles ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Role:
    position: str  # may hold {jenjang} (functional grade) and {mapel} (subject)
    etype: str
    level: str
    weight: float = 1.0
    education: str = "SMA:1"  # "SMA:5 D3:2 S1:3"
    fields: tuple[str, ...] = ("administrasi",)
    female: float = 0.5
    age: tuple[int, int, int] = (22, 57, 45)  # low, high, mode
    track: str = ""  # functional track: "keahlian", "keterampilan"
    teacher: bool = False
    public: bool = False
    gol: tuple[str, str] | None = None  # PNS golongan range
    eselon: str = ""
    subjects: str = ""  # key of SUBJECTS for teachers


def _adm(weight=1.0, **kw):
    return Role("Pengadministrasi Umum", "PNS", "pelaksana", weight, "SMA:5 D3:2 S1:3",
                ("administrasi", "sosial", "ekonomi"), age=(22, 57, 47), **kw)


def _pns(position, weight, education="SMA:2 D3:2 S1:6", fields=("administrasi",), **kw):
    kw.setdefault("age", (22, 57, 47))
    return Role(position, "PNS", "pelaksana", weight, education, fields, **kw)


def _ahli(position, weight, fields, gol=("III/a", "IV/c"), education="S1:8 S2:2", **kw):
    return Role(position + " {jenjang}", "PNS", "fungsional", weight, education, fields,
                track="keahlian", gol=gol, age=kw.pop("age", (25, 58, 44)), **kw)


def _terampil(position, weight, fields, education="D3:7 SMA:3", **kw):
    return Role(position + " {jenjang}", "PNS", "fungsional", weight, education, fields,
                track="keterampilan", gol=("II/a", "III/d"), age=kw.pop("age", (23, 57, 42)),
                **kw)


def _non_asn(position, etype, weight, education="SMA:6 SMP:2 D3:1 S1:1",
             fields=("administrasi",), female=0.5, age=(19, 50, 29), **kw):
    return Role(position, etype, "pelaksana", weight, education, fields, female, age, **kw)


KEBERSIHAN = _non_asn("Petugas Kebersihan", "PHL", 1.0, "SD:2 SMP:3 SMA:5", female=0.45,
                      age=(20, 54, 36))
PENGEMUDI = _non_asn("Pengemudi", "PHL", 1.0, "SMP:2 SMA:8", female=0.0, age=(22, 52, 35))
SATPAM = _non_asn("Satpam", "PTT", 1.0, "SMA:1", female=0.0, age=(21, 50, 32))
PENJAGA = _non_asn("Penjaga Malam", "PTT", 0.5, "SMP:4 SMA:6", female=0.0, age=(22, 54, 38))
TENAGA_ADM = _non_asn("Tenaga Administrasi", "KONTRAK", 1.0, "SMA:5 D3:2 S1:3",
                      ("administrasi", "ekonomi", "komputer"), female=0.6, age=(20, 45, 27))
OPERATOR = _non_asn("Operator Komputer", "KONTRAK", 1.0, "SMA:4 D3:4 S1:2", ("komputer",),
                    female=0.4, age=(20, 42, 26))
OPERATOR_DAPODIK = replace(OPERATOR, position="Operator Dapodik")
THL_ADM = replace(TENAGA_ADM, etype="PHL", weight=0.8)

ROLES: dict[str, list[Role]] = {
    "root": [
        _ahli("Pengawas Sekolah", 5, ("pendidikan",), gol=("IV/a", "IV/c"),
              education="S2:6 S1:3 S3:1", age=(45, 59, 54), female=0.4),
        PENGEMUDI, _adm(0.5),
    ],
    "sekretariat": [_adm(1), TENAGA_ADM],
    "bidang": [_adm(1), replace(TENAGA_ADM, weight=0.5), THL_ADM],
    "umum": [
        _adm(3),
        _pns("Pengelola Kepegawaian", 2, "SMA:3 D3:2 S1:5", ("administrasi", "hukum")),
        _ahli("Analis Kepegawaian", 1, ("administrasi", "hukum", "sosial")),
        _terampil("Arsiparis", 0.7, ("administrasi",)),
        _pns("Petugas Pelayanan Informasi", 0.5, "SMA:4 D3:3 S1:3", ("administrasi",),
             public=True),
        _pns("Pengemudi", 0.5, "SMA:1", female=0.0, age=(35, 57, 48)),
        PENGEMUDI, replace(KEBERSIHAN, weight=1.5), replace(KEBERSIHAN, position="Caraka",
                                                            weight=0.6),
        SATPAM, PENJAGA, TENAGA_ADM,
    ],
    "keuangan": [
        _pns("Pengadministrasi Keuangan", 3, "SMA:3 D3:3 S1:4", ("ekonomi", "akuntansi")),
        _pns("Bendahara Pengeluaran", 0.5, "D3:3 S1:7", ("ekonomi", "akuntansi")),
        _pns("Pengelola Barang Milik Daerah", 1.2, "SMA:4 D3:2 S1:4", ("ekonomi",)),
        _pns("Verifikator Keuangan", 1, "D3:3 S1:7", ("akuntansi", "ekonomi")),
        _pns("Penyusun Laporan Keuangan", 1, "S1:1", ("akuntansi", "ekonomi")),
        replace(TENAGA_ADM, position="Tenaga Administrasi Keuangan", weight=0.8,
                fields=("ekonomi", "akuntansi")),
    ],
    "perencanaan": [
        _pns("Penyusun Program dan Anggaran", 2, "S1:1", ("ekonomi", "administrasi")),
        _pns("Pengelola Data", 1.5, "D3:4 S1:6", ("komputer", "administrasi")),
        _ahli("Perencana", 1, ("ekonomi", "teknik", "pemerintahan")),
        _terampil("Pranata Komputer", 0.7, ("komputer",)),
        OPERATOR,
    ],
    "kurikulum": [
        _pns("Analis Kurikulum", 2, "S1:1", ("pendidikan",)),
        _pns("Pengelola Penilaian Pendidikan", 1.5, "D3:3 S1:7", ("pendidikan",)),
        _adm(1), replace(OPERATOR_DAPODIK, weight=0.7), THL_ADM,
    ],
    "peserta_didik": [
        _pns("Analis Pembinaan Peserta Didik", 2, "S1:1", ("pendidikan", "sosial")),
        _pns("Pengelola Data Peserta Didik", 1.5, "SMA:3 D3:3 S1:4", ("komputer",
                                                                     "administrasi")),
        _adm(1), replace(OPERATOR_DAPODIK, weight=0.7), THL_ADM,
    ],
    "sarpras": [
        _pns("Pengelola Sarana dan Prasarana Pendidikan", 2, "SMA:3 D3:3 S1:4",
             ("teknik", "administrasi")),
        _pns("Analis Kelembagaan Pendidikan", 1.5, "S1:1", ("pendidikan", "administrasi")),
        _adm(1), replace(TENAGA_ADM, weight=0.6), THL_ADM,
    ],
    "gtk": [
        _pns("Pengelola Data Guru dan Tenaga Kependidikan", 2, "SMA:2 D3:3 S1:5",
             ("komputer", "administrasi")),
        _pns("Verifikator Tunjangan Profesi Guru", 1.5, "S1:1", ("pendidikan", "ekonomi")),
        _ahli("Analis Kepegawaian", 1, ("administrasi", "hukum")),
        _adm(1), replace(OPERATOR, weight=0.7), THL_ADM,
    ],
    "budaya": [
        _ahli("Pamong Budaya", 1.5, ("sejarah", "seni", "sastra")),
        _pns("Pengelola Cagar Budaya", 1, "D3:3 S1:7", ("sejarah", "teknik")),
        _pns("Pengelola Kesenian dan Tradisi", 1, "SMA:3 D3:2 S1:5", ("seni", "sastra")),
        _adm(1), replace(KEBERSIHAN, weight=0.3),
    ],
    "museum": [
        _ahli("Pamong Budaya", 1, ("sejarah", "sastra")),
        _pns("Pemandu Museum", 1.5, "SMA:3 D3:3 S1:4", ("sejarah", "sastra"), public=True),
        _pns("Pengelola Koleksi Museum", 1, "D3:4 S1:6", ("sejarah",)),
        _non_asn("Petugas Loket", "PHL", 1, "SMA:1", female=0.7, public=True),
        _non_asn("Pemandu Museum", "KONTRAK", 0.7, "D3:4 S1:6", ("sejarah", "sastra"),
                 female=0.6, age=(21, 40, 26), public=True),
        SATPAM, KEBERSIHAN, _adm(0.7),
    ],
    "tekkom": [
        _ahli("Pengembang Teknologi Pembelajaran", 1.5, ("komputer", "pendidikan")),
        _terampil("Pranata Komputer", 1, ("komputer",)),
        Role("Pengembang Teknologi Pembelajaran {jenjang}", "PPPK", "fungsional", 0.3,
             "S1:1", ("komputer", "pendidikan"), 0.4, (28, 45, 35), track="keahlian"),
        _pns("Teknisi Penyiaran Pendidikan", 1, "SMA:3 D3:7", ("teknik", "komputer"),
             female=0.2),
        replace(OPERATOR, position="Tenaga Teknis Jaringan", female=0.2),
        replace(OPERATOR, position="Operator Radio Pendidikan", weight=0.5),
        _adm(0.7), replace(KEBERSIHAN, weight=0.5), replace(SATPAM, weight=0.5),
    ],
    "school": [
        Role("Guru {jenjang} ({mapel})", "PNS", "fungsional", 56, "S1:85 S2:15",
             ("pendidikan",), 0.6, (24, 59, 50), track="guru", teacher=True,
             gol=("III/a", "IV/c")),
        Role("Guru {jenjang} ({mapel})", "PPPK", "fungsional", 7, "S1:1", ("pendidikan",),
             0.6, (30, 52, 41), track="guru", teacher=True),
        Role("Guru Tidak Tetap ({mapel})", "PTT", "pelaksana", 11, "S1:1", ("pendidikan",),
             0.65, (22, 45, 29), teacher=True),
        _pns("Pengadministrasi Umum", 3, "SMA:6 D3:2 S1:2", ("administrasi",), public=True),
        _pns("Bendahara Sekolah", 0.8, "D3:4 S1:6", ("ekonomi", "akuntansi")),
        _terampil("Pustakawan", 1, ("perpustakaan",), public=True),
        _terampil("Pranata Laboratorium Pendidikan", 1, ("sains", "komputer")),
        replace(OPERATOR_DAPODIK, weight=2.5),
        _non_asn("Tenaga Administrasi Sekolah", "PHL", 4, "SMA:7 D3:2 S1:1", female=0.6,
                 public=True),
        replace(KEBERSIHAN, weight=3.5),
        replace(PENJAGA, position="Penjaga Sekolah", weight=2.5),
        replace(SATPAM, etype="PHL", weight=2.5),
    ],
}

HEAD_OF_SCHOOL = Role("Kepala Sekolah", "PNS", "fungsional", 1, "S1:5 S2:5", ("pendidikan",),
                      0.4, (42, 59, 52), track="guru", teacher=True, gol=("IV/a", "IV/b"))
HEAD_OF_ADMIN = _pns("Kepala Tata Usaha", 1, "SMA:3 D3:3 S1:4", ("administrasi",),
                     age=(35, 57, 48), public=True, gol=("III/a", "III/d"))

SUBJECTS = {
    "SMA": [("Matematika", ("pendidikan", "sains"), 4), ("Bahasa Indonesia",
            ("pendidikan", "sastra"), 4), ("Bahasa Inggris", ("pendidikan", "sastra"), 3),
            ("Fisika", ("pendidikan", "sains"), 2), ("Kimia", ("pendidikan", "sains"), 2),
            ("Biologi", ("pendidikan", "sains"), 2), ("Ekonomi", ("pendidikan", "ekonomi"), 2),
            ("Sosiologi", ("pendidikan", "sosial"), 1.5), ("Geografi", ("pendidikan",), 1.5),
            ("Sejarah", ("pendidikan", "sejarah"), 2), ("PPKn", ("pendidikan",), 2),
            ("Pendidikan Agama Islam", ("agama",), 2.5),
            ("Pendidikan Jasmani", ("pendidikan",), 2), ("Seni Budaya", ("pendidikan",
            "seni"), 1.5), ("Bimbingan dan Konseling", ("pendidikan",), 2),
            ("Informatika", ("komputer", "pendidikan"), 1), ("Prakarya dan Kewirausahaan",
            ("pendidikan", "ekonomi"), 1), ("Bahasa Arab", ("agama",), 0.5)],
    "SMK": [("Matematika", ("pendidikan",), 3), ("Bahasa Indonesia", ("pendidikan",), 3),
            ("Bahasa Inggris", ("pendidikan", "sastra"), 3), ("PPKn", ("pendidikan",), 1.5),
            ("Pendidikan Agama Islam", ("agama",), 2), ("Pendidikan Jasmani",
            ("pendidikan",), 1.5), ("Bimbingan dan Konseling", ("pendidikan",), 1.5),
            ("Akuntansi dan Keuangan Lembaga", ("pendidikan", "ekonomi"), 3),
            ("Teknik Kendaraan Ringan", ("teknik", "pendidikan"), 3),
            ("Teknik Komputer dan Jaringan", ("komputer", "pendidikan"), 3),
            ("Teknik Instalasi Tenaga Listrik", ("teknik", "pendidikan"), 2),
            ("Otomatisasi dan Tata Kelola Perkantoran", ("pendidikan", "administrasi"), 2),
            ("Tata Boga", ("pendidikan",), 1.5), ("Teknik Pemesinan", ("teknik",
            "pendidikan"), 1.5)],
    "SLB": [("Pendidikan Khusus", ("pendidikan",), 10), ("Pendidikan Agama Islam",
            ("agama",), 1.5), ("Pendidikan Jasmani Adaptif", ("pendidikan",), 1),
            ("Keterampilan Vokasional", ("pendidikan",), 1.5)],
}

# --- units ---------------------------------------------------------------------------


@dataclass
class UnitDef:
    code: str
    name: str
    parent: str
    type: str
    kind: str  # key of ROLES
    weight: float  # share of the office staff (schools are sized apart)
    heads: list[Role] = field(default_factory=list)
    public: bool = False
    school: str = ""  # "SMA", "SMK", "SLB" for schools


def _head(position, level, eselon, gol, *, fields=("administrasi", "pendidikan",
          "sosial", "ekonomi", "pemerintahan", "hukum")):
    if level == "jpt":
        education, age = "S2:7 S3:3", (50, 58, 55)
    elif level == "administrator":
        education, age = "S1:3 S2:6 S3:1", (42, 57, 51)
    else:
        education, age = "S1:6 S2:4", (34, 56, 46)
    return Role(position, "PNS", level, 1, education, fields, 0.3, age, gol=gol,
                eselon=eselon)


def _office_units() -> tuple[UnitDef, list[UnitDef]]:
    """The dinas and its office units, in the order they are added as the OPD grows."""
    root = UnitDef(ROOT_CODE, OPD_NAME, "", "dinas", "root", 0.6, [
        _head("Kepala Dinas Pendidikan dan Kebudayaan", "jpt", "II.a", ("IV/c", "IV/d"),
              fields=("pendidikan", "administrasi", "ekonomi"))])

    def unit(suffix, name, parent, utype, kind, weight=1.0, public=False, head=None,
             fields=None):
        code = f"{ROOT_CODE}-{suffix}"
        parent_code = f"{ROOT_CODE}-{parent}" if parent else ROOT_CODE
        if head is None:
            if utype == "sekretariat" and suffix == "SEK":
                head = [_head("Sekretaris", "administrator", "III.a", ("IV/b", "IV/c"))]
            elif kind == "bidang":
                head = [_head(f"Kepala {name}", "administrator", "III.b", ("IV/a", "IV/b"))]
            else:
                head = [_head(f"Kepala {name}", "pengawas", "IV.a", ("III/d", "IV/a"),
                              **({"fields": fields} if fields else {}))]
        return UnitDef(code, name, parent_code, utype, kind, weight, head, public)

    def seksi(bidang, suffix, topic, kind, label):
        return unit(f"{bidang}-{suffix}", f"Seksi {topic} {label}", bidang, "dinas", kind,
                    fields=("pendidikan", "administrasi"))

    def uptd(suffix, name, kind, public, fields):
        return unit(suffix, name, "", "uptd", kind, 2.2, public, head=[
            _head(f"Kepala {name}", "pengawas", "IV.a", ("III/d", "IV/a"), fields=fields),
            _head("Kepala Subbagian Tata Usaha", "pengawas", "IV.b", ("III/c", "III/d"))])

    k = ("Kurikulum dan Penilaian", "kurikulum")
    p = ("Peserta Didik dan Pembangunan Karakter", "peserta_didik")
    s = ("Kelembagaan dan Sarana Prasarana", "sarpras")
    units = [
        unit("SEK", "Sekretariat", "", "sekretariat", "sekretariat", 0.25),
        unit("SEK-UMPEG", "Subbagian Umum dan Kepegawaian", "SEK", "sekretariat", "umum",
             2.6),
        unit("SMA", "Bidang Pembinaan SMA", "", "dinas", "bidang", 0.25),
        seksi("SMA", "KUR", *k, "SMA"),
        unit("SEK-KEU", "Subbagian Keuangan dan Aset", "SEK", "sekretariat", "keuangan", 1.6,
             fields=("ekonomi", "akuntansi")),
        unit("GTK", "Bidang Guru dan Tenaga Kependidikan", "", "dinas", "bidang", 0.25),
        unit("GTK-SMA", "Seksi Guru dan Tenaga Kependidikan SMA", "GTK", "dinas", "gtk"),
        unit("SEK-PROG", "Subbagian Perencanaan dan Pelaporan", "SEK", "sekretariat",
             "perencanaan", 1.2, fields=("ekonomi", "pemerintahan")),
        unit("SMK", "Bidang Pembinaan SMK", "", "dinas", "bidang", 0.25),
        seksi("SMK", "KUR", *k, "SMK"),
        uptd("MUSEUM", "UPTD Museum Lambung Mangkurat", "museum", True,
             ("sejarah", "sastra", "sosial")),
        unit("BUD", "Bidang Kebudayaan", "", "dinas", "bidang", 0.25),
        unit("BUD-CB", "Seksi Cagar Budaya dan Permuseuman", "BUD", "dinas", "budaya",
             fields=("sejarah", "sosial")),
        seksi("SMA", "PD", *p, "SMA"),
        seksi("SMA", "SAR", *s, "SMA"),
        unit("GTK-SMK", "Seksi Guru dan Tenaga Kependidikan SMK", "GTK", "dinas", "gtk"),
        seksi("SMK", "PD", *p, "SMK"),
        seksi("SMK", "SAR", *s, "SMK"),
        unit("PKLK", "Bidang Pembinaan Pendidikan Khusus", "", "dinas", "bidang", 0.25),
        seksi("PKLK", "KUR", *k, "Pendidikan Khusus"),
        unit("GTK-PK", "Seksi Guru dan Tenaga Kependidikan Pendidikan Khusus", "GTK", "dinas",
             "gtk"),
        uptd("TEKKOM", "UPTD Balai Teknologi Informasi dan Komunikasi Pendidikan", "tekkom",
             False, ("komputer", "teknik", "pendidikan")),
        unit("BUD-SENI", "Seksi Kesenian", "BUD", "dinas", "budaya",
             fields=("seni", "sastra")),
        unit("BUD-SEJ", "Seksi Sejarah dan Tradisi", "BUD", "dinas", "budaya",
             fields=("sejarah", "sosial")),
        seksi("PKLK", "PD", *p, "Pendidikan Khusus"),
        seksi("PKLK", "SAR", *s, "Pendidikan Khusus"),
    ]
    return root, units


# (code, city, SMA, SMK, SLB) state schools per town
TOWNS = [
    ("BJM", "Banjarmasin", 13, 5, 2), ("BJB", "Banjarbaru", 5, 3, 1),
    ("MTP", "Martapura", 3, 2, 1), ("PLH", "Pelaihari", 3, 2, 1),
    ("KDG", "Kandangan", 3, 2, 1), ("BRB", "Barabai", 3, 2, 1), ("AMT", "Amuntai", 3, 2, 1),
    ("TJG", "Tanjung", 3, 2, 1), ("RTU", "Rantau", 2, 2, 1), ("MRB", "Marabahan", 2, 1, 1),
    ("PRG", "Paringin", 2, 1, 1), ("BTL", "Batulicin", 2, 2, 1), ("KTB", "Kotabaru", 3, 2, 1),
]


def _schools() -> list[UnitDef]:
    out = []
    for k in range(1, 14):
        for code, town, n_sma, n_smk, n_slb in TOWNS:
            for kind, limit in (("SMA", n_sma), ("SMK", n_smk), ("SLB", n_slb)):
                if k <= limit:
                    out.append(UnitDef(f"{kind}N{k}-{code}", f"{kind} Negeri {k} {town}",
                                       ROOT_CODE, "sekolah", "school", 0, [], True, kind))
    return out


# --- sizing --------------------------------------------------------------------------

@dataclass
class Slot:
    unit: UnitDef
    role: Role
    fixed: bool  # a head (or a replacement made to cover a category): not to be replaced


def _split(total: int, weights: list[float]) -> list[int]:
    """*total* split by *weights* with the largest-remainder method (deterministic)."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    s = sum(weights)
    shares = [total * w / s for w in weights]
    counts = [int(x) for x in shares]
    order = sorted(range(len(weights)), key=lambda i: (-(shares[i] - counts[i]), i))
    for i in order[:total - sum(counts)]:
        counts[i] += 1
    return counts


def _weighted(rng: random.Random, items, weight=lambda x: x.weight):
    total = sum(weight(x) for x in items)
    r = rng.random() * total
    for x in items:
        r -= weight(x)
        if r < 0:
            return x
    return items[-1]


def _plan(n: int, rng: random.Random) -> tuple[list[UnitDef], list[Slot]]:
    """The units of an OPD of *n* staff and one slot (unit and role) per staff member."""
    office_n = round(min(0.6 * n, 240 + 0.05 * max(0, n - 400)))
    school_n = n - office_n
    root, candidates = _office_units()
    budget = min(office_n, max(3, int(0.13 * office_n)))
    office = [root]
    heads = len(root.heads)
    for u in candidates:
        if heads + len(u.heads) > budget:
            break
        office.append(u)
        heads += len(u.heads)
    slots: list[Slot] = []
    for u in office:
        for role in u.heads[:max(0, office_n - len(slots))]:
            slots.append(Slot(u, role, True))
    rest = _split(office_n - len(slots), [u.weight for u in office])
    for u, count in zip(office, rest):
        slots.extend(Slot(u, _weighted(rng, ROLES[u.kind]), False) for _ in range(count))

    all_schools = _schools()
    n_schools = min(len(all_schools), max(1, round(school_n / 40))) if school_n else 0
    schools = all_schools[:n_schools]
    sizes = _split(school_n, [rng.uniform(0.6, 1.4) for _ in schools])
    for u, size in zip(schools, sizes):
        if size >= 1:
            slots.append(Slot(u, HEAD_OF_SCHOOL, True))
        if size >= 12:
            slots.append(Slot(u, HEAD_OF_ADMIN, True))
        for _ in range(size - (1 if size >= 1 else 0) - (1 if size >= 12 else 0)):
            slots.append(Slot(u, _weighted(rng, ROLES["school"]), False))
    _cover_categories(slots)
    return office + schools, slots


NEEDS = (("etype", "PPPK"), ("etype", "PHL"), ("etype", "PTT"), ("etype", "KONTRAK"),
         ("level", "pelaksana"), ("level", "fungsional"), ("teacher", True),
         ("public", True))


def _meets(role: Role, need) -> bool:
    what, value = need
    return {"etype": role.etype, "level": role.level, "teacher": role.teacher,
            "public": role.public}[what] == value


def _cover_categories(slots: list[Slot]) -> None:
    """Make sure a small OPD still has every employment type, level and role group, by
    turning ordinary posts into the missing kinds (largest units first)."""
    for need in NEEDS:
        if any(_meets(s.role, need) for s in slots):
            continue
        missing = [nd for nd in NEEDS if not any(_meets(s.role, nd) for s in slots)]
        counts = {nd: sum(_meets(s.role, nd) for s in slots) for nd in NEEDS}
        for s in reversed(slots):
            if s.fixed:
                continue
            options = [r for r in ROLES[s.unit.kind] if _meets(r, need)]
            if not options:
                continue
            best = max(options, key=lambda r: sum(_meets(r, nd) for nd in missing))
            lost = [nd for nd in NEEDS if _meets(s.role, nd) and not _meets(best, nd)
                    and counts[nd] == 1]
            if lost:
                continue
            s.role, s.fixed = best, True
            break


# --- people --------------------------------------------------------------------------

GOL_INDEX = {g: i for i, g in enumerate(GOLONGAN_PNS)}
ENTRY = {"SD": (0, 18, 28), "SMP": (2, 18, 28), "SMA": (4, 19, 30), "D3": (6, 21, 31),
         "S1": (8, 23, 33), "S2": (9, 25, 36), "S3": (10, 28, 40)}  # golongan, ages
CEILING = {"SD": 4, "SMP": 6, "SMA": 9, "D3": 10, "S1": 11, "S2": 12, "S3": 13}
MIN_AGE = {"SD": 19, "SMP": 19, "SMA": 19, "D3": 21, "S1": 23, "S2": 26, "S3": 31}
PPPK_GOL = {"SD": "I", "SMP": "III", "SMA": "V", "D3": "VII", "S1": "IX", "S2": "X",
            "S3": "XI"}
KALSEL_REGENCIES = [("71", 40), ("72", 15), ("03", 15), ("01", 4), ("02", 3), ("04", 4),
                    ("05", 3), ("06", 3), ("07", 3), ("08", 3), ("09", 3), ("10", 3),
                    ("11", 1)]
OTHER_PROVINCES = ["35", "33", "32", "62", "64", "73", "12", "13"]
PHONE_PREFIXES = [("811", 5), ("812", 20), ("813", 15), ("821", 12), ("822", 10), ("823", 5),
                  ("852", 10), ("853", 8), ("851", 3), ("857", 3), ("856", 2), ("819", 2),
                  ("877", 2), ("878", 2), ("895", 1), ("896", 1)]
MAIL_DOMAINS = [("gmail.com", 62), ("yahoo.co.id", 15), ("yahoo.com", 12),
                ("kalselprov.go.id", 8), ("ymail.com", 3)]


def _choose(rng: random.Random, pairs):
    return _weighted(rng, pairs, weight=lambda p: p[1])[0]


def _education(rng: random.Random, spec: str) -> str:
    return _choose(rng, [(k, float(v)) for k, v in (p.split(":") for p in spec.split())])


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _jenjang(track: str, gol: int) -> str:
    if track == "keterampilan":
        return ("Pemula" if gol <= 4 else "Terampil" if gol <= 7 else "Mahir" if gol <= 9
                else "Penyelia")
    return ("Ahli Pertama" if gol <= 9 else "Ahli Muda" if gol <= 11 else "Ahli Madya"
            if gol <= 14 else "Ahli Utama")


class _Factory:
    """Draws people for slots, keeping identifiers, names, phones and e-mails unique."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self.nips: set[str] = set()
        self.niks: set[str] = set()
        self.names: set[str] = set()
        self.phones: set[str] = set()
        self.emails: set[str] = set()

    def person(self, slot: Slot) -> dict:
        rng, role, today = self.rng, slot.role, self.today
        sex = "P" if rng.random() < role.female else "L"
        edu = _education(rng, role.education)
        lo, hi, mode = role.age
        age = max(int(rng.triangular(lo, hi + 1, mode)), MIN_AGE[edu])
        entry_gol = ENTRY[edu][0]
        if role.etype == "PNS" and role.gol:  # enough years of service for the rank
            need = max(0, GOL_INDEX[role.gol[0]] - entry_gol) * (3 if role.eselon else 4)
            age = max(age, ENTRY[edu][1] + need + 1)
        birth = _years_before(today, age) - dt.timedelta(days=rng.randint(1, 364))

        mapel = ""
        fields = role.fields
        if role.teacher:
            if slot.unit.school:
                mapel, fields, _w = _weighted(rng, SUBJECTS[slot.unit.school],
                                              weight=lambda s: s[2])
        fld = fields[rng.randrange(len(fields))]
        bare, muslim = self._bare_name(sex, need_muslim=fld == "agama")
        prefixes, suffixes = names.degrees(rng, edu, fld, sex, birth.year)
        real_age = ids.age_on(birth, today)
        hajj_p = 0.0 if real_age < 30 else 0.04 if real_age < 40 else min(
            0.55, 0.15 + 0.025 * (real_age - 40))
        if role.etype not in ("PNS", "PPPK"):
            hajj_p *= 0.4
        hajj = muslim and rng.random() < hajj_p
        name = names.full_name(bare, prefixes=prefixes, suffixes=suffixes, hajj=hajj, sex=sex)
        tries = 0
        while name in self.names:
            tries += 1
            if tries > 200:
                raise RuntimeError(f"demo generator: no unique name after 200 tries ({name})")
            bare, muslim = self._bare_name(sex, need_muslim=fld == "agama")
            name = names.full_name(bare, prefixes=prefixes, suffixes=suffixes,
                                   hajj=hajj and muslim, sex=sex)
        self.names.add(name)

        nip = nik = golongan = ""
        jenjang = ""
        if role.etype == "PNS":
            nip, gol = self._nip(birth, sex, edu, real_age, role)
            golongan = GOLONGAN_PNS[gol]
            jenjang = _jenjang(role.track, gol)
        elif role.etype == "PPPK":
            nip = self._ni_pppk(birth, sex)
            golongan = PPPK_GOL[edu]
            jenjang = "Ahli Pertama" if role.track in ("keahlian", "guru") else "Terampil"
        elif rng.random() < 0.85:
            nik = self._nik(birth, sex)
        position = role.position.format(jenjang=jenjang, mapel=mapel)

        asn = role.etype in ("PNS", "PPPK")
        phone = self._phone() if rng.random() < (0.93 if asn else 0.85) else ""
        email = ""
        if rng.random() < (0.75 if asn else 0.35):
            email = self._email(bare, birth.year, asn)
        # a few non-ASN staff without NIK have no birth date on file either
        birth_text = birth.isoformat()
        if not asn and not nik and rng.random() < 0.3:
            birth_text = ""
        return {
            "nip": nip, "nik": nik, "nama": name, "jenis_pegawai": role.etype,
            "jabatan": position, "tingkat": role.level, "eselon": role.eselon,
            "golongan": golongan, "unit": slot.unit.code, "tanggal_lahir": birth_text,
            "jenis_kelamin": sex, "hamil": "tidak", "komorbid": "tidak",
            "layanan_publik": "ya" if role.public else "tidak",
            "guru": "ya" if role.teacher else "tidak", "telepon": phone, "email": email,
            "aktif": "ya", "_age": real_age,
        }

    def _bare_name(self, sex: str, *, need_muslim: bool) -> tuple[str, bool]:
        while True:
            group = names.pick_group(self.rng)
            bare, muslim = names.given_name(self.rng, group, sex)
            if muslim or not need_muslim:
                return bare, muslim

    def _nip(self, birth: dt.date, sex: str, edu: str, age: int, role: Role
             ) -> tuple[str, int]:
        rng, today = self.rng, self.today
        entry_edu = "S1" if edu in ("S2", "S3") and rng.random() < 0.7 else edu
        entry_gol, lo_age, hi_age = ENTRY[entry_edu]
        need = 0
        if role.gol:
            need = max(0, GOL_INDEX[role.gol[0]] - entry_gol) * (3 if role.eselon else 4)
        hi = max(19, min(hi_age, age - 1 - need))
        lo = max(19, min(lo_age, hi))
        entry_age = rng.randint(lo, hi)
        tmt_year = birth.year + entry_age
        tmt_month = rng.randint(1, 12)
        if (tmt_year, tmt_month) < (birth.year + 18, birth.month):
            tmt_month = birth.month
        if (tmt_year, tmt_month) > (today.year, today.month):
            tmt_year, tmt_month = today.year - 1, rng.randint(1, 12)
        years = today.year - tmt_year
        gol = min(entry_gol + years // 4, max(CEILING[edu], entry_gol))
        if role.gol:  # structural posts rise faster than the regular four years
            step = 3 if role.eselon else 4
            gol = max(GOL_INDEX[role.gol[0]], min(GOL_INDEX[role.gol[1]],
                                                   entry_gol + years // step))
        prefix = f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{1 if sex == 'L' else 2}"
        seq = rng.randint(1, 9)
        while f"{prefix}{seq:03d}" in self.nips:
            seq += 1
        nip = f"{prefix}{seq:03d}"
        self.nips.add(nip)
        return nip, gol

    def _ni_pppk(self, birth: dt.date, sex: str) -> str:
        rng = self.rng
        year = max(2018, min(self.today.year, 2019 + (rng.random() < 0.4)))
        code = (year - 1 if rng.random() < 0.5 and year > 2018 else year) % 100
        prefix = f"{birth:%Y%m%d}{year:04d}{code:02d}{1 if sex == 'L' else 2}"
        seq = rng.randint(1, 30)
        while f"{prefix}{seq:03d}" in self.nips:
            seq += 1
        ni = f"{prefix}{seq:03d}"
        self.nips.add(ni)
        return ni

    def _nik(self, birth: dt.date, sex: str) -> str:
        rng = self.rng
        if rng.random() < 0.9:
            province, regency = "63", _choose(rng, KALSEL_REGENCIES)
        else:
            province = OTHER_PROVINCES[rng.randrange(len(OTHER_PROVINCES))]
            regency = f"{rng.randint(1, 20):02d}"
        day = birth.day + (40 if sex == "P" else 0)
        head = f"{province}{regency}{rng.randint(1, 12):02d}{day:02d}{birth:%m}{birth:%y}"
        serial = rng.randint(1, 2500)
        while f"{head}{serial:04d}" in self.niks:
            serial += 1
        nik = f"{head}{serial:04d}"
        if ids.parse_nik(nik, today=self.today).birth_date != birth:
            return ""  # a birth year the NIK's two digits cannot tell apart: leave it out
        self.niks.add(nik)
        return nik

    def _phone(self) -> str:
        rng = self.rng
        while True:
            prefix = _choose(rng, PHONE_PREFIXES)
            rest = "".join(str(rng.randrange(10)) for _ in range(8 if rng.random() < 0.8
                                                                    else 7))
            if prefix + rest not in self.phones:
                break
        self.phones.add(prefix + rest)
        a, b = (rest[:4], rest[4:]) if len(rest) == 8 else (rest[:3], rest[3:])
        style = rng.random()
        if style < 0.35:
            return f"0{prefix}-{a}-{b}"
        if style < 0.6:
            return f"0{prefix}{rest}"
        if style < 0.8:
            return f"+62 {prefix}-{a}-{b}"
        if style < 0.9:
            return f"+62{prefix}{rest}"
        return f"0{prefix} {a} {b}"

    def _email(self, bare: str, birth_year: int, asn: bool) -> str:
        rng = self.rng
        domain = _choose(rng, MAIL_DOMAINS)
        if domain.endswith("go.id") and not asn:
            domain = "gmail.com"
        local = names.email_local(bare, rng, birth_year)
        address = f"{local}@{domain}"
        n = 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address


def _mark_health(rows: list[dict], rng: random.Random) -> None:
    """Some pregnant women (about 3%) and some staff with a comorbidity (about 5%, more
    often the older ones)."""
    n = len(rows)
    fertile = [i for i, r in enumerate(rows) if r["jenis_kelamin"] == "P"
               and r["tanggal_lahir"] and 22 <= r["_age"] <= 42]
    k = min(len(fertile), max(1 if n >= 10 else 0, round(0.03 * n)))
    for i in rng.sample(fertile, k):
        rows[i]["hamil"] = "ya"
    others = [i for i, r in enumerate(rows) if r["hamil"] != "ya"]
    k = min(len(others), max(1 if n >= 10 else 0, round(0.05 * n)))
    # weighted sampling without replacement (Efraimidis-Spirakis): older staff more often
    keyed = sorted(others, key=lambda i: -rng.random() ** (
        1.0 / (1.0 + max(0, rows[i]["_age"] - 35) / 5.0)))
    for i in keyed[:k]:
        rows[i]["komorbid"] = "ya"


# --- the command ---------------------------------------------------------------------

@action("demo")
def build_demo(db, staff: int = 400, seed: int = 2020, force: bool = False,
               today: dt.date | None = None) -> dict:
    """Write the demo OPD with *staff* staff members; return its name and counts.

    Refuses (:class:`DemoRefused`) when the register already holds staff, unless *force*.
    Ages and identifiers are computed on *today* (default 23 March 2020).
    """
    today = today or REFERENCE_DATE
    if not MIN_STAFF <= staff <= MAX_STAFF:
        raise DemoRefused(t("the demo OPD takes from {low} to {high} staff, not {count}",
                            low=MIN_STAFF, high=MAX_STAFF, count=staff))
    rng = random.Random(seed)
    units, slots = _plan(staff, rng)
    factory = _Factory(rng, today)
    rows = [factory.person(s) for s in slots]
    _mark_health(rows, rng)
    for r in rows:
        del r["_age"]

    unit_rows = [{"kode": u.code, "nama": u.name, "induk": u.parent, "jenis": u.type,
                  "layanan_publik": "ya" if u.public else "tidak"} for u in units]
    unit_table = Table("demo", {c.name: c.name for c in UNIT_FILE},
                       list(enumerate(unit_rows, start=1)))
    staff_table = Table("demo", {c.name: c.name for c in STAFF_FILE},
                        list(enumerate(rows, start=1)))
    with store.transaction(db):
        existing = register.counts(db)["staff"]
        if existing and not force:
            raise DemoRefused(t("the database already holds {count} staff; use --force to "
                                "add the demo OPD anyway", count=existing))
        records, report = register.plan_units(db, unit_table)
        if report.errors:
            raise RuntimeError("demo generator made invalid units: "
                               + "; ".join(map(str, report.errors[:5])))
        register.apply_units(db, records)
        plan = register.plan_staff(db, staff_table, today=today)
        if plan.report.errors:
            raise RuntimeError("demo generator made invalid staff rows: "
                               + "; ".join(map(str, plan.report.errors[:5])))
        register.apply_staff_plan(db, plan)
        _letterhead_and_policy(db, rows)
    return {"name": OPD_NAME, "units": len(units), "staff": len(rows)}


DEMO_POLICY = "se-065-0312-org.toml"


def _letterhead_and_policy(db, rows: list[dict]) -> None:
    """Letterhead, signatory, the 2020 holidays and a Kalimantan Selatan circular, so that
    the demo can print and plan at once (nothing that is already set is overwritten)."""
    from . import policy as pol
    from . import settings
    from .paths import resource

    letterhead = settings.load_letterhead(db)
    logo = resource("logo", "logo-contoh.png")
    if not letterhead.opd_name:
        settings.save_letterhead(db, settings.Letterhead(
            government="PEMERINTAH PROVINSI KALIMANTAN SELATAN", opd_name=OPD_NAME.upper(),
            address="Jl. Jenderal Sudirman No. 9, Banjarmasin 70114",
            phone="(0511) 3350123", email="disdikbud@kalselprov.go.id", city="Banjarmasin",
            logo_png=settings.read_logo(logo) if logo.exists() else None))
    head = settings.load_signatories(db).get("head")
    if head is None or not head.name:
        kepala = next((r for r in rows if r.get("tingkat") == "jpt"), None)
        if kepala is not None:
            settings.save_signatory(db, settings.Signatory(
                role="head", position="Kepala Dinas Pendidikan dan Kebudayaan",
                name=kepala["nama"], pangkat=settings_pangkat(kepala.get("golongan", "")),
                nip=kepala.get("nip", "")))
    pol.apply_holiday_preset(db, 2020)
    path = resource("samples", DEMO_POLICY)
    pol.save_policy(db, pol.parse_policy(path.read_text(encoding="utf-8"), str(path)),
                    source=path.read_text(encoding="utf-8"))


def settings_pangkat(golongan: str) -> str:
    from .staff import PANGKAT

    return f"{PANGKAT[golongan]} ({golongan})" if golongan in PANGKAT else ""
