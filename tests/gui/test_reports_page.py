"""The daily reports page driven like a clerk and a supervisor: import a chat, say who an
unknown sender is, verify by keyboard, remind those who sent nothing, type in, print and
export; a bad file changes nothing."""
import datetime as dt
import getpass
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from db import reports as reports_sql  # noqa: E402
from tests.core.scenario import Org, policy  # noqa: E402
from wfh_desktop import register, scheduler  # noqa: E402
from wfh_desktop import reports as rep  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.reports_dialogs import FORM_MONTH, NoteDialog  # noqa: E402
from ui.reports_model import I_COL_VOLUME, M_COL_COPY, M_COL_NAME, Q_COL_STAFF  # noqa: E402
from ui.reports_page import TAB_MISSING, TAB_QUEUE, TAB_SENDERS, ReportsPage  # noqa: E402

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
MONDAY = dt.date(2020, 3, 23)


def person(org, name, unit, phone="", **kw):
    org.person(name, unit, **kw)
    org.staff[-1]["telepon"] = phone
    return org


@pytest.fixture
def org(database):
    set_language("en")
    o = Org(database).unit("DIN", "Dinas Uji", type="dinas").unit(
        "DIN-SEK", "Sekretariat", parent="DIN", type="dinas").unit("LAIN", "Kantor Lain")
    person(o, "Kepala Dinas", "DIN", level="jpt", eselon="II.a", age=48)
    person(o, "Siti Hamil", "DIN", "0812-1111-2222", age=31, sex="P", pregnant=True)
    person(o, "Pak Tua", "DIN", "0813-3333-4444", age=55)
    for i in range(4):
        person(o, f"Staf {i}", "DIN", age=30 + i)
    person(o, "Staf Sekretariat", "DIN-SEK", age=40)
    person(o, "Orang Lain", "LAIN", age=40)
    o.build()
    scheduler.generate(database, policy(database, POLICY))
    return database


@pytest.fixture
def ctx(org, tmp_path):
    return AppContext(org, tmp_path / "t.sqlite3", "en")


@pytest.fixture
def page(qtbot, ctx):
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    assert widget.select_unit("DIN")
    assert widget.show_day(MONDAY)
    widget.shown_messages = []
    widget.show_message = lambda title, text: widget.shown_messages.append(text)
    widget.asked = []
    widget.ask = lambda question: widget.asked.append(question) or True
    return widget


def staff_id(db, name):
    return next(r["id"] for r in register.StaffList.load(db).rows if r["name"] == name)


