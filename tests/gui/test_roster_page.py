"""The roster page driven like a clerk: generate, pin from the keyboard, undo, read counts."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402

from tests.core.scenario import Org, onsite_by_day, policy  # noqa: E402
from wfh_desktop import roster, scheduler  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.roster_chart import OVER_COLOR  # noqa: E402
from ui.roster_model import BREACH_COLOR, COL_NAME, FIRST_DAY_COL  # noqa: E402
from ui.roster_page import RosterPage  # noqa: E402

POLICY = """
number = "800/123/ORG"
title = "Penyesuaian sistem kerja ASN"
issuer = "Sekretaris Daerah"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-03
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25]

[rules]
always_office_top_levels = 1
max_office_share = 0.5
rotation = "weekly"
home_if_pregnant = true
home_if_age_at_least = 50
"""
NUMBER = "800/123/ORG"
MONDAY = dt.date(2020, 3, 23)
WEEK1 = [dt.date(2020, 3, 23), dt.date(2020, 3, 24), dt.date(2020, 3, 26),
         dt.date(2020, 3, 27)]  # the 25th is a holiday


@pytest.fixture
def org(database):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas").unit(
        "DIN-SEK", "Sekretariat", parent="DIN", type="dinas")
    o.person("Kepala Dinas", "DIN", "jpt", "II.a", age=48)
    o.person("Siti Hamil", "DIN", age=31, sex="P", pregnant=True)
    o.person("Pak Tua", "DIN", age=55)
    for i in range(5):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.person("Staf Sekretariat", "DIN-SEK", age=40)
    o.build()
    policy(database, POLICY)
    return database


@pytest.fixture
def ctx(org, tmp_path):
    return AppContext(org, tmp_path / "t.sqlite3", "en")


@pytest.fixture
def page(qtbot, ctx):
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.select_unit("DIN")
    return widget


def generate(qtbot, page):
    with qtbot.waitSignal(page.generated, timeout=20000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)


def row_of(page, name):
    for r in range(page.model.rowCount()):
        if page.model.data(page.model.index(r, COL_NAME)).split("\n")[0] == name:
            return r
    raise AssertionError(name)


def texts(page, name):
    r = row_of(page, name)
    return [page.model.data(page.model.index(r, c)) for c in
            range(FIRST_DAY_COL, page.model.columnCount())]


def core_cell(ctx, name, day):
    grid = roster.roster_grid(ctx.db, "DIN", day, day)
    staff = next(s for s in grid.staff if s["name"] == name)
    return grid.cell(staff["id"], day)


def select(page, name, day):
    index = page.model.index(row_of(page, name), page.model.column_of(day))
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    return index


def test_empty_state_tells_the_clerk_to_generate(page):
    assert page.views.currentWidget() is page.empty_label
    text = page.empty_label.text()
    assert "Generate" in text and NUMBER in text
    assert page.model.rowCount() == 0
    assert page.chart.isHidden()


def test_generate_fills_the_grid_with_the_modes_of_the_rules(qtbot, page, ctx, reported):
    generate(qtbot, page)
    assert reported == []
    assert page.views.currentWidget() is page.table
    assert [d.date for d in page.model.days()] == WEEK1
    assert texts(page, "Kepala Dinas") == ["WFO"] * 4  # top level
    assert texts(page, "Siti Hamil") == ["WFH"] * 4  # pregnant
    assert texts(page, "Pak Tua") == ["WFH"] * 4  # age limit
    # the sub-unit's staff are generated too but are not rows of this unit
    assert all(s["name"] != "Staf Sekretariat" for s in page.model.staff())
    assert page.message_texts()[0].startswith(f"SE {NUMBER}, 23 March 2020 to 3 April 2020")
    assert "added" in page.message_texts()[0]
    # the sub-unit was generated as well (the unit and its sub-units)
    sek = roster.roster_grid(ctx.db, "DIN-SEK", MONDAY, MONDAY)
    assert len(sek.staff) == 1


def test_footer_counts_equal_the_core(qtbot, page, ctx):
    generate(qtbot, page)
    footer = page.model.footer_row()
    assert footer == page.model.rowCount() - 1
    grid = roster.roster_grid(ctx.db, "DIN", *page.period())
    counted = onsite_by_day(ctx.db, {s["name"] for s in grid.staff})
    for i, day in enumerate(grid.days):
        shown = page.model.data(page.model.index(footer, FIRST_DAY_COL + i))
        assert shown == f"{day.onsite}/{day.cap}"
        assert day.onsite == counted[day.date.isoformat()]
        header = page.model.headerData(FIRST_DAY_COL + i, Qt.Orientation.Horizontal)
        assert header.endswith(f"\n{day.onsite}/{day.cap}")
    assert grid.days[0].cap == 4  # half of the 8 staff of DIN (the sub-unit rotates by itself)


def test_pin_by_keyboard_reaches_the_core_and_shows_the_mark(qtbot, page, ctx):
    generate(qtbot, page)
    home = next(s["name"] for s in page.model.staff() if s["name"].startswith("Staf")
                and texts(page, s["name"])[0] == "WFH")
    select(page, home, MONDAY)
    qtbot.keyClick(page.table, Qt.Key.Key_O)
    cell = core_cell(ctx, home, MONDAY)
    assert (cell["mode"], cell["rule"], cell["pinned"]) == ("WFO", "pinned", 1)
    assert texts(page, home)[0].startswith("WFO*")
    assert page.table.currentIndex().row() == row_of(page, home)  # the cell stays selected
    assert any("set to WFO" in t for t in page.message_texts())


def test_pregnant_pinned_to_the_office_is_a_breach_and_ctrl_z_undoes_it(qtbot, page, ctx):
    generate(qtbot, page)
    page.activateWindow()
    qtbot.waitActive(page)
    index = select(page, "Siti Hamil", MONDAY)
    qtbot.keyClick(page.table, Qt.Key.Key_O)
    cell = core_cell(ctx, "Siti Hamil", MONDAY)
    assert (cell["mode"], cell["pinned"], cell["breach"]) == ("WFO", 1, "home_pregnant")
    assert page.model.data(index) == "WFO*!"
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) == BREACH_COLOR
    assert any("breaks the rule" in t and "pregnancy" in t for t in page.message_texts())

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    cell = core_cell(ctx, "Siti Hamil", MONDAY)
    assert (cell["mode"], cell["rule"], cell["pinned"], cell["breach"]) == (
        "WFH", "home_pregnant", 0, "")
    assert page.model.data(index) == "WFH"

    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert core_cell(ctx, "Siti Hamil", MONDAY)["breach"] == "home_pregnant"
    assert page.model.data(index) == "WFO*!"


def test_undo_of_a_mode_change_restores_the_earlier_pin(qtbot, page, ctx):
    generate(qtbot, page)
    select(page, "Staf 0", MONDAY)
    assert page.pin_current("WFO")
    assert page.pin_current("WFH")
    assert core_cell(ctx, "Staf 0", MONDAY)["mode"] == "WFH"
    page.undo_stack.undo()
    cell = core_cell(ctx, "Staf 0", MONDAY)
    assert (cell["mode"], cell["pinned"]) == ("WFO", 1)
    page.undo_stack.undo()
    assert core_cell(ctx, "Staf 0", MONDAY)["pinned"] == 0
    assert not page.undo_stack.canUndo()


def test_undo_goes_back_to_the_week_of_the_pin(qtbot, page, ctx):
    generate(qtbot, page)
    select(page, "Staf 1", MONDAY)
    page.pin_current("WFO")
    page.step(1)
    assert page.period()[0] == dt.date(2020, 3, 30)
    page.undo_stack.undo()
    assert page.period()[0] == MONDAY
    assert page.model.cell_at(page.table.currentIndex())["pinned"] == 0


def test_context_menu_and_double_click_set_and_release(qtbot, page, ctx):
    generate(qtbot, page)
    index = select(page, "Staf 2", MONDAY)
    before = page.model.cell_at(index)["mode"]
    menu = page.cell_menu(index)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Release (back to the rules)"].isEnabled()
    other = "WFH" if before == "WFO" else "WFO"
    actions[f"Set to {other} ({'home' if other == 'WFH' else 'office'})"].trigger()
    assert core_cell(ctx, "Staf 2", MONDAY)["mode"] == other
    menu = page.cell_menu(page.table.currentIndex())
    release = next(a for a in menu.actions() if a.text() == "Release (back to the rules)")
    assert release.isEnabled()
    release.trigger()
    assert core_cell(ctx, "Staf 2", MONDAY)["pinned"] == 0
    assert page.toggle_at(page.table.currentIndex())
    assert core_cell(ctx, "Staf 2", MONDAY)["mode"] == other
    assert page.model.cell_at(page.model.index(0, COL_NAME)) is None
    assert page.cell_menu(page.model.index(0, COL_NAME)) is None


def test_tooltip_is_the_explanation_with_the_policy_number(qtbot, page):
    generate(qtbot, page)
    index = page.model.index(row_of(page, "Siti Hamil"), FIRST_DAY_COL)
    tip = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert NUMBER in tip and "pregnant" in tip


def test_month_view_and_navigation(qtbot, page):
    generate(qtbot, page)
    page.set_view("month")
    assert page.period() == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))
    assert page.period_text() == "March 2020"
    assert [d.date for d in page.model.days()] == WEEK1 + [dt.date(2020, 3, 30),
                                                         dt.date(2020, 3, 31)]
    assert page.table.isColumnHidden(1)
    page.step(1)
    assert page.period()[0] == dt.date(2020, 4, 1)
    assert [d.date for d in page.model.days()] == [dt.date(2020, 4, d) for d in (1, 2, 3)]
    page.step(1)
    assert page.views.currentWidget() is page.empty_label
    page.set_view("week")
    page.show_date(MONDAY)
    assert page.views.currentWidget() is page.table
    assert not page.table.isColumnHidden(1)


def test_roster_made_elsewhere_shows_on_notify(page, ctx):
    from wfh_desktop import policy as pol

    scheduler.generate(ctx.db, pol.get_policy(ctx.db, NUMBER))
    assert page.model.rowCount() == 0
    ctx.notify("roster")
    assert page.model.rowCount() == 9  # 8 staff and the footer


def test_conflicts_are_listed_in_plain_words(qtbot, page, ctx):
    generate(qtbot, page)
    for name in ("Staf 0", "Staf 1", "Staf 2", "Staf 3", "Staf 4"):
        select(page, name, MONDAY)
        page.pin_current("WFO")
    conflicts = [t for t in page.message_texts() if "above the on-site cap" in t]
    assert conflicts and conflicts[0].startswith("Monday, 23 March 2020, DIN: 6/4 on site")
    footer = page.model.footer_row()
    cell = page.model.index(footer, FIRST_DAY_COL)
    assert page.model.data(cell) == "6/4!"
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) == BREACH_COLOR
    # the chart draws that day's bar in red
    page.chart.resize(600, 200)
    image = page.chart.grab().toImage()
    bar = page.chart.bar_rects()[0]
    assert image.pixelColor(bar.center().toPoint()) == OVER_COLOR
    assert page.chart.bar_at(QPoint(int(bar.center().x()), int(bar.center().y()))) == 0
    assert "6 of 8 staff on site" in page.chart.bar_tooltip(0)


def test_generate_without_a_policy_says_so(qtbot, database, tmp_path):
    set_language("en")
    Org(database).unit("DIN", type="dinas").person("Satu", "DIN").build()
    context = AppContext(database, tmp_path / "t.sqlite3", "en")
    widget = RosterPage(context)
    qtbot.addWidget(widget)
    errors = []
    widget.show_error = errors.append
    assert "no policy" in widget.empty_label.text()
    assert widget.generate() is None
    assert errors == ["Choose a unit and a policy first."]
