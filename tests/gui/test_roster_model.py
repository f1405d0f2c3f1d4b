"""The roster table model without a view: texts, colours, marks, footer, tooltips."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import register, roster, scheduler  # noqa: E402
from wfh_desktop.explain import explain_entry  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from wfh_desktop.roster import GridDay, RosterGrid  # noqa: E402
from ui.roster_model import (  # noqa: E402
    BREACH_COLOR,
    CELL_ROLE,
    COL_NAME,
    COL_POSITION,
    FIRST_DAY_COL,
    OFF_COLOR,
    STAFF_ID_ROLE,
    WFH_COLOR,
    WFO_COLOR,
    RosterModel,
)

D1, D2 = dt.date(2020, 3, 23), dt.date(2020, 3, 24)
DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def cell(mode, rule, pinned=0, breach="", by=""):
    return {"mode": mode, "rule": rule, "pinned": pinned, "breach": breach, "pinned_by": by}


def small_grid():
    staff = [
        {"id": "a", "name": "Siti Aminah, S.H.", "nip": "197001011995032002", "nik": None,
         "position": "Kepala Dinas", "level": "jpt", "eselon": "II.a"},
        {"id": "b", "name": "<b>Rudi</b>", "nip": None, "nik": "6371010101900001",
         "position": "Pengemudi", "level": "pelaksana", "eselon": ""},
        {"id": "c", "name": "Dewi", "nip": None, "nik": None, "position": "",
         "level": "pelaksana", "eselon": ""},
    ]
    cells = {
        ("a", D1.isoformat()): cell("WFO", "top_level"),
        ("a", D2.isoformat()): cell("WFO", "top_level"),
        ("b", D1.isoformat()): cell("WFH", "rotation_home"),
        ("b", D2.isoformat()): cell("WFO", "pinned", 1, "max_office_share", "operator"),
        ("c", D1.isoformat()): cell("OFF", "absent:CT"),
        ("c", D2.isoformat()): cell("WFH", "pinned", 1),
    }
    days = [GridDay(D1, 1, 1, 3, "065/0312/ORG"), GridDay(D2, 2, 1, 3, "065/0312/ORG")]
    return RosterGrid("DIN", days, staff, cells)


@pytest.fixture
def model(qapp):
    calls = []

    def explainer(staff_id, day):
        calls.append((staff_id, day))
        return f"{staff_id} <{day.isoformat()}> under SE 065/0312/ORG"

    m = RosterModel(explainer=explainer)
    m.calls = calls
    m.set_grid(small_grid())
    return m


def test_qtmodeltester_filled_and_empty(qtmodeltester, model):
    qtmodeltester.check(model)
    empty = RosterModel()
    qtmodeltester.check(empty)
    empty.set_grid(RosterGrid("DIN", [], [], {}))
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0 and empty.columnCount() == FIRST_DAY_COL


def test_shape_names_and_positions(model):
    assert model.rowCount() == 4  # three staff and the footer
    assert model.columnCount() == FIRST_DAY_COL + 2
    assert model.data(model.index(0, COL_NAME)) == "Siti Aminah, S.H.\n19700101 199503 2 002"
    assert model.data(model.index(1, COL_NAME)) == "<b>Rudi</b>\n6371010101900001"
    assert model.data(model.index(2, COL_NAME)) == "Dewi"
    assert model.data(model.index(0, COL_POSITION)) == "Kepala Dinas"
    assert model.data(model.index(0, FIRST_DAY_COL), STAFF_ID_ROLE) == "a"
    assert model.headerData(FIRST_DAY_COL, Qt.Orientation.Horizontal) == "Mon 23/03\n1/1"
    model.set_compact(True)
    assert model.headerData(FIRST_DAY_COL, Qt.Orientation.Horizontal) == "Mon\n23/03\n1/1"


def test_codes_marks_and_colours(model):
    day1, day2 = FIRST_DAY_COL, FIRST_DAY_COL + 1
    assert model.data(model.index(0, day1)) == "WFO"
    assert model.data(model.index(0, day1), BACKGROUND) == WFO_COLOR
    assert model.data(model.index(1, day1)) == "WFH"
    assert model.data(model.index(1, day1), BACKGROUND) == WFH_COLOR
    assert model.data(model.index(2, day1)) == "CT"  # absent:CT
    assert model.data(model.index(2, day1), BACKGROUND) == OFF_COLOR
    assert model.data(model.index(2, day2)) == "WFH*"  # set by hand
    assert model.data(model.index(2, day2), BACKGROUND) == WFH_COLOR
    assert model.data(model.index(1, day2)) == "WFO*!"  # set by hand, breaks the cap
    assert model.data(model.index(1, day2), BACKGROUND) == BREACH_COLOR
    assert model.data(model.index(1, day2), CELL_ROLE)["pinned_by"] == "operator"
    assert model.data(model.index(1, day2), Qt.ItemDataRole.AccessibleTextRole) == \
        "WFO, set by hand, breaks a rule"
    assert model.flags(model.index(1, day2)) & Qt.ItemFlag.ItemIsSelectable


def test_footer_counts_and_over_cap(model):
    footer = model.footer_row()
    assert footer == 3 and model.is_footer(3)
    assert model.data(model.index(footer, COL_NAME)) == "On site / cap"
    assert model.data(model.index(footer, FIRST_DAY_COL)) == "1/1"
    assert model.data(model.index(footer, FIRST_DAY_COL), BACKGROUND) is None
    assert model.data(model.index(footer, FIRST_DAY_COL + 1)) == "2/1!"
    assert model.data(model.index(footer, FIRST_DAY_COL + 1), BACKGROUND) == BREACH_COLOR
    assert not model.flags(model.index(footer, FIRST_DAY_COL)) & Qt.ItemFlag.ItemIsSelectable
    assert model.cell_at(model.index(footer, FIRST_DAY_COL)) is None
    assert "1 above the cap" in model.headerData(FIRST_DAY_COL + 1, Qt.Orientation.Horizontal,
                                                 TOOLTIP)


def test_tooltip_is_asked_once_and_escaped(model):
    index = model.index(1, FIRST_DAY_COL)
    tip = model.data(index, TOOLTIP)
    assert "SE 065/0312/ORG" in tip and "&lt;2020-03-23&gt;" in tip
    model.data(index, TOOLTIP)
    assert model.calls == [("b", D1)]
    name_tip = model.data(model.index(1, COL_NAME), TOOLTIP)
    assert "&lt;b&gt;Rudi&lt;/b&gt;" in name_tip and "NIK: 6371010101900001" in name_tip
    model.set_grid(small_grid())  # a new grid asks again
    model.data(index, TOOLTIP)
    assert model.calls == [("b", D1), ("b", D1)]


def test_model_over_a_generated_roster_matches_the_core(qtmodeltester, database):
    set_language("en")
    o = Org(database).unit("DIN", type="dinas")
    o.person("Kepala", "DIN", "jpt", "II.a", age=48)
    o.person("Hamil", "DIN", age=30, sex="P", pregnant=True)
    for i in range(6):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.build()
    p = policy(database, """