def chat(tmp_path, lines, name="chat.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(qtbot, page, paths):
    task = page.import_files([str(p) for p in paths])
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    return task


def queue_names(page):
    return [r.name for r in page.queue_model.rows()]


def verdict(ctx, name, day=MONDAY):
    return rep.report_for(ctx.db, staff_id(ctx.db, name), day)


def add(ctx, name, text, day=MONDAY):
    return rep.add_report(ctx.db, staff_id(ctx.db, name), day, text, "whatsapp")[0]


# --- import and the review list -------------------------------------------------------------

def test_import_an_unknown_sender_assign_it_and_see_the_report(qtbot, page, ctx, tmp_path,
                                                               reported):
    path = chat(tmp_path, [
        "23/03/20 07.00 - Pesan dan panggilan dienkripsi secara end-to-end.",
        "23/03/20 16.00 - +62 857-7777-8888: Laporan 23 Maret 2020",
        "1. Menyusun notula rapat (2 dokumen)",
        "2. Membalas surat <b>dinas</b>",
        "23/03/20 16.05 - Pak Tua: 1. Rekap absensi (1 dokumen)",
    ])
    run_import(qtbot, page, [path])
    assert reported == []
    # the result: what was added, and who waits
    [text] = page.shown_messages
    assert "chat.txt" in text and "Reports added: 1" in text
    assert "Waiting for review under Unknown senders: 1 messages of 1 senders" in text
    assert "Reports added: 1" in page.status_text()
    # Pak Tua is known by name: his report is in the queue already; the number waits
    assert queue_names(page) == ["Pak Tua"]
    assert page.tabs.currentIndex() == TAB_SENDERS
    assert "(1)" in page.tabs.tabText(TAB_SENDERS)
    [waiting] = page.senders_model.rows()
    assert waiting.sender_key == "tel:6285777778888"
    assert page.sender_title.text() == "+62 857-7777-8888"
    assert page.sample_view.toPlainText().startswith("Laporan 23 Maret 2020")

    # the clerk finds the person by typing and assigns the sender
    qtbot.keyClicks(page.picker.search, "staf")
    found = [r["name"] for r in page.picker.model.rows()]
    assert found[:4] == ["Staf 0", "Staf 1", "Staf 2", "Staf 3"] and "Pak Tua" not in found
    assert page.picker.selected_id() == staff_id(ctx.db, "Staf 0")  # the first, for Enter
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Down)  # into the list
    qtbot.keyClick(page.picker.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.picker.table, Qt.Key.Key_Down)
    assert page.picker.selected_id() == staff_id(ctx.db, "Staf 2")
    assert page.assign_button.isEnabled()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert "Staf 2" in page.asked[-1]
    # filed at once: the queue shows it, the review list is empty, the sender remembered
    assert sorted(queue_names(page)) == ["Pak Tua", "Staf 2"]
    assert rep.review_list(ctx.db) == []
    assert page.senders_model.rowCount() == 0
    assert "(0)" in page.tabs.tabText(TAB_SENDERS)
    alias = {a["sender_key"]: a for a in rep.list_aliases(ctx.db)}["tel:6285777778888"]
    assert alias["staff_id"] == staff_id(ctx.db, "Staf 2")
    report = verdict(ctx, "Staf 2")
    assert [i.description for i in report.items] == ["Menyusun notula rapat",
                                                     "Membalas surat <b>dinas</b>"]
    assert "Staf 2 is Staf 2" not in page.status_text()
    assert "Messages filed: 1" in page.status_text()

    # the detail shows the text as plain text, markup and all
    page.tabs.setCurrentIndex(TAB_QUEUE)
    assert page.select_report(report.id)
    assert "Membalas surat <b>dinas</b>" in page.text_view.toPlainText()
    assert page.detail_name.textFormat() == Qt.TextFormat.PlainText
    assert page.detail_name.text() == "Staf 2"
    assert "+62 857-7777-8888" in page.messages_view.toPlainText()

    # the next export of the chat from the same number goes straight to Staf 2
    later = chat(tmp_path, ["24/03/20 16.00 - +62 857-7777-8888: 1. Entri data (5 data)"],
                 "later.txt")
    run_import(qtbot, page, [later])
    assert page.senders_model.rowCount() == 0
    assert rep.report_for(ctx.db, staff_id(ctx.db, "Staf 2"), dt.date(2020, 3, 24))


def test_ignoring_a_sender_keeps_their_messages_out(qtbot, page, ctx, tmp_path):
    path = chat(tmp_path, ["23/03/20 08.00 - ADMIN Grup: Mohon kirim laporan hari ini"])
    run_import(qtbot, page, [path])
    assert page.senders_model.rowCount() == 1
    qtbot.mouseClick(page.ignore_button, Qt.MouseButton.LeftButton)
    assert "ADMIN Grup" in page.asked[-1]
    assert page.senders_model.rowCount() == 0
    assert rep.review_list(ctx.db) == []
    assert queue_names(page) == []


def test_candidates_come_first_in_the_picker(qtbot, page, ctx, tmp_path):
    path = chat(tmp_path, ["23/03/20 16.00 - Bu Siti: 1. Rapat (1 kegiatan)"])
    run_import(qtbot, page, [path])
    [waiting] = page.senders_model.rows()
    assert [c["name"] for c in waiting.candidates] == ["Siti Hamil"]
    assert page.picker.model.rows()[0]["name"] == "Siti Hamil"
    assert page.picker.model.is_candidate(0)
    assert page.picker.selected_id() == staff_id(ctx.db, "Siti Hamil")
    assert "Siti Hamil" in page.sender_info.text()
    assert page.assign_button.text().replace("&", "") == "Assign to Siti Hamil"
    # keyboard: Enter on the sender goes to the picker, Enter there assigns
    page.activateWindow()
    qtbot.waitActive(page)
    page.senders_table.setFocus()
    qtbot.keyClick(page.senders_table, Qt.Key.Key_Return)
    assert page.picker.search.hasFocus()
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert "Siti Hamil" in page.asked[-1]
    assert rep.review_list(ctx.db) == []
    assert queue_names(page) == ["Siti Hamil"]


def test_a_bad_file_is_reported_and_nothing_is_written(qtbot, page, ctx, tmp_path, reported):
    bad = tmp_path / "bad.txt"
    bad.write_text("nama,nip\nBudi,1\n", encoding="utf-8")
    run_import(qtbot, page, [bad])
    [message] = reported
    assert "bad.txt" in message and "line 1" in message
    assert page.shown_messages == []
    assert "Nothing was imported" in page.status_text()
    assert reports_sql.count_messages(ctx.db) == 0
    assert rep.review_list(ctx.db) == []
    assert page.queue_model.rowCount() == 0


