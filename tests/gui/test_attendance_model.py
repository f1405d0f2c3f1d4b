"""The attendance table models without a view: prefill, typed values, checks, undo,
corrections beside their original, errors per row, the month and the recap."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import attendance, recap, roster, scheduler  # noqa: E402
from wfh_desktop.attendance import DaySheet, SheetRow  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from wfh_desktop.staff import FieldError  # noqa: E402
from ui.attendance_model import (  # noqa: E402
    COL_EXPECTED,
    COL_HISTORY,
    COL_KEYED_BY,
    COL_NAME,
    COL_NOTE,
    COL_SOURCE,
    COL_STATUS,
    COL_TIME_IN,
    COL_TIME_OUT,
    COLUMN_COUNT,
    ERROR_BACKGROUND,
    EXPECTED_TEXT,
    MONTH_FIRST_DAY_COL,
    PENDING_BACKGROUND,
    RECAP_COL_CODES,
    RECAP_COL_LATE_EARLY,
    RECAP_COL_PERCENT,
    STATE_ROLE,
    DayModel,
    MonthModel,
    RecapModel,
    expected_code,
)

DAY = dt.date(2020, 3, 23)
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole

POLICY = """
number = "800/9/ORG"
title = "Sistem kerja"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-03
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.5
rotation = "daily"
"""


def version(status, kind="key", current=1, by="operator", at="2020-03-23T08:10:00",
            reason="", source="paper", time_in=None, time_out=None, note=""):
    return {"id": f"{status}-{kind}", "status": status, "kind": kind, "current": current,
            "keyed_by": by, "keyed_at": at, "reason": reason, "source": source,
            "time_in": time_in, "time_out": time_out, "note": note}


def small_sheet(locked=False, workday=True):
    keyed = version("WFH", time_in="07:30", time_out="16:00")
    original = version("S", current=0)
    correction = version("DL", "correction", by="Kepala", at="2020-03-24T09:00:00",
                         reason="surat tugas", source="manual")
    rows = [
        SheetRow(1, "a", "Siti Aminah, S.H.", "197001011995032002", "", "Kepala Dinas", "jpt",
                 "II.a", "WFO", "top_level", "H", None, []),
        SheetRow(2, "b", "<b>Rudi</b>", "", "6371010101900001", "Pengemudi", "pelaksana", "",
                 "WFH", "rotation_home", "WFH", keyed, [keyed]),
        SheetRow(3, "c", "Dewi", "", "", "", "pelaksana", "", "WFO", "pinned", "H",
                 correction, [original, correction]),
        SheetRow(4, "d", "Baru", "", "", "", "pelaksana", "", None, None, None, None, []),
    ]
    lock = {"kind": "day", "by": "kabid", "at": "2020-03-24T10:00:00"} if locked else None
    return DaySheet("u", "DIN", "Dinas", DAY, "800/9/ORG", workday, None, lock, rows)


@pytest.fixture
def codes(database):
    return attendance.list_codes(database, category="status", active_only=True)


@pytest.fixture
def model(qapp, codes):
    set_language("en")
    m = DayModel()
    m.set_codes(codes)
    m.set_sheet(small_sheet())
    return m


def cell(m, row, col, role=DISPLAY):
    return m.data(m.index(row, col), role)


def test_qtmodeltester_day_model(qtmodeltester, model, codes):
    qtmodeltester.check(model)
    model.set_pending("a", "status", "S")
    model.set_errors([(4, FieldError("status", "required"))])
    qtmodeltester.check(model)
    empty = DayModel()
    qtmodeltester.check(empty)
    locked = DayModel()
    locked.set_codes(codes)
    locked.set_sheet(small_sheet(locked=True))
    qtmodeltester.check(locked)
    assert empty.rowCount() == 0 and empty.columnCount() == COLUMN_COUNT


def test_prefill_keyed_and_corrected_rows(model):
    assert cell(model, 0, COL_NAME) == "Siti Aminah, S.H.\n19700101 199503 2 002"
    assert cell(model, 1, COL_NAME) == "<b>Rudi</b>\n6371010101900001"
    assert cell(model, 0, COL_EXPECTED) == "H"
    # not keyed: the expectation, grey and italic
    assert cell(model, 0, COL_STATUS) == "H"
    assert cell(model, 0, COL_STATUS, STATE_ROLE) == "expected"
    assert cell(model, 0, COL_STATUS, Qt.ItemDataRole.ForegroundRole) == EXPECTED_TEXT
    assert cell(model, 0, COL_STATUS, Qt.ItemDataRole.FontRole).italic()
    # keyed: plain, with who and where
    assert cell(model, 1, COL_STATUS) == "WFH"
    assert cell(model, 1, COL_STATUS, STATE_ROLE) == "keyed"
    assert cell(model, 1, COL_STATUS, Qt.ItemDataRole.FontRole) is None
    assert cell(model, 1, COL_TIME_IN) == "07:30"
    assert cell(model, 1, COL_SOURCE) == "Paper sheet"
    assert cell(model, 1, COL_KEYED_BY) == "operator\n23/03 08:10"
    assert "23/03/2020 08:10" in cell(model, 1, COL_KEYED_BY, TOOLTIP)
    # corrected: the original beside it, every version in the tooltip
    assert cell(model, 2, COL_STATUS) == "DL\n(corrected; was S)"
    assert cell(model, 2, COL_STATUS, STATE_ROLE) == "corrected"
    assert cell(model, 2, COL_HISTORY) == "\u270e 2"
    tip = cell(model, 2, COL_STATUS, TOOLTIP)
    assert "keyed S by operator" in tip
    assert "corrected to DL by Kepala; reason: surat tugas" in tip
    assert "[current]" in tip
    # no roster: nothing expected
    assert cell(model, 3, COL_STATUS) == ""
    assert cell(model, 3, COL_EXPECTED) == ""


def test_names_from_the_database_are_plain_text_in_tooltips(model):
    tip = cell(model, 1, COL_NAME, TOOLTIP)
    assert "&lt;b&gt;Rudi&lt;/b&gt;" in tip and "<b>Rudi" not in tip


def test_codes_are_checked_and_w_means_wfh(model):
    assert model.resolve_code("w") == ("WFH", None)
    assert model.resolve_code(" s ") == ("S", None)
    assert model.resolve_code("ct") == ("CT", None)
    assert model.resolve_code("C") == ("C", None)  # a code itself, not a beginning
    value, error = model.resolve_code("T")
    assert value is None and "could be TB, TK" in error
    value, error = model.resolve_code("LN")  # a day-off code is not keyed
    assert value is None and "not an attendance code" in error
    value, error = model.resolve_code("")
    assert value is None and error


def test_times_are_normalised_and_ordered(model):
    for typed in ("0730", "07.30", "07:30", "7.30"):
        assert model.validate(0, COL_TIME_IN, typed) == ("07:30", None)
    assert model.validate(0, COL_TIME_IN, "") == (None, None)
    value, error = model.validate(0, COL_TIME_IN, "7 pagi")
    assert value is None and "not a time" in error
    value, error = model.validate(1, COL_TIME_OUT, "0700")  # row 1 came in at 07:30
    assert value is None and "before the time in 07:30" in error
    value, error = model.validate(1, COL_TIME_IN, "1700")  # and left at 16:00
    assert value is None and "before the time in 17:00" in error
    value, error = model.validate(0, COL_NOTE, "x" * (attendance.MAX_NOTE + 1))
    assert value is None and error


def test_set_data_refuses_on_the_spot_and_accepts_through_the_undo_stack(qtbot, model):
    stack = QUndoStack()
    model.undo_stack = stack
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index(0, COL_STATUS), "X")
    assert "not an attendance code" in refused.args[0]
    assert not model.has_pending() and stack.count() == 0
    assert model.setData(model.index(0, COL_STATUS), "s")
    assert cell(model, 0, COL_STATUS) == "S"
    assert cell(model, 0, COL_STATUS, STATE_ROLE) == "pending"
    assert cell(model, 0, COL_STATUS, Qt.ItemDataRole.BackgroundRole) == PENDING_BACKGROUND
    assert model.setData(model.index(1, COL_TIME_OUT), "1630")
    assert model.pending_changes() == {"a": {"status": "S"}, "b": {"time_out": "16:30"}}
    stack.undo()
    assert model.pending_changes() == {"a": {"status": "S"}}
    stack.undo()
    assert not model.has_pending()
    assert cell(model, 0, COL_STATUS, STATE_ROLE) == "expected"
    stack.redo()
    assert model.pending_changes() == {"a": {"status": "S"}}


def test_typing_the_stored_value_changes_nothing_but_confirms_an_expectation(model):
    assert model.setData(model.index(1, COL_STATUS), "WFH")  # as keyed
    assert not model.has_pending()
    assert model.setData(model.index(0, COL_STATUS), "H")  # as expected: confirmed
    assert model.pending_changes() == {"a": {"status": "H"}}
    assert model.clear_cell(0, COL_STATUS)
    assert not model.has_pending()
    assert model.clear_cell(1, COL_TIME_IN)  # a keyed time is emptied
    assert model.pending_changes() == {"b": {"time_in": None}}


def test_errors_of_a_refused_save_mark_the_rows(model):
    model.set_errors([(4, FieldError("status", "required")),
                      (2, FieldError("time_out", "too early"))])
    assert cell(model, 3, COL_STATUS, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "required" in cell(model, 3, COL_STATUS, TOOLTIP)
    assert cell(model, 1, COL_TIME_OUT, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert cell(model, 1, COL_STATUS, Qt.ItemDataRole.BackgroundRole) is None
    model.set_pending("d", "status", "H")  # fixing a row clears its mark
    assert model.errors_of(3) == []
    assert model.errors_of(1)


def test_a_locked_day_is_read_only(model, codes):
    model.set_sheet(small_sheet(locked=True))
    assert not model.editable
    assert not model.flags(model.index(0, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL_STATUS), "S")
    assert not model.clear_cell(1, COL_TIME_IN)
    model.set_sheet(small_sheet(workday=False))
    assert not model.editable
    model.set_sheet(small_sheet())
    assert model.flags(model.index(0, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL_NAME)) & Qt.ItemFlag.ItemIsEditable


def test_keep_pending_only_on_request(model):
    model.set_pending("a", "status", "S")
    model.set_sheet(small_sheet(), keep_pending=True)
    assert model.pending_changes() == {"a": {"status": "S"}}
    model.set_sheet(small_sheet())
    assert not model.has_pending()


@pytest.fixture
def office(database):
    set_language("en")
    o = Org(database).unit("DIN", type="dinas")
    o.person("Kepala", "DIN", "jpt", "II.a", age=48)
    for i in range(5):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.build()
    scheduler.generate(database, policy(database, POLICY))
    return database


def test_models_over_a_keyed_month_match_the_core(qtmodeltester, office):
    db = office
    sheet = attendance.day_sheet(db, "DIN", DAY)
    first, late = sheet.rows[1], sheet.rows[2]
    attendance.save_day_sheet(db, "DIN", DAY, {
        first.staff_id: "S",
        late.staff_id: {"status": "H", "time_in": "07:45", "time_out": "16:00"}}, by="op")
    data = recap.recap_data(db, "2020-03", "DIN")
    unit = data.units[0]
    days = [d for d in unit.days if d.workday]
    codes = {c.code for c in attendance.list_codes(db, category="status")}
    grid = roster.roster_grid(db, "DIN", data.start, data.end)
    expected = {k: expected_code(c, codes) for k, c in grid.cells.items()}

    month = MonthModel()
    month.set_month(unit, days, expected, {DAY.isoformat()})
    qtmodeltester.check(month)
    assert month.rowCount() == len(unit.rows) + 1  # and the footer
    assert month.columnCount() == MONTH_FIRST_DAY_COL + len(days)
    row = month.row_of(first.staff_id)
    assert cell(month, row, MONTH_FIRST_DAY_COL) == "S"
    tuesday = month.column_of(dt.date(2020, 3, 24))
    assert cell(month, row, tuesday) == expected[(first.staff_id, "2020-03-24")]
    assert cell(month, row, tuesday, Qt.ItemDataRole.FontRole).italic()
    assert month.headerData(MONTH_FIRST_DAY_COL, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.FontRole).bold()  # a locked day
    footer = month.footer_row()
    assert cell(month, footer, MONTH_FIRST_DAY_COL) == f"{days[0].group_onsite}/{days[0].cap}"
    empty = MonthModel()
    qtmodeltester.check(empty)
    empty.set_month(None, [])
    qtmodeltester.check(empty)

    rm = RecapModel()
    rm.set_rows(unit.rows)
    qtmodeltester.check(rm)
    i = next(k for k in range(rm.rowCount()) if rm.recap_row(k).staff_id == first.staff_id)
    r = rm.recap_row(i)
    assert cell(rm, i, RECAP_COL_CODES) == "S 1"
    assert cell(rm, i, RECAP_COL_PERCENT) == f"{r.percent:.1f}"
    assert r.working_days == len(days)
    j = next(k for k in range(rm.rowCount()) if rm.recap_row(k).staff_id == late.staff_id)
    assert cell(rm, j, RECAP_COL_LATE_EARLY) == "15 / 0"  # 07:30 is the start on Monday
    assert "15 minutes (TL1 1)" in cell(rm, j, RECAP_COL_LATE_EARLY, TOOLTIP)


def test_expected_code_of_roster_cells():
    codes = {"H", "WFH", "CT", "S"}
    assert expected_code({"mode": "WFO", "rule": "top_level"}, codes) == "H"
    assert expected_code({"mode": "WFH", "rule": "home_age"}, codes) == "WFH"
    assert expected_code({"mode": "OFF", "rule": "absent:CT"}, codes) == "CT"
    assert expected_code({"mode": "OFF", "rule": "absent:XX"}, codes) is None
    assert expected_code(None, codes) is None


def test_day_model_over_the_core_sheet(qtmodeltester, office, codes):
    sheet = attendance.day_sheet(office, "DIN", DAY)
    m = DayModel()
    m.set_codes(codes)
    m.set_sheet(sheet)
    qtmodeltester.check(m)
    assert [cell(m, i, COL_STATUS) for i in range(m.rowCount())] == [
        r.expected for r in sheet.rows]
    assert cell(m, 0, COL_STATUS, TOOLTIP).startswith("<qt>H: Hadir")
