"""The policy page, the policy form and the holiday calendar, driven through their widgets."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from wfh_desktop import i18n  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop.policy import Rules  # noqa: E402
from ui.holidays_dialog import HolidayEditDialog, HolidaysDialog  # noqa: E402
from ui.policy_dialog import PolicyDialog  # noqa: E402
from ui.policy_page import PolicyPage  # noqa: E402

from .helpers_units import Recorder  # noqa: E402

SE_TOML = """\
number = "800/1234/BKD"
title = "Sistem kerja pegawai selama masa pandemi COVID-19"
issuer = "Sekretaris Daerah"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-04-21
workdays = ["mon", "tue", "wed", "thu", "fri"]
holidays = [2020-03-25, 2020-04-10]

[rules]
always_office_top_levels = 2
max_office_share = 0.30
min_office = { administrator = 1, pengawas = 1, pelaksana = 4 }
cap_wins = true
rotation = "weekly"
home_if_age_at_least = 50
home_if_pregnant = true
home_if_comorbid = true
exempt_units = ["RSUD"]
exempt_roles = ["public_service", "teacher"]
"""

# line 6 valid_to before valid_from, line 11 a share given as a percent, line 12 a typo
BAD_TOML = """\
number = "800/9999/BKD"
title = "Salah"
issuer = "Sekretaris Daerah"
signed_on = 2020-03-20
valid_from = 2020-03-23
valid_to = 2020-03-01
workdays = ["mon", "tue", "wed", "thu", "fri"]