def test_a_good_and_a_bad_file_together(qtbot, page, ctx, tmp_path, reported):
    good = chat(tmp_path, ["23/03/20 16.05 - Pak Tua: 1. Rekap absensi (1 dokumen)"], "a.txt")
    bad = tmp_path / "b.txt"
    bad.write_text("this is not a chat\n", encoding="utf-8")
    run_import(qtbot, page, [good, bad])
    assert reported == []
    [text] = page.shown_messages
    assert "a.txt" in text and "b.txt" in text
    assert queue_names(page) == ["Pak Tua"]
    assert reports_sql.count_messages(ctx.db) == 1


def test_files_dropped_on_the_page_are_imported(qtbot, page, ctx, tmp_path):
    path = chat(tmp_path, ["23/03/20 16.05 - Pak Tua: 1. Rekap absensi (1 dokumen)"])
    other = tmp_path / "picture.pdf"
    other.write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert not enter.isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    assert page.last_task is not None
    with qtbot.waitSignal(page.last_task.finished, timeout=20000):
        pass
    assert queue_names(page) == ["Pak Tua"]


# --- verification -----------------------------------------------------------------------------

def test_accept_by_keyboard_and_go_on_to_the_next_pending(qtbot, page, ctx):
    first = add(ctx, "Staf 0", "1. Rapat (1 kegiatan)")
    second = add(ctx, "Staf 1", "1. Entri data (3 data)")
    third = add(ctx, "Staf 2", "1. Surat (2 surat)")
    page.refresh()
    assert queue_names(page) == ["Staf 0", "Staf 1", "Staf 2"]
    page.queue_table.setFocus()
    qtbot.keyClick(page.queue_table, Qt.Key.Key_Down)
    assert page.current_row().report_id == second.id
    qtbot.keyClick(page.queue_table, Qt.Key.Key_A)
    r = rep.get_report(ctx.db, second.id)
    assert (r.verdict, r.reviewed_by) == ("accepted", getpass.getuser())
    # the accepted report moved down; the cursor is on the next pending report
    assert [(x.name, x.verdict) for x in page.queue_model.rows()] == [
        ("Staf 0", "pending"), ("Staf 2", "pending"), ("Staf 1", "accepted")]
    assert page.current_row().report_id == third.id
    assert page.report.id == third.id
    assert "Staf 1: Accepted." in page.status_text()
    qtbot.keyClick(page.queue_table, Qt.Key.Key_A)
    assert page.current_row().report_id == first.id  # round to the first pending one
    qtbot.keyClick(page.queue_table, Qt.Key.Key_A)
    assert all(x.verdict == "accepted" for x in page.queue_model.rows())
    assert "No report of this day is pending" in page.status_text()
    assert "(0 pending)" in page.tabs.tabText(TAB_QUEUE)


def test_return_with_r_needs_a_note(qtbot, page, ctx, reported):
    report = add(ctx, "Staf 0", "1. Rapat (1 kegiatan)")
    other = add(ctx, "Staf 1", "1. Entri data (3 data)")
    page.refresh()
    assert page.select_report(report.id)
    seen = []

    def cancel(dialog):
        assert isinstance(dialog, NoteDialog)
        seen.append(dialog.ok_button.isEnabled())
        return QDialog.DialogCode.Rejected

    page.exec_dialog = cancel
    page.queue_table.setFocus()
    qtbot.keyClick(page.queue_table, Qt.Key.Key_R)
    assert seen == [False]  # no note, no OK
    assert rep.get_report(ctx.db, report.id).verdict == "pending"

    def write(dialog):
        qtbot.keyClicks(dialog.note_edit, "  lengkapi   volume kegiatan ")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return dialog.result()

    page.exec_dialog = write
    qtbot.keyClick(page.queue_table, Qt.Key.Key_R)
    r = rep.get_report(ctx.db, report.id)
    assert (r.verdict, r.note) == ("returned", "lengkapi volume kegiatan")
    assert page.current_row().report_id == other.id
    assert reported == []
    # the core's rule holds even if the dialog were bypassed
    page.ask_note = lambda *a, **k: ""
    assert page.select_report(other.id)
    assert not page.review_current("returned")
    assert reported == ["a returned report needs a note saying what to fix"]
    assert rep.get_report(ctx.db, other.id).verdict == "pending"


