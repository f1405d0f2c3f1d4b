import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402

from wfh_desktop import settings  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from wfh_desktop.settings import Letterhead, Signatory  # noqa: E402
from ui.settings_page import SettingsPage  # noqa: E402

from .helpers_units import Recorder, close_context, open_context  # noqa: E402


@pytest.fixture
def ctx(tmp_path):
    set_language("en")
    context = open_context(tmp_path)
    yield context
    close_context(context)
    set_language("id")


@pytest.fixture
def page(qtbot, ctx):
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.show_error = Recorder()
    return widget


def type_into(qtbot, page, values: dict) -> None:
    for key, text in values.items():
        edit = page.edits[key]
        edit.clear()
        qtbot.keyClicks(edit, text)


FORM = {
    "letterhead.government": "PEMERINTAH KOTA BANJARMASIN",
    "letterhead.opd_name": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "letterhead.address": "Jl. R.E. Martadinata No. 1 Banjarmasin",
    "letterhead.phone": "(0511) 3363301",
    "letterhead.email": "bkd@banjarmasinkota.go.id",
    "letterhead.city": "Banjarmasin",
    "head.position": "Kepala Badan",
    "head.name": "Dr. Hj. Siti Rahmah, S.E., M.Si.",
    "head.pangkat": "Pembina Utama Muda (IV/c)",
    "head.nip": "19700101 199803 2 004",
    "countersign.position": "Sekretaris Daerah",
    "countersign.name": "Drs. H. Ikhsan Budiman, M.M.",
}


def logo_file(tmp_path):
    image = QImage(30, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    path = tmp_path / "logo.png"
    assert image.save(str(path), "PNG")
    return path


def test_saving_the_form_stores_letterhead_and_signatories(page, ctx, qtbot, tmp_path):
    type_into(qtbot, page, FORM)
    page.choose_open_file = Recorder(str(logo_file(tmp_path)))
    qtbot.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    assert not page.logo_preview.pixmap().isNull()
    with qtbot.waitSignal(ctx.changed) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["settings"]
    assert page.status.text() == "Saved."

    lh = settings.load_letterhead(ctx.db)
    assert lh.government == "PEMERINTAH KOTA BANJARMASIN"
    assert lh.opd_name == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    assert (lh.phone, lh.email, lh.city) == ("(0511) 3363301", "bkd@banjarmasinkota.go.id",
                                             "Banjarmasin")
    assert lh.logo_png == (tmp_path / "logo.png").read_bytes()
    sigs = settings.load_signatories(ctx.db)
    assert sigs["head"] == Signatory("head", "Kepala Badan", "Dr. Hj. Siti Rahmah, S.E., M.Si.",
                                     "Pembina Utama Muda (IV/c)", "197001011998032004")
    assert sigs["countersign"].name == "Drs. H. Ikhsan Budiman, M.M."
    assert sigs["countersign"].nip == ""

    # a new page shows what was stored
    again = SettingsPage(ctx)
    qtbot.addWidget(again)
    assert again.edits["head.nip"].text() == "19700101 199803 2 004"
    assert again.edits["letterhead.city"].text() == "Banjarmasin"
    assert again.preview.letterhead.logo_png == lh.logo_png


def test_invalid_signatory_nip_is_shown_next_to_the_field(page, ctx, qtbot):
    type_into(qtbot, page, dict(FORM, **{"countersign.nip": "19650812 199003 1 00"}))
    with qtbot.assertNotEmitted(ctx.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.errors["countersign.nip"]
    assert error.text() == "must be 18 digits, found 17"
    assert not error.isHidden()
    assert page.errors["head.nip"].isHidden()
    # nothing was saved, not even the valid letterhead
    assert settings.load_letterhead(ctx.db) == Letterhead()
    assert settings.load_signatories(ctx.db)["head"].is_empty()

    page.edits["countersign.nip"].setText("19650812 199003 1 002")
    assert page.save()
    assert error.isHidden()
    assert settings.load_signatories(ctx.db)["countersign"].nip == "196508121990031002"


def test_bad_email_and_a_signatory_without_name(page, ctx, qtbot):
    type_into(qtbot, page, {"letterhead.email": "bkd at banjarmasin", "head.position": "Kepala"})
    assert not page.save()
    assert page.errors["letterhead.email"].text() == "not an e-mail address bkd at banjarmasin"
    assert page.errors["head.name"].text() == "required"
    assert page.errors["countersign.name"].isHidden()


def test_a_file_that_is_not_an_image_is_refused_as_logo(page, ctx, tmp_path):
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"not an image at all")
    assert not page.choose_logo(str(bogus))
    assert page.errors["letterhead.logo_png"].text() == "the logo must be a PNG or JPEG image"
    assert page.letterhead().logo_png is None
    assert page.choose_logo(str(logo_file(tmp_path)))
    assert page.errors["letterhead.logo_png"].isHidden()
    page.remove_logo()
    assert page.letterhead().logo_png is None
    assert not page.remove_logo_button.isEnabled()


def test_the_preview_follows_the_form_and_outside_changes(page, ctx, qtbot):
    type_into(qtbot, page, {"letterhead.opd_name": "Dinas Kesehatan", "head.name": "dr. Ahmad"})
    assert page.preview.letterhead.lines()[0] == "DINAS KESEHATAN"
    assert page.preview.head.name == "dr. Ahmad"
    shot = page.preview.grab()
    assert not shot.isNull()
    settings.save_letterhead(ctx.db, Letterhead(opd_name="RSUD Ulin", city="Banjarmasin"))
    ctx.notify("settings")
    assert page.edits["letterhead.opd_name"].text() == "RSUD Ulin"
    assert page.preview.letterhead.city == "Banjarmasin"
