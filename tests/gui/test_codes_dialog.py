"""The attendance codes and working hours dialogs, opened from the attendance page: a code
added there can be typed at once, a deactivated one is refused, the core's messages stand
next to the fields, and new working hours measure the next entries."""
import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import attendance, scheduler  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.attendance_model import COL_STATUS, COL_TIME_IN, STATE_ROLE  # noqa: E402
from ui.attendance_page import DAY, AttendancePage  # noqa: E402
from ui.codes_dialog import CodeEditDialog, CodesDialog, WorkingHoursDialog  # noqa: E402
from ui.context import AppContext  # noqa: E402

POLICY = """
number = "800/124/ORG"
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
"""
MONDAY, FRIDAY = dt.date(2020, 3, 23), dt.date(2020, 3, 27)


@pytest.fixture
def ctx(database, tmp_path):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas")
    o.person("Kepala Dinas", "DIN", "jpt", "II.a", age=48)
    for i in range(4):
        o.person(f"Staf {i}", "DIN", age=30 + i)
    o.build()
    scheduler.generate(database, policy(database, POLICY))
    return AppContext(database, tmp_path / "t.sqlite3", "en")


@pytest.fixture
def page(qtbot, ctx):
    widget = AttendancePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_view(DAY)
    assert widget.select_unit("DIN")
    assert widget.show_day(MONDAY)
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def row_of(page, name):
    return next(i for i, r in enumerate(page.model.rows()) if r.name == name)


def type_code(qtbot, page, name, text):
    """Type *text* into the Status cell of *name* and press Enter, as a clerk does."""
    page.table.setCurrentIndex(page.model.index(row_of(page, name), COL_STATUS))
    page.table.setFocus()
    qtbot.keyClicks(page.table, text)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.table.open_editor()
    if editor is not None:  # refused: the editor stays open with the text
        qtbot.keyClick(page.table, Qt.Key.Key_Escape)
        return False
    return True


def status(page, name):
    return page.model.data(page.model.index(row_of(page, name), COL_STATUS))


def codes(ctx):
    return {c.code: c for c in attendance.list_codes(ctx.db)}


def entry(ctx, name, day=MONDAY):
    return next(r for r in attendance.day_sheet(ctx.db, "DIN", day).rows
                if r.name == name).entry


def staff_id(ctx, name):
    return next(r.staff_id for r in attendance.day_sheet(ctx.db, "DIN", MONDAY).rows
                if r.name == name)