def test_n_edits_the_note_and_keeps_the_verdict(qtbot, page, ctx):
    report = add(ctx, "Staf 0", "1. Rapat (1 kegiatan)")
    rep.review_report(ctx.db, report.id, "accepted", "", by="kabid")
    page.refresh()
    assert page.select_report(report.id)
    page.ask_note = lambda title, prompt, note, required: (
        "bagus" if not required else pytest.fail("an accepted report needs no note"))
    page.queue_table.setFocus()
    qtbot.keyClick(page.queue_table, Qt.Key.Key_N)
    r = rep.get_report(ctx.db, report.id)
    assert (r.verdict, r.note) == ("accepted", "bagus")
    assert "Note: bagus" in page.detail_verdict.text()
    assert page.current_row().report_id == report.id


def test_activities_are_corrected_and_saved(qtbot, page, ctx):
    report = add(ctx, "Staf 0", "Laporan\n1. Rapat koordinasi\n2. Entri data (3 data)")
    page.refresh()
    assert page.select_report(report.id)
    model = page.items_model
    assert model.rowCount() == 2
    assert not page.save_items_button.isEnabled()
    # a volume that is not a number is refused on the spot
    assert not model.setData(model.index(0, I_COL_VOLUME), "dua")
    assert "Volume" in page.status_text()
    assert model.setData(model.index(0, I_COL_VOLUME), "1,5")
    assert page.save_items_button.isEnabled()
    page.items_table.setCurrentIndex(model.index(1, 1))
    page.add_item()
    qtbot.keyClicks(page.items_table.focusWidget(), "Menyusun notula")
    qtbot.keyClick(page.items_table.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(page.save_items_button, Qt.MouseButton.LeftButton)
    saved = rep.get_report(ctx.db, report.id)
    assert [(i.description, i.volume) for i in saved.items] == [
        ("Rapat koordinasi", 1.5), ("Entri data", 3.0), ("Menyusun notula", None)]
    assert saved.text == report.text  # the text as sent stays
    assert not page.save_items_button.isEnabled()


def test_changed_activities_are_offered_for_saving_when_leaving(qtbot, page, ctx):
    report = add(ctx, "Staf 0", "1. Rapat koordinasi")
    add(ctx, "Staf 1", "1. Entri data")
    page.refresh()
    assert page.select_report(report.id)
    page.items_model.setData(page.items_model.index(0, I_COL_VOLUME), "2")
    page.queue_table.setCurrentIndex(page.queue_model.index(1, Q_COL_STAFF))
    assert "Staf 0" in page.asked[-1]
    assert rep.get_report(ctx.db, report.id).items[0].volume == 2.0


# --- missing reports -----------------------------------------------------------------------------

def test_missing_list_and_copy_reminder(qtbot, page, ctx):
    add(ctx, "Pak Tua", "1. Rapat (1 kegiatan)")
    page.refresh()
    page.tabs.setCurrentIndex(TAB_MISSING)
    names = [p.name for p in page.missing_model.people()]
    assert "Siti Hamil" in names  # pregnant: at home, and sent nothing
    assert "Pak Tua" not in names  # at home, and reported
    assert "Kepala Dinas" not in names  # in the office
    assert "(%d)" % len(names) in page.tabs.tabText(TAB_MISSING)
    row = names.index("Siti Hamil")
    assert page.missing_model.data(page.missing_model.index(row, 3)) == "0812-1111-2222"
    button = page.missing_model.index(row, M_COL_COPY)
    assert page.missing_model.data(button) == "Copy reminder"
    QGuiApplication.clipboard().clear()
    click = page.missing_table.visualRect(button).center()
    qtbot.mouseClick(page.missing_table.viewport(), Qt.MouseButton.LeftButton, pos=click)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Yth. Ibu Siti Hamil,")
    assert "Senin, 23 Maret 2020" in text and "laporan kinerja harian" in text
    assert "Siti Hamil" in page.status_text() and "0812-1111-2222" in page.status_text()
    assert page.reminder_view.toPlainText() == text
    # Ctrl+C on a row copies that row's reminder
    page.missing_table.setCurrentIndex(page.missing_model.index(0, M_COL_NAME))
    page.missing_table.setFocus()
    qtbot.keyClick(page.missing_table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == page.missing_model.people()[0].reminder
    qtbot.mouseClick(page.copy_all_button, Qt.MouseButton.LeftButton)
    everything = QGuiApplication.clipboard().text()
    assert all(f" {n}," in everything for n in names)
    assert everything.count("Yth.") == len(names)


def test_missing_list_follows_the_unit_and_the_day(page, ctx):
    assert page.select_unit("DIN-SEK")
    assert all(p.unit_code == "DIN-SEK" for p in page.missing_model.people())
    page.show_day(dt.date(2020, 3, 21))  # a Saturday: nobody works
    assert page.missing_model.rowCount() == 0
    assert "Nobody" in page.missing_summary.text()


# --- navigation, adding, printing, exporting ----------------------------------------------------

def test_previous_and_next_go_by_working_days(page):
    page.step(1)
    assert page.day == dt.date(2020, 3, 24)
    page.step(1)  # the 25th is a holiday
    assert page.day == dt.date(2020, 3, 26)
    page.step(-1)
    assert page.day == dt.date(2020, 3, 24)
    assert page.date_edit.date().toPython() == dt.date(2020, 3, 24)


def test_the_queue_is_per_unit_with_its_sub_units(page, ctx):
    add(ctx, "Staf Sekretariat", "1. Arsip (2 berkas)")
    add(ctx, "Orang Lain", "1. Arsip (2 berkas)")
    page.refresh()
    assert queue_names(page) == ["Staf Sekretariat"]
    assert page.select_unit(None)
    assert sorted(queue_names(page)) == ["Orang Lain", "Staf Sekretariat"]
    assert page.select_unit("LAIN")
    assert queue_names(page) == ["Orang Lain"]


def test_add_report_dialog(qtbot, page, ctx):
    def fill(dialog):
        qtbot.keyClicks(dialog.picker.search, "tua")
        assert dialog.picker.selected_id() == staff_id(ctx.db, "Pak Tua")  # the first match
        assert not dialog.save_button.isEnabled()  # no text yet
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("paper"))
        dialog.text_edit.setPlainText("Laporan\n1. Menyusun notula (1 dokumen)")
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()
        return dialog.result()

    page.exec_dialog = fill
    assert page.add_report()
    report = verdict(ctx, "Pak Tua")
    assert (report.channel, len(report.items)) == ("paper", 1)
    assert page.current_row().report_id == report.id
    assert "Report of Pak Tua" in page.status_text()


def test_add_report_dialog_shows_the_cores_refusal(qtbot, page, ctx):
    def fill(dialog):
        dialog.picker.select(staff_id(ctx.db, "Staf 3"))
        dialog.text_edit.setPlainText("x" * (rep.MAX_TEXT + 5))
        assert not dialog.save()
        assert dialog.error_label.isVisibleTo(dialog)
        assert "too long" in dialog.error_label.text()
        return QDialog.DialogCode.Rejected

    page.exec_dialog = fill
    assert not page.add_report()
    assert verdict(ctx, "Staf 3") is None


def test_print_the_daily_and_the_monthly_form(qtbot, page, ctx, tmp_path, reported):
    report = add(ctx, "Staf 0", "1. Rapat (1 kegiatan)")
    page.refresh()
    assert page.select_report(report.id)
    target = tmp_path / "harian.pdf"

    def daily(dialog):
        assert dialog.staff_id() == report.staff_id
        assert dialog.kind() == "daily"
        dialog.path_edit.setText(str(target))
        return QDialog.DialogCode.Accepted

    page.exec_dialog = daily
    task = page.print_form()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert reported == []
    assert target.read_bytes().startswith(b"%PDF")
    assert "pages written" in page.status_text()

    monthly = tmp_path / "bulanan"

    def month(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(FORM_MONTH))
        assert dialog.period() == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))
        dialog.path_edit.setText(str(monthly))
        return QDialog.DialogCode.Accepted

    page.exec_dialog = month
    task = page.print_form()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert (tmp_path / "bulanan.pdf").read_bytes().startswith(b"%PDF")


