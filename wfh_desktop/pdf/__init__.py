"""Printed forms: one renderer class per form, in the pretix style (page geometry as class
attributes, a named stylesheet, a story built from plain data, bytes out).

This package imports reportlab; the CLI and the GUI import it only when they print, so
that starting the program does not pay for reportlab and the embedded fonts.

- :mod:`wfh_desktop.pdf.base`: the shared base (paper, fonts, letterhead, signature
  blocks, page footer "Halaman x dari y").
- :mod:`wfh_desktop.pdf.roster`: the weekly WFO/WFH roster ("JADWAL KERJA PEGAWAI").
"""
