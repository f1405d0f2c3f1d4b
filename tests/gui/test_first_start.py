import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from wfh_desktop import register  # noqa: E402
from wfh_desktop.i18n import set_language  # noqa: E402
from ui.first_start import FirstStartDialog, maybe_first_start  # noqa: E402

from .helpers_units import UNITS_CSV, Recorder, close_context, open_context  # noqa: E402

STAFF_HEADER = "nip,nik,nama,jenis_pegawai,unit,jenis_kelamin\n"
GOOD_STAFF = ("197001011998032004,,Dr. Hj. Siti Rahmah,PNS,BKD,P\n"
              ",6371054109900001,Nurul Hidayah,PHL,BKD-MUT,P\n")
BAD_STAFF = ",6371051509900002,Ahmad Fauzi,PHL,NOPE,L\n"


@pytest.fixture
def ctx(tmp_path):
    set_language("en")
    context = open_context(tmp_path)
    yield context
    close_context(context)
    set_language("id")


@pytest.fixture
def dialog(qtbot, ctx):
    widget = FirstStartDialog(ctx)
    qtbot.addWidget(widget)
    widget.show_error = Recorder()
    widget.show_info = Recorder()
    return widget


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_shown_only_on_an_empty_database(qtbot, ctx, tmp_path, monkeypatch):
    shown = Recorder(QDialog.DialogCode.Rejected)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: shown(self.ctx))
    assert maybe_first_start(ctx) is True
    assert shown.calls == [(ctx,)]
    register.import_units(ctx.db, write(tmp_path, "u.csv", UNITS_CSV))
    assert maybe_first_start(ctx) is False
    assert len(shown.calls) == 1


def test_creating_the_demo_fills_the_database(dialog, ctx, qtbot):
    dialog.staff_spin.setValue(30)
    kinds = []
    ctx.changed.connect(kinds.append)
    with qtbot.waitSignal(dialog.demo_finished, timeout=120_000) as finished:
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.import_button.isEnabled()  # busy while the demo is built
    assert finished.args == [True], dialog.show_error.calls
    counts = register.counts(ctx.db)
    assert counts["staff"] == 30
    assert counts["units"] > 1
    assert {"units", "staff"} <= set(kinds)
    assert dialog.outcome == "demo"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "30 staff" in dialog.summary


def test_importing_units_then_staff_with_a_rejected_row(dialog, ctx, tmp_path):
    units = write(tmp_path, "unit.csv", UNITS_CSV)
    staff = write(tmp_path, "pegawai.csv", STAFF_HEADER + GOOD_STAFF + BAD_STAFF)
    paths = iter([units, staff])
    dialog.choose_open_file = lambda title: next(paths)
    dialog.ask = Recorder(True)
    assert dialog.import_files() is True
    [(question, lines)] = dialog.ask.calls
    assert "1 row(s)" in question and "2 valid rows" in question
    assert lines == ["pegawai.csv: row 4, column unit: unknown unit code NOPE"]
    assert register.counts(ctx.db) == {"units": 3, "staff": 2}
    [(title, message, left_out)] = dialog.show_info.calls
    assert "Units: 3 added. Staff: 2 added." in message
    assert left_out == lines
    assert dialog.outcome == "import"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_declining_the_partial_staff_import_writes_no_staff(dialog, ctx, tmp_path):
    paths = iter([write(tmp_path, "unit.csv", UNITS_CSV),
                  write(tmp_path, "pegawai.csv", STAFF_HEADER + GOOD_STAFF + BAD_STAFF)])
    dialog.choose_open_file = lambda title: next(paths)
    dialog.ask = Recorder(False)
    dialog.import_files()
    assert register.counts(ctx.db) == {"units": 3, "staff": 0}
    [(title, message, lines)] = dialog.show_error.calls
    assert lines == ["pegawai.csv: row 4, column unit: unknown unit code NOPE"]
    assert dialog.show_info.calls == []


def test_a_bad_units_file_writes_nothing_and_keeps_the_dialog_open(dialog, ctx, tmp_path):
    bad = write(tmp_path, "unit.csv", UNITS_CSV + "X,Unit X,NOPE,dinas,ya\n")
    dialog.choose_open_file = Recorder(bad)
    assert dialog.import_files() is False
    assert register.counts(ctx.db) == {"units": 0, "staff": 0}
    [(title, message, lines)] = dialog.show_error.calls
    assert lines == ["unit.csv: row 5, column induk: unknown parent unit NOPE"]
    assert dialog.outcome is None
    assert len(dialog.choose_open_file.calls) == 1  # no staff file asked for


def test_start_empty(dialog, ctx, qtbot):
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "empty"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert register.counts(ctx.db) == {"units": 0, "staff": 0}


def test_a_refused_demo_is_reported_in_the_dialog(dialog, ctx, qtbot, tmp_path):
    register.import_units(ctx.db, write(tmp_path, "u.csv", UNITS_CSV))
    register.import_staff(ctx.db, write(tmp_path, "s.csv", STAFF_HEADER + GOOD_STAFF))
    with qtbot.waitSignal(dialog.demo_finished, timeout=60_000) as finished:
        dialog.create_demo(30)
    assert finished.args == [False]
    [(title, message)] = dialog.show_error.calls
    assert "already holds 2 staff" in message
    assert register.counts(ctx.db) == {"units": 3, "staff": 2}
    assert dialog.outcome is None and dialog.demo_button.isEnabled()


def test_offered_by_role(qtbot, ctx, monkeypatch):
    """With accounts, a supervisor or viewer is not offered the set-up; an operator may
    import but not build the demo office (an administrator's choice)."""
    from .accounts_helpers import log_in_as, make_users

    shown = Recorder(QDialog.DialogCode.Rejected)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: shown(self.ctx))
    make_users(ctx.db, "operator", "supervisor", "viewer")
    for role in ("supervisor", "viewer"):
        log_in_as(ctx.db, role)
        assert maybe_first_start(ctx) is False
    log_in_as(ctx.db, "operator")
    assert maybe_first_start(ctx) is True
    widget = FirstStartDialog(ctx)
    qtbot.addWidget(widget)
    assert widget.import_button.isEnabled() and not widget.demo_button.isEnabled()
    assert "administrator" in widget.demo_button.toolTip()