def test_export_reports_to_csv(qtbot, page, ctx, tmp_path):
    add(ctx, "Staf 0", "1. Rapat (1 kegiatan)")
    add(ctx, "Orang Lain", "1. Arsip (2 berkas)")
    target = tmp_path / "laporan.csv"

    def fill(dialog):
        assert (dialog.start(), dialog.end()) == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))
        assert dialog.unit() == "DIN"
        dialog.path_edit.setText(str(target))
        return QDialog.DialogCode.Accepted

    page.exec_dialog = fill
    task = page.export_reports()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    text = target.read_text(encoding="utf-8-sig")
    assert "Staf 0" in text and "Orang Lain" not in text
    assert "1 reports written" in page.status_text()


def test_state_survives_a_rebuild(qtbot, page, ctx):
    report = add(ctx, "Staf 1", "1. Rapat (1 kegiatan)")
    page.refresh()
    page.select_report(report.id)
    page.tabs.setCurrentIndex(TAB_MISSING)
    state = page.save_state()
    other = ReportsPage(ctx)
    qtbot.addWidget(other)
    other.restore_state(state)
    assert (other.unit_code(), other.day) == ("DIN", MONDAY)
    assert other.report.id == report.id
    assert other.tabs.currentIndex() == TAB_MISSING