[rules]
always_office_top_levels = 2
max_office_share = 30
rotaton = "weekly"
"""


@pytest.fixture(autouse=True)
def english_core():
    i18n.set_language("en")


@pytest.fixture
def changes(ctx):
    seen = []
    ctx.changed.connect(seen.append)
    return seen


@pytest.fixture
def page(qtbot, ctx):
    widget = PolicyPage(ctx)
    qtbot.addWidget(widget)
    widget.show_error = Recorder()
    widget.show_info = Recorder()
    return widget


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_file(page, path):
    page.choose_open_file = Recorder(str(path))
    return page.import_toml()


def new_dialog(qtbot, ctx, policy=None):
    dialog = PolicyDialog(ctx, policy)
    qtbot.addWidget(dialog)
    dialog.show_info = Recorder()
    return dialog


def fill_letter(dialog, number="800/2000/BKD", title="Perpanjangan sistem kerja"):
    dialog.number_edit.setText(number)
    dialog.title_edit.setText(title)
    dialog.issuer_edit.setText("Sekretaris Daerah")
    dialog.signed_edit.setDate(QDate(2020, 4, 20))
    dialog.valid_from_edit.setDate(QDate(2020, 4, 22))
    dialog.valid_to_edit.setDate(QDate(2020, 5, 5))


def row_texts(item):
    return [item.text(c) for c in range(item.columnCount())]


# --- the page ------------------------------------------------------------------------

def test_imported_toml_is_listed_with_its_rules_in_plain_words(page, ctx, tmp_path, changes):
    path = write(tmp_path, "se.toml", SE_TOML)
    assert import_file(page, path) is True
    assert page.show_error.calls == []
    assert "policies" in changes
    assert page.tree.topLevelItemCount() == 1
    assert row_texts(page.tree.topLevelItem(0)) == [
        "800/1234/BKD", "1", "2020-03-23", "2020-04-21",
        "Sistem kerja pegawai selama masa pandemi COVID-19", "Sekretaris Daerah"]
    [(title, message)] = page.show_info.calls
    assert "800/1234/BKD stored as version 1" in message
    details = page.details.toPlainText()
    for line in ("Top 2 structural levels stay in the office.",
                 "At most 30% of staff on site.",
                 "Minimum on site: 1 administrator, 1 pengawas, 4 pelaksana.",
                 "Staff aged 50 or more work from home.",
                 "Exempt units, working normally in the office (with their sub-units): "
                 "RSUD (RSUD Ulin).",
                 "Teachers stay in the office.",
                 "Rotation: weekly, each unit on its own.",
                 "Valid from 23 March 2020 to 21 April 2020"):
        assert line in details, line


def test_bad_toml_lists_line_and_key_and_stores_nothing(page, ctx, tmp_path, changes):
    path = write(tmp_path, "bad.toml", BAD_TOML)
    assert import_file(page, path) is False
    assert pol.list_policies(ctx.db) == []
    assert page.tree.topLevelItemCount() == 0
    assert "policies" not in changes
    [(title, message, lines)] = page.show_error.calls
    assert "bad.toml" in message and "nothing was stored" in message
    assert "bad.toml: line 6, key valid_to: the end 2020-03-01 is before the start " \
           "2020-03-23" in lines
    assert "bad.toml: line 11, key rules.max_office_share: a share between 0 and 1, for " \
           "example 0.30" in lines
    assert any(line.startswith("bad.toml: line 12, key rules.rotaton: unknown key")
               for line in lines)
    assert page.show_info.calls == []


def test_editing_a_rule_stores_version_2_and_keeps_version_1(page, ctx, tmp_path, qtbot):
    import_file(page, write(tmp_path, "se.toml", SE_TOML))
    seen = []

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.show_info = Recorder()
        seen.append(dialog)
        assert dialog.number_edit.text() == "800/1234/BKD"
        assert dialog.cap_check.isChecked() and dialog.cap_spin.value() == 30
        assert dialog.min_spins["pelaksana"].value() == 4
        dialog.cap_spin.setValue(50)
        dialog.save_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.open_policy_dialog = drive
    assert page.edit_policy() is True
    latest = pol.get_policy(ctx.db, "800/1234/BKD")
    assert latest.version == 2
    assert latest.rules.max_office_share == 0.5
    assert latest.rules.min_office == {"administrator": 1, "pengawas": 1, "pelaksana": 4}
    versions = sorted(p.version for p in pol.list_policies(ctx.db))
    assert versions == [1, 2]
    [(_, message)] = seen[0].show_info.calls
    assert "changed: stored as version 2" in message
    top = page.tree.topLevelItem(0)
    assert top.text(page.VERSION) == "2" and top.childCount() == 1
    assert top.child(0).text(page.VERSION) == "1"
    assert page.selected_policy().version == 2
    assert "At most 50% of staff on site." in page.details.toPlainText()


def test_saving_an_untouched_form_stores_nothing_and_says_so(qtbot, ctx, tmp_path):
    # spelled unlike the form would: order of days, an explicit zero, a share of 33.3 %
    text = (SE_TOML.replace('["mon", "tue", "wed", "thu", "fri"]',
                            '["fri", "mon", "tue", "wed", "thu"]')
            .replace("min_office = { administrator = 1,",
                     "min_office = { jpt = 0, administrator = 1,")
            .replace("max_office_share = 0.30", "max_office_share = 0.333"))
    pol.import_policy(ctx.db, write(tmp_path, "se.toml", text))
    dialog = new_dialog(qtbot, ctx, pol.get_policy(ctx.db, "800/1234/BKD"))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.result_import.status == "unchanged"
    [(_, message)] = dialog.show_info.calls
    assert message == "Nothing changed: policy 800/1234/BKD stays at version 1."
    assert [p.version for p in pol.list_policies(ctx.db)] == [1]


def test_export_writes_toml_that_imports_back(page, ctx, tmp_path):
    import_file(page, write(tmp_path, "se.toml", SE_TOML))
    out = tmp_path / "out.toml"
    page.choose_save_file = Recorder(str(out))
    assert page.export_toml() is True
    assert page.choose_save_file.calls[0][1] == "se-800-1234-bkd-v1.toml"
    again = pol.parse_policy(out.read_text(encoding="utf-8"), str(out))
    assert again.same_content(pol.get_policy(ctx.db, "800/1234/BKD"))


# --- the form ------------------------------------------------------------------------

def test_a_policy_made_in_the_form_is_stored_with_its_rules(qtbot, ctx, changes):
    dialog = new_dialog(qtbot, ctx)
    assert not dialog.save_button.isEnabled()  # no number, no title yet
    fill_letter(dialog)
    dialog.workday_checks["sat"].setChecked(True)
    dialog.holiday_date_edit.setDate(QDate(2020, 5, 1))
    dialog.add_holiday_button.click()
    dialog.top_levels_spin.setValue(1)
    dialog.by_type_group.setChecked(True)
    dialog.set_levels_by_type("rsud", ["III", "IV"])
    dialog.cap_check.setChecked(True)
    dialog.cap_spin.setValue(25)
    dialog.min_spins["administrator"].setValue(1)
    dialog.min_spins["pelaksana"].setValue(3)
    dialog.min_wins_radio.setChecked(True)
    dialog.fill_check.setChecked(False)
    dialog.daily_radio.setChecked(True)
    dialog.opd_scope_radio.setChecked(True)
    dialog.age_check.setChecked(True)
    dialog.age_spin.setValue(55)
    dialog.pregnant_check.setChecked(True)
    dialog.role_checks["teacher"].setChecked(True)
    assert dialog.save_button.isEnabled(), dialog.summary.text()
    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = pol.get_policy(ctx.db, "800/2000/BKD")
    assert stored.version == 1
    assert stored.title == "Perpanjangan sistem kerja"
    assert stored.signed_on == dt.date(2020, 4, 20)
    assert (stored.valid_from, stored.valid_to) == (dt.date(2020, 4, 22), dt.date(2020, 5, 5))
    assert stored.workdays == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert stored.holidays == [dt.date(2020, 5, 1)]
    assert stored.rules == Rules(
        always_office_top_levels=1, office_levels_by_unit_type={"rsud": ["III", "IV"]},
        max_office_share=0.25, min_office={"administrator": 1, "pelaksana": 3},
        cap_wins=False, rotation="daily", rotation_scope="opd", fill_to_cap=False,
        home_if_age_at_least=55, home_if_pregnant=True, home_if_comorbid=False,
        exempt_units=[], exempt_roles=["teacher"])
    assert "policies" in changes
    [(_, message)] = dialog.show_info.calls
    assert message == "Policy 800/2000/BKD stored as version 1."


def test_end_before_start_disables_save_and_says_why(qtbot, ctx):
    dialog = new_dialog(qtbot, ctx)
    fill_letter(dialog)
    assert dialog.save_button.isEnabled()
    dialog.valid_to_edit.setDate(QDate(2020, 4, 1))
    assert not dialog.save_button.isEnabled()
    assert dialog.period_error.text() == "the end 2020-04-01 is before the start 2020-04-22"
    assert not dialog.period_error.isHidden()
    assert "Valid to: the end 2020-04-01 is before the start 2020-04-22" in \
        dialog.summary.text()
    assert dialog.save() is False
    assert pol.list_policies(ctx.db) == []
    dialog.valid_to_edit.setDate(QDate(2020, 5, 5))
    assert dialog.save_button.isEnabled()
    assert dialog.period_error.isHidden()


def test_empty_number_shows_a_message_once_touched(qtbot, ctx):
    dialog = new_dialog(qtbot, ctx)
    fill_letter(dialog)
    assert dialog.save_button.isEnabled()
    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, " ")  # a touch through the keyboard
    assert not dialog.save_button.isEnabled()
    assert dialog.errors["number"].text() == "required"
    assert not dialog.errors["number"].isHidden()
    dialog.workday_checks["mon"].setChecked(False)
    for key in ("tue", "wed", "thu", "fri"):
        dialog.workday_checks[key].setChecked(False)
    assert dialog.errors["workdays"].text().startswith("a list of days from")


def test_exempt_unit_chosen_in_the_tree_lands_in_the_rules(qtbot, ctx):
    dialog = new_dialog(qtbot, ctx)
    fill_letter(dialog)
    mut = dialog._unit_items["BKD-MUT"]
    mut.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.exempt_unit_codes() == ["BKD-MUT"]
    bkd = dialog._unit_items["BKD"]
    bkd.setCheckState(0, Qt.CheckState.Checked)
    assert mut.isDisabled() and dialog._unit_items["BKD-SEK"].isDisabled()
    assert not dialog._unit_items["RSUD"].isDisabled()
    bkd.setCheckState(0, Qt.CheckState.Unchecked)
    assert not mut.isDisabled()
    dialog.save_button.click()
    assert pol.get_policy(ctx.db, "800/2000/BKD").rules.exempt_units == ["BKD-MUT"]


def test_preset_button_adds_the_holidays_within_the_period(qtbot, ctx):
    dialog = new_dialog(qtbot, ctx)
    fill_letter(dialog)
    dialog.valid_from_edit.setDate(QDate(2020, 3, 23))
    dialog.valid_to_edit.setDate(QDate(2020, 4, 21))
    assert list(dialog.preset_buttons) == [2020]
    assert dialog.preset_buttons[2020].text() == "Add the national holidays of 2020"
    dialog.preset_buttons[2020].click()
    assert dialog.holiday_dates() == [dt.date(2020, 3, 25), dt.date(2020, 4, 10)]
    assert "Hari Suci Nyepi" in dialog.holiday_list.item(0).text()
    dialog.holiday_list.item(0).setSelected(True)
    dialog.remove_holiday_button.click()
    assert dialog.holiday_dates() == [dt.date(2020, 4, 10)]
    dialog.valid_from_edit.setDate(QDate(2021, 1, 4))
    dialog.valid_to_edit.setDate(QDate(2021, 1, 15))
    assert dialog.preset_buttons == {}


# --- the holiday calendar -------------------------------------------------------------

@pytest.fixture
def holidays(qtbot, empty_ctx):
    dialog = HolidaysDialog(empty_ctx, 2020)
    qtbot.addWidget(dialog)
    dialog.ask = Recorder(True)
    dialog.show_info = Recorder()
    return dialog


def test_applying_the_2020_preset_gives_21_rows(holidays, empty_ctx):
    assert holidays.table.rowCount() == 0
    assert holidays.preset_button.text() == "Apply the preset of 2020"
    holidays.preset_button.click()
    assert holidays.table.rowCount() == 21
    assert len(pol.list_holidays(empty_ctx.db, 2020)) == 21
    texts = [holidays.table.item(0, c).text() for c in range(4)]
    assert texts == ["1 January 2020", "Wednesday", "Tahun Baru 2020 Masehi",
                     "National holiday"]
    kinds = [holidays.table.item(r, holidays.KIND).text() for r in range(21)]
    assert kinds.count("Collective leave (cuti bersama)") == 5
    holidays.set_year(2021)
    assert holidays.table.rowCount() == 0
    assert not holidays.preset_button.isEnabled()


def test_a_holiday_is_added_changed_and_removed(holidays, empty_ctx, qtbot):
    def add(dialog):
        qtbot.addWidget(dialog)
        dialog.date_edit.setDate(QDate(2020, 3, 23))
        assert not dialog.save_button.isEnabled()  # no name yet
        dialog.name_edit.setText("Libur daerah")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("cuti_bersama"))
        dialog.save_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    holidays.open_edit_dialog = add
    assert holidays.add_holiday() is True
    assert pol.list_holidays(empty_ctx.db, 2020) == [
        {"date": "2020-03-23", "name": "Libur daerah", "kind": "cuti_bersama"}]
    assert holidays.selected_day() == dt.date(2020, 3, 23)

    def change(dialog):
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "Libur daerah"
        dialog.date_edit.setDate(QDate(2020, 3, 24))
        dialog.save_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    holidays.open_edit_dialog = change
    assert holidays.edit_holiday() is True
    assert [r["date"] for r in pol.list_holidays(empty_ctx.db, 2020)] == ["2020-03-24"]

    assert holidays.remove_holiday() is True
    assert "Libur daerah" in holidays.ask.calls[0][1]
    assert pol.list_holidays(empty_ctx.db, 2020) == []
    assert holidays.table.rowCount() == 0


def test_a_day_already_in_the_calendar_cannot_be_added_twice(qtbot):
    taken = {dt.date(2020, 5, 1): "Hari Buruh Internasional"}
    dialog = HolidayEditDialog(taken, default_day=dt.date(2020, 5, 1))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Libur")
    assert not dialog.save_button.isEnabled()
    assert "Hari Buruh Internasional" in dialog.date_error.text()
    dialog.date_edit.setDate(QDate(2020, 5, 2))
    assert dialog.save_button.isEnabled()