number = "061.1/1882/ORG"
title = "Sistem kerja"
issuer = "Bupati Paser"
valid_from = 2020-07-29
valid_to = 2020-08-12
workdays = ["mon", "tue", "wed", "thu", "fri"]

[rules]
always_office_top_levels = 1
max_office_share = 0.5
rotation = "daily"
home_if_pregnant = true
""")
    scheduler.generate(database, p)
    grid = roster.roster_grid(database, "DIN", dt.date(2020, 7, 27), dt.date(2020, 8, 2))
    model = RosterModel(explainer=lambda sid, day: explain_entry(
        database, register.get_staff(database, sid), day))
    model.set_grid(grid)
    qtmodeltester.check(model)
    assert [d.date.day for d in model.days()] == [29, 30, 31]
    for c, day in enumerate(model.days(), start=FIRST_DAY_COL):
        wfo = sum(1 for r in range(len(model.staff()))
                  if model.data(model.index(r, c)).startswith("WFO"))
        assert wfo == day.onsite == 4
        assert model.data(model.index(model.footer_row(), c)) == "4/4"
    hamil = next(i for i, s in enumerate(model.staff()) if s["name"] == "Hamil")
    assert "061.1/1882/ORG" in model.data(model.index(hamil, FIRST_DAY_COL), TOOLTIP)