def through_page(page, action, work):
    """Trigger *action* of the page; *work(dialog)* runs instead of the dialog's event
    loop and says whether the dialog was accepted."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        return QDialog.DialogCode.Accepted if work(dialog) else QDialog.DialogCode.Rejected

    page.exec_dialog = run
    action.trigger()
    assert len(seen) == 1
    return seen[0]


def fill_code(form, code="", meaning="", category="status", present=False, onsite=False,
              band_from="", band_to=""):
    if not form.code_edit.isReadOnly():
        form.code_edit.setText(code)
    form.meaning_edit.setText(meaning)
    form.category_combo.setCurrentIndex(form.category_combo.findData(category))
    form.present_check.setChecked(present)
    form.onsite_check.setChecked(onsite)
    form.band_from_edit.setText(band_from)
    form.band_to_edit.setText(band_to)


def test_the_page_offers_codes_and_working_hours_in_its_settings_menu(page):
    actions = page.settings_button.menu().actions()
    assert actions == [page.codes_action, page.hours_action]
    assert page.settings_button.isVisibleTo(page)
    dialog = through_page(page, page.codes_action, lambda d: False)
    assert isinstance(dialog, CodesDialog)
    dialog = through_page(page, page.hours_action, lambda d: False)
    assert isinstance(dialog, WorkingHoursDialog)


def test_the_table_lists_every_code_by_category_then_code(qtbot, ctx):
    dialog = CodesDialog(ctx)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(i, dialog.CODE).text() for i in range(dialog.table.rowCount())]
    stored = codes(ctx)
    assert sorted(shown) == sorted(stored)
    order = [attendance.CATEGORIES.index(stored[c].category) for c in shown]
    assert order == sorted(order)
    statuses = [c for c in shown if stored[c].category == "status"]
    assert statuses == sorted(statuses)
    h = dialog.row_texts("H")
    assert h[:2] == ["H", stored["H"].meaning]
    assert h[dialog.PRESENT] == "Yes" and h[dialog.ONSITE] == "Yes"
    assert dialog.row_texts("TK")[dialog.PRESENT] == ""
    assert dialog.row_texts("TL1")[dialog.BAND] == "1-30"
    assert dialog.row_texts("TL4")[dialog.BAND] == "91+"
    assert dialog.row_texts("WFH")[dialog.BAND] == ""


def test_enter_and_a_double_click_edit_the_code_and_nothing_else(qtbot, ctx):
    dialog = CodesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = []
    dialog.open_edit_dialog = lambda form: opened.append(
        form.original.code if form.original else None) or False
    assert dialog.select_code("S")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == ["S"]  # not Add as well, and the list stays open
    assert dialog.isVisible()
    assert dialog.select_code("I")
    rect = dialog.table.visualItemRect(dialog.table.item(dialog.table.currentRow(), 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["S", "I"]


def test_a_code_added_in_the_dialog_can_be_typed_in_the_grid_at_once(qtbot, page, ctx):
    assert not type_code(qtbot, page, "Staf 0", "WFA")
    assert "WFA is not an attendance code" in page.status_text()

    def add(dialog):
        def form(edit):
            assert edit.windowTitle() == "Add attendance code"
            fill_code(edit, "wfa", "Work from anywhere", present=True)
            assert not edit.onsite_check.isEnabled() or not edit.onsite_check.isChecked()
            return edit.save()

        dialog.open_edit_dialog = form
        saved = dialog.add_code()
        assert saved is not None and saved.code == "WFA"
        assert dialog.selected_code() == "WFA"
        row = dialog.row_texts("WFA")
        assert row[dialog.PRESENT] == "Yes" and row[dialog.ONSITE] == ""
        return False  # closed with Close

    through_page(page, page.codes_action, add)
    wfa = codes(ctx)["WFA"]
    assert (wfa.category, wfa.present, wfa.onsite, wfa.active) == ("status", True, False, True)
    assert "WFA" in page.model.codes()
    assert "WFA" in page.keys_label.text()

    assert type_code(qtbot, page, "Staf 0", "WFA")
    assert status(page, "Staf 0") == "WFA"
    assert page.model.data(page.model.index(row_of(page, "Staf 0"), COL_STATUS),
                           STATE_ROLE) == "pending"
    assert page.save_day()
    assert entry(ctx, "Staf 0")["status"] == "WFA"


def test_a_deactivated_code_is_refused_and_its_entries_stay(qtbot, page, ctx):
    assert type_code(qtbot, page, "Staf 0", "TB")
    assert page.save_day()
    questions = []

    def deactivate(dialog, answer):
        def ask(title, question):
            questions.append(question)
            return answer

        dialog.ask = ask
        assert dialog.select_code("TB")
        assert dialog.active_button.text() == "&Deactivate"
        assert dialog.toggle_active() is answer
        return False

    through_page(page, page.codes_action, lambda d: deactivate(d, False))
    assert codes(ctx)["TB"].active  # the clerk said no
    dialog = through_page(page, page.codes_action, lambda d: deactivate(d, True))
    assert "TB" in questions[-1] and "no longer be typed" in questions[-1]
    assert not codes(ctx)["TB"].active
    assert "TB" in codes(ctx)  # deactivated, not deleted
    assert dialog.row_texts("TB")[dialog.ACTIVE] == "No (inactive)"
    assert dialog.active_button.text() == "Ac&tivate"

    assert entry(ctx, "Staf 0")["status"] == "TB"  # keyed before: stays
    assert not type_code(qtbot, page, "Staf 1", "TB")
    assert "TB is not an attendance code" in page.status_text()
    assert "TB" not in page.model.codes()
    with pytest.raises(attendance.InvalidRecord):  # the core refuses it too
        attendance.key_entry(ctx.db, staff_id(ctx, "Staf 1"), MONDAY, "TB")

    # and back: activated, it can be typed again
    def activate(dialog):
        assert dialog.select_code("TB")
        assert dialog.toggle_active()  # no question to activate
        return False

    through_page(page, page.codes_action, activate)
    assert codes(ctx)["TB"].active
    assert type_code(qtbot, page, "Staf 1", "TB")


def test_a_band_that_ends_before_it_starts_is_shown_next_to_the_field(qtbot, ctx):
    form = CodeEditDialog(ctx)
    qtbot.addWidget(form)
    form.show()
    fill_code(form, "TL5", "Terlambat lama", "late", band_from="120", band_to="100")
    assert form.band_to_edit.isEnabled() and not form.present_check.isEnabled()
    assert not form.save()
    assert form.error_text("band_to") == "the band ends before it starts"
    label = form.errors["band_to"]
    assert label.isVisible() and label.parent() is form.band_to_edit.parent()
    assert form.error_text("band_from") == "" and form.error_text("code") == ""
    assert "TL5" not in codes(ctx)
    assert form.result() != QDialog.DialogCode.Accepted

    # an overlap with TL4 (91 and more) is named on the start of the band
    form.band_from_edit.setText("100")
    form.band_to_edit.setText("")
    assert not form.save()
    assert form.error_text("band_from") == "the band overlaps the band of TL4"
    assert form.error_text("band_to") == ""
    # a malformed code and no meaning: both fields say so
    fill_code(form, "5X", "", "status")
    assert not form.save()
    assert "a code is a letter" in form.error_text("code")
    assert form.error_text("meaning") == "required"
    assert not form.band_from_edit.isEnabled()


def test_the_category_of_a_code_in_use_cannot_change(qtbot, page, ctx):
    assert type_code(qtbot, page, "Staf 2", "DD")
    assert page.save_day()
    notified = []
    ctx.changed.connect(notified.append)
    form = CodeEditDialog(ctx, codes(ctx)["DD"])
    qtbot.addWidget(form)
    assert form.code_edit.isReadOnly() and form.code_edit.text() == "DD"
    form.category_combo.setCurrentIndex(form.category_combo.findData("off"))
    assert not form.save()
    assert form.error_text("category") == \
        "code DD is used by keyed entries; its category cannot change"
    assert codes(ctx)["DD"].category == "status"
    assert "attendance_codes" not in notified
    # its meaning may change
    form.category_combo.setCurrentIndex(form.category_combo.findData("status"))
    form.meaning_edit.setText("Dinas dalam kota")
    assert form.save()
    assert codes(ctx)["DD"].meaning == "Dinas dalam kota"
    assert notified == ["attendance_codes"]


def test_working_hours_are_prefilled_and_errors_stand_by_their_day(qtbot, ctx):
    dialog = WorkingHoursDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.day_checks["mon"].isChecked()
    assert [dialog.edits["fri"][f].text() for f in ("start", "end", "break_start",
                                                    "break_end")] == [
        "07:30", "16:30", "11:30", "13:00"]
    assert not dialog.day_checks["sat"].isChecked()
    assert not dialog.edits["sat"]["start"].isEnabled()
    # Saturday switched on takes Friday's hours to start from
    dialog.day_checks["sat"].setChecked(True)
    assert dialog.edits["sat"]["start"].text() == "07:30"
    dialog.edits["sat"]["end"].setText("07:00")
    dialog.edits["tue"]["break_start"].setText("25:00")
    assert not dialog.save()
    assert dialog.error_text("sat") == "the working day must end after it starts"
    assert "not a time 25:00" in dialog.error_text("tue")
    assert dialog.error_text("mon") == ""
    assert "sat" not in attendance.working_hours(ctx.db)
    dialog.day_checks["sat"].setChecked(False)
    dialog.edits["tue"]["break_start"].setText("12:00")
    assert dialog.save()
    assert attendance.working_hours(ctx.db)["tue"].break_start == 12 * 60


def test_new_friday_hours_are_stored_and_measure_the_late_band(qtbot, page, ctx):
    def change(dialog):
        dialog.edits["fri"]["start"].setText("0800")
        return dialog.save()

    dialog = through_page(page, page.hours_action, change)
    assert dialog.saved_hours is not None
    hours = attendance.working_hours(ctx.db)
    assert hours["fri"] == attendance.DayHours(8 * 60, 16 * 60 + 30, 11 * 60 + 30, 13 * 60)
    assert hours["mon"].start == 7 * 60 + 30  # the other days as they were
    assert "Working hours saved" in page.status_text()

    # 08:45 on Friday is 45 minutes late now (TL2), not 75 (TL3) as under 07:30
    assert page.show_day(FRIDAY)
    row = row_of(page, "Kepala Dinas")
    assert page.type_into(row, COL_STATUS, "H")
    assert page.type_into(row, COL_TIME_IN, "0845")
    assert page.save_day()
    e = entry(ctx, "Kepala Dinas", FRIDAY)
    assert (e["time_in"], e["late_minutes"], e["late_code"]) == ("08:45", 45, "TL2")
    # Monday still starts at 07:30
    assert page.show_day(MONDAY)
    assert page.type_into(row_of(page, "Kepala Dinas"), COL_STATUS, "H")
    assert page.type_into(row_of(page, "Kepala Dinas"), COL_TIME_IN, "0845")
    assert page.save_day()
    e = entry(ctx, "Kepala Dinas", MONDAY)
    assert (e["late_minutes"], e["late_code"]) == (75, "TL3")
