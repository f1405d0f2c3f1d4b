"""Text that came from a file (a staff name, a chat sender, a policy title, a file name in
an error) shows as plain text: ``<b>x</b><img src=...>`` appears as typed, never as bold
text or a picture.  Labels and message boxes are set to plain text; tool tips, which Qt
reads as rich text when they look like it, are escaped."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QTextDocument, Qt  # noqa: E402 - QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from wfh_desktop import attendance  # noqa: E402
from wfh_desktop import policy as pol  # noqa: E402
from wfh_desktop import register  # noqa: E402
from ui.codes_dialog import CodesDialog  # noqa: E402
from ui.policy_page import PolicyPage  # noqa: E402
from ui.settings_page import SettingsPage  # noqa: E402
from ui.staff_model import StaffModel  # noqa: E402
from ui.units_page import UnitsPage  # noqa: E402


MARKUP = "<b>x</b><img src=file:///etc/passwd>"


def shown(tip: str) -> str:
    """What a tool tip displays: rich text when Qt takes it for rich text."""
    if not Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes opened, as (text format, text), instead of shown."""
    seen = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: seen.append((box.textFormat(), box.text())) or 0)
    return seen


def test_a_file_error_naming_markup_shows_as_plain_text(qtbot, ctx, tmp_path, boxes):
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    path = tmp_path / f"{MARKUP.replace('/', '|')}.csv"  # a file name may hold < and >
    path.write_bytes(b"")
    assert page.import_units(str(path)) is False
    [(text_format, text)] = boxes
    assert text_format == Qt.TextFormat.PlainText
    assert f"{path.name}: the file is empty" in text


@pytest.mark.parametrize("make", [UnitsPage, SettingsPage])
def test_page_messages_are_plain_text(qtbot, ctx, boxes, make):
    page = make(ctx)
    qtbot.addWidget(page)
    page.show_error("Error", MARKUP)
    assert boxes == [(Qt.TextFormat.PlainText, MARKUP)]


def test_a_staff_name_with_markup_shows_as_typed(ctx, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(f"nama,jenis_pegawai,unit\n{MARKUP},PHL,BKD\n", encoding="utf-8")
    register.import_staff(ctx.db, path)
    model = StaffModel()
    model.set_rows([r for r in register.StaffList.load(ctx.db).rows if r["name"] == MARKUP])
    index = model.index(0, 0)
    assert model.data(index) == MARKUP
    assert MARKUP in shown(model.data(index, Qt.ItemDataRole.ToolTipRole))


def test_a_policy_title_with_markup_shows_as_typed(qtbot, ctx, tmp_path):
    path = tmp_path / "se.toml"
    path.write_text(f"number = \"800/1/BKD\"\ntitle = '{MARKUP}'\nvalid_from = 2020-03-23\n"
                    "valid_to = 2020-03-27\n", encoding="utf-8")
    pol.import_policy(ctx.db, path)
    page = PolicyPage(ctx)
    qtbot.addWidget(page)
    item = page.tree.topLevelItem(0)
    assert item.text(page.TITLE) == MARKUP
    assert shown(item.toolTip(page.TITLE)) == MARKUP


def test_a_code_meaning_with_markup_shows_as_typed(qtbot, ctx):
    attendance.save_code(ctx.db, "XX", MARKUP)
    dialog = CodesDialog(ctx)
    qtbot.addWidget(dialog)
    tips = [dialog.table.item(r, dialog.MEANING).toolTip()
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, dialog.MEANING).text() == MARKUP]
    assert tips and shown(tips[0]) == MARKUP


def test_a_chat_sender_with_markup_shows_as_typed(qtbot, ctx, tmp_path):
    from wfh_desktop import reports as rep
    from ui.reports_page import TAB_SENDERS, ReportsPage
    from ui.reports_model import S_COL_SENDER

    path = tmp_path / "chat.txt"
    path.write_text(f"23/03/20 16.00 - {MARKUP}: Laporan {MARKUP}\n", encoding="utf-8")
    rep.import_reports(ctx.db, path)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(TAB_SENDERS)
    [waiting] = page.senders_model.rows()
    assert waiting.label == MARKUP
    tip = page.senders_model.data(page.senders_model.index(0, S_COL_SENDER),
                                  Qt.ItemDataRole.ToolTipRole)
    assert shown(tip).startswith(MARKUP)
    assert page.sender_title.textFormat() == Qt.TextFormat.PlainText
    assert page.sample_view.toPlainText() in ("", f"Laporan {MARKUP}")
