"""GUI tests: offscreen Qt, a fresh database per test, settings kept out of the user's."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QSettings  # noqa: E402

from wfh_desktop import i18n, register  # noqa: E402
from wfh_desktop.database import open_database  # noqa: E402

UNITS_CSV = """kode,nama,induk,jenis,layanan_publik
BKD,Badan Kepegawaian Daerah,,badan,tidak
BKD-SEK,Sekretariat,BKD,sekretariat,tidak
BKD-MUT,Bidang Mutasi,BKD,badan,tidak
RSUD,RSUD Ulin,,rsud,ya
"""

# nip, nama, jenis_pegawai, jabatan, eselon, golongan, unit
STAFF = [
    ("198609262015051001", "Budi Santoso, S.Kom.", "PNS", "Pranata Komputer", "", "III/b",
     "BKD-SEK"),
    ("197001011995032002", "Siti Aminah, S.H., M.H.", "PNS", "Kepala Badan", "II.a", "IV/c",
     "BKD"),
    ("198002022005011003", "Ahmad Yani", "PNS", "Kepala Bidang Mutasi", "III.b", "IV/a",
     "BKD-MUT"),
    ("199105052019032004", "Dewi Lestari, A.Md.Kep.", "PNS", "Perawat", "", "II/c", "RSUD"),
    ("", "Rudi Hartono", "PHL", "Pengemudi", "", "", "BKD-SEK"),
]
STAFF_HEADER = "nip,nik,nama,jenis_pegawai,jabatan,tingkat,eselon,golongan,unit\n"

# a NIP nobody above has, valid for a PNS born 1990-04-15 (woman), CPNS since 2014-03
NEW_NIP = "199004152014032001"


def staff_csv_text(rows=STAFF) -> str:
    lines = [STAFF_HEADER.strip()]
    for nip, name, etype, position, eselon, golongan, unit in rows:
        lines.append(",".join(f'"{v}"' if "," in v else v for v in (
            nip, "", name, etype, position, "", eselon, golongan, unit)))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    """As in the app: no cycle collection in the runner's worker threads."""
    from ui import gc_guard

    gc_guard.install(qapp)


@pytest.fixture(autouse=True)
def collect_on_gui_thread():
    """Widgets a test left in reference cycles are destroyed here, on the GUI thread."""
    yield
    import gc

    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def app_names(qapp):
    qapp.setOrganizationName("WFH Desktop Tests")
    qapp.setApplicationName("WFH Desktop Tests")
    return qapp


@pytest.fixture(autouse=True)
def isolated_state(tmp_path, qapp, monkeypatch):
    """QSettings in a temporary folder, the core's language and Qt's translators restored,
    message boxes of the runner recorded instead of shown."""
    from ui import app, runner

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.delenv("WFH_DESKTOP_LANG", raising=False)
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    errors = []
    monkeypatch.setattr(runner, "report_error", lambda parent, text: errors.append(text))
    language = i18n.language()
    yield errors
    runner.wait_for_tasks()
    QCoreApplication.processEvents()
    for translator in list(app._installed):
        QCoreApplication.removeTranslator(translator)
    app._installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(locale)


@pytest.fixture
def reported(isolated_state):
    """Messages the runner would have shown in a message box."""
    return isolated_state


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "t.sqlite3")
    yield db
    db.conn.close()


@pytest.fixture
def with_units(database, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    register.import_units(database, path)
    return database


@pytest.fixture
def with_staff(with_units, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(staff_csv_text(), encoding="utf-8")
    register.import_staff(with_units, path)
    return with_units


@pytest.fixture
def ctx(with_staff, tmp_path):
    """An English GUI (no translator installed) on a database with units and staff; the
    core speaks English too so that messages can be compared."""
    from ui.context import AppContext

    i18n.set_language("en")
    return AppContext(with_staff, tmp_path / "t.sqlite3", "en")


@pytest.fixture
def empty_ctx(database, tmp_path):
    from ui.context import AppContext

    i18n.set_language("en")
    return AppContext(database, tmp_path / "t.sqlite3", "en")


def staff_count(db) -> int:
    return register.counts(db)["staff"]
