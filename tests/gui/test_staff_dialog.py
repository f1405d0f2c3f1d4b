from PySide6.QtCore import Qt

from ui.staff_dialog import StaffDialog
from wfh_desktop import register

from .conftest import NEW_NIP, staff_count


def select(combo, data):
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def fill_new_staff(qtbot, dialog, nip=NEW_NIP, name="Rahmawati, S.E."):
    f = dialog.fields
    select(f["jenis_pegawai"], "PNS")
    qtbot.keyClicks(f["nip"], nip)
    qtbot.keyClicks(f["nama"], name)
    f["jabatan"].setText("Analis Keuangan")
    select(f["unit"], "BKD-SEK")
    f["golongan"].setEditText("III/a")
    f["telepon"].setText("0812 3456 7890")


def visible_error(dialog, column):
    label = dialog.error_labels[column]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_add_staff_through_the_dialog(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    before = staff_count(ctx.db)
    assert not dialog.save_button.isEnabled()  # name and unit missing
    fill_new_staff(qtbot, dialog)
    assert dialog.errors == {}
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(ctx.changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["staff"]
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    assert staff_count(ctx.db) == before + 1
    row = register.get_staff(ctx.db, dialog.staff_id)
    assert row["nip"] == NEW_NIP
    assert row["name"] == "Rahmawati, S.E."
    assert row["birth_date"] == "1990-04-15"  # from the NIP
    assert row["sex"] == "P"
    assert row["golongan"] == "III/a"
    assert row["unit_code"] == "BKD-SEK"
    assert row["active"] == 1


def test_invalid_nip_shows_the_error_next_to_the_field_and_disables_save(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_staff(qtbot, dialog, nip="19900415 2014")
    assert visible_error(dialog, "nip") == "must be 18 digits, found 12"
    assert not dialog.save_button.isEnabled()
    # fields nobody touched do not shout yet
    assert visible_error(dialog, "nik") == ""
    qtbot.keyClicks(dialog.fields["nip"], "03 2 001")
    assert visible_error(dialog, "nip") == ""
    assert dialog.save_button.isEnabled()
    assert dialog.nip_hint.text() == "Born 15 April 1990, female, CPNS since March 2014"
    assert dialog.nip_hint.isVisibleTo(dialog)


def test_nip_hint_names_birth_date_sex_and_start(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["nip"], "19860926 201505 1 001")
    hint = dialog.nip_hint.text()
    assert "1986" in hint and "male" in hint and "2015" in hint
    assert "1986-09-26" in dialog.fields["tanggal_lahir"].placeholderText()


def test_untouched_errors_show_after_a_save_attempt(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert visible_error(dialog, "nama") == ""
    assert "Name" in dialog.pending.text() and "Unit" in dialog.pending.text()
    before = staff_count(ctx.db)
    qtbot.keyClick(dialog.fields["nama"], Qt.Key.Key_Return)  # Enter tries to save
    assert visible_error(dialog, "nama") == "required"
    assert visible_error(dialog, "unit") == "required"
    assert visible_error(dialog, "nip") == "a NIP is required for PNS"
    assert staff_count(ctx.db) == before
    assert dialog.result() != StaffDialog.DialogCode.Accepted


def test_nip_of_someone_else_is_refused_next_to_the_field(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_staff(qtbot, dialog, nip="198609262015051001")
    assert dialog.save_button.isEnabled()
    before = staff_count(ctx.db)
    assert dialog.save() is False
    assert "already belongs to Budi Santoso" in visible_error(dialog, "nip")
    assert not dialog.save_button.isEnabled()
    assert staff_count(ctx.db) == before
    dialog.fields["nip"].setText(NEW_NIP)
    assert visible_error(dialog, "nip") == ""
    assert dialog.save() is True
    assert staff_count(ctx.db) == before + 1


def test_birth_date_contradicting_the_nip(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_staff(qtbot, dialog)
    qtbot.keyClicks(dialog.fields["tanggal_lahir"], "1990-04-16")
    assert "contradicts the NIP" in visible_error(dialog, "tanggal_lahir")
    assert not dialog.save_button.isEnabled()


def test_golongan_follows_the_employment_type(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    f = dialog.fields
    select(f["jenis_pegawai"], "PNS")
    items = [f["golongan"].itemText(i) for i in range(f["golongan"].count())]
    assert "III/a" in items and "IX" not in items
    f["golongan"].setEditText("III/a")
    assert dialog.golongan_hint.text() == "Pangkat: Penata Muda"
    select(f["jenis_pegawai"], "PPPK")
    items = [f["golongan"].itemText(i) for i in range(f["golongan"].count())]
    assert "IX" in items and "III/a" not in items
    select(f["jenis_pegawai"], "PHL")
    assert not f["golongan"].isEnabled()
    assert dialog.raw()["golongan"] == ""


def test_edit_prefills_and_updates_keeping_the_inactive_flag(qtbot, ctx):
    rows = register.StaffList.load(ctx.db).rows
    yani = next(r for r in rows if r["name"] == "Ahmad Yani")
    register.set_staff_active(ctx.db, yani["id"], False)
    dialog = StaffDialog(ctx, yani["id"])
    qtbot.addWidget(dialog)
    f = dialog.fields
    assert "Ahmad Yani" in dialog.windowTitle()
    assert f["nip"].text() == "19800202 200501 1 003"
    assert f["nama"].text() == "Ahmad Yani"
    assert f["unit"].currentData() == "BKD-MUT"
    assert f["eselon"].currentData() == "III.b"
    assert f["golongan"].currentText() == "IV/a"
    assert dialog.errors == {}
    f["jabatan"].setText("Kepala Bidang Mutasi dan Promosi")
    f["komorbid"].setChecked(True)
    assert dialog.save()
    row = register.get_staff(ctx.db, yani["id"])
    assert row["position"] == "Kepala Bidang Mutasi dan Promosi"
    assert row["comorbid"] == 1
    assert row["active"] == 0  # editing does not reactivate


def test_pregnant_needs_a_woman(qtbot, ctx):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_new_staff(qtbot, dialog, nip="198609262015051009")  # a man
    dialog.fields["hamil"].setChecked(True)
    assert visible_error(dialog, "hamil") == "only a woman (P) can be marked pregnant"
    assert not dialog.save_button.isEnabled()


def test_the_unit_filter_preselects_the_unit(qtbot, ctx):
    dialog = StaffDialog(ctx, unit_code="RSUD")
    qtbot.addWidget(dialog)
    assert dialog.fields["unit"].currentData() == "RSUD"
    assert dialog.raw()["unit"] == "RSUD"
