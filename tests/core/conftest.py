import datetime as dt

import pytest

from wfh_desktop import register
from wfh_desktop.database import open_database

UNITS_CSV = """kode,nama,induk,jenis,layanan_publik
BKD,Badan Kepegawaian Daerah,,badan,tidak
BKD-SEK,Sekretariat,BKD,sekretariat,tidak
BKD-MUT,Bidang Mutasi,BKD,badan,tidak
RSUD,RSUD Ulin,,rsud,ya
"""

TODAY = dt.date(2020, 3, 23)


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "t.sqlite3")
    yield db
    db.conn.close()


@pytest.fixture
def units_csv(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def with_units(database, units_csv):
    register.import_units(database, units_csv)
    return database


def write_csv(path, header, rows, encoding="utf-8", delimiter=","):
    lines = [delimiter.join(header)]
    for row in rows:
        cells = []
        for cell in row:
            cell = "" if cell is None else str(cell)
            if delimiter in cell or '"' in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
