"""The daily report models without a view: the queue, the activities (edits checked on the
spot), the waiting senders, the missing list and the staff picker; all pass qtmodeltester
and show imported text as given."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from wfh_desktop import reports as rep  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.reports_model import (  # noqa: E402
    ACCEPTED_BACKGROUND,
    CANDIDATE_ROLE,
    I_COL_DESCRIPTION,
    I_COL_OUTPUT,
    I_COL_VOLUME,
    ID_ROLE,
    M_COL_EMAIL,
    M_COL_NAME,
    M_COL_PHONE,
    P_COL_NAME,
    P_COL_NIP,
    PENDING_BACKGROUND,
    Q_COL_CHANNEL,
    Q_COL_FIRST,
    Q_COL_NOTE,
    Q_COL_RECEIVED,
    Q_COL_STAFF,
    Q_COL_VERDICT,
    S_COL_CANDIDATES,
    S_COL_CONTACT,
    S_COL_MESSAGES,
    S_COL_REASON,
    S_COL_SENDER,
    ItemsModel,
    MissingModel,
    QueueModel,
    SendersModel,
    StaffPickModel,
    first_activity,
    parse_volume,
    received_text,
)

DAY = dt.date(2020, 3, 23)
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(autouse=True)
def english():
    set_language("en")


def queue_row(rid, name, verdict="pending", text="Laporan\n1. Rapat koordinasi (2 jam)",
              received="2020-03-23T16:05:00", note="", channel="whatsapp"):
    return rep.QueueRow(rid, f"s-{rid}", name, "198609262015051001", "", "Analis", "DIN",
                        channel, received, verdict, note, 1, text, [])


def queue_rows():
    return [queue_row("a", "<i>Siti</i>"),
            queue_row("b", "Budi", "returned", note="lengkapi volume",
                      received="2020-03-24T08:10:00", channel="email"),
            queue_row("c", "Dewi", "accepted", text="Laporan WFH\nMengerjakan rekap")]


def test_queue_model(qtmodeltester):
    model = QueueModel()
    model.set_rows(queue_rows(), DAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 3

    def cell(row, col, role=DISPLAY):
        return model.data(model.index(row, col), role)

    assert cell(0, Q_COL_STAFF) == "<i>Siti</i>"  # as given, never markup
    assert "&lt;i&gt;Siti&lt;/i&gt;" in cell(0, Q_COL_STAFF, TOOLTIP)
    assert "19860926 201505 1 001" in cell(0, Q_COL_STAFF, TOOLTIP)
    assert cell(0, Q_COL_CHANNEL) == "WhatsApp"
    assert cell(1, Q_COL_CHANNEL) == "E-mail"
    assert cell(0, Q_COL_RECEIVED) == "16:05"  # the same day: the time
    assert cell(1, Q_COL_RECEIVED) == "24/03/2020 08:10"  # another day: the date too
    assert [cell(r, Q_COL_VERDICT) for r in range(3)] == ["Pending", "Returned", "Accepted"]
    assert cell(0, Q_COL_VERDICT, Qt.ItemDataRole.BackgroundRole) == PENDING_BACKGROUND
    assert cell(2, Q_COL_VERDICT, Qt.ItemDataRole.BackgroundRole) == ACCEPTED_BACKGROUND
    assert cell(0, Q_COL_FIRST) == "Rapat koordinasi"  # the first activity, not the heading
    assert cell(2, Q_COL_FIRST) == "Laporan WFH"  # no activity: the first line
    assert cell(1, Q_COL_NOTE) == "lengkapi volume"
    assert cell(0, Q_COL_STAFF, ID_ROLE) == "a"
    assert cell(0, Q_COL_STAFF, Qt.ItemDataRole.FontRole).bold()  # pending stands out
    assert model.counts() == {"pending": 1, "returned": 1, "accepted": 1}
    assert model.row_of("c") == 2 and model.row_of("x") == -1
    model.set_rows([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_first_activity_and_received_text():
    assert first_activity("\n\nLaporan 23 Maret\n- Entri data: 15 data\n") == "Entri data"
    assert first_activity("") == ""
    assert first_activity("a " * 200).endswith("\u2026")
    assert received_text("2020-03-23T07:30:00", DAY) == "07:30"
    assert received_text("", DAY) == ""
    assert received_text("not a time", DAY) == "not a time"


@pytest.mark.parametrize("text, volume, ok", [
    ("3", 3.0, True), ("1,5", 1.5, True), ("1.5", 1.5, True), ("", None, True),
    (" 12 ", 12.0, True), ("dua", None, False), ("1,5 jam", None, False), ("-1", None, False),
])
def test_parse_volume(text, volume, ok):
    value, error = parse_volume(text)
    assert value == volume
    assert (error == "") is ok


def test_items_model_edits_and_refusals(qtmodeltester, qtbot):
    model = ItemsModel()
    model.set_items(rep.parse_items("1. Rapat koordinasi (2 jam)\n2. Entri data, hasil: "
                                    "rekap; 1,5 jam"))
    qtmodeltester.check(model)
    assert model.data(model.index(1, I_COL_VOLUME)) == "1,5"
    assert model.data(model.index(1, I_COL_OUTPUT)) == "rekap"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"  # the No
    assert model.flags(model.index(0, I_COL_DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.dirty
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index(0, I_COL_VOLUME), "dua jam")
    assert "Volume" in refused.args[0]
    assert not model.dirty
    assert model.setData(model.index(0, I_COL_VOLUME), "3")
    assert model.setData(model.index(0, I_COL_DESCRIPTION), "  Rapat   <b>staf</b> ")
    assert model.dirty
    row = model.add_item(0)
    assert row == 1
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["1", "2", "3"]
    assert model.setData(model.index(1, I_COL_DESCRIPTION), "Menyusun notula")
    qtmodeltester.check(model)
    assert model.remove_item(2)
    items = model.items()
    assert [(i.description, i.volume) for i in items] == [("Rapat <b>staf</b>", 3.0),
                                                          ("Menyusun notula", None)]
    model.set_items(items, read_only=True)
    assert not model.dirty
    assert not model.setData(model.index(0, I_COL_DESCRIPTION), "x")
    assert model.add_item() == -1
    assert not model.flags(model.index(0, I_COL_DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable


def sender(key, label, reason="unknown", candidates=(), phone="", email="", pending=2):
    return rep.ReviewSender(key, "whatsapp" if not email else "email", label, phone, email,
                            "2020-03-23T16:00:00", "2020-03-24T16:00:00", "1. Rapat",
                            pending, reason, list(candidates))


def test_senders_model(qtmodeltester):
    model = SendersModel()
    cands = [{"id": "x", "name": "Nurul Hidayah", "nip": "", "nik": "6371", "unit_code": "A"},
             {"id": "y", "name": "Nurul Hidayah", "nip": "", "nik": "", "unit_code": "B"}]
    model.set_rows([sender("tel:62811", "+62 811", phone="62811"),
                    sender("wa:nurul", "Nurul <script>", "ambiguous", cands),
                    sender("mail:a@b.id", "A <a@b.id>", email="a@b.id", pending=1)])
    qtmodeltester.check(model)

    def cell(row, col, role=DISPLAY):
        return model.data(model.index(row, col), role)

    assert cell(0, S_COL_CONTACT) == "62811"
    assert cell(2, S_COL_CONTACT) == "a@b.id"
    assert cell(1, S_COL_SENDER) == "Nurul <script>"
    assert "&lt;script&gt;" in cell(1, S_COL_SENDER, TOOLTIP)
    assert cell(1, S_COL_REASON) == "Several staff fit"
    assert cell(0, S_COL_REASON) == "Unknown"
    assert cell(1, S_COL_CANDIDATES) == "Nurul Hidayah, Nurul Hidayah"
    assert "(6371, A)" in cell(1, S_COL_CANDIDATES, TOOLTIP)
    assert cell(2, S_COL_MESSAGES) == "1"
    assert cell(1, S_COL_SENDER, ID_ROLE) == "wa:nurul"
    assert model.row_of("mail:a@b.id") == 2


def test_missing_model(qtmodeltester):
    people = [rep.Missing("s1", "Siti", "198609262015051001", "", "Analis", "DIN",
                          "Dinas", "0812", "", "P",
                          rep.reminder_text("Siti", "P", DAY)),
              rep.Missing("s2", "Rudi", "", "", "", "DIN", "Dinas", "", "r@x.id", "L",
                          rep.reminder_text("Rudi", "L", DAY))]
    model = MissingModel()
    model.set_people(people)
    qtmodeltester.check(model)
    assert model.data(model.index(0, M_COL_NAME)) == "Siti\n19860926 201505 1 001"
    assert model.data(model.index(1, M_COL_NAME)) == "Rudi"
    assert model.data(model.index(1, M_COL_PHONE)) == "-"
    assert model.data(model.index(1, M_COL_EMAIL)) == "r@x.id"
    assert "Yth. Ibu Siti" in model.data(model.index(0, M_COL_NAME), TOOLTIP)
    assert model.person_at(1).staff_id == "s2" and model.person_at(5) is None


def test_staff_pick_model_puts_candidates_first(qtmodeltester):
    rows = [{"id": i, "name": n, "nip": nip, "nik": "", "unit_code": "U", "unit_name": "Unit",
             "position": ""} for i, n, nip in (("1", "Ahmad", "198609262015051001"),
                                               ("2", "Budi", ""), ("3", "Citra", ""))]
    model = StaffPickModel()
    model.set_rows(rows, ["3", "9"])
    qtmodeltester.check(model)
    assert [model.data(model.index(r, P_COL_NAME)) for r in range(3)] == [
        "Citra", "Ahmad", "Budi"]
    assert model.data(model.index(0, P_COL_NAME), CANDIDATE_ROLE) is True
    assert model.data(model.index(1, P_COL_NAME), CANDIDATE_ROLE) is False
    assert model.data(model.index(0, P_COL_NAME), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, P_COL_NIP)) == "19860926 201505 1 001"
    assert model.row_of("2") == 2
    model.set_rows(rows)
    assert [r["name"] for r in model.rows()] == ["Ahmad", "Budi", "Citra"]
    assert not model.is_candidate(0)
