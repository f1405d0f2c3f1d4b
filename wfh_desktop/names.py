"""Indonesian personal names and titles for the demo register.

Names are drawn per ethnic group as it is found among civil servants in Kalimantan
Selatan (Banjar first, then Javanese, Bugis, Dayak, Madurese, Sundanese, Minang, Batak,
Chinese-Indonesian), with first names that fit the person's sex.  Titles are written the
way staff lists write them: academic prefixes (``Dr.``, old-style ``Drs.``/``Dra.``,
``Ir.``), then the pilgrimage title (``H.``/``Hj.``, Muslims only), the name, then the
degrees after a comma: ``Dr. Hj. Siti Rahmah, S.E., M.Si.``.

Every function takes a :class:`random.Random` so that a seed gives the same names.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    name: str
    weight: float
    muslim: float  # share of Muslims (may carry H./Hj.)
    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_second: tuple[str, ...] = ()
    female_second: tuple[str, ...] = ()
    family: tuple[str, ...] = ()  # family names (marga, Chinese-Indonesian surnames)
    second_share: float = 0.6  # how often a second given name is used
    family_share: float = 0.0  # how often the family name is used


GROUPS: tuple[Group, ...] = (
    Group(
        "banjar", 0.50, 0.99,
        male_first=("Muhammad", "Ahmad", "Akhmad", "Abdul", "M.", "Noor", "Gusti", "Rahmat",
                    "Syahrani", "Ridwan", "Rahmadi", "Fahrurrazi", "Hairil", "Rusdiansyah",
                    "Zainal", "Yusran", "Mahyuni", "Hamdani", "Jumberi", "Rifani", "Saberi",
                    "Supian", "Hasbullah", "Irfansyah", "Firdaus", "Taufik", "Nasrullah",
                    "Syarifuddin", "Ardiansyah", "Gazali", "Muhdar", "Basrani", "Jailani",
                    "Mursyid", "Kusairi", "Anshari", "Rafiq", "Hasanuddin", "Habibi", "Fadli",
                    "Rizali", "Abdurrahman", "Saufi", "Sarbani", "Syaukani", "Masdar",
                    "Rusdi", "Aliansyah", "Husni", "Mukhlis", "Zulkifli", "Aspihani"),
        female_first=("Siti", "Nor", "Noor", "Rahmah", "Norhayati", "Rusmini", "Arbainah",
                      "Masliani", "Fitriani", "Syahriani", "Mahfuzah", "Khairunnisa",
                      "Norliani", "Hairani", "Rahmawati", "Aida", "Laila", "Jamilah", "Raudah",
                      "Zubaidah", "Mardiana", "Rusmiati", "Salamah", "Nurul", "Fatimah",
                      "Husnul", "Nadia", "Wardah", "Rabiatul", "Mariatul", "Hamidah",
                      "Lailatul", "Yuliani", "Noorjannah", "Erliani", "Mahrita", "Fahriani",
                      "Normila", "Rusida", "Hayatun", "Nida", "Anisa", "Muthia", "Raihanah",
                      "Gusti", "Antung", "Zahratul", "Mursidah"),
        male_second=("Noor", "Rahman", "Hidayat", "Ramadhan", "Fikri", "Anwar", "Effendi",
                     "Ansyari", "Ridwan", "Yani", "Ilmi", "Rasyid", "Arsyad", "Fauzi",
                     "Syahrial", "Rijani", "Nafarin", "Mahdi", "Hanafi", "Rizal",
                     "Firdaus", "Jamhari", "Basuni", "Azhari", "Riduan", "Hakim", "Arifin",
                     "Rusli", "Maulana", "Saputra", "Zakiri", "Fahmi", "Wahyudi"),
        female_second=("Rahmah", "Hidayah", "Aulia", "Hayati", "Khatimah", "Adawiyah",
                       "Kiptiah", "Qadariah", "Jannah", "Maulida", "Rahmi", "Fitria",
                       "Sholihah", "Hasanah", "Mahmudah", "Laili", "Aisyah", "Wahyuni",
                       "Rusmilawati", "Fauziah", "Nafisah", "Hafizah", "Yuliana", "Novita",
                       "Mariana", "Sari", "Rizkiani", "Mawaddah", "Amelia", "Zahra"),
        second_share=0.75,
    ),
    Group(
        "jawa", 0.20, 0.93,
        male_first=("Bambang", "Agus", "Budi", "Eko", "Dwi", "Tri", "Joko", "Slamet", "Heru",
                    "Wahyu", "Hadi", "Sugeng", "Teguh", "Rudi", "Yudi", "Anton", "Aris",
                    "Dedi", "Suharto", "Sutrisno", "Sukardi", "Sumarno", "Suparman",
                    "Gatot", "Purwanto", "Wawan", "Hari", "Imam", "Muji", "Setyo", "Yoga",
                    "Catur", "Bayu", "Ari", "Nanang", "Edi", "Sigit", "Priyo"),
        female_first=("Sri", "Dwi", "Tri", "Endang", "Sulastri", "Dewi", "Retno", "Rina",
                      "Yuni", "Wulan", "Ratna", "Siti", "Ani", "Lestari", "Puji", "Nining",
                      "Sumiati", "Tutik", "Anik", "Erna", "Indah", "Yayuk", "Wiwik", "Rini",
                      "Eka", "Nanik", "Suci", "Rahayu"),
        male_second=("Supriadi", "Setiawan", "Prasetyo", "Santoso", "Susanto", "Wibowo",
                     "Kurniawan", "Purnomo", "Nugroho", "Hartono", "Sulistyo", "Wijayanto",
                     "Handoko", "Saputro", "Pramono", "Widodo", "Sutrisno", "Harjono",
                     "Raharjo", "Priyanto", "Hermanto", "Suprapto", "Sugiarto", "Haryadi",
                     "Mulyono", "Wahyudi", "Budiono", "Triyono", "Sunarko", "Gunawan"),
        female_second=("Wahyuni", "Lestari", "Handayani", "Rahayu", "Astuti", "Susanti",
                       "Wulandari", "Purwanti", "Mulyani", "Suryani", "Ningsih",
                       "Kusumawati", "Rahmawati", "Setyowati", "Hartati", "Indrawati",
                       "Pratiwi", "Utami", "Sulistyowati", "Widayati", "Yuliati",
                       "Sundari", "Winarsih", "Kurniasih", "Puspitasari"),
        second_share=0.85,
    ),
    Group(
        "bugis", 0.06, 1.0,
        male_first=("Andi", "Muh.", "Muhammad", "Arsyad", "Irwan", "Syamsul", "Baharuddin",
                    "Amiruddin", "Ilham", "Jufri", "Rusli", "Muhlis", "Syahrir", "Nasir",
                    "Hamzah", "Sulaiman", "Ambo", "Firman", "Mustari"),
        female_first=("Andi", "Sitti", "Nurhaedah", "Hasnah", "Rosmini", "Haslinda",
                      "Kartini", "Jumriah", "Fatmawati", "Megawati", "Rahmatia", "Hartina",
                      "Besse", "Sumarni", "Nurmiati"),
        male_second=("Arsyad", "Irawan", "Makmur", "Tahir", "Basri", "Rahim", "Sultan",
                     "Mappiare", "Syamsuddin", "Pananrangi", "Hasyim", "Latif", "Ridwan",
                     "Amran", "Syukur"),
        female_second=("Tenri", "Nurhayati", "Hasnawati", "Aminah", "Syamsiah", "Rahmatia",
                       "Nurbaya", "Halijah", "Marwah", "Ramlah", "Syarifah", "Hadijah"),
        second_share=0.8,
    ),
    Group(
        "dayak", 0.05, 0.35,
        male_first=("Yohanes", "Paulus", "Yulius", "Markus", "Ferdinand", "Stefanus",
                    "Fransiskus", "Kristian", "Natalis", "Simon", "Petrus", "Agustinus",
                    "Yosef", "Dodi", "Amir", "Salman"),
        female_first=("Maria", "Yuliana", "Natalia", "Elisabeth", "Theresia", "Rosalina",
                      "Veronika", "Margaretha", "Kristina", "Lusia", "Martha", "Noviani",
                      "Ester", "Rahel"),
        male_second=("Dalung", "Aden", "Arjuna", "Bahat", "Toni"),
        female_second=("Lestari", "Utari", "Sinta", "Ningrum"),
        family=("Tambun", "Dohong", "Sahay", "Nyahu", "Ilun", "Djaman", "Ambun", "Lambung",
                "Bilit", "Tundan", "Ranying", "Luwan", "Sadiono", "Rangkap"),
        second_share=0.2, family_share=0.8,
    ),
    Group(
        "madura", 0.03, 1.0,
        male_first=("Moh.", "Mohammad", "Abdullah", "Fathorrahman", "Holili", "Marzuki",
                    "Rofiki", "Sanusi", "Badrus", "Hasan", "Hosnan", "Ach."),
        female_first=("Siti", "Hosniyah", "Sulaiha", "Rofiqoh", "Nurhasanah", "Badriyah",
                      "Halimah", "Khoiriyah", "Musyarrofah"),
        male_second=("Hasan", "Sanusi", "Rasyid", "Sholeh", "Maksum", "Zaini", "Syafii",
                     "Mahfud", "Ridho"),
        female_second=("Aisyah", "Fatimah", "Hasanah", "Maimunah", "Qomariyah", "Zahro"),
        second_share=0.7,
    ),
    Group(
        "sunda", 0.04, 0.98,
        male_first=("Asep", "Ujang", "Dadang", "Cecep", "Deden", "Ade", "Yayan", "Iwan",
                    "Dadan", "Ayi", "Engkus", "Jajang", "Tatang"),
        female_first=("Euis", "Neneng", "Iis", "Yeni", "Lilis", "Rina", "Ai", "Cucu",
                      "Dede", "Imas", "Nenden", "Wida"),
        male_second=("Saepudin", "Sudrajat", "Hermawan", "Gunawan", "Permana", "Hidayat",
                     "Kusnadi", "Sopandi", "Ruhiyat", "Mulyana", "Setiadi", "Nurjaman"),
        female_second=("Suryani", "Rohaeti", "Nurlela", "Sumiati", "Marlina", "Komalasari",
                       "Nurhayati", "Rosita", "Kurniasih", "Juariah", "Sopiah"),
        second_share=0.9,
    ),
    Group(
        "minang", 0.03, 1.0,
        male_first=("Rahmat", "Yusrizal", "Afrizal", "Hendri", "Zulkifli", "Syafrizal",
                    "Irwandi", "Nofriadi", "Doni", "Yuhelmi", "Edwar", "Masrizal"),
        female_first=("Yulia", "Nurhasanah", "Desmawati", "Rosmaniar", "Elfi", "Yusnimar",
                      "Fitria", "Rahmi", "Yenti", "Nelly", "Zurniati", "Ernita"),
        male_second=("Chaniago", "Sikumbang", "Piliang", "Tanjung", "Koto", "Jambak",
                     "Caniago", "Syofyan", "Putra", "Bachtiar"),
        female_second=("Fitri", "Yanti", "Wati", "Yeni", "Rosa", "Sari", "Darma", "Yusra"),
        second_share=0.65,
    ),
    Group(
        "batak", 0.04, 0.3,
        male_first=("Togar", "Rudi", "Bonar", "Parlindungan", "Hotman", "Ronald", "Jhonson",
                    "Martin", "Robert", "Benny", "Tumpal", "Daniel", "Samuel", "Juniarto",
                    "Frans", "Marihot", "Sahat", "Ahmad", "Muhammad", "Parulian"),
        female_first=("Maria", "Dameria", "Rosmawati", "Lisbet", "Nurcahaya", "Tiurma",
                      "Romauli", "Debora", "Sondang", "Erna", "Friska", "Rotua", "Masniari",
                      "Nurhayati", "Lenny"),
        male_second=("Halomoan", "Sahala", "Pardamean", "Manahan", "Tua", "Tigor"),
        female_second=("Br.", "Natalina", "Sari", "Uli", "Rohani"),
        family=("Hutagalung", "Simanjuntak", "Siregar", "Nainggolan", "Sitorus", "Pardede",
                "Simatupang", "Manurung", "Siahaan", "Panjaitan", "Harahap", "Nasution",
                "Lubis", "Sinaga", "Situmorang", "Tambunan", "Marpaung", "Silalahi",
                "Hutapea", "Pasaribu", "Sihombing", "Sitompul"),
        second_share=0.3, family_share=1.0,
    ),
    Group(
        "tionghoa", 0.05, 0.05,
        male_first=("Hendra", "Budi", "Yohanes", "Rudy", "Kevin", "Steven", "Hengky", "Johan",
                    "Suryadi", "Andreas", "Felix", "William", "Edwin", "Teddy", "Ricky",
                    "Wilson", "Herman", "Sugianto", "Gunadi", "Vincent"),
        female_first=("Lily", "Meilinda", "Fransiska", "Susi", "Lanny", "Merry", "Yenny",
                      "Vivian", "Agnes", "Cynthia", "Grace", "Jessica", "Linda", "Melinda",
                      "Lusiana", "Natalia", "Stefani", "Shinta", "Meiliana", "Evi"),
        male_second=("Santoso", "Gunawan", "Hartanto", "Setiawan", "Susilo"),
        female_second=("Kurniawati", "Angelina", "Gunawati", "Meilani", "Wijayanti"),
        family=("Wijaya", "Gunawan", "Tanoto", "Halim", "Susanto", "Tjandra", "Salim",
                "Kurniawan", "Lim", "Tan", "Hartanto", "Setiadi", "Tanjaya", "Lukito",
                "Kusuma", "Widjaja", "Santoso", "Tanuwijaya", "Sutanto", "Liem", "Gozali",
                "Hidayat", "Wongso"),
        second_share=0.15, family_share=0.95,
    ),
)

# Degrees by field: (bachelor, masters choices, old-style prefix for men, for women)
FIELDS: dict[str, tuple[str, tuple[str, ...], str | None, str | None]] = {
    "pendidikan": ("S.Pd.", ("M.Pd.",), "Drs.", "Dra."),
    "agama": ("S.Pd.I.", ("M.Pd.I.", "M.Pd."), "Drs.", "Dra."),
    "ekonomi": ("S.E.", ("M.Si.", "M.M.", "M.Ak."), "Drs.", "Dra."),
    "akuntansi": ("S.Ak.", ("M.Ak.", "M.Si."), None, None),
    "sosial": ("S.Sos.", ("M.Si.", "M.AP."), "Drs.", "Dra."),
    "administrasi": ("S.AP.", ("M.AP.", "M.Si."), "Drs.", "Dra."),
    "pemerintahan": ("S.IP.", ("M.Si.", "M.AP."), "Drs.", "Dra."),
    "hukum": ("S.H.", ("M.H.",), None, None),
    "teknik": ("S.T.", ("M.T.",), "Ir.", "Ir."),
    "komputer": ("S.Kom.", ("M.Kom.", "M.T."), None, None),
    "sains": ("S.Si.", ("M.Si.", "M.Pd."), "Drs.", "Dra."),
    "sastra": ("S.S.", ("M.Hum.", "M.Pd."), "Drs.", "Dra."),
    "seni": ("S.Sn.", ("M.Sn.",), None, None),
    "sejarah": ("S.Hum.", ("M.Hum.",), "Drs.", "Dra."),
    "perpustakaan": ("S.IIP.", ("M.Hum.",), None, None),
}
DIPLOMA = {"komputer": "A.Md.Kom.", "akuntansi": "A.Md.Ak.", "perpustakaan": "A.Md."}

# given names that mark a Christian (no pilgrimage title)
CHRISTIAN_FIRST = frozenset((
    "Yohanes", "Paulus", "Yulius", "Markus", "Ferdinand", "Stefanus", "Fransiskus",
    "Kristian", "Natalis", "Simon", "Petrus", "Agustinus", "Yosef", "Maria", "Yuliana",
    "Natalia", "Elisabeth", "Theresia", "Rosalina", "Veronika", "Margaretha", "Kristina",
    "Lusia", "Martha", "Ester", "Rahel", "Fransiska", "Debora", "Agnes", "Grace", "Andreas",
    "Samuel", "Daniel", "Robert", "Jhonson", "Martin", "Frans", "Lisbet", "Stefani",
))

def _pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]


def pick_group(rng: random.Random) -> Group:
    r = rng.random() * sum(g.weight for g in GROUPS)
    for g in GROUPS:
        r -= g.weight
        if r < 0:
            return g
    return GROUPS[-1]


def given_name(rng: random.Random, group: Group, sex: str) -> tuple[str, bool]:
    """A bare name (no titles) of someone of *group* and *sex* ("L"/"P"), and whether the
    person is Muslim (so may carry the pilgrimage title)."""
    male = sex == "L"
    first = _pick(rng, group.male_first if male else group.female_first)
    parts = [first]
    seconds = group.male_second if male else group.female_second
    # a lone honorific or abbreviation needs a second name
    needs_second = first in ("Muhammad", "Ahmad", "Akhmad", "Abdul", "M.", "Muh.", "Moh.",
                             "Ach.", "Mohammad", "Andi", "Gusti", "Antung", "Siti", "Sitti",
                             "Nor", "Noor", "Nurul", "Husnul", "Rabiatul", "Mariatul",
                             "Lailatul", "Hayatun", "Zahratul", "Sri", "Dwi", "Tri", "Ai",
                             "Cucu", "Dede")
    if seconds and (needs_second or rng.random() < group.second_share):
        second = _pick(rng, seconds)
        if second == "Br.":  # Batak women: "boru" before the marga
            second = ""
            parts.append("Br." if rng.random() < 0.5 else "Boru")
        elif second != first:
            parts.append(second)
    if needs_second and len(parts) == 1:
        # the group had no second given name to offer: use a strong name of the group
        pool = [n for n in (group.male_first if male else group.female_first)
                if n not in ("M.", "Muh.", "Moh.", "Ach.") and n != first]
        parts.append(_pick(rng, pool))
    if group.family and (rng.random() < group.family_share or parts[-1] in ("Br.", "Boru")):
        parts.append(_pick(rng, group.family))
    elif parts[-1] in ("Br.", "Boru"):
        parts.pop()
    muslim = rng.random() < group.muslim
    if group.name == "batak":
        muslim = parts[-1] in ("Harahap", "Nasution", "Lubis") or first in ("Ahmad",
                                                                             "Muhammad")
    if first in ("Muhammad", "Ahmad", "Akhmad", "Abdul", "M.", "Muh.", "Moh.", "Mohammad",
                 "Siti", "Sitti", "Nurul", "Husnul", "Fatimah"):
        muslim = True
    if first in CHRISTIAN_FIRST:
        muslim = False
    return " ".join(parts), muslim


def degrees(rng: random.Random, education: str, field: str, sex: str,
            birth_year: int) -> tuple[list[str], list[str]]:
    """(prefixes, suffixes) for a person of *education* ("SMA", "D3", "S1", "S2", "S3")
    in *field* (a key of :data:`FIELDS`)."""
    if education in ("SD", "SMP", "SMA"):
        return [], []
    if education == "D3":
        return [], [DIPLOMA.get(field, "A.Md.")]
    bachelor, masters, old_m, old_f = FIELDS[field]
    prefixes: list[str] = []
    suffixes: list[str] = []
    old = old_m if sex == "L" else old_f
    # the old-style Drs./Dra./Ir. was given until the early 1990s
    if old and birth_year <= 1968 and rng.random() < 0.45 and education != "S3":
        prefixes.append(old)
    else:
        suffixes.append(bachelor)
    if education in ("S2", "S3"):
        suffixes.append(_pick(rng, masters))
    if education == "S3":
        prefixes.insert(0, "Dr.")
    return prefixes, suffixes


def full_name(bare: str, *, prefixes: list[str], suffixes: list[str], hajj: bool,
              sex: str) -> str:
    """``Dr. Hj. Siti Rahmah, S.E., M.Si.``: titles in the order staff lists use."""
    parts = list(prefixes)
    if hajj:
        parts.append("H." if sex == "L" else "Hj.")
    parts.append(bare)
    text = " ".join(parts)
    if suffixes:
        text += ", " + ", ".join(suffixes)
    return text


_NOT_LETTER = re.compile(r"[^a-z]+")


def email_local(bare: str, rng: random.Random, birth_year: int | None) -> str:
    """A plausible mailbox name for *bare* (no titles)."""
    words = [w for w in (_NOT_LETTER.sub("", p.lower()) for p in bare.split())
             if len(w) > 1 and w not in ("br", "boru", "muh", "moh", "ach")]
    if not words:
        words = ["pegawai"]
    style = rng.random()
    if len(words) == 1:
        base = words[0]
    elif style < 0.45:
        base = f"{words[0]}.{words[-1]}"
    elif style < 0.7:
        base = words[0] + words[-1]
    elif style < 0.85:
        base = f"{words[0]}_{words[-1]}"
    else:
        base = words[-1] + words[0][0]
    if birth_year and rng.random() < 0.4:
        base += f"{birth_year % 100:02d}"
    return base
